import { describe, expect, it } from 'vitest';
import { legalOrders, resolveTurn, validateOrder, validateOrders, hashState, type GameState, type Order } from '../../src/engine';
import { play, quiet, SCENARIO_IDS } from './helpers';

type Case = { name: string; actor: string; order: unknown; code: string; setup?: (s: GameState) => void };

const pending = (s: GameState, over: Partial<GameState['proposals'][number]> = {}) =>
  s.proposals.push({ id: 'p-test', from: 'azerbaijan', to: ['armenia'], turn: s.turn - 1, terms: { kind: 'ceasefire', turns: 2, monitors: [] }, answers: {}, status: 'pending', ...over });

const CASES: Case[] = [
  { name: 'unknown region', actor: 'azerbaijan', order: { kind: 'move', from: 'baku', to: 'atlantis', forces: { infantry: 1 } }, code: 'ERR_UNKNOWN_REGION' },
  { name: 'unknown region to hold', actor: 'azerbaijan', order: { kind: 'hold', region: 'atlantis' }, code: 'ERR_UNKNOWN_REGION' },
  { name: 'region id that is not a string', actor: 'azerbaijan', order: { kind: 'attack', from: 7, target: 'mardakert', forces: { infantry: 1 } }, code: 'ERR_UNKNOWN_REGION' },
  { name: 'not adjacent', actor: 'azerbaijan', order: { kind: 'move', from: 'baku', to: 'ganja', forces: { infantry: 1 } }, code: 'ERR_NOT_ADJACENT' },
  { name: 'attack on a region not adjacent', actor: 'azerbaijan', order: { kind: 'attack', from: 'baku', target: 'shusha', forces: { infantry: 1 } }, code: 'ERR_NOT_ADJACENT' },
  { name: 'not enough forces', actor: 'azerbaijan', order: { kind: 'attack', from: 'tartar', target: 'mardakert', forces: { infantry: 999 } }, code: 'ERR_NOT_ENOUGH_FORCES' },
  { name: 'forces from a region with none', actor: 'armenia', order: { kind: 'move', from: 'sotk', to: 'yerevan', forces: { armour: 1 } }, code: 'ERR_NOT_ENOUGH_FORCES' },
  { name: 'strike with no drones there', actor: 'armenia', order: { kind: 'strike', from: 'meghri', target: 'zangilan', weapon: 'drones', aim: 'forces' }, code: 'ERR_NOT_ENOUGH_FORCES' },
  { name: 'zero forces', actor: 'azerbaijan', order: { kind: 'move', from: 'baku', to: 'barda', forces: { infantry: 0 } }, code: 'ERR_NO_FORCES' },
  { name: 'negative forces', actor: 'azerbaijan', order: { kind: 'move', from: 'baku', to: 'barda', forces: { infantry: -1 } }, code: 'ERR_BAD_ORDER' },
  { name: 'fractional forces', actor: 'azerbaijan', order: { kind: 'move', from: 'baku', to: 'barda', forces: { infantry: 0.5 } }, code: 'ERR_BAD_ORDER' },
  { name: 'unknown force type', actor: 'azerbaijan', order: { kind: 'move', from: 'baku', to: 'barda', forces: { cavalry: 1 } }, code: 'ERR_BAD_ORDER' },
  { name: 'forces not an object', actor: 'azerbaijan', order: { kind: 'move', from: 'baku', to: 'barda', forces: 3 }, code: 'ERR_BAD_ORDER' },
  { name: 'peacekeepers ordered to move', actor: 'russia', order: { kind: 'move', from: 'gyumri', to: 'yerevan', forces: { peacekeepers: 1 } }, code: 'ERR_PEACEKEEPERS', setup: (s) => (s.actors.russia.forces.gyumri.peacekeepers = 2) },
  { name: 'move into enemy ground', actor: 'azerbaijan', order: { kind: 'move', from: 'tartar', to: 'mardakert', forces: { infantry: 1 } }, code: 'ERR_NOT_FRIENDLY' },
  { name: 'attack on own region', actor: 'azerbaijan', order: { kind: 'attack', from: 'baku', target: 'barda', forces: { infantry: 1 } }, code: 'ERR_OWN_REGION' },
  { name: 'attack on a commanded ally', actor: 'armenia', order: { kind: 'attack', from: 'goris', target: 'lachin', forces: { infantry: 1 } }, code: 'ERR_OWN_REGION' },
  { name: 'attack on a region held by no one', actor: 'azerbaijan', order: { kind: 'attack', from: 'tartar', target: 'mardakert', forces: { infantry: 1 } }, code: 'ERR_NO_TARGET', setup: (s) => (s.regions.mardakert.controller = null) },
  { name: 'attack with drones alone', actor: 'azerbaijan', order: { kind: 'attack', from: 'tartar', target: 'mardakert', forces: { drones: 1 } }, code: 'ERR_NO_GROUND_FORCES' },
  { name: 'artillery beyond range', actor: 'azerbaijan', order: { kind: 'strike', from: 'tartar', target: 'shusha', weapon: 'artillery', aim: 'forces' }, code: 'ERR_OUT_OF_RANGE' },
  { name: 'unknown weapon', actor: 'azerbaijan', order: { kind: 'strike', from: 'tartar', target: 'mardakert', weapon: 'nukes', aim: 'forces' }, code: 'ERR_BAD_ORDER' },
  { name: 'unknown aim', actor: 'azerbaijan', order: { kind: 'strike', from: 'tartar', target: 'mardakert', weapon: 'artillery', aim: 'hearts' }, code: 'ERR_BAD_ORDER' },
  { name: 'strike on own side', actor: 'azerbaijan', order: { kind: 'strike', from: 'tartar', target: 'barda', weapon: 'drones', aim: 'forces' }, code: 'ERR_OWN_REGION' },
  { name: 'mobilise in a region not held', actor: 'azerbaijan', order: { kind: 'mobilise', region: 'shusha', force: 'infantry', amount: 1 }, code: 'ERR_NOT_YOURS' },
  { name: 'mobilise a type that cannot be raised', actor: 'azerbaijan', order: { kind: 'mobilise', region: 'baku', force: 'drones', amount: 1 }, code: 'ERR_BAD_ORDER' },
  { name: 'mobilise zero', actor: 'azerbaijan', order: { kind: 'mobilise', region: 'baku', force: 'infantry', amount: 0 }, code: 'ERR_BAD_ORDER' },
  { name: 'mobilise too many at once', actor: 'azerbaijan', order: { kind: 'mobilise', region: 'baku', force: 'infantry', amount: 99 }, code: 'ERR_BAD_ORDER' },
  { name: 'mobilise beyond the reserves', actor: 'azerbaijan', order: { kind: 'mobilise', region: 'baku', force: 'infantry', amount: 2 }, code: 'ERR_NO_RESERVES', setup: (s) => (s.actors.azerbaijan.reserves = 1) },
  { name: 'proposal to nobody', actor: 'azerbaijan', order: { kind: 'propose', to: [], terms: { kind: 'ceasefire', turns: 2, monitors: [] } }, code: 'ERR_BAD_ORDER' },
  { name: 'proposal to an unknown actor', actor: 'azerbaijan', order: { kind: 'propose', to: ['narnia'], terms: { kind: 'ceasefire', turns: 2, monitors: [] } }, code: 'ERR_UNKNOWN_ACTOR' },
  { name: 'proposal to oneself', actor: 'azerbaijan', order: { kind: 'propose', to: ['azerbaijan'], terms: { kind: 'ceasefire', turns: 2, monitors: [] } }, code: 'ERR_BAD_ORDER' },
  { name: 'proposal to the same actor twice', actor: 'azerbaijan', order: { kind: 'propose', to: ['armenia', 'armenia'], terms: { kind: 'ceasefire', turns: 2, monitors: [] } }, code: 'ERR_BAD_ORDER' },
  { name: 'proposal with no terms', actor: 'azerbaijan', order: { kind: 'propose', to: ['armenia'] }, code: 'ERR_BAD_TERMS' },
  { name: 'ceasefire of 99 turns', actor: 'azerbaijan', order: { kind: 'propose', to: ['armenia'], terms: { kind: 'ceasefire', turns: 99, monitors: [] } }, code: 'ERR_BAD_TERMS' },
  { name: 'settlement transferring an unknown region', actor: 'azerbaijan', order: { kind: 'propose', to: ['armenia'], terms: { kind: 'settlement', transfers: [{ region: 'atlantis', to: 'azerbaijan', afterTurns: 0 }], corridors: [], peacekeepers: null, monitoringCentre: [], displacedReturn: false, prisonerExchange: false } }, code: 'ERR_UNKNOWN_REGION' },
  { name: 'peacekeepers of strength 0', actor: 'russia', order: { kind: 'propose', to: ['armenia'], terms: { kind: 'settlement', transfers: [], corridors: [], peacekeepers: { actor: 'russia', strength: 0, years: 5, renewable: true }, monitoringCentre: [], displacedReturn: false, prisonerExchange: false } }, code: 'ERR_BAD_TERMS' },
  { name: 'answer to an unknown proposal', actor: 'armenia', order: { kind: 'answer', proposal: 'p-none', answer: 'accept' }, code: 'ERR_UNKNOWN_PROPOSAL' },
  { name: 'answer to someone else\'s proposal', actor: 'iran', order: { kind: 'answer', proposal: 'p-test', answer: 'accept' }, code: 'ERR_NOT_ADDRESSEE', setup: (s) => pending(s) },
  { name: 'answer too early', actor: 'armenia', order: { kind: 'answer', proposal: 'p-test', answer: 'accept' }, code: 'ERR_TOO_EARLY', setup: (s) => pending(s, { turn: s.turn }) },
  { name: 'answer to a settled proposal', actor: 'armenia', order: { kind: 'answer', proposal: 'p-test', answer: 'accept' }, code: 'ERR_NOT_PENDING', setup: (s) => pending(s, { status: 'rejected' }) },
  { name: 'answer given already', actor: 'armenia', order: { kind: 'answer', proposal: 'p-test', answer: 'reject' }, code: 'ERR_ANSWERED', setup: (s) => pending(s, { answers: { armenia: 'accept' } }) },
  { name: 'answer that is not an answer', actor: 'armenia', order: { kind: 'answer', proposal: 'p-test', answer: 'maybe' }, code: 'ERR_BAD_ORDER', setup: (s) => pending(s) },
  { name: 'counter with no terms', actor: 'armenia', order: { kind: 'answer', proposal: 'p-test', answer: 'counter' }, code: 'ERR_BAD_TERMS', setup: (s) => pending(s) },
  { name: 'support for an unknown client', actor: 'turkey', order: { kind: 'support', client: 'narnia', package: 'drones', covert: false }, code: 'ERR_UNKNOWN_ACTOR' },
  { name: 'support for oneself', actor: 'turkey', order: { kind: 'support', client: 'turkey', package: 'drones', covert: false }, code: 'ERR_BAD_ORDER' },
  { name: 'unknown package', actor: 'turkey', order: { kind: 'support', client: 'azerbaijan', package: 'hugs', covert: false }, code: 'ERR_BAD_ORDER' },
  { name: 'support with covert unstated', actor: 'turkey', order: { kind: 'support', client: 'azerbaijan', package: 'drones' }, code: 'ERR_BAD_ORDER' },
  { name: 'support for an enemy', actor: 'azerbaijan', order: { kind: 'support', client: 'armenia', package: 'arms', covert: false }, code: 'ERR_ENEMY' },
  { name: 'support for a background actor', actor: 'turkey', order: { kind: 'support', client: 'georgia', package: 'arms', covert: false }, code: 'ERR_BACKGROUND_ACTOR' },
  { name: 'a package the variant forbids', actor: 'turkey', order: { kind: 'support', client: 'azerbaijan', package: 'drones', covert: false }, code: 'ERR_FORBIDDEN', setup: (s) => s.forbidden.push({ patron: 'turkey', package: 'drones' }) },
  { name: 'unknown order kind', actor: 'azerbaijan', order: { kind: 'surrender' }, code: 'ERR_BAD_ORDER' },
  { name: 'an order that is not an object', actor: 'azerbaijan', order: 'attack!', code: 'ERR_BAD_ORDER' },
  { name: 'a null order', actor: 'azerbaijan', order: null, code: 'ERR_BAD_ORDER' },
  { name: 'orders from an unknown actor', actor: 'narnia', order: { kind: 'hold', region: 'baku' }, code: 'ERR_UNKNOWN_ACTOR' },
  { name: 'orders from a background actor', actor: 'georgia', order: { kind: 'hold', region: 'baku' }, code: 'ERR_BACKGROUND_ACTOR' },
  { name: 'orders from a collapsed government', actor: 'armenia', order: { kind: 'hold', region: 'yerevan' }, code: 'ERR_COLLAPSED', setup: (s) => (s.actors.armenia.collapsed = true) },
  { name: 'orders after the game ended', actor: 'armenia', order: { kind: 'hold', region: 'yerevan' }, code: 'ERR_GAME_OVER', setup: (s) => (s.ended = { reason: 'calendar', turn: 7 }) },
];

