/**
 * The exercises as the built pages deliver them, before any script runs: each quiz heading and
 * instruction said once, a form that carries no answer, and every role-play with a link to its printed
 * handout, on the module's handouts page.
 */
import { DILEMMA_QUIZ_ID } from '../../src/lib/dilemmas/bank';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, isModulePage, pages } from './built-site';
import { loadRoleplays } from '../unit/content-loader';

const roleplays = loadRoleplays();

const modulePages = pages.filter((page) => isModulePage(page.file, 'en') && page.dom.querySelector('section.quiz'));
/** Each module's role-plays as printed handouts, in both editions. */
const handoutPages = pages.filter((page) => /^(?:es\/)?modules\/[^/]+\/handouts\/index\.html$/.test(page.file));
const handoutPage = (file: string) => pages.find((page) => page.file === file);

describe('quizzes and role-plays in the built module pages', () => {
  it('finds the module pages with exercises', () => {
    expect(modulePages.length).toBeGreaterThanOrEqual(10);
  });

  for (const page of modulePages) {
    it(`${page.file}: each quiz heading and instruction is said once, and the form carries no answer`, () => {
      const problems: string[] = [];
      const quizzes = page.dom.querySelectorAll('section.quiz');
      // The dilemma bank is practice: its heading says so and never "Check your understanding".
      const isPractice = (quiz: (typeof quizzes)[number]) => quiz.getAttribute('data-exercise') === `quiz:${DILEMMA_QUIZ_ID}`;
      for (const quiz of quizzes) {
        const heading = quiz.querySelector('h2')?.text ?? '';
        if ((heading.match(/check (your|what)/gi) ?? []).length !== (isPractice(quiz) ? 0 : 1))
          problems.push(`quiz heading repeats itself, or a practice bank calls itself a check: "${heading}"`);
        for (const legend of quiz.querySelectorAll('legend')) {
          if ((legend.text.match(/all that apply/gi) ?? []).length > 1) problems.push(`"all that apply" twice: "${legend.text}"`);
        }
        if (quiz.querySelector('input[checked]')) problems.push('an option is ticked in the server-rendered form');
      }
      const headings = page.dom.querySelectorAll('h2, h3').filter((heading) => /^check (your|what)/i.test(heading.text.trim()));
      if (headings.length !== quizzes.filter((quiz) => !isPractice(quiz)).length) {
        problems.push(`headings that repeat the quiz's own: ${headings.map((heading) => `"${heading.text.trim()}"`).join(', ')}`);
      }
      expect(problems.map((problem) => `${page.file}: ${problem}`)).toEqual([]);
    });

    it(`${page.file}: every role-play links to its printed handout, which is not in the module page`, () => {
      const problems: string[] = [];
      for (const rolePlay of page.dom.querySelectorAll('section.roleplay')) {
        const title = rolePlay.querySelector('h2')?.text ?? '';
        if (rolePlay.querySelector('.roleplay-handout')) problems.push(`${title}: the whole handout is in the module page`);
        // After the island and its status line (the touch directive finds the status right after the island).
        const after = rolePlay.closest('astro-island')?.nextElementSibling?.nextElementSibling;
        const link = after?.classList.contains('roleplay-handout-link') ? after.querySelector('a') : undefined;
        const [path, anchor] = (link?.getAttribute('href') ?? '').split('#');
        const file = fileForUrlPath(path!);
        const target = file ? handoutPage(file) : undefined;
        if (!link || !target) problems.push(`${title}: no link to a handouts page after it (${link?.getAttribute('href')})`);
        else if (!target.dom.querySelector(`section.roleplay[id="${anchor}"] h2`)?.text.includes(title.replace(/^Role-play: /, '')))
          problems.push(`${title}: its link leads to another role-play (${link.getAttribute('href')})`);
      }
      expect(problems.map((problem) => `${page.file}: ${problem}`)).toEqual([]);
    });
  }
});

