import { describe, expect, it } from 'vitest';
import { explainAttack, type GameState, type Order } from '../../../src/engine';
import { entries, findSeed, occupy, play, quiet, station, totalOf } from '../helpers';

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const sum = (mods: readonly { value: number }[]) => mods.reduce((t, m) => t + m.value, 0);

/** Azerbaijan's southern army attacks Jabrayil (lowland, held by Artsakh). */
const BIG_ATTACK: Extract<Order, { kind: 'attack' }> = { kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 14, armour: 6, artillery: 5, specialForces: 2 } };

function ceasefire(s: GameState, turns = 3): void {
  s.treaties.push({ id: 't-cf', kind: 'ceasefire', parties: ['armenia', 'artsakh', 'azerbaijan'], since: s.turn, expires: s.turn + turns - 1, renewable: false, text: 'test ceasefire', monitors: ['russia'], breachedBy: [] });
}

describe('operations phase: ground attacks', () => {
  const run = (seed: string) => play(quiet(seed), { azerbaijan: [BIG_ATTACK] });

  it('a successful attack captures the region and moves the attacking forces in; the defenders fall back or are lost', () => {
    const { result } = findSeed('attack-win', run, (r) => entries(r.log, 'combat')[0]?.success === true);
    const { state, log } = result;
    expect(state.regions.jabrayil.controller).toBe('azerbaijan');
    expect(state.actors.azerbaijan.forces.jabrayil.infantry).toBeGreaterThan(0);
    expect(state.actors.artsakh.forces.jabrayil).toBeUndefined();
    expect(entries(log, 'capture')).toEqual([expect.objectContaining({ region: 'jabrayil', from: 'artsakh', to: 'azerbaijan' })]);
    expect(entries(log, 'order').find((e) => e.phase === 'operations' && e.actor === 'azerbaijan')?.result).toBe('captured');
  });

  it('a failed attack is repelled: the region stays with its holder and the attackers stay home', () => {
    const { result } = findSeed('attack-lose', run, (r) => entries(r.log, 'combat')[0]?.success === false);
    const { state, log } = result;
    const combat = entries(log, 'combat')[0];
    expect(combat.roll).toBeGreaterThan(combat.threshold);
    expect(state.regions.jabrayil.controller).toBe('artsakh');
    expect(state.actors.azerbaijan.forces.jabrayil).toBeUndefined();
    expect(entries(log, 'order').find((e) => e.phase === 'operations' && e.actor === 'azerbaijan')?.result).toBe('repelled');
    expect(combat.attackerLosses).toBeGreaterThan(0);
  });

  it('success is exactly a roll at or under the threshold', () => {
    for (let i = 0; i < 30; i++) {
      const c = entries(run(`roll-${i}`).log, 'combat')[0];
      expect(c.success).toBe(c.roll <= c.threshold);
    }
  });

  it('every modifier is in the combat log, and the threshold is the clamped sum of the modifiers', () => {
    const s = quiet();
    // Azerbaijani special forces in Hadrut, cut off from Baku, attack mountainous Shusha during a ceasefire.
    occupy(s, 'azerbaijan', 'hadrut', { infantry: 6, artillery: 4, specialForces: 3 });
    s.actors.azerbaijan.domesticSupport = 90;
    s.actors.armenia.domesticSupport = 40;
    ceasefire(s);
    const order: Order = { kind: 'attack', from: 'hadrut', target: 'shusha', forces: { infantry: 6, artillery: 4, specialForces: 3 } };
    const odds = explainAttack(s, 'azerbaijan', order);
    const { log } = play(s, { azerbaijan: [order] });
    const c = entries(log, 'combat')[0];
    expect(c.modifiers).toEqual(odds.modifiers);
    const names = c.modifiers.map((m) => m.name);
    for (const want of [/^base$/, /^strength /, /^terrain: mountain$/, /^artillery/, /^special forces in the mountains$/, /^foreign advisers/, /out of supply/, /^morale$/, /^ceasefire in force$/]) {
      expect(names.some((n) => want.test(n)), `modifier ${want} in ${names.join(', ')}`).toBe(true);
    }
    expect(c.threshold).toBe(clamp(sum(c.modifiers), 5, 95));
    for (const m of c.modifiers) expect(c.text).toContain(m.name);
  });

  it('the threshold is clamped: a hopeless attack still has a small chance', () => {
    const s = quiet();
    ceasefire(s);
    const order: Order = { kind: 'attack', from: 'shahumyan', target: 'mardakert', forces: { infantry: 1 } };
    const { log } = play(s, { azerbaijan: [order] });
    const c = entries(log, 'combat')[0];
    expect(sum(c.modifiers)).toBeLessThan(c.threshold);
    expect(c.threshold).toBe(5);
  });

  it('an undefended region falls without a roll', () => {
    const s = quiet();
    occupy(s, 'azerbaijan', 'jabrayil', { infantry: 3 });
    delete s.actors.artsakh.forces.zangilan;
    const { state, log } = play(s, { azerbaijan: [{ kind: 'attack', from: 'jabrayil', target: 'zangilan', forces: { infantry: 2 } }] });
    expect(entries(log, 'combat')).toHaveLength(0);
    expect(state.regions.zangilan.controller).toBe('azerbaijan');
    expect(state.actors.azerbaijan.forces.zangilan.infantry).toBe(2);
  });

  it('attacks resolve before movement: a move into a region lost this turn is void', () => {
    const run2 = (seed: string) => play(quiet(seed), { azerbaijan: [BIG_ATTACK], artsakh: [{ kind: 'move', from: 'hadrut', to: 'jabrayil', forces: { infantry: 1 } }] });
    const { result } = findSeed('attack-then-move', run2, (r) => entries(r.log, 'combat')[0]?.success === true);
    expect(entries(result.log, 'order').find((e) => e.actor === 'artsakh' && e.phase === 'operations')?.result).toBe('void');
    expect(result.state.actors.artsakh.forces.jabrayil).toBeUndefined();
  });

  it('an attack on a party not at war opens a war and costs legitimacy', () => {
    const s = quiet();
    const { state, log } = play(s, { azerbaijan: [{ kind: 'attack', from: 'horadiz', target: 'aras-border', forces: { infantry: 2 } }] });
    expect(state.wars.some((w) => w.a === 'azerbaijan' && w.b === 'iran')).toBe(true);
    expect(entries(log, 'stat').some((e) => e.actor === 'azerbaijan' && e.field === 'legitimacy' && e.delta < 0 && /opened a war/.test(e.cause))).toBe(true);
  });

  it('an attack\'s losses fall on the forces that attacked, not on the garrison left behind (one infantry attacking from Horadiz costs its armour, drones and air defence)', () => {
    const s = quiet();
    const stay = structuredClone(s.actors.azerbaijan.forces.horadiz);
    const { state } = play(s, { azerbaijan: [{ kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 1 } }] });
    const after = state.actors.azerbaijan.forces.horadiz;
    for (const t of ['armour', 'artillery', 'airDefence', 'drones', 'specialForces'] as const) expect(after[t]).toBe(stay[t]);
    expect(after.infantry).toBeGreaterThanOrEqual(stay.infantry - 1);
  });
});

