// npm run bench — the performance figures of ARCHITECTURE.md, as JSON lines and a table.
// Figures, never assertions: the machines are noisy, so nothing here fails on a slow run.
import { chooseOrders, computerActors } from '../ai';
import { newGame, resolveTurn, verifyReplay, type GameState, type OrdersByActor } from '../engine';
import { SCENARIOS } from '../scenario';
import { runCommand } from './command';
import { playGame } from './game-loop';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const now = (): number => performance.now();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

function must<T>(r: { ok: true; game: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/**
 * One whole game of the long scenario, every actor computer-run: the median of many. By default
 * through resolveTurn (immer), as sim and the browser play; `mutable` plays it as batch does, on
 * working copies (simulateTurn), keeping no log.
 */
function gameFull(runs: number, mutable: boolean): Figure {
  const sc = SCENARIOS['2020-full'];
  for (let i = 0; i < 5; i++) must(playGame(sc, `warm-${i}`, { mutable }));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    must(playGame(sc, `bench-${i}`, { mutable }));
    times.push(now() - t);
  }
  const value = round(median(times));
  return mutable ? { name: 'game_full_batch_ms', value, unit: 'ms', target: "(the same games as batch plays them: working copies, no log)" } : { name: 'game_full_ms', value, unit: 'ms', target: '≤ 10' };
}

/** resolveTurn alone, on recorded orders, over every turn of a few games. */
function turnResolve(games: number): Figure {
  const sc = SCENARIOS['2020-full'];
  const samples: number[] = [];
  for (let g = 0; g < games; g++) {
    const game = must(playGame(sc, `turns-${g}`, { record: true }));
    const replay = game.replay;
    if (!replay) throw new Error('bug: no replay recorded');
    const start = newGame(sc, replay.seed);
    if (!start.ok) throw new Error(start.message);
    let state: GameState = start.state;
    for (const turn of replay.turns) {
      const orders: OrdersByActor = turn.orders;
      const reps = 20;
      const t = now();
      let next = state;
      for (let r = 0; r < reps; r++) {
        const res = resolveTurn(state, orders);
        if (!res.ok) throw new Error(res.message);
        next = res.state;
      }
      samples.push(((now() - t) * 1000) / reps);
      state = next;
    }
  }
  return { name: 'turn_resolve_us', value: round(median(samples), 0), unit: 'µs', target: '(a 28-turn game ≤ 10 ms)' };
}

function replayVerify(runs: number): Figure {
  const sc = SCENARIOS['2020-full'];
  const game = must(playGame(sc, 'verify', { record: true }));
  const replay = game.replay;
  if (!replay) throw new Error('bug: no replay recorded');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    const v = verifyReplay(replay, sc);
    times.push(now() - t);
    if (!v.ok) throw new Error(`bench replay does not verify: ${v.message}`);
  }
  return { name: 'replay_verify_ms', value: round(median(times)), unit: 'ms', target: '≤ 5' };
}

/** Every computer actor's decision in several games of the short and long scenarios. */
function aiDecision(games: number): Figure {
  const times: number[] = [];
  for (const id of ['2020-war', '2020-full']) {
    for (let g = 0; g < games; g++) {
      const start = newGame(SCENARIOS[id], `ai-${g}`);
      if (!start.ok) throw new Error(start.message);
      let state = start.state;
      while (!state.ended) {
        const orders: OrdersByActor = {};
        for (const actor of computerActors(state)) {
          const t = now();
          orders[actor] = chooseOrders(state, actor).orders;
          times.push(now() - t);
        }
        const res = resolveTurn(state, orders);
        if (!res.ok) throw new Error(res.message);
        state = res.state;
      }
    }
  }
  return { name: 'ai_decision_ms_p95', value: round(percentile(times, 95), 3), unit: 'ms', target: '≤ 50' };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const figures: Figure[] = [];
  const emit = (f: Figure): void => {
    figures.push(f);
    console.log(JSON.stringify({ name: f.name, value: f.value, unit: f.unit }));
  };
  // --only engine | class | browser: the engine's and computer actors' figures (no batch), the class server's, or the browser's, alone.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  if (only !== null && only !== 'engine' && only !== 'class' && only !== 'browser') throw new Error(`--only takes "engine", "class" or "browser", not "${only}"`);
  if (only === null || only === 'engine') {
    emit(gameFull(quick ? 10 : 50, false));
    emit(gameFull(quick ? 10 : 50, true));
    emit(turnResolve(quick ? 1 : 3));
    emit(replayVerify(quick ? 10 : 30));
    emit(aiDecision(quick ? 2 : 5));
  }
  if (only === null) {
    const { batchFigures } = await import('./bench-batch');
    for (const f of await batchFigures(quick)) emit(f);
  }
  if (only === 'browser' || (only === null && !process.argv.includes('--no-browser'))) {
    const { browserFigures } = await import('./bench-browser');
    const targets: Record<string, string> = { bundle_gzip_kb: '≤ 450', load_interactive_ms: '≤ 1000', end_turn_ms: '≤ 300', odds_games_per_s_browser: '≥ 100' };
    for (const f of await browserFigures(quick)) emit({ name: f.name, value: f.value, unit: f.unit, target: [targets[f.name], f.note && `(${f.note})`].filter(Boolean).join(' ') || undefined });
  }
  if (only === null || only === 'class') {
    const { classFigures } = await import('./bench-class');
    for (const f of await classFigures(quick)) emit(f);
  }
  console.log('');
  console.log(`${'figure'.padEnd(30)}      value   unit   target`);
  for (const f of figures) console.log(`${f.name.padEnd(30)} ${String(f.value).padStart(10)}   ${f.unit.padEnd(6)} ${f.target ?? ''}`);
}

await runCommand('bench', async () => {
  await main();
  return 0;
});
