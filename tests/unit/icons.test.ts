import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SVG, PNG_ICONS, manifestIcons } from '../../src/lib/icons';

/** A PNG's width and height, from its header (IHDR, the first chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the site icons', () => {
  it('were drawn from the SVG as it is now (after changing public/favicon.svg, run npm run icons)', () => {
    const { sha256 } = JSON.parse(readFileSync('scripts/icon-fingerprint.json', 'utf8')) as { sha256: string };
    expect(
      createHash('sha256')
        .update(readFileSync(`public/${ICON_SVG}`))
        .digest('hex'),
      'public/favicon.svg has changed since npm run icons',
    ).toBe(sha256);
  });

  it.each(PNG_ICONS)('public/$file is a PNG of $size × $size', ({ file, size }) => {
    expect(pngSize(readFileSync(`public/${file}`))).toEqual({ width: size, height: size });
  });

  it('the manifest offers the SVG, PNGs at 192 and 512 px, and a maskable PNG, all under the base path', () => {
    const icons = manifestIcons('/training/');
    expect(icons.map(({ sizes, type, purpose }) => `${purpose} ${type} ${sizes}`)).toEqual([
      'any image/svg+xml any',
      'any image/png 192x192',
      'any image/png 512x512',
      'maskable image/png 512x512',
    ]);
    expect(icons.every(({ src }) => src.startsWith('/training/'))).toBe(true);
  });
});
