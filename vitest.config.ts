import { defineConfig } from 'vitest/config';

/** Unit and contract tests: co-located `*.test.ts(x)` files under src/ and native/. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'native/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
