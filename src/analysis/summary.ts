// What one finished game comes to: the JSON fields sim and batch share, and each game of the odds.
import { hashState, scoreGame, type ActorId, type EndReason, type GameState, type RegionId } from '../engine';
import { inForce } from '../engine';

export interface GameSummary {
  readonly seed: string;
  readonly endTurn: number;
  readonly endReason: EndReason | 'unfinished';
  /** How the war itself ended: a settlement signed, a collapse, or still going when play stopped. */
  readonly warEnd: 'settlement' | 'collapse' | 'none';
  /** Turns of war before it ended (the settlement's week, counted from 1), or endTurn if it did not. */
  readonly warLength: number;
  readonly finalHash: string;
  readonly control: Record<RegionId, ActorId | null>;
  readonly scores: Record<ActorId, number>;
  readonly treaties: { readonly kind: string; readonly parties: readonly ActorId[] }[];
  readonly peacekeepers: Record<ActorId, number>;
  /** Who sits in a monitoring centre in force. */
  readonly monitors: ActorId[];
}

export function summarise(state: GameState): GameSummary {
  const control: Record<RegionId, ActorId | null> = {};
  for (const r of state.regionOrder) control[r] = state.regions[r].controller;
  const scores: Record<ActorId, number> = {};
  const all = scoreGame(state);
  for (const id of state.actorOrder) if (state.actors[id].aims.length > 0) scores[id] = all[id].points;
  const peacekeepers: Record<ActorId, number> = {};
  for (const id of state.actorOrder) {
    let n = 0;
    for (const r of Object.keys(state.actors[id].forces)) n += state.actors[id].forces[r].peacekeepers;
    if (n > 0) peacekeepers[id] = n;
  }
  const treaties = state.treaties.filter((t) => inForce(state, t)).map((t) => ({ kind: t.kind, parties: [...t.parties] }));
  const monitors = [...new Set(state.treaties.filter((t) => inForce(state, t) && t.kind === 'monitoring-centre').flatMap((t) => t.monitors ?? []))].sort();
  const settlement = state.treaties.find((t) => t.kind === 'settlement');
  const endTurn = state.ended ? state.ended.turn + 1 : state.turn;
  const warEnd = settlement ? 'settlement' : state.ended?.reason === 'collapse' ? 'collapse' : 'none';
  return {
    seed: state.seed,
    endTurn,
    endReason: state.ended ? state.ended.reason : 'unfinished',
    warEnd,
    warLength: settlement ? settlement.since + 1 : endTurn,
    finalHash: hashState(state),
    control,
    scores,
    treaties,
    peacekeepers,
    monitors,
  };
}
