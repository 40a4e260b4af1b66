// Why the first odds run is slow: the bench's odds (continuations of a new 2020-war game from week
// 1, src/cli/bench-browser.ts) on the built site in headless Chromium, a fresh page and then again
// on the workers the page kept, with V8 flags and a number of workers of your choosing. A
// diagnosis, not a setting: a page cannot set V8's flags (docs/architecture.md, "Why the first run
// is slow").
// With --threads (Linux: it reads /proc), each run also reports the CPU time Chromium's threads
// used during it, by kind: the workers, the renderer's thread pool (where V8 compiles in the
// background), the page's main thread.
// With --node, the same built worker chunk plays the same games in Node's worker threads instead
// (scripts/odds-node-worker.ts), each run on fresh threads: the page's code in another V8, with
// no browser around it.
// usage: node --import tsx scripts/odds-diagnose.ts [--js-flags "--no-turbofan"] [--workers N] [--games N] [--runs N] [--threads] [--node]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { oddsRuns } from '../src/cli/bench-browser';
import { newGame, newReplay } from '../src/engine';
import { shippedScenario } from '../src/scenario/shipped';
import type { FromWorker, ToWorker } from '../src/ui/odds/protocol';
import { buildSite, launchChromium, serveStatic } from './site';

const arg = (name: string): string | null => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const flags = arg('--js-flags');
const games = Number(arg('--games') ?? 500);

/** CPU seconds used so far by each thread of Chromium's processes, keyed by process kind, thread name and id. */
function threadTimes(): Map<string, number> {
  const times = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let kind: string;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chrom')) continue;
      kind = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    } catch {
      continue; // the process ended meanwhile
    }
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime, in clock ticks (100 a second on Linux).
        times.set(`${kind}\u0000${name}\u0000${tid}`, (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return times;
}

/** What each kind of thread used between two readings: workers one by one, other threads summed by name. */
function threadReport(before: Map<string, number>, after: Map<string, number>): string {
  const used = new Map<string, number>();
  for (const [key, t] of after) {
    const [kind, name, tid] = key.split('\u0000');
    const d = t - (before.get(key) ?? 0);
    if (d < 0.05) continue;
    // A process's main thread carries the program's name.
    const label = name.startsWith('DedicatedWorker') ? `worker ${tid}` : name.startsWith('ThreadPool') ? `${kind} thread pool` : name.startsWith('chrom') ? `${kind} main thread` : `${kind} ${name}`;
    used.set(label, (used.get(label) ?? 0) + d);
  }
  return [...used].sort((a, b) => b[1] - a[1]).map(([label, s]) => `${label} ${s.toFixed(2)} s`).join(', ');
}

/**
 * The bench's odds (2020-war, seed "bench", week 1) on `count` fresh Node worker threads running the
 * built chunk, handed out eight games at a time as the page does (src/ui/odds/run.ts). Timed from
 * the first "play" to the last game, once every thread has loaded the chunk and set up the position.
 */
async function nodeRun(chunk: string, count: number): Promise<{ rate: number; cpu: number }> {
  const scenario = shippedScenario('2020-war');
  const start = scenario && newGame(scenario, 'bench');
  if (!scenario || !start?.ok) throw new Error('odds-diagnose: no new game of 2020-war');
  const threads = Array.from({ length: count }, () => new Worker(new URL('./odds-node-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: { chunk } }));
  const next = (w: Worker, kind: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const off = (): void => {
        w.off('message', on);
        w.off('error', fail);
      };
      const fail = (e: Error): void => {
        off();
        reject(e);
      };
      const on = (m: FromWorker | { kind: 'loaded' }): void => {
        if (m.kind === 'error') fail(new Error(m.message));
        else if (m.kind === kind) {
          off();
          resolve();
        }
      };
      w.on('message', on);
      w.on('error', fail);
    });
  const send = (w: Worker, m: ToWorker): void => w.postMessage(m);
  try {
    await Promise.all(threads.map((w) => next(w, 'loaded')));
    await Promise.all(
      threads.map((w) => {
        const ready = next(w, 'idle');
        send(w, { kind: 'setup', scenario, replay: newReplay(start.state), weeks: [1], difficulty: 'normal' });
        return ready;
      }),
    );
    let handed = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await Promise.all(
      threads.map(async (w) => {
        while (handed < games) {
          const indices = Array.from({ length: Math.min(8, games - handed) }, (_, k) => handed + k);
          handed += indices.length;
          const idle = next(w, 'idle');
          send(w, { kind: 'play', week: 1, indices });
          await idle;
        }
      }),
    );
    const cpu = process.cpuUsage(c0);
    return { rate: games / ((performance.now() - t0) / 1000), cpu: (cpu.user + cpu.system) / 1e6 };
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
}

if (process.argv.includes('--node')) {
  const out = mkdtempSync(join(tmpdir(), 'karabakh-odds-'));
  try {
    await buildSite(out);
    const chunk = readdirSync(join(out, 'assets')).find((f) => /^worker-.*\.js$/.test(f));
    if (!chunk) throw new Error(`odds-diagnose: no worker chunk in ${join(out, 'assets')}`);
    const count = Number(arg('--workers') ?? 0) || availableParallelism();
    for (let run = 0; run < Number(arg('--runs') ?? 2); run++) {
      const { rate, cpu } = await nodeRun(pathToFileURL(join(out, 'assets', chunk)).href, count);
      console.log(`run ${run + 1} (fresh threads, Node ${process.version}): ${games} games at ${rate.toFixed(1)} games/s on ${count} worker thread${count === 1 ? '' : 's'}, ${cpu.toFixed(2)} s of the process's CPU`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(0);
}

const threads = process.argv.includes('--threads');
let reading = new Map<string, number>();
const reports: string[] = [];
const around = (when: 'before' | 'after'): void => {
  if (when === 'before') reading = threadTimes();
  else reports.push(threadReport(reading, threadTimes()));
};
const out = mkdtempSync(join(tmpdir(), 'karabakh-odds-'));
await buildSite(out);
const served = await serveStatic(out);
const browser = await launchChromium(flags ? [`--js-flags=${flags}`] : []);
try {
  const { rates, workers } = await oddsRuns(browser, served.url, games, Number(arg('--runs') ?? 2), Number(arg('--workers') ?? 0) || undefined, threads ? around : undefined);
  rates.forEach((rate, i) => {
    console.log(`run ${i + 1} (${i === 0 ? 'fresh page' : 'kept workers'}): ${games} games at ${rate.toFixed(1)} games/s on ${workers} worker${workers === 1 ? '' : 's'}${flags ? `, V8 flags ${flags}` : ''}`);
    if (threads) console.log(`  CPU: ${reports[i]}`);
  });
} finally {
  await browser.close();
  await served.close();
  rmSync(out, { recursive: true, force: true });
}
