// @ts-check
/**
 * ESLint for TypeScript, Astro components and scripts. Formatting is Prettier's job
 * (`npm run format:check`); these rules catch mistakes and keep lines readable.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'data/derived/', 'tests/fixtures/', '**/__snapshots__/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Prettier wraps code at 120; comments and strings it cannot wrap still stop at 140. A regular
      // expression cannot be split without changing its form, so it may run longer.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // Wide tables and code blocks scroll inside a focusable region (axe: scrollable-region-focusable):
      // a `role="region"`, or a `<pre>` of embed code, which keeps its implicit role.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: ['pre'] }],
    },
  },
);
