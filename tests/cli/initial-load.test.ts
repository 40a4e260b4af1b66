// bundle_gzip_kb counts what the single-player page loads at start: the entry script and the
// chunks it imports statically, never a chunk reached only by import() (class mode).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialScripts } from '../../src/cli/initial-load';

const SITE = resolve(import.meta.dirname, '../fixtures/split-site');
let out = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'karabakh-split-'));
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: SITE,
    base: './',
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shared', test: /shared\.js$/ }] } } },
    },
  });
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The built chunk whose text contains `marker`. */
function chunkWith(marker: string): string {
  const dir = join(out, 'assets');
  const hits = readdirSync(dir).filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes(marker));
  expect(hits).toHaveLength(1);
  return join(dir, hits[0]);
}

describe('initial load of a built page', () => {
  it('counts the entry and its statically imported chunk but not the chunk only import() reaches', () => {
    const entry = chunkWith('dataset.label');
    const shared = chunkWith('shared module for');
    const lazy = chunkWith('dataset.lazy');
    // The build really split three ways, so the check below can tell them apart.
    expect(new Set([entry, shared, lazy]).size).toBe(3);
    const loaded = initialScripts(join(out, 'index.html'));
    expect(loaded.map((f) => basename(f)).sort()).toEqual([entry, shared].map((f) => basename(f)).sort());
    expect(loaded).not.toContain(lazy);
  });
});
