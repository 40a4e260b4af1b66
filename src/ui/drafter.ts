// The proposal drafter: the values of the Diplomacy tab's "draft your own" form, turned into
// ProposalTerms and an order (and back, to pre-fill a counter-proposal). No DOM here: the side
// panel renders the form, and the engine (validateOrder) decides whether a draft may be sent.
import {
  PACKAGE_KINDS,
  addressable,
  enemiesOf,
  isUnilateral,
  validateOrder,
  type ActorId,
  type GameState,
  type Order,
  type PackageKind,
  type ProposalKind,
  type ProposalTerms,
  type RegionId,
} from '../engine';

export const KIND_LABELS: Readonly<Record<ProposalKind, string>> = {
  ceasefire: 'Ceasefire',
  settlement: 'Settlement',
  'arms-deal': 'Arms deal',
  transit: 'Transit rights',
  basing: 'Basing rights',
  mediation: 'Mediation',
  summit: 'Summit',
  statement: 'Public statement',
  sanction: 'Sanctions',
  recognition: 'Recognition',
};

export type Stance = 'support' | 'condemn' | 'call-for-calm';
export const STANCES: readonly Stance[] = ['support', 'condemn', 'call-for-calm'];
export { PACKAGE_KINDS };

export interface TransferRow {
  /** '' means no change. */
  to: ActorId;
  afterTurns: number;
}

/** Every field of the form; only the chosen kind's fields make the terms. */
export interface DraftForm {
  kind: ProposalKind;
  to: ActorId[];
  // ceasefire
  turns: number;
  monitors: ActorId[];
  // settlement
  transfers: Record<RegionId, TransferRow>;
  corridors: RegionId[];
  /** '' means no peacekeepers. */
  keeper: ActorId;
  keeperStrength: number;
  keeperYears: number;
  keeperRenewable: boolean;
  monitoringCentre: ActorId[];
  displacedReturn: boolean;
  prisonerExchange: boolean;
  // arms-deal
  seller: ActorId;
  buyer: ActorId;
  package: PackageKind;
  price: number;
  delay: number;
  // transit, basing
  grantor: ActorId;
  user: ActorId;
  host: ActorId;
  guest: ActorId;
  region: RegionId;
  rightsTurns: number;
  // mediation, summit, statement, sanction, recognition
  mediator: ActorId;
  agenda: string;
  stance: Stance;
  about: ActorId;
  target: ActorId;
  exports: boolean;
  of: ActorId;
}

/** Actors that play (not background ones): addressees, parties, recipients of regions. */
export function mainActors(state: GameState): ActorId[] {
  return state.actorOrder.filter((a) => !state.actors[a].background);
}

/** Who a proposal from `actor` may be addressed to: the engine's rule, the players first, then the background actors (who answer by rule). */
export function addressees(state: GameState, actor: ActorId): ActorId[] {
  const all = addressable(state, actor);
  return [...all.filter((a) => !state.actors[a].background), ...all.filter((a) => state.actors[a].background)];
}

/** Does this kind of proposal go to anyone? A statement, sanctions or recognition take effect when made. */
export function needsAddressees(kind: ProposalKind): boolean {
  return !isUnilateral(kind);
}

/** A fresh form: a four-week ceasefire to the actor's enemies, sensible values elsewhere. */
export function blankForm(state: GameState, actor: ActorId): DraftForm {
  const others = addressees(state, actor);
  const enemies = enemiesOf(state, actor).filter((a) => others.includes(a));
  const other = enemies[0] ?? others[0] ?? actor;
  const own = state.regionOrder.find((r) => state.regions[r].controller === actor) ?? state.regionOrder[0] ?? '';
  return {
    kind: 'ceasefire',
    to: enemies,
    turns: 4,
    monitors: [],
    transfers: {},
    corridors: [],
    keeper: '',
    keeperStrength: 3,
    keeperYears: 5,
    keeperRenewable: true,
    monitoringCentre: [],
    displacedReturn: false,
    prisonerExchange: false,
    seller: actor,
    buyer: other,
    package: PACKAGE_KINDS[0],
    price: 10,
    delay: 1,
    grantor: actor,
    user: other,
    host: actor,
    guest: other,
    region: own,
    rightsTurns: 8,
    mediator: actor,
    agenda: '',
    stance: 'call-for-calm',
    about: other,
    target: other,
    exports: true,
    of: other,
  };
}

