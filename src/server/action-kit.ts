// What every class action shares: its signature, the refusal, and the world it acts on.
import type { Client } from '@colyseus/core';
import type { Refusal, Reply } from '../net/protocol';
import type { ClassRoom } from './class-room';
import type { Member } from './join';
import type { World } from './world';

export type Handler = (room: ClassRoom, client: Client, member: Member, payload: Record<string, unknown>) => Promise<Reply>;

export const refuse = (code: string, message: string): Refusal => ({ ok: false, code, message });

/** The world a message acts on: its `world` field, else the sender's (the one the facilitator watches). */
export function targetWorld(room: ClassRoom, member: Member, payload: Record<string, unknown>): World | Refusal {
  const w = payload.world ?? member.world;
  if (!Number.isSafeInteger(w) || (w as number) < 0 || (w as number) >= room.worlds.length) {
    return refuse('ERR_NO_WORLD', `This class runs ${room.worlds.length} board${room.worlds.length === 1 ? '' : 's'}: world is a number from 0 to ${room.worlds.length - 1}.`);
  }
  return room.worlds[w as number];
}

export const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;
