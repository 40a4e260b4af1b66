import { describe, expect, it } from 'vitest';
import { validateOrders, type Order } from '../../../src/engine';
import { entries, play, quiet, totalOf } from '../helpers';

describe('orders phase', () => {
  it('charges each order\'s money cost from the rules table in one entry, before income', () => {
    const s = quiet();
    const orders: Order[] = [
      { kind: 'mobilise', region: 'baku', force: 'infantry', amount: 3 },
      { kind: 'move', from: 'baku', to: 'barda', forces: { infantry: 1 } },
    ];
    const expected = s.rules.orderCost.mobilise.money + 3 * s.rules.mobiliseCostPerPoint + s.rules.orderCost.move.money;
    expect(expected).toBeGreaterThan(0);
    const { log } = play(s, { azerbaijan: orders });
    const charge = entries(log, 'stat').filter((e) => e.phase === 'orders' && e.actor === 'azerbaijan' && e.field === 'treasury');
    expect(charge).toHaveLength(1);
    expect(charge[0].delta).toBe(-expected);
  });

  it('mobilise draws reserves into the region\'s forces', () => {
    const s = quiet();
    const reserves = s.actors.azerbaijan.reserves;
    const before = s.actors.azerbaijan.forces.baku.armour;
    const { state } = play(s, { azerbaijan: [{ kind: 'mobilise', region: 'baku', force: 'armour', amount: 2 }] });
    expect(state.actors.azerbaijan.reserves).toBe(reserves - 2);
    expect(state.actors.azerbaijan.forces.baku.armour).toBe(before + 2);
  });

  it('mobilise in a region with no forces yet creates them there', () => {
    const s = quiet();
    expect(s.regions.goris.controller).toBe('armenia');
    delete s.actors.armenia.forces.goris;
    const { state } = play(s, { armenia: [{ kind: 'mobilise', region: 'goris', force: 'infantry', amount: 1 }] });
    expect(state.actors.armenia.forces.goris.infantry).toBe(1);
  });

  it('mobilise orders of one turn are checked against the reserves together (Iran, 6 reserves, may order 4 + 4 and ends at -2)', () => {
    const s = quiet();
    const mob: Order = { kind: 'mobilise', region: 'aras-border', force: 'infantry', amount: 4 };
    expect(s.actors.iran.reserves).toBeLessThan(8);
    const r = validateOrders(s, 'iran', [mob, mob]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('ERR_NO_RESERVES');
  });

  it('an actor that submits no orders holds everywhere, and the log says so', () => {
    const s = quiet();
    const { state, log } = play(s, {});
    for (const id of s.actorOrder) {
      const a = s.actors[id];
      const said = entries(log, 'decision').some((e) => e.actor === id && e.reasons.includes('no orders submitted'));
      expect(said).toBe(!a.background);
      expect(state.actors[id].forces).toEqual(a.forces);
    }
    for (const r of s.regionOrder) expect(state.regions[r].controller).toBe(s.regions[r].controller);
  });

  it('orders are secret: an order entry is visible only to its actor (and its commander)', () => {
    const s = quiet();
    const { log } = play(s, { artsakh: [{ kind: 'hold', region: 'shusha' }] });
    const e = entries(log, 'order').find((x) => x.actor === 'artsakh' && x.phase === 'orders');
    expect(e?.visibleTo).toEqual(expect.arrayContaining(['artsakh', 'armenia']));
    expect(e?.visibleTo).not.toContain('azerbaijan');
  });

  it('a hold order gets a stated result', () => {
    const { log } = play(quiet(), { armenia: [{ kind: 'hold', region: 'goris' }] });
    expect(entries(log, 'order').some((e) => e.actor === 'armenia' && e.result === 'held')).toBe(true);
  });

  it('legal orders for both sides leave the forces totals unchanged except by combat and mobilisation', () => {
    const s = quiet();
    const infantry = totalOf(s, 'armenia', 'infantry');
    const { state } = play(s, { armenia: [{ kind: 'move', from: 'yerevan', to: 'goris', forces: { infantry: 2 } }] });
    expect(totalOf(state, 'armenia', 'infantry')).toBe(infantry);
    expect(state.actors.armenia.forces.goris.infantry).toBe(s.actors.armenia.forces.goris.infantry + 2);
  });
});
