import { currentLanguage, type Language } from './language';

/**
 * Dates as each edition writes them: US English, and Spanish as written in the United States (the
 * planner's run sheet uses the same locales). Read at each call, like every interface string, because
 * one build renders both editions and the browser takes the page's language from <html lang>.
 */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-US' };

type When = Date | string;

/**
 * A calendar day: "November 30, 2026", "30 de noviembre de 2026". `utc` for a date with no time of
 * day (a content file's `reviewed`, kept as midnight UTC), so it never shows as the day before in a
 * time zone west of Greenwich; without it, the day where the person is (a module completed at 11 pm).
 */
export function longDate(when: When, { utc = false }: { utc?: boolean } = {}): string {
  return new Date(when).toLocaleDateString(LOCALES[currentLanguage()], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(utc ? { timeZone: 'UTC' } : {}),
  });
}

/**
 * A calendar date with its weekday, from "2026-11-25": "Wednesday, November 25, 2026", "miércoles, 25 de
 * noviembre de 2026". Read as that date in every time zone (the planner's session date).
 */
export function fullDate(isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** A moment, with its time, where the person is: when a copy of progress was made or exported. */
export function dateAndTime(when: When): string {
  return new Date(when).toLocaleString(LOCALES[currentLanguage()], { dateStyle: 'long', timeStyle: 'short' });
}
