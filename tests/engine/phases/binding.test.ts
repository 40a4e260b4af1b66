// Settlements bind: attacks ordered in the week of signing are void, later ones are breaches
// blamed on the attacker, peacekeepers count in the defence of their region and their country
// answers a breach; one settlement at a time; handovers are not battlefield losses.
import { describe, expect, it } from 'vitest';
import { explainAttack, scoreActor, type GameState, type LogEntry, type Order } from '../../../src/engine';
import { entries, occupy, play, quiet, SETTLEMENT, type ScenarioId } from '../helpers';


const PARTIES = ['armenia', 'artsakh', 'azerbaijan'];
const accept = (proposal: string): Order => ({ kind: 'answer', proposal, answer: 'accept' });
const ATTACK: Order = { kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 6, artillery: 5, drones: 2 } };

/** A state at war (both scenarios' sides) with settlements proposed to every party last week; returns their ids. */
function proposed(scenario: ScenarioId, proposers: readonly string[]): { state: GameState; ids: string[] } {
  const s = quiet('bind', scenario);
  s.wars = [
    { a: 'armenia', b: 'azerbaijan', since: 0 },
    { a: 'artsakh', b: 'azerbaijan', since: 0 },
  ];
  const one = play(s, Object.fromEntries(proposers.map((p) => [p, [{ kind: 'propose', to: PARTIES, terms: SETTLEMENT }]])));
  return { state: one.state, ids: entries(one.log, 'proposal').map((e) => e.proposal) };
}

/** Every party accepts every proposal this week; Azerbaijan adds `extra` orders. */
function signed(scenario: ScenarioId, extra: Order[] = [], proposers: readonly string[] = ['russia']): { before: GameState; state: GameState; log: LogEntry[] } {
  const { state: before, ids } = proposed(scenario, proposers);
  const answers = ids.map(accept);
  const r = play(before, { armenia: answers, artsakh: answers, azerbaijan: [...answers, ...extra] });
  return { before, ...r };
}

function peacekeepersOf(s: GameState): number {
  let n = 0;
  for (const f of Object.values(s.actors.russia.forces)) n += f.peacekeepers;
  return n;
}

describe('binding settlements', () => {
  it('an attack ordered in the week a settlement is signed is void: no fight, and the war stays over', () => {
    const { before, state, log } = signed('2020-war', [ATTACK]);
    expect(state.treaties.some((t) => t.kind === 'settlement')).toBe(true);
    expect(entries(log, 'combat')).toEqual([]);
    expect(entries(log, 'duel')).toEqual([]);
    const result = entries(log, 'order').find((e) => e.actor === 'azerbaijan' && e.order.kind === 'attack' && e.result !== 'done');
    expect(result?.result).toBe('void');
    expect(result?.text).toMatch(/void: the settlement Azerbaijan and Armenia signed this week binds them/);
    expect(state.wars).toEqual([]);
    expect(state.regions.jabrayil.controller).toBe(before.regions.jabrayil.controller);
    expect(state.actors.azerbaijan.breaches).toBe(0);
  });

  it('peacekeepers count in the defence of the region they stand in: it no longer falls without a fight', () => {
    const { state } = signed('2020-full');
    const here = state.actors.russia.forces.stepanakert?.peacekeepers ?? 0;
    expect(here).toBeGreaterThan(0);
    delete state.actors.artsakh.forces.stepanakert;
    occupy(state, 'azerbaijan', 'shusha', { infantry: 10 });
    const odds = explainAttack(state, 'azerbaijan', { kind: 'attack', from: 'shusha', target: 'stepanakert', forces: { infantry: 10 } });
    expect(odds.walkover).toBe(false);
    expect(odds.defenderStrength).toBe(here * state.rules.combat.peacekeeperStrength);
  });

  it('an attack after the week of signing is a breach of the settlement and of the mandate, blamed on the attacker; the guarantor answers', () => {
    const { state } = signed('2020-full');
    occupy(state, 'azerbaijan', 'shusha', { infantry: 10, armour: 2 });
    const legitimacy = state.actors.azerbaijan.legitimacy;
    const relations = state.actors.russia.relations.azerbaijan;
    const order: Order = { kind: 'attack', from: 'shusha', target: 'stepanakert', forces: { infantry: 10, armour: 2 } };
    const defence = explainAttack(state, 'azerbaijan', order).defenderStrength;
    const { state: after, log } = play(state, { azerbaijan: [order] });
    const broken = entries(log, 'treaty').filter((e) => e.change === 'breached');
    expect(broken.map((e) => e.treatyKind).sort()).toEqual(['peacekeeping', 'settlement']);
    expect(broken.find((e) => e.treatyKind === 'settlement')?.text).toMatch(/^Settlement broken: Azerbaijan is blamed/);
    expect(broken.find((e) => e.treatyKind === 'peacekeeping')?.text).toMatch(/Russia's peacekeepers/);
    expect(after.actors.azerbaijan.legitimacy).toBeLessThanOrEqual(legitimacy - 2 * state.rules.breachLegitimacy);
    // Once for the week, on top of the parties' own reckoning.
    expect(after.actors.russia.relations.azerbaijan).toBeLessThanOrEqual(relations + state.rules.relationShifts.guarantorOfBreach);
    expect(after.treaties.some((t) => t.kind === 'settlement' && t.breachedBy.includes('azerbaijan'))).toBe(true);
    const fight = entries(log, 'combat').find((e) => e.region === 'stepanakert');
    expect(fight?.text).toContain(`(14 against ${defence})`);
  });
});

describe('one settlement at a time', () => {
  it('two settlements accepted in one week: the first proposed is enacted, the other lapses with a log line', () => {
    const { state, log } = signed('2020-full', [], ['minsk', 'russia']);
    expect(state.treaties.filter((t) => t.kind === 'settlement')).toHaveLength(1);
    expect(state.treaties.filter((t) => t.kind === 'peacekeeping')).toHaveLength(1);
    expect(peacekeepersOf(state)).toBe(10);
    const lapsed = entries(log, 'answer').find((e) => /lapses: the settlement agreed by .* is already in force/.test(e.text));
    expect(lapsed?.actor).toBe('russia');
    expect(state.proposals.filter((p) => p.terms.kind === 'settlement').map((p) => p.status).sort()).toEqual(['accepted', 'expired']);
  });
});

describe('handovers under a treaty', () => {
  it('are not battlefield losses: no capture in battle recorded, no support lost or won, but people leave', () => {
    const { before, state, log } = signed('2020-full');
    expect(state.regions.aghdam.controller).toBe('azerbaijan');
    expect(state.regions.aghdam.capturedTurn).toBe(-1);
    expect(entries(log, 'stat').some((e) => e.field === 'domesticSupport' && /Aghdam|Kalbajar/.test(e.cause))).toBe(false);
    expect(state.actors.artsakh.displaced).toBeGreaterThan(before.actors.artsakh.displaced);
    expect(state.actors.artsakh.casualties).toEqual(before.actors.artsakh.casualties);
  });

  it('do not count as war in a zone for the score', () => {
    const { state } = signed('2020-full');
    state.actors.russia = { ...state.actors.russia, aims: [{ id: 'calm', text: 'no war in the districts', points: 5, condition: { kind: 'no-war-on-zone', zone: 'district' } }] };
    expect(scoreActor(state, 'russia').points).toBe(5);
  });
});
