/**
 * Finds interface text written straight into a component, page, browser script or message-making lib
 * file instead of coming from src/lib/i18n. Every file is read with Astro's own parser
 * (@astrojs/compiler-rs, which Astro builds with): an .astro file as it is, a .ts/.tsx file as the
 * frontmatter of an otherwise empty .astro file, so one ESTree walker reads them all.
 *
 * What counts as a person seeing or hearing a string:
 * - text between tags (.astro templates and JSX), outside <script> and <style>;
 * - the value of an attribute or prop a person sees or hears (TEXT_ATTRIBUTES), written as a string
 *   or as an expression that ends in a string (`cond ? 'a' : 'b'`, a template, `a || 'b'`), and the
 *   default value of a prop with such a name;
 * - a string child expression in a template (`{open ? 'Close' : 'Open'}`);
 * - a string given to a DOM text API anywhere in code: `.textContent =`, `.innerText =`, `.title =`,
 *   `setAttribute('aria-label', …)`, `alert(…)`, `confirm(…)`, `createTextNode(…)`, `.append(…)`…;
 * - in a message-making lib file (MESSAGE_FILES), every string that is not a key, an import, a type
 *   or a comparison operand.
 * A string is language when it holds a run of two or more letters (so "·", "→", "A", "+", "12" are
 * not); the allow-list in the test names the rest that are not language.
 */
import { parse } from '@astrojs/compiler-rs';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Attributes and props whose value a person reads or a screen reader speaks. */
export const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
  'description',
  'heading',
  'summary',
  'caption',
  'message',
]);
/** DOM properties that set what a person sees or hears. */
const TEXT_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'innerHTML',
  'title',
  'placeholder',
  'alt',
  'ariaLabel',
  'ariaDescription',
  'ariaValueText',
  'label',
]);
/** DOM calls whose string arguments a person sees or hears. */
const TEXT_CALLS = new Set([
  'alert',
  'confirm',
  'prompt',
  'createTextNode',
  'append',
  'prepend',
  'replaceChildren',
  'before',
  'after',
  'replaceWith',
]);

export const isLanguage = (text: string) => /\p{L}{2,}/u.test(text);

type Node = { type: string; start: number; end: number; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The strings an expression can end in, as [text, offset]; a template's values show as "{…}". */
function stringsOf(node: unknown): [string, number][] {
  if (!isNode(node)) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [[node.value, node.start]] : [];
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[];
      return [[quasis.map((quasi) => quasi.value.cooked).join('{…}'), node.start]];
    }
    case 'ConditionalExpression':
      return [...stringsOf(node.consequent), ...stringsOf(node.alternate)];
    case 'LogicalExpression':
      return [...stringsOf(node.left), ...stringsOf(node.right)];
    case 'BinaryExpression':
      return node.operator === '+' ? [...stringsOf(node.left), ...stringsOf(node.right)] : [];
    case 'ParenthesizedExpression':
    case 'JSXExpressionContainer':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return stringsOf(node.expression);
    default:
      return [];
  }
}

const nameOf = (node: unknown): string | undefined => {
  if (!isNode(node)) return undefined;
  if (node.type === 'Identifier' || node.type === 'JSXIdentifier') return node.name as string;
  if (node.type === 'JSXNamespacedName') return `${nameOf(node.namespace)}:${nameOf(node.name)}`;
  if (node.type === 'MemberExpression' || node.type === 'StaticMemberExpression') return nameOf(node.property);
  return undefined;
};

/** Strings that are plumbing, not words, in a message-making lib file. */
function libStrings(node: Node, parent: Node | undefined, key: string): boolean {
  if (node.type !== 'Literal' && node.type !== 'TemplateLiteral') return false;
  if (!parent) return true;
  if (parent.type.startsWith('Import') || parent.type.startsWith('Export')) return false;
  if (parent.type === 'Property' && key === 'key') return false;
  if (parent.type === 'SwitchCase' && key === 'test') return false;
  if (parent.type === 'BinaryExpression' && /^(===|!==|==|!=|in)$/.test(parent.operator as string)) return false;
  return true;
}

/** The findings in one file's source; `kind` says how to read it. */
export function findHardCodedStrings(file: string, code: string, kind: 'astro' | 'code' | 'messages'): Finding[] {
  // Frontmatter is read as TSX, where a generic arrow `<T>(…)` would open a tag; `<T,>(…)` is the same in both.
  const wrapped = kind === 'astro' ? code : `---\n${code.replace(/<(\w+)>\(/g, '<$1,>(')}\n---\n`;
  const firstLine = kind === 'astro' ? 1 : 0;
  const { ast, diagnostics } = parse(wrapped);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) throw new Error(`${file} could not be parsed`);
  const findings: Finding[] = [];
  const lineAt = (offset: number) => wrapped.slice(0, offset).split('\n').length - 1 + firstLine;
  const report = (pairs: [string, number][]) => {
    for (const [text, offset] of pairs)
      if (isLanguage(text)) findings.push({ file, line: lineAt(offset), text: text.trim().replace(/\s+/g, ' ') });
  };

  const walk = (node: unknown, parent: Node | undefined, key: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, parent, key));
    if (!isNode(node)) return;
    // Types are never shown (a union of string literals is a set of ids).
    if (node.type.startsWith('TS') && !/^TS(As|Satisfies|NonNull)Expression$/.test(node.type)) return;
    if (node.type === 'JSXElement') {
      const opening = node.openingElement as Node;
      if (/^(script|style)$/.test(nameOf(opening.name) ?? '')) return;
    }
    if (node.type === 'JSXText') {
      // Report the line the words are on, not the line the whitespace before them starts on.
      const text = node.value as string;
      report([[text, node.start + text.length - text.trimStart().length]]);
    }
    if (node.type === 'JSXExpressionContainer' && parent?.type === 'JSXElement') report(stringsOf(node.expression));
    if (node.type === 'JSXAttribute' && TEXT_ATTRIBUTES.has(nameOf(node.name) ?? '')) report(stringsOf(node.value));
    if (node.type === 'AssignmentExpression' && TEXT_PROPERTIES.has(nameOf(node.left) ?? '')) report(stringsOf(node.right));
    // A text prop's default value: `const { title = 'Example' } = Astro.props`.
    if (node.type === 'AssignmentPattern' && TEXT_ATTRIBUTES.has(nameOf(node.left) ?? '')) report(stringsOf(node.right));
    if (node.type === 'CallExpression') {
      const callee = nameOf(node.callee) ?? '';
      const args = node.arguments as unknown[];
      if (TEXT_CALLS.has(callee)) report(args.flatMap(stringsOf));
      if (callee === 'setAttribute' && TEXT_ATTRIBUTES.has(stringsOf(args[0])[0]?.[0] ?? '')) report(stringsOf(args[1]));
    }
    if (kind === 'messages' && libStrings(node, parent, key)) report(stringsOf(node));
    for (const [childKey, child] of Object.entries(node)) {
      // A template literal's parts were read whole above.
      if (node.type === 'TemplateLiteral' && childKey === 'quasis') continue;
      walk(child, node, childKey);
    }
  };
  walk(ast, undefined, '');
  return findings;
}
