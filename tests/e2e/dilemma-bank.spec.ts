import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated, readYaml } from './helpers';

interface Dilemma {
  title: string;
  options: { id: string; text: string; correct: boolean; feedback: string }[];
  reasoning: string;
}
const dilemma = readYaml<Dilemma>('dilemmas', 'holiday-gift-card.yaml');
/** The bank is placed by the ethics module, which may not be built yet (it is written beside the bank). */
const modulePage = join(import.meta.dirname, '..', '..', 'dist', 'modules', 'ethics-in-practice', 'index.html');

test('a mentor practises a dilemma from the bank on the ethics module page, and it is kept', async ({ page }) => {
  test.skip(!existsSync(modulePage), 'the ethics-in-practice module is not in this build');
  await page.goto('./modules/ethics-in-practice/');
  const bank = page.getByRole('region', { name: 'Practise: ethical dilemmas' });
  await hydrated(page, bank);

  // The topic links lead to a dilemma; its question is a group named by its number, title and topic.
  await page.getByRole('navigation', { name: 'Dilemmas by topic' }).getByRole('link', { name: dilemma.title }).click();
  const question = bank.getByRole('group', { name: new RegExp(dilemma.title) });
  await expect(question).toBeInViewport();
  await expectNoAxeViolations(page, 'dilemma bank before checking', { within: 'section.quiz' });

  const best = dilemma.options.find((option) => option.correct)!;
  await question.getByRole('radio', { name: best.text.trim(), exact: true }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question).toContainText(dilemma.options.at(-1)!.feedback.trim().slice(0, 40));
  await expect(question).toContainText(dilemma.reasoning.slice(0, 40));
  await expectNoAxeViolations(page, 'dilemma bank after checking', { within: 'section.quiz' });

  await page.reload();
  await hydrated(page, bank);
  await expect(
    bank.getByRole('group', { name: new RegExp(dilemma.title) }).getByRole('radio', { name: best.text.trim(), exact: true }),
  ).toBeChecked();
});
