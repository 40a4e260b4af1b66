// Seeded fuzzing of the files the program reads: the shipped scenarios and a golden replay,
// mutated (fields dropped, duplicated, retyped; huge, unsafe and fractional numbers; deep nesting;
// prototype keys; cut-off text), written to disk and read back through the CLI's file reader,
// then through the validators. Each file is refused with a message that names where (a JSON path
// or a line and column) or accepted; nothing throws. An accepted scenario opens games whose hash
// is the same twice over and whose numbers are all safe integers.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashState, newGame, parseJson, parseReplay, REPLAY_LIMITS, type JsonLimits } from '../../src/engine';
import { SCENARIO_LIMITS, validateScenario } from '../../src/scenario';
import { readJsonFile } from '../../src/cli/read-file';

/** fast-check's own seed: fixed, so every run tries the same files. */
const FC_SEED = 20201110;
const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'karabakh-fuzz-'));

type Json = unknown;
type Key = string | number;

const SOURCES = {
  scenario: ['scenarios/2020-war.json', 'scenarios/2020-full.json'].map((f) => readFileSync(join(ROOT, f), 'utf8')),
  replay: ['tests/fixtures/golden-2020-war.replay.json', 'tests/fixtures/golden-2020-full.replay.json'].map((f) => readFileSync(join(ROOT, f), 'utf8')),
};

/** Every path inside a value (the root is []), found without recursion. */
function pathsOf(root: Json): Key[][] {
  const out: Key[][] = [];
  const stack: [Json, Key[]][] = [[root, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [Json, Key[]];
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  return out;
}
const PATHS = { scenario: SOURCES.scenario.map((t) => pathsOf(JSON.parse(t))), replay: SOURCES.replay.map((t) => pathsOf(JSON.parse(t))) };

const HUGE = [1e300, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, -1, 1e9, 0.5, -1.5, 1e21];
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];

interface Mutation {
  /** nudge: a number moved by -2..2 (often still valid); cut: the text ends early. */
  readonly kind: 'nudge' | 'drop' | 'duplicate' | 'huge' | 'retype' | 'nest' | 'proto' | 'cut';
  /** Which path of the source it applies to, and a choice among the kind's options. */
  readonly at: number;
  readonly pick: number;
  readonly deep: number;
  readonly value: Json;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('nudge', 'nudge', 'nudge', 'drop', 'duplicate', 'huge', 'retype', 'nest', 'proto', 'cut'),
  at: fc.nat(),
  pick: fc.nat(),
  deep: fc.integer({ min: 1, max: 3000 }),
  value: fc.jsonValue({ maxDepth: 3 }),
});

/** Where a path ends in the value as it is now (an earlier mutation may have moved or removed it). */
function parentOf(root: Json, path: Key[]): { parent: Record<Key, Json> | Json[]; key: Key } | null {
  if (path.length === 0) return null;
  let v = root;
  for (const k of path.slice(0, -1)) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, k)) return null;
    v = (v as Record<Key, Json>)[k];
  }
  return typeof v === 'object' && v !== null ? { parent: v as Record<Key, Json>, key: path[path.length - 1] } : null;
}

