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

  it('asks the odds for the game as played from the week shown, or for a branch beside its parent from the branch\'s week', () => {
    const t = Theatre.load();
    const root = t.add(game, 'war');
    t.goTo(5);
    expect(oddsColumns(t).map((c) => [c.label, c.fromWeek])).toEqual([['war', 5]]);
    t.add(branchReplay(game, 3), 'Turkey from week 3', { parent: root, fresh: true });
    t.goTo(1);
    const cols = oddsColumns(t);
    expect(cols.map((c) => [c.label, c.fromWeek, c.replay.turns.length])).toEqual([
      ['war (as played)', 3, game.turns.length],
      ['Turkey from week 3', 3, 3],
    ]);
  });
});
