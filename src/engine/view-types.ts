// What one side may see. A view never carries the seed, the generator's state, another
// side's orders or covert links that are not exposed.
import type { ACTOR_FIELDS, LINK_FIELDS, REGION_FIELDS, ShownKeys } from './fields';
import type { Actor, ActorId, Calendar, EndReason, Forces, Proposal, ProxyLink, Region, RegionId, Treaty, TurnSummary, War } from './types';

/** Who looks: an actor's id, or 'facilitator' (who sees everything). */
export type Viewer = ActorId;

export interface SeenForces {
  readonly actor: ActorId;
  readonly forces: Forces;
  /** True when the figures are an estimate, not exact. */
  readonly estimate: boolean;
}

/** A region as everyone sees it (its control is public), with the forces as this viewer sees them. */
export type RegionView = { readonly [K in ShownKeys<typeof REGION_FIELDS, 'public'>]: Region[K] } & {
  readonly forces: readonly SeenForces[];
};

/**
 * An actor as a viewer sees it: the fields its table (fields.ts) shows to everyone, and those it
 * shows only to the actor's own side (null for others). Aims are public: a class debates them openly.
 */
export type ActorView = { readonly [K in ShownKeys<typeof ACTOR_FIELDS, 'public'>]: Readonly<Actor[K]> } & {
  readonly [K in ShownKeys<typeof ACTOR_FIELDS, 'own'>]: Actor[K] | null;
};

/** A proxy link as a viewer sees it (only links it may know of: see viewFor). */
export type LinkView = { readonly [K in ShownKeys<typeof LINK_FIELDS, 'public'>]: ProxyLink[K] };

export interface View {
  readonly viewer: Viewer;
  readonly scenarioId: string;
  readonly variant: string | null;
  readonly turn: number;
  readonly date: string;
  readonly calendar: Calendar;
  readonly actorOrder: readonly ActorId[];
  readonly regionOrder: readonly RegionId[];
  readonly actors: Readonly<Record<ActorId, ActorView>>;
  readonly regions: Readonly<Record<RegionId, RegionView>>;
  readonly treaties: readonly Treaty[];
  readonly links: readonly LinkView[];
  /** Proposals the viewer sent or received (all, for the facilitator). */
  readonly proposals: readonly Proposal[];
  readonly wars: readonly War[];
  readonly tension: number;
  readonly history: readonly TurnSummary[];
  readonly ended: { readonly reason: EndReason; readonly turn: number } | null;
}
