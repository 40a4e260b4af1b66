// A class played through the client module against a real server process: a facilitator and
// three teams (Azerbaijan, Armenia with two students, Turkey) play three turns; the server is
// SIGKILLed mid-turn and started again; the class carries on at the same hash with the orders
// already submitted; what students receive, read frame by frame, holds no secret.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logFor, type ActorId, type OrdersByActor } from '../../src/engine';
import { ClassConnection, fetchReplay, hostClass, whenAll, type Truth } from '../../src/net';
import { launchServer, type ServerProcess } from '../../src/server/launch';
import { expectNoSecrets, framesOf, tapWebSockets, teamOrders } from './harness';

tapWebSockets();

const SEED = 'quiet-harbour-7391';
const TEAMS: readonly ActorId[] = ['azerbaijan', 'armenia', 'turkey'];

interface Student {
  readonly actor: ActorId;
  readonly conn: ClassConnection;
  /** Every Colyseus session this student has had (a rejoin makes a new one). */
  readonly sessions: Set<string>;
}

let dir: string;
let server: ServerProcess;
let endpoint: string;

const serve = (port: number): Promise<ServerProcess> => launchServer(['--port', String(port), '--data', dir, '--static', join(dir, 'none')]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'karabakh-class-'));
  server = await serve(0);
  endpoint = `http://127.0.0.1:${server.port}`;
}, 60_000);

afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function seat(code: string, actor: ActorId, team: string): Promise<Student> {
  const joined = await ClassConnection.join({ endpoints: endpoint, credentials: { code, team, actor } });
  if (!joined.ok) throw new Error(joined.message);
  const s: Student = { actor, conn: joined.connection, sessions: new Set() };
  const note = (): void => {
    if (s.conn.sessionId) s.sessions.add(s.conn.sessionId);
  };
  note();
  s.conn.on('welcome', note);
  return s;
}

