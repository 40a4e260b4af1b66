// What the phases of one turn share: the log, the orders and the turn's tallies.
import { openDice, type Dice } from '../rng';
import type { TurnLog } from '../stats';
import type { TurnInputs } from '../turn-inputs';
import type { ActorId, GameState, OrdersByActor, PackageKind, RegionId } from '../types';

export interface Capture {
  readonly region: RegionId;
  readonly from: ActorId | null;
  readonly to: ActorId;
  /** Handed over under a treaty, not taken in battle: people leave, but no side gains or loses support for it. */
  readonly handover?: true;
}

export interface TurnContext {
  readonly log: TurnLog;
  readonly orders: OrdersByActor;
  /** The facilitator's injects and overrides for this turn, checked (none in a game without one). */
  readonly inputs: TurnInputs;
  /** Overrides that found the fight or event they set ("fight <region>", "event <id>"). */
  readonly usedOverrides: Set<string>;
  /** Regions that changed hands this turn, in order. */
  readonly captures: Capture[];
  /** Strength points each actor lost this turn. */
  readonly losses: Record<ActorId, number>;
  /** Actors that attacked or struck a region held by a party to a ceasefire with them. */
  readonly breaches: { readonly actor: ActorId; readonly against: ActorId; readonly treaty: string }[];
  /** Attacks and strikes this turn: who hit which region (for treaties and red lines). */
  readonly hits: { readonly actor: ActorId; readonly region: RegionId; readonly victim: ActorId | null }[];
  /** Strikes on populated places: who struck where. */
  readonly civilianStrikes: { readonly actor: ActorId; readonly region: RegionId }[];
  /** Drones shot down this turn, by the actor flying them. */
  readonly downedDrones: { readonly actor: ActorId; readonly count: number; readonly region: RegionId }[];
  /** Covert packages exposed this turn. */
  readonly exposures: { readonly patron: ActorId; readonly client: ActorId; readonly package: PackageKind }[];
  /** Where each client receives forces, reckoned once per phase ("phase|client"): see receivingRegion. */
  readonly receiving: Record<string, RegionId | null>;
}

/** Run a phase's random draws on the state's generator and store where it stopped. */
export function withDice<T>(state: GameState, fn: (dice: Dice) => T): T {
  const dice = openDice(state.rng);
  const out = fn(dice);
  state.rng = dice.save();
  return out;
}
