import { currentLanguage, type Language } from './language';
import { localized } from './localized';
import type { Strings } from './shape';

/** Loads one feature's table in one language: `() => import('../es/quiz').then((file) => file.quiz)`. */
export type TableLoaders<T> = { readonly en: () => Promise<T> } & { readonly [L in Exclude<Language, 'en'>]: () => Promise<Strings<T>> };

/**
 * One feature's interface strings, for ./ui/<feature>.ts.
 *
 * At build time, one render holds pages in both languages, so the feature answers in the language of
 * the page being rendered, at each read (./localized.ts). In the browser a page's language never changes
 * (<html lang>), so the page loads its own language's table and nothing else: an English page no
 * longer carries the Spanish strings of every island and script it runs, nor a Spanish page the
 * English ones (issue #18). Each table is a file of its own (astro.config.mjs names them
 * strings-<language>-<feature>), imported while the feature's module loads, so code reads the strings
 * as plain values, as before.
 */
export async function pageStrings<T extends object>(load: TableLoaders<T>): Promise<T> {
  if (import.meta.env.SSR) {
    const [en, es] = await Promise.all([load.en(), load.es()]);
    return localized<T>({ en, es: es as T });
  }
  return (await load[currentLanguage()]()) as T;
}
