// Helpers for the class server tests: every WebSocket frame clients receive (read raw), and
// students' orders chosen as the computer would.
import { unpackMultiple } from 'msgpackr';
import { chooseOrders } from '../../src/ai';
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
export function decodeFrame(frame: Uint8Array): { type: string; payload: unknown } | null {
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
