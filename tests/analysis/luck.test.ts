// How lucky: percentiles and the share of continuations that ended as the game did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { howLucky, keyRegions, percentile, sameOutcome } from '../../src/analysis/luck';
import type { GameSummary } from '../../src/analysis/summary';
import { newGame } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';

function game(scores: Record<string, number>, control: Record<string, string | null>, warLength: number, warEnd: GameSummary['warEnd'] = 'settlement'): GameSummary {
  return { seed: 's', endTurn: 8, endReason: 'settlement', warEnd, warLength, finalHash: 'h', control, scores, treaties: [], peacekeepers: {}, monitors: [] };
}

describe('percentile', () => {
  it('is the share below plus half the share equal', () => {
    expect(percentile(5, [1, 2, 5, 9])).toBe(62.5);
    expect(percentile(0, [1, 2])).toBe(0);
    expect(percentile(3, [1, 2])).toBe(100);
    expect(percentile(2, [2, 2, 2])).toBe(50);
  });

  it('grows with the value and stays within 0–100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 20 }), (values, x, dx) => {
        const p = percentile(x, values);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        expect(percentile(x + dx, values)).toBeGreaterThanOrEqual(p);
      }),
      { seed: 20, numRuns: 200 },
    );
  });
});

describe('howLucky', () => {
  const actual = game({ azerbaijan: 60, armenia: 20 }, { shusha: 'azerbaijan', lachin: 'armenia' }, 6);
  const games = [
    game({ azerbaijan: 40, armenia: 30 }, { shusha: 'artsakh', lachin: 'armenia' }, 8, 'none'),
    game({ azerbaijan: 60, armenia: 20 }, { shusha: 'azerbaijan', lachin: 'armenia' }, 6),
    game({ azerbaijan: 80, armenia: 10 }, { shusha: 'azerbaijan', lachin: 'azerbaijan' }, 4),
    game({ azerbaijan: 50, armenia: 25 }, { shusha: 'azerbaijan', lachin: 'armenia' }, 7),
  ];

  it('places each score, region, war length and ending among the continuations', () => {
    const luck = howLucky(actual, games, ['shusha', 'lachin']);
    expect(luck.games).toBe(4);
    expect(luck.scores).toEqual([
      { actor: 'armenia', actual: 20, mean: 21.25, percentile: 37.5 },
      { actor: 'azerbaijan', actual: 60, mean: 57.5, percentile: 62.5 },
    ]);
    expect(luck.regions).toEqual([
      { region: 'shusha', holder: 'azerbaijan', pct: 75 },
      { region: 'lachin', holder: 'armenia', pct: 75 },
    ]);
    expect(luck.warLength).toEqual({ actual: 6, same: 25, shorter: 25, longer: 50 });
    expect(luck.warEnd).toEqual({ actual: 'settlement', pct: 75 });
    // Both regions and a settlement: games 2 and 4.
    expect(luck.outcome).toBe(50);
  });

  it('counts a continuation as the same outcome only when every key region and the ending match', () => {
    expect(sameOutcome(actual, games[3], ['shusha', 'lachin'])).toBe(true);
    expect(sameOutcome(actual, games[2], ['shusha', 'lachin'])).toBe(false);
    expect(sameOutcome(actual, { ...games[3], warEnd: 'collapse' }, ['shusha'])).toBe(false);
  });

  it('refuses to place a game among no continuations', () => {
    expect(() => howLucky(actual, [], ['shusha'])).toThrow(/no continuations/);
  });

  it('tells the 2020 war by the regions most at stake for two or more actors', () => {
    const start = newGame(SCENARIOS['2020-war'], 'keys');
    if (!start.ok) throw new Error(start.message);
    const keys = keyRegions(start.state);
    expect(keys).toHaveLength(3);
    expect(keys).toContain('shusha');
  });
});
