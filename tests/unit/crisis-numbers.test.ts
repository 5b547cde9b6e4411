import { describe, expect, it } from 'vitest';
import { loadModules, loadResources, loadSpanishModules } from './content-loader';

/**
 * Every phone number and text code on the site comes from src/content/resources, so a change is
 * made once. Module prose reaches numbers only through <Dial> and <Line>.
 */
const numberPatterns = [
  /\b1-\d{3}-\d{3}-\d{4}\b/g,
  /\(\d{3}\)\s?\d{3}-\d{4}/g,
  /(?<!\d-)\b\d{3}-\d{3}-\d{4}\b/g,
  /(?<![\d,.$-])\d{5,6}(?!\d|,\d)/g,
  /\b9-8-8\b/g,
];
/**
 * 988 and 911 typed as numbers to call; "988 Suicide & Crisis Lifeline" and "the 988 Lifeline" are names,
 * and so are the Spanish "Línea 988" and "988 Línea de Prevención del Suicidio y Crisis".
 */
const bareEmergency = /(?<!L[ií]nea\s)\b(911|988)\b(?!\s+(?:Suicide|Lifeline|L[ií]nea))/g;

const resourceNumbers = new Set(
  loadResources().flatMap((resource) =>
    (resource.data?.contacts ?? []).flatMap((contact) => ('number' in contact ? [contact.number] : [])),
  ),
);

function typedNumbers(text: string): string[] {
  return [...numberPatterns, bareEmergency].flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}

describe('crisis numbers come from one data source', () => {
  it('the resource data holds every crisis number in the content brief', () => {
    for (const number of [
      '988',
      '911',
      '838255',
      '1-800-662-4357',
      '741741',
      '1-800-799-7233',
      '88788',
      '1-800-222-1222',
      '1-866-488-7386',
      '9-8-8',
    ]) {
      expect(resourceNumbers, number).toContain(number);
    }
  });

  it('finds a typed number, and ignores names and years', () => {
    expect(typedNumbers('Call 1-800-662-4357 or text HOME to 741741, or call 911.')).toEqual(['1-800-662-4357', '741741', '911']);
    expect(typedNumbers('The 988 Suicide & Crisis Lifeline started in 2022; the 988 Lifeline answers.')).toEqual([]);
  });

  it('reads the Spanish names of the 988 Lifeline as names, and a Spanish "llama al 911" as a typed number', () => {
    expect(typedNumbers('Comparte la Línea 988, o la 988 Línea de Prevención del Suicidio y Crisis.')).toEqual([]);
    expect(typedNumbers('Llama al 911 ahora, o manda un texto al 988.')).toEqual(['911', '988']);
  });

  for (const module of [...loadModules(), ...loadSpanishModules()]) {
    it(`${module.file}: prose types no phone number (use <Dial> or <Line>)`, () => {
      const prose = (module.body ?? '').replace(/<[A-Z][^>]*>/g, ' ');
      const typed = typedNumbers(prose);
      expect(typed, `${module.file}: typed numbers in the body: ${typed.join(', ')}`).toEqual([]);
    });

    it(`${module.file}: numbers in frontmatter are ones the resource data holds`, () => {
      const text = JSON.stringify({ ...module.data, sources: [] });
      const unknown = typedNumbers(text).filter((number) => !resourceNumbers.has(number));
      expect(unknown, `${module.file}: numbers not in src/content/resources: ${unknown.join(', ')}`).toEqual([]);
    });
  }
});
