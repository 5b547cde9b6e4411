import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Registers the site's hydration directives: `client:touch` (integrations/touch-directive.ts) hydrates
 * an exercise when someone uses it; `client:active` (integrations/active-directive.ts) hydrates a
 * whole-page tool when someone starts to use the page; `client:ready` (integrations/ready-directive.ts)
 * hydrates a tool at once, as `client:load` does. Each waits for the page's interface strings.
 */
export function touchHydration(): AstroIntegration {
  return {
    name: 'alongside:touch-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'touch', entrypoint: fileURLToPath(new URL('./touch-directive.ts', import.meta.url)) });
        addClientDirective({ name: 'active', entrypoint: fileURLToPath(new URL('./active-directive.ts', import.meta.url)) });
        addClientDirective({ name: 'ready', entrypoint: fileURLToPath(new URL('./ready-directive.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at the first pointer press, focus or key press inside the island (or a wake signal). */
    'client:touch'?: boolean;
    /**
     * Hydrate at the first sign of someone using the page, or at once when there is something to restore
     * (a plan in the address, or this tab's sessionStorage entry under the given key).
     */
    'client:active'?: boolean | string;
    /** Hydrate at once, once the page's interface strings are there (fetched again if they failed). */
    'client:ready'?: boolean;
  }
}
