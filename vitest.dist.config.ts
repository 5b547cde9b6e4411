import { defineConfig } from 'vitest/config';

// Checks over the built site in dist/: run after `npm run build` (npm test does both).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
  },
});
