// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports each world may not use: shared/ is plain TypeScript, only electron/ touches Node and Electron. */
const browserOnly = [
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  '@mantine/*',
  'i18next',
  'react-i18next',
  'wouter',
];
const nodeOnly = ['electron', 'node:*', 'fs', 'path', 'child_process', 'os'];

/** What renderer code outside the data layer may not import. */
const outsideDataLayer = [
  { group: [...nodeOnly, '../../electron/*', '**/electron/*'], message: 'the renderer is a browser page' },
  {
    group: ['dexie', 'dexie-react-hooks', '@/db/*', '!@/db/hooks', '!@/db/errors'],
    message: 'read and write through the data layer: import from @/db or @/db/hooks',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'bench/dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.pack-check/**',
      '.electronegativity/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...browserOnly, ...nodeOnly, '@/*', '../renderer/*', '../electron/*'],
              message: 'shared/ is pure TypeScript',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this build does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeOnly, '../../electron/*', '**/electron/*'], message: 'the renderer is a browser page' },
          ],
        },
      ],
    },
  },
  {
    // Only the data layer touches the database: everything else calls its functions and hooks.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: outsideDataLayer }],
    },
  },
  {
    // Flat config replaces a rule's options rather than merging them, so this repeats the patterns above.
    files: ['renderer/src/components/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...outsideDataLayer,
            {
              group: ['@/features/*', '**/features/*'],
              message: 'components/ is what features share: it may not import from a feature',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...browserOnly, '../renderer/*'], message: 'electron/ has no UI code' }] },
      ],
    },
  },
  {
    files: ['bench/bench-page.ts', 'bench/bench-sync.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.ts', 'bench/**/*.mjs', 'bench/vite.config.ts', '*.config.{ts,js,mjs}'],
    // Browser globals too: test and benchmark code hands functions to page.evaluate.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
