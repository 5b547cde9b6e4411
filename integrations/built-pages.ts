import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every built page of dist/ (its path inside dist/ to its HTML), for the after-build step that rewrites pages. */
export async function readBuiltPages(root: string): Promise<Map<string, string>> {
  const names = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(root, name), 'utf8')] as const)));
}

/** The site's base path as Astro's config gives it, with exactly one trailing slash: "/" or "/training/". */
export const siteBase = (config: { base: string }) => config.base.replace(/\/?$/, '/');

/** A file in _astro/ named by its content, like Vite's own files, so a cached copy is never stale. */
export const contentNamed = (prefix: string, extension: string) => (content: string) =>
  `_astro/${prefix}.${createHash('sha256').update(content).digest('base64url').slice(0, 10)}.${extension}`;
