import { describe, expect, it } from 'vitest';
import { middleHalf, quantile, row } from '../../../scripts/lib/compare-table.mjs';

// The bench's table must tell a reader which ratios are within this machine's run-to-run spread.
describe("the bench's comparison table", () => {
  it('finds quartiles between runs, whatever order the runs came in', () => {
    expect(quantile([50, 10, 40, 20, 30], 0.25)).toBe(20);
    expect(quantile([50, 10, 40, 20, 30], 0.75)).toBe(40);
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantile([], 0.5)).toBeUndefined();
  });

  it('gives no middle half for a single number or too few runs', () => {
    expect(middleHalf(120)).toBeUndefined();
    expect(middleHalf([100, 110, 120])).toBeUndefined();
    expect(middleHalf([100, 110, NaN, 120, 130])).toEqual([107.5, 122.5]);
  });

  it('shows each median with its middle half, and marks a ratio whose middle halves overlap', () => {
    const [, , mine, theirs, ratio] = row('module, 4× CPU', 'total blocking time', 'ms', [60, 90, 126, 150, 200], [50, 80, 106, 140, 170]);
    expect(mine).toBe('126 ms (90–150)');
    expect(theirs).toBe('106 ms (80–140)');
    expect(ratio).toBe('1.19 ~');
  });

  it('leaves a ratio unmarked when one site is ahead in every middle run', () => {
    const [, , , , ratio] = row('module', 'largest contentful paint', 'ms', [1050, 1080, 1090, 1100, 1120], [1250, 1270, 1280, 1300, 1330]);
    expect(ratio).toBe('0.85');
  });

  it('prints sizes measured once as they are, with a plain ratio', () => {
    expect(row('site', 'offline copy', 'kb', 221286, 'none')).toEqual(['site', 'offline copy', '216.1 KB', 'none', '—']);
    expect(row('site', 'build time', 's', 9.6, 11.3)).toEqual(['site', 'build time', '9.6 s', '11.3 s', '0.85']);
  });

  it('gives no range where the middle runs all printed the same', () => {
    const [, , mine, , ratio] = row('module', 'performance score', 'score', [1, 1, 1, 0.99, 1], [1, 1, 1, 1, 1]);
    expect(mine).toBe('1.00');
    expect(ratio).toBe('1.00');
  });
});
