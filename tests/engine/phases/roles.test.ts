// The rules read the scenario's roles, never actor ids: give a part to another actor and the
// rule follows it. Each situation is the one the shipped scenario plays, with one role changed.
import { describe, expect, it } from 'vitest';
import { validateOrder, type ActorId, type GameState, type LogEntry, type Order, type Roles } from '../../../src/engine';
import { entries, findSeed, occupy, play, quiet, station } from '../helpers';

/** No covert links but the test's own, with one role recast. */
function cast(patch: Partial<Roles>, seed = 'test'): GameState {
  const s = quiet(seed);
  s.links = s.links.filter((l) => !l.covert);
  return Object.assign(s, { roles: { ...s.roles, ...patch } });
}

const decisions = (log: readonly LogEntry[], cause: string) => entries(log, 'decision').filter((e) => e.cause === cause);
const tensionEntries = (log: readonly LogEntry[]) => entries(log, 'stat').filter((e) => e.field === 'tension');
const support = (client: ActorId, pkg: 'arms' | 'advisers' | 'mercenaries', covert = false): Order => ({ kind: 'support', client, package: pkg, covert });

describe('roles: the rules follow the scenario\'s cast', () => {
  it('critics: the actors listed condemn a strike on a town, and no one else does', () => {
    const s = cast({ critics: ['iran'] });
    occupy(s, 'azerbaijan', 'aghdam', { infantry: 2, drones: 4 });
    station(s, 'artsakh', 'stepanakert', { infantry: 2 });
    const { state, log } = play(s, { azerbaijan: [{ kind: 'strike', from: 'aghdam', target: 'stepanakert', weapon: 'drones', aim: 'city' }] });
    expect(decisions(log, 'strike on a populated place').map((e) => e.actor)).toEqual(['iran']);
    expect(state.actors.iran.relations.azerbaijan).toBeLessThan(s.actors.iran.relations.azerbaijan);
    expect(state.actors.eu.relations.azerbaijan).toBe(s.actors.eu.relations.azerbaijan);
  });

  it('rivals: only the two rivals\' overt packages move the tension track, which is named after them', () => {
    const s = cast({ rivals: ['armenia', 'russia'] });
    const turkish = play(structuredClone(s), { turkey: [support('azerbaijan', 'arms')] });
    expect(tensionEntries(turkish.log).some((e) => /openly arms/.test(e.cause))).toBe(false);
    const armenian = play(structuredClone(s), { armenia: [support('artsakh', 'arms')] });
    const rise = tensionEntries(armenian.log).find((e) => /openly arms/.test(e.cause));
    expect(rise?.delta).toBeGreaterThan(0);
    expect(rise?.text).toMatch(/^Armenia–Russia tension \+/);
  });

  it('rivals: at the tension limit overt troops are refused to a rival only', () => {
    const s = cast({ rivals: ['armenia', 'russia'] });
    s.tension = s.rules.tensionLimit;
    expect(validateOrder(s, 'turkey', support('azerbaijan', 'advisers')).ok).toBe(true);
    const refused = validateOrder(s, 'russia', support('armenia', 'advisers'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^Armenia–Russia tension is/);
  });

  it('alliance: the alliance named calls on its member when tension runs high; with none, no one does', () => {
    const high = (patch: Partial<Roles>): { s: GameState; state: GameState; log: LogEntry[] } => {
      const s = cast(patch);
      s.tension = s.rules.reactions.allianceTension + 10;
      return { s, ...play(s) };
    };
    const eu = high({ alliance: { actor: 'eu', member: 'turkey' } });
    const call = decisions(eu.log, 'high tension');
    expect(call.map((e) => e.actor)).toEqual(['eu']);
    expect(call[0].text).toMatch(/Turkey/);
    expect(eu.state.actors.eu.relations.turkey).toBeLessThan(eu.s.actors.eu.relations.turkey);
    expect(decisions(high({ alliance: null }).log, 'high tension')).toHaveLength(0);
  });

  it('fighterCritics: the actors listed protest exposed foreign fighters', () => {
    const run = (seed: string) => play(cast({ fighterCritics: ['iran'] }, seed), { turkey: [support('azerbaijan', 'mercenaries', true)] });
    const { result } = findSeed('roles-mercs', run, (r) => entries(r.log, 'support').some((e) => e.change === 'exposed'));
    expect(decisions(result.log, 'mercenaries exposed').map((e) => e.actor)).toEqual(['iran']);
  });

  it('componentMakers: a maker found for certain suspends its exports to the drones\' supplier; makers not listed are not looked for', () => {
    const s = cast({ componentMakers: [{ actor: 'israel', foundPct: 100 }] });
    station(s, 'artsakh', 'jabrayil', { infantry: 3, airDefence: 10 });
    s.actors.azerbaijan.forces.horadiz.drones = 4;
    const { state, log } = play(s, { azerbaijan: [{ kind: 'strike', from: 'horadiz', target: 'jabrayil', weapon: 'drones', aim: 'forces' }] });
    expect(entries(log, 'roll').filter((e) => e.purpose.endsWith('component in wreckage')).map((e) => e.purpose)).toEqual(['israel component in wreckage']);
    expect(state.actors.turkey.embargoedBy).toEqual(['israel']);
  });

  it('broker: an event that stops the fighting is credited to the broker', () => {
    const stop = (broker: ActorId) => {
      const s = cast({ broker });
      s.events = [{ id: 'stop', turn: s.turn, title: 'Talks', text: 'The guns fall silent.', source: 'test', chance: 100, condition: { kind: 'always' }, effects: [{ kind: 'end-war' }] }];
      s.pendingEvents = ['stop'];
      return entries(play(s).log, 'decision').find((e) => e.text === 'The fighting stops by agreement.')?.actor;
    };
    expect(stop('minsk')).toBe('minsk');
    expect(stop('russia')).toBe('russia');
  });
});
