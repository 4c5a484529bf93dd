import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Build output and what tools write (coverage, TypeScript build info, the API types generated from OpenAPI) are not
  // ours to lint.
  globalIgnores(['dist/', 'coverage/', 'node_modules/', 'src/api/generated/']),
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite(),
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
    },
    rules: {
      // A missing dependency is a stale value at run time, not a matter of style.
      'react-hooks/exhaustive-deps': 'error',
      // As TypeScript's noUnusedParameters: a leading underscore names a parameter kept for its position
      // (a mock's signature) or a prop taken out of a rest spread on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Test helpers are never hot-reloaded: they may export Testing Library's API next to components.
    files: ['src/test/**'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
]);
