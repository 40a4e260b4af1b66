// Phase 3, diplomacy: handovers due, answers to earlier proposals applied (accepted ones put in
// force by treaties.ts), new proposals delivered, statements made, treaties lapsing. Background
// actors answer by rule, with the rule in the log.
import { actorName } from '../names';
import { describeTerms } from '../describe';
import { createProposal } from '../effects';
import { adjustRelations, note } from '../stats';
import type { ActorId, GameState, Proposal, ProposalTerms } from '../types';
import type { Dice } from '../rng';
import { withDice, type TurnContext } from './context';
import { enact, handovers, lapse } from './treaties';
import { stanceToFix } from '../third-parties';
import { condemned, rollStance } from './standing';

/** Statements, sanctions and recognition are unilateral: they take effect when made. */
function unilateral(state: GameState, ctx: TurnContext, from: ActorId, t: ProposalTerms): boolean {
  switch (t.kind) {
    case 'statement': {
      const shifts = state.rules.relationShifts;
      const delta = t.stance === 'support' ? shifts.supportStatement : t.stance === 'condemn' ? shifts.condemnStatement : 0;
      note(ctx.log, { kind: 'decision', actor: from, reasons: ['public statement'], text: `${actorName(state, from)} makes a statement: ${describeTerms(t, state)}.`, cause: 'statement' });
      if (delta !== 0) adjustRelations(state, ctx.log, from, t.about, delta, 'public statement');
      if (t.stance === 'condemn') condemned(state, ctx, t.about, from, state.rules.standing.condemnation);
      return true;
    }
    case 'sanction': {
      const target = state.actors[t.target];
      if (t.exports && !target.embargoedBy.includes(from)) {
        target.embargoedBy.push(from);
        target.embargoedBy.sort();
      }
      adjustRelations(state, ctx.log, from, t.target, state.rules.relationShifts.sanction, 'sanctions');
      note(ctx.log, { kind: 'decision', actor: from, reasons: ['sanctions'], text: `${actorName(state, from)} imposes ${describeTerms(t, state)}.`, cause: 'sanction' });
      return true;
    }
    case 'recognition':
      adjustRelations(state, ctx.log, from, t.of, state.rules.relationShifts.recognition, 'recognition');
      note(ctx.log, { kind: 'decision', actor: from, reasons: ['recognition'], text: `${actorName(state, from)} announces ${describeTerms(t, state)}.`, cause: 'recognition' });
      return true;
    default:
      return false;
  }
}

/** Background actors answer by rule: they accept what calms the fighting and what their friends offer. */
function backgroundAnswer(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, p: Proposal): { answer: 'accept' | 'reject'; reason: string } {
  const rel = state.actors[actor].relations[p.from] ?? 0;
  if (p.terms.kind === 'ceasefire' || p.terms.kind === 'summit' || p.terms.kind === 'mediation') return { answer: 'accept', reason: 'background actors always back calls for calm' };
  if (p.terms.kind === 'transit') {
    // Whether a neighbour keeps its routes open is unknown until first asked, then fixed.
    const party = stanceToFix(state, actor);
    const openPct = state.rules.reactions.transitOpenPct;
    if (party.routesOpen === null) party.routesOpen = rollStance(ctx, dice, `transit:${actor}`, 100, `whether ${actorName(state, actor)} lets military cargo through (open if ≤ ${openPct})`) <= openPct;
    if (!party.routesOpen) return { answer: 'reject', reason: 'its routes are closed to military transit' };
  }
  return rel >= 0 ? { answer: 'accept', reason: `relations with ${actorName(state, p.from)} are ${rel}` } : { answer: 'reject', reason: `relations with ${actorName(state, p.from)} are ${rel}` };
}

export function diplomacyPhase(state: GameState, ctx: TurnContext): void {
  handovers(state, ctx);
  // Answers to proposals made in earlier turns.
  for (const actor of state.actorOrder) {
    for (const o of ctx.orders[actor] ?? []) {
      if (o.kind !== 'answer') continue;
      const p = state.proposals.find((x) => x.id === o.proposal);
      if (!p || p.status !== 'pending') continue;
      p.answers[actor] = o.answer;
      if (!ctx.log.quiet) note(ctx.log, { kind: 'answer', proposal: p.id, actor, answer: o.answer, text: `${actorName(state, actor)} ${o.answer === 'counter' ? 'counters' : o.answer + 's'} ${actorName(state, p.from)}'s proposal (${describeTerms(p.terms, state)}).`, cause: o.reason ? `${actorName(state, actor)}'s reason: ${o.reason}` : `answer of ${actorName(state, actor)}` });
      if (o.answer === 'counter' && o.counter) createProposal(state, ctx.log, actor, [p.from, ...p.to.filter((x) => x !== actor)], o.counter, `counter-proposal of ${actorName(state, actor)}`, p.id);
    }
  }
  withDice(state, (dice) => resolveProposals(state, ctx, dice));
  // New proposals, delivered now and answerable next turn.
  for (const actor of state.actorOrder) {
    for (const o of ctx.orders[actor] ?? []) {
      if (o.kind !== 'propose') continue;
      if (!unilateral(state, ctx, actor, o.terms)) createProposal(state, ctx.log, actor, o.to, o.terms, `proposal of ${actorName(state, actor)}`);
    }
  }
  lapse(state, ctx);
}

/**
 * What the answers so far make of a proposal: any rejection rejects it, else any counter counters
 * it, else it is accepted once everyone accepts. One loop, not a list of the answers searched
 * three times: V8 recompiled the phase each time that list came in another kind.
 */
function answered(p: Proposal): 'rejected' | 'countered' | 'accepted' | null {
  let rejected = false;
  let countered = false;
  let all = true;
  for (let i = 0; i < p.to.length; i++) {
    const a = p.answers[p.to[i]];
    if (a === 'reject') rejected = true;
    else if (a === 'counter') countered = true;
    else if (a !== 'accept') all = false;
  }
  return rejected ? 'rejected' : countered ? 'countered' : all ? 'accepted' : null;
}

function resolveProposals(state: GameState, ctx: TurnContext, dice: Dice): void {
  for (const p of state.proposals) {
    if (p.status !== 'pending' || p.turn >= state.turn) continue;
    for (const actor of p.to) {
      if (p.answers[actor] || !state.actors[actor].background) continue;
      const { answer, reason } = backgroundAnswer(state, ctx, dice, actor, p);
      p.answers[actor] = answer;
      note(ctx.log, { kind: 'answer', proposal: p.id, actor, answer, text: `${actorName(state, actor)} ${answer}s ${actorName(state, p.from)}'s proposal: ${reason}.`, cause: 'rule for background actors' });
    }
    const outcome = answered(p);
    if (outcome === 'rejected' || outcome === 'countered') p.status = outcome;
    else if (outcome === 'accepted') {
      p.status = 'accepted';
      enact(state, ctx, p);
    } else if (state.turn - p.turn >= state.rules.diplomacy.proposalLifetime) {
      p.status = 'expired';
      note(ctx.log, { kind: 'answer', proposal: p.id, actor: p.from, answer: 'reject', text: `${actorName(state, p.from)}'s proposal (${describeTerms(p.terms, state)}) lapsed unanswered.`, cause: 'no answer in time' });
    }
    if (p.status === 'rejected') {
      for (const a of p.to) if (p.answers[a] === 'reject') adjustRelations(state, ctx.log, a, p.from, state.rules.relationShifts.proposalRejected, 'proposal rejected');
    }
  }
}
