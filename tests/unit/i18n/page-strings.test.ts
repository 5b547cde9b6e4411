/**
 * The browser's side of each page's strings file (src/lib/i18n/page-strings.ts), and the file itself as
 * the build writes it (integrations/page-strings.ts).
 */
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ON_DEMAND, featuresRead, pageStringsFile, readFeatures, readFromPageStrings } from '../../../integrations/page-strings';
import { PAGE_STRINGS_ATTRIBUTE, PAGE_STRINGS_GLOBAL, ensurePageStrings } from '../../../src/lib/i18n/page-strings';
import { quiz as englishQuiz } from '../../../src/lib/i18n/en/quiz';
import { quiz as spanishQuiz } from '../../../src/lib/i18n/es/quiz';
import * as spanishCommon from '../../../src/lib/i18n/es/common';

const registry = globalThis as { [PAGE_STRINGS_GLOBAL]?: Record<string, object> };

afterEach(() => {
  delete registry[PAGE_STRINGS_GLOBAL];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the browser build’s reads of ui.<feature>', () => {
  it('read the page’s strings file, wherever they are, under any local name', () => {
    const code = [
      "import { ui as strings } from '../../lib/i18n';",
      'const t = strings.quiz;',
      'export const label = (n) => `${strings.roleplay.step(n)} ${t.check}`;',
    ].join('\n');
    expect(readFromPageStrings(code, ON_DEMAND)).toBe(
      [
        "import { ui as strings } from '../../lib/i18n';",
        `const t = ${PAGE_STRINGS_GLOBAL}.quiz;`,
        `export const label = (n) => \`\${${PAGE_STRINGS_GLOBAL}.roleplay.step(n)} \${t.check}\`;`,
      ].join('\n'),
    );
  });

  it('leave features loaded on demand, other objects’ `ui` and modules without the index alone', () => {
    const onDemand = "import { ui } from '../i18n';\nexport const a = ui.search.loading;";
    expect(readFromPageStrings(onDemand, ON_DEMAND)).toBeUndefined();
    expect(readFromPageStrings("import { ui } from './theme';\nexport const b = ui.quiz;", ON_DEMAND)).toBeUndefined();
    expect(readFromPageStrings('export const c = 1;', ON_DEMAND)).toBeUndefined();
  });

  it('refuse a module that uses the name otherwise, naming it', () => {
    const shadowed = "import { ui } from '../i18n';\nexport const f = (ui) => ui.quiz.check;";
    expect(() => readFromPageStrings(shadowed, ON_DEMAND, 'src/x.ts')).toThrow(/src\/x\.ts: reads `ui` other than as ui\.<feature>/);
    const passed = "import { ui } from '../i18n';\nexport const g = () => show(ui);";
    expect(() => readFromPageStrings(passed, ON_DEMAND)).toThrow(/other than as ui/);
    // A property or a key of that name is no use of the import.
    const named = "import { ui } from '../i18n';\nexport const h = { ui: 1, text: theme.ui, label: ui.quiz.check };";
    expect(readFromPageStrings(named, ON_DEMAND)).toContain(`label: ${PAGE_STRINGS_GLOBAL}.quiz.check`);
  });

  it('are found again in the built code, once each', () => {
    expect(
      featuresRead(`var a=${PAGE_STRINGS_GLOBAL}.quiz,b=()=>${PAGE_STRINGS_GLOBAL}.course.done+${PAGE_STRINGS_GLOBAL}.quiz.check;`),
    ).toEqual(['quiz', 'course']);
    expect(featuresRead('var nothing=1')).toEqual([]);
  });
});

/**
 * A page whose strings <script> did not run, as far as ensurePageStrings sees it: the marked script
 * (replaced by each new one) and what each new one does when it loads.
 */
function fakePage(answers: ('load' | 'error' | 'load without tables')[]) {
  const requested: string[] = [];
  type Script = {
    src: string;
    marked: boolean;
    onload?: () => void;
    onerror?: (event: unknown) => void;
    replaceWith: (next: Script) => void;
  };
  const script = (src: string): Script => ({
    src,
    marked: true,
    replaceWith(next) {
      current = next;
      requested.push(next.src);
      const answer = answers.shift();
      queueMicrotask(() => {
        if (answer === 'error') return next.onerror!(new Event('error'));
        if (answer === 'load') registry[PAGE_STRINGS_GLOBAL] = { quiz: {} };
        next.onload!();
      });
    },
  });
  let current = script('/_astro/strings-es.x.js');
  vi.stubGlobal('document', {
    readyState: 'complete',
    querySelector: (selector: string) => (selector === `script[${PAGE_STRINGS_ATTRIBUTE}]` && current.marked ? current : null),
    createElement: () => ({
      ...script(''),
      marked: false,
      setAttribute(this: Script, name: string) {
        if (name === PAGE_STRINGS_ATTRIBUTE) this.marked = true;
      },
    }),
  });
  return requested;
}

