// ESLint for the whole tree (`npm run lint`): typescript-eslint's type-checked rules everywhere, plus the
// pure core's ban on clocks, timers, randomness and `process` (imports are checked by .dependency-cruiser.mjs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { BRIEFINGS_IMPURE, PURE_CORE, PURE_SHARED } from './layers.mjs';

/** Reading any of these makes a function depend on when or where it runs: the pure core takes `now` instead. */
const impureGlobals = [
  'process', 'performance', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval',
  'clearImmediate', 'fetch', 'require',
].map((name) => ({ name, message: 'The pure core takes time, randomness and configuration as arguments (DESIGN.md "Layers").' }));

const why = 'The pure core takes `now` as an argument (DESIGN.md "Layers").';

/** Node's globals in the few plain .mjs/.js files (bin, config, worker bootstrap); no `globals` package needed. */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'globalThis', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((n) => [n, 'readonly']),
);

export default defineConfig(
  {
    ignores: ['dist/**', 'coverage/**', 'node_modules/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter kept for a signature (callbacks, it.each rows).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringMatching, ...) are typed `any` on purpose, so
    // nesting one in an expected object is an "unsafe assignment"; member access on `any` stays an error.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // The Bot API stand-in reads untyped JSON parameters and stringifies them the way Telegram does
    // (String(x) on whatever the client sent); an object there is the caller's bug, reported as Telegram would.
    files: ['test/support/fake-telegram*.ts'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    // The shared modules the core may import are held to the same rules.
    files: [...PURE_CORE, ...PURE_SHARED],
    ignores: BRIEFINGS_IMPURE,
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: why },
        { object: 'performance', property: 'now', message: why },
        { object: 'Math', property: 'random', message: 'The pure core takes randomness (or a seed) as an argument.' },
        { object: 'globalThis', property: 'process', message: 'Only src/config.ts reads the environment.' },
        ...['performance', 'setTimeout', 'setInterval', 'setImmediate', 'fetch'].map((property) => ({ object: 'globalThis', property, message: why })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: why },
        { selector: 'CallExpression[callee.name="Date"]', message: why },
      ],
    },
  },
);
