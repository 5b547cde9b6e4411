/**
 * The Spanish edition as a Spanish-speaking person uses it (issue #20): finding crisis help in Spanish
 * from any page, searching in Spanish, switching language without losing the page or progress, and
 * taking a required module in Spanish with its answers saved. Wording comes from the Spanish tables,
 * so a reworded string does not break the journey.
 */
import { expect, test, type Locator } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated, readQuiz, readYaml, type QuizFile } from './helpers';
import { nav } from '../../src/lib/i18n/es/nav';
import { quiz as quizStrings } from '../../src/lib/i18n/es/quiz';
import { search as searchStrings } from '../../src/lib/i18n/es/search';

const spanishQuiz = readYaml<QuizFile>('es', 'quizzes', 'active-listening', 'active-listening-quiz.yaml');
const englishQuiz = readQuiz('active-listening', 'active-listening-quiz');

/** Answers a question of a Spanish quiz rightly, by its Spanish controls. */
async function answerInSpanish(quiz: Locator, question: QuizFile['questions'][number], index: number): Promise<void> {
  const group = quiz.getByRole('group', { name: quizStrings.questionOf(index + 1, spanishQuiz.questions.length) });
  for (const option of question.options.filter((choice) => choice.correct)) {
    const role = question.kind === 'single' ? 'radio' : 'checkbox';
    await group.getByRole(role, { name: option.text, exact: true }).check();
  }
  await group.getByRole('button', { name: quizStrings.check }).click();
  await expect(group).toContainText(quizStrings.correct);
}

test('from an English page, a Spanish speaker switches to Spanish and finds crisis help in Spanish', async ({ page }) => {
  await page.goto('./resources/');
  await page.getByRole('link', { name: 'Español', exact: true }).click();
  await expect(page).toHaveURL(/\/es\/resources\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.getByRole('link', { name: nav.helpLong }).click();
  await expect(page).toHaveURL(/\/es\/help\/$/);
  // 988 in Spanish: a call that says to press 2, and a text with the Spanish keyword.
  await expect(page.getByRole('link', { name: '988 (marca el 2)' }).first()).toHaveAttribute('href', 'tel:988');
  await expect(page.getByRole('link', { name: 'AYUDA al 988' }).first()).toHaveAttribute('href', /^sms:988\?&body=AYUDA$/);
  await expectNoAxeViolations(page, 'Spanish help page');
});

test('a Spanish crisis search shows the help card first, with the Spanish options leading', async ({ page }) => {
  await page.goto('./es/modules/boundaries/');
  const box = page.getByRole('searchbox', { name: searchStrings.label });
  await box.fill('quiero morir');
  const help = page.getByRole('region', { name: searchStrings.helpTitle });
  await expect(help).toBeVisible();
  const lifeline = help.getByRole('listitem').filter({ hasText: '988 Suicide & Crisis Lifeline' });
  await expect(lifeline.getByRole('link').first()).toHaveAttribute('lang', 'es');
  await expectNoAxeViolations(page, 'Spanish crisis search');
});

test('an English search that looks Spanish is offered in the Spanish edition', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('español');
  const offer = page.getByRole('link', { name: /en la edición en español/ });
  await expect(offer).toBeVisible();
  await offer.click();
  await expect(page).toHaveURL(/\/es\/search\/\?q=espa%C3%B1ol$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a mentor answers in Spanish, switches to English on the same page, and the answer is still there', async ({ page }) => {
  await page.goto('./es/modules/active-listening/');
  const quiz = page.getByRole('region', { name: quizStrings.heading(spanishQuiz.title) });
  await hydrated(page, quiz);
  await answerInSpanish(quiz, spanishQuiz.questions[0]!, 0);
  await expectNoAxeViolations(page, 'Spanish quiz, answered');

  // The switcher keeps the page; the saved answer is keyed by ids both editions share.
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/modules\/active-listening\/$/);
  const english = page.getByRole('region', { name: `Check your understanding: ${englishQuiz.title}` });
  await hydrated(page, english);
  await expect(english.getByRole('group', { name: /^Question 1 of/ })).toContainText('Correct.');
});

test('a module not written in Spanish says so and links the English one', async ({ page }) => {
  await page.goto('./es/modules/recovery-pathways/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('link', { name: /en inglés/ }).click();
  await expect(page).toHaveURL(/\/modules\/recovery-pathways\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
