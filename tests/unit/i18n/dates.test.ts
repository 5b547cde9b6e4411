import { describe, expect, it } from 'vitest';
import { dateAndTime, fullDate, longDate } from '../../../src/lib/i18n/dates';
import { inLanguage } from '../../../src/lib/i18n/language';

describe('dates in the language of the page', () => {
  it('writes a calendar day as each edition reads it', async () => {
    expect(await inLanguage('en', () => longDate('2026-11-24T00:00:00Z', { utc: true }))).toBe('November 24, 2026');
    expect(await inLanguage('es', () => longDate('2026-11-24T00:00:00Z', { utc: true }))).toBe('24 de noviembre de 2026');
  });

  it("reads a content file's date (midnight UTC) as that day, and takes a Date as well as a string", async () => {
    expect(await inLanguage('en', () => longDate(new Date(Date.UTC(2026, 0, 1)), { utc: true }))).toBe('January 1, 2026');
  });

  it('without utc, writes the day where the person is: a module completed late at night is that night', async () => {
    expect(await inLanguage('en', () => longDate('2026-11-24T23:30:00'))).toBe('November 24, 2026');
  });

  it("writes the planner's session date with its weekday in each edition", async () => {
    expect(await inLanguage('es', () => fullDate('2026-11-25'))).toBe('miércoles, 25 de noviembre de 2026');
  });

  it('writes a moment with its time of day', async () => {
    const when = '2026-11-24T15:30:00';
    expect(await inLanguage('en', () => dateAndTime(when))).toMatch(/^November 24, 2026,? (?:at )?3:30\sPM$/);
    expect(await inLanguage('es', () => dateAndTime(when))).toMatch(/^24 de noviembre de 2026,? (?:a las )?3:30\sp\.\s?m\.$/);
  });
});
