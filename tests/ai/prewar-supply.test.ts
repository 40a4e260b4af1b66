// Before the war, a computer patron paces its supply by doctrine (patronOf[].prewar): only the
// packages listed, one at most every few weeks, so 2020-full reaches 27 September near the forces
// the record gives (Azerbaijan's nine drone points) and sends no mercenaries to a war not yet begun.
import { describe, expect, it } from 'vitest';
import { ordersForAll } from '../../src/ai';
import { newGame, simulateTurn, type GameState, type Order } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import type { Scenario } from '../../src/scenario/types';

type Support = Extract<Order, { kind: 'support' }>;
const azerbaijanAtWar = (s: GameState): boolean => s.wars.some((w) => w.a === 'azerbaijan' || w.b === 'azerbaijan');
const drones = (s: GameState): number => Object.values(s.actors.azerbaijan.forces).reduce((n, f) => n + f.drones, 0);
const armenianMoney = (s: GameState): number => s.actors.armenia.treasury + s.actors.artsakh.treasury;

/** The pre-war weeks of one computer-played game: Turkey's packages (week, order) and Azerbaijan's drones when the war opens. */
function prewar(scenario: Scenario, seed: string): { sent: { turn: number; order: Support }[]; dronesAtWar: number; moneyAtWar: number } {
  const g = newGame(scenario, seed, {});
  if (!g.ok) throw new Error(g.message);
  let s = g.state;
  const sent: { turn: number; order: Support }[] = [];
  while (!azerbaijanAtWar(s)) {
    const orders = ordersForAll(s, { difficulty: 'normal' });
    const r = simulateTurn(s, orders);
    if (!r.ok) throw new Error(r.message);
    if (azerbaijanAtWar(r.state)) return { sent, dronesAtWar: drones(s), moneyAtWar: armenianMoney(s) };
    for (const o of orders.turkey ?? []) if (o.kind === 'support' && o.client === 'azerbaijan') sent.push({ turn: s.turn, order: o });
    s = r.state;
  }
  return { sent, dronesAtWar: drones(s), moneyAtWar: armenianMoney(s) };
}

/** 2020-full with every patron's pre-war pacing removed (the doctrine as it was). */
function unpaced(): Scenario {
  const s = structuredClone(SCENARIOS['2020-full']) as Scenario & { actors: { doctrine: { patronOf: { prewar?: unknown }[] } }[] };
  for (const a of s.actors) for (const p of a.doctrine.patronOf) delete p.prewar;
  return s;
}

describe('pre-war supply paced by doctrine (2020-full)', () => {
  const seeds = ['pw-1', 'pw-2', 'pw-3', 'pw-4'];

  it('Turkey sends only its pre-war packages, at most one every `every` weeks, and no mercenaries', () => {
    const turkey = SCENARIOS['2020-full'].actors.find((a) => a.id === 'turkey');
    const every = Math.min(...(turkey?.doctrine.patronOf.map((p) => p.prewar?.every ?? 1) ?? [1]));
    const allowed = new Set(turkey?.doctrine.patronOf.flatMap((p) => p.prewar?.packages ?? []));
    for (const seed of seeds) {
      const { sent } = prewar(SCENARIOS['2020-full'], seed);
      expect(sent.length).toBeGreaterThan(0);
      for (const { order } of sent) expect(allowed.has(order.package), `${order.package} before the war`).toBe(true);
      expect(sent.some(({ order }) => order.package === 'mercenaries')).toBe(false);
      for (let i = 1; i < sent.length; i++) expect(sent[i].turn - sent[i - 1].turn).toBeGreaterThanOrEqual(every);
    }
  }, 60_000);

  it('Azerbaijan opens the war near the record\'s nine drone points; unpaced, it had far more', () => {
    const paced = seeds.map((seed) => prewar(SCENARIOS['2020-full'], seed).dronesAtWar);
    const free = seeds.map((seed) => prewar(unpaced(), seed).dronesAtWar);
    for (const d of paced) expect(Math.abs(d - 9)).toBeLessThanOrEqual(3);
    expect(Math.min(...free)).toBeGreaterThan(Math.max(...paced));
  }, 60_000);

  it('the Armenian side reaches the war with a treasury near 2020-war\'s opening one (its money buys the reserves it mobilises)', () => {
    const g = newGame(SCENARIOS['2020-war'], 'pw', {});
    if (!g.ok) throw new Error(g.message);
    const opening = armenianMoney(g.state);
    for (const seed of seeds) expect(Math.abs(prewar(SCENARIOS['2020-full'], seed).moneyAtWar - opening)).toBeLessThanOrEqual(30);
  }, 60_000);
});
