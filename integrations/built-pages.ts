import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every built page of dist/ (its path inside dist/ to its HTML), for the after-build steps that rewrite pages. */
export async function readBuiltPages(root: string): Promise<Map<string, string>> {
  const names = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(root, name), 'utf8')] as const)));
}

/** Rewrites every built page with `rewrite` (its HTML to its new HTML), writing only the pages it changes. */
export async function rewriteBuiltPages(root: string, rewrite: (html: string) => string): Promise<void> {
  for (const [name, html] of await readBuiltPages(root)) {
    const next = rewrite(html);
    if (next !== html) await writeFile(join(root, name), next);
  }
}

/** The site's base path as Astro's config gives it, with exactly one trailing slash: "/" or "/training/". */
export const siteBase = (config: { base: string }) => config.base.replace(/\/?$/, '/');

/** Writes files into dist/ (path inside dist/ to content): new files, or pages rewritten. */
export async function writeBuiltFiles(root: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [name, content] of files) await writeFile(join(root, name), content);
}

/** A file in _astro/ named by its content, like Vite's own files, so a cached copy is never stale. */
export const contentNamed = (prefix: string, extension: string) => (content: string) =>
  `_astro/${prefix}.${createHash('sha256').update(content).digest('base64url').slice(0, 10)}.${extension}`;