describe('validateOrder refuses each kind of bad order with a stable code and a readable message', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const s = quiet();
    c.setup?.(s);
    const r = validateOrder(s, c.actor, c.order);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(c.code);
    expect(r.message.length).toBeGreaterThan(10);
  });

  it.each(CASES.filter((c) => c.actor !== 'narnia' && c.code !== 'ERR_GAME_OVER').map((c) => [c.name, c] as const))('resolveTurn refuses "%s" and leaves the state untouched', (_name, c) => {
    const s = quiet();
    c.setup?.(s);
    const snapshot = structuredClone(s);
    const h = hashState(s);
    const r = resolveTurn(s, { [c.actor]: [c.order as Order] });
    expect(r.ok ? null : r.code).toBe(c.code);
    expect(s).toEqual(snapshot);
    expect(hashState(s)).toBe(h);
  });
});

describe('validateOrders checks a turn\'s orders together', () => {
  it('action points are summed: too many orders is ERR_NO_ACTION_POINTS, naming the order', () => {
    const s = quiet();
    const ap = s.actors.iran.actionPoints;
    const orders: Order[] = Array.from({ length: ap + 1 }, () => ({ kind: 'propose', to: ['minsk'], terms: { kind: 'summit', agenda: 'peace' } }));
    const r = validateOrders(s, 'iran', orders);
    expect(r.ok ? null : r.code).toBe('ERR_NO_ACTION_POINTS');
    if (!r.ok) expect(r.message).toMatch(new RegExp(`^Iran's order ${ap + 1} \\(propose\\): `));
    expect(validateOrders(s, 'iran', orders.slice(0, ap)).ok).toBe(true);
  });

  it('money is summed: orders costing more than the treasury is ERR_NO_MONEY', () => {
    const s = quiet();
    s.actors.turkey.treasury = s.rules.support.drones.cost + s.rules.orderCost.support.money;
    const one: Order = { kind: 'support', client: 'azerbaijan', package: 'drones', covert: false };
    expect(validateOrders(s, 'turkey', [one]).ok).toBe(true);
    const r = validateOrders(s, 'turkey', [one, one]);
    expect(r.ok ? null : r.code).toBe('ERR_NO_MONEY');
  });

  it('the same forces cannot be sent twice', () => {
    const s = quiet();
    const all = s.actors.azerbaijan.forces.baku.infantry;
    const o: Order = { kind: 'move', from: 'baku', to: 'barda', forces: { infantry: all } };
    const r = validateOrders(s, 'azerbaijan', [o, o]);
    expect(r.ok ? null : r.code).toBe('ERR_NOT_ENOUGH_FORCES');
  });

  it('a proposal cannot be answered twice in one turn', () => {
    const s = quiet();
    pending(s);
    const r = validateOrders(s, 'armenia', [{ kind: 'answer', proposal: 'p-test', answer: 'accept' }, { kind: 'answer', proposal: 'p-test', answer: 'reject' }]);
    expect(r.ok ? null : r.code).toBe('ERR_ANSWERED');
  });

  it('orders must be a list', () => {
    expect(validateOrders(quiet(), 'armenia', 'hold').ok).toBe(false);
  });

  it('resolveTurn refuses orders for an actor that does not exist', () => {
    const r = resolveTurn(quiet(), { narnia: [] });
    expect(r.ok ? null : r.code).toBe('ERR_UNKNOWN_ACTOR');
  });

  it('resolveTurn refuses orders that are not an actor → list object', () => {
    for (const junk of [null, [], 'x', 3]) {
      const r = resolveTurn(quiet(), junk as never);
      expect(r.ok).toBe(false);
    }
  });

  it('one illegal order refuses the whole turn: nothing is half-applied', () => {
    const s = quiet();
    const h = hashState(s);
    const r = resolveTurn(s, { azerbaijan: [{ kind: 'mobilise', region: 'baku', force: 'infantry', amount: 2 }], armenia: [{ kind: 'hold', region: 'atlantis' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Armenia/);
    expect(hashState(s)).toBe(h);
  });

  it('names that exist on every JavaScript object ("constructor", "toString") are not regions or actors', () => {
    const s = quiet();
    for (const junk of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const hold = validateOrder(s, 'azerbaijan', { kind: 'hold', region: junk });
      expect(hold.ok ? null : hold.code).toBe('ERR_UNKNOWN_REGION');
      const mob = validateOrder(s, 'azerbaijan', { kind: 'mobilise', region: junk, force: 'infantry', amount: 1 });
      expect(mob.ok ? null : mob.code).toBe('ERR_UNKNOWN_REGION');
      const prop = validateOrder(s, 'azerbaijan', { kind: 'propose', to: [junk], terms: { kind: 'summit', agenda: 'x' } });
      expect(prop.ok ? null : prop.code).toBe('ERR_UNKNOWN_ACTOR');
      const turn = resolveTurn(s, { [junk]: [] });
      expect(turn.ok ? null : turn.code).toBe('ERR_UNKNOWN_ACTOR');
      expect(legalOrders(s, junk)).toEqual([]);
    }
  });
});

describe('legalOrders', () => {
  it.each(SCENARIO_IDS)('every listed order validates, for every actor, over several turns of %s', (id) => {
    let s = quiet('legal', id);
    for (let t = 0; t < 4; t++) {
      for (const actor of s.actorOrder) {
        for (const o of legalOrders(s, actor)) expect(validateOrder(s, actor, o)).toEqual({ ok: true, order: o });
      }
      s = play(s, {}).state;
    }
  });

  it('background and collapsed actors have no orders; belligerents have attacks', () => {
    const s = quiet();
    expect(legalOrders(s, 'georgia')).toEqual([]);
    expect(legalOrders(s, 'azerbaijan').some((o) => o.kind === 'attack')).toBe(true);
    s.actors.armenia.collapsed = true;
    expect(legalOrders(s, 'armenia')).toEqual([]);
  });

  it('legalOrders offers to mobilise as many points as the treasury pays for: Artsakh, with 5, can raise 2', () => {
    const s = quiet();
    expect(s.actors.artsakh.treasury).toBe(5);
    const raise = legalOrders(s, 'artsakh').filter((o) => o.kind === 'mobilise');
    expect(raise.length).toBeGreaterThan(0);
    for (const o of raise) {
      expect(o.kind === 'mobilise' && o.amount).toBe(2);
      expect(validateOrder(s, 'artsakh', o).ok).toBe(true);
    }
    s.actors.artsakh.treasury = 1;
    expect(legalOrders(s, 'artsakh').some((o) => o.kind === 'mobilise')).toBe(false);
  });

  it('legalOrders is deterministic and does not change the state', () => {
    const s = quiet();
    const h = hashState(s);
    expect(legalOrders(s, 'azerbaijan')).toEqual(legalOrders(s, 'azerbaijan'));
    expect(hashState(s)).toBe(h);
  });
});
