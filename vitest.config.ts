import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Under a sub-path (BASE_PATH, npm test's second build) only the built-site checks whose result can
 * depend on the path run again; these read what the base never changes: the markup's validity (the
 * slowest check), the crosswalk's arithmetic, the numbers that call and text links dial, and the kinds of
 * element on the accessibility sweep's stand-ins, and where the pages load their island scripts.
 */
const PATH_INDEPENDENT = [
  'tests/dist/html-validity.test.ts',
  'tests/dist/crosswalk.test.ts',
  'tests/dist/phone-links.test.ts',
  'tests/dist/stand-ins.test.ts',
  'tests/dist/island-scripts.test.ts',
];
const underSubPath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/') !== '/';

// Two projects: `unit` (src/lib and every content file; needs no build) and `dist` (checks over the
// built site in dist/, so run after `npm run build`; npm test does both). `vitest run --project unit`.
export default defineConfig({
  test: {
    environment: 'node',
    // Test files share each worker's loaded modules instead of loading them afresh: most of the time went
    // into every file importing the content, the schemas or the built pages again (unit 60 -> 28 s with
    // coverage, built site 43 -> 25 s, measured). The tests only read that shared state; what a test
    // stubs is put back before the next one by these three settings, so no file depends on another's
    // leftovers (checked by running the files in shuffled orders: --sequence.shuffle.files).
    isolate: false,
    unstubGlobals: true,
    unstubEnvs: true,
    restoreMocks: true,
    // Measured when run with --coverage (`npm run test:unit`, `npm run coverage` and `npm test` do),
    // so a focused `npx vitest run <file>` stays quick and is not failed by the thresholds.
    coverage: {
      provider: 'v8',
      // The pure code islands and pages call. A file no test imports counts as uncovered.
      include: ['src/lib/**/*.ts'],
      reportsDirectory: 'coverage',
      // The table lists only files not fully covered; coverage/index.html shows each line.
      reporter: [['text', { skipFull: true }], 'html', 'json-summary'],
      thresholds: {
        // All of src/lib. Functions sit lower because i18n/en/ holds about a hundred one-line
        // message functions; the ones that choose words (plurals, signs, clock words) are tested,
        // and the plain templates are exercised by the browser journeys instead.
        lines: 90,
        statements: 90,
        branches: 90,
        functions: 80,
        // Everything but the interface strings: the logic itself, held to a higher bar.
        'src/lib/!(i18n)/**': { lines: 95, statements: 95, branches: 90, functions: 95 },
      },
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...(underSubPath ? PATH_INDEPENDENT : [])],
          testTimeout: 180_000,
        },
      },
    ],
  },
});
