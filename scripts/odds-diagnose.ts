// Why the first odds run is slow: the bench's odds (continuations of a new 2020-war game from week
// 1, src/cli/bench-browser.ts) on the built site in headless Chromium, a fresh page and then again
// on the workers the page kept, with V8 flags and a number of workers of your choosing. A
// diagnosis, not a setting: a page cannot set V8's flags (docs/architecture.md, "Why the first run
// is slow").
// With --threads (Linux: it reads /proc), each run also reports the CPU time Chromium's threads
// used during it, by kind: the workers, the renderer's thread pool (where V8 compiles in the
// background), the page's main thread.
// usage: node --import tsx scripts/odds-diagnose.ts [--js-flags "--no-turbofan"] [--workers N] [--games N] [--runs N] [--threads]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oddsRuns } from '../src/cli/bench-browser';
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
