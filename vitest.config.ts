import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests run real Astro builds; two cores, so two files at a time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
