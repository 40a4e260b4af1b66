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

it('plays the continuations of a week in Web Workers as the same games Node plays, in order', async () => {
  const games = 12;
  await d.ready('menu');
  const run = await d.page.evaluate(async (n) => window.karabakh.odds('2020-war', 'odds-test', n), games);
  const start = newGame(SCENARIOS['2020-war'], 'odds-test');
  if (!start.ok) throw new Error(start.message);
  const node = Array.from({ length: games }, (_, i) => {
    const g = playContinuation(start.state, i, 'normal');
    if (!g.ok) throw new Error(g.message);
    return g.summary.finalHash;
  });
  expect(run.hashes).toEqual(node);
  // Continuations differ by their seeds: not one game played twelve times.
  expect(new Set(node).size).toBeGreaterThan(1);
}, 120_000);
