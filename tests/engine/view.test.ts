import { describe, expect, it } from 'vitest';
import { fullForces, logFor, newGame, resolveTurn, totalStrength, viewFor, type LogEntry } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { entries, game, play, quiet, SCENARIO_IDS } from './helpers';

const SEED = 'secret-seed-QX7Z-4711';

/** Every key anywhere in a JSON value. */
function keysOf(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysOf(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
    out.add(k);
    keysOf(x, out);
  }
  return out;
}

describe('viewFor: what one side may see', () => {
  it.each(SCENARIO_IDS)('a view of %s never carries the seed or the generator, for any viewer', (id) => {
    let s = game(SEED, id);
    for (let t = 0; t < 2; t++) s = play(s).state;
    for (const viewer of [...s.actorOrder, 'facilitator']) {
      const v = viewFor(s, viewer);
      const json = JSON.stringify(v);
      expect(json).not.toContain(SEED);
      const keys = keysOf(JSON.parse(json));
      for (const secret of ['seed', 'rng', 'thirdParties', 'pendingEvents', 'events', 'doctrine']) expect(keys.has(secret), `${viewer} sees ${secret}`).toBe(false);
      expect(json).not.toContain(`"x":${s.rng.x}`);
    }
  });

  it('hides covert links from the other side until exposed, but shows them to patron, client and facilitator', () => {
    const s = quiet();
    const covert = s.links.find((l) => l.covert && l.patron === 'turkey');
    expect(covert).toBeDefined();
    if (!covert) return;
    expect(viewFor(s, 'armenia').links.some((l) => l.id === covert.id)).toBe(false);
    expect(viewFor(s, 'russia').links.some((l) => l.id === covert.id)).toBe(false);
    expect(viewFor(s, 'turkey').links.some((l) => l.id === covert.id)).toBe(true);
    expect(viewFor(s, 'azerbaijan').links.some((l) => l.id === covert.id)).toBe(true);
    expect(viewFor(s, 'facilitator').links.some((l) => l.id === covert.id)).toBe(true);
    covert.exposed = true;
    expect(viewFor(s, 'armenia').links.some((l) => l.id === covert.id)).toBe(true);
  });

  it('shows one\'s own side\'s forces exactly and the enemy\'s as estimates', () => {
    const s = quiet();
    const v = viewFor(s, 'armenia');
    const own = v.regions.shusha.forces.find((f) => f.actor === 'artsakh');
    expect(own?.estimate).toBe(false);
    expect(own?.forces).toEqual(s.actors.artsakh.forces.shusha);
    const enemy = v.regions.horadiz.forces.find((f) => f.actor === 'azerbaijan');
    expect(enemy?.estimate).toBe(true);
    expect(v.actors.azerbaijan.reserves).toBeNull();
    expect(v.actors.armenia.reserves).toBe(s.actors.armenia.reserves);
  });

  it('an estimate is a rounded figure that hides the exact one', () => {
    const s = quiet();
    s.actors.azerbaijan.forces.baku = { ...fullForces(undefined), infantry: 13 };
    const est = viewFor(s, 'armenia').regions.baku.forces.find((f) => f.actor === 'azerbaijan');
    expect(est?.estimate).toBe(true);
    expect(est?.forces.infantry).not.toBe(13);
    expect(Math.abs((est?.forces.infantry ?? 0) - 13)).toBeLessThanOrEqual(2);
    expect(viewFor(s, 'facilitator').regions.baku.forces.find((f) => f.actor === 'azerbaijan')?.forces.infantry).toBe(13);
  });

  it('estimates a mixed force near its true total, not two or three times over (each type rounded up to 4)', () => {
    const s = quiet();
    s.links = s.links.filter((l) => l.package !== 'intelligence');
    // Baku borders nothing Armenian: the coarse bucket. Truth: 9 strength over five types.
    const truth = { ...fullForces(undefined), infantry: 5, armour: 1, artillery: 1, airDefence: 1, drones: 1 };
    s.actors.azerbaijan.forces.baku = truth;
    const est = viewFor(s, 'armenia').regions.baku.forces.find((f) => f.actor === 'azerbaijan')!;
    expect(est.estimate).toBe(true);
    expect(totalStrength(est.forces)).toBe(8);
    expect(Math.abs(totalStrength(est.forces) - totalStrength(truth))).toBeLessThanOrEqual(2);
    expect(est.forces.infantry).toBeGreaterThanOrEqual(4);
    // A lone unit is still seen (one bucket), never as nothing.
    s.actors.azerbaijan.forces.baku = { ...fullForces(undefined), drones: 1 };
    expect(totalStrength(viewFor(s, 'armenia').regions.baku.forces.find((f) => f.actor === 'azerbaijan')!.forces)).toBe(4);
  });

  it('estimates are finer next to one\'s own ground than far away', () => {
    const s = quiet();
    // Tartar borders Artsakh's Mardakert; Baku borders nothing Armenian.
    s.actors.azerbaijan.forces.tartar = { ...fullForces(undefined), infantry: 11 };
    s.actors.azerbaijan.forces.baku = { ...fullForces(undefined), infantry: 11 };
    s.links = s.links.filter((l) => l.package !== 'intelligence');
    const v = viewFor(s, 'armenia');
    const near = totalStrength(v.regions.tartar.forces.find((f) => f.actor === 'azerbaijan')!.forces);
    const far = totalStrength(v.regions.baku.forces.find((f) => f.actor === 'azerbaijan')!.forces);
    expect(Math.abs(near - 11)).toBeLessThanOrEqual(Math.abs(far - 11));
    expect(near % 2).toBe(0);
    expect(far % 4).toBe(0);
  });

  it('a view is plain JSON and cannot be used to change the state', () => {
    // An editable state: the view gets copies.
    const s = quiet();
    const v = viewFor(s, 'armenia');
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    (v.actors.armenia.relations as Record<string, number>).azerbaijan = 99;
    expect(s.actors.armenia.relations.azerbaijan).not.toBe(99);
    // A frozen state (as newGame and resolveTurn give): shared records are frozen too.
    const made = newGame(SCENARIOS['2020-war'], 'test');
    if (!made.ok) throw new Error(made.message);
    const frozen = made.state;
    const w = viewFor(frozen, 'armenia');
    const before = frozen.actors.armenia.relations.azerbaijan;
    expect(() => {
      (w.actors.armenia.relations as Record<string, number>).azerbaijan = 99;
    }).toThrow(TypeError);
    expect(() => {
      w.treaties[0].breachedBy.push('armenia');
    }).toThrow(TypeError);
    expect(frozen.actors.armenia.relations.azerbaijan).toBe(before);
  });

  it('views of a frozen state share what they make of each record, frozen, and show what views of an editable copy show', () => {
    const made = newGame(SCENARIOS['2020-war'], SEED);
    if (!made.ok) throw new Error(made.message);
    let s = made.state;
    for (let t = 0; t < 3; t++) {
      const next = resolveTurn(s, {});
      if (!next.ok) throw new Error(next.message);
      s = next.state;
    }
    const copy = structuredClone(s);
    for (const viewer of [...s.actorOrder, 'facilitator']) expect(viewFor(s, viewer), viewer).toEqual(viewFor(copy, viewer));
    const armenia = viewFor(s, 'armenia');
    const artsakh = viewFor(s, 'artsakh');
    // Armenia and Artsakh are one side: they see the same record of Azerbaijan, and the same estimates far away.
    expect(artsakh.actors.azerbaijan).toBe(armenia.actors.azerbaijan);
    expect(Object.isFrozen(armenia.actors.azerbaijan)).toBe(true);
    expect(artsakh.links[0]).toBe(armenia.links[0]);
    const far = armenia.regions.baku.forces.find((f) => f.actor === 'azerbaijan');
    expect(far?.estimate).toBe(true);
    expect(artsakh.regions.baku.forces.find((f) => f.actor === 'azerbaijan')?.forces).toBe(far?.forces);
    expect(() => {
      (far!.forces as { infantry: number }).infantry = 99;
    }).toThrow(TypeError);
    // An editable state's views are made afresh: nothing is shared between them.
    expect(viewFor(copy, 'artsakh').actors.azerbaijan).not.toBe(viewFor(copy, 'armenia').actors.azerbaijan);
  });

  it('the facilitator sees every proposal; an actor sees only its own', () => {
    const { state } = play(quiet(), { turkey: [{ kind: 'propose', to: ['russia'], terms: { kind: 'summit', agenda: 'Karabakh' } }] });
    expect(viewFor(state, 'facilitator').proposals).toHaveLength(1);
    expect(viewFor(state, 'russia').proposals).toHaveLength(1);
    expect(viewFor(state, 'iran').proposals).toHaveLength(0);
  });
});

