/** A page preloads what its module scripts import, so no chain of imports holds it up (src/lib/build/module-preloads.ts). */
import { describe, expect, it } from 'vitest';
import { withModulePreloads } from '../../../src/lib/build/module-preloads';

const IMPORTS: Record<string, string[]> = {
  '/_astro/layout.js': ['/_astro/helper.js', '/_astro/keys.js'],
  '/_astro/keys.js': ['/_astro/runtime.js'],
  '/_astro/list.js': ['/_astro/helper.js', '/_astro/list-data.js'],
  '/_astro/cycle-a.js': ['/_astro/cycle-b.js'],
  '/_astro/cycle-b.js': ['/_astro/cycle-a.js'],
};
const staticImports = (src: string) => IMPORTS[src] ?? [];
const script = (src: string) => `<script type="module" src="${src}"></script>`;
const preload = (href: string) => `<link rel="modulepreload" href="${href}">`;

describe('withModulePreloads', () => {
  it('preloads every file a module script imports, at any depth, nearest first', () => {
    expect(withModulePreloads(`<head>${script('/_astro/layout.js')}</head>`, staticImports)).toBe(
      `<head>${script('/_astro/layout.js')}${preload('/_astro/helper.js')}${preload('/_astro/keys.js')}${preload('/_astro/runtime.js')}</head>`,
    );
  });

  it('names a file once per page, and not when the page already loads or preloads it', () => {
    const html = `${preload('/_astro/keys.js')}${script('/_astro/list.js')}${script('/_astro/layout.js')}${script('/_astro/helper.js')}`;
    expect(withModulePreloads(html, staticImports)).toBe(
      `${preload('/_astro/keys.js')}${script('/_astro/list.js')}${preload('/_astro/list-data.js')}${script('/_astro/layout.js')}${preload('/_astro/runtime.js')}${script('/_astro/helper.js')}`,
    );
  });

  it('follows a cycle of imports without looping, and leaves pages without module scripts alone', () => {
    expect(withModulePreloads(script('/_astro/cycle-a.js'), staticImports)).toBe(
      `${script('/_astro/cycle-a.js')}${preload('/_astro/cycle-b.js')}`,
    );
    const plain = '<head><script src="/_astro/shared.js"></script><script type="application/json">{}</script></head>';
    expect(withModulePreloads(plain, staticImports)).toBe(plain);
  });
});
