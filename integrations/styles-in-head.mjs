// Astro writes a few <style> elements into <body> (its island prelude, and the styles of components
// placed inside MDX). HTML only allows <style> in <head>, so after the build this moves them there,
// in the same order, at the end of <head> so the cascade is unchanged.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    ),
  );
  return nested.flat();
}

export function moveStylesToHead(html) {
  const bodyStart = html.indexOf('<body');
  if (bodyStart === -1) return html;
  const head = html.slice(0, bodyStart);
  const styles = [];
  const body = html.slice(bodyStart).replace(/<style(?:\s[^>]*)?>[\s\S]*?<\/style>/g, (style) => {
    styles.push(style);
    return '';
  });
  if (styles.length === 0) return html;
  return head.replace('</head>', `${styles.join('')}</head>`) + body;
}

export default function stylesInHead() {
  return {
    name: 'alongside:styles-in-head',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const moved = moveStylesToHead(html);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
