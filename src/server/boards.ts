// What each client is sent after a turn or on joining: a student's own view and log, the
// facilitator's whole truth. Hidden information is cut here, by the engine's viewFor and logFor,
// and nothing else of the game reaches a student.
import { getMessageBytes, Protocol } from '@colyseus/core';
import { logFor, viewFor, type ActorId, type OrdersByActor } from '../engine';
import type { ClassStatus, StudentView, Truth } from '../net/protocol';
import type { ClassGame } from './class-game';

export interface BoardContext {
  readonly game: ClassGame;
  readonly status: ClassStatus;
  readonly deadline: number | null;
}

export function studentView(ctx: BoardContext, actor: ActorId, full: boolean): StudentView {
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

export function truth(ctx: BoardContext, full: boolean): Truth {
  const { game } = ctx;
  const submissions: Record<ActorId, OrdersByActor> = {};
  for (const [actor, orders] of game.submissions()) submissions[actor] = orders;
  return {
    turn: game.turn,
    status: ctx.status,
    deadline: ctx.deadline,
    state: game.state,
    hash: game.hash(),
    log: full ? game.log : game.lastTurnLog(),
    full,
    submissions,
  };
}

/** A message encoded once, to send the same bytes to every member of a team. */
export function encoded(type: string, message: unknown): Buffer {
  return getMessageBytes.raw(Protocol.ROOM_DATA, type, message);
}
