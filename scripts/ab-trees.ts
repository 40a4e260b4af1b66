// Is this tree's batch game faster than another tree's? Both are bundled by esbuild and played in
// one process, ten games at a time in turn, so both see the same machine minute by minute: on
// this noisy host that resolves a few percent, where separate runs drift by tens of percent.
// usage: node --import tsx scripts/ab-trees.ts BASE_DIR [ROUNDS] [GAMES_PER_ROUND]
//   BASE_DIR: another checkout with its node_modules, e.g.
//     git worktree add /tmp/base HEAD && ln -s "$PWD/node_modules" /tmp/base/node_modules
// Prints the median time a game takes in each, and B/A (this tree over BASE_DIR): under 1 is faster.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleUrl, compileOnWorkerThreads } from '../src/cli/batch-pool';
import type { playGame as PlayGame } from '../src/cli/game-loop';
import type { resolveScenario as ResolveScenario } from '../src/cli/scenario-arg';
import type { Scenario } from '../src/scenario';

interface Tree {
  readonly playGame: typeof PlayGame;
  readonly resolveScenario: typeof ResolveScenario;
}

async function load(root: string): Promise<Tree> {
  const url = await bundleUrl({ source: "export { playGame } from './src/cli/game-loop'; export { resolveScenario } from './src/cli/scenario-arg';", dir: root });
  return (await import(url.href)) as Tree;
}

function scenarioOf(t: Tree): Scenario {
  const r = t.resolveScenario('2020-war');
  if (!r.ok) throw new Error(r.message);
  return r.scenario;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main(): Promise<void> {
  const base = process.argv[2];
  if (!base || !existsSync(resolve(base, 'src/cli/game-loop.ts'))) throw new Error('usage: node --import tsx scripts/ab-trees.ts BASE_DIR [ROUNDS] [GAMES_PER_ROUND] (BASE_DIR: another checkout of this project)');
  const rounds = Number(process.argv[3] ?? 20);
  const per = Number(process.argv[4] ?? 10);
  // The batch pool's compiler settings, before either tree's code is compiled.
  compileOnWorkerThreads();
  const a = await load(resolve(base));
  const b = await load(process.cwd());
  const sa = scenarioOf(a);
  const sb = scenarioOf(b);
  const play = (t: Tree, sc: Scenario, tag: string): number => {
    const start = performance.now();
    for (let i = 0; i < per; i++) {
      const r = t.playGame(sc, `${tag}-${i}`, { mutable: true });
      if (!r.ok) throw new Error(r.message);
    }
    return (performance.now() - start) / per;
  };
  for (let w = 0; w < 3; w++) {
    play(a, sa, `warm-${w}`);
    play(b, sb, `warm-${w}`);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which tree goes first.
    if (r % 2 === 0) {
      ta.push(play(a, sa, `ab-${r}`));
      tb.push(play(b, sb, `ab-${r}`));
    } else {
      tb.push(play(b, sb, `ab-${r}`));
      ta.push(play(a, sa, `ab-${r}`));
    }
  }
  const ratios = tb.map((t, i) => t / ta[i]);
  console.log(`A (${base}) ${median(ta).toFixed(2)} ms a game, B (this tree) ${median(tb).toFixed(2)} ms; B/A median ${median(ratios).toFixed(3)} over ${rounds} rounds of ${per} games (from ${Math.min(...ratios).toFixed(3)} to ${Math.max(...ratios).toFixed(3)})`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