describe('operations phase: the drone duel', () => {
  /** Four Azerbaijani drones strike Jabrayil, defended by `ad` air defence and some armour. */
  const duelOf = (seed: string, ad: number) => {
    const s = quiet(seed);
    station(s, 'artsakh', 'jabrayil', { infantry: 3, armour: 4, airDefence: ad });
    const { log } = play(s, { azerbaijan: [{ kind: 'strike', from: 'horadiz', target: 'jabrayil', weapon: 'drones', aim: 'forces' }] });
    const d = entries(log, 'duel')[0];
    return { d, won: d.roll <= d.threshold };
  };

  it('drones beat weak air defence more often than strong air defence (120 seeded duels each)', () => {
    const n = 120;
    let weak = 0;
    let strong = 0;
    for (let i = 0; i < n; i++) {
      if (duelOf(`duel-${i}`, 1).won) weak++;
      if (duelOf(`duel-${i}`, 12).won) strong++;
    }
    expect(weak).toBeGreaterThan(strong);
    // A clear gap, not noise: at least a tenth of the duels.
    expect(weak - strong).toBeGreaterThan(n / 10);
  }, 30_000);

  it('drones that win destroy air defence and armour; drones that lose are themselves shot down', () => {
    const won = findSeed('duel-win', (seed) => duelOf(seed, 3), (r) => r.won).result.d;
    expect(won.airDefenceLost + won.armourLost).toBeGreaterThan(0);
    const lost = findSeed('duel-lose', (seed) => duelOf(seed, 8), (r) => !r.won).result.d;
    expect(lost.dronesLost).toBeGreaterThan(0);
    expect(lost.airDefenceLost).toBe(0);
  });

  it('drones facing no air defence always win and lose nothing', () => {
    for (let i = 0; i < 20; i++) {
      const { d } = duelOf(`no-ad-${i}`, 0);
      expect(d.roll).toBeLessThanOrEqual(d.threshold);
      expect(d.dronesLost).toBe(0);
    }
  });

  it('the duel\'s drone losses are taken from the striking region', () => {
    const { result } = findSeed('duel-loss', (seed) => {
      const s = quiet(seed);
      station(s, 'artsakh', 'jabrayil', { infantry: 3, airDefence: 10 });
      return { before: totalOf(s, 'azerbaijan', 'drones'), ...play(s, { azerbaijan: [{ kind: 'strike', from: 'horadiz', target: 'jabrayil', weapon: 'drones', aim: 'forces' }] }) };
    }, (r) => entries(r.log, 'duel')[0].dronesLost > 0);
    expect(totalOf(result.state, 'azerbaijan', 'drones')).toBe(result.before - entries(result.log, 'duel')[0].dronesLost);
  });
});

