import { defineConfig } from 'vitest/config';

// Unit and integration tests of shared and server. Browser tests have their own config in packages/e2e.
export default defineConfig({
  test: {
    include: ['packages/shared/src/**/*.test.ts', 'packages/server/src/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
