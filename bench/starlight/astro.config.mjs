// A stock Starlight site carrying Alongside's words, built by `npm run bench` as a reference for
// size and speed. Not part of the product: its pages are generated into src/content/docs/ at bench
// time (scripts/lib/starlight-reference.mjs) and never committed. Only the title is set; everything
// else is Starlight's default, search (Pagefind) included.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: 'Alongside (Starlight reference)' })],
});
