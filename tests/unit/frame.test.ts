import { describe, expect, it } from 'vitest';
import { framedByAnotherSite, type FrameWindow } from '../../src/lib/frame';

/** A window at `origin` inside `parent` (none: the top window); reading another origin's location throws, as in a browser. */
function frame(origin: string, parent?: FrameWindow, readable = true): FrameWindow {
  const view: { parent: FrameWindow; location: { origin: string } } = {
    parent: parent as FrameWindow,
    location: readable
      ? { origin }
      : {
          get origin(): string {
            throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
          },
        },
  };
  if (!parent) view.parent = view;
  return view;
}

const site = 'https://alongside.example';

describe('framed by another site', () => {
  it('is false for a page in its own tab', () => {
    expect(framedByAnotherSite(frame(site))).toBe(false);
  });

  it('is false inside a frame of the same site', () => {
    expect(framedByAnotherSite(frame(site, frame(site)))).toBe(false);
  });

  it('is true inside a frame of another site, whose location cannot be read', () => {
    expect(framedByAnotherSite(frame(site, frame('https://other.example', undefined, false)))).toBe(true);
  });

  it('is true inside a frame of another site that can be read but differs (e.g. a sandboxed one)', () => {
    expect(framedByAnotherSite(frame(site, frame('https://other.example')))).toBe(true);
  });

  it('is true when another site sits anywhere between this page and a top window of the same site', () => {
    const top = frame(site);
    const middle = frame('https://other.example', top, false);
    expect(framedByAnotherSite(frame(site, middle))).toBe(true);
  });
});
