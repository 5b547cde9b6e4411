import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { withModulePreloads } from '../src/lib/build/module-preloads.ts';
import { rewriteBuiltPages, siteBase } from './built-pages.ts';

/**
 * Each page preloads every file its module scripts import (src/lib/build/module-preloads.ts), from the
 * bundler's own record of each browser file's static imports. Put it after the steps that add or move
 * scripts (sharedScripts), so it sees each page's final scripts.
 */
export function modulePreloads(): AstroIntegration {
  const importsByAddress = new Map<string, string[]>();
  let base = '/';
  return {
    name: 'alongside:module-preloads',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'alongside:record-static-imports',
                applyToEnvironment: (environment) => environment.name === 'client',
                generateBundle(_options, bundle) {
                  for (const file of Object.values(bundle)) {
                    if (file.type === 'chunk')
                      importsByAddress.set(
                        `${base}${file.fileName}`,
                        file.imports.map((name) => `${base}${name}`),
                      );
                  }
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir }) => {
        await rewriteBuiltPages(fileURLToPath(dir), (html) => withModulePreloads(html, (src) => importsByAddress.get(src) ?? []));
      },
    },
  };
}
