import { defineConfig } from 'vite';

// No React plugin: Vite's built-in Oxc transform compiles JSX with the automatic runtime.
// In dev, API calls go to the server on :3000 so cookies stay same-origin.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    proxy: {
      '/trpc': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      // Libraries mark modules "use client" for React Server Components; a SPA can ignore it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
