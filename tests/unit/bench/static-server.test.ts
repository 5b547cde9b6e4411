import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../../scripts/lib/static-server.mjs';

// The bench's server answers like a static host: folders by their index.html, a folder's address
// without its slash redirected, and nothing outside the folder or the base path.
const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
mkdirSync(join(root, 'planner'));
writeFileSync(join(root, 'planner', 'index.html'), '<p>plan</p>');
writeFileSync(join(root, 'index.html'), '<p>home</p>');

describe('bench static server paths (scripts/lib/static-server.mjs)', () => {
  it('serves a folder by its index.html and redirects it to its trailing slash', () => {
    expect(resolvePath(root, '/', '/')).toEqual({ file: join(root, 'index.html') });
    expect(resolvePath(root, '/', '/planner/?x=1')).toEqual({ file: join(root, 'planner', 'index.html') });
    expect(resolvePath(root, '/', '/planner')).toEqual({ redirect: '/planner/' });
  });

  it('answers under a base path only', () => {
    expect(resolvePath(root, '/training/', '/training/planner/')).toEqual({ file: join(root, 'planner', 'index.html') });
    expect(resolvePath(root, '/training/', '/planner/')).toEqual({ missing: true });
  });

  it('never serves a file outside the folder, or a missing one', () => {
    expect(resolvePath(root, '/', '/../../etc/passwd')).toEqual({ missing: true });
    expect(resolvePath(root, '/', '/%2e%2e/%2e%2e/etc/passwd')).toEqual({ missing: true });
    expect(resolvePath(root, '/', '/%E0%A4%A')).toEqual({ missing: true });
    expect(resolvePath(root, '/', '/nothing.html')).toEqual({ missing: true });
  });
});
