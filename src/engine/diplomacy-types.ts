// What actors agree and give one another: treaties, proxy links (patrons' support packages) and proposals.
import type { ActorId, RegionId, Zone } from './types';

export const TREATY_KINDS = [
  'defence',
  'ceasefire',
  'settlement',
  'arms-deal',
  'transit',
  'basing',
  'monitoring-centre',
  'peacekeeping',
  'sanction',
  'recognition',
  'mediation',
] as const;
export type TreatyKind = (typeof TREATY_KINDS)[number];

export interface Treaty {
  readonly id: string;
  readonly kind: TreatyKind;
  readonly parties: readonly ActorId[];
  readonly since: number;
  /** Last turn in force; null for open-ended. */
  expires: number | null;
  readonly renewable: boolean;
  readonly text: string;
  /** For a defence treaty: the zones whose attack triggers it. */
  readonly covers?: readonly Zone[];
  /** Who is protected (defence) or monitors (ceasefire, monitoring centre). */
  readonly beneficiary?: ActorId;
  readonly monitors?: readonly ActorId[];
  readonly terms?: ProposalTerms;
  breachedBy: ActorId[];
}

export const PACKAGE_KINDS = [
  'arms',
  'drones',
  'advisers',
  'special-forces',
  'mercenaries',
  'intelligence',
  'money',
  'diplomatic-cover',
] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export interface ProxyLink {
  readonly id: string;
  readonly patron: ActorId;
  readonly client: ActorId;
  readonly package: PackageKind;
  readonly covert: boolean;
  readonly since: number;
  /** Turn on which it delivers. */
  readonly deliverTurn: number;
  /** Last turn it delivers; null while it continues. */
  until: number | null;
  delivered: number;
  exposed: boolean;
  active: boolean;
  /** How many packages' worth it carries (1 for a scenario's ties, an arms deal and the default). */
  readonly size?: number;
  /** Delivered only if the client answers this proposal so; withdrawn (the patron refunded) otherwise. */
  readonly condition?: SupportCondition;
  /** Ended early on this turn: withdrawn by its patron, or its condition not met. */
  withdrawn?: number;
  /** Sold under an arms deal (the buyer paid), not given. */
  readonly sold?: boolean;
  /** The turn it delivered (a conditional package may arrive after its deliverTurn). */
  deliveredTurn?: number;
}

/**
 * "Drones if you refuse the ceasefire": the client's answer that releases a package, to one
 * pending proposal (by id), or to the first proposal of a kind it answers while the package waits.
 */
export type SupportCondition =
  | { readonly proposal: string; readonly answer: 'accept' | 'reject' }
  | { readonly terms: ConditionTerms; readonly answer: 'accept' | 'reject' };

/** The kinds of proposal a conditional package may wait on. */
export const CONDITION_TERMS = ['ceasefire', 'settlement'] as const;
export type ConditionTerms = (typeof CONDITION_TERMS)[number];

export interface Transfer {
  readonly region: RegionId;
  readonly to: ActorId;
  /** Turns after the settlement takes effect. */
  readonly afterTurns: number;
}

export type ProposalTerms =
  | { readonly kind: 'ceasefire'; readonly turns: number; readonly monitors: readonly ActorId[] }
  | {
      readonly kind: 'settlement';
      readonly transfers: readonly Transfer[];
      readonly corridors: readonly RegionId[];
      readonly peacekeepers: { readonly actor: ActorId; readonly strength: number; readonly years: number; readonly renewable: boolean } | null;
      readonly monitoringCentre: readonly ActorId[];
      readonly displacedReturn: boolean;
      readonly prisonerExchange: boolean;
    }
  | { readonly kind: 'arms-deal'; readonly seller: ActorId; readonly buyer: ActorId; readonly package: PackageKind; readonly price: number; readonly delay: number }
  | { readonly kind: 'transit'; readonly grantor: ActorId; readonly user: ActorId; readonly turns: number }
  | { readonly kind: 'basing'; readonly host: ActorId; readonly guest: ActorId; readonly region: RegionId; readonly turns: number }
  | { readonly kind: 'mediation'; readonly mediator: ActorId }
  | { readonly kind: 'summit'; readonly agenda: string }
  | { readonly kind: 'statement'; readonly stance: 'support' | 'condemn' | 'call-for-calm'; readonly about: ActorId }
  | { readonly kind: 'sanction'; readonly target: ActorId; readonly exports: boolean }
  | { readonly kind: 'recognition'; readonly of: ActorId };

export type ProposalKind = ProposalTerms['kind'];
export type Answer = 'accept' | 'reject' | 'counter';

export interface Proposal {
  readonly id: string;
  readonly from: ActorId;
  readonly to: readonly ActorId[];
  readonly turn: number;
  readonly terms: ProposalTerms;
  answers: Record<ActorId, Answer>;
  status: 'pending' | 'accepted' | 'rejected' | 'countered' | 'expired';
  readonly counterTo?: string;
}
