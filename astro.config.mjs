// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { finishPages } from './integrations/finish-pages.ts';
import { buildId } from './integrations/build-id.ts';
import { siteAddress } from './integrations/site-address.ts';
import { pagefindIndex } from './integrations/pagefind.ts';
import { serviceWorker } from './integrations/service-worker.ts';
import { touchHydration } from './integrations/touch-hydration.ts';
import { leanPreloadPlugin } from './integrations/lean-preload.ts';

// The build talks to no one: Astro's usage telemetry is off for every command run with this config.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// BASE_PATH lets the same build live at the root of a host or under a sub-path (e.g. /training/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // The address the site is served at, for the absolute links search engines need (hreflang). Unset,
  // pages leave those links out rather than name a wrong host (README, Deploying).
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  output: 'static',
  // `astro build` alone makes the whole site. The after-build steps run in this order: the search
  // index, then the pages finished in one pass (styles moved into <head>, each page's styles made one
  // stylesheet, inline scripts shared by several pages made files, what each page's module scripts
  // import preloaded, the index's metadata named for search to ask for early, each page's CSP cut to
  // its own hashes), then the service worker (whose precache list includes the index).
  integrations: [buildId(), siteAddress(), touchHydration(), mdx(), react(), pagefindIndex(), finishPages(), serviceWorker()],
  // Pages render four at a time: a page waits on files and data as much as it computes, so others use
  // that time (about 0.5 s less of each build). Each keeps its own language (src/middleware.ts).
  build: { format: 'directory', concurrency: 4 },
  // Two editions: English at the root (the default), Spanish under /es/ (issue #20). Pages are written
  // once and rendered in both (src/pages/es/ re-renders them); src/middleware.ts sets each page's language.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // The site talks to no other origin: no prefetching from CDNs, no telemetry in pages.
  prefetch: false,
  // A Content-Security-Policy on every page (a <meta> tag, so it works on any static host): scripts
  // and styles only from this site or by hash, never inline by default; Pagefind's search runs on
  // WebAssembly, which needs 'wasm-unsafe-eval'. No connections to any other origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // No module has code to highlight: Shiki's grammars would only slow every build (and its inline styles
  // would not pass the Content-Security-Policy).
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [leanPreloadPlugin()],
    // Vite's dependency cache in this checkout (.astro/ is ignored by git), not node_modules/.vite: where
    // several checkouts share one node_modules (worktrees), each build would otherwise find the cache
    // written for another folder and bundle the dependencies again, a few seconds of every build.
    cacheDir: '.astro/vite',
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The bundler splits shared code by which entries import it, and a page loads several
              // entries (the layout's script and its offline part; an island and React's renderer), so
              // modules that always load together still came as separate small files, each compressed on
              // its own. These groups join modules that every page loading one of them loads anyway, so
              // no page fetches code it does not run (issue #18; docs/architecture.md):
              codeSplitting: {
                groups: [
                  // Every page: the page's language, search's loader, the offline pause, storage keys, the
                  // import() helper (integrations/lean-preload.ts) and the helper that draws the footer's
                  // offline messages (small files, each about 0.1 to 0.9 KB on its own). Also what "forget
                  // everything" removed (offline/forget-result.ts), which the footer's offline part and the
                  // progress store both read. As a file of its own, named in five others, it cost a module
                  // page about 0.1 KB more than it does here (a Spanish module page with every exercise
                  // touched: 97,261 -> 97,158 bytes); room mode, which reads neither, now fetches its 28 bytes.
                  {
                    name: 'layout',
                    test: /src[\\/](lib[\\/](i18n[\\/]language|offline[\\/](pause|names|offline-copy|forget-result)|progress[\\/](keys|browser-storage))|components[\\/]layout[\\/](site-search-loader|element)\.client)\.ts$|vite[\\/]preload-helper/,
                  },
                  // Every island: React, React DOM, Astro's renderer for them, and the small helpers nearly every
                  // island uses (the hydration and focus hooks, the exercise-data loader, the answer marks, the
                  // link to My progress or a resource that the storage notice and role-play debriefs give),
                  // which were five more files of 0.1 to 0.9 KB: 0.65 KB less on a module page once touched,
                  // 0.5 KB less in room mode. The completion record, whose island uses few of them, fetches
                  // 0.25 KB it does not run.
                  {
                    name: 'react',
                    test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|@astrojs[\\/]react[\\/]dist[\\/]client\.js$|src[\\/]components[\\/]shared[\\/](use-hydrated|use-focus-after-render|use-exercises|mark-icons)\.ts$|src[\\/]lib[\\/](exercises[\\/]preload|url-every-edition)\.ts$/,
                  },
                  // The quiz and role-play rules that module pages and room mode share (three files). 0.3 KB less.
                  {
                    name: 'exercise-rules',
                    test: /src[\\/]lib[\\/](roleplay[\\/](debrief|engine|order)|shuffle|quiz[\\/](score|order))\.ts$/,
                  },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      rolldownOptions: {
        // Rolldown warns, once per MDX module, that Astro's "use astro:head-inject" marker may not survive
        // bundling: about 270 lines of boxed warnings in every `npm start`, which bury anything real.
        // It is Astro's open issue withastro/astro#18087 (every Astro 7 build with MDX content shows it,
        // Starlight's too), nothing in this project can act on it, and hiding the message changes
        // nothing that is built. Every other warning still shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
      // Page scripts and stylesheets are files, not inlined into each page: the same few are on every
      // page of a kind, so each page's HTML would carry them again where a file is fetched once and
      // cached (issue #18). A stylesheet of a line or two stays inline, not worth a request of its own.
      assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length < 256 : false),
    },
  },
});
