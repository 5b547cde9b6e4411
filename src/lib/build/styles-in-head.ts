/**
 * Astro writes a few <style> elements into <body> (its island prelude, and the styles of components
 * placed inside MDX). HTML allows <style> only in <head>, so after the build they move there, in the
 * same order, at the end of <head>, so the cascade is unchanged. Pure, so it is tested in Node;
 * integrations/finish-pages.ts applies it to dist/.
 */
export function moveStylesToHead(html: string): string {
  const bodyStart = html.indexOf('<body');
  if (bodyStart === -1) return html;
  const head = html.slice(0, bodyStart);
  const styles: string[] = [];
  const body = html.slice(bodyStart).replace(/<style(?:\s[^>]*)?>[\s\S]*?<\/style>/g, (style) => {
    styles.push(style);
    return '';
  });
  if (styles.length === 0) return html;
  return head.replace('</head>', `${styles.join('')}</head>`) + body;
}