/** Sets an own property, even `__proto__` (plain assignment would change the prototype instead). */
function setOwn(target: object, key: Key, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The text of `inner` nested `depth` deep (as text: JSON.stringify itself overflows on deep values). */
function nestedText(depth: number, inner: Json, pick: number): string {
  const [open, close] = pick % 2 === 0 ? ['[', ']'] : ['{"kind":"all","of":[', ']}'];
  return open.repeat(depth) + JSON.stringify(inner) + close.repeat(depth);
}

/** Applies the mutations to a parsed copy of the source, then writes its text (perhaps cut off). */
function mutate(text: string, paths: Key[][], mutations: readonly Mutation[]): string {
  const root = JSON.parse(text) as Json;
  const nests: string[] = [];
  let cut: number | null = null;
  for (const m of mutations) {
    const place = parentOf(root, paths[m.at % paths.length]);
    if (m.kind === 'cut') cut = m.pick % text.length;
    if (place === null || m.kind === 'cut') continue;
    const { parent, key } = place;
    if (!Object.hasOwn(parent, key)) continue; // removed by an earlier mutation
    const current = (parent as Record<Key, Json>)[key];
    if (m.kind === 'nudge') {
      if (typeof current === 'number') setOwn(parent, key, current + (m.pick % 5) - 2);
    } else if (m.kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (m.kind === 'duplicate') {
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
      else setOwn(parent, key, [current, current]);
    } else if (m.kind === 'huge') setOwn(parent, key, HUGE[m.pick % HUGE.length]);
    else if (m.kind === 'retype') setOwn(parent, key, m.value);
    else if (m.kind === 'nest') {
      nests.push(nestedText(m.deep, current, m.pick));
      setOwn(parent, key, `@nest-${nests.length - 1}@`);
    }
    else if (typeof current === 'object' && current !== null && !Array.isArray(current)) setOwn(current, PROTO_KEYS[m.pick % PROTO_KEYS.length], m.value);
    else setOwn(parent, key, { [PROTO_KEYS[m.pick % PROTO_KEYS.length]]: current });
  }
  const out = JSON.stringify(root).replace(/"@nest-(\d+)@"/g, (_, i: string) => nests[Number(i)]);
  return cut === null ? out : out.slice(0, cut % Math.max(1, out.length));
}

/** A refusal must say where: a JSON path, or a line and column of the text. */
const WHERE = /(^|: )\$|line \d+, column \d+/;

function allSafeIntegers(root: Json): string | null {
  for (const path of pathsOf(root)) {
    let v = root as Record<Key, Json>;
    for (const k of path) v = v[k] as Record<Key, Json>;
    if (typeof v === 'number' && !Number.isSafeInteger(v)) return `${path.join('.')} = ${v}`;
  }
  return null;
}

let counter = 0;
/** Every eighth text goes through a file on disk and the CLI's reader; the others through its parser. */
function read(text: string, limits: JsonLimits): { ok: true; value: unknown } | { ok: false; message: string } {
  if (counter++ % 8 !== 0) {
    const parsed = parseJson(text, limits);
    return parsed.ok ? parsed : { ok: false, message: parsed.path === null ? parsed.message : `${parsed.path}: ${parsed.message}` };
  }
  const file = join(dir, `f${counter % 64}.json`);
  writeFileSync(file, text);
  return readJsonFile(file, limits);
}

const tally = { scenario: { accepted: 0, refused: 0 }, replay: { accepted: 0, refused: 0 } };
const LIMITS = { scenario: SCENARIO_LIMITS, replay: REPLAY_LIMITS };
const plan = fc.record({ source: fc.nat({ max: 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }), seed: fc.string({ maxLength: 12 }) });

/** The fuzzing is worth something only if it reaches both outcomes many times. */
function expectBothOutcomes(kind: 'scenario' | 'replay'): void {
  expect(tally[kind].accepted).toBeGreaterThan(100);
  expect(tally[kind].refused).toBeGreaterThan(1000);
}

/** A mutated file read back: its value, or undefined when the reader refused it (saying where). */
function readMutated(kind: 'scenario' | 'replay', source: number, mutations: readonly Mutation[]): { value: unknown } | undefined {
  const json = read(mutate(SOURCES[kind][source], PATHS[kind][source], mutations), LIMITS[kind]);
  if (json.ok) return json;
  expect(json.message).toMatch(WHERE);
  tally[kind].refused++;
  return undefined;
}

describe('files the program reads: refused clearly or accepted, never a throw', () => {
  it('2,000 mutated scenarios: an accepted one opens the same game twice, all safe integers', () => {
    fc.assert(
      fc.property(plan, ({ source, mutations, seed }) => {
        const json = readMutated('scenario', source, mutations);
        if (json === undefined) return;
        const result = validateScenario(json.value);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.path).toMatch(/^\$/);
          tally.scenario.refused++;
          return;
        }
        tally.scenario.accepted++;
        for (const variant of [null, ...result.scenario.variants.slice(0, 1).map((v) => v.id)]) {
          const a = newGame(result.scenario, seed, { variant });
          const b = newGame(result.scenario, seed, { variant });
          expect(a.ok).toBe(b.ok);
          if (!a.ok || !b.ok) continue;
          expect(hashState(a.state)).toBe(hashState(b.state));
          expect(allSafeIntegers(a.state)).toBeNull();
        }
      }),
      { seed: FC_SEED, numRuns: 2000 },
    );
    expectBothOutcomes('scenario');
  }, 120_000);

  it('3,000 mutated replays: accepted or refused with the path of the fault', () => {
    fc.assert(
      fc.property(plan, ({ source, mutations }) => {
        const json = readMutated('replay', source, mutations);
        if (json === undefined) return;
        const parsed = parseReplay(json.value);
        if (parsed.ok) {
          expect(parsed.replay.turns.length).toBe((json.value as { turns: unknown[] }).turns.length);
          tally.replay.accepted++;
        } else {
          expect(parsed.message).toMatch(/^(\$|A replay is a JSON object)/);
          tally.replay.refused++;
        }
      }),
      { seed: FC_SEED, numRuns: 3000 },
    );
    expectBothOutcomes('replay');
  }, 120_000);

  it('500 random JSON values as scenarios and replays: refused at the root or a path, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const scenario = validateScenario(value);
        expect(scenario.ok).toBe(false);
        if (!scenario.ok) for (const e of scenario.errors) expect(e.path).toMatch(/^\$/);
        const replay = parseReplay(value);
        expect(replay.ok).toBe(false);
      }),
      { seed: FC_SEED, numRuns: 500 },
    );
  });
});