/** Sets the fake page's reading state; what it returns says the page is parsed (DOMContentLoaded). */
function pageBeingRead(readyState: 'loading' | 'interactive'): () => void {
  const page = document as unknown as { readyState: string; addEventListener: (name: string, then: () => void) => void };
  let parsed: () => void = () => undefined;
  page.readyState = readyState;
  page.addEventListener = (name, then) => {
    if (name === 'DOMContentLoaded') parsed = then;
  };
  return () => parsed();
}

describe('ensurePageStrings', () => {
  it('is done at once when the file has run', () => {
    const requested = fakePage(['error']);
    registry[PAGE_STRINGS_GLOBAL] = { quiz: {} };
    expect(ensurePageStrings()).toBeUndefined();
    expect(requested).toEqual([]);
  });

  it('while the page is still being read, waits for its deferred file to run before asking again', async () => {
    const requested = fakePage(['load']);
    const parsed = pageBeingRead('loading');
    const waiting = ensurePageStrings();
    // The deferred file runs, then the page says it is parsed.
    registry[PAGE_STRINGS_GLOBAL] = { quiz: {} };
    parsed();
    await expect(waiting).resolves.toBeUndefined();
    expect(requested).toEqual([]);
  });

  it('once the page is read but before its deferred file has had its turn, waits for it rather than asking twice', async () => {
    const requested = fakePage(['load']);
    const parsed = pageBeingRead('interactive');
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ domContentLoadedEventStart: 0 } as unknown as PerformanceEntry]);
    const waiting = ensurePageStrings();
    registry[PAGE_STRINGS_GLOBAL] = { quiz: {} };
    parsed();
    await expect(waiting).resolves.toBeUndefined();
    expect(requested).toEqual([]);
  });

  it('is done at once on a page with no strings file', () => {
    vi.stubGlobal('document', { querySelector: () => null });
    expect(ensurePageStrings()).toBeUndefined();
  });

  it('fetches the file again, once for islands that wake together, by a new script at the same address', async () => {
    const requested = fakePage(['load']);
    await expect(Promise.all([ensurePageStrings(), ensurePageStrings()])).resolves.toEqual([undefined, undefined]);
    expect(requested).toEqual(['/_astro/strings-es.x.js']);
  });

  it('rejects when the file fails again or loads without its tables, and tries again each time it is asked', async () => {
    const requested = fakePage(['error', 'load without tables', 'load']);
    await expect(ensurePageStrings()).rejects.toBeDefined();
    await expect(ensurePageStrings()).rejects.toThrow(/strings-es/);
    await expect(ensurePageStrings()).resolves.toBeUndefined();
    expect(requested).toEqual(Array(3).fill('/_astro/strings-es.x.js'));
  });
});

describe('a page’s strings file', () => {
  it('knows every feature of src/lib/i18n/ui/ and how its table is imported', () => {
    const features = readFeatures();
    expect(features.size).toBeGreaterThanOrEqual(29);
    expect(features.get('saving-problem')).toEqual({
      name: 'savingProblem',
      file: 'saving-problem',
      namespace: false,
      exported: 'savingProblem',
    });
    expect(features.get('common')).toMatchObject({ name: 'common', namespace: true });
    for (const feature of ON_DEMAND) expect(features.has(feature), feature).toBe(true);
  });

  it('holds the named tables in the page’s language only, functions and all', async () => {
    const script = await pageStringsFile('es', ['common', 'quiz']);
    expect(script).not.toContain(englishQuiz.check);
    const page: Record<string, unknown> = {};
    page.globalThis = page;
    runInNewContext(script, page);
    const tables = page[PAGE_STRINGS_GLOBAL] as { quiz: typeof spanishQuiz; common: typeof spanishCommon };
    expect(Object.keys(tables)).toEqual(['common', 'quiz']);
    expect(tables.quiz.check).toBe(spanishQuiz.check);
    expect(tables.common).toEqual({ ...spanishCommon });
    expect(JSON.stringify(tables.quiz)).toBe(JSON.stringify(spanishQuiz));
  });

  it('refuses a feature that does not exist', async () => {
    await expect(pageStringsFile('en', ['nothing'])).rejects.toThrow(/"nothing"/);
  });
});
