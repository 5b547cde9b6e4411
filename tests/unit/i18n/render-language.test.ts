/**
 * Pages the build renders side by side each keep their own language (src/middleware.ts gives
 * src/lib/i18n/language.ts a store kept per render), so a Spanish page never picks up English strings
 * from a page rendering beside it. (A file of its own: the store, once given, stays for the file's tests,
 * and is taken back after them, since other files load the same module: vitest.config.ts.)
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { currentLanguage, inLanguage, keepRenderLanguagePerPage, type Language } from '../../../src/lib/i18n/language';
import { localized } from '../../../src/lib/i18n/localized';

keepRenderLanguagePerPage(new AsyncLocalStorage<Language>());
afterAll(() => keepRenderLanguagePerPage(undefined));
const table = localized({ en: { greeting: 'Hello' }, es: { greeting: 'Hola' } });
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** A render that reads its strings before and after waiting, as a page does around its awaits. */
async function render(language: Language): Promise<string[]> {
  return inLanguage(language, async () => {
    const read = [table.greeting];
    await tick();
    read.push(table.greeting);
    await tick();
    return [...read, table.greeting];
  });
}

describe('pages rendered side by side', () => {
  it('each read their own language throughout, however their steps interleave', async () => {
    const [english, spanish, again] = await Promise.all([render('en'), render('es'), render('en')]);
    expect(english).toEqual(['Hello', 'Hello', 'Hello']);
    expect(spanish).toEqual(['Hola', 'Hola', 'Hola']);
    expect(again).toEqual(['Hello', 'Hello', 'Hello']);
  });

  it('leave the default language outside any render', async () => {
    await render('es');
    expect(currentLanguage()).toBe('en');
  });
});
