import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, viewFor, type GameState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { labelLines, turnLine } from '../../src/ui/format';

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

describe('labelLines', () => {
  it('keeps a short name on one line', () => {
    expect(labelLines('Stepanakert')).toEqual(['Stepanakert']);
  });
  it('breaks a long name at the separator nearest its middle, keeping a hyphen on the first line', () => {
    expect(labelLines('Horadiz-Beylagan front')).toEqual(['Horadiz-', 'Beylagan front']);
    expect(labelLines('Aras river border')).toEqual(['Aras river', 'border']);
  });
  it('leaves a long name without a break point whole', () => {
    expect(labelLines('Nakhchivanskaya')).toEqual(['Nakhchivanskaya']);
  });
  it('loses no letters', () => {
    for (const name of ['Horadiz-Beylagan front', 'Aras river border', 'a b c d e f g h i j']) expect(labelLines(name).join(' ').replace('- ', '-')).toBe(name);
  });
});
