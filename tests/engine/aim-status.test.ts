// The aims the side panel shows during play: met exactly when the score counts them, with the
// figure behind each, at risk when close to failing, lost when they cannot be met again.
import { describe, expect, it } from 'vitest';
import { aimStatuses, scoreActor } from '../../src/engine';
import { game, play, quiet, SCENARIO_IDS } from './helpers';

describe('aimStatuses: the aims as they stand now', () => {
  it.each(SCENARIO_IDS)('agree with the score for every actor, turn after turn (%s)', (id) => {
    let s = game('aims-agree', id);
    for (let t = 0; t < 4; t++) {
      for (const a of s.actorOrder) {
        const score = scoreActor(s, a);
        const now = aimStatuses(s, a);
        expect(now.map((x) => x.met)).toEqual(score.aims.map((x) => x.met));
        expect(now.filter((x) => x.met).reduce((n, x) => n + x.points, 0)).toBe(score.points);
        for (const x of now) expect(x.met).toBe(x.state === 'met' || x.state === 'at-risk');
      }
      s = play(s).state;
    }
  });

  it('gives the figure behind a threshold, at risk just above it and unmet below', () => {
    const s = quiet();
    const aim = s.actors.turkey.aims.find((a) => a.condition.kind === 'legitimacy-at-least')!;
    const need = aim.condition.kind === 'legitimacy-at-least' ? aim.condition.value : 0;
    s.actors.turkey.legitimacy = need + 30;
    expect(aimStatuses(s, 'turkey').find((x) => x.id === aim.id)).toMatchObject({ state: 'met', figure: `legitimacy ${need + 30}, needs ${need}` });
    s.actors.turkey.legitimacy = need + 2;
    expect(aimStatuses(s, 'turkey').find((x) => x.id === aim.id)?.state).toBe('at-risk');
    s.actors.turkey.legitimacy = need - 1;
    expect(aimStatuses(s, 'turkey').find((x) => x.id === aim.id)).toMatchObject({ state: 'unmet', met: false });
  });

  it('a casualty cap once passed is lost for good; a held region with the enemy next to it is at risk', () => {
    const s = quiet();
    const cap = s.actors.armenia.aims.find((a) => a.condition.kind === 'casualties-at-most')!;
    const max = cap.condition.kind === 'casualties-at-most' ? cap.condition.value : 0;
    s.actors.armenia.casualties = { military: max + 1, civilian: 0 };
    expect(aimStatuses(s, 'armenia').find((x) => x.id === cap.id)).toMatchObject({ state: 'lost', figure: `casualties ${max + 1}, at most ${max}` });
    // Stepanakert is held by Artsakh (Armenia's side); at war, Azerbaijani forces beside it put it at risk.
    const shushaAim = s.actors.azerbaijan.aims.find((a) => a.condition.kind === 'controls' && a.condition.region === 'shusha')!;
    s.regions.shusha.controller = 'azerbaijan';
    s.actors.azerbaijan.forces.shusha = { infantry: 2, armour: 0, artillery: 0, airDefence: 0, drones: 0, specialForces: 0, mercenaries: 0, peacekeepers: 0 };
    const held = aimStatuses(s, 'azerbaijan').find((x) => x.id === shushaAim.id)!;
    expect(held.met).toBe(true);
    expect(held.figure).toMatch(/held by Azerbaijan/);
    const atWar = s.wars.some((w) => (w.a === 'armenia' || w.b === 'armenia' || w.a === 'artsakh' || w.b === 'artsakh') && (w.a === 'azerbaijan' || w.b === 'azerbaijan'));
    const enemyNear = s.regions.shusha.neighbours.some((r) => s.actors.artsakh.forces[r] || s.actors.armenia.forces[r]);
    expect(atWar && enemyNear).toBe(true);
    expect(held.state).toBe('at-risk');
    // With no enemy beside it, the same hold is simply met.
    for (const r of ['shusha', ...s.regions.shusha.neighbours]) for (const a of s.actorOrder) if (a !== 'azerbaijan') delete s.actors[a].forces[r];
    expect(aimStatuses(s, 'azerbaijan').find((x) => x.id === shushaAim.id)?.state).toBe('met');
  });
});
