/**
 * How a page knows its edition, and what each edition has (issue #20): the path decides the language,
 * links go to the page's own edition where it exists, and every page names its other edition.
 */
import { describe, expect, it } from 'vitest';
import { currentLanguage, inLanguage, languageOfPath } from '../../../src/lib/i18n/language';
import { englishPath, inSpanishEdition, localizePath, spanishModuleIds } from '../../../src/lib/i18n/edition';
import { alternatesOf } from '../../../src/lib/i18n/alternates';
import { localized } from '../../../src/lib/i18n/localized';
import { shownForms, spanishLanguagePairs } from '../../../src/lib/i18n/spanish-pairs';

describe('the language of a page', () => {
  it('is Spanish under /es/ and English elsewhere, at the root or under a sub-path', () => {
    expect(languageOfPath('/es/')).toBe('es');
    expect(languageOfPath('/es/help/')).toBe('es');
    expect(languageOfPath('/es')).toBe('es');
    expect(languageOfPath('/help/')).toBe('en');
    expect(languageOfPath('/estimates/')).toBe('en'); // a page whose name starts with "es" is not Spanish
    expect(languageOfPath('/training/es/modules/boundaries/', '/training/')).toBe('es');
    expect(languageOfPath('/training/modules/boundaries/', '/training')).toBe('en');
  });

  it('is the rendering language while the build renders a page, or does work outside a render', async () => {
    expect(currentLanguage()).toBe('en');
    expect(await inLanguage('es', () => currentLanguage())).toBe('es');
    expect(currentLanguage()).toBe('en'); // put back afterwards
    await expect(
      inLanguage('es', () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(currentLanguage()).toBe('en'); // put back after a failure too
  });
});

describe('what the Spanish edition has', () => {
  it('has help, the resource guide, search, progress, the trainer tools and the Spanish modules', () => {
    for (const path of [
      '/',
      '/help/',
      '/resources/',
      '/resources/988-lifeline/',
      '/search/?q=ayuda',
      '/progress/',
      '/glossary/',
      '/planner/',
      '/room/',
    ])
      expect(inSpanishEdition(path), path).toBe(true);
    for (const id of spanishModuleIds) expect(inSpanishEdition(`/modules/${id}/`), id).toBe(true);
    expect(inSpanishEdition('/modules/crisis-referral/exercises.json')).toBe(true);
    expect(inSpanishEdition('/room/quiz/crisis-referral-quiz/')).toBe(true);
    expect(inSpanishEdition('/room/roleplay/crisis-better-off-without-me/')).toBe(true);
  });

  it('keeps English links for what it does not have yet', () => {
    for (const path of [
      '/modules/recovery-pathways/',
      '/modules/recovery-pathways/exercises.json',
      '/trainers/crosswalk/',
      '/room/dilemmas/',
      '/room/quiz/ethics-in-practice-quiz/',
      '/favicon.svg',
      '/pagefind/pagefind.js',
    ])
      expect(inSpanishEdition(path), path).toBe(false);
  });

  it('puts a Spanish page under /es/, and leaves English paths and pages it lacks alone', () => {
    expect(localizePath('/help/', 'es')).toBe('/es/help/');
    expect(localizePath('help/', 'es')).toBe('/es/help/');
    expect(localizePath('/#modules', 'es')).toBe('/es/#modules');
    expect(localizePath('/help/', 'en')).toBe('/help/');
    expect(localizePath('/trainers/crosswalk/', 'es')).toBe('/trainers/crosswalk/');
    expect(englishPath('/es/help/')).toBe('/help/');
    expect(englishPath('/es/')).toBe('/');
    expect(englishPath('/estimates/')).toBe('/estimates/');
  });

  it('names a page’s editions for hreflang and the switcher: both where Spanish has the page, English only elsewhere', () => {
    expect(alternatesOf('help/')).toEqual([
      { language: 'en', path: '/help/' },
      { language: 'es', path: '/es/help/' },
    ]);
    expect(alternatesOf('/es/modules/boundaries/')).toEqual([
      { language: 'en', path: '/modules/boundaries/' },
      { language: 'es', path: '/es/modules/boundaries/' },
    ]);
    expect(alternatesOf('trainers/crosswalk/')).toEqual([{ language: 'en', path: '/trainers/crosswalk/' }]);
  });

  it('gives the not-found page in each edition no twin, so its switcher leads to the other edition’s home', () => {
    expect(alternatesOf('404.html')).toEqual([{ language: 'en', path: '/404.html' }]);
    expect(alternatesOf('es/404/')).toEqual([{ language: 'es', path: '/es/404/' }]);
  });
});

describe('strings in the page’s language', () => {
  const table = localized({
    en: { greeting: 'Hello', count: (n: number) => `${n} items`, nested: { deeper: { word: 'yes' } }, list: ['a'] },
    es: { greeting: 'Hola', count: (n: number) => `${n} elementos`, nested: { deeper: { word: 'sí' } }, list: ['b'] },
  });

  it('answers in the language of the page being rendered at each read', async () => {
    expect(table.greeting).toBe('Hello');
    await inLanguage('es', () => {
      expect(table.greeting).toBe('Hola');
      expect(table.count(3)).toBe('3 elementos');
      expect(table.list).toEqual(['b']);
    });
  });

  it('follows the language through a nested table kept from an earlier page (a module-level alias)', async () => {
    const deeper = table.nested.deeper; // read while rendering an English page…
    expect(deeper.word).toBe('yes');
    await inLanguage('es', () => {
      expect(deeper.word).toBe('sí'); // …and used while rendering a Spanish one
      expect(table.nested.deeper).toBe(deeper); // the same read-through table each time
    });
  });

  it('lists and finds keys as a plain table does', async () => {
    await inLanguage('es', () => {
      expect(Object.keys(table.nested)).toEqual(['deeper']);
      expect('greeting' in table).toBe(true);
      expect(Object.entries(table.nested.deeper)).toEqual([['word', 'sí']]);
    });
  });
});

describe('the Spanish avoid/use list the Palabras page shows', () => {
  it('reads and validates the same file the language test reads', () => {
    const pairs = spanishLanguagePairs();
    expect(pairs.length).toBeGreaterThan(10);
    expect(pairs.flatMap((pair) => pair.avoid)).toContain('adicto');
  });

  it('shows a few forms of a long entry and says there are more', () => {
    const pair = { avoid: ['a', 'b', 'c', 'd', 'e'], use: ['x'], why: 'porque sí, sin duda', except: [], trainerWord: false, verb: true };
    expect(shownForms(pair)).toEqual({ forms: ['a', 'b', 'c', 'd'], more: true });
    expect(shownForms({ ...pair, avoid: ['a'] })).toEqual({ forms: ['a'], more: false });
  });
});
