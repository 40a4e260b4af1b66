// The theatre as the page holds it (no storage in Node: the tree lives in memory only).
import { describe, expect, it } from 'vitest';
import { TRUTH } from '../../src/ui/theatre/model';
import { oddsColumns } from '../../src/ui/theatre/odds-view';
import { Theatre } from '../../src/ui/theatre/theatre';
import { branchReplay } from '../../src/ui/theatre/tree';
import { goldenReplay } from './theatre-fixture';

const game = goldenReplay();

describe('the theatre', () => {
  it('shows a game added from its last week, steps within it, and keeps the perspective a timeline has', () => {
    const t = Theatre.load();
    expect(t.listed()).toEqual([]);
    const root = t.add(game, 'as played');
    expect(t.week).toBe(game.turns.length);
    t.step('next');
    expect(t.week).toBe(game.turns.length);
    t.goTo(2);
    t.perspective = 'armenia';
    expect(t.view()?.viewer).toBe('armenia');
    const branch = t.add(branchReplay(game, 2), 'Armenia from week 2', { parent: root, fresh: true });
    expect(t.selected).toBe(branch);
    expect(t.listed().map((l) => [l.index, l.depth])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    t.select(root);
    t.goTo(99);
    expect(t.week).toBe(game.turns.length);
    t.select(branch);
    expect(t.week).toBe(2);
    expect(t.perspective).toBe('armenia');
    t.perspective = TRUTH;
    expect(t.view()?.viewer).toBe('facilitator');
  });

  it('asks the odds from the position shown: the game alone, or a branch beside its parent from the same week, never before the branch\'s first own week', () => {
    const t = Theatre.load();
    const root = t.add(game, 'war');
    t.goTo(5);
    // The board after week 5 is where week 6 begins.
    expect(oddsColumns(t).map((c) => [c.label, c.fromWeek])).toEqual([['war', 6]]);
    t.goTo(0);
    expect(oddsColumns(t).map((c) => [c.label, c.fromWeek])).toEqual([['war', 1]]);
    t.goTo(99);
    expect(oddsColumns(t).map((c) => c.fromWeek)).toEqual([game.turns.length + 1]);
    const branch = t.add(branchReplay(game, 3), 'Turkey from week 3', { parent: root, fresh: true });
    t.goTo(1);
    const cols = oddsColumns(t);
    expect(cols.map((c) => [c.label, c.fromWeek, c.replay.turns.length])).toEqual([
      ['war (as played)', 4, game.turns.length],
      ['Turkey from week 3', 4, 3],
    ]);
    expect(t.selected).toBe(branch);
  });

  it('plays the game as played from its last position when the branch is shown past its end', () => {
    const short = { id: 'p', label: 'short', parent: null, replay: { ...game, turns: game.turns.slice(0, 5) } };
    const long = { id: 'b', label: 'long', parent: 'p', replay: { ...game, branch: { parent: 'x', week: 3 } } };
    const t = { week: 7, timeline: (id?: string | null) => (id === 'p' ? short : long) } as unknown as Theatre;
    expect(oddsColumns(t).map((c) => [c.label, c.fromWeek])).toEqual([
      ['short (as played)', 6],
      ['long', 8],
    ]);
  });
});
