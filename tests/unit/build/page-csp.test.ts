/** Each page's CSP keeps only the hashes of its own inline code (src/lib/build/page-csp.ts). */
import { describe, expect, it } from 'vitest';
import { inlineCode, keepOwnHashes } from '../../../src/lib/build/page-csp';

const digest = (content: string) => `'sha256-${content.length}-${content.slice(0, 3)}'`;
const policy = (scripts: string, styles: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${scripts};style-src 'self' ${styles}">`;

describe('inline code in a page', () => {
  it('finds scripts that run and every inline style, not files or data blocks', () => {
    const html =
      '<head><style>a{}</style><script type="module">run()</script><script src="/x.js"></script></head>' +
      '<body><script type="application/json" id="d">{}</script><script>go()</script><script type="text/javascript">js()</script><style media="print">b{}</style></body>';
    expect(inlineCode(html)).toEqual({ scripts: ['run()', 'go()', 'js()'], styles: ['a{}', 'b{}'] });
  });
});

describe('keepOwnHashes', () => {
  it('drops the hashes of code the page does not have, keeps its own, and leaves other directives alone', () => {
    const html = `<head>${policy(`${digest('run()')} 'sha256-other' 'sha384-more'`, `${digest('a{}')} 'sha512-unused'`)}<style>a{}</style></head><body><script>run()</script></body>`;
    const kept = keepOwnHashes(html, digest);
    expect(kept).toContain(`script-src 'self' 'wasm-unsafe-eval' ${digest('run()')};`);
    expect(kept).toContain(`style-src 'self' ${digest('a{}')}">`);
    expect(kept).toContain("default-src 'self';");
    expect(kept.replace(/<meta[^>]*>/, '')).toBe(html.replace(/<meta[^>]*>/, ''));
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<html><script>run()</script></html>';
    expect(keepOwnHashes(html, digest)).toBe(html);
  });
});
