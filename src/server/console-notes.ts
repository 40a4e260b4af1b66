// What the facilitator's console keeps in the store besides orders and turns, as notes (one JSON
// value per key): the pause, each world's deadline changes, the teams handed to the computer or
// muted, the press, and each turn's injects and overrides. Read back whole when a class resumes.
import type { ActorId, TurnInputs } from '../engine';
import type { PressMessage } from '../net/class-record';

const pad = (n: number): string => String(n).padStart(6, '0');

export const NOTE = {
  paused: 'paused',
  inputs: (world: number, turn: number): string => `w${world}/inputs/${pad(turn)}`,
  computer: (world: number): string => `w${world}/computer`,
  muted: (world: number): string => `w${world}/muted`,
  press: (world: number, seq: number): string => `w${world}/press/${pad(seq)}`,
  /** When a world's open turn began (world 0 keeps it in the class's record). */
  opened: (world: number): string => `w${world}/opened`,
  /** The deadline the facilitator set for a world's open turn: { turn, at }. */
  deadline: (world: number): string => `w${world}/deadline`,
};

/** The store key of a world's seats, orders and turns: the class code for world 0 (as before worlds), `CODE~n` for the others. */
export const worldKey = (code: string, world: number): string => (world === 0 ? code : `${code}~${world}`);

export interface DeadlineSet {
  readonly turn: number;
  /** When the turn closes (ms since 1970), or null: no deadline. */
  readonly at: number | null;
}

export interface WorldNotes {
  readonly inputs: Map<number, TurnInputs>;
  readonly computer: ActorId[];
  readonly muted: ActorId[];
  readonly press: PressMessage[];
  readonly opened: number | null;
  readonly deadline: DeadlineSet | null;
}

export interface ClassNotes {
  readonly paused: { readonly since: number } | null;
  readonly worlds: WorldNotes[];
}

const emptyWorld = (): WorldNotes => ({ inputs: new Map(), computer: [], muted: [], press: [], opened: null, deadline: null });

/** The notes of a class, sorted by world (the store hands them back in key order). */
export function readNotes(notes: readonly { readonly key: string; readonly value: unknown }[], worlds: number): ClassNotes {
  const out: WorldNotes[] = Array.from({ length: worlds }, emptyWorld);
  let paused: ClassNotes['paused'] = null;
  for (const { key, value } of notes) {
    if (key === NOTE.paused) {
      paused = value as ClassNotes['paused'];
      continue;
    }
    const m = /^w(\d+)\/([a-z]+)(?:\/(\d+))?$/.exec(key);
    const w = m ? out[Number(m[1])] : undefined;
    if (!m || !w) continue;
    const n = Number(m[3]);
    const mutable = w as { -readonly [K in keyof WorldNotes]: WorldNotes[K] };
    if (m[2] === 'inputs') w.inputs.set(n, value as TurnInputs);
    else if (m[2] === 'computer') mutable.computer = value as ActorId[];
    else if (m[2] === 'muted') mutable.muted = value as ActorId[];
    else if (m[2] === 'press') w.press.push(value as PressMessage);
    else if (m[2] === 'opened') mutable.opened = value as number | null;
    else if (m[2] === 'deadline') mutable.deadline = value as DeadlineSet | null;
  }
  return { paused, worlds: out };
}
