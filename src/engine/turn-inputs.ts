// What a facilitator adds to a turn besides the actors' orders: injects (an event played now) and
// overrides (a fight's or an event's result set by hand, with the reason). They are inputs of the
// turn like orders, kept in the replay, so a class's game still verifies.
import type { EventEffect, RegionId } from './types';

export type Inject =
  /** A card of the scenario's random-event deck, played this turn whatever its condition. */
  | { readonly kind: 'card'; readonly cardId: string }
  /** A scheduled (announced) event of the scenario, fired this turn without its roll or condition. */
  | { readonly kind: 'event'; readonly eventId: string }
  /** An event the facilitator writes: a headline, a text and effects of the scenario's kinds. */
  | { readonly kind: 'custom'; readonly headline: string; readonly text: string; readonly effects: readonly EventEffect[] };

export type Override =
  /** The ground attack on a region this turn ends as set: taken by the attacker, or held. */
  | { readonly kind: 'fight'; readonly region: RegionId; readonly result: 'taken' | 'held'; readonly reason: string }
  /** A scheduled event of this turn happens, or does not, whatever its roll. */
  | { readonly kind: 'event'; readonly eventId: string; readonly happens: boolean; readonly reason: string };

export interface TurnInputs {
  readonly injects?: readonly Inject[];
  readonly overrides?: readonly Override[];
}
