// The war week by week: the date, who took what, the treaties, the events, and the end.
import { dateOfTurn, longDate, type ActorId, type LogEntry, type RegionId } from '../engine';
import type { PlayedWorld } from './world';

export interface ControlChange {
  readonly region: RegionId;
  readonly from: ActorId | null;
  readonly to: ActorId;
  readonly text: string;
}

export interface TimelineTurn {
  readonly turn: number;
  readonly date: string;
  readonly captures: readonly ControlChange[];
  readonly treaties: readonly string[];
  readonly events: readonly string[];
  /** The end of the game, when it ended this turn. */
  readonly end: string | null;
}

const TREATY_CHANGES: ReadonlySet<string> = new Set(['signed', 'breached', 'lapsed', 'invoked']);

function turnOf(turn: number, log: readonly LogEntry[], world: PlayedWorld): TimelineTurn {
  const captures: ControlChange[] = [];
  const treaties: string[] = [];
  const events: string[] = [];
  let end: string | null = null;
  for (const e of log) {
    if (e.kind === 'capture') captures.push({ region: e.region, from: e.from, to: e.to, text: e.text });
    else if (e.kind === 'treaty' && TREATY_CHANGES.has(e.change)) treaties.push(e.text);
    else if (e.kind === 'event') events.push(e.text);
    else if (e.kind === 'end') end = e.text;
  }
  return { turn, date: longDate(dateOfTurn(world.states[0].calendar, turn)), captures, treaties, events, end };
}

export function timeline(world: PlayedWorld): TimelineTurn[] {
  return world.logs.map((log, turn) => turnOf(turn, log, world));
}
