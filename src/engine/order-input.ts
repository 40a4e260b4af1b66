// An order rebuilt from a player's input: a fresh order of a known kind holding the known
// fields of that kind only, each checked for its type and range and every id looked up in the
// scenario. Extra fields are dropped unread, so nothing else of the input reaches the state.
import { isUnilateral } from './addressing';
import { Reader, readInput, refuse, shown, type Fields } from './input';
import { ORDER_LIMITS } from './rules';
import { readTerms } from './terms';
import { CONDITION_TERMS, FORCE_TYPES, PACKAGE_KINDS, type SupportCondition, type ActorId, type Answer, type Forces, type ForceType, type GameState, type Order, type OrderKind, type ProposalKind, type Result } from './types';

const ORDER_KINDS = ['move', 'attack', 'strike', 'hold', 'mobilise', 'propose', 'answer', 'support', 'withdraw'] as const satisfies readonly OrderKind[];
export const MOBILISABLE = ['infantry', 'armour', 'artillery', 'airDefence'] as const satisfies readonly ForceType[];
const ANSWERS = ['accept', 'reject', 'counter'] as const satisfies readonly Answer[];
const WEAPONS = ['drones', 'artillery'] as const;
const AIMS = ['forces', 'city'] as const;
const CONDITION_ANSWERS = ['accept', 'reject'] as const;

/** A force request: known force types only, each a whole number in range. */
function forces(o: Fields): Partial<Forces> {
  const f = o.record('forces', 'an object of force type → strength');
  const out: Partial<Forces> = {};
  for (const k of f.keys()) {
    if (!(FORCE_TYPES as readonly string[]).includes(k)) refuse(o.reader.code, `forces names ${shown(k)}, which is no force type (known: ${FORCE_TYPES.join(', ')}).`);
    out[k as ForceType] = f.count(k, ORDER_LIMITS.strength);
  }
  return out;
}

/** Addressees: known actors, none twice, at least one unless the kind is unilateral (a statement). */
function addressees(o: Fields, kind: ProposalKind): ActorId[] {
  const to = o.actors('to');
  if (to.length === 0 && !isUnilateral(kind)) refuse(o.reader.code, 'to: a proposal needs at least one addressee (only a statement, sanctions or recognition may have none).');
  const twice = to.find((t, i) => to.indexOf(t) !== i);
  if (twice !== undefined) refuse(o.reader.code, `to: ${shown(twice)} is listed twice.`);
  return to;
}

/** A support order's optional size (1 when absent) and condition (the client's answer to a proposal). */
function supportExtras(o: Fields): { size?: number; condition?: SupportCondition } {
  const out: { size?: number; condition?: SupportCondition } = {};
  if (o.value('size') !== undefined) out.size = o.count('size', ORDER_LIMITS.packageSize);
  if (o.value('condition') !== undefined) {
    const c = o.record('condition', 'an object with a proposal (an id) or terms (a kind of proposal), and the answer that releases the package');
    const answer = c.choice('answer', CONDITION_ANSWERS);
    if (c.value('proposal') !== undefined && c.value('terms') !== undefined) refuse(o.reader.code, 'condition: name a proposal or a kind of terms, not both.');
    out.condition = c.value('terms') !== undefined ? { terms: c.choice('terms', CONDITION_TERMS), answer } : { proposal: c.text('proposal', ORDER_LIMITS.idLength), answer };
  }
  return out;
}

function rebuild(state: GameState, input: unknown): Order {
  const o = new Reader(state, 'ERR_BAD_ORDER').record(input, '', 'an object with a kind', 'the order');
  const kind = o.choice('kind', ORDER_KINDS);
  switch (kind) {
    case 'move':
      return { kind, from: o.region('from'), to: o.region('to'), forces: forces(o) };
    case 'attack':
      return { kind, from: o.region('from'), target: o.region('target'), forces: forces(o) };
    case 'strike':
      return { kind, from: o.region('from'), target: o.region('target'), weapon: o.choice('weapon', WEAPONS), aim: o.choice('aim', AIMS) };
    case 'hold':
      return { kind, region: o.region('region') };
    case 'mobilise':
      return { kind, region: o.region('region'), force: o.choice('force', MOBILISABLE), amount: o.count('amount', ORDER_LIMITS.mobilise) };
    case 'propose': {
      const terms = readTerms(state, o.value('terms'), 'terms');
      return { kind, to: addressees(o, terms.kind), terms };
    }
    case 'answer': {
      const proposal = o.text('proposal', ORDER_LIMITS.idLength);
      const answer = o.choice('answer', ANSWERS);
      const why = o.value('reason') === undefined ? {} : { reason: o.text('reason', ORDER_LIMITS.reasonLength) };
      if (answer === 'counter') return { kind, proposal, answer, counter: readTerms(state, o.value('counter'), 'counter'), ...why };
      if (o.value('counter') !== undefined) refuse(o.reader.code, `counter: only an answer "counter" carries terms; this answer is "${answer}".`);
      return { kind, proposal, answer, ...why };
    }
    case 'support':
      return { kind, client: o.actor('client'), package: o.choice('package', PACKAGE_KINDS), covert: o.flag('covert'), ...supportExtras(o) };
    case 'withdraw':
      return { kind, link: o.text('link', ORDER_LIMITS.idLength) };
    default: {
      const never: never = kind;
      return refuse(o.reader.code, `Unknown order kind ${String(never)}.`);
    }
  }
}

/** The order `input` describes, rebuilt; or why it is not one. Nothing of the state is judged here. */
export function readOrder(state: GameState, input: unknown): Result<{ order: Order }> {
  const read = readInput(rebuild, state, input);
  return read.ok ? { ok: true, order: read.value } : read;
}

/** The kind an input order claims, if it is a known one (for naming a refused order). */
export function claimedKind(input: unknown): OrderKind | null {
  if (input === null || typeof input !== 'object' || !Object.hasOwn(input, 'kind')) return null;
  const k = (input as { kind: unknown }).kind;
  return (ORDER_KINDS as readonly unknown[]).includes(k) ? (k as OrderKind) : null;
}
