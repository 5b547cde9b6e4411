// Validates content files with the site's own schemas and prints "file: field: problem" lines.
// A quick check for authors: `npm run check:content [path-filter]`. The tests run the same checks.
import { createServer } from 'vite';
const filter = process.argv[2] ?? '';
const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const loader = await server.ssrLoadModule('/tests/unit/content-loader.ts');
  const all = [
    loader.loadModules(),
    loader.loadQuizzes(),
    loader.loadRoleplays(),
    loader.loadResources(),
    loader.loadGlossary(),
    loader.loadDilemmas(),
    loader.loadLeadGuides(),
    loader.loadMeasures(),
    loader.loadSpanishModules(),
    loader.loadSpanishQuizzes(),
    loader.loadSpanishRoleplays(),
    loader.loadSpanishResources(),
    [loader.loadSpanishLanguagePairs()],
  ].flat();
  const problems = all.filter((entry) => entry.file.includes(filter)).flatMap((entry) => entry.problems);
  for (const problem of problems) console.log(problem);
  console.log(problems.length ? `${problems.length} problem(s)` : 'no problems');
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await server.close();
}
