// Helpers for the class server tests: every WebSocket frame clients receive (read raw), and
// students' orders chosen as the computer would.
import { unpackMultiple } from 'msgpackr';
import { chooseOrders } from '../../src/ai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { ClassConnection, type Credentials } from '../../src/net';
import { launchServer, type ServerProcess } from '../../src/server/launch';
import type { ActorId, GameState, Order, OrdersByActor } from '../../src/engine';

export interface SocketRecord {
  readonly url: string;
  readonly frames: Uint8Array[];
}

const sockets: SocketRecord[] = [];
let installed = false;

/**
 * Wraps the global WebSocket (which @colyseus/sdk uses in Node) to keep every frame received.
 * Install before the first connection: the SDK reads the global when it loads.
 */
export function tapWebSockets(): void {
  if (installed) return;
  installed = true;
  const Base = globalThis.WebSocket;
  class Tapped extends Base {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      const rec: SocketRecord = { url: String(url), frames: [] };
      sockets.push(rec);
      this.addEventListener('message', (e: MessageEvent) => {
        if (e.data instanceof ArrayBuffer) rec.frames.push(new Uint8Array(e.data.slice(0)));
      });
    }
  }
  globalThis.WebSocket = Tapped;
}

/** Every frame received on the sockets of these Colyseus sessions. */
export function framesOf(sessions: ReadonlySet<string>): Uint8Array[] {
  return sockets.filter((s) => sessions.has(new URL(s.url).searchParams.get('sessionId') ?? '')).flatMap((s) => s.frames);
}

const ROOM_DATA = 13;

/** A room message frame decoded: its type and payload; null for other frames. */
function decodeFrame(frame: Uint8Array): { type: string; payload: unknown } | null {
  if (frame[0] !== ROOM_DATA) return null;
  const [type, payload] = unpackMultiple(Buffer.from(frame.subarray(1))) as [string, unknown];
  return { type, payload };
}

/** The orders the computer would give a team's actor and those it commands, on the true state. */
export function teamOrders(state: GameState, commanded: readonly ActorId[]): OrdersByActor {
  const out: Record<ActorId, readonly Order[]> = {};
  for (const a of commanded) out[a] = chooseOrders(state, a, { difficulty: 'easy' }).orders;
  return out;
}

/** A turn's orders, as JSON, but for those also given in an earlier turn (which a log may show). */
function unseenOrders(turns: readonly { readonly orders: OrdersByActor }[], turn: number): [ActorId, string][] {
  const earlier = new Set(turns.slice(0, turn).flatMap((t) => Object.values(t.orders).flat().map((x) => JSON.stringify(x))));
  return Object.entries(turns[turn].orders).flatMap(([actor, list]) => list.map((o): [ActorId, string] => [actor, JSON.stringify(o)])).filter(([, o]) => !earlier.has(o));
}

/**
 * Every frame a student received, checked: no secret string (seed, hashes) anywhere; only its own
 * view, draft and submission; nothing of another team's orders for the turn a message is about.
 */
export function expectNoSecrets(frames: readonly Uint8Array[], actor: ActorId, own: readonly ActorId[], secrets: readonly string[], turns: readonly { readonly orders: OrdersByActor }[]): void {
  expect(frames.length).toBeGreaterThan(10);
  for (const frame of frames) {
    const raw = Buffer.from(frame).toString('latin1');
    for (const secret of secrets) expect(raw.includes(secret), `a frame to ${actor} holds ${secret}`).toBe(false);
    const m = decodeFrame(frame);
    if (!m) continue;
    expect(['welcome', 'view', 'roster', 'draft', 'submitted', 'error', 'press']).toContain(m.type);
    const p = m.payload as { turn?: number; actor?: string; view?: { viewer: string } };
    if (m.type === 'view') expect(p.view?.viewer).toBe(actor);
    if (m.type === 'draft' || m.type === 'submitted') expect(p.actor).toBe(actor);
    if (typeof p.turn !== 'number' || p.turn >= turns.length) continue;
    const text = JSON.stringify(m.payload);
    for (const [other, order] of unseenOrders(turns, p.turn)) {
      if (!own.includes(other)) expect(text.includes(order), `a ${m.type} for turn ${p.turn} to ${actor} holds ${other}'s order ${order}`).toBe(false);
    }
  }
}

/** A server process for one test file, started before its tests in a fresh data directory and stopped after. */
export interface TestServer {
  readonly endpoint: string;
  /** SIGKILLs the server and starts it again on the same port and data. */
  restart(): Promise<void>;
  /** Joins a class as these credentials; throws when refused. */
  join(this: void, credentials: Credentials): Promise<ClassConnection>;
}

export function serverForTests(prefix: string): TestServer {
  let dir = '';
  let server: ServerProcess | null = null;
  const serve = (port: number): Promise<ServerProcess> => launchServer(['--port', String(port), '--data', dir, '--static', join(dir, 'none')]);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    server = await serve(0);
  }, 60_000);
  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  const t: TestServer = {
    get endpoint(): string {
      return `http://127.0.0.1:${server?.port ?? 0}`;
    },
    async restart(): Promise<void> {
      const port = server!.port;
      await server!.kill('SIGKILL');
      server = await serve(port);
    },
    async join(credentials: Credentials): Promise<ClassConnection> {
      const j = await ClassConnection.join({ endpoints: t.endpoint, credentials });
      if (!j.ok) throw new Error(j.message);
      return j.connection;
    },
  };
  return t;
}
