import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { stepOfKey, stepWeek, TheatreGame, TRUTH } from '../../src/ui/theatre/model';
import { goldenReplay } from './theatre-fixture';

const replay = goldenReplay();
const built = TheatreGame.build(replay, SCENARIOS['2020-war']);
if (!built.ok) throw new Error(built.message);
const game = built.game;

describe('the theatre steps through a game week by week', () => {
  it('has a week for the opening and one after each turn, each the state the replay recorded', () => {
    expect(game.lastWeek).toBe(replay.turns.length);
    expect(hashState(game.state(0))).toBe(replay.startHash);
    replay.turns.forEach((t, i) => expect(hashState(game.state(i + 1))).toBe(t.hash));
  });

  it('steps never leave the timeline, and a step forward then back returns (fast-check, seeded)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom('prev', 'next', 'first', 'last') as fc.Arbitrary<'prev'>, (last, w0, step) => {
        const week = Math.min(w0, last);
        const to = stepWeek(week, step, last);
        expect(to).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(last);
        if (week < last) expect(stepWeek(stepWeek(week, 'next', last), 'prev', last)).toBe(week);
      }),
      { seed: 2020, numRuns: 300 },
    );
  });

  it('reads the arrow keys, Home and End, and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'ArrowUp', 'e'].map(stepOfKey)).toEqual(['prev', 'next', 'first', 'last', null, null]);
  });

  it('clamps a week outside the game to its ends', () => {
    expect(game.clamp(-3)).toBe(0);
    expect(game.clamp(99)).toBe(game.lastWeek);
  });

  it('refuses a replay that does not verify, naming the turn', () => {
    const bad = { ...replay, turns: replay.turns.map((t, i) => (i === 2 ? { ...t, hash: '0000000000000000' } : t)) };
    const res = TheatreGame.build(bad, SCENARIOS['2020-war']);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message).toMatch(/^Turn 3/);
  });
});

describe('each perspective sees what its actor saw; the truth sees everything', () => {
  it('offers the actors that act and the truth, not the background ones', () => {
    const p = game.perspectives();
    expect(p.at(-1)).toBe(TRUTH);
    for (const a of p.slice(0, -1)) expect(game.state(0).actors[a].background).toBe(false);
    expect(p).toContain('armenia');
    expect(p).not.toContain('eu');
  });

  it('a covert link is in the truth and its patron\'s view, and absent from an enemy\'s that has not exposed it', () => {
    const week = 0;
    const covert = game.view(week, TRUTH).links.filter((l) => l.covert && !l.exposed);
    expect(covert.length).toBeGreaterThan(0);
    for (const l of covert) {
      const key = (x: typeof l) => `${x.patron}>${x.client}:${x.package}`;
      expect(game.view(week, l.patron).links.map(key)).toContain(key(l));
      expect(game.view(week, 'armenia').links.map(key)).not.toContain(key(l));
    }
  });

  it('an actor sees its own forces exactly and an enemy\'s as estimates; the truth has no estimates', () => {
    for (let w = 0; w <= game.lastWeek; w++) {
      const forces = (p: string) => Object.values(game.view(w, p).regions).flatMap((r) => r.forces);
      expect(forces(TRUTH).every((f) => !f.estimate)).toBe(true);
      expect(forces('armenia').filter((f) => f.actor === 'armenia').every((f) => !f.estimate)).toBe(true);
      expect(forces('armenia').filter((f) => f.actor === 'azerbaijan').every((f) => f.estimate)).toBe(true);
    }
  });

  it('a week\'s news is the turn that led to it, as the perspective could read it, with the fights\' rolls', () => {
    expect(game.news(0, TRUTH)).toEqual([]);
    for (let w = 1; w <= game.lastWeek; w++) {
      const all = game.log(w, TRUTH);
      expect(all.every((e) => e.turn === w - 1)).toBe(true);
      const armenia = game.log(w, 'armenia');
      expect(armenia.every((e) => !e.visibleTo || e.visibleTo.includes('armenia'))).toBe(true);
      expect(armenia.length).toBeLessThanOrEqual(all.length);
      const fights = all.filter((e) => e.kind === 'combat').length;
      expect(game.news(w, TRUTH).filter((n) => n.details.some((d) => /^Roll \d+ against \d+/.test(d))).length).toBeGreaterThanOrEqual(fights);
    }
  });
});

describe('two timelines compared', () => {
  it('a game against itself differs nowhere; against a branch that played on, the differences are real', async () => {
    const { compare } = await import('../../src/ui/theatre/compare-model');
    const same = compare(game, game, 5);
    expect(same.control).toEqual([]);
    expect(same.scores.every((r) => r.a === r.b)).toBe(true);
    expect(same.casualties.map((r) => r.a)).toEqual(same.casualties.map((r) => r.b));
    // Casualties never fall from one week to the next.
    same.casualties.slice(1).forEach((r, i) => expect(r.a!).toBeGreaterThanOrEqual(same.casualties[i].a!));
    const shorter = TheatreGame.build({ ...replay, turns: replay.turns.slice(0, 4) }, SCENARIOS['2020-war']);
    if (!shorter.ok) throw new Error(shorter.message);
    const c = compare(game, shorter.game, 7);
    expect([c.weekA, c.weekB]).toEqual([7, 4]);
    expect(c.casualties.filter((r) => r.b === null).map((r) => r.week)).toEqual([5, 6, 7, 8]);
    for (const d of c.control) expect(d.a).toBe(game.state(7).regions[d.region].controller);
  });
});
