// The theatre's timelines: the games opened in it and the branches played from them, as a tree.
// A branch's replay names its parent's final hash and the week it left it (Replay.branch); the
// tree also links it to the parent by id, so both stay together whatever is played on after.
// Pure: the page keeps the tree in localStorage (tree-store.ts).
import type { Replay } from '../../engine';

export interface Timeline {
  readonly id: string;
  /** The timeline it branched from, or null for a game opened in the theatre. */
  readonly parent: string | null;
  readonly label: string;
  readonly replay: Replay;
}

export type TheatreTree = readonly Timeline[];

/** The most timelines kept: beyond it the oldest one that no branch hangs from goes. */
export const MAX_TIMELINES = 24;

/** The hash a replay ends on (its opening hash when no turn was played). */
export function finalHash(replay: Replay): string {
  return replay.turns.length > 0 ? replay.turns[replay.turns.length - 1].hash : replay.startHash;
}

/** A branch of `parent` at `week`: the parent's first `week` turns, and where it left the parent. */
export function branchReplay(parent: Replay, week: number): Replay {
  if (!Number.isInteger(week) || week < 0 || week > parent.turns.length) throw new RangeError(`A branch starts at a week from 0 to ${parent.turns.length}, not ${week}.`);
  return { ...parent, turns: parent.turns.slice(0, week), branch: { parent: finalHash(parent), week } };
}

function nextId(tree: TheatreTree): string {
  let n = 0;
  for (const t of tree) n = Math.max(n, Number(t.id.slice(1)) || 0);
  return `t${n + 1}`;
}

/** Whether `longer` is `shorter` played on: the same game, branch and turns, maybe more of them. */
function continues(shorter: Replay, longer: Replay): boolean {
  if (shorter.startHash !== longer.startHash || shorter.turns.length > longer.turns.length) return false;
  if (shorter.branch?.parent !== longer.branch?.parent || shorter.branch?.week !== longer.branch?.week) return false;
  return shorter.turns.every((t, i) => t.hash === longer.turns[i].hash);
}

/** Keeps at most MAX_TIMELINES, dropping the oldest leaves first (never `keep`). */
function pruned(tree: TheatreTree, keep: string): TheatreTree {
  let out = tree;
  while (out.length > MAX_TIMELINES) {
    const leaf = out.find((t) => t.id !== keep && !out.some((c) => c.parent === t.id));
    if (!leaf) break;
    out = out.filter((t) => t !== leaf);
  }
  return out;
}

/**
 * Puts a game in the tree: a game already there (or one it continues, such as a branch played on
 * since) is brought up to date in place, unless `fresh` (a branch just made, which may start
 * where another did); a branch goes under the timeline it left (`parent`, else the one that ended
 * on its parent hash); any other game becomes a new root.
 */
export function addTimeline(tree: TheatreTree, replay: Replay, label: string, opts: { parent?: string; fresh?: boolean } = {}): { tree: TheatreTree; id: string } {
  const parent = opts.parent ?? null;
  // The newest first: a branch just made and then played on is the last one added.
  const same = opts.fresh ? undefined : [...tree].reverse().find((t) => continues(t.replay, replay) || continues(replay, t.replay));
  if (same) {
    const longer = replay.turns.length >= same.replay.turns.length ? replay : same.replay;
    return { tree: tree.map((t) => (t === same ? { ...t, replay: longer } : t)), id: same.id };
  }
  const from = replay.branch ? (tree.find((t) => t.id === parent) ?? tree.find((t) => finalHash(t.replay) === replay.branch!.parent) ?? null) : null;
  const id = nextId(tree);
  return { tree: pruned([...tree, { id, parent: from?.id ?? null, label, replay }], id), id };
}

/** The timelines in the order the theatre lists them: each root, then its branches beneath it, depth first. */
export function treeOrder(tree: TheatreTree): { timeline: Timeline; depth: number }[] {
  const out: { timeline: Timeline; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const t of tree) {
      if (t.parent !== parent) continue;
      out.push({ timeline: t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  // A timeline whose parent was dropped is listed as a root.
  for (const t of tree) if (!out.some((o) => o.timeline === t)) out.push({ timeline: t, depth: 0 });
  return out;
}

/** The timeline another is best compared with: its parent, else its first branch, else the one before it. */
export function comparedWith(tree: TheatreTree, id: string): Timeline | null {
  const t = tree.find((x) => x.id === id);
  if (!t) return null;
  return tree.find((x) => x.id === t.parent) ?? tree.find((x) => x.parent === id) ?? tree.find((x) => x.id !== id) ?? null;
}
