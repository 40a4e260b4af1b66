// npm run batch -- --runs N [--seed S] [--workers W] [--variant NAME] [--scenario ID|FILE]
//                  [--difficulty D] [--idle ACTOR]... [--json]
// Plays N seeded computer-vs-computer games on worker threads and prints the odds of each
// outcome. Game i (1..N) uses seed "S-i": `npm run sim -- --seed S-i` replays it exactly.
// Exit 0: done; 1: a game failed (a bug); 2: bad flags, unknown scenario or variant; 70: an
// internal error (command.ts).
import { availableParallelism } from 'node:os';
import { DIFFICULTIES, type Difficulty } from '../ai';
import type { Scenario } from '../scenario';
import { MAX_SEED_LENGTH } from '../engine';
import { commandArgs, idleFlag, intFlag, seedFlag } from './args';
import { runGames } from './batch-pool';
import { runCommand } from './command';
import { DEFAULT_DIFFICULTY } from './game-loop';
import { batchOdds, meanHeld, type BatchOdds } from '../analysis/odds';
import { DEFAULT_SCENARIO, resolveScenario } from './scenario-arg';
import type { GameSummary } from '../analysis/summary';

const USAGE = `usage: npm run batch -- --runs N [--seed S] [--workers W] [--variant NAME]
                       [--scenario ID|FILE] [--difficulty easy|normal|hard] [--idle ACTOR]...
                       [--json] [--debug]
  Plays N games with every actor run by the computer, on W worker threads (default: all
  cores), and prints the odds: who holds each region, war length, how the war ended, whose
  peacekeepers deploy, who sits in the monitoring centre, each actor's mean score.
  Game i (1..N) uses seed "S-i"; npm run sim -- --seed S-i replays it exactly.
  Without --seed, S is made from the clock and printed.
  --idle ACTOR  that actor gives no orders (repeatable): compare its mean score with a batch
                where the computer plays it, to see what playing it is worth.`;

function gameSeed(seed: string, i: number): string {
  return `${seed}-${i}`;
}

/** Bad input: one line saying what is wrong, and the usage only when the flags themselves are. */
function fail(message: string, usage = false): number {
  console.error(usage ? `batch: ${message}\n${USAGE}` : `batch: ${message}`);
  return 2;
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done * width) / Math.max(1, total));
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

