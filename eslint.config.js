// npm run lint: typescript-eslint's type-aware recommended rules, the layers of
// docs/architecture.md as import rules, a deterministic engine, and no unused exports.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import unusedExports from './lint/unused-exports.ts';

const up = String.raw`^(\.\./)+`;

/** Imports a folder of src/ may not make; `types: true` still lets `import type` through. */
const forbid = (entries) => ({
  'no-restricted-imports': ['error', {
    patterns: entries.map(({ regex, message, types = false }) => ({ regex, message, allowTypeImports: types })),
  }],
});

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The one plain-JS file (a node --import preload for a test) is linted in a default project.
      parserOptions: { projectService: { allowDefaultProject: ['tests/cli/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { local: { rules: { 'unused-exports': unusedExports } } },
    rules: {
      'local/unused-exports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Messages about refused input print the value even where its type says it cannot occur.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true }],
    },
  },
  {
    // Tests read JSON (CLI output, files) as `any` on purpose: the unsafe-any rules only add noise there.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      ...forbid([
        { regex: `${up}(ui|ai|cli|scenario)(/|$)`, types: true, message: 'The engine imports no ui, ai, cli or scenario code at run time (import type is allowed).' },
        { regex: '^(node:|phaser$)', message: 'The engine runs in Node and the browser alike: no Node modules, no Phaser.' },
      ]),
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'The engine loads no code at run time.' }],
      'no-restricted-globals': ['error',
        ...['Date', 'performance', 'process', 'crypto', 'setTimeout', 'setInterval'].map((name) => ({
          name, message: 'The engine is deterministic: no clock, no host, no timers; time and chance come from the state and its seeded rng.',
        })),
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'The engine draws only from its seeded rng (engine/rng.ts).' },
        ...['Date', 'performance', 'process', 'crypto'].map((property) => ({ object: 'globalThis', property, message: 'The engine is deterministic: no clock and no host.' })),
      ],
    },
  },
  {
    files: ['src/scenario/**'],
    rules: forbid([{ regex: `${up}(ui|ai|cli)(/|$)`, message: 'Scenario code sits beside the engine: it imports no ui, ai or cli code.' }]),
  },
  {
    files: ['src/ai/**'],
    rules: forbid([
      { regex: `${up}engine/`, message: 'The computer actors reach the engine only through its index (import from ../engine).' },
      { regex: `${up}(ui|cli)(/|$)`, message: 'Dependencies point ui → ai → engine and cli → ai → engine: ai imports no ui or cli code.' },
    ]),
  },
  {
    files: ['src/analysis/**'],
    rules: forbid([
      { regex: `${up}engine/`, message: 'The analysis reaches the engine only through its index (import from ../engine).' },
      { regex: `${up}(ui|cli)(/|$)`, message: 'The analysis (game summaries, odds, continuations) serves both the command line and the browser: it imports no ui or cli code.' },
    ]),
  },
  {
    // Shared by the browser and the command line: the engine, the scenario and types only.
    files: ['src/report/**'],
    rules: forbid([
      { regex: `${up}engine/`, message: 'The report reaches the engine only through its index (import from ../engine).' },
      { regex: `${up}(ui|ai|cli|server)(/|$)`, message: 'src/report serves both ui and cli: it imports only the engine and the scenario.' },
      { regex: `${up}net(/|$)`, types: true, message: 'src/report reads the class record\'s types only (import type).' },
      { regex: '^(node:|phaser$)', message: 'src/report runs in Node and the browser alike: no Node modules, no Phaser.' },
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: {
      ...forbid([{ regex: `${up}engine/`, message: 'The board reaches the engine only through its index (import from ../engine).' }]),
      // Phaser takes methods with their `this` as a separate argument (scale.on(event, fn, this)).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // A plain-JS preload for a spawned node: it sees Node's console (TypeScript files get their globals from @types/node).
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly' } },
  },
  {
    // Entry points whose exports are read by a tool, not imported.
    files: ['tests/browser/global-setup.ts'],
    rules: { 'local/unused-exports': 'off' },
  },
);
