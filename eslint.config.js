// Lint: TypeScript's recommended rules everywhere, with the globals of where each file runs.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  // What .gitignore leaves out (build output, caches, test sites), and fixtures copied from content.
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench-results/', '.site/', '.dist.next-*/', '.dist.old-*/', 'tests/.tmp/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Node: build tools, integrations, tests, and the pure modules (they run in Node at build time).
  { files: ['**/*.{ts,mjs,js}'], ignores: ['src/client/**'], languageOptions: { globals: { ...globals.node } } },
  // Browser code: what ships to readers' browsers (no Node globals, so a `process` there is an error).
  { files: ['src/client/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
