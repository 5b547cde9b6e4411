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
