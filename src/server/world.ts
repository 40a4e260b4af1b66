// One board of a class. A class runs one world, or several parallel ones (sections, groups) from
// the same scenario and seed, so that their differences come only from decisions. Each world has
// its own teams, game, open turn, deadline, press and facilitator's inputs, and resolves on its own.
import type { ActorId, TurnInputs } from '../engine';
import type { PressMessage } from '../net/class-record';
import type { ClassStatus } from '../net/protocol';
import { Boards } from './boards';
import type { ClassGame } from './class-game';
import type { DeadlineSet, WorldNotes } from './console-notes';
import { worldName } from './record';
import type { Seats } from './seats';

/** The most press messages one world keeps (a 50-minute lesson sends a few hundred). */
export const PRESS_LIMIT = 2000;

export class World {
  readonly drafts = new Map<ActorId, unknown>();
  readonly boards: Boards;
  readonly computer: Set<ActorId>;
  readonly muted: Set<ActorId>;
  readonly press: PressMessage[];
  /** The facilitator's injects and overrides for the open turn. */
  inputs: TurnInputs;
  /** When the open turn began (null before the class starts). */
  opened: number | null;
  deadlineSet: DeadlineSet | null;
  timer: NodeJS.Timeout | null = null;

  constructor(
    readonly index: number,
    /** Where the store keeps its seats, orders and turns (console-notes.ts, worldKey). */
    readonly key: string,
    public game: ClassGame,
    readonly seats: Seats,
    notes: WorldNotes,
    opened: number | null,
    context: (w: World) => { status: ClassStatus; deadline: number | null },
  ) {
    this.computer = new Set(notes.computer);
    this.muted = new Set(notes.muted);
    this.press = [...notes.press];
    this.inputs = notes.inputs.get(game.turn) ?? {};
    this.opened = opened;
    this.deadlineSet = notes.deadline;
    this.boards = new Boards(() => ({ game: this.game, ...context(this), world: this.index, inputs: this.inputs }));
  }

  get name(): string {
    return worldName(this.index);
  }

  /** The world's status: the class's, but 'ended' once its own game is over. */
  status(classStatus: ClassStatus): ClassStatus {
    return this.game.ended ? 'ended' : classStatus;
  }

  /** The teams this world's turn waits for: seated, and not handed to the computer. */
  waitingFor(): ActorId[] {
    return [...this.seats.seatedActors()].filter((a) => !this.computer.has(a));
  }

  allSubmitted(): boolean {
    const waiting = this.waitingFor();
    return waiting.length > 0 && waiting.every((a) => this.game.submissions().has(a));
  }

  /**
   * When the open turn closes, the clock running (pause is handled by the caller): the
   * facilitator's setting for this turn, else the class's deadline from when the turn opened.
   */
  deadline(minutes: number | null): number | null {
    if (this.deadlineSet && this.deadlineSet.turn === this.game.turn) return this.deadlineSet.at;
    if (minutes === null || this.opened === null) return null;
    return this.opened + minutes * 60_000;
  }
}
