/**
 * A module script's static imports are fetched only once the script itself has arrived and been
 * parsed: on a phone's connection each such step is another round trip before the code can run, and
 * Lighthouse counts the chain in the page's first paint (the home page: about 150 ms, issue #18). After
 * the build, each page names every file its module scripts import, directly or through another, with
 * `<link rel="modulepreload">`, so the browser fetches them all at once, alongside the scripts. Pure,
 * so it is tested in Node; integrations/finish-pages.ts applies it to dist/ with the bundler's own
 * record of what each file imports.
 */

/** A module script with a src: its whole tag, and the address in it. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"[^>]*><\/script>/g;

/**
 * `html` with a modulepreload link after each module script for each file that script imports, at any
 * depth, that the page does not already load or preload. `staticImports` gives a script's imports by
 * its address (empty for a file it does not know).
 */
export function withModulePreloads(html: string, staticImports: (src: string) => readonly string[]): string {
  const loaded = new Set([...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!));
  for (const match of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) loaded.add(match[1]!);
  return html.replace(MODULE_SCRIPT, (script, src: string) => {
    const links = importedBy(src, staticImports)
      .filter((file) => !loaded.has(file))
      .map((file) => {
        loaded.add(file);
        return `<link rel="modulepreload" href="${file}">`;
      });
    return script + links.join('');
  });
}

/** Every file `src` imports, directly or through others, nearest first, each once. */
function importedBy(src: string, staticImports: (src: string) => readonly string[]): string[] {
  const found: string[] = [];
  const queue = [src];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const file of staticImports(next)) {
      if (file === src || found.includes(file)) continue;
      found.push(file);
      queue.push(file);
    }
  }
  return found;
}