describe('a class over the network', () => {
  it('plays three turns through a SIGKILL and a restart, at the same hash, and students receive no secret', async () => {
    const hosted = await hostClass(endpoint, { scenarioId: '2020-war', seed: SEED, teamActors: TEAMS, difficulty: 'easy' });
    if (!hosted.ok) throw new Error(hosted.message);
    const f = await ClassConnection.join({ endpoints: endpoint, credentials: { code: hosted.code, facilitatorToken: hosted.facilitatorToken } });
    if (!f.ok) throw new Error(f.message);
    const fac = f.connection;
    const az = await seat(hosted.code, 'azerbaijan', 'Caspian');
    const ar1 = await seat(hosted.code, 'armenia', 'Ararat');
    const ar2 = await seat(hosted.code, 'armenia', 'ignored: joins Ararat');
    const tr = await seat(hosted.code, 'turkey', 'Bosphorus');
    const students = [az, ar1, ar2, tr];
    const all = [fac, ...students.map((s) => s.conn)];
    expect(ar2.conn.welcome?.team).toBe('Ararat');
    expect(ar1.conn.welcome?.commanded).toEqual(['armenia', 'artsakh']);
    await whenAll(all, () => fac.roster?.teams.every((t) => t.connected === (t.actor === 'armenia' ? 2 : 1)) ?? false);

    expect((await fac.start()).ok).toBe(true);
    const truthAt = (turn: number): Truth => {
      if (!fac.truth || fac.truth.turn !== turn) throw new Error(`bug: facilitator not at turn ${turn}`);
      return fac.truth;
    };
    const ordersOf = (s: Student): OrdersByActor => teamOrders(truthAt(fac.truth?.turn ?? 0).state, s.conn.welcome?.commanded ?? []);
    const everyoneAt = (turn: number): Promise<void> => whenAll(all, () => fac.truth?.turn === turn && students.every((s) => s.conn.view?.turn === turn));
    const hashes: string[] = [];

    // Turn 1: one Armenian drafts, the other sees it and submits it; the last submission resolves.
    const arOrders = ordersOf(ar1);
    expect((await ar1.conn.setDraft(arOrders)).ok).toBe(true);
    await whenAll(all, () => ar2.conn.draft?.turn === 0);
    expect(ar2.conn.draft?.orders).toEqual(arOrders);
    expect(az.conn.draft).toBeNull();
    expect((await ar2.conn.submit(ar2.conn.draft!.orders)).ok).toBe(true);
    await whenAll(all, () => ar1.conn.submitted?.turn === 0);
    expect((await az.conn.submit(ordersOf(az))).ok).toBe(true);
    expect((await tr.conn.submit(ordersOf(tr))).ok).toBe(true);
    await everyoneAt(1);
    hashes.push(truthAt(1).hash);

    // Turn 2: two teams submit, then the server is killed and started again on the same port.
    const az2 = ordersOf(az);
    expect((await az.conn.submit(az2)).ok).toBe(true);
    expect((await ar1.conn.submit(ordersOf(ar1))).ok).toBe(true);
    await whenAll(all, () => fac.roster?.teams.filter((t) => t.submitted).length === 2);
    const facWelcome = fac.welcome;
    // What the facilitator's board lists the moment its new welcome arrives (never an empty list that fills later).
    let listedAtWelcome: string[] | null = null;
    fac.on('welcome', () => (listedAtWelcome ??= Object.keys(fac.truth?.submissions ?? {}).sort()));
    await server.kill('SIGKILL');
    await whenAll(all, () => all.every((c) => c.status === 'reconnecting'));
    server = await serve(Number(new URL(endpoint).port));
    // Back: every client connected, the facilitator welcomed anew (its board is kept), each student on a second session.
    await whenAll(all, () => all.every((c) => c.status === 'connected') && fac.welcome !== facWelcome && fac.truth?.turn === 1 && Object.keys(fac.truth.submissions).length === 2 && students.every((s) => s.conn.view?.turn === 1 && s.sessions.size === 2));
    expect(truthAt(1).hash).toBe(hashes[0]);
    // Students came back holding the current board, so the server did not send it again.
    expect(students.map((s) => s.conn.welcome?.boardUnchanged)).toEqual([true, true, true, true]);
    // So did the facilitator (the same turn, status, hash and world); its welcome carried the submissions.
    expect(fac.welcome?.boardUnchanged).toBe(true);
    expect(listedAtWelcome).toEqual(['armenia', 'azerbaijan']);
    expect(Object.keys(truthAt(1).submissions).sort()).toEqual(['armenia', 'azerbaijan']);
    expect(truthAt(1).submissions.azerbaijan).toEqual(az2);
    expect(ar2.conn.submitted?.turn).toBe(1);
    expect((await tr.conn.submit(ordersOf(tr))).ok).toBe(true);
    await everyoneAt(2);
    hashes.push(truthAt(2).hash);

    // Turn 3: only Azerbaijan submits; the facilitator ends the turn and the others hold.
    expect((await az.conn.submit(ordersOf(az))).ok).toBe(true);
    expect((await fac.endTurn()).ok).toBe(true);
    await everyoneAt(3);
    hashes.push(truthAt(3).hash);
    expect(new Set(hashes).size).toBe(3);

    // The class's game is a replay that `npm run replay` verifies, ending at the facilitator's hash.
    const replay = await fetchReplay(endpoint, hosted.code, hosted.facilitatorToken);
    if (!replay.ok) throw new Error(replay.message);
    expect(replay.replay.turns.map((t) => t.hash)).toEqual(hashes);
    expect(replay.replay.turns[2].orders.armenia).toEqual([]);
    const file = join(dir, 'class.replay.json');
    writeFileSync(file, JSON.stringify(replay.replay));
    const verified = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', file, '--json'], { encoding: 'utf8' });
    expect(verified.status, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout).finalHash).toBe(hashes[2]);

    // Each student's log is exactly what the engine lets its actor read of the whole log.
    for (const s of students) expect(s.conn.log).toEqual(logFor(fac.log, s.actor));

    // Frame by frame: no seed, no hash, nothing of another team's orders for the turn a message is about.
    const secrets = [SEED, replay.replay.startHash, ...hashes];
    for (const s of students) expectNoSecrets(framesOf(s.sessions), s.actor, s.conn.welcome?.commanded ?? [], secrets, replay.replay.turns);
    for (const c of all) await c.leave();
  }, 180_000);
});
