/**
 * Each page's interface strings in its own language only (issue #18; src/lib/i18n/page-strings.ts).
 *
 * 1. In the browser build, code reading `ui.<feature>` (imported from src/lib/i18n) reads it from the
 *    page's strings file instead: `ui.quiz.check` becomes `__alongsideStrings.quiz.check`, so no script
 *    carries a table, in either language. A feature read mostly by code loaded on demand (ON_DEMAND
 *    below) keeps both languages in that code instead, so a page does not download, up front, strings
 *    it shows only if someone searches or storage fails.
 * 2. Which features each browser file reads is read from its code (featuresByAddress): the rewritten
 *    reads name them, and the bundler keeps only the code a file runs.
 * 3. After the build (integrations/finish-pages.ts calls stringsForPages), each page gets one classic
 *    script holding the tables its files read, in its language (pageStringsFile), named by its
 *    content: pages that read the same features share the file, fetched once and then cached.
 *
 * Why one file per page, linked by the page, rather than each script importing its tables: the tables
 * then arrive with the page's first requests, never after the code that reads them (a table a module
 * imported while it ran came one round trip later), and a failed download is a classic script, which
 * a later try fetches again (the directives do: ensurePageStrings), where a failed module would stay
 * failed until reload.
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst, type Plugin } from 'vite';
import { PAGE_STRINGS_GLOBAL } from '../src/lib/i18n/page-strings.ts';
import { linkPageStrings, pageLanguage } from '../src/lib/build/page-strings.ts';
import { contentNamed } from './built-pages.ts';
import { afterPaintParts, partOf, scriptsOf } from '../scripts/lib/page-assets.mjs';

const I18N = fileURLToPath(new URL('../src/lib/i18n/', import.meta.url));
const FEATURE_MODULE = /src[\\/]lib[\\/]i18n[\\/]ui[\\/]([\w-]+)\.ts$/;
/** `import { ui } from '…/lib/i18n'` (or '../i18n', './i18n' from inside src/lib). */
const I18N_INDEX = /(^|\/)i18n(\/index(\.ts)?)?$/;
/** A script module: a TypeScript or JavaScript file, or the <script> of an .astro component. */
const SCRIPT = /\.(tsx?|jsx?|mjs)$|\?astro&type=script/;
const READS = new RegExp(`\\b${PAGE_STRINGS_GLOBAL}\\.(\\w+)`, 'g');

/**
 * Features read mostly by code a page loads only when it is needed, whose strings stay in that code, in
 * both languages, so no page downloads them up front:
 * - search's results and help, with the main menu's names and the contact words (“Call 988”) it shows
 *   (search-panel.client.ts, site-search.client.ts), once someone searches;
 * - a storage problem's full notice (StorageNoticeText.tsx), rare;
 * - the notice that this device's progress was forgotten (forgotten-notice.client.ts), rare, which My
 *   progress also shows (SharedComputer.tsx), there with both languages: 0.6 KB there, rather than
 *   0.55 KB up front on the home page.
 * Every other feature a page's code may read, at once or on demand, is in the page's strings file.
 */
export const ON_DEMAND = new Set(['search', 'nav', 'contact', 'storage', 'device']);

/** One feature's table in one language, as its module in src/lib/i18n/ui/ imports it. */
interface FeatureSource {
  /** The name the feature goes by in `ui` (its module's export), which keys the page's file. */
  name: string;
  /** The module file's name in src/lib/i18n/<language>/ (without .ts). */
  file: string;
  /** `* as` or `{ table }`: how the table is imported; a namespace is spread into a plain table. */
  namespace: boolean;
  exported: string;
}

/** Reads src/lib/i18n/ui/: every feature, by its file's name, and how its module imports its English table. */
export function readFeatures(uiFolder = join(I18N, 'ui')): Map<string, FeatureSource> {
  const features = new Map<string, FeatureSource>();
  for (const entry of readdirSync(uiFolder).filter((name) => name.endsWith('.ts'))) {
    const code = readFileSync(join(uiFolder, entry), 'utf8');
    const name = /export const (\w+) =/.exec(code)?.[1];
    const table = /import (\* as en|\{ (\w+) as en \}) from '\.\.\/en\/([\w-]+)'/.exec(code);
    if (!name || !table)
      throw new Error(
        `src/lib/i18n/ui/${entry}: expected "import { table as en } from '../en/<file>'" and "export const <feature> =" (integrations/page-strings.ts)`,
      );
    features.set(entry.replace(/\.ts$/, ''), { name, file: table[3]!, namespace: table[1]!.startsWith('*'), exported: table[2] ?? '' });
  }
  return features;
}

