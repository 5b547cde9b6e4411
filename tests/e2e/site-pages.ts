/** The URL paths of every built page (relative to the base), read from dist/ so new pages are swept automatically. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export const sitePaths: string[] = walk(dist)
  .map((file) => relative(dist, file))
  .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();
