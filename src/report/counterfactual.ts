// What an override changed: the same turn resolved from the same state with the same orders and
// inputs, less that one override, beside the turn as played (control and casualties).
import { casualtiesOf, type ActorId, type GameState, type Override, type RegionId } from '../engine';
import { playTurn, type PlayedWorld } from './world';

export interface Counterfactual {
  readonly turn: number;
  readonly override: Override;
  readonly reason: string;
  /** Regions whose holder differs: as played, and as it would have been without the override. */
  readonly control: readonly { readonly region: RegionId; readonly played: ActorId | null; readonly without: ActorId | null }[];
  /** Actors whose casualties (military + civilian) differ. */
  readonly casualties: readonly { readonly actor: ActorId; readonly played: number; readonly without: number }[];
  /** When the turn does not resolve without the override: the engine's message. */
  readonly error: string | null;
}

const lost = (s: GameState, a: ActorId): number => casualtiesOf(s.actors[a]);

function compareStates(played: GameState, without: GameState): Pick<Counterfactual, 'control' | 'casualties'> {
  const control = played.regionOrder
    .filter((r) => played.regions[r].controller !== without.regions[r].controller)
    .map((region) => ({ region, played: played.regions[region].controller, without: without.regions[region].controller }));
  const casualties = played.actorOrder
    .filter((a) => lost(played, a) !== lost(without, a))
    .map((actor) => ({ actor, played: lost(played, actor), without: lost(without, actor) }));
  return { control, casualties };
}

/** One entry per override of the world's replay, in turn order. */
export function counterfactuals(world: PlayedWorld): Counterfactual[] {
  const out: Counterfactual[] = [];
  world.replay.turns.forEach((turn, t) => {
    const overrides = turn.inputs?.overrides ?? [];
    overrides.forEach((override, i) => {
      const inputs = { ...turn.inputs, overrides: overrides.filter((_, j) => j !== i) };
      const res = playTurn(world.states[t], turn.orders, inputs);
      const base = { turn: t, override, reason: override.reason };
      if (!res.ok) out.push({ ...base, control: [], casualties: [], error: res.message });
      else out.push({ ...base, ...compareStates(world.states[t + 1], res.state), error: null });
    });
  });
  return out;
}
