/**
 * Astro's Content-Security-Policy <meta> lists the hash of every inline script and style the whole
 * build could use (each client directive, each island runtime, every bundled file) on every page:
 * about 28 hashes, over 1 KB gzipped that does not compress. A page only needs the hashes of its own
 * inline code (files are allowed by 'self'), so after the build each page keeps just those: less to
 * send, and a stricter policy. Pure, so it is tested in Node; integrations/finish-pages.ts applies it.
 */

/** The executable inline scripts and the inline styles in a page, as the browser hashes them. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes) && runsAsScript(attributes))
    .map(([, , content = '']) => content);
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, , content = '']) => content);
  return { scripts, styles };
}

/** A script element with no type, or a JavaScript type, runs; JSON data blocks do not (and need no hash). */
function runsAsScript(attributes: string): boolean {
  const type = /\stype=["']?([^"'\s>]+)/.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/**
 * The page with its CSP <meta> keeping only the hashes of the page's own inline scripts and styles.
 * `digest` returns a source expression such as `'sha256-…'` for a script's or style's text. A page
 * without a CSP <meta> is returned as it is.
 */
export function keepOwnHashes(html: string, digest: (content: string) => string): string {
  const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
  if (!meta) return html;
  const { scripts, styles } = inlineCode(html);
  const own = { 'script-src': new Set(scripts.map(digest)), 'style-src': new Set(styles.map(digest)) };
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const needed = own[name as keyof typeof own];
      if (!needed) return directive;
      return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || needed.has(source))].join(' ');
    })
    .join(';');
  return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
