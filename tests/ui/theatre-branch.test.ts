// A branch played on from a week of another game is a replay like any other: it records where it
// left its parent, and `npm run replay` verifies it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gameFromReplay } from '../../src/ui/save';
import { branchReplay, finalHash } from '../../src/ui/theatre/tree';
import { goldenReplay } from './theatre-fixture';

const ROOT = join(import.meta.dirname, '../..');

describe('a branch', () => {
  it('plays on from its week with the chosen actors, keeps its branch, and verifies with npm run replay', () => {
    const parent = goldenReplay();
    const made = gameFromReplay(branchReplay(parent, 3), { human: 'armenia', difficulty: 'normal' });
    if (!made.ok) throw new Error(made.message);
    const s = made.session;
    expect(s.state.turn).toBe(3);
    for (let i = 0; i < 2; i++) expect(s.endTurn().ok).toBe(true);
    expect(s.replay.turns).toHaveLength(5);
    expect(s.replay.turns.slice(0, 3)).toEqual(parent.turns.slice(0, 3));
    expect(s.replay.branch).toEqual({ parent: finalHash(parent), week: 3 });
    const file = join(mkdtempSync(join(tmpdir(), 'karabakh-branch-')), 'branch.replay.json');
    writeFileSync(file, JSON.stringify(s.replay));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', file], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(finalHash(s.replay));
  }, 120_000);

  it('of several actors is a hot-seat game from that week', () => {
    const made = gameFromReplay(branchReplay(goldenReplay(), 2), { human: 'azerbaijan', difficulty: 'normal', humans: ['azerbaijan', 'armenia'] });
    if (!made.ok) throw new Error(made.message);
    expect([...made.session.humans].sort()).toEqual(['armenia', 'azerbaijan']);
    expect(made.session.hotseat).not.toBeNull();
    expect(made.session.state.turn).toBe(2);
  });
});
