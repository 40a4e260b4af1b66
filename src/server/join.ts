// Who a joining client is: the facilitator (with the class's token), a student back in a seat
// (with its seat token), or a student taking a new seat (team name + actor). Checked here;
// the room writes a new seat to the store before letting the student in.
import type { ActorId } from '../engine';
import type { HeldBoard, Role } from '../net/protocol';
import { worldKey } from './console-notes';
import { plainData } from './plain-data';
import { teamName, type Seats } from './seats';
import type { ClassRecord, SeatRecord } from './store/store';
import { newToken, tokenHash, tokenMatches } from './tokens';

export interface Member {
  readonly role: Role;
  /** The team's actor; null for the facilitator and the projector. */
  readonly actor: ActorId | null;
  readonly seatId: string | null;
  /** The student's world; the one the facilitator or the projector watches. */
  readonly world: number;
}

export type Admission =
  | { readonly ok: true; readonly member: Member; readonly seatToken: string | null; readonly newSeat: SeatRecord | null; readonly held: HeldBoard | null }
  | { readonly ok: false; readonly code: string; readonly message: string };

const refuse = (code: string, message: string): Admission => ({ ok: false, code, message });

function heldBoard(v: unknown): HeldBoard | null {
  if (!v || typeof v !== 'object') return null;
  const { turn, status, hash, world } = v as Record<string, unknown>;
  if (typeof turn !== 'number' || (status !== 'lobby' && status !== 'running' && status !== 'ended')) return null;
  return { turn, status, ...(typeof hash === 'string' && hash.length <= 64 ? { hash } : {}), ...(Number.isSafeInteger(world) ? { world: world as number } : {}) };
}

/** A world named in join options: absent is the first; anything else must be one of the class's. */
function worldOf(v: unknown, worlds: number): number | null {
  if (v === undefined) return 0;
  return Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) < worlds ? (v as number) : null;
}

/**
 * Who the join options (untrusted) say the client is, checked against the class and its seats
 * (one Seats per world; a seat token is looked for in every world).
 */
export function admit(record: ClassRecord, worlds: readonly Seats[], options: unknown, now: number, seatId: string): Admission {
  const clean = plainData(options);
  if (!clean.ok) return clean;
  const o = (clean.value ?? {}) as Record<string, unknown>;
  if (typeof o !== 'object' || Array.isArray(o)) return refuse('ERR_BAD_JOIN', 'Join with a class code and a team name, or a saved seat.');
  if (o.facilitatorToken !== undefined) {
    if (!tokenMatches(o.facilitatorToken, record.facilitatorHash)) return refuse('ERR_BAD_TOKEN', `That is not the facilitator's token for class ${record.code}.`);
    return { ok: true, member: { role: 'facilitator', actor: null, seatId: null, world: 0 }, seatToken: null, newSeat: null, held: heldBoard(o.held) };
  }
  const world = worldOf(o.world, worlds.length);
  if (world === null) return refuse('ERR_NO_WORLD', `Class ${record.code} runs ${worlds.length} board${worlds.length === 1 ? '' : 's'}: world is a number from 0 to ${worlds.length - 1}.`);
  if (o.projector !== undefined) {
    if (o.projector !== true) return refuse('ERR_BAD_JOIN', 'A projector joins with projector: true.');
    return { ok: true, member: { role: 'projector', actor: null, seatId: null, world }, seatToken: null, newSeat: null, held: null };
  }
  if (o.seatToken !== undefined) {
    for (let w = 0; w < worlds.length; w++) {
      const seat = typeof o.seatToken === 'string' ? worlds[w].byToken(o.seatToken) : null;
      if (seat) return { ok: true, member: { role: 'student', actor: seat.actor, seatId: seat.seatId, world: w }, seatToken: o.seatToken as string, newSeat: null, held: heldBoard(o.held) };
    }
    return refuse('ERR_BAD_TOKEN', `That saved seat is not one of class ${record.code}'s: join again with your team's name.`);
  }
  const seats = worlds[world];
  if (record.status === 'ended') return refuse('ERR_CLASS_ENDED', `Class ${record.code} has ended; no new seats.`);
  const actor = o.actor;
  if (typeof actor !== 'string' || !record.config.teamActors.includes(actor)) {
    return refuse('ERR_NOT_A_TEAM_ACTOR', `Pick one of the actors teams play in this class: ${record.config.teamActors.join(', ')}.`);
  }
  // Joining a team already on the actor keeps that team's name.
  let team = seats.team(actor);
  if (team === null) {
    const named = teamName(o.team);
    if (!named.ok) return named;
    team = named.name;
  }
  const seatToken = newToken();
  const newSeat: SeatRecord = { code: worldKey(record.code, world), seatId, actor, team, tokenHash: tokenHash(seatToken), createdAt: now };
  return { ok: true, member: { role: 'student', actor, seatId, world }, seatToken, newSeat, held: null };
}
