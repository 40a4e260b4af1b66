import { describe, expect, it } from 'vitest';
import { openPool, runGames } from '../../src/cli/batch-pool';
import { playGame } from '../../src/cli/game-loop';
import { summarise } from '../../src/analysis/summary';
import { SCENARIOS } from '../../src/scenario';

const setup = { scenario: '2020-war', variant: null, difficulty: 'easy' as const };
const seeds = Array.from({ length: 11 }, (_, i) => `pool-${i + 1}`);

describe('the batch pool', () => {
  it('puts every game at its own index, whichever worker and queued chunk played it, and reports progress to the end', async () => {
    const progress: number[] = [];
    const two = await runGames(setup, seeds, 2, (d) => progress.push(d));
    expect(two.map((g) => g.seed)).toEqual(seeds);
    expect(progress.at(-1)).toBe(seeds.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // More workers than games, and one worker: the same games.
    expect(await runGames(setup, seeds.slice(0, 3), 5)).toEqual(two.slice(0, 3));
    const one = await runGames(setup, seeds, 1);
    expect(one).toEqual(two);
    const direct = playGame(SCENARIOS['2020-war'], seeds[7], { difficulty: 'easy' });
    if (!direct.ok) throw new Error(direct.message);
    expect(two[7]).toEqual(summarise(direct.game.state));
  }, 120_000);

  it('a pool kept open plays batch after batch, each the same as on fresh workers, one at a time', async () => {
    const pool = await openPool(setup, 2);
    try {
      const first = await pool.play(seeds.slice(0, 5));
      const second = pool.play(seeds.slice(5));
      await expect(pool.play(seeds)).rejects.toThrow(/one batch at a time/);
      expect([...first, ...(await second)]).toEqual(await runGames(setup, seeds, 2));
    } finally {
      await pool.close();
    }
    await expect(pool.play(seeds)).rejects.toThrow(/closed/);
    // Closing a pool in the middle of a batch fails that batch.
    const other = await openPool(setup, 1);
    const cut = expect(other.play(seeds)).rejects.toThrow(/closed before its batch was done/);
    await other.close();
    await cut;
  }, 120_000);

  it('returns nothing for no games, and fails with the worker’s own message', async () => {
    expect(await runGames(setup, [], 2)).toEqual([]);
    await expect(runGames({ ...setup, scenario: 'no-such-scenario' }, seeds, 2)).rejects.toThrow(/no-such-scenario/);
  }, 60_000);
});
