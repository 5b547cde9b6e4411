import { z } from 'astro/zod';
import { isoDate } from './common';

/**
 * The Spanish words for a resource guide entry (`src/content/es/resources/<id>.yaml`, the same id as the
 * English entry). Numbers, links and the Spanish contact options themselves stay in the English entry
 * (`contacts[]` with `language: es`), the one place numbers live; this file carries only the words a
 * Spanish reader sees, and when they were checked.
 */
export const spanishResourceSchema = z.object({
  /** The service's own Spanish name, only where it uses one (e.g. "Línea de Ayuda Nacional de SAMHSA"). */
  name: z.string().min(2).optional(),
  /** What it offers, in plain Spanish, including whether a Spanish speaker can be served and how. */
  summary: z.string().min(20),
  /** Who it is for. */
  audience: z.array(z.string().min(2)).min(1),
  /** When it answers ("24 horas, todos los días"). */
  hours: z.string().min(2),
  /** What it costs ("Gratis"). */
  cost: z.string().min(2),
  /** Languages offered, named in Spanish ("Español (marque 2)"). */
  languages: z.array(z.string().min(2)).min(1),
  /** Where it serves, in Spanish ("Estados Unidos y Canadá"). */
  region: z.string().min(2),
  /** Words a Spanish speaker might search for ("quiero morir", "sobredosis"), used by search only. */
  keywords: z.array(z.string()).default([]),
  /** When the Spanish words and the service's Spanish options were last checked. Within 12 months. */
  reviewed: isoDate,
  /** Where the Spanish options were checked, if not the English entry's source (e.g. the service's Spanish page). */
  source: z
    .object({
      title: z.string().min(3),
      url: z.string().url().startsWith('https://'),
    })
    .optional(),
});

export type SpanishResourceData = z.infer<typeof spanishResourceSchema>;
