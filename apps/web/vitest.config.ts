import { defineConfig } from 'vitest/config';

// Unit tests: pure client logic in Node, no DOM. End-to-end tests have their own config.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 2,
  },
});
