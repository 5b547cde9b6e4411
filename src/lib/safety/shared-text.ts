/**
 * Shared text in content strings: `{{name}}` in a quiz or role-play field is replaced at build time
 * with text kept in one place, so statements that must never drift (the limits of confidentiality)
 * are written once. Unknown names are reported, not left in the page.
 */
import { confidentialityLimitsPhrase, confidentialityScript } from '../../content/safety/confidentiality';
import {
  confidentialityLimitsPhrase as limitesConfidencialidad,
  confidentialityScript as guionConfidencialidad,
} from '../../content/safety/confidentiality.es';

/** English names for English content; the Spanish edition (src/content/es/) uses the Spanish names. */
const sharedTexts: Record<string, () => string> = {
  'confidentiality-script': confidentialityScript,
  'confidentiality-limits': confidentialityLimitsPhrase,
  'guion-confidencialidad': guionConfidencialidad,
  'limites-confidencialidad': limitesConfidencialidad,
};

export const sharedTextNames = Object.keys(sharedTexts);
const token = /\{\{\s*([a-z-]+)\s*\}\}/g;

export function expandSharedText(text: string): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const expanded = text.replace(token, (whole, name: string) => {
    const make = sharedTexts[name];
    if (make) return make();
    unknown.push(name);
    return whole;
  });
  return { text: expanded, unknown };
}

/** True if the text takes any shared text by name. */
export const usesSharedText = (text: string, name: string) => [...text.matchAll(token)].some((match) => match[1] === name);
