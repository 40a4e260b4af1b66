// What the class server keeps: classes, seats, the orders of each class's open turn, its resolved
// turns (with what each left: its log, and the state after the last) and an event journal. One
// interface, two databases (SQLite, PostgreSQL) behind it.
import type { ActorId, OrdersByActor } from '../../engine';
import type { ClassConfig } from '../class-config';

export type ClassStatus = 'lobby' | 'running' | 'ended';

/** Why a turn was resolved. */
export type ResolveReason = 'all' | 'deadline' | 'facilitator';

export interface ClassRecord {
  readonly code: string;
  readonly config: ClassConfig;
  readonly engineVersion: string;
  /** SHA-256 of the facilitator's token; the token itself is never stored. */
  readonly facilitatorHash: string;
  readonly status: ClassStatus;
  /** When the open turn began (ms since 1970), for its deadline; null before the class starts. */
  readonly turnOpenedAt: number | null;
  readonly createdAt: number;
}

export interface SeatRecord {
  readonly code: string;
  readonly seatId: string;
  /** The actor the seat's team plays. */
  readonly actor: ActorId;
  readonly team: string;
  /** SHA-256 of the seat token. */
  readonly tokenHash: string;
  readonly createdAt: number;
}

/** One team's submitted orders for the open turn: for its actor and the actors it commands. */
export interface SubmittedOrders {
  readonly turn: number;
  readonly actor: ActorId;
  readonly orders: OrdersByActor;
  readonly submittedAt: number;
}

export interface TurnRecord {
  /** The turn resolved (0 for the first). */
  readonly turn: number;
  /** Every actor's orders, as the replay records them. */
  readonly orders: OrdersByActor;
  /** hashState after the turn. */
  readonly hash: string;
  readonly reason: ResolveReason;
  readonly resolvedAt: number;
}

/**
 * What a resolved turn left, as JSON text, so that a class resumes without replaying its turns:
 * the turn's log, and the state after it. The text comes back as it was written, unparsed: the
 * class checks it (the state against the turn's hash, see ClassGame.restore) before trusting it.
 */
export interface TurnResult {
  readonly turn: number;
  /** The turn's log entries. */
  readonly log: string;
  /** The state after the turn; kept for a class's last turn only, null for the earlier ones. */
  readonly state: string | null;
}

export interface EventRecord {
  readonly seq: number;
  readonly at: number;
  readonly kind: string;
  readonly data: unknown;
}

export interface ClassStore {
  /** False when the code is already taken (nothing written). */
  createClass(record: ClassRecord): Promise<boolean>;
  getClass(code: string): Promise<ClassRecord | null>;
  setStatus(code: string, status: ClassStatus, turnOpenedAt: number | null): Promise<void>;
  addSeat(seat: SeatRecord): Promise<void>;
  seats(code: string): Promise<SeatRecord[]>;
  /** A team's orders for the open turn, replacing any it submitted before. */
  putOrders(code: string, orders: SubmittedOrders): Promise<void>;
  openOrders(code: string, turn: number): Promise<SubmittedOrders[]>;
  /**
   * A resolved turn and what it left (the state replacing the one kept after the turn before),
   * its open orders dropped and the class's status moved on, all at once.
   */
  addTurn(code: string, turn: TurnRecord, result: { readonly log: string; readonly state: string }, status: ClassStatus, turnOpenedAt: number | null): Promise<void>;
  turns(code: string): Promise<TurnRecord[]>;
  /** What each resolved turn left, in turn order. */
  turnResults(code: string): Promise<TurnResult[]>;
  addEvent(code: string, at: number, kind: string, data: unknown): Promise<void>;
  events(code: string): Promise<EventRecord[]>;
  // --- The facilitator's console (issue 18): small JSON values by key, each written whole. ---
  /** Writes (or replaces) one console note of a class. */
  putNote(code: string, key: string, value: unknown): Promise<void>;
  /** Every console note of a class, by key order. */
  notes(code: string): Promise<{ readonly key: string; readonly value: unknown }[]>;
  // ---
  /** Codes of the classes not yet ended and active (created, or a turn opened) since `since`, oldest first. */
  openClasses(since: number): Promise<string[]>;
  close(): Promise<void>;
}
