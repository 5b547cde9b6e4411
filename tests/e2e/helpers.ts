import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';

const content = join(import.meta.dirname, '..', '..', 'src', 'content');
/** The base path the site was built for and is served under (BASE_PATH), e.g. "/" or "/training/". */
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export interface QuizFile {
  title: string;
  questions: { id: string; kind: 'single' | 'multiple'; prompt: string; options: { id: string; text: string; correct: boolean }[] }[];
}

export function readQuiz(module: string, id: string): QuizFile {
  return parse(readFileSync(join(content, 'quizzes', module, `${id}.yaml`), 'utf8')) as QuizFile;
}

/** How many modules the course has, counted from the content folder, so a new module needs no test edits. */
export const moduleCount = readdirSync(join(content, 'modules')).filter((file) => file.endsWith('.mdx')).length;

export function readYaml<T>(...path: string[]): T {
  return parse(readFileSync(join(content, ...path), 'utf8')) as T;
}

/**
 * Scrolls an island into view and waits until it has hydrated (Astro removes `ssr` then). An exercise
 * island (`client:touch`) waits for someone to use it, and a whole-page tool (`client:active`) for a sign
 * of someone on the page: a pointer press, where any real use starts, wakes either.
 */
export async function hydrated(page: Page, island: Locator): Promise<void> {
  // A tool opened from a link with its state in the address wakes by itself and may draw the element
  // again while it scrolls (seen once in CI on a busy machine): find it again and retry.
  await expect(async () => island.scrollIntoViewIfNeeded({ timeout: 2_000 })).toPass({ timeout: 10_000 });
  const host = island.locator('xpath=ancestor::astro-island[1]');
  await wake(host);
  await expect(host).not.toHaveAttribute('ssr', /.*/);
}

/**
 * Keeps a tab drawing while another tab is in front. A headless browser draws only the front tab, and
 * Playwright waits for an element to hold still over two drawn frames before it clicks, so a test acting
 * in two tabs at once would wait forever in the one behind. A screencast keeps a tab drawing, as a second
 * window on a screen would. (Recording a trace did this as a side effect.) Chromium only, as these tests are.
 */
export async function keepDrawing(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  session.on('Page.screencastFrame', ({ sessionId }) => void session.send('Page.screencastFrameAck', { sessionId }).catch(() => undefined));
  await session.send('Page.startScreencast', { format: 'jpeg', quality: 1, maxWidth: 16, maxHeight: 16 });
}

/** Presses on a `client:touch` or `client:active` island so it hydrates; other islands hydrate by themselves. */
export async function wake(host: Locator): Promise<void> {
  if (['touch', 'active'].includes((await host.getAttribute('client')) ?? '')) await host.dispatchEvent('pointerdown');
}

/** The quiz section for a quiz title. */
export function quizRegion(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `Check your understanding: ${title}` });
}

/** Ticks the right (or a wrong) answer to a question and checks it, by keyboard-accessible controls. */
export async function answerQuestion(
  quiz: Locator,
  question: QuizFile['questions'][number],
  index: number,
  rightly: boolean,
): Promise<void> {
  const group = quiz.getByRole('group', { name: new RegExp(`^Question ${index + 1} of`) });
  const choices = rightly ? question.options.filter((option) => option.correct) : [question.options.find((option) => !option.correct)!];
  for (const option of choices) {
    const control =
      question.kind === 'single'
        ? group.getByRole('radio', { name: option.text, exact: true })
        : group.getByRole('checkbox', { name: option.text, exact: true });
    await control.check();
  }
  await group.getByRole('button', { name: 'Check answer' }).click();
  await expect(group.getByRole('button', { name: 'Try this question again' })).toBeVisible();
}

/** What the offline copy has left in the browser: service worker scopes (as paths) and cache names. */
export async function offlineState(page: Page): Promise<{ scopes: string[]; caches: string[] }> {
  return page.evaluate(async () => ({
    scopes: (await navigator.serviceWorker.getRegistrations()).map((registration) => new URL(registration.scope).pathname).sort(),
    caches: (await caches.keys()).sort(),
  }));
}

/**
 * Holds every request matching `url` until the returned function is called: a slow connection on which
 * a person acts before a script or file arrives. The requests then go ahead as they were.
 */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Our server sends `frame-ancestors 'self'` and `X-Frame-Options`, which stop another site framing a page
 * outright. The pages' own frame check is for hosts that cannot send headers (GitHub Pages, plain S3),
 * so a framing test takes those two headers off the one page it frames.
 */
export async function allowFraming(page: Page, url: string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const { 'content-security-policy': _csp, 'x-frame-options': _xfo, ...headers } = response.headers();
    await route.fulfill({ response, headers });
  });
}
