// Hostile input on the real commands (spawned as npm runs them): each case gets one clear line on
// stderr, the documented exit code (2 bad input, 1 a failed check, 70 an internal error) and never
// a stack trace.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'karabakh-hostile-'));
const FAULT = join(import.meta.dirname, 'fault-preload.mjs');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command as npm does; the tests of this file run side by side, each waiting on its own. */
function run(script: string, args: readonly string[], options: { node?: readonly string[]; env?: Record<string, string> } = {}): Promise<Run> {
  const argv = [...(options.node ?? []), '--import', 'tsx', `src/cli/${script}.ts`, ...args];
  const env = { ...process.env, KARABAKH_DEBUG: '', ...options.env };
  return new Promise((done) => {
    execFile(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      done({ code, stdout, stderr });
    });
  });
}

/** Exactly one line on stderr, matching `message`, and no stack trace anywhere. */
function oneLine(r: Run, code: number, message: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(message);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
}

const scenarioText = readFileSync(join(ROOT, 'scenarios/2020-war.json'), 'utf8');
const replayText = readFileSync(join(ROOT, 'tests/fixtures/golden-2020-war.replay.json'), 'utf8');

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** JSON as JSON.parse reads it: a test edits it freely and the code under test checks it. */
type Json = Record<string, ReturnType<typeof JSON.parse>>;

function editedScenario(name: string, edit: (s: Json) => void): string {
  const s = JSON.parse(scenarioText);
  edit(s);
  return file(name, JSON.stringify(s));
}

describe.concurrent('sim refuses scenario ids that are names every object has', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('--scenario %s: unknown scenario, exit 2', async (id) => {
    oneLine(await run('sim', ['--scenario', id]), 2, new RegExp(`^sim: unknown scenario "${id}" \\(shipped: 2020-war, 2020-full`));
  }, 60_000);
});

describe.concurrent('replay refuses a scenarioId that is a name every object has', () => {
  it.each(['constructor', '__proto__'])('scenarioId %s: unknown scenario, exit 2', async (id) => {
    const path = file(`scenario-${id}.json`, replayText.replace('"scenarioId": "2020-war"', `"scenarioId": "${id}"`));
    oneLine(await run('replay', [path]), 2, new RegExp(`^replay: unknown scenario "${id}"`));
  }, 60_000);
});

describe.concurrent('replay refuses files it must not read, before reading them', () => {
  it('/dev/zero, with a 64 MB heap: refused at once, so memory never grows', async () => {
    oneLine(await run('replay', ['/dev/zero'], { node: ['--max-old-space-size=64'] }), 2, /^replay: \/dev\/zero is a device, not a file$/);
  }, 60_000);

  it('a FIFO (no writer: reading it would wait forever)', async () => {
    const fifo = join(dir, 'replay.fifo');
    execFileSync('mkfifo', [fifo]);
    oneLine(await run('replay', [fifo]), 2, /is a pipe \(FIFO\), not a file$/);
  }, 60_000);

  it('a directory', async () => {
    oneLine(await run('replay', [dir]), 2, /is a directory, not a file$/);
  }, 60_000);

  it('a 200 MB file', async () => {
    const big = file('big.replay.json', '');
    truncateSync(big, 200 * 1024 * 1024);
    oneLine(await run('replay', [big], { node: ['--max-old-space-size=64'] }), 2, /is 200 MB; the limit is 16 MB$/);
  }, 60_000);
});

describe.concurrent('sim and validate refuse schema-valid-looking scenarios that are hostile', () => {
  const cases: [string, (s: Json) => void, RegExp][] = [
    ['treasury-1e300', (s) => (s.actors[0].treasury = 1e300), /\$\.actors\[0\]\.treasury: expected integer, got 1e\+300/],
    ['unsafe-integer', (s) => (s.regions[0].population = 2 ** 53), /\$\.regions\[0\]\.population: expected integer, got 9007199254740992/],
    ['actor-constructor', (s) => (s.actors[5].id = 'constructor'), /\$\.actors\[5\]\.id: 'constructor' is not allowed here/],
    ['many-actors', (s) => (s.actors = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}` }))), /\$\.actors: must have at most 40 items, has 20000/],
    ['deep-condition', (s) => {
      let c: Record<string, unknown> = { kind: 'always' };
      for (let i = 0; i < 848; i++) c = { kind: 'all', of: [c] };
      s.events[0].condition = c;
    }, /invalid JSON at line 1, column \d+: nested more than 64 deep/],
  ];

  it('sim: one line naming the file and the path, exit 2', async () => {
    const path = editedScenario('treasury.json', cases[0][1]);
    oneLine(await run('sim', ['--scenario', path]), 2, /^sim: invalid scenario .*treasury\.json: \$\.actors\[0\]\.treasury: expected integer, got 1e\+300/);
  }, 60_000);

  it('sim: a scenario file that is a FIFO is refused, exit 2', async () => {
    const fifo = join(dir, 'scenario.fifo');
    execFileSync('mkfifo', [fifo]);
    oneLine(await run('sim', ['--scenario', fifo]), 2, /^sim: scenario file .*scenario\.fifo is a pipe \(FIFO\), not a file$/);
  }, 60_000);

  it('validate: every file refused with its path; the deep one unreadable as JSON, so exit 2', async () => {
    const paths = cases.map(([name, edit]) => editedScenario(`${name}.json`, edit));
    const r = await run('validate', paths);
    expect(r.code).toBe(2);
    const out = `${r.stdout}${r.stderr}`;
    cases.forEach(([, , message], i) => expect(out, paths[i]).toMatch(new RegExp(`${paths[i].replace(/[.]/g, '\\.')}: .*${message.source}`)));
    expect(out).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe.concurrent('an unexpected exception is one line and exit 70, never a trace', () => {
  it.each([
    ['sim', ['--help']],
    ['replay', ['--help']],
    ['validate', ['--help']],
    ['batch', ['--help']],
    ['bench', ['--quick', '--no-browser']],
  ])('%s', async (script, args) => {
    oneLine(await run(script, args, { node: ['--import', FAULT] }), 70, new RegExp(`^${script}: internal error: simulated fault in console\\.log \\(please report\\)$`));
  }, 60_000);

  it('--debug, or KARABAKH_DEBUG=1, adds the trace', async () => {
    const runs = await Promise.all([run('replay', ['--help', '--debug'], { node: ['--import', FAULT] }), run('replay', ['--help'], { node: ['--import', FAULT], env: { KARABAKH_DEBUG: '1' } })]);
    for (const r of runs) {
      expect(r.code).toBe(70);
      expect(r.stderr).toMatch(/^replay: internal error: simulated fault in console\.log \(please report\)\n/);
      expect(r.stderr).toMatch(/\n\s+at .*fault-preload\.mjs/);
    }
  }, 60_000);
});
