import { describe, expect, it } from 'vitest';
import {
  contactHref,
  contactLabel,
  dialDigits,
  firstContact,
  pageLanguageFirst,
  smsHref,
  telHref,
  type Contact,
} from '../../../src/lib/resources/contact';
import { loadResources } from '../content-loader';

describe('numbers a phone can dial', () => {
  it('adds the + country code to a full North American number, so it dials from anywhere', () => {
    expect(dialDigits('1-800-662-4357')).toBe('+18006624357');
    expect(telHref('1-800-662-4357')).toBe('tel:+18006624357');
  });

  it('leaves short codes, three-digit lines, local numbers and ten-digit numbers as they are dialled', () => {
    expect(dialDigits('988')).toBe('988');
    expect(dialDigits('116-123')).toBe('116123'); // Samaritans: starts with 1, but is not a North American number
    expect(dialDigits('9-8-8')).toBe('988');
    expect(dialDigits('741741')).toBe('741741');
    expect(dialDigits('800-662-4357')).toBe('8006624357');
  });

  it('keeps an international number’s own country code', () => {
    expect(telHref('+44-116-123')).toBe('tel:+44116123');
  });
});

describe('text links', () => {
  it('opens the messaging app with the keyword already typed', () => {
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME');
  });

  it('opens an empty message when the service needs no keyword', () => {
    expect(smsHref('988')).toBe('sms:988');
  });

  it('encodes the keyword so the link stays one link', () => {
    expect(smsHref('741741', 'HELLO & WELCOME')).toBe('sms:741741?&body=HELLO%20%26%20WELCOME');
  });
});

describe('one-tap contact links and their words', () => {
  const call: Contact = { kind: 'call', number: '1-800-662-4357' };
  const tty: Contact = { kind: 'tty', number: '1-800-787-3224' };
  const text: Contact = { kind: 'text', number: '741741', keyword: 'HOME' };
  const plainText: Contact = { kind: 'text', number: '988' };
  const chat: Contact = { kind: 'chat', url: 'https://988lifeline.org/chat/' };
  const web: Contact = { kind: 'web', url: 'https://www.samaritans.org/' };

  it('links calls and TTY lines to the dialler, texts to messages, chat and websites to their address', () => {
    expect([call, tty, text, chat, web].map(contactHref)).toEqual([
      'tel:+18006624357',
      'tel:+18007873224',
      'sms:741741?&body=HOME',
      'https://988lifeline.org/chat/',
      'https://www.samaritans.org/',
    ]);
  });

  it('says what the link does and shows the number as written', () => {
    expect([call, tty, text, plainText].map(contactLabel)).toEqual([
      'Call 1-800-662-4357',
      'TTY 1-800-787-3224',
      'Text HOME to 741741',
      'Text 988',
    ]);
  });

  it('names the website by its host, without "www."', () => {
    expect(contactLabel(chat)).toBe('Chat online at 988lifeline.org');
    expect(contactLabel(web)).toBe('Website: samaritans.org');
  });

  it('uses the resource’s own words when it has them', () => {
    expect(contactLabel({ kind: 'call', number: '988', label: 'Call 988, then press 1' })).toBe('Call 988, then press 1');
  });

  it('finds the first contact of a kind for an inline "call" or "text" link, or none', () => {
    const second: Contact = { kind: 'call', number: '988' };
    expect(firstContact([web, call, second], 'call')).toBe(call);
    expect(firstContact([call, web], 'text')).toBeUndefined();
  });
});

describe('every contact in the resource guide', () => {
  const contacts = loadResources().flatMap((resource) =>
    (resource.data?.contacts ?? []).map((contact) => ({ file: resource.file, contact })),
  );

  it('becomes a link a phone can act on, with words on it', () => {
    expect(contacts.length).toBeGreaterThan(0);
    const broken = contacts.filter(
      ({ contact }) =>
        !/^(tel:\+?\d{3,15}|sms:\+?\d{3,15}(\?&body=[A-Z]+)?|https:\/\/\S+)$/.test(contactHref(contact)) || !contactLabel(contact).trim(),
    );
    expect(broken.map(({ file, contact }) => `${file}: ${contact.kind} makes "${contactHref(contact)}"`)).toEqual([]);
  });
});

describe('a service’s options in the page’s language', () => {
  const lifeline: Contact[] = [
    { kind: 'call', number: '988' },
    { kind: 'text', number: '988' },
    { kind: 'call', number: '988', label: 'En español: llama al 988 y marca 2', language: 'es', press: '2' },
    { kind: 'text', number: '988', keyword: 'AYUDA', label: 'En español: envía AYUDA al 988', language: 'es' },
  ];

  it('inlines the Spanish option on a Spanish page, and the first one on an English page', () => {
    expect(firstContact(lifeline, 'call', 'es')).toMatchObject({ language: 'es', press: '2' });
    expect(firstContact(lifeline, 'text', 'es')).toMatchObject({ keyword: 'AYUDA' });
    expect(firstContact(lifeline, 'call', 'en')).toEqual({ kind: 'call', number: '988' });
    expect(firstContact([{ kind: 'call', number: '911' }], 'call', 'es')).toEqual({ kind: 'call', number: '911' }); // no Spanish option
  });

  it('lists the Spanish options first on a Spanish page, and as written on an English one', () => {
    expect(pageLanguageFirst(lifeline, 'es').map((contact) => ('language' in contact ? contact.language : undefined))).toEqual([
      'es',
      'es',
      undefined,
      undefined,
    ]);
    expect(pageLanguageFirst(lifeline, 'en')).toEqual(lifeline);
  });
});
