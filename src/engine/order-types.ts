// What actors order each turn, and the log a turn writes.
import type { Answer, PackageKind, ProposalTerms, SupportCondition, TreatyKind } from './diplomacy-types';
import type { ActorId, EndReason, ForceType, Forces, RegionId } from './types';

export type OrderKind = Order['kind'];

export type Order =
  | { readonly kind: 'move'; readonly from: RegionId; readonly to: RegionId; readonly forces: Partial<Forces> }
  | { readonly kind: 'attack'; readonly from: RegionId; readonly target: RegionId; readonly forces: Partial<Forces> }
  | { readonly kind: 'strike'; readonly from: RegionId; readonly target: RegionId; readonly weapon: 'drones' | 'artillery'; readonly aim: 'forces' | 'city' }
  | { readonly kind: 'hold'; readonly region: RegionId }
  | { readonly kind: 'mobilise'; readonly region: RegionId; readonly force: ForceType; readonly amount: number }
  | { readonly kind: 'propose'; readonly to: readonly ActorId[]; readonly terms: ProposalTerms }
  | { readonly kind: 'answer'; readonly proposal: string; readonly answer: Answer; readonly counter?: ProposalTerms; /** Why, in the answerer's words: the log's cause. */ readonly reason?: string }
  | { readonly kind: 'support'; readonly client: ActorId; readonly package: PackageKind; readonly covert: boolean; readonly size?: number; readonly condition?: SupportCondition }
  | { readonly kind: 'withdraw'; readonly link: string };

export type OrdersByActor = Record<ActorId, readonly Order[]>;

export type Phase = 'events' | 'orders' | 'diplomacy' | 'support' | 'operations' | 'consequences' | 'end';

export interface Modifier {
  readonly name: string;
  readonly value: number;
}

interface LogBase {
  readonly turn: number;
  readonly phase: Phase;
  /** What the player reads. */
  readonly text: string;
  /** Why it happened: an order, an event, a rule. */
  readonly cause: string;
  /** Who may read it; absent for public entries. */
  readonly visibleTo?: readonly ActorId[];
  /** Set when the facilitator decided it: an inject played, or a result overridden (with the reason). */
  readonly facilitator?: { readonly input: 'inject' | 'override'; readonly reason: string | null };
}

export type LogEntry = LogBase &
  (
    | { readonly kind: 'event'; readonly event: string; readonly source: string }
    /** A scheduled event that did not happen because its condition did not hold (no roll was made). */
    | { readonly kind: 'event-unmet'; readonly event: string; readonly condition: string }
    | { readonly kind: 'order'; readonly actor: ActorId; readonly order: Order; readonly result: OrderResult }
    | {
        readonly kind: 'combat';
        readonly attacker: ActorId;
        readonly defender: ActorId;
        readonly region: RegionId;
        readonly roll: number;
        readonly threshold: number;
        readonly modifiers: readonly Modifier[];
        readonly success: boolean;
        readonly attackerLosses: number;
        readonly defenderLosses: number;
      }
    | {
        readonly kind: 'duel';
        readonly attacker: ActorId;
        readonly defender: ActorId;
        readonly region: RegionId;
        readonly drones: number;
        readonly airDefence: number;
        readonly dronesLost: number;
        readonly airDefenceLost: number;
        readonly armourLost: number;
        readonly roll: number;
        readonly threshold: number;
      }
    | { readonly kind: 'capture'; readonly region: RegionId; readonly from: ActorId | null; readonly to: ActorId }
    | { readonly kind: 'roll'; readonly purpose: string; readonly roll: number; readonly threshold: number; readonly success: boolean }
    | { readonly kind: 'stat'; readonly actor: ActorId; readonly field: StatField; readonly delta: number; readonly value: number }
    | { readonly kind: 'proposal'; readonly proposal: string; readonly from: ActorId; readonly to: readonly ActorId[]; readonly terms: ProposalTerms }
    | { readonly kind: 'answer'; readonly proposal: string; readonly actor: ActorId; readonly answer: Answer }
    | { readonly kind: 'treaty'; readonly treaty: string; readonly treatyKind: TreatyKind; readonly parties: readonly ActorId[]; readonly change: 'signed' | 'lapsed' | 'breached' | 'renewed' | 'invoked' | 'not-invoked' }
    | { readonly kind: 'support'; readonly link: string; readonly patron: ActorId; readonly client: ActorId; readonly package: PackageKind; readonly change: 'sent' | 'delivered' | 'exposed' | 'withdrawn' }
    | { readonly kind: 'decision'; readonly actor: ActorId; readonly reasons: readonly string[] }
    | { readonly kind: 'end'; readonly reason: EndReason }
  );

export type OrderResult = 'done' | 'moved' | 'captured' | 'repelled' | 'void' | 'struck' | 'sent' | 'held';

export type StatField = 'treasury' | 'domesticSupport' | 'legitimacy' | 'relations' | 'influence' | 'casualties' | 'displaced' | 'tension';
