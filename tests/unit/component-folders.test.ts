import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './content-loader';

/**
 * Keeps src/components sorted the way docs/architecture.md describes: one folder per feature holding
 * its .astro components, its React islands and its browser scripts; browser scripts named *.client.ts;
 * shared/ only for what several features use. The rules read file names and import lines, nothing more.
 */
const src = join(root, 'src');
const components = join(src, 'components');
const shared = join(components, 'shared');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
const show = (path: string) => relative(root, path).split(sep).join('/');
const featureOf = (path: string) => relative(components, path).split(sep)[0]!;

const componentFiles = filesUnder(components);
const sourceFiles = filesUnder(src).filter((path) => /\.(astro|tsx?)$/.test(path));

/**
 * Relative imports (static, side-effect and `export … from`, and dynamic `import('./x')` for code loaded
 * on first use) in a piece of source, as written.
 */
function relativeImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
}

/** The file an import points at, trying the extensions Vite and TypeScript try. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '.astro', '/index.ts'].map((end) => base + end).find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * An .astro file split into the `<script>` blocks Astro bundles for the browser and everything else
 * (frontmatter and template, which run at build time). Self-closing, JSON and is:inline scripts are
 * not bundled, so they count as neither.
 */
function splitAstro(code: string): { browser: string[]; build: string } {
  const browser: string[] = [];
  let build = '';
  let at = 0;
  for (const tag of code.matchAll(/<script\b((?:\{[^}]*\}|[^>{])*)>/g)) {
    const attributes = tag[1]!;
    if (attributes.trimEnd().endsWith('/')) continue;
    const start = tag.index + tag[0].length;
    const end = code.indexOf('</script>', start);
    if (!/is:inline|type=["'](?!module)/.test(attributes)) browser.push(code.slice(start, end));
    build += code.slice(at, tag.index);
    at = end;
  }
  return { browser, build: build + code.slice(at) };
}

/** Every import between source files, and whether it is made by browser-script code. */
const edges = sourceFiles.flatMap((file) => {
  const code = readFileSync(file, 'utf8');
  const astro = file.endsWith('.astro') ? splitAstro(code) : undefined;
  const parts = astro
    ? [...astro.browser.map((part) => ({ part, inScript: true })), { part: astro.build, inScript: false }]
    : [{ part: code, inScript: file.endsWith('.client.ts') }];
  return parts.flatMap(({ part, inScript }) =>
    relativeImports(part).flatMap((specifier) => {
      const target = resolveImport(file, specifier);
      return target ? [{ file, target, inScript }] : [];
    }),
  );
});

const isReact = (file: string) => file.endsWith('.tsx') || /from ['"]react['"]/.test(readFileSync(file, 'utf8'));

describe('components are sorted by feature', () => {
  it('every file sits directly in a feature folder, and there is no islands/ folder', () => {
    const misplaced = componentFiles.filter((file) => relative(components, file).split(sep).length !== 2 || featureOf(file) === 'islands');
    expect(misplaced.map((file) => `${show(file)}: move it into a feature folder of src/components/`)).toEqual([]);
  });

  it('components (.astro, .tsx) are PascalCase; other files are kebab-case', () => {
    const badNames = componentFiles.filter((file) =>
      /\.(astro|tsx)$/.test(file)
        ? !/^[A-Z][A-Za-z0-9]*\.(astro|tsx)$/.test(basename(file))
        : !/^[a-z0-9]+(-[a-z0-9]+)*(\.client)?\.ts$/.test(basename(file)),
    );
    expect(badNames.map(show)).toEqual([]);
  });

  it('an island imports components only from its own feature folder and shared/', () => {
    const crossings = edges.filter(
      ({ file, target }) =>
        file.startsWith(components) &&
        isReact(file) &&
        target.startsWith(components) &&
        featureOf(target) !== featureOf(file) &&
        featureOf(target) !== 'shared',
    );
    expect(crossings.map(({ file, target }) => `${show(file)} imports ${show(target)}: move what both use into shared/`)).toEqual([]);
  });

  it('shared/ holds only what two or more features use, directly or through another shared file', () => {
    // A shared file split in two (a part loaded only when needed, say) is used by the features its
    // other half serves.
    const featuresUsing = (file: string, seen = new Set<string>()): Set<string> => {
      seen.add(file);
      const users = edges.filter(({ target, file: user }) => target === file && user.startsWith(components));
      return new Set(
        users.flatMap(({ file: user }) =>
          featureOf(user) !== 'shared' ? [featureOf(user)] : seen.has(user) ? [] : [...featuresUsing(user, seen)],
        ),
      );
    };
    const lonely = componentFiles.filter((file) => file.startsWith(shared + sep)).filter((file) => featuresUsing(file).size < 2);
    expect(lonely.map((file) => `${show(file)}: used by fewer than two features; move it into the one that uses it`)).toEqual([]);
  });
});

describe('browser scripts are marked *.client.ts', () => {
  it('every component module that browser code (an Astro <script>, a *.client.ts) imports is named *.client.ts', () => {
    const unmarked = edges.filter(({ inScript, target }) => inScript && target.startsWith(components) && !target.endsWith('.client.ts'));
    expect(
      unmarked.map(
        ({ file, target }) =>
          `browser code in ${show(file)} imports ${show(target)}: name it *.client.ts (or, if it is pure, move it to src/lib)`,
      ),
    ).toEqual([]);
  });

  it('every *.client.ts is imported by browser scripts, and only by them', () => {
    const clientFiles = sourceFiles.filter((file) => file.endsWith('.client.ts'));
    const problems = clientFiles.flatMap((file) => {
      const users = edges.filter(({ target }) => target === file);
      if (!users.some(({ inScript }) => inScript))
        return [`${show(file)}: no <script> uses it; only browser scripts are named *.client.ts`];
      return users
        .filter(({ inScript }) => !inScript)
        .map(({ file: user }) => `${show(user)} imports ${show(file)}, which runs only in the browser`);
    });
    expect(problems).toEqual([]);
  });

  it('other plain .ts components (build-time code) use no browser globals', () => {
    const buildTime = componentFiles.filter((file) => file.endsWith('.ts') && !file.endsWith('.client.ts') && !isReact(file));
    const browserish = buildTime.filter((file) =>
      /\b(document|window|navigator|localStorage|sessionStorage)\b/.test(
        readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
      ),
    );
    expect(browserish.map((file) => `${show(file)}: uses the browser: name it *.client.ts and import it from a <script>`)).toEqual([]);
  });
});
