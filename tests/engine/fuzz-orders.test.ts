// Fuzzing the engine's edge as a class server meets it: legal orders (from legalOrders, the
// computer actors and one proposal of every kind) on real mid-game states of both scenarios,
// mutated the ways a careless or hostile client would. Each list is either refused with a code
// and a short message, or resolved into an integer-only state whose hash is deterministic; the
// state it started from never changes. fast-check prints the seed and the shrunk case of a failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseOrders, ordersForAll } from '../../src/ai';
import { hashState, legalOrders, newGame, resolveTurn, validateOrders, type ActorId, type GameState, type Order, type OrderKind, type OrdersByActor } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { SCENARIO_IDS, type ScenarioId } from './helpers';
import { notIntegerOnly, recordsOf } from './state-walk';

const FC_SEED: Record<ScenarioId, number> = { '2020-war': 20201110, '2020-full': 20201111 };
const RUNS_PER_SCENARIO = 3000;
/** Turns played by the computer actors before the states the fuzzing starts from. */
const SNAPSHOT_TURNS: Record<ScenarioId, readonly number[]> = { '2020-war': [2, 5], '2020-full': [3, 9] };

interface Fixture {
  readonly state: GameState;
  readonly hash: string;
  readonly actors: readonly ActorId[];
  readonly base: Readonly<Record<ActorId, readonly unknown[]>>;
  readonly ids: readonly string[];
  /** The state's records, checked clean once: the walk of a next state skips what it shares. */
  readonly clean: WeakSet<object>;
}

/** One proposal of every kind from `actor`, and counters to what it may answer. */
function proposals(s: GameState, actor: ActorId): unknown[] {
  const others = s.actorOrder.filter((a) => a !== actor);
  const [one, two] = [others[actor.length % others.length], others[(actor.length + 3) % others.length]];
  const [r0, r1, r2] = [s.regionOrder[actor.length % s.regionOrder.length], s.regionOrder[1], s.regionOrder[2]];
  const terms = [
    { kind: 'ceasefire', turns: 3, monitors: [two] },
    { kind: 'settlement', transfers: [{ region: r0, to: actor, afterTurns: 1 }], corridors: [r1], peacekeepers: { actor: two, strength: 5, years: 5, renewable: true }, monitoringCentre: [one, two], displacedReturn: true, prisonerExchange: false },
    { kind: 'arms-deal', seller: actor, buyer: one, package: 'arms', price: 5, delay: 1 },
    { kind: 'transit', grantor: one, user: actor, turns: 4 },
    { kind: 'basing', host: one, guest: actor, region: r2, turns: 4 },
    { kind: 'mediation', mediator: two },
    { kind: 'summit', agenda: 'talks' },
    { kind: 'statement', stance: 'condemn', about: two },
    { kind: 'sanction', target: one, exports: true },
    { kind: 'recognition', of: one },
  ];
  const answerable = s.proposals.filter((p) => p.status === 'pending' && p.to.includes(actor) && p.turn < s.turn);
  return [
    ...terms.map((t) => ({ kind: 'propose', to: [one], terms: t })),
    ...answerable.flatMap((p) => terms.slice(0, 3).map((t) => ({ kind: 'answer', proposal: p.id, answer: 'counter', counter: t }))),
  ];
}

