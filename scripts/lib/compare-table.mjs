// The bench's comparison: one table of medians, Alongside beside the Starlight reference, with the
// ratio Alongside ÷ Starlight. For times and bytes below 1.0 means Alongside is smaller or faster;
// for Lighthouse scores above 1.0 means Alongside scores higher.
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
 * One table row from two lists of measurements (or single numbers, or a string saying why there is none).
 * @param {string} group the page type, or "search", "site"
 * @param {string} metric
 * @param {keyof typeof FORMATS} format
 * @param {number[] | number | string | undefined} alongside
 * @param {number[] | number | string | undefined} starlight
 */
export function row(group, metric, format, alongside, starlight) {
  const value = (measured) => (Array.isArray(measured) ? median(measured.filter(Number.isFinite)) : measured);
  const [mine, theirs] = [value(alongside), value(starlight)];
  const show = (measured) => (typeof measured === 'number' ? FORMATS[format](measured) : (measured ?? '—'));
  const ratio = typeof mine === 'number' && typeof theirs === 'number' && theirs !== 0 ? (mine / theirs).toFixed(2) : '—';
  return [group, metric, show(mine), show(theirs), ratio];
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
}
