// The class protocol: what clients send the class server and what it sends back. Shared by the
// server (src/server) and the client module (src/net), so both read the same names.
import type { ActorId, GameState, Inject, LogEntry, OrdersByActor, Override, PublicView, TurnInputs, View } from '../engine';
import type { PressMessage } from './class-record';

export const ROOM_NAME = 'class';

/** A projector shows the class's public board on the wall: no secrets, no actions. */
export type Role = 'student' | 'facilitator' | 'projector';
export type ClassStatus = 'lobby' | 'running' | 'ended';

/** What a host chooses (the seed may be left out: the server makes one). */
export interface HostRequest {
  readonly scenarioId: string;
  readonly variant?: string | null;
  readonly seed?: string | null;
  readonly difficulty?: 'easy' | 'normal' | 'hard';
  readonly teamActors: readonly ActorId[];
  readonly deadlineMinutes?: number | null;
  /** Parallel boards from the same scenario and seed (1 to MAX_WORLDS; default 1). */
  readonly worlds?: number;
}

/** The most parallel boards (worlds) one class may run. */
export const MAX_WORLDS = 6;
/** The longest press message or announcement, in characters. */
export const PRESS_MAX_CHARS = 600;

export interface Hosted {
  readonly code: string;
  /** The facilitator's secret: keep it to come back to the class. */
  readonly facilitatorToken: string;
}

/** How a client enters a class: as its facilitator, back in a seat, or taking a new seat. */
export type Credentials =
  | { readonly code: string; readonly facilitatorToken: string }
  | { readonly code: string; readonly seatToken: string }
  | { readonly code: string; readonly team: string; readonly actor: ActorId; readonly world?: number }
  /** The projector: the class's public board, opened from a link with the class code (of world 0 unless named). */
  | { readonly code: string; readonly projector: true; readonly world?: number };

/** The board a returning student already holds: if it is still the class's, the server sends none. */
export interface HeldBoard {
  readonly turn: number;
  readonly status: ClassStatus;
  /** The facilitator's board also names its state's hash and its world (a student's never has the hash). */
  readonly hash?: string;
  readonly world?: number;
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
  /** Each world's actors and teams (`actors` is world 0's); one entry when the class runs one board. */
  readonly worlds: readonly (readonly { readonly id: ActorId; readonly name: string; readonly team: string | null; readonly members: number }[])[];
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
  /** A facilitator's unchanged board: the open turn's submissions, in place of those it holds (null otherwise). */
  readonly submissions: Readonly<Record<ActorId, OrdersByActor>> | null;
  readonly scenarioId: string;
  readonly variant: string | null;
  readonly teamActors: readonly ActorId[];
  readonly deadlineMinutes: number | null;
  /** The student's world (0-based); for the facilitator and the projector, the world shown first. */
  readonly world: number;
  /** How many worlds (parallel boards) the class runs. */
  readonly worlds: number;
}

export interface TeamEntry {
  readonly actor: ActorId;
  readonly name: string | null;
  readonly members: number;
  readonly connected: number;
  readonly submitted: boolean;
  /** The facilitator handed this actor to the computer: it plays the team's orders from now on. */
  readonly computer: boolean;
  /** The facilitator muted this team's press. */
  readonly muted: boolean;
}

export interface Roster {
  readonly status: ClassStatus;
  /** The open turn (turns resolved so far). */
  readonly turn: number;
  /** When the open turn closes (ms since 1970), or null. */
  readonly deadline: number | null;
  readonly teams: readonly TeamEntry[];
  readonly facilitators: number;
  /** The world this roster is of (a student's own; the one the facilitator watches). */
  readonly world: number;
  /** The facilitator paused the class: no submissions, the deadline clock stopped. */
  readonly paused: boolean;
  /** Milliseconds left before the deadline, as the server counts them when it sends this (null: no deadline). */
  readonly remainingMs: number | null;
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
  /** The world this board is of. */
  readonly world: number;
  /** The facilitator's injects and overrides for the open turn so far. */
  readonly inputs: TurnInputs;
}

