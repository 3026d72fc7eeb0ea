import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores: each file runs its own database (a PostgreSQL database or an embedded PGlite).
    maxWorkers: 2,
    testTimeout: 30_000,
    // Starting PGlite for the first time (initdb in WebAssembly) takes several seconds.
    hookTimeout: 120_000,
  },
});
