import { defineConfig } from 'vitest/config';

// Two projects: `unit` (src/lib and every content file; needs no build) and `dist` (checks over the
// built site in dist/, so run after `npm run build`; npm test does both). `vitest run --project unit`.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