/** The projector's board: what every actor may see, and the class's public state. */
export interface ProjectorView {
  readonly world: number;
  readonly worlds: number;
  readonly turn: number;
  readonly status: ClassStatus;
  readonly paused: boolean;
  readonly deadline: number | null;
  /** Milliseconds left before the deadline when the server sent this (null: no deadline or paused with none). */
  readonly remainingMs: number | null;
  /** The board as public: control, public treaties, wars, public news (engine publicView). */
  readonly board: PublicView;
  /** The team-played actors that have submitted for the open turn. */
  readonly submitted: readonly ActorId[];
  readonly teams: readonly { readonly actor: ActorId; readonly name: string | null }[];
  /** Public press and announcements of this world, newest last. */
  readonly press: readonly PressMessage[];
}

/** One world as the facilitator's console lists it. */
export interface WorldSummary {
  readonly world: number;
  readonly name: string;
  readonly turn: number;
  readonly ended: boolean;
  readonly hash: string;
  /** Team-played actors that have submitted for the open turn, of those seated. */
  readonly submitted: number;
  readonly seated: number;
}

/** The facilitator's console: the class's controls and the watched world's press and inputs. */
export interface ConsoleState {
  readonly world: number;
  readonly worlds: readonly WorldSummary[];
  readonly paused: boolean;
  readonly remainingMs: number | null;
  /** Team actors handed to the computer, in this world. */
  readonly computer: readonly ActorId[];
  /** Team actors whose press is muted, in this world. */
  readonly muted: readonly ActorId[];
  /** Every press message and announcement of this world when this was sent, private ones included (later ones come as `press` messages). */
  readonly press: readonly PressMessage[];
  readonly inputs: TurnInputs;
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

/** A press message as a team sends it (the server adds the turn and the sender). */
export interface PressRequest {
  /** The actors addressed (each one of the scenario's); ignored when public. */
  readonly to: readonly ActorId[];
  readonly public: boolean;
  readonly text: string;
}

/** A press message as delivered: the world it belongs to, and its place in that world's press. */
export type PressDelivery = PressMessage & { readonly world: number; readonly seq: number };

/** What a facilitator's request may aim at: a world other than the one watched (default: the watched one). */
export interface WorldTarget {
  readonly world?: number;
}

/** The facilitator's console requests and their payloads (each also takes WorldTarget where it acts on a world). */
export interface ConsoleRequests {
  readonly pause: object;
  readonly resume: object;
  /** Extends (positive) or cuts (negative) the open turn's deadline by whole seconds; `secondsLeft` sets it (null: no deadline). */
  readonly deadline: WorldTarget & ({ readonly addSeconds: number } | { readonly secondsLeft: number | null });
  /** Hands a team's actor to the computer (on) or back to the team (off). */
  readonly computer: WorldTarget & { readonly actor: ActorId; readonly on: boolean };
  readonly mute: WorldTarget & { readonly actor: ActorId; readonly on: boolean };
  /** An announcement to every team and the projector of every world (or of `world` only). */
  readonly announce: WorldTarget & { readonly text: string };
  readonly inject: WorldTarget & { readonly inject: Inject };
  readonly override: WorldTarget & { readonly override: Override };
  /** Removes an inject or override of the open turn, by its index in inputs. */
  readonly withdraw: WorldTarget & { readonly kind: 'inject' | 'override'; readonly index: number };
  /** Resolves the open turn now; teams that have not submitted hold. */
  readonly endTurn: WorldTarget;
  /** Watches another world: the server sends its truth, roster and console. */
  readonly world: { readonly world: number };
}

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
  /** The projector's board. */
  readonly projector: ProjectorView;
  /** A press message or announcement, to its addressees and the facilitator. */
  readonly press: PressDelivery;
  /** The facilitator's console (after every change of it). */
  readonly console: ConsoleState;
}
