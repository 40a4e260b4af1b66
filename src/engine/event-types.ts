// Scheduled events and the random-event deck: their conditions, chances and effects.
import type { ProposalTerms } from './diplomacy-types';
import type { ActorId, Forces, RegionId, Zone } from './types';

export type EventEffect =
  | { readonly kind: 'support'; readonly actor: ActorId; readonly delta: number }
  | { readonly kind: 'legitimacy'; readonly actor: ActorId; readonly delta: number }
  | { readonly kind: 'treasury'; readonly actor: ActorId; readonly delta: number }
  | { readonly kind: 'relations'; readonly actor: ActorId; readonly with: ActorId; readonly delta: number }
  | { readonly kind: 'tension'; readonly delta: number }
  | { readonly kind: 'forces'; readonly actor: ActorId; readonly region: RegionId; readonly forces: Partial<Forces> }
  | { readonly kind: 'casualties'; readonly actor: ActorId; readonly military: number; readonly civilian: number }
  | { readonly kind: 'embargo'; readonly by: ActorId; readonly on: ActorId }
  | { readonly kind: 'propose'; readonly from: ActorId; readonly to: readonly ActorId[]; readonly terms: ProposalTerms }
  | { readonly kind: 'transit-ban'; readonly by: ActorId }
  | { readonly kind: 'war'; readonly a: ActorId; readonly b: ActorId }
  | { readonly kind: 'end-war' }
  /** A settlement's handover of this region still due falls due this many turns later. */
  | { readonly kind: 'delay-handover'; readonly region: RegionId; readonly turns: number };

export type EventCondition =
  | { readonly kind: 'always' }
  | { readonly kind: 'tension-at-least'; readonly value: number }
  | { readonly kind: 'all'; readonly of: readonly EventCondition[] }
  | { readonly kind: 'ceasefire' }
  | { readonly kind: 'controls'; readonly actor: ActorId; readonly region: RegionId }
  | { readonly kind: 'at-war' }
  | { readonly kind: 'no-settlement' }
  | { readonly kind: 'settlement' }
  /** A settlement's handover of this region is still due. */
  | { readonly kind: 'handover-pending'; readonly region: RegionId }
  /** A defence treaty in force binds a guarantor to defend this zone. */
  | { readonly kind: 'guarantee-covers'; readonly zone: Zone };

/** A named change to a scheduled event's chance while its condition holds. */
export interface ChanceModifier {
  readonly name: string;
  readonly value: number;
  readonly condition: EventCondition;
}

export interface ScheduledEvent {
  readonly id: string;
  /** Turn on which it may fire (its date in the record). */
  readonly turn: number;
  /**
   * For an event about the war: it fires this many turns after the first war of the game began,
   * and not before `turn`. A war that starts late moves it later; before any war it waits.
   */
  readonly afterWarStarts?: number;
  /** For an aftermath event: it fires this many turns after the first settlement was signed, and not before `turn`; before any settlement it waits. */
  readonly afterSettlement?: number;
  readonly title: string;
  readonly text: string;
  readonly source: string;
  /** Percent chance it fires when its condition holds. */
  readonly chance: number;
  /** Added to the chance while their conditions hold (the sum kept within 0–100), each logged by name. */
  readonly chanceModifiers?: readonly ChanceModifier[];
  readonly condition: EventCondition;
  readonly effects: readonly EventEffect[];
}

/** A card of the random-event deck: drawn by weight when its condition holds. */
export interface DeckEvent {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly source: string;
  /** Relative weight when its condition holds. */
  readonly weight: number;
  readonly condition: EventCondition;
  /** Extra weight while this condition also holds: how the state tilts the deck. */
  readonly boost: { readonly condition: EventCondition; readonly weight: number } | null;
  /** Drawn at most once in a game. */
  readonly once: boolean;
  readonly effects: readonly EventEffect[];
}