describe('operations phase: strikes', () => {
  it('a strike on a city kills civilians and costs the striker legitimacy', () => {
    const s = quiet();
    occupy(s, 'azerbaijan', 'aghdam', { infantry: 2, drones: 4 });
    station(s, 'artsakh', 'stepanakert', { infantry: 2 }); // no air defence: the drones get through
    const civilians = s.actors.artsakh.casualties.civilian;
    const { state, log } = play(s, { azerbaijan: [{ kind: 'strike', from: 'aghdam', target: 'stepanakert', weapon: 'drones', aim: 'city' }] });
    expect(state.actors.artsakh.casualties.civilian).toBeGreaterThan(civilians);
    const cost = entries(log, 'stat').find((e) => e.actor === 'azerbaijan' && e.field === 'legitimacy' && /populated place/.test(e.cause));
    expect(cost?.delta).toBe(-s.rules.strike.legitimacyCost);
    // Third parties may add their own condemnation on top.
    expect(state.actors.azerbaijan.legitimacy).toBeLessThanOrEqual(s.actors.azerbaijan.legitimacy - s.rules.strike.legitimacyCost);
  });

  it('a strike on forces costs no legitimacy and kills no civilians', () => {
    const s = quiet();
    occupy(s, 'azerbaijan', 'aghdam', { infantry: 2, drones: 4 });
    station(s, 'artsakh', 'stepanakert', { infantry: 2 });
    const { state } = play(s, { azerbaijan: [{ kind: 'strike', from: 'aghdam', target: 'stepanakert', weapon: 'drones', aim: 'forces' }] });
    expect(state.actors.artsakh.casualties.civilian).toBe(s.actors.artsakh.casualties.civilian);
    expect(state.actors.azerbaijan.legitimacy).toBe(s.actors.azerbaijan.legitimacy);
  });

  it('an artillery strike rolls against a logged threshold and, on target, destroys forces', () => {
    const run = (seed: string) => {
      const s = quiet(seed);
      return { s, ...play(s, { azerbaijan: [{ kind: 'strike', from: 'tartar', target: 'mardakert', weapon: 'artillery', aim: 'forces' }] }) };
    };
    const hit = findSeed('artillery', run, (r) => entries(r.log, 'roll').some((e) => e.purpose.startsWith('artillery') && e.success)).result;
    const roll = entries(hit.log, 'roll').find((e) => e.purpose.startsWith('artillery'))!;
    expect(roll.roll).toBeLessThanOrEqual(roll.threshold);
    const before = hit.s.actors.artsakh.forces.mardakert;
    const after = hit.state.actors.artsakh.forces.mardakert;
    expect(after.infantry + after.artillery).toBeLessThan(before.infantry + before.artillery);
  });
});

describe('operations phase: ceasefires', () => {
  it('an attack during a ceasefire is logged as a breach, with who is blamed, and costs standing', () => {
    const s = quiet();
    ceasefire(s);
    const { state, log } = play(s, { azerbaijan: [BIG_ATTACK] });
    const breach = entries(log, 'treaty').find((e) => e.change === 'breached');
    expect(breach?.treaty).toBe('t-cf');
    expect(breach?.text).toMatch(/Azerbaijan is blamed/);
    expect(state.actors.azerbaijan.breaches).toBe(s.actors.azerbaijan.breaches + 1);
    expect(state.actors.azerbaijan.legitimacy).toBeLessThan(s.actors.azerbaijan.legitimacy);
    expect(state.actors.azerbaijan.relations.russia).toBeLessThan(s.actors.azerbaijan.relations.russia);
    // Only the side that fired is blamed.
    expect(entries(log, 'treaty').filter((e) => e.change === 'breached')).toHaveLength(1);
  });

  it('a ceasefire that is kept is not breached', () => {
    const s = quiet();
    ceasefire(s);
    const { log } = play(s, { azerbaijan: [{ kind: 'hold', region: 'horadiz' }] });
    expect(entries(log, 'treaty').some((e) => e.change === 'breached')).toBe(false);
  });
});
