// A patron's hold on its clients during the support phase: a package withdrawn (by order, or
// because the client did not answer as the patron asked), a conditional package waiting on the
// client's answer, and the influence a patron loses when it gives a client at war nothing.
import { actorName } from '../names';
import { atWar } from '../sides';
import { adjust, adjustInfluence, adjustRelations, adjustTension, note } from '../stats';
import type { ActorId, GameState, PackageKind, ProxyLink, SupportCondition } from '../types';
import type { TurnContext } from './context';

/**
 * Where a conditional package stands: `met` once the client has answered the proposal as the
 * condition asks (a counter is not an acceptance), `failed` when it answered otherwise or the
 * proposal closed without its answer, `waiting` while the proposal is pending and unanswered.
 */
export function conditionState(state: GameState, link: ProxyLink): 'met' | 'failed' | 'waiting' {
  const c = link.condition;
  if (!c) return 'met';
  if (!('proposal' in c)) {
    // A kind of terms: the first such proposal to the client, made since the package was sent, that it has answered.
    const p = state.proposals.find((x) => x.terms.kind === c.terms && x.turn >= link.since && x.to.includes(link.client) && x.answers[link.client] !== undefined);
    if (!p) return link.until !== null && link.until < state.turn ? 'failed' : 'waiting';
    return (p.answers[link.client] === 'accept') === (c.answer === 'accept') ? 'met' : 'failed';
  }
  const p = state.proposals.find((x) => x.id === c.proposal);
  if (!p) return 'failed';
  const answer = p.answers[link.client];
  if (answer === undefined) return p.status === 'pending' ? 'waiting' : 'failed';
  const accepted = answer === 'accept';
  return accepted === (c.answer === 'accept') ? 'met' : 'failed';
}

/**
 * A package stops: no delivery if it has not arrived, no modifier from now on, no more exposure
 * rolls. A patron that pulls support loses influence over the client; one whose condition was
 * not met gets back what the package cost (it never left), and keeps its influence: it said so.
 */
export function withdrawLink(state: GameState, ctx: TurnContext, link: ProxyLink, why: string): void {
  link.active = false;
  link.withdrawn = state.turn;
  const patron = actorName(state, link.patron);
  const client = actorName(state, link.client);
  const unmet = why === 'condition not met';
  if (!ctx.log.quiet) {
    const text = unmet
      ? `${patron} keeps back its ${link.package} package: ${client} did not ${link.condition?.answer === 'accept' ? 'accept' : 'refuse'} ${conditionName(link.condition)}.`
      : `${patron} withdraws its ${link.covert ? 'covert ' : ''}${link.package} support from ${client}${link.delivered === 0 ? ' before it arrives' : ''}.`;
    note(ctx.log, {
      kind: 'support',
      link: link.id,
      patron: link.patron,
      client: link.client,
      package: link.package,
      change: 'withdrawn',
      text,
      cause: unmet ? 'conditional support' : why,
      ...(link.covert && !link.exposed ? { visibleTo: [link.patron, link.client] } : {}),
    });
  }
  if (unmet) adjust(state, ctx.log, link.patron, 'treasury', state.rules.support[link.package].cost * (link.size ?? 1), `${link.package} for ${client} kept back`);
  else adjustInfluence(state, ctx.log, link.patron, link.client, -state.rules.patronage.withdrawInfluence, `withdrew ${link.package}`);
}

/** The proposal a condition waits on, in words. */
export function conditionName(c: SupportCondition | undefined): string {
  if (!c) return 'the proposal';
  return 'proposal' in c ? `proposal ${c.proposal}` : `the next ${c.terms} offered to it`;
}

/** Is this client (or the side it fights for) at war? */
function clientAtWar(state: GameState, client: string): boolean {
  const side = state.actors[client].commandedBy ?? client;
  return state.actorOrder.some((b) => atWar(state, client, b) || atWar(state, side, b));
}

/**
 * Neglect: a patron (its doctrine names the client) that has delivered nothing to a client at war
 * for patronage.neglectTurns turns loses patronage.neglectInfluence over it, each such turn.
 * A client fighting for its life remembers who stood by it.
 */
export function neglect(state: GameState, ctx: TurnContext): void {
  const { neglectTurns, neglectInfluence } = state.rules.patronage;
  for (const patron of state.actorOrder) {
    const p = state.actors[patron];
    if (p.background || p.collapsed) continue;
    const clients = [...new Set(p.doctrine.patronOf.map((x) => x.client))].sort();
    for (const client of clients) {
      if (!state.actors[client] || atWar(state, patron, client) || !clientAtWar(state, client)) continue;
      const recent = state.links.some((l) => l.patron === patron && l.client === client && l.delivered > 0 && (l.deliveredTurn ?? l.deliverTurn) > state.turn - neglectTurns);
      if (!recent) adjustInfluence(state, ctx.log, patron, client, -neglectInfluence, `nothing delivered to ${actorName(state, client)} for ${neglectTurns} weeks`);
    }
  }
}

/**
 * What an arms sale to a side at war costs the seller beyond the goods: a sale is public (it is
 * never covert), so the seller loses some legitimacy, its relations with the buyer's enemies, the
 * rival patron and the critics sour, and a rival patron's sale raises the tension between them.
 * At peace a sale is trade and costs nothing more.
 */
export function armsSaleCosts(state: GameState, ctx: TurnContext, seller: ActorId, buyer: ActorId, pkg: PackageKind): void {
  if (!clientAtWar(state, buyer)) return;
  const { patronage } = state.rules;
  const why = `sells ${pkg} to ${actorName(state, buyer)} at war`;
  adjust(state, ctx.log, seller, 'legitimacy', -Math.max(1, Math.floor((state.rules.support[pkg].overtLegitimacy * patronage.saleLegitimacyPct) / 100)), why);
  const side = state.actors[buyer].commandedBy ?? buyer;
  const enemies = state.actorOrder.filter((b) => atWar(state, buyer, b) || atWar(state, side, b));
  const rivals = state.roles.rivals.includes(seller) ? state.roles.rivals.filter((r) => r !== seller) : [];
  const critics = [...new Set([...enemies, ...rivals, ...state.roles.critics])].filter((x) => x !== seller && x !== buyer && state.actors[x]).sort();
  for (const c of critics) adjustRelations(state, ctx.log, seller, c, patronage.saleRelations, why);
  if (rivals.length > 0) adjustTension(state, ctx.log, state.rules.tensionPerOvertPackage, `${actorName(state, seller)} ${why}`);
}
