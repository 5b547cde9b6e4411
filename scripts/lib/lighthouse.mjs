// Lighthouse (mobile, its default: simulated slow 4G and a slowed CPU) against one page of a served
// site, in the Chromium the tests use, through the `lighthouse` CLI (a dev dependency). Each run
// starts a fresh Chromium with storage cleared, so every run is a first visit. The bench runs it
// several times per page, alternating sites, and takes medians (`median` below).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolEnv } from '../tool-env.mjs';

/** The middle value (the upper middle of an even count); undefined for none. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A quiet, headless Chromium that fetches nothing on its own, so only the page is measured. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Bytes over the wire for the page's own requests of one kind (a service worker's precache is not the page's). */
function transferred(requests, kind) {
  return requests
    .filter((request) => request.sessionTargetType !== 'worker' && (!kind || request.resourceType === kind))
    .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
}

/**
 * One Lighthouse run. Scores are 0–1; times in ms; bytes are what crossed the wire (compressed)
 * while the page loaded, before anyone touched it. By default Lighthouse simulates the slow phone from
 * a trace taken at full speed; with `applied`, DevTools slows the CPU four times and the network for
 * real while the page loads, so work that piles up on a slow CPU shows (issue #18: "no collapse under
 * CPU contention").
 * @returns {{ performance: number, accessibility: number, fcpMs: number, lcpMs: number, tbtMs: number,
 *   cls: number, speedIndexMs: number, totalBytes: number, jsBytes: number, htmlBytes: number, cssBytes: number }
 *   | { error: string }}
 */
export function lighthouseOnce(url, { chromePath, applied = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'alongside-lh-'));
  const output = join(dir, 'report.json');
  try {
    const result = spawnSync(
      'lighthouse',
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility',
        ...(applied ? ['--throttling-method=devtools'] : []),
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...toolEnv, ...(chromePath ? { CHROME_PATH: chromePath } : {}) }, encoding: 'utf8' },
    );
    if (result.status !== 0) return { error: (result.stderr || result.stdout || 'lighthouse failed').split('\n').slice(-3).join(' ') };
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const audit = (id) => report.audits[id]?.numericValue ?? NaN;
    const requests = report.audits['network-requests']?.details?.items ?? [];
    return {
      performance: report.categories.performance.score,
      accessibility: report.categories.accessibility.score,
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      speedIndexMs: audit('speed-index'),
      totalBytes: transferred(requests),
      jsBytes: transferred(requests, 'Script'),
      htmlBytes: transferred(requests, 'Document'),
      cssBytes: transferred(requests, 'Stylesheet'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
