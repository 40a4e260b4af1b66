import { describe, expect, it } from 'vitest';
import { addTimeline, branchReplay, comparedWith, finalHash, MAX_TIMELINES, treeOrder, type TheatreTree } from '../../src/ui/theatre/tree';
import { goldenReplay } from './theatre-fixture';

const game = goldenReplay();

describe('a branch keeps its parent\'s first weeks and says where it left', () => {
  it('takes the turns up to the week and names the parent\'s final hash', () => {
    for (let week = 0; week <= game.turns.length; week++) {
      const b = branchReplay(game, week);
      expect(b.turns).toEqual(game.turns.slice(0, week));
      expect(b.branch).toEqual({ parent: finalHash(game), week });
      expect(b.seed).toBe(game.seed);
    }
  });

  it('refuses a week outside the game', () => {
    expect(() => branchReplay(game, game.turns.length + 1)).toThrow(/from 0 to 8, not 9/);
    expect(() => branchReplay(game, -1)).toThrow(RangeError);
  });
});

describe('the tree of timelines', () => {
  const root = addTimeline([], game, 'As played');
  const branch = addTimeline(root.tree, branchReplay(game, 3), 'Armenia from week 3', { parent: root.id, fresh: true });

  it('puts a branch under its parent and lists it beneath, one level deeper', () => {
    expect(treeOrder(branch.tree).map((o) => [o.timeline.id, o.depth])).toEqual([
      [root.id, 0],
      [branch.id, 1],
    ]);
  });

  it('finds the parent by its final hash when no id is given', () => {
    const again = addTimeline(root.tree, branchReplay(game, 5), 'by hash');
    expect(again.tree.find((t) => t.id === again.id)?.parent).toBe(root.id);
  });

  it('brings a branch played on up to date in place, and opening the same game again adds nothing', () => {
    const b = branch.tree.find((t) => t.id === branch.id)!.replay;
    const playedOn = { ...b, turns: [...b.turns, { orders: {}, hash: 'abcdefabcdefabcd' }] };
    const updated = addTimeline(branch.tree, playedOn, 'ignored');
    expect(updated.id).toBe(branch.id);
    expect(updated.tree).toHaveLength(2);
    expect(updated.tree.find((t) => t.id === branch.id)?.replay.turns).toHaveLength(4);
    expect(addTimeline(updated.tree, game, 'again').tree).toHaveLength(2);
  });

  it('keeps two fresh branches from the same week apart', () => {
    const two = addTimeline(branch.tree, branchReplay(game, 3), 'Turkey from week 3', { parent: root.id, fresh: true });
    expect(two.id).not.toBe(branch.id);
    expect(two.tree).toHaveLength(3);
  });

  it('compares a branch with its parent and a root with its first branch', () => {
    expect(comparedWith(branch.tree, branch.id)?.id).toBe(root.id);
    expect(comparedWith(branch.tree, root.id)?.id).toBe(branch.id);
    expect(comparedWith(root.tree, root.id)).toBeNull();
  });

  it(`keeps at most ${MAX_TIMELINES}, dropping the oldest leaf, never a parent`, () => {
    let tree: TheatreTree = root.tree;
    for (let i = 0; i < MAX_TIMELINES + 3; i++) tree = addTimeline(tree, branchReplay(game, i % 8), `b${i}`, { parent: root.id, fresh: true }).tree;
    expect(tree).toHaveLength(MAX_TIMELINES);
    expect(tree.some((t) => t.id === root.id)).toBe(true);
    expect(tree.some((t) => t.label === 'b0')).toBe(false);
    expect(tree.at(-1)?.label).toBe(`b${MAX_TIMELINES + 2}`);
  });
});