/** What step 1 writes into a browser file for one feature, and so what step 2 reads back. */
const readOf = (feature: string) => `${PAGE_STRINGS_GLOBAL}.${feature}`;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Step 1 for one module's JavaScript: every `ui.<feature>` read through the i18n index's `ui` becomes
 * a read of the page's strings file, except ON_DEMAND features. Undefined when there is nothing to change.
 */
export function readFromPageStrings(code: string, onDemand: ReadonlySet<string>, id = 'a module'): string | undefined {
  if (!code.includes('i18n')) return;
  const program = parseAst(code) as unknown as { body: Node[] };
  const locals = program.body
    .filter((node) => node.type === 'ImportDeclaration' && I18N_INDEX.test((node.source as { value: string }).value))
    .flatMap((node) => node.specifiers as { type: string; imported?: { name: string }; local: { name: string } }[])
    .filter((specifier) => specifier.type === 'ImportSpecifier' && specifier.imported?.name === 'ui')
    .map((specifier) => specifier.local.name);
  if (locals.length === 0) return;
  const reads: { start: number; end: number; feature: string }[] = [];
  // Every other mention of the name (a parameter or variable of that name, `ui` passed along) would be
  // rewritten wrongly or not at all: refused, naming the module. A property or key named `ui` is not one.
  const visit = (value: unknown, parent?: Node): void => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, parent));
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    const object = node.object as Node | undefined;
    const property = node.property as (Node & { name: string }) | undefined;
    if (node.type === 'MemberExpression' && !node.computed && object?.type === 'Identifier' && locals.includes(object.name as string)) {
      if (!onDemand.has(property!.name)) reads.push({ start: node.start, end: node.end, feature: property!.name });
      return;
    }
    if (node.type === 'Identifier' && locals.includes(node.name as string) && !isNameOnly(node, parent))
      throw new Error(
        `${id}: reads \`${node.name as string}\` other than as ${node.name as string}.<feature> (integrations/page-strings.ts)`,
      );
    for (const key in node) if (key !== 'type') visit(node[key], node);
  };
  visit(program.body.filter((node) => node.type !== 'ImportDeclaration'));
  if (reads.length === 0) return;
  let changed = code;
  for (const read of reads.sort((a, b) => b.start - a.start))
    changed = `${changed.slice(0, read.start)}${readOf(read.feature)}${changed.slice(read.end)}`;
  return changed;
}

/** An identifier that is a name, not a variable: a property read (`x.ui`) or an object's key (`{ ui: 1 }`). */
const isNameOnly = (node: Node, parent?: Node) =>
  (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
  (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand);

/** Step 2: the features a browser file's (final) code reads from the page's strings file. */
export function featuresRead(code: string): string[] {
  return [...new Set([...code.matchAll(READS)].map((match) => match[1]!))];
}

export interface PageStringsRecord {
  /** Site address of each browser file to the features it reads (their `ui` names). */
  featuresByAddress: Map<string, string[]>;
  /** Site address of each browser file to every file it imports, at once or on demand. */
  allImportsByAddress: Map<string, string[]>;
}

/** The Vite plugin for steps 1 and 2; `base` is read when the record is filled (after Astro's config is done). */
export function pageStringsPlugin(record: PageStringsRecord, base: () => string): Plugin {
  const features = readFeatures();
  return {
    name: 'alongside:page-strings',
    apply: 'build',
    // After TypeScript and JSX are compiled, so the code parses as JavaScript.
    enforce: 'post',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform(code, id) {
      if (id.includes('node_modules') || id.startsWith('\0') || !SCRIPT.test(id)) return;
      // A feature's own module (both tables) is bundled only where code still reads it: an ON_DEMAND
      // feature's. Declared free of side effects, so an unread one drops out even where it spreads a
      // namespace (ui/common.ts).
      if (FEATURE_MODULE.test(id)) return { code, map: null, moduleSideEffects: false };
      const changed = readFromPageStrings(code, ON_DEMAND, id);
      return changed === undefined ? undefined : { code: changed, map: null };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // A feature's own module left in the bundle means some code read its strings in a way step 1 did
        // not follow (not as `ui.<feature>`): it would carry the tables in both languages again.
        for (const [id, module] of Object.entries(file.modules)) {
          const feature = FEATURE_MODULE.exec(id)?.[1];
          if (feature && module.renderedLength > 0 && !ON_DEMAND.has(feature))
            this.error(
              `${file.fileName} carries src/lib/i18n/ui/${feature}.ts: read its strings as ui.${features.get(feature)?.name}.<key> (integrations/page-strings.ts)`,
            );
        }
        const address = `${base()}${file.fileName}`;
        const read = featuresRead(file.code);
        if (read.length) record.featuresByAddress.set(address, read);
        record.allImportsByAddress.set(
          address,
          [...file.imports, ...file.dynamicImports].map((name) => `${base()}${name}`),
        );
      }
    },
  };
}

