// The lint rule for unused exports (lint/unused-exports.ts), run by ESLint on a small program
// written to a temporary folder: it must report exactly the exports no other file imports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import unusedExports from '../../lint/unused-exports';

const files: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true }, include: ['*.ts'] }),
  'orders.ts': [
    'export interface Options { readonly fast: boolean }',
    'export interface Lonely { readonly x: number }',
    'export function play(options: Options): number { return options.fast ? 1 : 0; }',
    'export function neverCalled(): number { return 2; }',
    'export const onlyHere = 3;',
    'export const throughIndex = onlyHere + 1;',
    'export const reexportedOnly = 5;',
  ].join('\n'),
  'kinds.ts': 'export const spread = 1;\nexport const spreadUnused = 2;\n',
  'index.ts': "export { throughIndex, reexportedOnly } from './orders';\nexport * from './kinds';\n",
  'types.ts': 'export type Seed = string;\nexport type Unread = number;\n',
  'loaded.ts': 'export const first = 1;\nexport const second = 2;\n',
  'main.ts': [
    "import { play } from './orders';",
    "import { throughIndex, spread } from './index';",
    "import type { Seed } from './types';",
    "const seed: Seed = 's';",
    "const loaded = await import('./loaded');",
    'console.log(play({ fast: true }), throughIndex, spread, seed, loaded);',
  ].join('\n'),
};

const dir = mkdtempSync(join(tmpdir(), 'karabakh-lint-'));
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reported(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser, parserOptions: { project: './tsconfig.json', tsconfigRootDir: dir } },
      plugins: { local: { rules: { 'unused-exports': unusedExports } } },
      rules: { 'local/unused-exports': 'error' },
    }],
  });
  const results = await eslint.lintFiles(['*.ts']);
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line} ${/'(\w+)'/.exec(m.message)?.[1]}`)).sort();
}

describe('the unused-exports lint rule', () => {
  it('reports each export no file imports, where it is declared or re-exported by name, and nothing else', async () => {
    expect(await reported()).toEqual([
      'index.ts:1 reexportedOnly', // re-exported by name, then imported by nobody
      'kinds.ts:2 spreadUnused', // reaches index.ts through export *, imported by nobody
      'orders.ts:2 Lonely', // a type no file uses, its own included
      'orders.ts:4 neverCalled',
      'orders.ts:5 onlyHere', // used in its own file only: the export is what is unused
      'orders.ts:7 reexportedOnly',
      'types.ts:2 Unread',
    ]);
  }, 60_000);
});
