// One client's place in a class, in the browser or in Node: join, receive the board, draft and
// submit orders, run the class as its facilitator. It comes back by itself (after a network blip,
// a server restart or a move to another process) with a new join with the seat's token, retried
// with backoff until it works or the class refuses it for good.
// @colyseus/sdk is loaded only when a class is joined, so the single-player game never loads it.
import type { Client as SdkClient, Room } from '@colyseus/sdk';
import type { LogEntry } from '../engine';
import { ClassRequests, type ConnectionStatus } from './class-requests';
import { defaultEndpoint } from './http-api';
import {
  ROOM_NAME,
  type ConsoleState,
  type Credentials,
  type JoinOptions,
  type PressDelivery,
  type ProjectorView,
  type Refusal,
  type Reply,
  type Roster,
  type ServerMessages,
  type StudentView,
  type TeamOrders,
  type Truth,
  type Welcome,
} from './protocol';

export type { ConnectionEvents } from './class-requests';

export interface ConnectOptions {
  /** The class server, e.g. 'http://192.168.1.20:8080'; several are tried in turn. Default: the page's origin. */
  readonly endpoints?: string | readonly string[];
  readonly credentials: Credentials;
  /** Rejoin attempts after a connection is lost: every retryMs (jittered) for the first ten seconds, then backing off to retryMaxMs. */
  readonly retryMs?: number;
  readonly retryMaxMs?: number;
  /** How long a request waits for its reply, in ms. */
  readonly requestTimeoutMs?: number;
}

/** Refusals that no retry can mend: the class or the seat is not there. */
const FINAL = new Set(['ERR_BAD_TOKEN', 'ERR_NO_CLASS', 'ERR_BAD_CODE', 'ERR_CLASS_ENDED', 'ERR_NOT_A_TEAM_ACTOR', 'ERR_TEAM_NAME', 'ERR_BAD_JOIN', 'ERR_CLASS_DAMAGED', 'ERR_CLASS_DIVERGED']);

const FAST_RETRIES_MS = 10_000;

let sdk: Promise<typeof import('@colyseus/sdk')> | null = null;
const loadSdk = (): Promise<typeof import('@colyseus/sdk')> => (sdk ??= import('@colyseus/sdk'));

