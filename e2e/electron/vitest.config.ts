import { defineConfig } from 'vitest/config';

/** The Electron end-to-end suite (run by e2e/electron/run.mjs): one Electron app per spec file. */
export default defineConfig({
  test: {
    include: ['e2e/electron/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
