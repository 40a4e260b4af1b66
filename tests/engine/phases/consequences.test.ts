import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/engine';
import { entries, refuse, findSeed, occupy, play, quiet, station } from '../helpers';

const atWar = (wars: readonly { a: string; b: string }[], x: string, y: string) => wars.some((w) => (w.a === x && w.b === y) || (w.a === y && w.b === x));

describe('consequences phase: the 1997 Russia–Armenia treaty covers Armenia\'s own territory only', () => {
  it('an attack on Meghri (Armenia) from Nakhchivan brings Russia into the war, and the log says why', () => {
    const s = quiet();
    expect(s.regions.meghri.zone).toBe('armenia');
    expect(atWar(s.wars, 'russia', 'azerbaijan')).toBe(false);
    const { state, log } = play(s, { azerbaijan: [{ kind: 'attack', from: 'nakhchivan', target: 'meghri', forces: { infantry: 2 } }] });
    expect(atWar(state.wars, 'russia', 'azerbaijan')).toBe(true);
    const invoked = entries(log, 'treaty').find((e) => e.change === 'invoked');
    expect(invoked?.treaty).toBe('ru-am-1997');
    expect(invoked?.text).toMatch(/Meghri/);
    expect(invoked?.text).toMatch(/Russia/);
  });

  it('an attack on Goris from an adjacent Azerbaijani-held district brings Russia in too', () => {
    const s = quiet();
    occupy(s, 'azerbaijan', 'qubadli', { infantry: 6, artillery: 2 });
    const { state, log } = play(s, { azerbaijan: [{ kind: 'attack', from: 'qubadli', target: 'goris', forces: { infantry: 4 } }] });
    expect(atWar(state.wars, 'russia', 'azerbaijan')).toBe(true);
    expect(entries(log, 'treaty').some((e) => e.change === 'invoked' && e.treaty === 'ru-am-1997')).toBe(true);
  });

  it('a strike on Armenian territory counts as an attack on it', () => {
    const s = quiet();
    const { state } = play(s, { azerbaijan: [{ kind: 'strike', from: 'nakhchivan', target: 'meghri', weapon: 'artillery', aim: 'forces' }] });
    expect(atWar(state.wars, 'russia', 'azerbaijan')).toBe(true);
  });

  it('an attack on an NKAO region does not bring Russia in, and the log says it is not Armenian territory', () => {
    const s = quiet();
    expect(s.regions.mardakert.zone).toBe('nkao');
    const { state, log } = play(s, { azerbaijan: [{ kind: 'attack', from: 'tartar', target: 'mardakert', forces: { infantry: 4, armour: 2 } }] });
    expect(atWar(state.wars, 'russia', 'azerbaijan')).toBe(false);
    const not = entries(log, 'treaty').find((e) => e.change === 'not-invoked');
    expect(not?.treaty).toBe('ru-am-1997');
    // Zones in words, never their ids ("covers only armenia territory").
    expect(not?.text).toBe('Fighting in Mardakert (Aghdara) does not trigger the treaty: it covers only Armenia\'s own territory, not the former autonomous region.');
  });

  it('the treaty\'s silence on a zone is logged once a game: a second attack in the NKAO says nothing more, the districts get their own line', () => {
    const nkao = play(quiet(), { azerbaijan: [{ kind: 'attack', from: 'tartar', target: 'mardakert', forces: { infantry: 4, armour: 2 } }] });
    expect(nkao.state.treatyNotices).toEqual([{ treaty: 'ru-am-1997', zone: 'nkao' }]);
    const again = play(nkao.state, { azerbaijan: [{ kind: 'strike', from: 'tartar', target: 'mardakert', weapon: 'artillery', aim: 'forces' }] });
    expect(entries(again.log, 'treaty').some((e) => e.change === 'not-invoked')).toBe(false);
    const districts = play(again.state, { azerbaijan: [{ kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 6 } }] });
    expect(entries(districts.log, 'treaty').filter((e) => e.change === 'not-invoked')).toHaveLength(1);
    expect(districts.state.treatyNotices).toEqual([{ treaty: 'ru-am-1997', zone: 'nkao' }, { treaty: 'ru-am-1997', zone: 'district' }]);
  });

  it('an attack on the surrounding districts does not bring Russia in either', () => {
    const s = quiet();
    const { state, log } = play(s, { azerbaijan: [{ kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 6 } }] });
    expect(atWar(state.wars, 'russia', 'azerbaijan')).toBe(false);
    expect(entries(log, 'treaty').find((e) => e.change === 'not-invoked')?.text).toMatch(/surrounding districts/);
  });

  it('the counterfactual variant where Russia defends Karabakh does bring Russia in over an NKAO region', () => {
    const s = quiet('test', '2020-war', 'russia-defends-karabakh');
    const { state } = play(s, { azerbaijan: [{ kind: 'attack', from: 'tartar', target: 'mardakert', forces: { infantry: 4 } }] });
    expect(atWar(state.wars, 'russia', 'azerbaijan')).toBe(true);
  });
});

