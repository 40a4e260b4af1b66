// Checking the terms of a proposal before it is sent.
import { isActor, isRegion } from './sides';
import type { ActorId, GameState, ProposalTerms, Result } from './types';
import { PACKAGE_KINDS } from './types';

type Check = Result<object>;
const ok: Check = { ok: true };
const bad = (code: string, message: string): Check => ({ ok: false, code, message });

function actorKnown(state: GameState, id: ActorId, what: string): Check {
  return isActor(state, id) ? ok : bad('ERR_UNKNOWN_ACTOR', `${what} "${id}" is not an actor in this scenario.`);
}

/** Lists in terms must be lists: a missing one is refused, not tripped over. */
function lists(terms: object, fields: readonly string[]): Check {
  const o = terms as Record<string, unknown>;
  for (const f of fields) if (!Array.isArray(o[f])) return bad('ERR_BAD_TERMS', `A ${String(o.kind)} needs "${f}" as a list (it may be empty).`);
  return ok;
}

function isCount(n: unknown, lo: number, hi: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= lo && n <= hi;
}

export function validateTerms(state: GameState, terms: ProposalTerms): Check {
  switch (terms.kind) {
    case 'ceasefire': {
      const l = lists(terms, ['monitors']);
      if (!l.ok) return l;
      if (!isCount(terms.turns, 1, 12)) return bad('ERR_BAD_TERMS', 'A ceasefire lasts 1 to 12 turns.');
      for (const m of terms.monitors) {
        const c = actorKnown(state, m, 'Monitor');
        if (!c.ok) return c;
      }
      return ok;
    }
    case 'settlement': {
      const l = lists(terms, ['transfers', 'corridors', 'monitoringCentre']);
      if (!l.ok) return l;
      if (typeof terms.displacedReturn !== 'boolean' || typeof terms.prisonerExchange !== 'boolean') return bad('ERR_BAD_TERMS', 'A settlement says whether displaced people return and prisoners are exchanged (true or false).');
      if (terms.peacekeepers !== null && (typeof terms.peacekeepers !== 'object' || Array.isArray(terms.peacekeepers))) return bad('ERR_BAD_TERMS', 'Peacekeepers: null, or { actor, strength, years, renewable }.');
      for (const t of terms.transfers) {
        if (!t || typeof t !== 'object') return bad('ERR_BAD_TERMS', 'Each transfer is { region, to, afterTurns }.');
        if (!isRegion(state, t.region)) return bad('ERR_UNKNOWN_REGION', `Transfer of unknown region "${t.region}".`);
        const c = actorKnown(state, t.to, 'Transfer recipient');
        if (!c.ok) return c;
        if (!isCount(t.afterTurns, 0, 12)) return bad('ERR_BAD_TERMS', `Transfer of ${t.region}: afterTurns must be 0 to 12.`);
      }
      for (const r of terms.corridors) if (!isRegion(state, r)) return bad('ERR_UNKNOWN_REGION', `Corridor through unknown region "${r}".`);
      if (terms.peacekeepers) {
        const c = actorKnown(state, terms.peacekeepers.actor, 'Peacekeeping nation');
        if (!c.ok) return c;
        if (!isCount(terms.peacekeepers.strength, 1, 20)) return bad('ERR_BAD_TERMS', 'Peacekeepers: strength must be 1 to 20.');
        if (!isCount(terms.peacekeepers.years, 1, 25)) return bad('ERR_BAD_TERMS', 'Peacekeepers: years must be 1 to 25.');
      }
      for (const m of terms.monitoringCentre) {
        const c = actorKnown(state, m, 'Monitoring centre member');
        if (!c.ok) return c;
      }
      return ok;
    }
    case 'arms-deal': {
      for (const [who, id] of [['Seller', terms.seller], ['Buyer', terms.buyer]] as const) {
        const c = actorKnown(state, id, who);
        if (!c.ok) return c;
      }
      if (!PACKAGE_KINDS.includes(terms.package)) return bad('ERR_BAD_TERMS', `Unknown package "${terms.package}".`);
      if (!isCount(terms.price, 0, 100) || !isCount(terms.delay, 0, 8)) return bad('ERR_BAD_TERMS', 'Arms deal: price 0-100, delay 0-8 weeks.');
      if (terms.seller === terms.buyer) return bad('ERR_BAD_TERMS', 'Arms deal: the seller and the buyer must differ.');
      // A variant that forbids a patron a package forbids selling it too.
      if (state.forbidden.some((f) => f.patron === terms.seller && f.package === terms.package)) {
        return bad('ERR_FORBIDDEN', `In this variant (${state.variant}) ${state.actors[terms.seller].name} supplies no ${terms.package}, by gift or by sale.`);
      }
      return ok;
    }
    case 'transit':
    case 'basing': {
      const ids = terms.kind === 'transit' ? [terms.grantor, terms.user] : [terms.host, terms.guest];
      for (const id of ids) {
        const c = actorKnown(state, id, 'Party');
        if (!c.ok) return c;
      }
      if (terms.kind === 'basing' && !isRegion(state, terms.region)) return bad('ERR_UNKNOWN_REGION', `Basing in unknown region "${terms.region}".`);
      if (!isCount(terms.turns, 1, 52)) return bad('ERR_BAD_TERMS', 'Rights last 1 to 52 turns.');
      return ok;
    }
    case 'mediation':
      return actorKnown(state, terms.mediator, 'Mediator');
    case 'summit':
      return typeof terms.agenda === 'string' && terms.agenda.length <= 200 ? ok : bad('ERR_BAD_TERMS', 'A summit agenda is a short text.');
    case 'statement':
      if (terms.stance !== 'support' && terms.stance !== 'condemn' && terms.stance !== 'call-for-calm') return bad('ERR_BAD_TERMS', `A statement's stance is support, condemn or call-for-calm, not ${JSON.stringify(terms.stance)}.`);
      return actorKnown(state, terms.about, 'Statement subject');
    case 'sanction':
      return actorKnown(state, terms.target, 'Sanction target');
    case 'recognition':
      return actorKnown(state, terms.of, 'Recognised party');
    default: {
      const never: never = terms;
      return bad('ERR_BAD_TERMS', `Unknown proposal kind in ${JSON.stringify(never)}.`);
    }
  }
}
