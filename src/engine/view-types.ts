// What one side may see. A view never carries the seed, the generator's state, another
// side's orders or covert links that are not exposed.
import type {
  ActorId,
  Calendar,
  Casualties,
  EndReason,
  Forces,
  PackageKind,
  Proposal,
  Region,
  RegionId,
  Treaty,
  TurnSummary,
  War,
  Aim,
} from './types';

export type Viewer = ActorId | 'facilitator';

export interface SeenForces {
  readonly actor: ActorId;
  readonly forces: Forces;
  /** True when the figures are an estimate, not exact. */
  readonly estimate: boolean;
}

/** A region as everyone sees it (its control is public), with the forces as this viewer sees them. */
export interface RegionView extends Region {
  readonly forces: readonly SeenForces[];
}

export interface ActorView {
  readonly id: ActorId;
  readonly name: string;
  readonly playable: boolean;
  readonly background: boolean;
  readonly commandedBy: ActorId | null;
  readonly treasury: number;
  readonly income: number;
  readonly domesticSupport: number;
  readonly legitimacy: number;
  readonly influence: Readonly<Record<ActorId, number>>;
  readonly relations: Readonly<Record<ActorId, number>>;
  readonly casualties: Casualties;
  readonly displaced: number;
  readonly actionPoints: number;
  readonly reserves: number | null;
  /** Aims are public: a class debates them openly. */
  readonly aims: readonly Aim[];
  readonly collapsed: boolean;
}

export interface LinkView {
  readonly id: string;
  readonly patron: ActorId;
  readonly client: ActorId;
  readonly package: PackageKind;
  readonly covert: boolean;
  readonly exposed: boolean;
  readonly active: boolean;
  readonly deliverTurn: number;
}

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
