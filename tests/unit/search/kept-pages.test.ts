import { describe, expect, it } from 'vitest';
import { KEPT_PAGES_MARK, searchedKeptPagesOnly } from '../../../src/lib/search/kept-pages';

const entry = (body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body)));
const fails = (error: Error) => () => Promise.reject(error);

describe('whether a search that found nothing read only the pages kept on this device', () => {
  it('yes when the entry file is the one the build marks for the kept pages', async () => {
    expect(await searchedKeptPagesOnly(entry({ version: '1', [KEPT_PAGES_MARK]: true }), true)).toBe(true);
  });

  it('no when the entry file is the whole site’s, even with a service worker', async () => {
    expect(await searchedKeptPagesOnly(entry({ version: '1', languages: {} }), true)).toBe(false);
  });

  it('no when the answer is not a readable entry file (a host’s error page)', async () => {
    const html = () => Promise.resolve(new Response('<!doctype html><title>Bad gateway</title>', { status: 502 }));
    expect(await searchedKeptPagesOnly(html, true)).toBe(false);
  });

  it('not said when no answer came in time: a slow connection may still work', async () => {
    expect(await searchedKeptPagesOnly(fails(new DOMException('too slow', 'TimeoutError')), true)).toBe(false);
  });

  it('a failed request means offline only where a service worker keeps pages for this one', async () => {
    expect(await searchedKeptPagesOnly(fails(new TypeError('Failed to fetch')), true)).toBe(true);
    expect(await searchedKeptPagesOnly(fails(new TypeError('Failed to fetch')), false)).toBe(false);
  });
});
