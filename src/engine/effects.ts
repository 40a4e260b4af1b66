// Applying an event's effects to the state, each one logged with the event as its cause.
import { actorName } from './names';
import { describeTerms } from './describe';
import { fullForces } from './forces';
import { declareWar } from './sides';
import { adjust, adjustRelations, adjustTension, casualtiesOf, note, type TurnLog } from './stats';
import { stanceToFix } from './third-parties';
import { FORCE_TYPES, type EventEffect, type GameState, type ProposalTerms, type ActorId } from './types';

export function createProposal(state: GameState, log: TurnLog, from: ActorId, to: readonly ActorId[], terms: ProposalTerms, cause: string, counterTo?: string): string {
  const id = `p${state.nextId++}`;
  state.proposals.push({ id, from, to: [...to], turn: state.turn, terms, answers: {}, status: 'pending', ...(counterTo ? { counterTo } : {}) });
  if (log.quiet) return id;
  const names = to.map((t) => actorName(state, t)).join(', ');
  note(log, {
    kind: 'proposal',
    proposal: id,
    from,
    to: [...to],
    terms,
    text: `${actorName(state, from)} proposes to ${names}${counterTo ? ` (a counter to ${counterTo})` : ''}: ${describeTerms(terms, state)}.`,
    cause,
  });
  return id;
}

export function applyEffect(state: GameState, log: TurnLog, e: EventEffect, cause: string): void {
  switch (e.kind) {
    case 'support':
      return adjust(state, log, e.actor, 'domesticSupport', e.delta, cause);
    case 'legitimacy':
      return adjust(state, log, e.actor, 'legitimacy', e.delta, cause);
    case 'treasury':
      return adjust(state, log, e.actor, 'treasury', e.delta, cause);
    case 'relations':
      return adjustRelations(state, log, e.actor, e.with, e.delta, cause);
    case 'tension':
      return adjustTension(state, log, e.delta, cause);
    case 'forces': {
      const a = state.actors[e.actor];
      const f = a.forces[e.region] ?? fullForces(undefined);
      for (const t of FORCE_TYPES) f[t] = Math.max(0, f[t] + (e.forces[t] ?? 0));
      a.forces[e.region] = f;
      return;
    }
    case 'casualties': {
      const a = state.actors[e.actor];
      a.casualties.military += e.military;
      a.casualties.civilian += e.civilian;
      note(log, { kind: 'stat', actor: e.actor, field: 'casualties', delta: e.military + e.civilian, value: casualtiesOf(a), text: `${a.name}: ${e.military} military and ${e.civilian} civilian deaths — ${cause}`, cause });
      return;
    }
    case 'embargo': {
      const on = state.actors[e.on];
      if (!on.embargoedBy.includes(e.by)) {
        on.embargoedBy.push(e.by);
        on.embargoedBy.sort();
      }
      note(log, { kind: 'decision', actor: e.by, reasons: [cause], text: `${actorName(state, e.by)} suspends exports of components to ${on.name}.`, cause });
      return;
    }
    case 'propose':
      createProposal(state, log, e.from, e.to, e.terms, cause);
      return;
    case 'transit-ban':
      stanceToFix(state, e.by).routesOpen = false;
      note(log, { kind: 'decision', actor: e.by, reasons: [cause], text: `${actorName(state, e.by)} closes its land and air routes to military transit.`, cause });
      return;
    case 'war':
      if (declareWar(state, e.a, e.b)) {
        note(log, { kind: 'decision', actor: e.a, reasons: [cause], text: `War: ${actorName(state, e.a)} and ${actorName(state, e.b)} are now fighting.`, cause });
      }
      return;
    case 'end-war':
      state.wars = [];
      note(log, { kind: 'decision', actor: state.roles.broker, reasons: [cause], text: 'The fighting stops by agreement.', cause });
      return;
    case 'delay-handover': {
      const region = state.regions[e.region].name;
      state.handovers = state.handovers.map((h) => (h.region === e.region ? { ...h, turn: h.turn + e.turns } : h));
      state.handovers.sort((a, b) => a.turn - b.turn || (a.region < b.region ? -1 : 1));
      note(log, { kind: 'decision', actor: state.roles.broker, reasons: [cause], text: `The handover of ${region} is put back by ${e.turns} week${e.turns === 1 ? '' : 's'}.`, cause });
      return;
    }
    default: {
      const never: never = e;
      throw new Error(`bug: unknown effect ${JSON.stringify(never)}`);
    }
  }
}
