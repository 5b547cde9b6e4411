import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinBase, withBase } from '../../src/lib/url';
import { withBaseInEveryEdition } from '../../src/lib/url-every-edition';
import { inSpanishEdition } from '../../src/lib/i18n/edition';

describe('internal links under the site’s base path', () => {
  it('joins a base and a path with exactly one slash, whichever side has it', () => {
    expect(joinBase('/', '/modules/')).toBe('/modules/');
    expect(joinBase('/training/', '/modules/')).toBe('/training/modules/');
    expect(joinBase('/training', 'modules/')).toBe('/training/modules/');
    expect(joinBase('/training/', '//resources/988-lifeline/')).toBe('/training/resources/988-lifeline/');
  });

  it('links the home page to the base itself', () => {
    expect(joinBase('/training/', '/')).toBe('/training/');
    expect(joinBase('/', '')).toBe('/');
  });

  it('keeps query strings and fragments', () => {
    expect(joinBase('/training/', '/resources/?category=crisis#results')).toBe('/training/resources/?category=crisis#results');
  });
});

describe('links with the configured base', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('point at the site root when the site is served from the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(withBase('/progress/')).toBe('/progress/');
  });

  it('follow the base when the site is served under a sub-path', () => {
    vi.stubEnv('BASE_URL', '/training/');
    expect(withBase('/progress/')).toBe('/training/progress/');
  });
});

describe('links to a page every edition has (src/lib/url-every-edition.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });
  const onPage = (lang: string) => vi.stubGlobal('document', { documentElement: { lang } });

  it('are pages the Spanish edition has, at the same path', () => {
    // The two kinds of path PageInEveryEdition allows.
    for (const path of ['/progress/', '/resources/988-lifeline/'] as const) expect(inSpanishEdition(path), path).toBe(true);
  });

  it('lead to the page in the page’s own edition, under the base', () => {
    vi.stubEnv('BASE_URL', '/training/');
    onPage('en');
    expect(withBaseInEveryEdition('/progress/')).toBe('/training/progress/');
    onPage('es');
    expect(withBaseInEveryEdition('/resources/988-lifeline/')).toBe('/training/es/resources/988-lifeline/');
    vi.stubEnv('BASE_URL', '/');
    expect(withBaseInEveryEdition('/progress/')).toBe('/es/progress/');
  });

  it('say what withBase says for the same page', () => {
    onPage('es');
    vi.stubEnv('BASE_URL', '/');
    expect(withBaseInEveryEdition('/progress/')).toBe(withBase('/progress/'));
  });
});
