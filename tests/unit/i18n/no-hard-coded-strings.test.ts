import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../content-loader';
import { findHardCodedStrings, type Finding } from './hard-coded-strings';

/**
 * Every string a person can see or hear comes from src/lib/i18n, so a second language is one new
 * file. Content (src/content) carries its own words and is not read here.
 */
const show = (path: string) => relative(root, path).split(sep).join('/');
const under = (dir: string) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((name) => join(root, dir, name));

/** Templates, islands and browser scripts: read for text, text attributes and DOM text calls. */
const interfaceFiles = [...under('src/components'), ...under('src/pages')].filter((path) => /\.(astro|tsx|ts)$/.test(path));
/** Lib files that make messages a person reads: every string in them is read. */
const messageFiles = [
  'src/lib/resources/contact.ts',
  'src/lib/resources/categories.ts',
  'src/lib/resources/filter.ts',
  'src/lib/progress/transfer.ts',
  'src/lib/curriculum/competencies.ts',
].map((path) => join(root, path));

/**
 * Strings the rules find that are not language, by file ('*' for any file), each with its reason.
 * Templates show as the scanner reports them: each `${…}` as {…}.
 */
const allowed: Record<string, string[]> = {
  '*': [],
  // URL schemes for one-tap call and text links.
  'src/lib/resources/contact.ts': ['tel:{…}', 'sms:{…}?&body={…}', 'sms:{…}'],
  'src/lib/progress/transfer.ts': [
    // The export file's format id and download name: data, kept the same in every language so files
    // move between editions.
    'alongside-progress',
    'alongside-progress-{…}.json',
    // Object keys an import refuses (prototype pollution), not words.
    '__proto__',
    'constructor',
    'prototype',
  ],
};

function findingsIn(path: string): Finding[] {
  const file = show(path);
  const kind = messageFiles.includes(path) ? 'messages' : path.endsWith('.astro') ? 'astro' : 'code';
  const ok = new Set([...(allowed['*'] ?? []), ...(allowed[file] ?? [])]);
  return findHardCodedStrings(file, readFileSync(path, 'utf8'), kind).filter((finding) => !ok.has(finding.text));
}

describe('interface strings come from src/lib/i18n', () => {
  it('finds no hard-coded text in components, pages, browser scripts or message-making lib files', () => {
    const findings = [...interfaceFiles, ...messageFiles].flatMap(findingsIn);
    // One line per string, so the report names every file, line and text at once.
    expect(findings.map(({ file, line, text }) => `${file}:${line}: "${text}"`).join('\n')).toBe('');
  });
});

/** Formatting a date by hand picks one language for every edition: src/lib/i18n/dates.ts writes them. */
const DATE_FORMATTING = /\.toLocale(?:Date|Time)?String\(|Intl\.DateTimeFormat|['"]en-US['"]/;

describe('dates are written in the language of the page', () => {
  it('no component, page or browser script formats a date itself', () => {
    const found = interfaceFiles.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((text, index) => (DATE_FORMATTING.test(text) ? [`${show(path)}:${index + 1}: ${text.trim()}`] : [])),
    );
    expect(found.join('\n')).toBe('');
  });
});

describe('the hard-coded string finder', () => {
  it('names the file, line and text of each kind of hard-coded string', () => {
    const astro = [
      '---',
      "const { title = 'Example talk', id = 'talk' } = Astro.props;",
      '---',
      '<p class="lead">Hello there</p>',
      '<a title="Open it" href="/a">{ui.nav.help}</a>',
      "<p>{open ? 'Close' : ui.nav.help}</p>",
    ].join('\n');
    expect(findHardCodedStrings('Page.astro', astro, 'astro')).toEqual([
      { file: 'Page.astro', line: 2, text: 'Example talk' },
      { file: 'Page.astro', line: 4, text: 'Hello there' },
      { file: 'Page.astro', line: 5, text: 'Open it' },
      { file: 'Page.astro', line: 6, text: 'Close' },
    ]);
    const island = ['export const A = <T,>(t: T) => (', '  <button aria-label={`Votes for ${t}`}>', '    Vote', '  </button>', ');'].join(
      '\n',
    );
    expect(findHardCodedStrings('A.tsx', island, 'code').map(({ line, text }) => [line, text])).toEqual([
      [2, 'Votes for {…}'],
      [3, 'Vote'],
    ]);
    const script = [
      "el.textContent = done ? 'Saved' : ui.x;",
      "el.setAttribute('aria-label', 'Close menu');",
      "el.setAttribute('data-id', 'not-text');",
      "alert('Gone');",
      'confirm(ui.ok);',
    ].join('\n');
    expect(findHardCodedStrings('a.client.ts', script, 'code').map(({ line, text }) => [line, text])).toEqual([
      [1, 'Saved'],
      [2, 'Close menu'],
      [4, 'Gone'],
    ]);
    const lib = ["import { x } from './x';", "export const kinds = { call: 'Call now' };", "if (kind === 'call') keep('module');"].join(
      '\n',
    );
    expect(findHardCodedStrings('lib.ts', lib, 'messages').map(({ line, text }) => [line, text])).toEqual([
      [2, 'Call now'],
      [3, 'module'],
    ]);
  });

  it('passes what is not language: marks, single letters, numbers, ids and classes', () => {
    const astro = '<p class="meta wide" id="top"> · → A 12 </p>\n<span aria-hidden="true">✓</span>';
    expect(findHardCodedStrings('Page.astro', astro, 'astro')).toEqual([]);
  });
});
