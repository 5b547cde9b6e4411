// The bench's comparison: one table of medians, Alongside beside the Starlight reference, with the
// ratio Alongside ÷ Starlight. For times and bytes below 1.0 means Alongside is smaller or faster;
// for Lighthouse scores above 1.0 means Alongside scores higher. Beside each median of several runs is
// the middle half of those runs, and a ratio whose two middle halves overlap is marked: on this machine
// a page's timings move from run to run by more than many of the gaps between the sites.
import { median } from './lighthouse.mjs';

/** How a metric's median is printed. */
export const FORMATS = {
  score: (value) => value.toFixed(2),
  ms: (value) => `${Math.round(value)} ms`,
  kb: (value) => `${(value / 1024).toFixed(1)} KB`,
  s: (value) => `${value.toFixed(1)} s`,
  count: (value) => String(Math.round(value)),
  cls: (value) => value.toFixed(3),
};

/**
 * The value a fraction `q` of the way through the sorted values, between the two nearest where it falls
 * between them (q = 0.25: the lower quartile); undefined for none.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)];
  return below + (sorted[Math.ceil(at)] - below) * (at - Math.floor(at));
}

/** Fewer runs than this, and no middle half is given: with three the quartiles are little more than the extremes. */
const RUNS_FOR_A_SPREAD = 4;

/**
 * The middle half of the runs, from the lower to the upper quartile, or undefined for too few runs.
 * @param {number[] | number | string | undefined} measured
 * @returns {[number, number] | undefined}
 */
export function middleHalf(measured) {
  if (!Array.isArray(measured)) return undefined;
  const values = measured.filter(Number.isFinite);
  if (values.length < RUNS_FOR_A_SPREAD) return undefined;
  return [quantile(values, 0.25), quantile(values, 0.75)];
}

/** Whether two middle halves share any value: then which site is ahead is within the run-to-run spread. */
export const overlap = (mine, theirs) => Boolean(mine && theirs && mine[0] <= theirs[1] && theirs[0] <= mine[1]);

/** Marks a ratio within the spread (`overlap`); printTable explains the mark under the table. */
export const WITHIN_SPREAD = '~';

/**
 * One table row from two lists of measurements (or single numbers, or a string saying why there is none).
 * @param {string} group the page type, or "search", "site"
 * @param {string} metric
 * @param {keyof typeof FORMATS} format
 * @param {number[] | number | string | undefined} alongside
 * @param {number[] | number | string | undefined} starlight
 * @returns {[string, string, string, string, string]} the group, the metric, each site's median (and middle half), the ratio
 */
export function row(group, metric, format, alongside, starlight) {
  const value = (measured) => (Array.isArray(measured) ? median(measured.filter(Number.isFinite)) : measured);
  const [mine, theirs] = [value(alongside), value(starlight)];
  const [mySpread, theirSpread] = [middleHalf(alongside), middleHalf(starlight)];
  const number = (measured) => FORMATS[format](measured).replace(/ .*/, ''); // without its unit, in a range
  const spread = (half) => (half && number(half[0]) !== number(half[1]) ? ` (${number(half[0])}–${number(half[1])})` : '');
  const show = (measured, half) => (typeof measured === 'number' ? FORMATS[format](measured) + spread(half) : (measured ?? '—'));
  const ratio =
    typeof mine === 'number' && typeof theirs === 'number' && theirs !== 0
      ? (mine / theirs).toFixed(2) + (mine !== theirs && overlap(mySpread, theirSpread) ? ` ${WITHIN_SPREAD}` : '')
      : '—';
  return [group, metric, show(mine, mySpread), show(theirs, theirSpread), ratio];
}

/** Prints rows as one aligned table, a group's name only on its first row. */
export function printTable(rows) {
  const header = ['page type', 'metric', 'Alongside', 'Starlight', 'ratio'];
  const shown = rows.map((cells, index) => (index > 0 && rows[index - 1][0] === cells[0] ? ['', ...cells.slice(1)] : cells));
  const widths = header.map((title, column) => Math.max(title.length, ...shown.map((cells) => cells[column].length)));
  const line = (cells) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of shown) console.log(line(cells));
  if (rows.some((cells) => cells[2].includes(' (') || cells[3].includes(' (')))
    console.log('In brackets: the middle half of the runs (lower to upper quartile).');
  if (rows.some((cells) => cells[4].endsWith(WITHIN_SPREAD)))
    console.log(`${WITHIN_SPREAD} after a ratio: the two sites' middle halves overlap, so the gap is within the run-to-run spread.`);
}
