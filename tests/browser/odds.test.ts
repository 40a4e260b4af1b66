// The odds in the browser: continuations played in Web Workers are the same games, continuation by
// continuation, as Node plays them (same seeds, same final hashes), in continuation order.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { playContinuation } from '../../src/analysis/continuations';
import { newGame } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { openGame, type Driver } from './driver';

let d: Driver;

beforeAll(async () => {
  d = await openGame(inject('siteUrl'));
});

afterAll(async () => {
  await d?.close();
});

/** The final hashes of a new game's first `games` continuations from week 1, as Node plays them. */
function nodeHashes(seed: string, games: number, scenario = '2020-war'): string[] {
  const start = newGame(SCENARIOS[scenario], seed);
  if (!start.ok) throw new Error(start.message);
  return Array.from({ length: games }, (_, i) => {
    const g = playContinuation(start.state, i, 'normal');
    if (!g.ok) throw new Error(g.message);
    return g.summary.finalHash;
  });
}

it('plays the continuations of a week in Web Workers as the same games Node plays, in order', async () => {
  const games = 12;
  await d.ready('menu');
  const run = await d.page.evaluate(async (n) => window.karabakh.odds('2020-war', 'odds-test', n), games);
  const node = nodeHashes('odds-test', games);
  expect(run.hashes).toEqual(node);
  // Continuations differ by their seeds: not one game played twelve times.
  expect(new Set(node).size).toBeGreaterThan(1);
  // Again on the workers the page kept (which keep the scenario of their last run), and for another game.
  const again = await d.page.evaluate(async (n) => window.karabakh.odds('2020-war', 'odds-test', n), games);
  expect(again.hashes).toEqual(node);
  const other = await d.page.evaluate(async (n) => window.karabakh.odds('2020-war', 'odds-test-2', n), 6);
  expect(other.hashes).toEqual(nodeHashes('odds-test-2', 6));
  expect(other.hashes).not.toEqual(node.slice(0, 6));
  // Another scenario on the same workers: they must not keep the last one.
  const full = await d.page.evaluate(async (n) => window.karabakh.odds('2020-full', 'odds-test', n), 2);
  expect(full.hashes).toEqual(nodeHashes('odds-test', 2, '2020-full'));
}, 180_000);