describe('consequences phase: domestic support', () => {
  const attack: Order = { kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 14, armour: 6, artillery: 5 } };

  it('casualties lower domestic support, charged to the commanding government', () => {
    const s = quiet();
    // A garrison big enough that even a winner's losses count.
    station(s, 'artsakh', 'jabrayil', { infantry: 60, armour: 20, artillery: 20 });
    const { state, log } = play(s, { azerbaijan: [attack] });
    const c = entries(log, 'combat')[0];
    expect(c.defenderLosses).toBeGreaterThan(0);
    const drop = entries(log, 'stat').find((e) => e.actor === 'armenia' && e.field === 'domesticSupport' && /casualties/.test(e.cause));
    // Artsakh's losses fall on Armenia, which commands it.
    expect(drop?.delta).toBeLessThan(0);
    expect(state.actors.armenia.domesticSupport).toBeLessThan(s.actors.armenia.domesticSupport);
  });

  it('losing a region lowers support and taking one raises it', () => {
    const { result } = findSeed('support-capture', (seed) => play(quiet(seed), { azerbaijan: [attack] }), (r) => entries(r.log, 'capture').length > 0);
    const stats = entries(result.log, 'stat');
    expect(stats.some((e) => e.actor === 'armenia' && e.field === 'domesticSupport' && e.delta < 0 && /lost Jabrayil/.test(e.cause))).toBe(true);
    expect(stats.some((e) => e.actor === 'azerbaijan' && e.field === 'domesticSupport' && e.delta > 0 && /took Jabrayil/.test(e.cause))).toBe(true);
  });

  it('people flee a region that changes hands', () => {
    const { result } = findSeed('displaced', (seed) => play(quiet(seed), { azerbaijan: [attack] }), (r) => entries(r.log, 'capture').length > 0);
    expect(result.state.actors.artsakh.displaced).toBeGreaterThan(0);
  });

  it('a government whose support reaches zero falls, named in the log; the game goes on and a new government takes office a week later', () => {
    const s = quiet();
    s.actors.armenia.domesticSupport = 0;
    const legitimacy = s.actors.armenia.legitimacy;
    const fell = play(s);
    expect(fell.state.ended).toBeNull();
    expect(fell.state.actors.armenia.collapsed).toBe(true);
    const fall = entries(fell.log, 'decision').find((e) => e.actor === 'armenia' && e.cause === 'domestic support at zero');
    expect(fall?.text).toMatch(/^Armenia's government falls/);
    expect(fell.state.actors.armenia.legitimacy).toBe(legitimacy - s.rules.standing.governmentFallLegitimacy);
    expect(fell.state.actors.armenia.domesticSupport).toBe(s.rules.standing.newGovernmentSupport);
    // The pause: no orders the week after, but an empty list is taken.
    expect(refuse(fell.state, { armenia: [{ kind: 'hold', region: 'yerevan' }] }).code).toBe('ERR_COLLAPSED');
    const next = play(fell.state, { armenia: [] });
    expect(next.state.actors.armenia.collapsed).toBe(false);
    expect(entries(next.log, 'decision').some((e) => e.actor === 'armenia' && /^A new government takes office in Armenia/.test(e.text))).toBe(true);
    expect(next.state.ended).toBeNull();
  });

  it('heavy losses can bring a government down, and the game goes on', () => {
    const s = quiet();
    s.actors.armenia.domesticSupport = 1;
    const { result } = findSeed('collapse', (seed) => {
      const x = structuredClone(s);
      x.rng = quiet(seed).rng;
      return play(x, { azerbaijan: [attack] });
    }, (r) => r.state.actors.armenia.collapsed);
    expect(result.state.actors.armenia.domesticSupport).toBe(s.rules.standing.newGovernmentSupport);
    expect(result.state.ended).toBeNull();
  });
});

describe('consequences phase: the economy', () => {
  it('each actor earns its income, less war upkeep for belligerents', () => {
    const s = quiet();
    const { state } = play(s);
    expect(state.actors.iran.treasury).toBe(s.actors.iran.treasury + s.actors.iran.income);
    expect(state.actors.azerbaijan.treasury).toBeLessThanOrEqual(s.actors.azerbaijan.treasury + s.actors.azerbaijan.income);
  });
});
