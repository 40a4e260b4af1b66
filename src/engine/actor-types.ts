// An actor of the game: its standing, forces, doctrine (how the computer plays it) and aims.
import type { PackageKind, TreatyKind } from './diplomacy-types';
import type { ActorId, Casualties, Forces, RegionId, Zone } from './types';

/** A patron's backing of one client, by doctrine (the computer patron's budget and habits). */
export interface Patronage {
  readonly client: ActorId;
  /** 0-100: the share of treasury and income the patron spends on this client, and the chance it sends each package. */
  readonly generosity: number;
  readonly packages: readonly PackageKind[];
  readonly covert: boolean;
  /**
   * Before the client's war: only these packages, and one at most every `every` weeks (counted
   * from the last one due to it). Without it the patron sends a third of its wartime budget.
   */
  readonly prewar?: { readonly packages: readonly PackageKind[]; readonly every: number };
}

export interface Doctrine {
  /** 0-100: how readily the actor attacks. */
  readonly aggression: number;
  /** 0-100: how much risk of loss the actor accepts. */
  readonly risk: number;
  /** Regions the actor wants above all, in order. */
  readonly priorities: readonly RegionId[];
  /** Conditions that, if crossed, the actor answers strongly. */
  readonly redLines: readonly RedLine[];
  /** Clients this actor backs, and how generously (0-100). */
  readonly patronOf: readonly Patronage[];
  /** Regions the actor will never accept handing over in a settlement. */
  readonly wontCede: readonly RegionId[];
  /** Casualties above which the actor seeks a ceasefire. */
  readonly warWeariness: number;
  /** True for actors that mediate rather than fight. */
  readonly mediator: boolean;
}

export type RedLine =
  | { readonly kind: 'attack-on-zone'; readonly zone: Zone; readonly sovereign?: ActorId }
  | { readonly kind: 'foreign-fighters-near'; readonly regions: readonly RegionId[] }
  | { readonly kind: 'fire-on-border'; readonly regions: readonly RegionId[] };

export type AimCondition =
  | { readonly kind: 'controls'; readonly region: RegionId }
  | { readonly kind: 'not-controlled-by'; readonly region: RegionId; readonly actor: ActorId }
  /** Another actor (e.g. a patron's client) holds the region at the end. */
  | { readonly kind: 'region-held-by'; readonly region: RegionId; readonly actor: ActorId }
  | { readonly kind: 'treaty'; readonly treaty: TreatyKind; readonly with?: ActorId }
  | { readonly kind: 'peacekeepers'; readonly actor: ActorId; readonly minStrength?: number }
  | { readonly kind: 'monitor-seat'; readonly actor: ActorId }
  | { readonly kind: 'legitimacy-at-least'; readonly value: number }
  | { readonly kind: 'support-at-least'; readonly value: number }
  | { readonly kind: 'casualties-at-most'; readonly value: number }
  | { readonly kind: 'influence-at-least'; readonly over: ActorId; readonly value: number }
  | { readonly kind: 'no-war-on-zone'; readonly zone: Zone };

export interface Aim {
  readonly id: string;
  readonly text: string;
  readonly points: number;
  readonly condition: AimCondition;
}

export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  readonly playable: boolean;
  /** Background actors react by rule and never give orders. */
  readonly background: boolean;
  /** Another actor that gives this one's orders (Armenia commands the Artsakh forces), or null. */
  readonly commandedBy: ActorId | null;
  treasury: number;
  readonly income: number;
  domesticSupport: number;
  legitimacy: number;
  /** Influence over each other actor, 0-100. */
  influence: Record<ActorId, number>;
  /** Relations with each other actor, -100..100. */
  relations: Record<ActorId, number>;
  casualties: Casualties;
  displaced: number;
  /** Forces by region (only regions where the actor has some). */
  forces: Record<RegionId, Forces>;
  /** Reserve pool that `mobilise` draws from. */
  reserves: number;
  readonly actionPoints: number;
  readonly aims: readonly Aim[];
  readonly doctrine: Doctrine;
  /** Actors that have suspended exports of components to this one. */
  embargoedBy: ActorId[];
  /** Turns on which the actor broke a commitment (for credibility). */
  breaches: number;
  collapsed: boolean;
}
