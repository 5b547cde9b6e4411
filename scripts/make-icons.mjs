// `npm run icons`: draws the PNG icons src/lib/icons.ts lists from public/favicon.svg, in Chromium. Run
// it after changing the SVG: tests/unit/icons.test.ts compares the SVG with the fingerprint this leaves
// in scripts/icon-fingerprint.json, so PNGs drawn from an older SVG do not go unnoticed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { ICON_SVG, PNG_ICONS } from '../src/lib/icons.ts';

const FINGERPRINT_FILE = 'scripts/icon-fingerprint.json';
const svg = readFileSync(join('public', ICON_SVG), 'utf8');
// The SVG's own square colour, for the corners it leaves out and the margin round a maskable figure.
const colour = /<rect\b[^>]*\bfill="(#[0-9a-f]{3,8})"/i.exec(svg)?.[1];
if (!colour) throw new Error(`public/${ICON_SVG}: no <rect fill="#…"> to take the icon's colour from`);

const { path: executablePath } = findBrowser({ headless: true });
const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  const page = await browser.newPage();
  for (const { file, size, figure, filled } of PNG_ICONS) {
    const drawn = Math.round(size * figure);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;height:${size}px;background:${filled ? colour : 'transparent'}">` +
        `<img width="${drawn}" height="${drawn}" alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(join('public', file), await page.screenshot({ omitBackground: !filled }));
    console.log(`public/${file}: ${size} × ${size}`);
  }
} finally {
  await browser.close();
}
const sha256 = createHash('sha256').update(svg).digest('hex');
writeFileSync(FINGERPRINT_FILE, `${JSON.stringify({ svg: `public/${ICON_SVG}`, sha256 }, null, 2)}\n`);
