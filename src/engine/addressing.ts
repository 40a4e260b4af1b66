// Who a proposal may be addressed to, and which kinds need an addressee at all: one rule for the
// order check, the drafter and the computer actors.
import type { ActorId, GameState, ProposalKind } from './types';

export const PROPOSAL_KINDS = ['ceasefire', 'settlement', 'arms-deal', 'transit', 'basing', 'mediation', 'summit', 'statement', 'sanction', 'recognition'] as const satisfies readonly ProposalKind[];

/** Statements, sanctions and recognition take effect when made: no one answers them. */
const UNILATERAL: readonly ProposalKind[] = ['statement', 'sanction', 'recognition'];

export function isUnilateral(kind: ProposalKind): boolean {
  return UNILATERAL.includes(kind);
}

/** Every actor but the sender, background actors included (a neighbour asked for transit answers by rule). */
export function addressable(state: GameState, from: ActorId): ActorId[] {
  return state.actorOrder.filter((a) => a !== from);
}
