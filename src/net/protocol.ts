// The class protocol: what clients send the class server and what it sends back. Shared by the
// server (src/server) and the client module (src/net), so both read the same names.
import type { ActorId, GameState, LogEntry, OrdersByActor, View } from '../engine';

export const ROOM_NAME = 'class';

export type Role = 'student' | 'facilitator';
export type ClassStatus = 'lobby' | 'running' | 'ended';

/** What a host chooses (the seed may be left out: the server makes one). */
export interface HostRequest {
  readonly scenarioId: string;
  readonly variant?: string | null;
  readonly seed?: string | null;
  readonly difficulty?: 'easy' | 'normal' | 'hard';
  readonly teamActors: readonly ActorId[];
  readonly deadlineMinutes?: number | null;
}

export interface Hosted {
  readonly code: string;
  /** The facilitator's secret: keep it to come back to the class. */
  readonly facilitatorToken: string;
}

/** How a client enters a class: as its facilitator, back in a seat, or taking a new seat. */
export type Credentials =
  | { readonly code: string; readonly facilitatorToken: string }
  | { readonly code: string; readonly seatToken: string }
  | { readonly code: string; readonly team: string; readonly actor: ActorId };

/** The board a returning student already holds: if it is still the class's, the server sends none. */
export interface HeldBoard {
  readonly turn: number;
  readonly status: ClassStatus;
}

/** What a client joins with: its credentials, and on coming back the board it holds. */
export type JoinOptions = Credentials & { readonly held?: HeldBoard };

/** A class as the join screen shows it: no secrets. */
export interface ClassSummary {
  readonly code: string;
  readonly scenarioId: string;
  readonly variant: string | null;
  readonly status: ClassStatus;
  readonly turn: number;
  readonly deadlineMinutes: number | null;
  readonly actors: readonly { readonly id: ActorId; readonly name: string; readonly team: string | null; readonly members: number }[];
}

export interface Welcome {
  readonly role: Role;
  readonly code: string;
  /** The team's actor (null for the facilitator). */
  readonly actor: ActorId | null;
  readonly team: string | null;
  /** The actors whose orders this seat gives: its own and those it commands (Armenia gives Artsakh's). */
  readonly commanded: readonly ActorId[];
  /** The secret to come back to this seat (students) — the same one the client joined with, or a new one. */
  readonly seatToken: string | null;
  /** True when the board the client holds (JoinOptions.held) is current, so none follows. */
  readonly boardUnchanged: boolean;
  readonly scenarioId: string;
  readonly variant: string | null;
  readonly teamActors: readonly ActorId[];
  readonly deadlineMinutes: number | null;
}

export interface TeamEntry {
  readonly actor: ActorId;
  readonly name: string | null;
  readonly members: number;
  readonly connected: number;
  readonly submitted: boolean;
}

export interface Roster {
  readonly status: ClassStatus;
  /** The open turn (turns resolved so far). */
  readonly turn: number;
  /** When the open turn closes (ms since 1970), or null. */
  readonly deadline: number | null;
  readonly teams: readonly TeamEntry[];
  readonly facilitators: number;
}

/** A student's board: only what its actor may see. */
export interface StudentView {
  readonly turn: number;
  readonly status: ClassStatus;
  readonly deadline: number | null;
  readonly view: View;
  /** Log entries this actor may read: every turn so far when `full`, else the turn just resolved. */
  readonly log: readonly LogEntry[];
  readonly full: boolean;
}

/** The facilitator's board: everything. */
export interface Truth {
  readonly turn: number;
  readonly status: ClassStatus;
  readonly deadline: number | null;
  readonly state: GameState;
  readonly hash: string;
  readonly log: readonly LogEntry[];
  readonly full: boolean;
  /** Every team's submitted orders for the open turn. */
  readonly submissions: Readonly<Record<ActorId, OrdersByActor>>;
}

export interface TeamOrders {
  readonly turn: number;
  readonly actor: ActorId;
  readonly orders: OrdersByActor;
}

export interface Refusal {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
}

export type Reply<T = object> = ({ readonly ok: true } & T) | Refusal;

/** Messages the server sends. */
export interface ServerMessages {
  readonly welcome: Welcome;
  readonly view: StudentView;
  readonly truth: Truth;
  readonly roster: Roster;
  /** A team's draft, to its members. */
  readonly draft: TeamOrders;
  /** A team's submitted orders, to its members and the facilitator. */
  readonly submitted: TeamOrders;
  /** A message the server refused, when it was not sent as a request; or a rejoin refused for good. */
  readonly error: Refusal & { readonly about: string };
}
