// ESLint (flat config) with typescript-eslint. `npm run lint` runs it and Prettier's check; so does `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What runs in the site's page must stay small and never carry the pipeline, Readability or DOMPurify. */
const PAGE_MUST_NOT_IMPORT = ['**/pipeline/**', '**/render/**', '**/html/sanitize', '@mozilla/readability', 'dompurify'];
/** The pure core: no extension API, no page-side code. */
const CORE_MUST_NOT_IMPORT = [
  'wxt/browser',
  'wxt/*',
  'webextension-polyfill',
  '@webext-core/*',
  '**/page/**',
  '**/extension/storage',
  '**/extension/messages',
];
/** The rules are the bottom layer: the interface's words, the pipeline and the renderers sit above them. */
const RULES_MUST_NOT_IMPORT = [...CORE_MUST_NOT_IMPORT, '**/i18n/**', '**/pipeline/**', '**/render/**', '**/listen/**', '**/extension/**'];
const noBrowserGlobals = [
  'error',
  { name: 'browser', message: 'The pure core takes plain data: extension APIs live in entrypoints/ and src/extension/.' },
  { name: 'chrome', message: 'The pure core takes plain data: extension APIs live in entrypoints/ and src/extension/.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/tmp/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a value taken apart on purpose and not used.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Functions that fit on a screen, where the product's code lives.
    files: ['src/**/*.ts', 'entrypoints/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: [
      'src/pipeline/**/*.ts',
      'src/render/**/*.ts',
      'src/rules/**/*.ts',
      'src/model/**/*.ts',
      'src/html/**/*.ts',
      'src/listen/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_MUST_NOT_IMPORT }],
      'no-restricted-globals': noBrowserGlobals,
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: RULES_MUST_NOT_IMPORT }] },
  },
  {
    files: ['src/page/**/*.ts', 'entrypoints/declutter.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: PAGE_MUST_NOT_IMPORT }] },
  },
);
