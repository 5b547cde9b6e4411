import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinBase, withBase } from '../../src/lib/url';

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
