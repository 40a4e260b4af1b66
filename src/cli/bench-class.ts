// npm run bench — the class server's figures: a server process on this machine holding 100
// classes of 8 clients each (a facilitator and seven students on five actors), all through the
// client module over real sockets.
//   class_turn_ms_p95      the last team's submit → every client of the class has the new board
//   class_mem_kb_per_room  the server's heap and buffers per class, after a garbage collection
//   class_resume_ms        SIGKILL → the server started again → every client back with its board
// Load model: the classes' last submissions of a round are spread evenly over SPREAD_MS (100
// classes over 10 s: ten turns resolved a second), as classes of one school end turns at
// different moments; every class plays the same seed, so one set of computed orders serves all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseOrders } from '../ai';
import type { ActorId, Order, OrdersByActor } from '../engine';
import { ClassConnection, hostClass, whenAll, type Credentials } from '../net';
import { buildServer, launchServer, type ServerProcess } from '../server/launch';
import type { Figure } from './bench';

const SEATS: readonly (readonly [ActorId, number])[] = [
  ['azerbaijan', 2],
  ['armenia', 2],
  ['turkey', 1],
  ['russia', 1],
  ['iran', 1],
];
/** The team whose submission closes each class's turn. */
const LAST: ActorId = 'iran';
const SEED = 'bench-class';

interface Team {
  readonly actor: ActorId;
  readonly members: ClassConnection[];
}

interface BenchClass {
  readonly fac: ClassConnection;
  readonly teams: Team[];
  readonly all: ClassConnection[];
}

const now = (): number => performance.now();

/** Runs `work` on every item, at most `limit` at a time. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** Joins a class; a join lost to the network while the classes are set up (a busy host) is tried again, twice. */
async function connect(endpoint: string, credentials: Credentials): Promise<ClassConnection> {
  for (let attempt = 0; ; attempt++) {
    const j = await ClassConnection.join({ endpoints: endpoint, credentials });
    if (j.ok) return j.connection;
    if (j.code !== 'ERR_NETWORK' || attempt === 2) throw new Error(`bench: join refused: ${j.message}`);
  }
}

async function openClass(endpoint: string): Promise<BenchClass> {
  const hosted = await hostClass(endpoint, { scenarioId: '2020-war', seed: SEED, difficulty: 'normal', teamActors: SEATS.map(([a]) => a) });
  if (!hosted.ok) throw new Error(`bench: host refused: ${hosted.message}`);
  const fac = await connect(endpoint, { code: hosted.code, facilitatorToken: hosted.facilitatorToken });
  const teams: Team[] = [];
  for (const [actor, n] of SEATS) {
    const members: ClassConnection[] = [];
    for (let i = 0; i < n; i++) members.push(await connect(endpoint, { code: hosted.code, team: `Team ${actor}`, actor }));
    teams.push({ actor, members });
  }
  return { fac, teams, all: [fac, ...teams.flatMap((t) => t.members)] };
}

const boardTurn = (c: ClassConnection): number | undefined => c.truth?.turn ?? c.view?.turn;

/** Every team's orders this turn, as the computer would give them (the same in every class). */
function ordersNow(c: BenchClass): Map<ActorId, OrdersByActor> {
  const state = c.fac.truth!.state;
  const out = new Map<ActorId, OrdersByActor>();
  for (const t of c.teams) {
    const orders: Record<ActorId, readonly Order[]> = {};
    for (const a of t.members[0].welcome!.commanded) orders[a] = chooseOrders(state, a, { difficulty: 'normal' }).orders;
    out.set(t.actor, orders);
  }
  return out;
}

async function submitAllBut(c: BenchClass, orders: Map<ActorId, OrdersByActor>): Promise<void> {
  for (const t of c.teams) {
    if (t.actor === LAST) continue;
    const r = await t.members[t.members.length - 1].submit(orders.get(t.actor)!);
    if (!r.ok) throw new Error(`bench: submit refused: ${r.message}`);
  }
}

/** One round: every class's turn closed by its last team at its moment in the spread; latencies in ms. */
async function playRound(classes: readonly BenchClass[], spreadMs: number): Promise<number[]> {
  const orders = ordersNow(classes[0]);
  await inBatches(classes, 10, (c) => submitAllBut(c, orders));
  const start = now();
  return Promise.all(
    classes.map(async (c, i) => {
      await new Promise((r) => setTimeout(r, Math.max(0, start + (i * spreadMs) / classes.length - now())));
      const turn = boardTurn(c.fac)!;
      const delivered = whenAll(c.all, () => c.all.every((x) => boardTurn(x) === turn + 1));
      const t0 = now();
      const r = await c.teams.find((t) => t.actor === LAST)!.members[0].submit(orders.get(LAST)!);
      if (!r.ok) throw new Error(`bench: submit refused: ${r.message}`);
      await delivered;
      return now() - t0;
    }),
  );
}

