import { describe, expect, it } from 'vitest';
import { frontmatter, mainToMarkdown, moduleToMarkdown } from '../../../scripts/lib/starlight-content.mjs';

// The bench's Starlight reference must carry the same words as Alongside and nothing of our
// components, or the comparison measures different pages.
const resources = new Map<string, object>([
  [
    'line-a',
    {
      name: 'Line A',
      hours: '24/7',
      summary: 'Someone answers.',
      contacts: [
        { kind: 'call', number: '111' },
        { kind: 'text', number: '222', keyword: 'HELLO' },
      ],
    },
  ],
]);

const module = `---
title: "Listening: the basics"
order: 2
summary: Hear people out.
objectives: [Ask open questions.]
keyPoints: [Reflect more than you ask.]
---

## Start here

Call <Dial id="line-a" /> or text <Dial id="line-a" kind="text" />, or see <ResourceLink id="line-a">Line A</ResourceLink>.

<SayThis>

"How did it go?"

</SayThis>

<Dialogue title="The first minute">

**Sam:** Hi.

</Dialogue>

<Line id="line-a" />

<Quiz id="basics-quiz" />
`;

describe('Starlight reference pages from our content (scripts/lib/starlight-content.mjs)', () => {
  it('keeps a module’s words and reduces every component to its text', () => {
    const { order, markdown } = moduleToMarkdown(module, resources);
    expect(order).toBe(2);
    expect(markdown).toMatch(/^---\ntitle: "Listening: the basics"\ndescription: "Hear people out."\n---\n/);
    expect(markdown).toContain('## In this module you will learn to\n\n- Ask open questions.');
    expect(markdown).toContain('Call 111 or text HELLO to 222, or see Line A.');
    expect(markdown).toContain('"How did it go?"');
    expect(markdown).toContain('**The first minute**');
    expect(markdown).toContain('**Line A** (24/7)\n\nSomeone answers.\n\nCall 111. Text HELLO to 222');
    expect(markdown).toContain('## Key points\n\n- Reflect more than you ask.');
    expect(markdown).not.toMatch(/<[A-Z]/);
  });

  it('turns a built page’s <main> into headings and paragraphs, leaving out controls and hidden parts', () => {
    const html = `<html><head><title>T</title></head><body><header>Menu</header><main>
      <h1>Session <em>planner</em></h1><p>Plan a <a href="/x/">session</a> here.</p>
      <h2>When</h2><ul><li>Start <strong>time</strong></li></ul><button>Print</button>
      <div hidden><p>Secret</p></div><script>var x = 1;</script><div>Loose <span>text</span></div></main></body></html>`;
    const { title, markdown } = mainToMarkdown(html);
    expect(title).toBe('Session planner');
    expect(markdown).toBe('Plan a session here.\n\n## When\n\n- Start time\n\nLoose text');
  });

  it('quotes frontmatter values and leaves out the ones not given', () => {
    expect(frontmatter({ title: 'A: "b"', pagefind: false, description: undefined })).toBe(
      '---\ntitle: "A: \\"b\\""\npagefind: false\n---\n\n',
    );
  });
});