/** Mid-game states of a computer-played game; the turn before each, every actor also proposes something, so there is much to answer. */
function fixtures(scenario: ScenarioId): Fixture[] {
  const g = newGame(SCENARIOS[scenario], `fuzz-${scenario}`);
  if (!g.ok) throw new Error(g.message);
  let s = g.state;
  const out: Fixture[] = [];
  const last = Math.max(...SNAPSHOT_TURNS[scenario]);
  for (let t = 0; t <= last && !s.ended; t++) {
    if (SNAPSHOT_TURNS[scenario].includes(t)) {
      const actors = s.actorOrder.filter((a) => legalOrders(s, a).length > 0);
      const base: Record<ActorId, unknown[]> = {};
      for (const a of actors) base[a] = [...legalOrders(s, a), ...chooseOrders(s, a).orders, ...proposals(s, a)];
      const ids = [...s.actorOrder, ...s.regionOrder, ...s.proposals.map((p) => p.id)];
      expect(notIntegerOnly(s)).toEqual([]);
      out.push({ state: s, hash: hashState(s), actors, base, ids, clean: recordsOf(s) });
    }
    const orders: Record<ActorId, readonly Order[]> = { ...ordersForAll(s) };
    if (SNAPSHOT_TURNS[scenario].includes(t + 1)) {
      for (const [a, list] of Object.entries(orders)) {
        const extra = legalOrders(s, a).find((o) => o.kind === 'propose');
        if (extra && validateOrders(s, a, [...list, extra]).ok) orders[a] = [...list, extra];
      }
    }
    const r = resolveTurn(s, orders);
    if (!r.ok) throw new Error(r.message);
    s = r.state;
  }
  return out;
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const NUMBERS = [-1, 0, 1, 2, 0.5, -0, 13, 99, 100, 101, 9999, 10000, 1e21, 1e300, -1e300, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, -Infinity];
const LONG_TEXT = 'x'.repeat(100_000);
/** Keys only a mutation puts in an order: none may reach a state. */
const strangeKey = (k: string): boolean => k.startsWith('x-extra') || PROTOTYPE_NAMES.includes(k);
/** Words an order is made of, for swapping one for another: an accept may become a reject, a hold a strike. */
const WORDS = ['accept', 'reject', 'counter', 'move', 'attack', 'strike', 'hold', 'mobilise', 'propose', 'answer', 'support', 'ceasefire', 'settlement', 'summit', 'sanction'];
const OPS = ['drop', 'duplicate', 'graft', 'retype', 'swap-id', 'swap-word', 'number', 'prototype-key', 'deep', 'long-text', 'extra-field', 'list'] as const;
type Mutation = { op: (typeof OPS)[number]; at: number; pick: number; value: unknown };

function deep(levels: number, asList: boolean): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = asList ? [v] : { next: v };
  return v;
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place inside an order a mutation may hit (not below a few levels: a deep mutation stays unwalked). */
function slots(parent: unknown[], key: number): Slot[] {
  const out: Slot[] = [];
  const stack: { slot: Slot; depth: number }[] = [{ slot: { parent, key }, depth: 0 }];
  while (stack.length > 0) {
    const { slot, depth } = stack.pop()!;
    out.push(slot);
    const v = (slot.parent as Record<string | number, unknown>)[slot.key];
    if (depth >= 4 || v === null || typeof v !== 'object') continue;
    for (const k of Object.keys(v)) stack.push({ slot: { parent: v as Record<string, unknown>, key: Array.isArray(v) ? Number(k) : k }, depth: depth + 1 });
  }
  return out;
}

function mutate(list: unknown[], m: Mutation, ids: readonly string[], base: readonly unknown[]): unknown {
  if (m.op === 'list') {
    const ways = [() => m.value, () => ({ ...list, length: list.length }), () => Array.from({ length: 101 + (m.pick % 50) }, (_, i) => list[i % Math.max(1, list.length)])];
    return ways[m.pick % ways.length]();
  }
  if (list.length === 0) return list;
  const all = slots(list, m.at % list.length);
  const { parent, key } = all[m.pick % all.length];
  const p = parent as Record<string | number, unknown>;
  const target = p[key] !== null && typeof p[key] === 'object' ? (p[key] as Record<string, unknown>) : (p as Record<string, unknown>);
  switch (m.op) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete p[key];
      break;
    case 'duplicate': {
      // The same value twice (shared, not copied: it may be 20,000 deep).
      if (Array.isArray(parent)) parent.splice(Number(key), 0, p[key]);
      else {
        const keys = Object.keys(parent);
        p[keys[m.at % keys.length]] = p[key];
      }
      break;
    }
    case 'graft': {
      // A field of another order of this actor, under its own name (a counter on an accept, terms on a hold).
      const donor = base[m.at % base.length] as Record<string, unknown>;
      const missing = Object.keys(donor).filter((k) => !Object.hasOwn(target, k));
      const keys = missing.length > 0 ? missing : Object.keys(donor);
      const k = keys[m.pick % keys.length];
      target[k] = structuredClone(donor[k]);
      break;
    }
    case 'swap-word':
      p[key] = WORDS[m.at % WORDS.length];
      break;
    case 'retype':
      p[key] = m.value;
      break;
    case 'swap-id': {
      const pool = [...ids, ...PROTOTYPE_NAMES, '', 'atlantis'];
      p[key] = pool[m.at % pool.length];
      break;
    }
    case 'number':
      p[key] = NUMBERS[m.at % NUMBERS.length];
      break;
    case 'prototype-key':
      Object.defineProperty(target, PROTOTYPE_NAMES[m.at % PROTOTYPE_NAMES.length], { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    case 'deep':
      if (m.at % 2 === 0) p[key] = deep(10_000 + (m.at % 3) * 5_000, m.at % 4 === 0);
      else target[`x-extra-deep`] = deep(20_000, false);
      break;
    case 'long-text':
      p[key] = LONG_TEXT;
      break;
    case 'extra-field':
      target[`x-extra-${m.at % 5}`] = m.at % 3 === 0 ? 1.5 : m.value;
      break;
  }
  return list;
}

/** The fields each kind of order has: the phases must see no other. */
const FIELDS: Record<OrderKind, readonly string[]> = {
  move: ['kind', 'from', 'to', 'forces'],
  attack: ['kind', 'from', 'target', 'forces'],
  strike: ['kind', 'from', 'target', 'weapon', 'aim'],
  hold: ['kind', 'region'],
  mobilise: ['kind', 'region', 'force', 'amount'],
  propose: ['kind', 'to', 'terms'],
  answer: ['kind', 'proposal', 'answer', 'counter', 'reason'],
  support: ['kind', 'client', 'package', 'covert', 'size', 'condition'],
  withdraw: ['kind', 'link'],
};

function extraFields(o: Order): string[] {
  const extra = Object.keys(o).filter((k) => !FIELDS[o.kind].includes(k));
  return o.kind === 'answer' && o.answer !== 'counter' && 'counter' in o ? [...extra, 'counter'] : extra;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({ op: fc.constantFrom(...OPS), at: fc.nat(), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) });
const sampleArb = fc.record({
  fixture: fc.nat(),
  actor: fc.nat(),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  mutations: fc.oneof({ arbitrary: fc.constant([]), weight: 1 }, { arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }), weight: 2 }),
  /** Now and then the orders come under another key than the actor's own. */
  stranger: fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, { arbitrary: fc.nat(), weight: 1 }),
});

