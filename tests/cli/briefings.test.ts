// npm run briefings: one printable HTML briefing per actor a team may play, from the scenario.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { teamPlayable } from '../../src/scenario/team-playable';
import { SCENARIOS } from '../../src/scenario/shipped';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'karabakh-briefings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/briefings.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('npm run briefings', () => {
  it('writes one briefing per team-playable actor with its situation, aims and levers, and no script', () => {
    const r = run(['--scenario', '2020-war', '--out', dir]);
    expect(r.status).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(teamPlayable(SCENARIOS['2020-war']).map((a) => `2020-war-${a}.html`).sort());
    const turkey = readFileSync(join(dir, '2020-war-turkey.html'), 'utf8');
    expect(turkey).toContain('Team briefing: Turkey');
    expect(turkey).toContain('Shusha in Azerbaijani hands');
    expect(turkey).toContain('Send support to a client');
    expect(turkey).not.toMatch(/<script/i);
    const azerbaijan = readFileSync(join(dir, '2020-war-azerbaijan.html'), 'utf8');
    expect(azerbaijan).toContain('Attack a neighbouring region');
    expect(azerbaijan).not.toContain('Send support to a client');
  });

  it('refuses an unknown scenario with exit 2 and one line', () => {
    const r = run(['--scenario', 'atlantis']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^briefings: unknown scenario "atlantis"/);
  });
});
