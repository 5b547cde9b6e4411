// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import stylesInHead from './integrations/styles-in-head.mjs';

// BASE_PATH lets the same build live at the root of a host or under a sub-path (e.g. /training/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), react(), stylesInHead()],
  build: { format: 'directory' },
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
});
