import { z } from 'astro/zod';
import { isoDate, stableId } from './common';

/**
 * A number is written as digit groups joined by single hyphens, with an optional leading + for an
 * international number: 988, 911, 741741, 1-800-662-4357, 9-8-8, +44-116-123. No letters or spaces,
 * so every number makes a working `tel:` or `sms:` link.
 */
const dialable = z
  .string()
  .max(20)
  .regex(/^\+?\d+(?:-\d+)*$/, 'write the number as digits and hyphens, e.g. 1-800-662-4357, 988 or 741741');

/**
 * The language of an option offered in a language other than English (an ISO 639-1 code such as
 * "es"), for a line that has one. Its label is then written in that language, the link is marked with
 * it for screen readers, and a search in that language puts it first.
 */
const optionLanguage = z
  .string()
  .regex(/^[a-z]{2}$/)
  .optional();

/** One way to reach a service. */
export const contactMethod = z.discriminatedUnion('kind', [
  z.object({
    /** A voice call. */
    kind: z.literal('call'),
    /** The number to dial. */
    number: dialable,
    /** Optional words for the link ("Call, then press 1"). */
    label: z.string().optional(),
    language: optionLanguage,
    /**
     * The key to press once connected, where the option needs one (988's Spanish line: "2"), so an
     * inline number in prose can say "988 (press 2)" / "988 (marca 2)" without a sentence of its own.
     */
    press: z
      .string()
      .regex(/^[0-9*#]$/)
      .optional(),
  }),
  z.object({
    /** A text message. */
    kind: z.literal('text'),
    /** The number or short code to text. */
    number: dialable,
    /** A keyword to send, if the service asks for one ("HOME", "START"). */
    keyword: z
      .string()
      .regex(/^[A-Z]+$/)
      .optional(),
    /** Optional words for the link. */
    label: z.string().optional(),
    language: optionLanguage,
  }),
  z.object({
    /** A teletypewriter line for Deaf and hard-of-hearing callers. */
    kind: z.literal('tty'),
    /** The TTY number. */
    number: dialable,
    /** Optional words for the link. */
    label: z.string().optional(),
  }),
  z.object({
    /** Online chat or a website. Shown as the address, since the site never links out automatically. */
    kind: z.enum(['chat', 'web']),
    /** The full https address. */
    url: z.string().url().startsWith('https://'),
    /** Optional words for the link. */
    label: z.string().optional(),
    /** A chat or site in another language (e.g. a Spanish chat), marked like a line's option. */
    language: optionLanguage,
  }),
]);

export const resourceCategories = [
  'crisis',
  'treatment',
  'medication',
  'mutual-aid',
  'harm-reduction',
  'family',
  'domestic-violence',
  'veterans',
  'lgbtq',
  'young-people',
  'housing',
  'employment-legal',
  'recovery-community',
] as const;

/** A resource guide entry (`src/content/resources/<id>.yaml`). */
export const resourceSchema = z.object({
  /** The service's own name. */
  name: z.string().min(2),
  /** Main category, used for filters and grouping. */
  category: z.enum(resourceCategories),
  /** True for lines that help a person in immediate danger; these appear in "Get help now". */
  crisis: z.boolean().default(false),
  /** What it offers, in plain words. */
  summary: z.string().min(20),
  /** Who it is for. */
  audience: z.array(z.string().min(2)).min(1),
  /** How to reach it, most important first. */
  contacts: z.array(contactMethod).min(1),
  /** When it answers ("24/7", "Mon–Fri 9am–5pm ET"). */
  hours: z.string().min(2),
  /** True if a person can reach it any time of day or night. */
  open247: z.boolean(),
  /** What it costs ("Free", "Free and confidential"). */
  cost: z.string().min(2),
  /** Languages offered. */
  languages: z.array(z.string().min(2)).min(1),
  /** Where it serves ("United States", "Canada"). */
  region: z.string().min(2),
  /** Extra words people might search for ("suicide", "overdose"), used by search only. */
  keywords: z.array(z.string()).default([]),
  /** When a person last checked these details against the source. Must be within 12 months. */
  reviewed: isoDate,
  /** Where the details were checked. */
  source: z.object({
    /** The page's title. */
    title: z.string().min(3),
    /** Its https address. */
    url: z.string().url().startsWith('https://'),
  }),
  /** Related resources by id. */
  related: z.array(stableId).default([]),
});

export type ResourceData = z.infer<typeof resourceSchema>;
export type ContactMethod = z.infer<typeof contactMethod>;
