/** <style> elements Astro leaves in <body> move to the end of <head> (src/lib/build/styles-in-head.ts). */
import { describe, expect, it } from 'vitest';
import { moveStylesToHead } from '../../../src/lib/build/styles-in-head';

describe('moveStylesToHead', () => {
  it('moves every body <style>, attributes and all, to the end of <head> in their order', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"><style>h1{}</style></head>' +
      '<body><p>text</p><style>astro-island{}</style><div><style media="print">p{}</style></div></body></html>';
    expect(moveStylesToHead(html)).toBe(
      '<html><head><link rel="stylesheet" href="/a.css"><style>h1{}</style><style>astro-island{}</style><style media="print">p{}</style></head>' +
        '<body><p>text</p><div></div></body></html>',
    );
  });

  it('leaves a page with no <style> in its body, or no body, as it is', () => {
    const plain = '<html><head><style>a{}</style></head><body><p>text</p></body></html>';
    expect(moveStylesToHead(plain)).toBe(plain);
    expect(moveStylesToHead('<p>fragment</p>')).toBe('<p>fragment</p>');
  });
});
