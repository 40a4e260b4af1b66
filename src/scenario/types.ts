// The shape of a scenario file (scenarios/*.json), as the JSON Schema in
// scenarios/scenario.schema.json describes it. A scenario is data, never code.
import type {
  ActorId,
  Aim,
  Calendar,
  DeckEvent,
  Doctrine,
  Forces,
  Infrastructure,
  PackageKind,
  RegionId,
  Roles,
  Rules,
  ScheduledEvent,
  Terrain,
  TreatyKind,
  Zone,
} from '../engine/types';

export interface ScenarioRegion {
  readonly id: RegionId;
  readonly name: string;
  /** Hundredths of a degree: 39.82 is written 3982. */
  readonly lat: number;
  readonly lon: number;
  readonly terrain: Terrain;
  readonly zone: Zone;
  readonly sovereign: ActorId;
  readonly population: number;
  readonly infrastructure: readonly Infrastructure[];
  readonly value: number;
  readonly neighbours: readonly RegionId[];
  readonly controller: ActorId | null;
}

export interface ScenarioActor {
  readonly id: ActorId;
  readonly name: string;
  readonly playable: boolean;
  readonly background: boolean;
  readonly commandedBy: ActorId | null;
  readonly treasury: number;
  readonly income: number;
  readonly domesticSupport: number;
  readonly legitimacy: number;
  readonly reserves: number;
  readonly actionPoints: number;
  /** Missing entries default to 0 (influence) and 0 (relations). */
  readonly influence: Readonly<Record<ActorId, number>>;
  readonly relations: Readonly<Record<ActorId, number>>;
  readonly forces: Readonly<Record<RegionId, Partial<Forces>>>;
  readonly aims: readonly Aim[];
  readonly doctrine: Doctrine;
  /** One line on who this actor is and what it wants, shown in the menu. */
  readonly briefing: string;
}

export interface ScenarioTreaty {
  readonly id: string;
  readonly kind: TreatyKind;
  readonly parties: readonly ActorId[];
  readonly expires: number | null;
  readonly renewable: boolean;
  readonly text: string;
  readonly covers?: readonly Zone[];
  readonly beneficiary?: ActorId;
}

export interface ScenarioLink {
  readonly patron: ActorId;
  readonly client: ActorId;
  readonly package: PackageKind;
  readonly covert: boolean;
  /** Turns it keeps delivering; null for the whole game. */
  readonly turns: number | null;
}

/** A counterfactual switch: a named list of changes applied when the game is created. */
export type VariantChange =
  | { readonly kind: 'forbid-package'; readonly patron: ActorId; readonly package: PackageKind }
  | { readonly kind: 'treaty-covers'; readonly treaty: string; readonly covers: readonly Zone[] }
  | { readonly kind: 'forces'; readonly actor: ActorId; readonly region: RegionId; readonly forces: Partial<Forces> }
  | { readonly kind: 'remove-event'; readonly event: string }
  | { readonly kind: 'doctrine'; readonly actor: ActorId; readonly aggression?: number; readonly risk?: number; readonly mediator?: boolean }
  /** Another actor brokers the settlement (roles.broker): its peacekeepers, its table. */
  | { readonly kind: 'broker'; readonly actor: ActorId }
  /** Cargo whose usual route is closed arrives this many turns late (rules.transit.closedDelay). */
  | { readonly kind: 'transit-delay'; readonly closedDelay: number }
  /** An actor's income each turn changes by this much. */
  | { readonly kind: 'income'; readonly actor: ActorId; readonly delta: number };

export interface Variant {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly changes: readonly VariantChange[];
}

export interface Scenario {
  readonly $schema?: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly calendar: Calendar;
  readonly tension: number;
  /** Pairs at war when the scenario starts. */
  readonly wars: readonly { readonly a: ActorId; readonly b: ActorId }[];
  /** The parts actors play in the rules (the rival patrons, the critics, an alliance...). */
  readonly roles: Roles;
  /** Overrides of the default rules table, section by section. */
  readonly rules?: Partial<{ [K in keyof Rules]: Partial<Rules[K]> }>;
  readonly actors: readonly ScenarioActor[];
  readonly regions: readonly ScenarioRegion[];
  readonly treaties: readonly ScenarioTreaty[];
  readonly links: readonly ScenarioLink[];
  readonly events: readonly ScheduledEvent[];
  /** The random-event deck. */
  readonly deck: readonly DeckEvent[];
  readonly variants: readonly Variant[];
  /** What happened in 2020, scored like a game's end, for the debrief. */
  readonly historicalOutcome: {
    readonly text: string;
    readonly control: Readonly<Record<RegionId, ActorId>>;
    readonly treaties: readonly { readonly kind: TreatyKind; readonly parties: readonly ActorId[] }[];
    readonly peacekeepers: Readonly<Record<ActorId, number>>;
    readonly monitors: readonly ActorId[];
  };
}
