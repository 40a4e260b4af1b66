// What a class server may pass straight from a student's browser: every bad order, proposal and
// answer is refused with a code and a message naming where, and the state is left as it was;
// extra fields are dropped and never reach the state.
import { describe, expect, it } from 'vitest';
import { hashState, legalOrders, newGame, newReplay, recordTurn, resolveTurn, simulateTurn, validateOrder, validateOrders, verifyReplay, type EngineError, type GameState, type OrdersByActor } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { quiet } from './helpers';
import { notIntegerOnly } from './state-walk';

const CEASEFIRE = { kind: 'ceasefire', turns: 2, monitors: [] };

/** A proposal from Azerbaijan that Armenia may answer this turn. */
function withPending(): GameState {
  const s = quiet();
  s.proposals.push({ id: 'p-test', from: 'azerbaijan', to: ['armenia'], turn: s.turn - 1, terms: { kind: 'ceasefire', turns: 2, monitors: [] }, answers: {}, status: 'pending' });
  return s;
}

/** resolveTurn and simulateTurn refuse the same way, and the state is untouched. */
function refusedWholly(s: GameState, orders: unknown): EngineError {
  const before = hashState(s);
  const snapshot = structuredClone(s);
  const r = resolveTurn(s, orders as OrdersByActor);
  expect(simulateTurn(s, orders as OrdersByActor)).toEqual(r);
  expect(s).toEqual(snapshot);
  expect(hashState(s)).toBe(before);
  if (r.ok) throw new Error('the turn was resolved');
  expect(r.message.length).toBeLessThan(300);
  return r;
}

function deep(levels: number, leaf: unknown = 1): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < levels; i++) v = { next: v };
  return v;
}

