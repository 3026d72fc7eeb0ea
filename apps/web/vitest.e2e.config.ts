import { defineConfig } from 'vitest/config';

// End-to-end: the real server on a fresh database, driven through real Chromium. One file at a
// time, tests in order, generous timeouts (a cold server and browser take seconds).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