/** The script holding `names`' tables in `language`, for a page's <script> (a classic script: iife). */
export async function pageStringsFile(language: string, names: readonly string[], features = readFeatures()): Promise<string> {
  const byName = new Map([...features.values()].map((feature) => [feature.name, feature]));
  const lines = names.map((name, index) => {
    const feature = byName.get(name);
    if (!feature) throw new Error(`A page reads strings of "${name}", which src/lib/i18n/ui/ does not have`);
    const path = JSON.stringify(join(I18N, language, `${feature.file}.ts`));
    return feature.namespace
      ? { from: `import * as t${index} from ${path};`, value: `${name}: { ...t${index} }` }
      : { from: `import { ${feature.exported} as t${index} } from ${path};`, value: `${name}: t${index}` };
  });
  const entry = [
    ...lines.map((line) => line.from),
    `globalThis.${PAGE_STRINGS_GLOBAL} = { ${lines.map((line) => line.value).join(', ')} };`,
  ].join('\n');
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: I18N, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  return outputFiles[0]!.text;
}

/**
 * Step 3: links each page to the strings file for its language and the features its code reads: the
 * files it loads (as scripts/lib/page-assets.mjs follows them, the byte budgets' own count) and those
 * they load on demand (the facilitator notes, the progress store), whose features (but ON_DEMAND ones)
 * must be at hand when that code runs. Returns the files to write, each distinct one once.
 */
export async function stringsForPages(
  root: string,
  base: string,
  pages: Map<string, string>,
  record: PageStringsRecord,
): Promise<Map<string, string>> {
  const features = readFeatures();
  const order = [...features.values()].map((feature) => feature.name);
  const address = (file: string) => `${base}${relative(root, file).split(sep).join('/')}`;
  // A page's parts that wait for its first paint (page-scripts.client.ts) are among the files it loads
  // when it has them (scriptsOf), and never load on a page without them.
  const parts = new Set([...pages.values()].flatMap(afterPaintParts));
  const isPart = (file: string) => parts.has(partOf(file) ?? '');
  const needed = new Map<string, { language: string; names: string[]; pages: string[] }>();
  for (const [name, html] of pages) {
    const files = withOnDemand(scriptsOf(root, base, name, html).map(address), record, isPart);
    const read = new Set(files.flatMap((file) => record.featuresByAddress.get(file) ?? []));
    if (read.size === 0) continue;
    const names = order.filter((feature) => read.has(feature));
    const language = pageLanguage(html);
    const key = `${language}:${names.join(',')}`;
    const entry = needed.get(key) ?? { language, names, pages: [] };
    entry.pages.push(name);
    needed.set(key, entry);
  }
  const files = new Map<string, string>();
  await Promise.all(
    [...needed.values()].map(async ({ language, names, pages: named }) => {
      const script = await pageStringsFile(language, names, features);
      const file = contentNamed(`strings-${language}`, 'js')(script);
      files.set(file, script);
      for (const name of named) pages.set(name, linkPageStrings(pages.get(name)!, `${base}${file}`));
    }),
  );
  return files;
}

/** The files, with every file they import, at once or on demand, except parts the page does not have. */
function withOnDemand(loaded: string[], record: PageStringsRecord, isPart: (file: string) => boolean): string[] {
  const found = new Set(loaded);
  const queue = loaded.flatMap((file) => record.allImportsByAddress.get(file) ?? []);
  while (queue.length) {
    const file = queue.pop()!;
    if (found.has(file) || isPart(file)) continue;
    found.add(file);
    queue.push(...(record.allImportsByAddress.get(file) ?? []));
  }
  return [...found];
}