function deepList(levels: number): unknown {
  let v: unknown = ['armenia'];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

const move = (forces: unknown) => ({ kind: 'move', from: 'baku', to: 'barda', forces });

describe('answers to proposals', () => {
  it('a reject carrying a junk counter is refused by resolveTurn, simulateTurn and verifyReplay alike (it passed validation, then resolveTurn threw "t.monitors.map is not a function" while replay said OK)', () => {
    const junk = { kind: 'answer', proposal: 'p-test', answer: 'reject', counter: { kind: 'ceasefire', turns: 2, monitors: 'xx' } };
    const r = refusedWholly(withPending(), { armenia: [junk] });
    expect(r).toEqual({ ok: false, code: 'ERR_BAD_ORDER', message: 'Armenia\'s order 1 (answer): counter: only an answer "counter" carries terms; this answer is "reject".' });

    const start = newGame(SCENARIOS['2020-war'], 'junk-counter');
    if (!start.ok) throw new Error(start.message);
    const propose = legalOrders(start.state, 'azerbaijan').find((o) => o.kind === 'propose');
    const first = resolveTurn(start.state, { azerbaijan: [propose!] });
    if (!first.ok) throw new Error(first.message);
    const p = first.state.proposals.find((x) => x.status === 'pending' && x.to.includes('armenia'));
    const second = { armenia: [{ ...junk, proposal: p!.id }] } as unknown as OrdersByActor;
    const replay = recordTurn(recordTurn(newReplay(start.state), { azerbaijan: [propose!] }, first.state), second, first.state);
    expect(verifyReplay(replay, SCENARIOS['2020-war'])).toMatchObject({ ok: false, code: 'ERR_BAD_ORDER', firstDivergingTurn: 2 });
  });

  it('an accept or a reject carries no counter, even a well-formed one; a counter must carry one', () => {
    for (const answer of ['accept', 'reject']) {
      const r = refusedWholly(withPending(), { armenia: [{ kind: 'answer', proposal: 'p-test', answer, counter: CEASEFIRE }] });
      expect(r.message).toMatch(/counter: only an answer "counter" carries terms/);
    }
    const none = refusedWholly(withPending(), { armenia: [{ kind: 'answer', proposal: 'p-test', answer: 'counter' }] });
    expect(none).toMatchObject({ code: 'ERR_BAD_TERMS', message: expect.stringMatching(/counter is missing: it must be the terms of a proposal/) });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('an answer to a proposal "%s" is an answer to no proposal', (id) => {
    const r = refusedWholly(withPending(), { armenia: [{ kind: 'answer', proposal: id, answer: 'accept' }] });
    expect(r.code).toBe('ERR_UNKNOWN_PROPOSAL');
  });
});

describe('counts are safe whole numbers within their range', () => {
  it.each([
    ['a fraction', 1.5],
    ['a negative number', -1],
    ['1e300', 1e300],
    ['2**53, beyond the safe integers', 2 ** 53],
    ['not a number', Number.NaN],
    ['a text', '3'],
  ])('a force strength that is %s is refused, naming the force', (_name, n) => {
    const r = refusedWholly(quiet(), { azerbaijan: [move({ infantry: n })] });
    expect(r.code).toBe('ERR_BAD_ORDER');
    expect(r.message).toMatch(/^Azerbaijan's order 1 \(move\): forces\.infantry must be a whole number from 0 to 9999, not /);
  });

  it('a "__proto__" key among the forces (as JSON.parse makes it) is no force type', () => {
    const r = refusedWholly(quiet(), { azerbaijan: [move(JSON.parse('{"infantry": 1, "__proto__": 1}'))] });
    expect(r.message).toMatch(/forces names "__proto__", which is no force type/);
  });

  it('a count deep in the terms is refused with its path: "Turkey\'s order 3 (propose): terms.transfers[1].afterTurns ..."', () => {
    const transfers = [{ region: 'aghdam', to: 'azerbaijan', afterTurns: 1 }, { region: 'lachin', to: 'azerbaijan', afterTurns: 20 }];
    const settlement = { kind: 'settlement', transfers, corridors: [], peacekeepers: null, monitoringCentre: [], displacedReturn: true, prisonerExchange: true };
    const hold = { kind: 'hold', region: 'baku' };
    const r = refusedWholly(quiet(), { turkey: [hold, hold, { kind: 'propose', to: ['armenia', 'azerbaijan'], terms: settlement }] });
    expect(r).toEqual({ ok: false, code: 'ERR_BAD_TERMS', message: 'Turkey\'s order 3 (propose): terms.transfers[1].afterTurns must be a whole number from 0 to 12, not 20.' });
  });
});

describe('ids are looked up as the scenario\'s own, never through an object\'s prototype', () => {
  it.each(['constructor', 'toString', '__proto__'])('"%s" is no actor as an addressee, a client or a monitor', (id) => {
    const to = refusedWholly(quiet(), { azerbaijan: [{ kind: 'propose', to: [id], terms: CEASEFIRE }] });
    expect(to).toMatchObject({ code: 'ERR_UNKNOWN_ACTOR', message: expect.stringContaining(`to[0]: "${id}" is not an actor`) });
    const client = refusedWholly(quiet(), { turkey: [{ kind: 'support', client: id, package: 'arms', covert: false }] });
    expect(client).toMatchObject({ code: 'ERR_UNKNOWN_ACTOR', message: expect.stringContaining(`client: "${id}" is not an actor`) });
    const monitors = refusedWholly(quiet(), { azerbaijan: [{ kind: 'propose', to: ['armenia'], terms: { ...CEASEFIRE, monitors: ['russia', id] } }] });
    expect(monitors).toMatchObject({ code: 'ERR_UNKNOWN_ACTOR', message: expect.stringContaining(`terms.monitors[1]: "${id}" is not an actor`) });
  });

  it('an id that is an object with a junk toString, or a megabyte of text, is refused without being turned into text', () => {
    const odd = refusedWholly(quiet(), { azerbaijan: [{ kind: 'hold', region: { toString: 1 } }] });
    expect(odd.message).toMatch(/region: an object is not a region/);
    const long = refusedWholly(quiet(), { azerbaijan: [{ kind: 'hold', region: 'b'.repeat(1 << 20) }] });
    expect(long.code).toBe('ERR_UNKNOWN_REGION');
  });

  it('an order\'s fields must be its own: one that inherits them from a prototype is refused', () => {
    const r = refusedWholly(quiet(), { azerbaijan: [Object.create({ kind: 'hold', region: 'baku' })] });
    expect(r.message).toMatch(/kind is missing/);
  });
});

describe('lists and nesting are bounded', () => {
  it('orders given as something other than a list are refused', () => {
    for (const junk of ['hold', { 0: { kind: 'hold', region: 'baku' }, length: 1 }, null, 7]) {
      expect(refusedWholly(quiet(), { azerbaijan: junk }).code).toBe('ERR_BAD_ORDERS');
    }
  });

  it('a list of 100,000 orders is refused by its length, before any is read', () => {
    const many = Array.from({ length: 100_000 }, () => ({ kind: 'hold', region: 'baku' }));
    expect(refusedWholly(quiet(), { azerbaijan: many })).toMatchObject({ code: 'ERR_TOO_MANY_ORDERS', message: 'Azerbaijan gave 100000 orders; at most 100 are taken in a turn.' });
  });

  it('a list in the terms longer than the scenario\'s actors is refused', () => {
    const s = quiet();
    const monitors = Array.from({ length: s.actorOrder.length + 1 }, () => 'russia');
    const r = refusedWholly(s, { azerbaijan: [{ kind: 'propose', to: ['armenia'], terms: { ...CEASEFIRE, monitors } }] });
    expect(r.message).toMatch(new RegExp(`terms.monitors lists ${monitors.length} items; at most ${s.actorOrder.length}`));
  });

  it('a 20,000-deep value in a field the engine reads is refused without overflowing the stack', () => {
    expect(refusedWholly(quiet(), { azerbaijan: [move(deep(20_000))] }).code).toBe('ERR_BAD_ORDER');
    const nested = refusedWholly(quiet(), { azerbaijan: [{ kind: 'propose', to: ['armenia'], terms: { ...CEASEFIRE, monitors: deepList(20_000) } }] });
    expect(nested.message).toMatch(/terms\.monitors\[0\]: a list of 1 is not an actor/);
  });
});

describe('extra fields are dropped: the state holds only what the rules know', () => {
  const proposed = (extra: Record<string, unknown>) => {
    const s = quiet();
    const before = hashState(s);
    const terms = { ...CEASEFIRE, ...extra };
    const r = resolveTurn(s, { azerbaijan: [{ kind: 'propose', to: ['armenia'], terms, note: 0.5 }] } as unknown as OrdersByActor);
    if (!r.ok) throw new Error(r.message);
    expect(hashState(s)).toBe(before);
    expect(Object.isFrozen(terms)).toBe(false);
    return r;
  };

  it('a "weight": 1.5 in the terms never reaches the state (it used to, and the hash threw on the fraction)', () => {
    const r = proposed({ weight: 1.5 });
    const p = r.state.proposals.find((x) => x.from === 'azerbaijan');
    expect(p?.terms).toEqual(CEASEFIRE);
    expect(Object.keys(p!.terms).sort()).toEqual(['kind', 'monitors', 'turns']);
    expect(notIntegerOnly(r.state)).toEqual([]);
    expect(hashState(r.state)).toMatch(/^[0-9a-f]{16}$/);
    const order = r.log.find((e) => e.kind === 'order');
    expect(order && 'order' in order ? Object.keys(order.order).sort() : null).toEqual(['kind', 'terms', 'to']);
  });

  it('a 20,000-deep extra field in the terms is dropped unread (settling the state used to overflow the stack)', () => {
    const r = proposed({ extra: deep(20_000) });
    expect(r.state.proposals.find((x) => x.from === 'azerbaijan')?.terms).toEqual(CEASEFIRE);
    const again = simulateTurn(quiet(), { azerbaijan: [{ kind: 'propose', to: ['armenia'], terms: { ...CEASEFIRE, extra: deep(20_000) } }] } as unknown as OrdersByActor);
    expect(again.ok && hashState(again.state)).toBe(hashState(r.state));
  });

  it('validateOrder and validateOrders hand back the rebuilt order, not the input', () => {
    const input = { kind: 'hold', region: 'baku', colour: 'red' };
    const one = validateOrder(quiet(), 'azerbaijan', input);
    expect(one).toEqual({ ok: true, order: { kind: 'hold', region: 'baku' } });
    const all = validateOrders(quiet(), 'azerbaijan', [input, input]);
    expect(all.ok && all.orders.every((o) => o !== input && !('colour' in o))).toBe(true);
  });
});
