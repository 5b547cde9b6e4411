// Turns Alongside's words into plain Markdown pages for the Starlight reference site that `npm run
// bench` builds (bench/starlight/). Modules come from their MDX source, with our components stripped
// to the prose they hold; pages that have no MDX source (home, resource guide, room mode, planner…)
// come from the text of their built <main>. The aim is the same words on both sites, so the bench
// compares what each site adds around them.
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

/** Headings the module page prints around the frontmatter lists (ui.module in src/lib/i18n/en.ts). */
const MODULE_HEADINGS = { objectives: 'In this module you will learn to', keyPoints: 'Key points' };

/** A YAML frontmatter block; JSON strings are valid YAML, so any title is quoted safely. */
export function frontmatter(fields) {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** What <Dial id kind /> prints: the number, or "KEYWORD to number" for a text line. */
function dialText(resource, kind = 'call') {
  const contact = resource?.contacts?.find((entry) => entry.kind === kind);
  if (!contact) return '';
  return contact.kind === 'text' && contact.keyword ? `${contact.keyword} to ${contact.number}` : contact.number;
}

/** What <Line id /> prints: the resource's name and hours, its summary, and how to reach it. */
function lineText(resource) {
  if (!resource) return '';
  const ways = resource.contacts
    .filter((contact) => contact.number)
    .map((contact) => `${contact.kind === 'text' ? 'Text' : 'Call'} ${dialText({ contacts: [contact] }, contact.kind)}`);
  return `\n\n**${resource.name}** (${resource.hours})\n\n${resource.summary}\n\n${ways.join('. ')}\n\n`;
}

const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

/**
 * One module's MDX file -> { slug, markdown } for Starlight: the frontmatter's title and summary,
 * its objectives and key points as lists (as the module page shows them), and the body with every
 * component reduced to its words. Exercises (quizzes, role-plays) and shared safety text are left
 * out: they are not prose in the MDX.
 * @param {string} source the .mdx file's text
 * @param {Map<string, object>} resources resource data by id, for the phone numbers in <Dial>/<Line>
 * @returns {{ order: number, title: string, markdown: string }}
 */
export function moduleToMarkdown(source, resources) {
  const match = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) throw new Error('A module file must start with a frontmatter block.');
  const data = parseYaml(match[1]);
  const body = match[2]
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<Dial\b[^>]*\/>/g, (tag) => dialText(resources.get(attribute(tag, 'id')), attribute(tag, 'kind')))
    .replace(/<Line\b[^>]*\/>/g, (tag) => lineText(resources.get(attribute(tag, 'id'))))
    .replace(/<Dialogue\b[^>]*title="([^"]*)"[^>]*>/g, '\n\n**$1**\n\n')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '') // exercises and shared text: not prose here
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '') // wrappers: keep what they hold
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const list = (items) => (items ?? []).map((item) => `- ${item}`).join('\n');
  const markdown =
    frontmatter({ title: data.title, description: data.summary }) +
    `## ${MODULE_HEADINGS.objectives}\n\n${list(data.objectives)}\n\n${body}\n\n` +
    `## ${MODULE_HEADINGS.keyPoints}\n\n${list(data.keyPoints)}\n`;
  return { order: data.order, title: data.title, markdown };
}

/** Elements whose text is never shown as prose. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select', 'option', 'input', 'textarea']);
/** Elements that sit inside a line of text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'br',
]);
/** Elements that make one Markdown block of their own text. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'summary', 'figcaption', 'legend', 'label', 'caption', 'blockquote']);

const clean = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`)
    .trim();

/**
 * A built page's <main> -> { title, markdown }: its h1 becomes the title, other headings stay
 * headings, and every paragraph, list item, cell or label becomes a paragraph of plain text.
 * @param {string} html a page from dist/
 * @returns {{ title: string, markdown: string }}
 */
export function mainToMarkdown(html) {
  const root = parseHtml(html);
  const main = root.querySelector('main');
  if (!main) throw new Error('The page has no <main>.');
  const title = clean(main.querySelector('h1')?.text ?? root.querySelector('title')?.text ?? 'Untitled');
  const blocks = [];
  const walk = (node) => {
    let inline = ''; // text and inline elements run together into one paragraph
    const flush = () => {
      const text = clean(inline);
      if (text) blocks.push(text);
      inline = '';
    };
    for (const child of node.childNodes) {
      const tag = child.nodeType === 1 ? (child.rawTagName?.toLowerCase() ?? '') : '#text';
      if (tag === '#text' || INLINE.has(tag)) {
        if (tag === '#text' || !child.hasAttribute('hidden')) inline += child.text;
        continue;
      }
      if (SKIP.has(tag) || child.hasAttribute('hidden')) continue;
      flush();
      const heading = tag.match(/^h([1-6])$/);
      if (heading) {
        if (heading[1] !== '1') blocks.push(`${'#'.repeat(Math.max(2, Number(heading[1])))} ${clean(child.structuredText)}`);
      } else if (BLOCKS.has(tag)) {
        const text = clean(child.structuredText);
        if (text) blocks.push(tag === 'li' ? `- ${text}` : text);
      } else walk(child);
    }
    flush();
  };
  walk(main);
  return { title, markdown: blocks.join('\n\n') };
}
