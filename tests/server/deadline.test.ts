// A turn's deadline, without waiting on the clock: the class's open turn is moved back in the
// store past its deadline while the server is down; started again, the server resolves the turn
// by the deadline as soon as the class is back (which it is as the server starts, client or
// none), and teams that did not submit hold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClassConnection, hostClass, whenAll } from '../../src/net';
import { launchServer, type ServerProcess } from '../../src/server/launch';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { teamOrders } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'karabakh-deadline-'));
let server: ServerProcess | null = null;
// Every process started, so that afterAll stops them all (a test that fails half-way leaves one running).
const started: ServerProcess[] = [];
async function serve(port: number, data = dir): Promise<ServerProcess> {
  const s = await launchServer(['--port', String(port), '--data', data, '--static', join(dir, 'none')]);
  started.push(s);
  return s;
}

afterAll(async () => {
  for (const s of started) await s.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('turn deadline', () => {
  it('resolves a turn whose deadline passed while the server was down; those who did not submit hold', async () => {
    server = await serve(0);
    const endpoint = `http://127.0.0.1:${server.port}`;
    const hosted = await hostClass(endpoint, { scenarioId: '2020-war', teamActors: ['azerbaijan', 'armenia'], deadlineMinutes: 5, seed: 'deadline-1' });
    if (!hosted.ok) throw new Error(hosted.message);
    const f = await ClassConnection.join({ endpoints: endpoint, credentials: { code: hosted.code, facilitatorToken: hosted.facilitatorToken } });
    const s = await ClassConnection.join({ endpoints: endpoint, credentials: { code: hosted.code, team: 'Caspian', actor: 'azerbaijan' } });
    const a = await ClassConnection.join({ endpoints: endpoint, credentials: { code: hosted.code, team: 'Ararat', actor: 'armenia' } });
    if (!f.ok || !s.ok || !a.ok) throw new Error('join failed');
    const [fac, az] = [f.connection, s.connection];
    expect((await fac.start()).ok).toBe(true);
    await whenAll([fac], () => fac.roster?.status === 'running');
    const opened = fac.roster!.deadline! - 5 * 60_000;
    expect((await az.submit(teamOrders(fac.truth!.state, az.welcome!.commanded))).ok).toBe(true);
    await whenAll([fac], () => fac.truth?.submissions.azerbaijan !== undefined);
    const given = fac.truth!.submissions.azerbaijan.azerbaijan;
    expect(fac.truth!.turn).toBe(0);

    await server.kill('SIGKILL');
    const store = await openSqliteStore(dir);
    await store.setStatus(hosted.code, 'running', opened - 6 * 60_000);
    await store.close();
    server = await serve(server.port);

    await whenAll([fac], () => fac.truth?.turn === 1);
    const check = await openSqliteStore(dir);
    const turns = await check.turns(hosted.code);
    await check.close();
    expect(turns.map((t) => t.reason)).toEqual(['deadline']);
    expect(turns[0].orders.armenia).toEqual([]);
    expect(turns[0].orders.azerbaijan).toEqual(given);
    expect(fac.roster?.deadline).toBeGreaterThan(opened);
    for (const c of [f.connection, s.connection, a.connection]) await c.leave();
  }, 120_000);

  it('opens the classes again as the server starts: a deadline runs out with nobody back', async () => {
    const data = join(dir, 'alone');
    server = await serve(0, data);
    const endpoint = `http://127.0.0.1:${server.port}`;
    const hosted = await hostClass(endpoint, { scenarioId: '2020-war', teamActors: ['azerbaijan', 'armenia'], deadlineMinutes: 5, seed: 'deadline-2' });
    if (!hosted.ok) throw new Error(hosted.message);
    const f = await ClassConnection.join({ endpoints: endpoint, credentials: { code: hosted.code, facilitatorToken: hosted.facilitatorToken } });
    if (!f.ok) throw new Error(f.message);
    const fac = f.connection;
    expect((await fac.start()).ok).toBe(true);
    await whenAll([fac], () => fac.roster?.status === 'running');
    const opened = fac.roster!.deadline! - 5 * 60_000;
    await fac.leave();
    await server.kill('SIGKILL');
    const store = await openSqliteStore(data);
    await store.setStatus(hosted.code, 'running', opened - 6 * 60_000);
    await store.close();

    server = await serve(server.port, data);
    expect(server.output()).toContain('1 open class resumed');
    const check = await openSqliteStore(data);
    let turns = await check.turns(hosted.code);
    while (turns.length === 0) {
      await new Promise((r) => setTimeout(r, 100));
      turns = await check.turns(hosted.code);
    }
    await check.close();
    expect(turns.map((t) => t.reason)).toEqual(['deadline']);
    // The room stays open, nobody in it, while the next turn's deadline runs.
    expect((await server.memory()).rooms).toBe(1);
  }, 120_000);
});
