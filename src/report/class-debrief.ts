// The class debrief's model: every board of a class record rebuilt from its replay, with its
// timeline, ranked moments, decisive-region cards, scores beside history, what each team saw, and
// what each override changed. Pure: the browser view and the exports read only this.
import { scoreGame, type ActorId, type Score } from '../engine';
import type { ClassRecord, ClassWorld, PressMessage } from '../net/class-record';
import type { Scenario } from '../scenario/types';
import { asSeen, type SeenTurn } from './as-seen';
import { counterfactuals, type Counterfactual } from './counterfactual';
import { decisiveCards, type DecisiveCard } from './decisive';
import { historicalScores, type HistoryScore } from './history';
import { rankMoments, type Moment } from './moments';
import { timeline, type TimelineTurn } from './timeline';
import { finalState, playWorld, type PlayedWorld } from './world';

export interface WorldDebrief {
  readonly name: string;
  readonly world: PlayedWorld;
  readonly teams: Readonly<Record<ActorId, readonly string[]>>;
  readonly press: readonly PressMessage[];
  /** The actors that gave orders or had aims, in the scenario's order. */
  readonly actors: readonly ActorId[];
  readonly timeline: readonly TimelineTurn[];
  readonly moments: readonly Moment[];
  readonly decisive: readonly DecisiveCard[];
  readonly scores: Readonly<Record<ActorId, Score>>;
  /** What each team's actor saw, turn by turn (actors a team played on this board). */
  readonly seen: Readonly<Record<ActorId, readonly SeenTurn[]>>;
  readonly counterfactuals: readonly Counterfactual[];
  /** How the game ended, in words. */
  readonly ending: string;
}

export interface ClassDebrief {
  readonly code: string;
  readonly scenario: Scenario;
  readonly history: Readonly<Record<ActorId, HistoryScore>>;
  readonly worlds: readonly WorldDebrief[];
  /** Boards that could not be rebuilt, with the reason. */
  readonly failures: readonly { readonly name: string; readonly message: string }[];
}

const ENDINGS = { settlement: 'a settlement was signed', calendar: 'the calendar ran out', collapse: 'a government collapsed' } as const;

function debriefWorld(w: ClassWorld, world: PlayedWorld): WorldDebrief {
  const end = finalState(world);
  const scores = scoreGame(end);
  const actors = end.actorOrder.filter((a) => !end.actors[a].background && scores[a].max > 0);
  const seen: Record<ActorId, SeenTurn[]> = {};
  for (const a of end.actorOrder) if (Object.hasOwn(w.teams, a) && w.teams[a].length > 0) seen[a] = asSeen(world, a);
  const log = world.logs.flat();
  return {
    name: w.name,
    world,
    teams: w.teams,
    press: w.press,
    actors,
    timeline: timeline(world),
    moments: rankMoments(log, end, end.calendar),
    decisive: decisiveCards(world),
    scores,
    seen,
    counterfactuals: counterfactuals(world),
    ending: end.ended ? `Ended after ${world.logs.length} weeks: ${ENDINGS[end.ended.reason]}.` : `Stopped after ${world.logs.length} weeks, before the end.`,
  };
}

/**
 * Rebuild every board of the record. `scenarioFor` finds a replay's scenario by id (the shipped
 * ones in the browser); a board whose scenario is unknown or whose replay does not verify is
 * listed among the failures with the engine's message, and the others are debriefed.
 */
export function buildClassDebrief(record: ClassRecord, scenarioFor: (id: string) => Scenario | undefined): ClassDebrief | { readonly error: string } {
  const worlds: WorldDebrief[] = [];
  const failures: { name: string; message: string }[] = [];
  let scenario: Scenario | undefined;
  for (const w of record.worlds) {
    const s = scenarioFor(w.replay.scenarioId);
    if (!s) {
      failures.push({ name: w.name, message: `Unknown scenario "${w.replay.scenarioId}".` });
      continue;
    }
    const played = playWorld(w.replay, s);
    if (!played.ok) failures.push({ name: w.name, message: played.message });
    else {
      scenario ??= s;
      worlds.push(debriefWorld(w, played.world));
    }
  }
  if (!scenario) return { error: failures.length ? failures.map((f) => `${f.name}: ${f.message}`).join(' ') : 'The record has no boards.' };
  return { code: record.code, scenario, history: historicalScores(scenario), worlds, failures };
}
