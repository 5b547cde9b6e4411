import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Registers `client:touch` (integrations/touch-directive.ts): hydrate an island when someone uses it. */
export function touchHydration(): AstroIntegration {
  return {
    name: 'alongside:touch-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'touch', entrypoint: fileURLToPath(new URL('./touch-directive.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at the first pointer press, focus or key press inside the island (or a wake signal). */
    'client:touch'?: boolean;
  }
}
