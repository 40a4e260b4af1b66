// A class's whole record, as the facilitator's debrief and its exports read it: every board
// (parallel worlds share one scenario and seed), the teams on each, and the press.
import type { ActorId, Replay } from '../engine';

export interface PressMessage {
  /** The turn (0-based) during which it was sent. */
  readonly turn: number;
  /** The sending actor, or null for the facilitator's announcements. */
  readonly from: ActorId | null;
  /** The actors addressed; every actor when public. */
  readonly to: readonly ActorId[];
  readonly public: boolean;
  readonly text: string;
}

export interface ClassWorld {
  /** "Board 1", "Section B"... as the facilitator named it. */
  readonly name: string;
  /** The board's game: scenario, seed, each turn's orders and inputs, the hashes. */
  readonly replay: Replay;
  /** The team names playing each human actor on this board. */
  readonly teams: Readonly<Record<ActorId, readonly string[]>>;
  readonly press: readonly PressMessage[];
}

export interface ClassRecord {
  readonly format: 'karabakh-class';
  readonly code: string;
  readonly worlds: readonly ClassWorld[];
}
