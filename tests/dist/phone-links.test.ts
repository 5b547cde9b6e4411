import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pages } from './built-site';

// Every call and text link on the built site dials a number from src/content/resources: one data
// source, so a changed number is changed everywhere at once.
const resourceDir = join(import.meta.dirname, '..', '..', 'src', 'content', 'resources');
const known = new Set(
  readdirSync(resourceDir).flatMap((file) =>
    (parse(readFileSync(join(resourceDir, file), 'utf8')) as { contacts: { number?: string }[] }).contacts.flatMap((contact) =>
      contact.number ? [contact.number.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')] : [],
    ),
  ),
);

describe('every tel: and sms: link dials a number from the resource data', () => {
  it('the site has call and text links', () => {
    expect(pages.some((page) => page.html.includes('href="tel:'))).toBe(true);
  });

  for (const page of pages) {
    it(page.file, () => {
      const dialled = [...page.html.matchAll(/href="(tel|sms):\+?(\d+)/g)].map((match) => match[2]!.replace(/^1(?=\d{10}$)/, ''));
      const unknown = dialled.filter((digits) => !known.has(digits));
      expect(unknown, `${page.file} dials numbers not in src/content/resources: ${unknown.join(', ')}`).toEqual([]);
    });
  }
});