describe('any order list a client may send is refused cleanly or resolved into a clean state', () => {
  it.each(SCENARIO_IDS)('%s: random and mutated orders and proposals on mid-game states', (scenario) => {
    const all = fixtures(scenario);
    const tally = { refused: 0, resolved: 0 };
    fc.assert(
      fc.property(sampleArb, (sample) => {
        const f = all[sample.fixture % all.length];
        const actor = f.actors[sample.actor % f.actors.length];
        const base = f.base[actor];
        let list: unknown = sample.picks.map((i) => structuredClone(base[i % base.length]));
        for (const m of sample.mutations) list = Array.isArray(list) ? mutate(list, m, f.ids, base) : list;
        const key = sample.stranger === null ? actor : [...f.ids, ...PROTOTYPE_NAMES][sample.stranger % (f.ids.length + PROTOTYPE_NAMES.length)];
        const orders = { [key]: list } as unknown as OrdersByActor;

        const r = resolveTurn(f.state, orders);
        if (key === actor) {
          const v = validateOrders(f.state, actor, list);
          expect(v.ok ? { ok: true } : { ok: false, code: v.code, message: v.message }).toEqual(r.ok ? { ok: true } : r);
        }
        if (!r.ok) {
          tally.refused++;
          expect(r.code).toMatch(/^ERR_[A-Z_]+$/);
          expect(r.message.trim().length).toBeGreaterThan(0);
          expect(r.message.length).toBeLessThan(400);
        } else {
          tally.resolved++;
          expect(notIntegerOnly(r.state, { clean: f.clean, strangeKey })).toEqual([]);
          expect(notIntegerOnly(r.log, { strangeKey })).toEqual([]);
          for (const e of r.log) if (e.kind === 'order') expect(extraFields(e.order)).toEqual([]);
          const again = resolveTurn(f.state, orders);
          expect(again.ok && hashState(again.state)).toBe(hashState(r.state));
        }
        expect(hashState(f.state)).toBe(f.hash);
      }),
      { seed: FC_SEED[scenario], numRuns: RUNS_PER_SCENARIO },
    );
    // Both outcomes must be common, or the fuzzing tests only one side of the edge.
    expect(tally.refused).toBeGreaterThan(RUNS_PER_SCENARIO / 5);
    expect(tally.resolved).toBeGreaterThan(RUNS_PER_SCENARIO / 10);
  }, 60_000);
});