describe('logFor: what one side may read of the log', () => {
  const run = () => play(quiet(), { turkey: [{ kind: 'support', client: 'azerbaijan', package: 'mercenaries', covert: true }], armenia: [{ kind: 'hold', region: 'goris' }] });

  it('keeps public entries for everyone and private ones only for their readers', () => {
    const { log } = run();
    expect(log.some((e) => e.visibleTo)).toBe(true);
    for (const viewer of ['armenia', 'turkey', 'azerbaijan', 'iran']) {
      const seen = logFor(log, viewer);
      for (const e of seen) if (e.visibleTo) expect(e.visibleTo).toContain(viewer);
      expect(seen.length).toBe(log.filter((e) => !e.visibleTo || e.visibleTo.includes(viewer)).length);
    }
  });

  it('Armenia does not read Turkey\'s covert shipment, nor Turkey Armenia\'s orders', () => {
    const { log } = run();
    const sent = (l: LogEntry[]) => entries(l, 'support').filter((e) => e.change === 'sent');
    expect(sent(logFor(log, 'armenia'))).toHaveLength(0);
    expect(sent(logFor(log, 'turkey'))).toHaveLength(1);
    expect(entries(logFor(log, 'turkey'), 'order').some((e) => e.actor === 'armenia' && e.phase === 'orders')).toBe(false);
  });

  it('the enemy does not read the exact strength of a side\'s troop movements behind its lines (the move result is public: "Armenia moved 2 strength from Yerevan to Goris")', () => {
    const { log } = play(quiet(), { armenia: [{ kind: 'move', from: 'yerevan', to: 'goris', forces: { infantry: 2 } }] });
    const seen = entries(logFor(log, 'azerbaijan'), 'order').filter((e) => e.actor === 'armenia');
    expect(seen).toHaveLength(0);
  });

  it('the facilitator reads everything', () => {
    const { log } = run();
    expect(logFor(log, 'facilitator')).toEqual(log);
  });
});
