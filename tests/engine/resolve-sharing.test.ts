// resolveTurn plays the phases on a working copy, then shares what the turn left unchanged with
// the state before and freezes the rest (engine/share.ts). It must reach exactly the state the
// reference way reaches, the same phases inside one immer produce (how turns were played before):
// the same hash, the same data, and the same key order in every record keyed by ids (iteration
// follows key order). The fields of a record of the data model (an actor, a region, a link, a
// treaty, a proposal, a third party, the state itself) may come in another order: the working copy
// writes them in its table's order, and nothing iterates them. A state it hands back must be
// frozen through and through and must not change when the game goes on.
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../src/ai';
import { hashState, newGame, resolveTurn, type Forces, type GameState, type OrdersByActor } from '../../src/engine';
import { canonicalJson } from '../../src/engine/hash';
import { openDice, seedRng } from '../../src/engine/rng';
import { shareUnchanged } from '../../src/engine/share';
import { workingCopy } from '../../src/engine/working-copy';
import { preparedTurn } from '../../src/engine/turn';
import { SCENARIOS } from '../../src/scenario';
import { pickOrders } from './order-picker';

const FC_SEED = 20201110;

function start(scenario: string, seed: string, variant: string | null = null): GameState {
  const g = newGame(SCENARIOS[scenario], seed, { variant });
  if (!g.ok) throw new Error(g.message);
  return g.state;
}

/** The reference: the same checked turn, its phases run inside immer's produce. */
function byImmer(state: GameState, orders: OrdersByActor): { state: GameState; log: unknown[] } {
  const turn = preparedTurn(state, orders, undefined, false);
  if (!turn.ok) throw new Error(turn.message);
  return { state: produce(state, (draft) => turn.play(draft)), log: turn.log };
}

/** Every object in a value that is not frozen, by path. */
function unfrozen(v: unknown, path = '$', out: string[] = []): string[] {
  if (typeof v !== 'object' || v === null) return out;
  if (!Object.isFrozen(v)) out.push(path);
  for (const [k, x] of Object.entries(v)) unfrozen(x, `${path}.${k}`, out);
  return out;
}

/** Records of the data model, whose fields are written in their table's order (engine/fields.ts). */
const TABLE_RECORD = /^\$(\.(actors|regions|thirdParties)\.[^.]+|\.(links|treaties|proposals)\.\d+)?$/;

/** The keys (those with a value) of every object in a state, in order; sorted for the records of the data model. */
function keyOrders(v: unknown, path = '$', out: string[] = []): string[] {
  if (typeof v !== 'object' || v === null) return out;
  const defined = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  const keys = TABLE_RECORD.test(path) ? defined.sort() : defined;
  out.push(`${path}: ${keys.join(',')}`);
  for (const k of keys) keyOrders((v as Record<string, unknown>)[k], `${path}.${k}`, out);
  return out;
}

/** Both ways, compared; returns resolveTurn's state. */
function both(state: GameState, orders: OrdersByActor, where: string): GameState {
  const fast = resolveTurn(state, orders);
  if (!fast.ok) throw new Error(`${where}: ${fast.message}`);
  const ref = byImmer(state, orders);
  const at = `${where}, turn ${state.turn + 1}`;
  expect(hashState(fast.state), at).toBe(hashState(ref.state));
  expect(canonicalJson(fast.state), at).toBe(canonicalJson(ref.state));
  expect(keyOrders(fast.state), at).toEqual(keyOrders(ref.state));
  expect(fast.log, at).toEqual(ref.log);
  return fast.state;
}

