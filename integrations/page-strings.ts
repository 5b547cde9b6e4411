/**
 * How the browser build treats the interface strings (src/lib/i18n/page-strings.ts): each page loads only
 * its own language's table of each feature it reads.
 *
 * - Each feature's module (src/lib/i18n/ui/<feature>.ts) loads its table while it loads, so to the
 *   bundler it does something on load. Declared as doing nothing else: a script that imports the
 *   strings' index but reads only `ui.search` keeps only the search module, and no page loads the
 *   tables of features it never reads.
 * - Each table is a file of its own named strings-<language>-<feature> (the name only: the bundler
 *   already gives each its own file), so the byte budgets (scripts/lib/page-assets.mjs) count the
 *   tables of the page's language and not the other's.
 */
import type { Plugin } from 'vite';

type ChunkNames = string | ((chunk: { name: string; facadeModuleId: string | null }) => string);

const featureModule = /src[\\/]lib[\\/]i18n[\\/]ui[\\/][\w-]+\.ts$/;
const languageTable = /src[\\/]lib[\\/]i18n[\\/](en|es)[\\/]([\w-]+)\.ts$/;

export function pageStringsPlugin(): Plugin {
  return {
    name: 'alongside:page-strings',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform(code, id) {
      if (featureModule.test(id)) return { code, map: null, moduleSideEffects: false };
    },
    // Astro's names for the other files stay as they are.
    outputOptions(options) {
      const named = options.chunkFileNames as ChunkNames | undefined;
      if (typeof named !== 'function') return null;
      return {
        ...options,
        chunkFileNames: (chunk) => {
          const [, language, feature] = languageTable.exec(chunk.facadeModuleId ?? '') ?? [];
          return named(language ? { ...chunk, name: `strings-${language}-${feature}` } : chunk);
        },
      };
    },
  };
}
