import { describe, expect, it } from 'vitest';
import { chooseOrders } from '../../src/ai';
import { newGame, resolveTurn, type GameState, type LogEntry, type OrdersByActor } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';

function playedLog(seed: string): LogEntry[] {
  const made = newGame(SCENARIOS['2020-war'], seed);
  if (!made.ok) throw new Error(made.message);
  let s: GameState = made.state;
  const log: LogEntry[] = [];
  while (!s.ended) {
    const orders: OrdersByActor = {};
    for (const a of s.actorOrder) if (!s.actors[a].background && s.actors[a].commandedBy === null) orders[a] = chooseOrders(s, a, { difficulty: 'normal' }).orders;
    const r = resolveTurn(s, orders);
    if (!r.ok) throw new Error(r.message);
    log.push(...r.log);
    s = r.state;
  }
  return log;
}

describe('the log\'s text', () => {
  it('counts drones in the singular when there is one, in every duel of two computer-played wars', () => {
    const duels = ['log-text-1', 'log-text-2'].flatMap(playedLog).filter((e) => e.text.startsWith('Drones over '));
    expect(duels.length).toBeGreaterThan(0);
    for (const e of duels) expect(e.text).not.toMatch(/\b1 (\w+ )?drones\b/);
    expect(duels.some((e) => /\b\d+ (\w+ )?drones? lost\b/.test(e.text))).toBe(true);
  });
});
