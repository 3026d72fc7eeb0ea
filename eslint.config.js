// One lint setup for the whole tree: type-aware rules plus the package boundaries of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/.turbo/**', '**/.data/**', '**/node_modules/**', '**/coverage/**', '**/test-results/**', 'bench/data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // db knows nothing of tRPC, HTTP or Discord.
    files: ['packages/db/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@trpc/*', 'fastify', '@questboard/api', '@questboard/discord', '@discordjs/*'] }],
    },
  },
  {
    // The web app sees the API's types only, never the data layer.
    files: ['apps/web/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@questboard/db', '@questboard/db/*', '@mikro-orm/*'] }],
    },
  },
  {
    // Scripts, tests and benchmarks report to a terminal.
    files: ['**/scripts/**', '**/test/**', '**/*.test.ts', '**/*.test.tsx', 'bench/**', '**/e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
