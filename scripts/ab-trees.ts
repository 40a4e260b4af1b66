// Is this tree faster than another tree? Both are bundled by esbuild and run in one process, a
// round at a time in turn, so both see the same machine minute by minute; each round is timed in
// this thread's CPU time (process.threadCpuUsage), which the other work on a shared host disturbs
// far less than the clock. Even so, compare the ratios, not the times.
// usage: node --import tsx scripts/ab-trees.ts BASE_DIR [ROUNDS] [FIGURES]
//   BASE_DIR: another checkout with its node_modules, e.g.
//     mkdir /tmp/base && git archive HEAD | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   FIGURES, comma-separated (default war-batch):
//     war-batch   a 2020-war game as batch plays it (working copies), ms
//     full        a 2020-full game through resolveTurn, as sim and the browser play it, ms
//     full-batch  the same game as batch plays it, ms
//     verify      verifying a 2020-full replay, ms
//     turn        one resolveTurn of that replay, µs
//     odds        a continuation of 2020-war from week 1, as the odds of a week play it, ms
// Prints, per figure, the median of each tree and B/A (this tree over BASE_DIR): under 1 is faster.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleUrl, compileOnWorkerThreads } from '../src/cli/batch-pool';
import type { playGame as PlayGame } from '../src/cli/game-loop';
import type { playContinuation as PlayContinuation } from '../src/analysis/continuations';
import type { newGame as NewGame, resolveTurn as ResolveTurn, verifyReplay as VerifyReplay, Replay } from '../src/engine';
import type { Scenario } from '../src/scenario';

interface Tree {
  readonly playGame: typeof PlayGame;
  readonly playContinuation: typeof PlayContinuation;
  readonly newGame: typeof NewGame;
  readonly resolveTurn: typeof ResolveTurn;
  readonly verifyReplay: typeof VerifyReplay;
  readonly SCENARIOS: Readonly<Record<string, Scenario>>;
}

async function load(root: string): Promise<Tree> {
  const source = "export { playGame } from './src/cli/game-loop'; export { playContinuation } from './src/analysis/continuations'; export { newGame, resolveTurn, verifyReplay } from './src/engine'; export { SCENARIOS } from './src/scenario';";
  return (await import((await bundleUrl({ source, dir: root })).href)) as Tree;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cpuMs = (): number => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

function must<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error((r as unknown as { message: string }).message);
  return r as Extract<T, { ok: true }>;
}

/** A figure's work for one round, and how many units it did (the round's time is divided by them). */
type Work = (t: Tree, round: number) => number;

/** The recorded 2020-full game each tree replays, made once per tree with its own engine. */
const replays = new Map<Tree, Replay>();
function replayOf(t: Tree): Replay {
  let r = replays.get(t);
  if (!r) {
    const played = must(t.playGame(t.SCENARIOS['2020-full'], 'ab-replay', { record: true }));
    if (!played.game.replay) throw new Error('bug: no replay recorded');
    r = played.game.replay;
    replays.set(t, r);
  }
  return r;
}

function games(scenario: string, mutable: boolean, per: number): Work {
  return (t, round) => {
    for (let i = 0; i < per; i++) must(t.playGame(t.SCENARIOS[scenario], `ab-${round}-${i}`, { mutable }));
    return per;
  };
}

const FIGURES: Readonly<Record<string, { readonly unit: string; readonly work: Work }>> = {
  'war-batch': { unit: 'ms', work: games('2020-war', true, 10) },
  full: { unit: 'ms', work: games('2020-full', false, 3) },
  'full-batch': { unit: 'ms', work: games('2020-full', true, 3) },
  verify: {
    unit: 'ms',
    work: (t) => {
      for (let i = 0; i < 10; i++) must(t.verifyReplay(replayOf(t), t.SCENARIOS['2020-full']));
      return 10;
    },
  },
  turn: {
    unit: 'µs',
    work: (t) => {
      const replay = replayOf(t);
      let state = must(t.newGame(t.SCENARIOS['2020-full'], replay.seed)).state;
      for (const turn of replay.turns) {
        let next = state;
        for (let k = 0; k < 5; k++) next = must(t.resolveTurn(state, turn.orders)).state;
        state = next;
      }
      // Milliseconds per thousand turns: microseconds a turn.
      return (replay.turns.length * 5) / 1000;
    },
  },
  odds: {
    unit: 'ms',
    work: (t, round) => {
      const position = must(t.newGame(t.SCENARIOS['2020-war'], 'ab-odds')).state;
      for (let i = 0; i < 10; i++) must(t.playContinuation(position, round * 10 + i, 'normal'));
      return 10;
    },
  },
};

function timed(t: Tree, work: Work, round: number): number {
  const start = cpuMs();
  const units = work(t, round);
  return (cpuMs() - start) / units;
}

async function main(): Promise<void> {
  const base = process.argv[2];
  if (!base || !existsSync(resolve(base, 'src/cli/game-loop.ts'))) throw new Error('usage: node --import tsx scripts/ab-trees.ts BASE_DIR [ROUNDS] [FIGURES] (BASE_DIR: another checkout of this project)');
  const rounds = Number(process.argv[3] ?? 20);
  const figures = (process.argv[4] ?? 'war-batch').split(',');
  for (const f of figures) if (!FIGURES[f]) throw new Error(`unknown figure "${f}": one of ${Object.keys(FIGURES).join(', ')}`);
  // The batch pool's compiler settings, before either tree's code is compiled.
  compileOnWorkerThreads();
  const a = await load(resolve(base));
  const b = await load(process.cwd());
  for (const f of figures) {
    const { unit, work } = FIGURES[f];
    for (let w = 0; w < 3; w++) {
      timed(a, work, -1 - w);
      timed(b, work, -1 - w);
    }
    const ta: number[] = [];
    const tb: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Alternate which tree goes first.
      if (r % 2 === 0) {
        ta.push(timed(a, work, r));
        tb.push(timed(b, work, r));
      } else {
        tb.push(timed(b, work, r));
        ta.push(timed(a, work, r));
      }
    }
    const ratios = tb.map((t, i) => t / ta[i]);
    console.log(`${f}: A (${base}) ${median(ta).toFixed(2)} ${unit}, B (this tree) ${median(tb).toFixed(2)} ${unit}; B/A median ${median(ratios).toFixed(3)} over ${rounds} rounds (from ${Math.min(...ratios).toFixed(3)} to ${Math.max(...ratios).toFixed(3)}; of the fastest rounds ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)})`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