describe('the role-play handouts pages', () => {
  it('there is one for each module with role-plays, in each edition the module is written in', () => {
    const modules = new Set(roleplays.map((roleplay) => roleplay.data!.module));
    expect(handoutPages.filter((page) => !page.file.startsWith('es/')).map((page) => page.file.split('/')[1]).sort()).toEqual([...modules].sort());
    expect(handoutPages.some((page) => page.file.startsWith('es/'))).toBe(true);
  });

  for (const page of handoutPages) {
    it(`${page.file}: every role-play's handout opens with the mentee's first line`, () => {
      const problems: string[] = [];
      for (const rolePlay of page.dom.querySelectorAll('section.roleplay')) {
        const title = rolePlay.querySelector('h2')?.text ?? '';
        const decisions = rolePlay.querySelectorAll('.roleplay-handout > ol > li');
        if (decisions.length < 3) problems.push(`${title}: ${decisions.length} decisions in the handout`);
        if (!decisions[0]?.querySelector('.mentee-line')) problems.push(`${title}: the handout does not open with what the mentee says`);
      }
      expect(problems.map((problem) => `${page.file}: ${problem}`)).toEqual([]);
    });

    it(`${page.file}: a role-play that touches a risk asks "what if" and ends with what to do if it becomes real`, () => {
      const problems: string[] = [];
      const spanish = page.file.startsWith('es/');
      for (const rolePlay of page.dom.querySelectorAll('section.roleplay')) {
        const title = rolePlay.querySelector('h2')?.text ?? '';
        const script = spanish ? undefined : roleplays.find((roleplay) => roleplay.id === rolePlay.getAttribute('id'))?.data;
        const handout = rolePlay.querySelector('.roleplay-handout')!;
        if (!/unsafe on purpose|inseguras a propósito/.test(handout.text)) problems.push(`${title}: the handout does not say some replies are unsafe`);
        if (/“\(/.test(handout.text)) problems.push(`${title}: a stage direction inside quotation marks`);
        if (!script) continue;
        const box = handout.querySelector('.safety-box');
        if (Boolean(script.risks.length > 0 || script.contentNote) !== Boolean(box)) problems.push(`${title}: safety box ${box ? 'not ' : ''}expected`);
        if (script.risks.length > 0 && !handout.querySelector('.handout-what-if')) problems.push(`${title}: no "what if" question`);
      }
      expect(problems.map((problem) => `${page.file}: ${problem}`)).toEqual([]);
    });
  }
});

describe('the answer sheet keys every role-play', () => {
  for (const roleplay of roleplays) {
    it(roleplay.id, () => {
      const sheet = pages.find((page) => page.file === `modules/${roleplay.data!.module}/answers/index.html`)!.dom;
      const key = sheet.querySelector(`#key-${roleplay.id}`)?.parentNode;
      expect(key, `${roleplay.file}: no key on the answer sheet`).toBeDefined();
      const decisions = key!.querySelectorAll('ol > li.answer');
      const handout = handoutPage(`modules/${roleplay.data!.module}/handouts/index.html`)!.dom.querySelector(`section.roleplay[id="${roleplay.id}"]`);
      expect(decisions.length, roleplay.file).toBe(handout!.querySelectorAll('.roleplay-handout > ol > li').length);
      for (const decision of decisions) expect(decision.querySelectorAll('.key-reply.recommended'), roleplay.file).toHaveLength(1);
      for (const ending of roleplay.data!.endings.filter((candidate) => candidate.outcome === 'strong')) {
        expect(key!.text.replace(/\s+/g, ' '), roleplay.file).toContain(ending.keyLearning.replace(/\s+/g, ' '));
      }
      // The answer to the handout's "what if" question (second clinical review, finding 10).
      const whatIf = roleplay.data!.whatIfAnswer;
      if (roleplay.data!.module === 'crisis-referral' && roleplay.data!.risks.length > 0) expect(whatIf, roleplay.file).toBeTruthy();
      if (whatIf) expect(key!.text.replace(/\s+/g, ' '), roleplay.file).toContain(whatIf.replace(/\s+/g, ' '));
    });
  }
});
