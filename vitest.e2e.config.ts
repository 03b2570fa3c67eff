import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: real headless studio + Debian Chromium. One file at a time (timing-sensitive). */
export default defineConfig({
  test: {
    include: ['e2e/browser/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default'],
  },
});
