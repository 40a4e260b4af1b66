// npm run replay -- FILE --turning [--games N]: the weeks that moved the odds of the game's outcome,
// the same as the analysis gives in this process, and clear refusals of bad flags.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playTurning } from '../../src/analysis/game-turning';
import { parseReplay } from '../../src/engine';
import { playWorld } from '../../src/report/world';
import { SCENARIOS } from '../../src/scenario';

const ROOT = join(import.meta.dirname, '../..');
const FILE = 'tests/fixtures/golden-2020-war.replay.json';

function replay(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('replay --turning', () => {
  const parsed = parseReplay(JSON.parse(readFileSync(join(ROOT, FILE), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  const world = playWorld(parsed.replay, SCENARIOS['2020-war']);
  if (!world.ok) throw new Error(world.message);
  const here = playTurning(world.world, 4, 'normal');
  if (!here.ok) throw new Error(here.message);

  it('prints the same turning points in JSON as the analysis finds in this process', () => {
    const r = replay([FILE, '--turning', '--games', '4', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: true, turns: parsed.replay.turns.length });
    expect(out.turning).toEqual(JSON.parse(JSON.stringify(here.turning)));
  }, 120_000);

  it('tells the biggest move first with its week, date, odds and what happened, then how lucky the game was', () => {
    const r = replay([FILE, '--turning', '--games', '4']);
    expect(r.code).toBe(0);
    const top = here.turning.points[0];
    const lines = r.stdout.split('\n');
    const first = lines.findIndex((l) => l.startsWith('1. '));
    expect(lines[first]).toMatch(new RegExp(`^1\\. Week ${top.week} \\(\\d+ \\w+ 2020\\): ${top.before}% → ${top.after}% `));
    expect(r.stdout).toMatch(/^Turning points: 4 continuations from the start of each week/m);
    expect(r.stdout).toMatch(/^How lucky \(against the continuations of week 1\):$/m);
    expect(r.stdout).toMatch(/^OK: 8 turns, final hash [0-9a-f]{16}$/m);
  }, 120_000);

  it('refuses --games without --turning, and a --games that is not a whole number in range', () => {
    const lone = replay([FILE, '--games', '4']);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toMatch(/--games goes with --turning/);
    for (const bad of ['0', 'ten', '10001']) {
      const r = replay([FILE, '--turning', '--games', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--games must be/);
    }
  }, 120_000);
});
