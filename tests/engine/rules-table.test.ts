// The rules' numbers live in one table (DEFAULT_RULES), which a scenario overrides section by
// section: change a number there and the rule moves with it.
import { describe, expect, it } from 'vitest';
import { explainAttack, newGame, type GameState, type Order, type Rules } from '../../src/engine';
import { DEFAULT_RULES } from '../../src/engine/rules';
import { SCENARIOS } from '../../src/scenario';
import type { Scenario } from '../../src/scenario/types';
import { entries, occupy, play, quiet, station } from './helpers';

/** A quiet opening state whose rules table has one section changed. */
function withRules<K extends keyof Rules>(section: K, patch: Partial<Rules[K]>): GameState {
  const s = quiet();
  const base = s.rules[section] as object;
  return Object.assign(s, { rules: { ...s.rules, [section]: { ...base, ...patch } } });
}

const ATTACK: Extract<Order, { kind: 'attack' }> = { kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 6, artillery: 9, drones: 2 } };
const modifier = (s: GameState, name: string) => explainAttack(s, 'azerbaijan', ATTACK).modifiers.find((m) => m.name === name)?.value;

describe('the rules table', () => {
  it('a scenario overrides a section field by field: the fields it names change, the rest keep their defaults', () => {
    const scenario: Scenario = { ...SCENARIOS['2020-war'], rules: { ...SCENARIOS['2020-war'].rules, tensionShifts: { quietWeek: -4 } } };
    const g = newGame(scenario, 'table');
    if (!g.ok) throw new Error(g.message);
    expect(g.state.rules.tensionShifts).toEqual({ ...DEFAULT_RULES.tensionShifts, quietWeek: -4 });
    expect(g.state.rules.relationShifts).toEqual(DEFAULT_RULES.relationShifts);
  });

  it('combat: the artillery modifier stops at combat.artilleryMax', () => {
    const s = quiet();
    station(s, 'artsakh', 'jabrayil', { infantry: 4 });
    expect(modifier(s, 'artillery and rockets')).toBe(DEFAULT_RULES.combat.artilleryMax);
    const t = withRules('combat', { artilleryMax: 4 });
    station(t, 'artsakh', 'jabrayil', { infantry: 4 });
    expect(modifier(t, 'artillery and rockets')).toBe(4);
  });

  it('drones: the duel\'s chance is duelEven + duelPerEdge × edge, within duelMin..duelMax, and its bonus bonusBase + ⌊bonusMax × drones / (drones + bonusHalf)⌋', () => {
    const duel = (s: GameState) => {
      station(s, 'artsakh', 'jabrayil', { infantry: 4, airDefence: 4 });
      return explainAttack(s, 'azerbaijan', ATTACK).duel;
    };
    const d = DEFAULT_RULES.drones;
    // Two drones against four air defence: an even duel.
    expect(duel(quiet())).toMatchObject({ threshold: d.duelEven, bonus: d.bonusBase + Math.floor((d.bonusMax * 2) / (2 + d.bonusHalf)) });
    expect(duel(withRules('drones', { duelEven: 30, bonusBase: 1, bonusMax: 30, bonusHalf: 1, lossCutMax: 60 }))).toMatchObject({ threshold: 30, bonus: 21, lossCut: 40 });
    expect(duel(withRules('drones', { adPerDrone: 5, duelMax: 70 }))?.threshold).toBe(70);
  });

  it('tensionShifts and relationShifts: a quiet week and a sanction move the figures by the table\'s amounts', () => {
    const s = withRules('tensionShifts', { quietWeek: -4 });
    s.wars = [];
    const quietWeek = play(s);
    expect(quietWeek.state.tension).toBe(s.tension - 4);
    const t = withRules('relationShifts', { sanction: -20 });
    const sanctioned = play(t, { russia: [{ kind: 'propose', to: ['azerbaijan'], terms: { kind: 'sanction', target: 'azerbaijan', exports: false } }] });
    expect(sanctioned.state.actors.russia.relations.azerbaijan).toBe(t.actors.russia.relations.azerbaijan - 20);
  });

  it('strike: a town struck loses cityCivilianDeaths plus one civilian per populationPerDeath inhabitants', () => {
    const deaths = (s: GameState) => {
      occupy(s, 'azerbaijan', 'aghdam', { infantry: 2, drones: 4 });
      station(s, 'artsakh', 'stepanakert', { infantry: 2 });
      const { log } = play(s, { azerbaijan: [{ kind: 'strike', from: 'aghdam', target: 'stepanakert', weapon: 'drones', aim: 'city' }] });
      return entries(log, 'stat').find((e) => e.field === 'casualties')?.delta;
    };
    const population = quiet().regions.stepanakert.population;
    expect(deaths(quiet())).toBe(DEFAULT_RULES.strike.cityCivilianDeaths + Math.floor(population / DEFAULT_RULES.strike.populationPerDeath));
    expect(deaths(withRules('strike', { cityCivilianDeaths: 0, populationPerDeath: 1000 }))).toBe(Math.floor(population / 1000));
  });
});
