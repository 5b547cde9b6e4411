/**
 * Turns a resource's contact methods into links a phone can act on with one tap.
 * Numbers in the data are digits and hyphens (checked by the resource schema).
 */
import { ui } from '../i18n';
import { currentLanguage, type Language } from '../i18n/language';

export type Contact =
  | { kind: 'call' | 'tty'; number: string; label?: string | undefined; language?: string | undefined; press?: string | undefined }
  | { kind: 'text'; number: string; keyword?: string | undefined; label?: string | undefined; language?: string | undefined }
  | { kind: 'chat' | 'web'; url: string; label?: string | undefined; language?: string | undefined };

/** Digits only; a full North American number gets its + country code so it dials from anywhere. */
export function dialDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (number.startsWith('+')) return `+${digits}`;
  return digits.length === 11 && digits.startsWith('1') ? `+${digits}` : digits;
}

export function telHref(number: string): string {
  return `tel:${dialDigits(number)}`;
}

/** `?&body=` is understood by both iOS and Android messaging apps. */
export function smsHref(number: string, keyword?: string): string {
  const target = dialDigits(number);
  return keyword ? `sms:${target}?&body=${encodeURIComponent(keyword)}` : `sms:${target}`;
}

export function contactHref(contact: Contact): string {
  switch (contact.kind) {
    case 'call':
    case 'tty':
      return telHref(contact.number);
    case 'text':
      return smsHref(contact.number, contact.keyword);
    case 'chat':
    case 'web':
      return contact.url;
  }
}

/** The words on a contact link, e.g. "Call 1-800-662-4357" or "Text HOME to 741741". */
export function contactLabel(contact: Contact): string {
  if (contact.label) return contact.label;
  switch (contact.kind) {
    case 'call':
      return ui.contact.call(contact.number);
    case 'tty':
      return ui.contact.tty(contact.number);
    case 'text':
      return ui.contact.text(contact.number, contact.keyword);
    case 'chat':
      return ui.contact.chat(hostOf(contact.url));
    case 'web':
      return ui.contact.web(hostOf(contact.url));
  }
}

function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

const languageOf = (contact: Contact): string | undefined => ('language' in contact ? contact.language : undefined);

/**
 * The first contact of a kind, for inline links such as "call 988": on a Spanish page, the service's
 * Spanish option where it has one (988's "press 2"), else its first.
 */
export function firstContact(
  contacts: readonly Contact[],
  kind: 'call' | 'text',
  language: Language = currentLanguage(),
): Contact | undefined {
  const ofKind = contacts.filter((contact) => contact.kind === kind);
  return (language === 'en' ? undefined : ofKind.find((contact) => languageOf(contact) === language)) ?? ofKind[0];
}

/** A service's contacts with the options in the page's language first (on an English page, as listed). */
export function pageLanguageFirst<C extends Contact>(contacts: readonly C[], language: Language = currentLanguage()): C[] {
  if (language === 'en') return [...contacts];
  return [...contacts].sort((a, b) => Number(languageOf(b) === language) - Number(languageOf(a) === language));
}
