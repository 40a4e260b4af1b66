import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, viewFor, type GameState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { turnLine } from '../../src/ui/format';

describe('turnLine', () => {
  it('counts turns from 1 while the game runs, and names the turn it ended in once it is over', () => {
    const made = newGame(SCENARIOS['2020-war'], 'turn-line');
    if (!made.ok) throw new Error(made.message);
    let s: GameState = made.state;
    const total = s.calendar.turns;
    expect(turnLine(viewFor(s, 'azerbaijan'))).toBe(`Turn 1 of ${total}`);
    const seen: string[] = [];
    while (!s.ended) {
      const r = resolveTurn(s, {});
      if (!r.ok) throw new Error(r.message);
      s = r.state;
      seen.push(turnLine(viewFor(s, 'azerbaijan')));
    }
    // The calendar's end (or an earlier one) is never shown as a turn past the last.
    for (const line of seen) expect(Number(/(\d+) of/.exec(line)?.[1])).toBeLessThanOrEqual(total);
    expect(seen.at(-1)).toBe(`Ended in turn ${s.ended.turn + 1} of ${total}`);
    expect(seen.slice(0, -1).every((l) => l.startsWith('Turn '))).toBe(true);
  });
});
