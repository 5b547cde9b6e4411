import type { APIRoute } from 'astro';
import { ui } from '../lib/i18n';
import { manifestIcons } from '../lib/icons';

/** The web app manifest, built with the site's base path so it installs correctly under a sub-path too. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: `${ui.common.siteName}: ${ui.common.tagline}`,
    short_name: ui.common.siteName,
    description: ui.common.tagline,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#fdfcfa',
    theme_color: '#0b5e57',
    icons: manifestIcons(base),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