describe('resolveTurn reaches the state immer reached', () => {
  it('on games of random legal orders, both scenarios and every variant', () => {
    fc.assert(
      fc.property(fc.constantFrom('2020-war', '2020-full'), fc.constantFrom(null, 'no-turkish-drones', 'russia-defends-karabakh'), fc.integer({ min: 1, max: 1_000_000 }), (scenario, variant, n) => {
        let s = start(scenario, `share-${n}`, variant);
        const dice = openDice(seedRng(`share-picker-${n}`));
        for (let t = 0; t < 10 && !s.ended; t++) s = both(s, pickOrders(s, dice), `${scenario} ${variant} share-${n}`);
      }),
      { seed: FC_SEED, numRuns: 10 },
    );
  }, 60_000);

  it('on a whole computer-played game of the long scenario', () => {
    let s = start('2020-full', 'share-ai');
    while (!s.ended) {
      const decisions = decideAll(s);
      const orders: OrdersByActor = {};
      for (const id of Object.keys(decisions)) orders[id] = decisions[id].orders;
      s = both(s, orders, 'share-ai');
    }
  }, 60_000);
});

describe('a state resolveTurn hands back', () => {
  it('is frozen throughout, shares what the turn did not change, and stays as it was while the game goes on', () => {
    let s = start('2020-full', 'share-frozen');
    const dice = openDice(seedRng('share-frozen-picker'));
    const kept: { state: GameState; json: string; hash: string }[] = [];
    for (let t = 0; t < 8 && !s.ended; t++) {
      const res = resolveTurn(s, pickOrders(s, dice));
      if (!res.ok) throw new Error(res.message);
      const next = res.state;
      expect(unfrozen(next), `turn ${t + 1}`).toEqual([]);
      // The map's own data and the rules are the same records; so is every region no one took.
      expect(next.rules).toBe(s.rules);
      for (const id of next.regionOrder) if (next.regions[id].controller === s.regions[id].controller) expect(next.regions[id], id).toBe(s.regions[id]);
      kept.push({ state: next, json: JSON.stringify(next), hash: hashState(next) });
      s = next;
    }
    for (const k of kept) {
      expect(JSON.stringify(k.state)).toBe(k.json);
      expect(hashState(k.state)).toBe(k.hash);
    }
  });

  it('is the same from an editable copy of a state as from the frozen state, and the copy is not changed', () => {
    const s = start('2020-war', 'share-editable');
    const orders = pickOrders(s, openDice(seedRng('share-editable-picker')));
    const copy = structuredClone(s);
    const fromFrozen = resolveTurn(s, orders);
    const fromCopy = resolveTurn(copy, orders);
    if (!fromFrozen.ok || !fromCopy.ok) throw new Error('refused');
    expect(hashState(fromCopy.state)).toBe(hashState(fromFrozen.state));
    expect(JSON.stringify(copy)).toBe(JSON.stringify(s));
  });
});

describe('shareUnchanged', () => {
  it('keeps the earlier record for an equal one, not for one with other values or its keys in another order', () => {
    const prev = start('2020-full', 'share-unit');
    expect(shareUnchanged(prev, workingCopy(prev))).toBe(prev);
    const next = workingCopy(prev);
    next.actors.armenia.treasury += 1;
    const [first, second] = Object.keys(next.actors.azerbaijan.forces);
    const forces = next.actors.azerbaijan.forces;
    const reordered: Record<string, Forces> = { [second]: forces[second], [first]: forces[first] };
    for (const r of Object.keys(forces)) reordered[r] = forces[r];
    next.actors.azerbaijan.forces = reordered;
    next.links[1].exposed = !next.links[1].exposed;
    const out = shareUnchanged(prev, next);
    expect(out).toBe(next);
    expect(out.regions).toBe(prev.regions);
    expect(out.actors).not.toBe(prev.actors);
    expect(out.actors.armenia).not.toBe(prev.actors.armenia);
    expect(out.actors.armenia.relations).toBe(prev.actors.armenia.relations);
    expect(out.actors.russia).toBe(prev.actors.russia);
    expect(out.actors.azerbaijan.forces).not.toBe(prev.actors.azerbaijan.forces);
    expect(Object.keys(out.actors.azerbaijan.forces).slice(0, 2)).toEqual([second, first]);
    expect(out.actors.azerbaijan.forces[first]).toBe(prev.actors.azerbaijan.forces[first]);
    expect(out.links).not.toBe(prev.links);
    expect(out.links[0]).toBe(prev.links[0]);
    expect(out.links[1]).not.toBe(prev.links[1]);
  });
});