/** A form pre-filled with existing terms (for a counter-proposal). */
export function formFromTerms(state: GameState, actor: ActorId, terms: ProposalTerms, to: readonly ActorId[] = []): DraftForm {
  const f: DraftForm = { ...blankForm(state, actor), kind: terms.kind, to: [...to] };
  switch (terms.kind) {
    case 'ceasefire':
      return { ...f, turns: terms.turns, monitors: [...terms.monitors] };
    case 'settlement':
      return {
        ...f,
        transfers: Object.fromEntries(terms.transfers.map((t) => [t.region, { to: t.to, afterTurns: t.afterTurns }])),
        corridors: [...terms.corridors],
        keeper: terms.peacekeepers?.actor ?? '',
        keeperStrength: terms.peacekeepers?.strength ?? f.keeperStrength,
        keeperYears: terms.peacekeepers?.years ?? f.keeperYears,
        keeperRenewable: terms.peacekeepers?.renewable ?? f.keeperRenewable,
        monitoringCentre: [...terms.monitoringCentre],
        displacedReturn: terms.displacedReturn,
        prisonerExchange: terms.prisonerExchange,
      };
    case 'arms-deal':
      return { ...f, seller: terms.seller, buyer: terms.buyer, package: terms.package, price: terms.price, delay: terms.delay };
    case 'transit':
      return { ...f, grantor: terms.grantor, user: terms.user, rightsTurns: terms.turns };
    case 'basing':
      return { ...f, host: terms.host, guest: terms.guest, region: terms.region, rightsTurns: terms.turns };
    case 'mediation':
      return { ...f, mediator: terms.mediator };
    case 'summit':
      return { ...f, agenda: terms.agenda };
    case 'statement':
      return { ...f, stance: terms.stance, about: terms.about };
    case 'sanction':
      return { ...f, target: terms.target, exports: terms.exports };
    case 'recognition':
      return { ...f, of: terms.of };
  }
}

/** The terms the form describes (unchecked: the engine checks them). */
export function termsFromForm(f: DraftForm, regionOrder?: readonly RegionId[]): ProposalTerms {
  switch (f.kind) {
    case 'ceasefire':
      return { kind: 'ceasefire', turns: f.turns, monitors: [...f.monitors] };
    case 'settlement': {
      const regions = regionOrder ?? Object.keys(f.transfers);
      return {
        kind: 'settlement',
        transfers: regions.filter((r) => f.transfers[r] && f.transfers[r].to !== '').map((r) => ({ region: r, to: f.transfers[r].to, afterTurns: f.transfers[r].afterTurns })),
        corridors: regionOrder ? regionOrder.filter((r) => f.corridors.includes(r)) : [...f.corridors],
        peacekeepers: f.keeper === '' ? null : { actor: f.keeper, strength: f.keeperStrength, years: f.keeperYears, renewable: f.keeperRenewable },
        monitoringCentre: [...f.monitoringCentre],
        displacedReturn: f.displacedReturn,
        prisonerExchange: f.prisonerExchange,
      };
    }
    case 'arms-deal':
      return { kind: 'arms-deal', seller: f.seller, buyer: f.buyer, package: f.package, price: f.price, delay: f.delay };
    case 'transit':
      return { kind: 'transit', grantor: f.grantor, user: f.user, turns: f.rightsTurns };
    case 'basing':
      return { kind: 'basing', host: f.host, guest: f.guest, region: f.region, turns: f.rightsTurns };
    case 'mediation':
      return { kind: 'mediation', mediator: f.mediator };
    case 'summit':
      return { kind: 'summit', agenda: f.agenda };
    case 'statement':
      return { kind: 'statement', stance: f.stance, about: f.about };
    case 'sanction':
      return { kind: 'sanction', target: f.target, exports: f.exports };
    case 'recognition':
      return { kind: 'recognition', of: f.of };
  }
}

/** The order a draft makes: a proposal, or (with `counterTo`) a counter-proposal answering one. */
export function draftOrder(state: GameState, f: DraftForm, counterTo: string | null = null): Order {
  const terms = termsFromForm(f, state.regionOrder);
  if (counterTo !== null) return { kind: 'answer', proposal: counterTo, answer: 'counter', counter: terms };
  if (!needsAddressees(f.kind)) return { kind: 'propose', to: [], terms };
  const to = state.actorOrder.filter((a) => f.to.includes(a));
  return { kind: 'propose', to: [...to, ...f.to.filter((a) => !to.includes(a))], terms };
}

export type DraftCheck = { ok: true; order: Order } | { ok: false; code: string; message: string };

/** Builds the draft's order and asks the engine whether `actor` may give it. */
export function checkDraft(state: GameState, actor: ActorId, f: DraftForm, counterTo: string | null = null): DraftCheck {
  const order = draftOrder(state, f, counterTo);
  const res = validateOrder(state, actor, order);
  return res.ok ? { ok: true, order } : { ok: false, code: res.code, message: res.message };
}
