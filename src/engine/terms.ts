// The terms of a proposal or counter-proposal: rebuilt from a player's input (known fields of
// their kind only), then checked against the state before they are sent.
import { PROPOSAL_KINDS } from './addressing';
import { Reader, refuse, type Fields } from './input';
import { ORDER_LIMITS } from './rules';
import { PACKAGE_KINDS, type GameState, type ProposalTerms, type Result, type Transfer } from './types';

type Check = Result<object>;
const ok: Check = { ok: true };

const STANCES = ['support', 'condemn', 'call-for-calm'] as const;

type Settlement = Extract<ProposalTerms, { kind: 'settlement' }>;

function transfer(t: Fields): Transfer {
  return { region: t.region('region'), to: t.actor('to'), afterTurns: t.count('afterTurns', ORDER_LIMITS.afterTurns) };
}

function peacekeepers(o: Fields): Settlement['peacekeepers'] {
  if (o.value('peacekeepers') === null) return null;
  const p = o.record('peacekeepers', 'null, or { actor, strength, years, renewable }');
  return { actor: p.actor('actor'), strength: p.count('strength', ORDER_LIMITS.peacekeeperStrength), years: p.count('years', ORDER_LIMITS.peacekeeperYears), renewable: p.flag('renewable') };
}

function rebuild(r: Reader, v: unknown, path: string): ProposalTerms {
  const o = r.record(v, path, 'the terms of a proposal, an object with a kind');
  const kind = o.choice('kind', PROPOSAL_KINDS);
  switch (kind) {
    case 'ceasefire':
      return { kind, turns: o.count('turns', ORDER_LIMITS.ceasefireTurns), monitors: o.actors('monitors') };
    case 'settlement':
      return {
        kind,
        transfers: o.list('transfers', r.state.regionOrder.length, (x, p) => transfer(r.record(x, p, 'a transfer { region, to, afterTurns }'))),
        corridors: o.regions('corridors'),
        peacekeepers: peacekeepers(o),
        monitoringCentre: o.actors('monitoringCentre'),
        displacedReturn: o.flag('displacedReturn'),
        prisonerExchange: o.flag('prisonerExchange'),
      };
    case 'arms-deal':
      return { kind, seller: o.actor('seller'), buyer: o.actor('buyer'), package: o.choice('package', PACKAGE_KINDS), price: o.count('price', ORDER_LIMITS.price), delay: o.count('delay', ORDER_LIMITS.delay) };
    case 'transit':
      return { kind, grantor: o.actor('grantor'), user: o.actor('user'), turns: o.count('turns', ORDER_LIMITS.rightsTurns) };
    case 'basing':
      return { kind, host: o.actor('host'), guest: o.actor('guest'), region: o.region('region'), turns: o.count('turns', ORDER_LIMITS.rightsTurns) };
    case 'mediation':
      return { kind, mediator: o.actor('mediator') };
    case 'summit':
      return { kind, agenda: o.text('agenda', ORDER_LIMITS.agendaLength) };
    case 'statement':
      return { kind, stance: o.choice('stance', STANCES), about: o.actor('about') };
    case 'sanction':
      return { kind, target: o.actor('target'), exports: o.flag('exports') };
    case 'recognition':
      return { kind, of: o.actor('of') };
    default: {
      const never: never = kind;
      return refuse(r.code, `${path}: unknown kind ${String(never)}.`);
    }
  }
}

/** Fresh terms built from the known fields of their kind (`path` names them in messages: terms, counter). */
export function readTerms(state: GameState, v: unknown, path: string): ProposalTerms {
  return rebuild(new Reader(state, 'ERR_BAD_TERMS'), v, path);
}

/** Rebuilt terms checked against the state: what their shape alone cannot say. */
export function validateTerms(state: GameState, terms: ProposalTerms, path: string): Check {
  if (terms.kind !== 'arms-deal') return ok;
  if (terms.seller === terms.buyer) return { ok: false, code: 'ERR_BAD_TERMS', message: `${path}: the seller and the buyer of an arms deal must differ.` };
  // A variant that forbids a patron a package forbids selling it too.
  if (state.forbidden.some((f) => f.patron === terms.seller && f.package === terms.package)) {
    return { ok: false, code: 'ERR_FORBIDDEN', message: `${path}: in this variant (${state.variant}) ${state.actors[terms.seller].name} supplies no ${terms.package}, by gift or by sale.` };
  }
  return ok;
}