function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
}

const heap = async (s: ServerProcess): Promise<{ bytes: number; rooms: number }> => {
  const m = await s.memory();
  return { bytes: m.memory.heapUsed + m.memory.external, rooms: m.rooms };
};

/**
 * What one more class costs the server: its memory at rest with every class open, then with half
 * of them closed (their clients gone, their rooms disposed), the difference per class closed.
 */
async function memoryPerRoom(server: ServerProcess, classes: readonly BenchClass[]): Promise<number> {
  // At rest: boards encoded for the clients coming back are kept only for a moment (boards.ts).
  await new Promise((r) => setTimeout(r, 5000));
  const all = await heap(server);
  const closing = classes.slice(classes.length / 2);
  for (const c of closing) for (const x of c.all) await x.leave();
  let half = await heap(server);
  while (half.rooms > all.rooms - closing.length) {
    await new Promise((r) => setTimeout(r, 200));
    half = await heap(server);
  }
  for (const c of classes.slice(0, classes.length / 2)) for (const x of c.all) await x.leave();
  return (all.bytes - half.bytes) / (all.rooms - half.rooms);
}

/** SIGKILL, start again on the same port, and wait for every client to have its board again. */
async function resume(server: ServerProcess, dir: string, classes: readonly BenchClass[]): Promise<{ ms: number; server: ServerProcess }> {
  const everyone = classes.flatMap((c) => c.all);
  const pending = SEATS.length - 1;
  await whenAll(everyone, () => classes.every((c) => Object.keys(c.fac.truth!.submissions).length === pending));
  const before = classes.map((c) => c.fac.truth!.hash);
  // Back: in again with its board, sent anew or still current (no turn ends here).
  const back = new Set<ClassConnection>();
  const offs = everyone.flatMap((c) => [
    c.on('welcome', (w) => w.boardUnchanged && back.add(c)),
    c.on('view', () => back.add(c)),
    c.on('truth', () => back.add(c)),
  ]);
  const t0 = now();
  await server.kill('SIGKILL');
  const again = await launchServer(serverArgs(server.port, dir), { built: true });
  await whenAll(everyone, () => back.size === everyone.length);
  const ms = now() - t0;
  for (const off of offs) off();
  classes.forEach((c, i) => {
    if (c.fac.truth!.hash !== before[i] || Object.keys(c.fac.truth!.submissions).length !== pending) throw new Error('bench: a class did not resume where it was');
  });
  return { ms, server: again };
}

const serverArgs = (port: number, dir: string): string[] => ['--port', String(port), '--data', dir, '--static', join(dir, 'none'), '--join-limit', '1000000'];

export async function classFigures(quick: boolean): Promise<Figure[]> {
  const count = quick ? 20 : 100;
  const rounds = quick ? 2 : 3;
  const spreadMs = quick ? 2000 : 10_000;
  // The server runs as `npm start` runs it: built, not through tsx.
  buildServer();
  const dir = mkdtempSync(join(tmpdir(), 'karabakh-bench-class-'));
  let server = await launchServer(serverArgs(0, dir), { built: true });
  // The Colyseus client notes every reconnection attempt of its 800 clients on the console.
  const info = console.info;
  console.info = () => undefined;
  try {
    const endpoint = `http://127.0.0.1:${server.port}`;
    const classes = await inBatches(Array.from({ length: count }), 10, () => openClass(endpoint));
    await inBatches(classes, 10, async (c) => {
      const r = await c.fac.start();
      if (!r.ok) throw new Error(`bench: start refused: ${r.message}`);
      await whenAll(c.all, () => c.all.every((x) => x.roster?.status === 'running'));
    });
    const latencies: number[] = [];
    for (let r = 0; r < rounds; r++) latencies.push(...(await playRound(classes, spreadMs)));
    await inBatches(classes, 10, (c) => submitAllBut(c, ordersNow(classes[0])));
    const resumed = await resume(server, dir, classes);
    server = resumed.server;
    const perRoom = await memoryPerRoom(server, classes);
    const note = `${count} classes × 8 clients, last submits spread over ${spreadMs / 1000} s`;
    return [
      { name: 'class_turn_ms_p95', value: Math.round(p95(latencies)), unit: 'ms', target: `≤ 1000 (${note})` },
      { name: 'class_mem_kb_per_room', value: Math.round(perRoom / 1024), unit: 'KB', target: '≤ 1024 (a class with its 8 clients, heap + buffers)' },
      { name: 'class_resume_ms', value: Math.round(resumed.ms), unit: 'ms', target: `≤ 3000 (${count * 8} clients back)` },
    ];
  } finally {
    console.info = info;
    await server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
