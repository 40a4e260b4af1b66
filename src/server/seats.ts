// A class's seats and teams: who sits on which actor, under which team name. A team is the
// students on one actor; the first to take the actor names the team.
import type { ActorId, Result } from '../engine';
import type { SeatRecord } from './store/store';
import { tokenHash } from './tokens';

const TEAM_NAME_MAX = 24;
const TEAM_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .'_-]*$/u;

/** A team name as shown: trimmed, spaces collapsed, letters, digits, spaces and . ' _ - only. */
export function teamName(input: unknown): Result<{ name: string }> {
  const bad = (message: string): Result<{ name: string }> => ({ ok: false, code: 'ERR_TEAM_NAME', message });
  if (typeof input !== 'string') return bad('Give your team a name.');
  const name = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name.length === 0) return bad('Give your team a name.');
  if (name.length > TEAM_NAME_MAX) return bad(`A team name has at most ${TEAM_NAME_MAX} characters.`);
  if (!TEAM_NAME.test(name)) return bad("A team name may hold letters, digits, spaces and . ' _ - only, and starts with a letter or digit.");
  return { ok: true, name };
}

export class Seats {
  private readonly list: SeatRecord[];

  constructor(seats: readonly SeatRecord[]) {
    this.list = [...seats];
  }

  add(seat: SeatRecord): void {
    this.list.push(seat);
  }

  byToken(token: string): SeatRecord | null {
    const hash = tokenHash(token);
    return this.list.find((s) => s.tokenHash === hash) ?? null;
  }

  /** The team on an actor: the name the first seat gave, or null if no one sits there. */
  team(actor: ActorId): string | null {
    return this.list.find((s) => s.actor === actor)?.team ?? null;
  }

  members(actor: ActorId): number {
    let n = 0;
    for (const s of this.list) if (s.actor === actor) n++;
    return n;
  }

  /** Actors with at least one seat: the teams a turn waits for. */
  seatedActors(): Set<ActorId> {
    return new Set(this.list.map((s) => s.actor));
  }

  get size(): number {
    return this.list.length;
  }
}
