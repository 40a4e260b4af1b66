// settle(prev, next): a working-copy state made to share its unchanged parts with the state
// before it, frozen throughout, with the same content — what lets verifyReplay hash each turn of
// a simulateTurn replay as cheaply as immer's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState, newGame, resolveTurn, simulateTurn, type GameState } from '../../src/engine';
import { canonicalJson } from '../../src/engine/hash';
import { settle } from '../../src/engine/settle';
import { playGame } from '../../src/cli/game-loop';
import { openDice, seedRng } from '../../src/engine/rng';
import { pickOrders } from './order-picker';
import { SCENARIOS } from '../../src/scenario';

const FC_SEED = 20201110;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom('x', 'y'),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('json'), { maxKeys: 4 }),
  ),
}));

/** One edit: which container to touch, which of its slots, and what to put there (or delete). */
const edit = fc.record({ node: fc.nat(), slot: fc.nat(), value: json, remove: fc.boolean() });

function containers(v: unknown, out: object[] = []): object[] {
  if (typeof v === 'object' && v !== null) {
    out.push(v);
    for (const x of Object.values(v)) containers(x, out);
  }
  return out;
}

function applyEdit(root: Json, e: { node: number; slot: number; value: Json; remove: boolean }): void {
  const all = containers(root);
  if (all.length === 0) return;
  const target = all[e.node % all.length] as Record<string, Json> | Json[];
  if (Array.isArray(target)) {
    if (e.remove && target.length > 0) target.splice(e.slot % target.length, 1);
    else target[e.slot % (target.length + 1)] = e.value;
  } else {
    const key = ['a', 'b', 'c', 'd'][e.slot % 4];
    if (e.remove) delete target[key];
    else target[key] = e.value;
  }
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** Paths (in `got`) of objects that are not frozen. */
function unfrozen(v: unknown, path = '$', out: string[] = []): string[] {
  if (typeof v !== 'object' || v === null) return out;
  if (!Object.isFrozen(v)) out.push(path);
  for (const [k, x] of Object.entries(v)) unfrozen(x, `${path}.${k}`, out);
  return out;
}

/** Paths where `got` holds an object equal to prev's at the same path but not prev's own. */
function unshared(prev: unknown, got: unknown, path = '$', out: string[] = []): string[] {
  if (typeof prev !== 'object' || prev === null || typeof got !== 'object' || got === null) return out;
  if (Array.isArray(prev) !== Array.isArray(got)) return out;
  if (canonicalJson(prev) === canonicalJson(got)) {
    if (prev !== got) out.push(path);
    return out;
  }
  const p = prev as Record<string, unknown>;
  for (const [k, x] of Object.entries(got)) if (k in p) unshared(p[k], x, `${path}.${k}`, out);
  return out;
}

describe('settle', () => {
  it('keeps the content, freezes everything, and shares every part equal to the previous one', () => {
    fc.assert(
      fc.property(json, fc.array(edit, { maxLength: 5 }), (base, edits) => {
        const prev = deepFreeze(structuredClone(base));
        const next = structuredClone(base);
        for (const e of edits) applyEdit(next, e);
        const expected = canonicalJson(next);
        const got = settle(prev, next);
        expect(canonicalJson(got)).toBe(expected);
        expect(unfrozen(got)).toEqual([]);
        expect(unshared(prev, got)).toEqual([]);
      }),
      { seed: FC_SEED, numRuns: 400 },
    );
  });

  it('a whole game played with simulateTurn and settled reaches resolveTurn\'s hash every turn, sharing what did not change', () => {
    const sc = SCENARIOS['2020-full'];
    const game = playGame(sc, 'settle-game', { record: true });
    if (!game.ok) throw new Error(game.message);
    const replay = game.game.replay;
    if (!replay) throw new Error('no replay');
    const start = newGame(sc, replay.seed);
    if (!start.ok) throw new Error(start.message);
    let viaImmer: GameState = start.state;
    let settled: GameState = start.state;
    let sharedParts = 0;
    for (const turn of replay.turns) {
      const a = resolveTurn(viaImmer, turn.orders);
      const b = simulateTurn(settled, turn.orders);
      if (!a.ok || !b.ok) throw new Error('a recorded turn was refused');
      const before = settled;
      settled = settle(before, b.state);
      viaImmer = a.state;
      expect(hashState(settled)).toBe(turn.hash);
      expect(hashState(viaImmer)).toBe(turn.hash);
      expect(unfrozen(settled)).toEqual([]);
      expect(unshared(before, settled)).toEqual([]);
      expect(settled.rules).toBe(before.rules);
      for (const id of settled.regionOrder) if (settled.regions[id] === before.regions[id]) sharedParts++;
      for (const id of settled.actorOrder) if (settled.actors[id].relations === before.actors[id].relations) sharedParts++;
    }
    // Most regions and most actors' relations are the same from one week to the next.
    expect(sharedParts).toBeGreaterThan(replay.turns.length);
  });

  it('chained turn after turn on games of random legal orders, it keeps resolveTurn\'s hash (what verifyReplay\'s quick pass relies on)', () => {
    fc.assert(
      fc.property(fc.constantFrom('2020-war', '2020-full'), fc.integer({ min: 1, max: 1_000_000 }), (id, n) => {
        const start = newGame(SCENARIOS[id], `settle-${n}`);
        if (!start.ok) throw new Error(start.message);
        let viaImmer: GameState = start.state;
        let settled: GameState = start.state;
        const dice = openDice(seedRng(`settle-picker-${n}`));
        for (let t = 0; t < 12 && !viaImmer.ended; t++) {
          const orders = pickOrders(viaImmer, dice);
          const a = resolveTurn(viaImmer, orders);
          const b = simulateTurn(settled, orders);
          if (!a.ok || !b.ok) throw new Error(`turn ${t + 1} refused`);
          viaImmer = a.state;
          settled = settle(settled, b.state);
          expect(hashState(settled), `${id} settle-${n}, turn ${t + 1}`).toBe(hashState(viaImmer));
        }
        expect(unfrozen(settled)).toEqual([]);
      }),
      { seed: FC_SEED + 1, numRuns: 10 },
    );
  });
});
