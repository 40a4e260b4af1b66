import { describe, expect, it } from 'vitest';
import { viewFor, type GameState, type Order } from '../../../src/engine';
import { entries, findSeed, play, quiet, totalOf } from '../helpers';

const send = (pkg: 'drones' | 'mercenaries' | 'money' | 'arms', covert: boolean): Order => ({ kind: 'support', client: 'azerbaijan', package: pkg, covert });

/** Only the link a test sends can be rolled for exposure. */
function noCovertLinks(s: GameState): GameState {
  s.links = s.links.filter((l) => !l.covert);
  return s;
}

describe('support phase', () => {
  it('a package is delivered after its delay and adds its forces to the client', () => {
    const s = quiet();
    const rule = s.rules.support.drones;
    expect(rule.delay).toBeGreaterThan(0);
    const drones = totalOf(s, 'azerbaijan', 'drones');
    let cur = play(s, { turkey: [send('drones', false)] });
    const sent = entries(cur.log, 'support').find((e) => e.change === 'sent');
    const link = cur.state.links.find((l) => l.id === sent?.link);
    expect(link?.deliverTurn).toBe(s.turn + rule.delay);
    expect(entries(cur.log, 'support').map((e) => e.change)).toEqual(['sent']);
    for (let t = 1; t < rule.delay; t++) {
      cur = play(cur.state);
      expect(entries(cur.log, 'support').some((e) => e.change === 'delivered')).toBe(false);
    }
    const before = cur.state;
    const arrived = play(before);
    expect(entries(arrived.log, 'support').some((e) => e.change === 'delivered' && e.link === link?.id)).toBe(true);
    expect(totalOf(arrived.state, 'azerbaijan', 'drones')).toBe(drones + (rule.forces.drones ?? 0));
  });

  it('a delivered package raises the patron\'s influence over the client and costs the patron its price', () => {
    const s = quiet();
    s.actors.turkey.influence.azerbaijan = 10;
    const rule = s.rules.support.arms;
    const one = play(s, { turkey: [send('arms', false)] });
    const paid = entries(one.log, 'stat').find((e) => e.phase === 'orders' && e.actor === 'turkey' && e.field === 'treasury');
    expect(paid?.delta).toBe(-(s.rules.orderCost.support.money + rule.cost));
    let cur = one.state;
    for (let t = 0; t < rule.delay; t++) cur = play(cur).state;
    expect(cur.actors.turkey.influence.azerbaijan).toBe(10 + rule.influence);
  });

  it('a money package adds to the client\'s treasury when it is delivered', () => {
    const s = quiet();
    const rule = s.rules.support.money;
    expect(rule.money).toBeGreaterThan(0);
    let r = play(s, { turkey: [send('money', false)] });
    for (let t = 0; t < rule.delay; t++) r = play(r.state);
    const gift = entries(r.log, 'stat').find((e) => e.actor === 'azerbaijan' && e.field === 'treasury' && e.phase === 'support');
    expect(gift?.delta).toBe(rule.money);
  });

  it('an overt package costs the patron legitimacy at once; a covert one does not', () => {
    const s = noCovertLinks(quiet());
    const rule = s.rules.support.mercenaries;
    expect(rule.overtLegitimacy).toBeGreaterThan(0);
    const overt = play(structuredClone(s), { turkey: [send('mercenaries', false)] });
    expect(overt.state.actors.turkey.legitimacy).toBe(s.actors.turkey.legitimacy - rule.overtLegitimacy);
    const covert = findSeed('covert-quiet', (seed) => play(noCovertLinks(quiet(seed)), { turkey: [send('mercenaries', true)] }), (r) => !entries(r.log, 'support').some((e) => e.change === 'exposed'));
    expect(covert.result.state.actors.turkey.legitimacy).toBe(s.actors.turkey.legitimacy);
  });

  it('a covert package can be exposed by a seeded roll, and the exposure costs the patron legitimacy', () => {
    const run = (seed: string) => play(noCovertLinks(quiet(seed)), { turkey: [send('mercenaries', true)] });
    const { seed, result } = findSeed('exposure', run, (r) => entries(r.log, 'support').some((e) => e.change === 'exposed'));
    const s = noCovertLinks(quiet(seed));
    const roll = entries(result.log, 'roll').find((e) => e.purpose.startsWith('exposure of'));
    expect(roll?.success).toBe(true);
    expect(roll!.roll).toBeLessThanOrEqual(roll!.threshold);
    const link = result.state.links.find((l) => l.covert && l.patron === 'turkey' && l.package === 'mercenaries');
    expect(link?.exposed).toBe(true);
    expect(result.state.actors.turkey.legitimacy).toBe(s.actors.turkey.legitimacy - s.rules.exposureLegitimacy);
    // Before exposure the link is hidden from Armenia's view; after, everyone sees it.
    expect(viewFor(result.state, 'armenia').links.some((l) => l.id === link?.id)).toBe(true);
  });

  it('the log tells a first exposure from a later package of the same kind coming to light', () => {
    const earlier = (s: GameState): GameState => {
      s.links.push({ id: 'link-earlier', patron: 'turkey', client: 'azerbaijan', package: 'mercenaries', covert: true, since: 0, deliverTurn: 0, until: null, delivered: 1, exposed: true, active: true });
      return s;
    };
    const exposed = (r: ReturnType<typeof play>) => entries(r.log, 'support').find((e) => e.change === 'exposed');
    const first = findSeed('exposure', (seed) => play(noCovertLinks(quiet(seed)), { turkey: [send('mercenaries', true)] }), (r) => exposed(r) !== undefined);
    expect(exposed(first.result)?.text).toBe('Exposed: Turkey has been covertly sending mercenaries to Azerbaijan.');
    const again = findSeed('exposure', (seed) => play(earlier(noCovertLinks(quiet(seed))), { turkey: [send('mercenaries', true)] }), (r) => exposed(r) !== undefined);
    expect(exposed(again.result)?.link).not.toBe('link-earlier');
    expect(exposed(again.result)?.text).toMatch(/^Exposed again: another covert mercenaries package from Turkey to Azerbaijan/);
  });

  it('the exposure chance falls as deniability rises', () => {
    const s = quiet();
    const chance = (pkg: 'mercenaries' | 'intelligence') => Math.floor((s.rules.exposurePct * (100 - s.rules.support[pkg].deniability)) / 100);
    const logged = (pkg: 'mercenaries' | 'intelligence') => {
      const { log } = play(noCovertLinks(quiet()), { turkey: [{ kind: 'support', client: 'azerbaijan', package: pkg, covert: true }] });
      return entries(log, 'roll').find((e) => e.purpose.startsWith('exposure of'))?.threshold;
    };
    expect(s.rules.support.intelligence.deniability).toBeGreaterThan(s.rules.support.mercenaries.deniability);
    expect(logged('intelligence')).toBe(chance('intelligence'));
    expect(logged('mercenaries')).toBe(chance('mercenaries'));
    expect(logged('intelligence')!).toBeLessThan(logged('mercenaries')!);
  });

  it('the exposure roll is seen only by the patron', () => {
    const { log } = play(noCovertLinks(quiet()), { turkey: [send('mercenaries', true)] });
    const roll = entries(log, 'roll').find((e) => e.purpose.startsWith('exposure of'));
    expect(roll?.visibleTo).toEqual(['turkey']);
  });

  it('a package sent under a component embargo arrives a turn late', () => {
    const s = quiet();
    s.actors.turkey.embargoedBy = ['canada'];
    const { state, log } = play(s, { turkey: [send('drones', false)] });
    const link = state.links.find((l) => l.id === entries(log, 'support').find((e) => e.change === 'sent')?.link);
    expect(link?.deliverTurn).toBe(s.turn + s.rules.support.drones.delay + 1);
  });
});
