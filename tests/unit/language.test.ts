import { describe, expect, it } from 'vitest';
import { loadGlossary, loadModules } from './content-loader';

/**
 * Person-first language: a word from the glossary's "avoid" list may appear in module prose only
 * inside <Avoid>…</Avoid>, where the text teaches people not to use it.
 */
const avoidTerms = loadGlossary().flatMap((entry) => (entry.data?.kind === 'pair' ? entry.data.avoid : []));
const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const patterns = avoidTerms.map((term) => ({ term, pattern: new RegExp(`(?<![\\w-])${escape(term)}(?![\\w-])`, 'gi') }));

/** Module text a learner or trainer reads, with teaching examples and component tags taken out. */
export function proseOf(body: string): string {
  return body
    .replace(/<Avoid>[\s\S]*?<\/Avoid>/g, (match) => match.replace(/[^\n]/g, ' ')) // keep line numbers
    .replace(/<\/?[A-Z][^>]*>/g, (match) => match.replace(/[^\n]/g, ' '));
}

function findTerms(text: string): { term: string; line: number; excerpt: string }[] {
  const found: { term: string; line: number; excerpt: string }[] = [];
  for (const { term, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(0, match.index);
      const line = before.split('\n').length;
      const excerpt = text.split('\n')[line - 1]!.trim().slice(0, 120);
      found.push({ term, line, excerpt });
    }
  }
  return found;
}

describe('the avoid list', () => {
  it('has the language pairs from the content brief', () => {
    expect(avoidTerms).toEqual(
      expect.arrayContaining([
        'addict',
        'junkie',
        'alcoholic',
        'substance abuse',
        'clean',
        'dirty',
        'former addict',
        'relapsed',
        'replacement therapy',
        'user',
        'drug habit',
        'enabler',
        'codependent',
      ]),
    );
  });

  it('catches a stigmatizing word and skips a marked teaching example', () => {
    expect(findTerms(proseOf('She is an addict.')).map((found) => found.term)).toEqual(['addict']);
    expect(findTerms(proseOf('Do not say <Avoid>addict</Avoid>.'))).toEqual([]);
    expect(findTerms(proseOf('<RolePlay id="language-calls-self-junkie" />'))).toEqual([]);
    expect(findTerms(proseOf('Addiction is a health condition; Alcoholics Anonymous is a fellowship.'))).toEqual([]);
  });
});

describe('module prose uses person-first language', () => {
  for (const module of loadModules()) {
    it(module.file, () => {
      const data = module.data;
      const frontmatter = data
        ? [
            data.title,
            data.summary,
            data.contentNote ?? '',
            ...data.objectives,
            ...data.keyPoints,
            ...data.facilitator.prompts,
            ...data.facilitator.notes,
            ...data.facilitator.agenda.map((item) => `${item.activity} ${item.detail ?? ''}`),
          ].join('\n')
        : '';
      const problems = [
        ...findTerms(proseOf(module.body ?? '')).map(
          (found) => `${module.file}: body line ${found.line}: "${found.term}" outside <Avoid>: ${found.excerpt}`,
        ),
        ...findTerms(frontmatter).map((found) => `${module.file}: frontmatter: "${found.term}": ${found.excerpt}`),
      ];
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
