import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each shared site is built once, before the tests that read it (tests/helpers/build.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Two cores: two test files at a time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
