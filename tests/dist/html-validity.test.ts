import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dist, pages } from './built-site';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const vnuJar = require('vnu-jar') as string; // the path of the checker's .jar

describe('the Nu HTML checker', () => {
  it('finds no errors in any built page', () => {
    const files = pages.map((page) => join(dist, page.file));
    const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
    if (result.error) throw new Error(`Could not run the HTML checker (needs Java 11+): ${result.error.message}`);
    const errors = result.stderr.trim();
    expect(errors, `HTML errors:\n${errors}`).toBe('');
    expect(result.status).toBe(0);
  });
});
