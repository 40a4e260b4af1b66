// What each client is sent after a turn or on joining: a student's own view and log, the
// facilitator's whole truth. Hidden information is cut here, by the engine's viewFor and logFor,
// and nothing else of the game reaches a student.
import { getMessageBytes, Protocol } from '@colyseus/core';
import { logFor, viewFor, type ActorId, type OrdersByActor, type TurnInputs } from '../engine';
import type { ClassStatus, StudentView, Truth } from '../net/protocol';
import type { ClassGame } from './class-game';

export interface BoardContext {
  readonly game: ClassGame;
  readonly status: ClassStatus;
  readonly deadline: number | null;
  readonly world: number;
  /** The facilitator's inputs for the open turn (the facilitator's board only). */
  readonly inputs: TurnInputs;
}

function studentView(ctx: BoardContext, actor: ActorId, full: boolean): StudentView {
  const { game } = ctx;
  return {
    turn: game.turn,
    status: ctx.status,
    deadline: ctx.deadline,
    view: viewFor(game.state, actor),
    log: logFor(full ? game.log : game.lastTurnLog(), actor),
    full,
  };
}

/** Every team's submitted orders for the open turn, as the facilitator's board holds them. */
export function submissionsOf(game: BoardContext['game']): Record<ActorId, OrdersByActor> {
  const submissions: Record<ActorId, OrdersByActor> = {};
  for (const [actor, orders] of game.submissions()) submissions[actor] = orders;
  return submissions;
}

function truth(ctx: BoardContext, full: boolean): Truth {
  const { game } = ctx;
  return {
    turn: game.turn,
    status: ctx.status,
    deadline: ctx.deadline,
    state: game.state,
    hash: game.hash(),
    log: full ? game.log : game.lastTurnLog(),
    full,
    submissions: submissionsOf(game),
    world: ctx.world,
    inputs: ctx.inputs,
  };
}

/** A message encoded once, to send the same bytes to every member of a team. */
export function encoded(type: string, message: unknown): Buffer {
  return getMessageBytes.raw(Protocol.ROOM_DATA, type, message);
}

/** How long encoded boards are kept after their last use: a whole class coming back at once reuses them. */
const KEEP_MS = 2000;

/**
 * Boards encoded once per viewer (an actor, or null for the facilitator) and kind (whole log or
 * last turn), for a moment or until the class changes: a whole class coming back after a
 * restart costs one view per team, not one per student, and a quiet class keeps none.
 */
export class Boards {
  private readonly cache = new Map<string, Buffer>();
  private expiry: NodeJS.Timeout | null = null;
  private lastUse = 0;

  constructor(private readonly context: () => BoardContext) {}

  board(actor: ActorId | null, full: boolean): Buffer {
    const key = `${actor ?? ''}|${full}`;
    let b = this.cache.get(key);
    if (!b) {
      const ctx = this.context();
      b = actor === null ? encoded('truth', truth(ctx, full)) : encoded('view', studentView(ctx, actor, full));
      this.cache.set(key, b);
    }
    this.lastUse = Date.now();
    this.expiry ??= setTimeout(() => this.expire(), KEEP_MS).unref();
    return b;
  }

  private expire(): void {
    const idle = Date.now() - this.lastUse;
    this.expiry = null;
    if (idle >= KEEP_MS) this.forget();
    else this.expiry = setTimeout(() => this.expire(), KEEP_MS - idle).unref();
  }

  /** Drops every board (a new turn or status), or only the facilitator's (a new submission). */
  forget(facilitatorOnly = false): void {
    if (facilitatorOnly) {
      for (const key of [...this.cache.keys()]) if (key.startsWith('|')) this.cache.delete(key);
      return;
    }
    this.cache.clear();
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
  }
}
