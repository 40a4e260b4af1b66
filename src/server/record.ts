// A class's whole record for the debrief and its exports: every world's replay (with the
// facilitator's inputs), the teams on each actor, and the press.
import type { ActorId, Replay } from '../engine';
import type { ClassRecord, PressMessage } from '../net/class-record';
import type { ClassGame } from './class-game';
import type { Seats } from './seats';

/** A world's name as the console and the debrief show it. */
export const worldName = (index: number): string => `Board ${index + 1}`;

export interface RecordedWorld {
  readonly index: number;
  readonly game: ClassGame;
  readonly seats: Pick<Seats, 'team'>;
  readonly press: readonly PressMessage[];
}

export function classRecord(code: string, teamActors: readonly ActorId[], worlds: readonly RecordedWorld[]): ClassRecord {
  return {
    format: 'karabakh-class',
    code,
    worlds: worlds.map((w) => {
      const teams: Record<ActorId, string[]> = {};
      for (const actor of teamActors) {
        const name = w.seats.team(actor);
        teams[actor] = name === null ? [] : [name];
      }
      const replay: Replay = w.game.replay;
      return { name: worldName(w.index), replay, teams, press: w.press };
    }),
  };
}
