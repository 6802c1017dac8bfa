import { defineConfig } from 'vitest/config';

// Browser journeys against the built app, one file at a time: two cores run one server and one Chromium well.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    setupFiles: ['src/support/on-failure.ts'],
    // The failure recorder's afterEach must run before a file's own, which closes the pages.
    sequence: { hooks: 'list' },
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