/** A thrown join error as a refusal: the server's "ERR_CODE: message", or a network failure. */
function refusalOf(e: unknown): Refusal {
  const message = e instanceof Error ? e.message : String(e);
  const m = /^(ERR_[A-Z_]+): ([\s\S]*)$/.exec(message);
  if (m) return { ok: false, code: m[1], message: m[2] };
  return { ok: false, code: 'ERR_NETWORK', message: `The class server cannot be reached or refused the connection (${message || 'no reason given'}).` };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class ClassConnection extends ClassRequests {
  welcome: Welcome | null = null;
  view: StudentView | null = null;
  truth: Truth | null = null;
  /** Every log entry this client may read, in order. */
  log: LogEntry[] = [];
  roster: Roster | null = null;
  /** The team's draft and submitted orders for the open turn. */
  draft: TeamOrders | null = null;
  submitted: TeamOrders | null = null;
  /** The projector's board (projector connections only). */
  projector: ProjectorView | null = null;
  /** The facilitator's console (facilitator connections only). */
  console: ConsoleState | null = null;
  /** Press messages and announcements this client received, in the order they came. */
  press: PressDelivery[] = [];
  status: ConnectionStatus = 'reconnecting';
  private room: Room | null = null;
  private closing = false;
  private credentialsNow: Credentials;
  private readonly clients = new Map<string, SdkClient>();
  private readonly endpoints: readonly string[];

  private constructor(private readonly options: ConnectOptions) {
    super();
    const e = options.endpoints ?? defaultEndpoint();
    this.endpoints = typeof e === 'string' ? [e] : [...e];
    this.credentialsNow = options.credentials;
  }

  /** Joins a class; the connection (already receiving the board) or the refusal. */
  static async join(options: ConnectOptions): Promise<Reply<{ connection: ClassConnection }>> {
    const c = new ClassConnection(options);
    const first = await c.tryJoin(0);
    if (!first.ok) return first;
    return { ok: true, connection: c };
  }

  /** What to keep (e.g. in localStorage) to come back to this seat or class later. */
  get credentials(): Credentials {
    return this.credentialsNow;
  }

  /** host:port of the server process holding the class for this client now, or null while away. */
  get serverAddress(): string | null {
    const url = this.room?.connection?.url;
    return url ? new URL(url).host : null;
  }

  /** The current Colyseus session (changes after a rejoin). */
  get sessionId(): string | null {
    return this.room?.sessionId ?? null;
  }

  private client(endpoint: string, Client: typeof SdkClient): SdkClient {
    let c = this.clients.get(endpoint);
    if (!c) {
      c = new Client(endpoint);
      this.clients.set(endpoint, c);
    }
    return c;
  }

  private async tryJoin(attempt: number): Promise<Reply> {
    const { Client } = await loadSdk();
    const endpoint = this.endpoints[attempt % this.endpoints.length];
    try {
      const room = await this.client(endpoint, Client).joinOrCreate(ROOM_NAME, this.joinOptions());
      this.attach(room);
      return { ok: true };
    } catch (e) {
      return refusalOf(e);
    }
  }

  /** The credentials, and for a client coming back the board it holds (the server then sends none if current). */
  private joinOptions(): JoinOptions {
    const role = this.welcome?.role;
    const v = role === 'student' ? this.view : null;
    if (v) return { ...this.credentialsNow, held: { turn: v.turn, status: v.status } };
    const t = role === 'facilitator' ? this.truth : null;
    return t ? { ...this.credentialsNow, held: { turn: t.turn, status: t.status, hash: t.hash, world: t.world } } : { ...this.credentialsNow };
  }

  private setStatus(s: ConnectionStatus): void {
    if (this.status === s) return;
    this.status = s;
    this.emit('status', s);
  }

  private attach(room: Room): void {
    this.room = room;
    // Colyseus's own reconnection of the session is not used: no session outlives a server's
    // restart (the bench's 800 clients spent over half a second failing at it), and rejoinLoop
    // mends a network blip as well, at once, without sending a current board again.
    room.reconnection.maxRetries = 0;
    const on = <K extends keyof ServerMessages>(type: K, handle: (m: ServerMessages[K]) => void): void => {
      room.onMessage(type, (m: ServerMessages[K]) => handle(m));
    };
    on('welcome', (m) => this.onWelcome(m));
    on('view', (m) => this.onView(m));
    on('truth', (m) => this.onTruth(m));
    on('roster', (m) => {
      this.roster = m;
      this.emit('roster', m);
    });
    on('draft', (m) => {
      this.draft = m;
      this.emit('draft', m);
    });
    on('submitted', (m) => {
      this.submitted = m;
      // The facilitator's board lists every team's submission for the open turn.
      if (this.truth && this.truth.turn === m.turn) this.truth = { ...this.truth, submissions: { ...this.truth.submissions, [m.actor]: m.orders } };
      this.emit('submitted', m);
    });
    on('error', (m) => this.emit('error', m));
    on('projector', (m) => {
      this.projector = m;
      this.emit('projector', m);
    });
    on('console', (m) => {
      this.console = m;
      this.emit('console', m);
    });
    on('press', (m) => {
      if (!this.press.some((p) => p.world === m.world && p.seq === m.seq)) this.press.push(m);
      this.emit('press', m);
    });
    room.onDrop(() => this.setStatus('reconnecting'));
    room.onReconnect(() => this.setStatus('connected'));
    room.onLeave(() => {
      if (this.room !== room) return;
      this.room = null;
      if (this.closing) this.setStatus('closed');
      else void this.rejoinLoop();
    });
    this.setStatus('connected');
  }

  private onWelcome(w: Welcome): void {
    this.welcome = w;
    // The facilitator's board is kept, with the open turn's submissions as the welcome lists them.
    if (w.boardUnchanged && w.submissions && this.truth) this.truth = { ...this.truth, submissions: w.submissions };
    if (w.seatToken !== null) this.credentialsNow = { code: w.code, seatToken: w.seatToken };
    this.emit('welcome', w);
  }

  /** A new turn drops the last turn's draft and submission. */
  private turnIs(turn: number): void {
    if (this.draft && this.draft.turn !== turn) this.draft = null;
    if (this.submitted && this.submitted.turn !== turn) this.submitted = null;
  }

  private onView(v: StudentView): void {
    this.view = v;
    this.log = v.full ? [...v.log] : [...this.log, ...v.log];
    this.turnIs(v.turn);
    this.emit('view', v);
  }

  private onTruth(t: Truth): void {
    this.truth = t;
    this.log = t.full ? [...t.log] : [...this.log, ...t.log];
    this.turnIs(t.turn);
    this.emit('truth', t);
  }

  private async rejoinLoop(): Promise<void> {
    this.setStatus('reconnecting');
    const max = this.options.retryMaxMs ?? 2000;
    let delay = this.options.retryMs ?? 250;
    const since = Date.now();
    for (let attempt = 0; !this.closing; attempt++) {
      const r = await this.tryJoin(attempt);
      if (r.ok) return;
      if (FINAL.has(r.code)) {
        this.closing = true;
        this.setStatus('closed');
        this.emit('error', { ...r, about: 'join' });
        return;
      }
      // A restarting server is back within seconds; a server away longer is not worth asking as often.
      if (Date.now() - since > FAST_RETRIES_MS) delay = Math.min(max, delay * 2);
      // Jitter, so that a whole class coming back after a restart does not arrive at once.
      await sleep(delay * (0.75 + Math.random() / 2));
    }
    this.setStatus('closed');
  }

  protected async request<T extends object = object>(type: string, payload: object): Promise<Reply<T>> {
    const room = this.room;
    if (!room || this.status !== 'connected') return { ok: false, code: 'ERR_OFFLINE', message: 'Not connected to the class just now; it reconnects by itself. Try again in a moment.' };
    try {
      return await room.request<object, Reply<T>>(type, payload, { timeout: this.options.requestTimeoutMs ?? 15_000 });
    } catch (e) {
      return { ok: false, code: 'ERR_NETWORK', message: `The class server did not answer (${(e as Error).message}).` };
    }
  }

  /** Leaves the class for good (no reconnection). */
  async leave(): Promise<void> {
    this.closing = true;
    const room = this.room;
    if (room) await room.leave(true);
    this.setStatus('closed');
  }
}
