// Lighthouse (mobile, its default) against pages of the served site, in the Chromium the tests use.
// Returns the median performance and accessibility scores over several runs per page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolEnv } from '../tool-env.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** A quiet, headless Chromium that fetches nothing on its own, so only the page is measured. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function lighthouse(url, { runs = 5, chromePath } = {}) {
  const scores = { performance: [], accessibility: [], lcp: [], tbt: [] };
  for (let run = 0; run < runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'alongside-lh-'));
    const output = join(dir, 'report.json');
    const result = spawnSync(
      'lighthouse',
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...toolEnv, ...(chromePath ? { CHROME_PATH: chromePath } : {}) }, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return { error: (result.stderr || result.stdout || 'lighthouse failed').split('\n').slice(-3).join(' ') };
    }
    const report = JSON.parse(readFileSync(output, 'utf8'));
    scores.performance.push(report.categories.performance.score);
    scores.accessibility.push(report.categories.accessibility.score);
    scores.lcp.push(report.audits['largest-contentful-paint'].numericValue);
    scores.tbt.push(report.audits['total-blocking-time'].numericValue);
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    performance: median(scores.performance),
    accessibility: median(scores.accessibility),
    lcpMs: Math.round(median(scores.lcp)),
    tbtMs: Math.round(median(scores.tbt)),
    runs,
  };
}
