import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setAutoFreeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { playGame } from '../../src/cli/game-loop';
import { summarise, type GameSummary } from '../../src/analysis/summary';
import { SCENARIOS } from '../../src/scenario';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'karabakh-cli-'));

function run(script: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run sim', () => {
  it('plays the same game twice for the same seed, and another game for another seed', () => {
    const a = run('sim', ['--scenario', '2020-war', '--seed', '7', '--json']);
    const b = run('sim', ['--scenario', '2020-war', '--seed', '7', '--json']);
    const c = run('sim', ['--scenario', '2020-war', '--seed', '8', '--json']);
    expect(a.code).toBe(0);
    const ja = JSON.parse(a.stdout);
    expect(JSON.parse(b.stdout).finalHash).toBe(ja.finalHash);
    expect(JSON.parse(c.stdout).finalHash).not.toBe(ja.finalHash);
    for (const k of ['seed', 'scenario', 'variant', 'turns', 'finalHash', 'endReason', 'endTurn', 'winnerOrScores', 'scores', 'control', 'treaties', 'peacekeepers']) expect(ja).toHaveProperty(k);
    expect(ja.seed).toBe('7');
  }, 120_000);

  it('refuses bad flags, unknown scenarios and invalid files with exit 2', () => {
    expect(run('sim', ['--bogus']).code).toBe(2);
    expect(run('sim', ['--scenario', 'no-such-war']).code).toBe(2);
    const bad = join(dir, 'bad-scenario.json');
    writeFileSync(bad, '{"id": 3}');
    const r = run('sim', ['--scenario', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid scenario/);
    expect(run('sim', ['--turns', 'x']).code).toBe(2);
  }, 120_000);
});

describe('npm run replay', () => {
  const file = join(dir, 'r.json');
  it('verifies the replay sim wrote', () => {
    expect(run('sim', ['--seed', 'rp', '--replay-out', file, '--json']).code).toBe(0);
    const r = run('replay', [file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: \d+ turns, final hash [0-9a-f]{16}/);
  }, 120_000);

  it('fails with exit 1 naming the turn when one order is changed', () => {
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    const turn = replay.turns.findIndex((t: { orders: Record<string, { kind: string; forces?: Record<string, number> }[]> }) => (t.orders.azerbaijan ?? []).some((o) => o.kind === 'attack' && (o.forces?.infantry ?? 0) > 1));
    expect(turn).toBeGreaterThanOrEqual(0);
    const order = replay.turns[turn].orders.azerbaijan.find((o: { kind: string; forces?: Record<string, number> }) => o.kind === 'attack' && (o.forces?.infantry ?? 0) > 1);
    order.forces.infantry -= 1;
    const changed = join(dir, 'changed.json');
    writeFileSync(changed, JSON.stringify(replay));
    const r = run('replay', [changed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`turn ${turn + 1}\\b`));
  }, 120_000);

  it('tells the game with --story week by week as sim told it, without the computer\'s reasons, which a replay does not hold', () => {
    const told = join(dir, 'story.replay.json');
    const sim = run('sim', ['--seed', 'story', '--replay-out', told]);
    expect(sim.code).toBe(0);
    const r = run('replay', [told, '--story']);
    expect(r.code).toBe(0);
    const simLines = sim.stdout.split('\n').filter((l) => !l.startsWith('    why ('));
    const weeks = (lines: string[]): string[] => lines.filter((l) => /^Week \d+$/.test(l));
    const replayLines = r.stdout.split('\n');
    expect(weeks(replayLines).length).toBeGreaterThan(1);
    expect(weeks(replayLines)).toEqual(weeks(simLines));
    // Every line sim told between its title and its final hash, the replay tells too, in order.
    expect(replayLines.join('\n')).toContain(simLines.slice(1, -2).join('\n'));
    expect(replayLines.at(-2)).toMatch(/^OK: \d+ turns, final hash [0-9a-f]{16}$/);
    expect(run('replay', [told, '--story', '--json']).code).toBe(2);
    expect(run('replay', [told, '--log']).code).toBe(2);
  }, 120_000);

  it('exits 2 for a file that is not a replay', () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'hello');
    const a = run('replay', [notJson]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/not a replay/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 'something-else' }));
    const b = run('replay', [wrong]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/not a replay: \$\.format/);
  }, 120_000);
});

describe('npm run batch', () => {
  it('game i of a batch is the game sim plays with the seed S-i', () => {
    const b = run('batch', ['--runs', '3', '--seed', 'bt', '--workers', '2', '--json']);
    expect(b.code).toBe(0);
    const out = JSON.parse(b.stdout);
    expect(out.runs).toBe(3);
    expect(out.games.map((g: { seed: string }) => g.seed)).toEqual(['bt-1', 'bt-2', 'bt-3']);
    for (const k of ['endTurn', 'endReason', 'finalHash', 'control', 'scores', 'treaties', 'peacekeepers']) expect(out.games[1]).toHaveProperty(k);
    const sim = JSON.parse(run('sim', ['--seed', 'bt-2', '--json']).stdout);
    expect(out.games[1].finalHash).toBe(sim.finalHash);
  }, 120_000);

  it('refuses a missing --runs with exit 2', () => {
    expect(run('batch', []).code).toBe(2);
  }, 60_000);

  it('plays the same game with immer auto-freeze on and off', () => {
    const hashes = (): string[] =>
      ['af-1', 'af-2', 'af-3'].map((seed) => {
        const r = playGame(SCENARIOS['2020-war'], seed, { difficulty: 'easy' });
        if (!r.ok) throw new Error(r.message);
        return hashState(r.game.state);
      });
    const frozen = hashes();
    setAutoFreeze(false);
    try {
      expect(hashes()).toEqual(frozen);
    } finally {
      setAutoFreeze(true);
    }
  }, 60_000);

  it('plays the same games on the mutable path batch workers take as through immer, in every variant and difficulty', () => {
    const cases = [
      { seed: 'mut-1', variant: null, difficulty: 'normal' },
      { seed: 'mut-2', variant: 'no-turkish-drones', difficulty: 'normal' },
      { seed: 'mut-3', variant: 'russia-defends-karabakh', difficulty: 'hard' },
      { seed: 'mut-4', variant: null, difficulty: 'easy' },
    ] as const;
    for (const c of cases) {
      const summary = (mutable: boolean): GameSummary => {
        const r = playGame(SCENARIOS['2020-war'], c.seed, { variant: c.variant, difficulty: c.difficulty, mutable });
        if (!r.ok) throw new Error(r.message);
        return summarise(r.game.state);
      };
      const viaImmer = summary(false);
      expect(viaImmer.endTurn, c.seed).toBeGreaterThan(0);
      expect(summary(true), c.seed).toEqual(viaImmer);
    }
  }, 120_000);
});
