// Turning points: the weeks ranked by how far they moved the odds of the game's outcome, from
// synthetic curves and from a real game's continuations on a small N.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playTurning, turningWeeks } from '../../src/analysis/game-turning';
import type { GameSummary } from '../../src/analysis/summary';
import { oddsCurve, turningPoints, weekMoments, type OddsPoint } from '../../src/analysis/turning-points';
import { parseReplay } from '../../src/engine';
import { playWorld } from '../../src/report/world';
import { SCENARIOS } from '../../src/scenario';

const point = (week: number, outcome: number, score = 0): OddsPoint => ({ week, outcome, meanScore: { azerbaijan: score } });

describe('turningPoints', () => {
  it('ranks the weeks by the size of the move, either way, then by the move of the scores, then by week', () => {
    const curve = [point(1, 10, 50), point(2, 40, 50), point(3, 15, 60), point(4, 15, 50), point(5, 15, 50), point(6, 100)];
    const ranked = turningPoints(curve);
    expect(ranked.map((t) => t.week)).toEqual([5, 1, 2, 3, 4]);
    expect(ranked[0]).toMatchObject({ before: 15, after: 100, shift: 85, scoreShift: { azerbaijan: -50 } });
    expect(ranked[2]).toMatchObject({ week: 2, shift: -25, scoreShift: { azerbaijan: 10 } });
    // Weeks 3 and 4 moved nothing: week 3's scores moved by 10, week 4's by none.
    expect(ranked.slice(3).map((t) => t.shift)).toEqual([0, 0]);
  });

  it('refuses a curve with a week missing', () => {
    expect(() => turningPoints([point(1, 10), point(3, 20)])).toThrow(/week 1 is followed by week 3/);
  });

  it('reads the odds of the outcome from each week\u2019s continuations', () => {
    const g = (shusha: string, az: number): GameSummary => ({ seed: 's', endTurn: 8, endReason: 'calendar', warEnd: 'none', warLength: 8, finalHash: 'h', control: { shusha }, scores: { azerbaijan: az }, treaties: [], peacekeepers: {}, monitors: [] });
    const actual = g('azerbaijan', 70);
    const curve = oddsCurve(
      [
        { week: 2, games: [g('azerbaijan', 70), g('azerbaijan', 60)] },
        { week: 1, games: [g('artsakh', 20), g('azerbaijan', 70), g('artsakh', 30), g('artsakh', 40)] },
      ],
      actual,
      ['shusha'],
    );
    expect(curve).toEqual([
      { week: 1, outcome: 25, meanScore: { azerbaijan: 40 } },
      { week: 2, outcome: 100, meanScore: { azerbaijan: 65 } },
    ]);
  });
});

describe('a real game\u2019s turning points (2020-war golden replay, 3 continuations a week)', () => {
  const parsed = parseReplay(JSON.parse(readFileSync('tests/fixtures/golden-2020-war.replay.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  const played = playWorld(parsed.replay, SCENARIOS['2020-war']);
  if (!played.ok) throw new Error(played.message);
  const world = played.world;
  const run = () => {
    const seen: number[] = [];
    const r = playTurning(world, 3, 'normal', (week) => seen.push(week));
    if (!r.ok) throw new Error(r.message);
    return { turning: r.turning, seen };
  };
  const first = run();

  it('plays every week from the first to the position the game ended in, and ranks each week played', () => {
    const weeks = turningWeeks(world);
    expect(first.seen).toEqual(weeks);
    expect(first.turning.curve.map((p) => p.week)).toEqual(weeks);
    expect(first.turning.points.map((t) => t.week).sort((a, b) => a - b)).toEqual(weeks.slice(0, -1));
    const sizes = first.turning.points.map((t) => Math.abs(t.shift));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // The game is over at its last position: every continuation of it is the game's own outcome.
    expect(first.turning.curve.at(-1)!.outcome).toBe(100);
    // The moves add up to the whole change from the first week to the end.
    const total = first.turning.points.reduce((s, t) => s + t.shift, 0);
    expect(total).toBeCloseTo(100 - first.turning.curve[0].outcome, 5);
    expect(first.turning.luck.games).toBe(3);
  }, 120_000);

  it('gives the same figures when played again', () => {
    expect(run().turning).toEqual(first.turning);
  }, 120_000);

  it('tells what happened in a week from that week\u2019s log alone', () => {
    const week = first.turning.points[0].week;
    const moments = weekMoments(world.logs.flat(), week, world.states.at(-1)!, world.states[0].calendar);
    expect(moments.length).toBeGreaterThan(0);
    expect(moments.every((m) => m.turn === week - 1)).toBe(true);
  });
});
