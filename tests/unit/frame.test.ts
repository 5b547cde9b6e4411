import { describe, expect, it } from 'vitest';
import { framedByOtherSite } from '../../src/lib/frame';

const site = { origin: 'https://alongside.example' } as Location;
const view = (top: unknown) => ({ location: site, self: 'me', top }) as unknown as Window;

describe('refusing destructive actions inside another website’s frame (#17.9)', () => {
  it('is not framed when the page is the top window', () => {
    const me: { location: Location; self?: unknown; top?: unknown } = { location: site };
    me.self = me;
    me.top = me;
    expect(framedByOtherSite(me as unknown as Window)).toBe(false);
  });

  it('allows a frame from the same site', () => {
    expect(framedByOtherSite(view({ location: { origin: 'https://alongside.example' } }))).toBe(false);
  });

  it('refuses inside another site’s frame, whose location cannot be read', () => {
    const hostile = {
      get location(): Location {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    };
    expect(framedByOtherSite(view(hostile))).toBe(true);
    expect(framedByOtherSite(view({ location: { origin: 'https://evil.example' } }))).toBe(true);
  });
});
