// ESLint (flat config): `npm run lint`. One block per kind of file, most general first.
// Prettier owns layout (.prettierrc.json), so nothing here checks spacing or line length.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'coverage/', 'test-results/', 'playwright-report/', 'blob-report/', 'node_modules/'] },
  // The bench's Starlight reference is a separate site whose packages are installed only when the
  // bench runs (bench/starlight/package.json), so its two config files cannot be linted with types here.
  { ignores: ['bench/starlight/', 'bench/alongside-dist/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { removed, ...rest } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  // TypeScript files are linted with their types (the rules that catch unhandled promises and the
  // like). .astro and .mjs files are not: the project service cannot see into .astro templates, and
  // it would double the run for little gain there.
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.astro/*'], // the scripts eslint-plugin-astro lifts out of .astro files
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },

  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],

  // React islands: hooks rules, and the same accessibility rules the .astro templates follow. The
  // jsx-a11y plugin object is the one eslint-plugin-astro registers (its flat config carries a copy,
  // which ESLint would refuse as a second plugin of the same name), so only the rules are taken.
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: jsxA11y.flatConfigs.strict.rules,
  },
  { files: ['**/*.tsx'], extends: [reactHooks.configs.flat['recommended-latest']] },

  // Where each file runs decides its globals. Pages, islands and lib run in the browser (lib is also
  // tested in Node, but must not reach for Node's globals); the build, its tools and the tests run in
  // Node; the service worker runs in a worker's scope.
  { files: ['src/**'], languageOptions: { globals: globals.browser } },
  { files: ['src/service-worker/**'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    files: ['scripts/**', 'integrations/**', 'tests/**', '*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  // Playwright's page.evaluate callbacks run in the browser, so the end-to-end tests see both.
  { files: ['tests/e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Journeys take `test` from the fixtures, so a failure reports its pages' script errors.
  {
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test'], message: "Import `test` from './fixtures'." }] },
      ],
    },
  },
);