function contested(scenario: Scenario): string[] {
  return scenario.regions.filter((r) => r.zone === 'nkao' || r.zone === 'district').map((r) => r.id).sort();
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

function readable(scenario: Scenario, seed: string, variant: string | null, difficulty: Difficulty, idle: readonly string[], games: readonly GameSummary[], odds: BatchOdds, ms: number, workers: number): string {
  const name = (id: string): string => scenario.actors.find((a) => a.id === id)?.name.replace(/ \(.*\)$/, '') ?? id;
  const out: string[] = [`${scenario.title}: ${games.length} games, seeds ${seed}-1 … ${seed}-${games.length}${variant ? `, variant ${variant}` : ''}, computer actors on ${difficulty}${idle.length > 0 ? `; idle (no orders): ${idle.map(name).join(', ')}` : ''}`];
  out.push(`(${(ms / 1000).toFixed(1)} s on ${workers} worker${workers === 1 ? '' : 's'}: ${((games.length * 1000) / Math.max(1, ms)).toFixed(0)} games/s)`, '');
  out.push('Who holds each region of Karabakh and the districts at the end (% of games):');
  const regions = contested(scenario);
  const holders = [...new Set(regions.flatMap((r) => Object.keys(odds.control[r] ?? {})))].sort();
  out.push(...table([['region', ...holders.map(name)], ...regions.map((r) => [scenario.regions.find((x) => x.id === r)?.name ?? r, ...holders.map((h) => `${odds.control[r]?.[h] ?? 0}`)])]));
  const side = (a: string): string => scenario.actors.find((x) => x.id === a)?.commandedBy ?? a;
  const held = meanHeld(games, regions, side);
  out.push(`  mean regions held: ${Object.entries(held).map(([a, n]) => `${name(a)} ${n}`).join(', ')}`, '');
  out.push(`War length (turns until the settlement, or played): mean ${odds.warLength.mean}, median ${odds.warLength.median}`);
  const maxCount = Math.max(1, ...Object.values(odds.warLength.histogram));
  for (const len of Object.keys(odds.warLength.histogram).sort((a, b) => Number(a) - Number(b))) {
    const n = odds.warLength.histogram[len];
    out.push(`  ${len.padStart(3)} ${'#'.repeat(Math.max(1, Math.round((n * 40) / maxCount)))} ${n}`);
  }
  out.push('', `How the war ended: ${Object.entries(odds.warEnd).map(([k, v]) => `${k} ${v}%`).join(', ')}`);
  out.push(`How the game ended: ${Object.entries(odds.endReason).map(([k, v]) => `${k} ${v}%`).join(', ')}`);
  out.push(`Treaties in force at the end: ${Object.entries(odds.treaties).map(([k, v]) => `${k} ${v}%`).join(', ') || 'none'}`);
  out.push(`Peacekeepers deployed: ${Object.entries(odds.peacekeepers).map(([k, v]) => `${name(k)} ${v}%`).join(', ') || 'none'}`);
  out.push(`Monitoring centre seats: ${Object.entries(odds.monitors).map(([k, v]) => `${name(k)} ${v}%`).join(', ') || 'none'}`, '');
  out.push('Mean score:');
  out.push(...table(Object.entries(odds.meanScore).map(([a, p]) => [name(a), p.toFixed(2)])));
  return out.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = commandArgs(argv, { values: ['runs', 'seed', 'workers', 'variant', 'scenario', 'difficulty'], switches: ['json'], lists: ['idle'] }, { min: 0, max: 0 });
  if (parsed.ok === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!parsed.ok) return fail(parsed.message, true);
  const args = parsed.args;
  if (args.values.runs === undefined) return fail('--runs N is required', true);
  const runs = intFlag(args, 'runs', 0, 1, 1_000_000);
  if (!runs.ok) return fail(runs.message);
  const workers = intFlag(args, 'workers', availableParallelism(), 1, 256);
  if (!workers.ok) return fail(workers.message);
  const scenarioArg = args.values.scenario ?? DEFAULT_SCENARIO;
  const sc = resolveScenario(scenarioArg);
  if (!sc.ok) return fail(sc.message);
  const variant = args.values.variant ?? null;
  if (variant !== null && !sc.scenario.variants.some((v) => v.id === variant)) return fail(`scenario ${sc.scenario.id} has no variant "${variant}" (it has: ${sc.scenario.variants.map((v) => v.id).join(', ') || 'none'})`);
  const difficulty = (args.values.difficulty ?? DEFAULT_DIFFICULTY) as Difficulty;
  if (!DIFFICULTIES.includes(difficulty)) return fail(`--difficulty must be one of ${DIFFICULTIES.join(', ')}, not "${difficulty}"`);
  const idle = idleFlag(args, sc.scenario.actors);
  if (!idle.ok) return fail(idle.message);
  // Room for "-i" (up to 1,000,000 games): every game's seed S-i stays one sim and replay accept.
  const seedArg = seedFlag(args, MAX_SEED_LENGTH - 8);
  if (!seedArg.ok) return fail(seedArg.message);
  const seed = seedArg.value;
  const seeds = Array.from({ length: runs.value }, (_, i) => gameSeed(seed, i + 1));
  const started = performance.now();
  let games: GameSummary[];
  try {
    games = await runGames({ scenario: scenarioArg, variant, difficulty, idle: idle.value }, seeds, workers.value, (d) => progress(d, seeds.length));
  } catch (e) {
    console.error(`batch: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const ms = performance.now() - started;
  const odds = batchOdds(games);
  if (args.switches.has('json')) {
    console.log(
      JSON.stringify({
        runs: games.length,
        scenario: sc.scenario.id,
        variant,
        difficulty,
        idle: idle.value,
        seed,
        workers: workers.value,
        elapsedMs: Math.round(ms),
        gamesPerSecond: Math.round((games.length * 1000) / Math.max(1, ms)),
        ...odds,
        meanHeld: meanHeld(games, contested(sc.scenario), (a) => sc.scenario.actors.find((x) => x.id === a)?.commandedBy ?? a),
        games: games.map((g) => ({ seed: g.seed, endTurn: g.endTurn, endReason: g.endReason, warEnd: g.warEnd, warLength: g.warLength, finalHash: g.finalHash, control: g.control, scores: g.scores, treaties: g.treaties, peacekeepers: g.peacekeepers, monitors: g.monitors })),
      }),
    );
  } else console.log(readable(sc.scenario, seed, variant, difficulty, idle.value, games, odds, ms, workers.value));
  return 0;
}

await runCommand('batch', main);
