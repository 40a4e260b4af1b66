// History scored like a game's end, fixed per scenario: the scenario's opening state with the
// record of 2020 put in (control, treaties, peacekeepers, monitors), never the played game's
// figures. Aims on figures the record does not fix (support, legitimacy, influence, casualties)
// are left undecided rather than scored from a game, so the column is the same in every game.
import { fullForces, newGame, scoreGame, type Aim, type GameState } from '../engine';
import type { Scenario } from '../scenario/types';

export interface HistoryAim {
  readonly id: string;
  readonly text: string;
  readonly points: number;
  /** null: the record does not decide it. */
  readonly met: boolean | null;
}

export interface HistoryScore {
  readonly points: number;
  /** The points of the aims the record decides. */
  readonly max: number;
  readonly aims: readonly HistoryAim[];
}

const UNDECIDED: ReadonlySet<Aim['condition']['kind']> = new Set(['legitimacy-at-least', 'support-at-least', 'casualties-at-most', 'influence-at-least']);

/** The opening state with 2020's outcome put in. */
function historicalState(scenario: Scenario): GameState {
  const start = newGame(scenario, 'history');
  if (!start.ok) throw new Error(`bug: scenario ${scenario.id} does not start: ${start.message}`);
  const h = scenario.historicalOutcome;
  const state: GameState = structuredClone(start.state);
  const turn = state.calendar.turns - 1;
  for (const region of state.regionOrder) {
    const holder = h.control[region];
    if (holder === undefined || !state.regions[region]) continue;
    if (state.regions[region].controller !== holder) state.regions[region].capturedTurn = turn;
    state.regions[region].controller = holder;
  }
  h.treaties.forEach((t, i) => {
    state.treaties.push({
      id: `historical-${i}`,
      kind: t.kind,
      parties: [...t.parties],
      since: turn,
      expires: null,
      renewable: false,
      text: 'As in 2020',
      monitors: t.kind === 'monitoring-centre' || t.kind === 'ceasefire' ? [...h.monitors] : undefined,
      breachedBy: [],
    });
  });
  const corridor = state.regionOrder.find((r) => state.regions[r].infrastructure.includes('corridor')) ?? state.regionOrder[0];
  for (const actor of state.actorOrder) {
    const strength = h.peacekeepers[actor];
    if (strength === undefined) continue;
    const f = state.actors[actor].forces[corridor] ?? fullForces(undefined);
    state.actors[actor].forces[corridor] = { ...f, peacekeepers: Math.max(f.peacekeepers, strength) };
  }
  return state;
}

/** Each actor's aims scored against the record of 2020: the same for every game of a scenario. */
export function historicalScores(scenario: Scenario): Record<string, HistoryScore> {
  const state = historicalState(scenario);
  const scores = scoreGame(state);
  const out: Record<string, HistoryScore> = {};
  for (const actor of state.actorOrder) {
    const kinds = new Map(state.actors[actor].aims.map((a) => [a.id, a.condition.kind]));
    const aims = scores[actor].aims.map((a) => ({ id: a.id, text: a.text, points: a.points, met: UNDECIDED.has(kinds.get(a.id)!) ? null : a.met }));
    let points = 0;
    let max = 0;
    for (const a of aims) {
      if (a.met === null) continue;
      max += a.points;
      if (a.met) points += a.points;
    }
    out[actor] = { points, max, aims };
  }
  return out;
}
