// Past one machine: two server processes sharing Redis (presence, matchmaking) and PostgreSQL
// (the store), each with its own public address. A class is hosted on one, joined through the
// other; the process holding the class is SIGKILLed and the class carries on on the other. The
// processes run the built server, as `npm start` does (scripts/build-server.ts bundles every
// package it uses, the Redis and PostgreSQL clients with them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine';
import { ClassConnection, hostClass, whenAll } from '../../src/net';
import { buildServer, launchServer, type ServerProcess } from '../../src/server/launch';
import { teamOrders } from './harness';
import { POSTGRES_MISSING, REDIS_MISSING, freePort, freshDatabase, hasPostgres, hasRedis, startPostgres, startRedis, type Service } from './services';

const ready = hasPostgres() && hasRedis();
if (!hasPostgres()) console.warn(POSTGRES_MISSING);
if (!hasRedis()) console.warn(REDIS_MISSING);

describe.skipIf(!ready)('two server processes through Redis and PostgreSQL', () => {
  let dir: string;
  let redis: Service;
  let postgres: Service;
  const servers = new Map<string, ServerProcess>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'karabakh-scale-'));
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const database = await freshDatabase(postgres, 'classes');
    buildServer();
    for (let n = 0; n < 2; n++) {
      const port = await freePort();
      const address = `127.0.0.1:${port}`;
      servers.set(address, await launchServer(['--port', String(port), '--public-address', address, '--redis', redis.url, '--database', database, '--static', join(dir, 'none')], { built: true }));
    }
  }, 120_000);

  afterAll(async () => {
    for (const s of servers.values()) await s.kill();
    await redis?.stop();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hosts on one, joins through the other, and continues on the survivor after a SIGKILL', async () => {
    const [a, b] = [...servers.keys()].map((address) => `http://${address}`);
    const hosted = await hostClass(a, { scenarioId: '2020-war', teamActors: ['azerbaijan', 'armenia'], seed: 'two-processes', difficulty: 'easy' });
    if (!hosted.ok) throw new Error(hosted.message);
    const f = await ClassConnection.join({ endpoints: [a, b], credentials: { code: hosted.code, facilitatorToken: hosted.facilitatorToken } });
    if (!f.ok) throw new Error(f.message);
    const fac = f.connection;
    const join2 = async (actor: ActorId): Promise<ClassConnection> => {
      const j = await ClassConnection.join({ endpoints: [b, a], credentials: { code: hosted.code, team: `Team ${actor}`, actor } });
      if (!j.ok) throw new Error(j.message);
      return j.connection;
    };
    const az = await join2('azerbaijan');
    const ar = await join2('armenia');
    const all = [fac, az, ar];
    const holder = fac.serverAddress;
    expect(holder).not.toBeNull();
    expect(all.map((c) => c.serverAddress)).toEqual([holder, holder, holder]);

    expect((await fac.start()).ok).toBe(true);
    const submit = (c: ClassConnection) => c.submit(teamOrders(fac.truth!.state, c.welcome!.commanded));
    for (const c of [az, ar]) expect((await submit(c)).ok).toBe(true);
    await whenAll(all, () => fac.truth?.turn === 1 && az.view?.turn === 1 && ar.view?.turn === 1);
    const hash1 = fac.truth!.hash;
    expect((await submit(az)).ok).toBe(true);
    await whenAll(all, () => fac.roster?.teams.find((t) => t.actor === 'azerbaijan')?.submitted === true);

    await servers.get(holder!)!.kill('SIGKILL');
    await whenAll(all, () => all.every((c) => c.status === 'connected' && c.serverAddress !== null && c.serverAddress !== holder) && Object.keys(fac.truth?.submissions ?? {}).length === 1);
    expect(fac.truth?.hash).toBe(hash1);
    expect(fac.truth?.turn).toBe(1);
    expect((await submit(ar)).ok).toBe(true);
    await whenAll(all, () => fac.truth?.turn === 2 && az.view?.turn === 2 && ar.view?.turn === 2);
    expect(fac.truth?.hash).not.toBe(hash1);
    for (const c of all) await c.leave();
  }, 180_000);
});
