// Every change to an actor's standing goes through here: clamped to its range and logged
// with its cause, so the news feed can say why a figure moved.
import { actorName, tensionName } from './names';
import type { Actor, ActorId, GameState, LogEntry, Phase } from './types';

/** An actor's dead so far, military and civilian. */
export function casualtiesOf(a: Pick<Actor, 'casualties'>): number {
  return a.casualties.military + a.casualties.civilian;
}

export interface TurnLog {
  readonly turn: number;
  phase: Phase;
  readonly entries: LogEntry[];
  /**
   * No one reads this turn's log: simulateTurn's turns (the computer actors' look-ahead, batch
   * games) return only the state. note then keeps nothing, and a caller whose text is costly to
   * build may skip it. Nothing a rule decides may depend on the log.
   */
  readonly quiet: boolean;
}

type Distribute<T> = T extends unknown ? Omit<T, 'turn' | 'phase'> : never;
export type EntryBody = Distribute<LogEntry>;

/**
 * A copy of a log entry's value that shares nothing with the state: an entry may name a treaty's
 * parties or a proposal's terms, which the turn goes on changing on its working copy. Entries are
 * shallow, built by the engine.
 */
function detached<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(detached) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = detached((v as Record<string, unknown>)[k]);
  return out as T;
}

export function note(log: TurnLog, entry: EntryBody): void {
  if (log.quiet) return;
  log.entries.push(detached({ turn: log.turn, phase: log.phase, ...entry }));
}

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

type Scalar = 'treasury' | 'domesticSupport' | 'legitimacy';

const LABEL: Record<Scalar, string> = { treasury: 'treasury', domesticSupport: 'domestic support', legitimacy: 'legitimacy' };

export function adjust(state: GameState, log: TurnLog, actor: ActorId, field: Scalar, delta: number, cause: string, hidden = false): void {
  const a = state.actors[actor];
  if (!a || delta === 0) return;
  const before = a[field];
  const after = field === 'treasury' ? Math.max(0, before + delta) : clamp(before + delta, 0, 100);
  if (after === before) return;
  a[field] = after;
  if (log.quiet) return;
  note(log, {
    kind: 'stat',
    actor,
    field,
    delta: after - before,
    value: after,
    text: `${a.name}: ${LABEL[field]} ${after > before ? '+' : ''}${after - before} (${after}) — ${cause}`,
    cause,
    ...(hidden ? { visibleTo: [actor] } : {}),
  });
}

export function adjustRelations(state: GameState, log: TurnLog, a: ActorId, b: ActorId, delta: number, cause: string): void {
  const x = state.actors[a];
  const y = state.actors[b];
  if (!x || !y || a === b || delta === 0) return;
  x.relations[b] = clamp((x.relations[b] ?? 0) + delta, -100, 100);
  y.relations[a] = clamp((y.relations[a] ?? 0) + delta, -100, 100);
  if (log.quiet) return;
  note(log, {
    kind: 'stat',
    actor: a,
    field: 'relations',
    delta,
    value: x.relations[b],
    text: `Relations ${x.name}–${y.name} ${delta > 0 ? '+' : ''}${delta} (${x.relations[b]}) — ${cause}`,
    cause,
  });
}

export function adjustInfluence(state: GameState, log: TurnLog, patron: ActorId, client: ActorId, delta: number, cause: string): void {
  const p = state.actors[patron];
  if (!p || patron === client || delta === 0) return;
  const before = p.influence[client] ?? 0;
  const after = clamp(before + delta, 0, 100);
  if (after === before) return;
  p.influence[client] = after;
  if (log.quiet) return;
  note(log, {
    kind: 'stat',
    actor: patron,
    field: 'influence',
    delta: after - before,
    value: after,
    text: `${p.name}: influence over ${actorName(state, client)} ${after > before ? '+' : ''}${after - before} (${after}) — ${cause}`,
    cause,
  });
}

export function adjustTension(state: GameState, log: TurnLog, delta: number, cause: string): void {
  const before = state.tension;
  const after = clamp(before + delta, 0, 100);
  if (after === before) return;
  state.tension = after;
  if (log.quiet) return;
  note(log, {
    kind: 'stat',
    // The track is shared by the two rivals; its entries are filed under the first.
    actor: state.roles.rivals[0],
    field: 'tension',
    delta: after - before,
    value: after,
    text: `${tensionName(state)} ${after > before ? '+' : ''}${after - before} (${after}) — ${cause}`,
    cause,
  });
}

