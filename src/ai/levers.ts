// A patron's finer levers: how big a package and whether to send it openly, support with strings
// ("drones if you refuse the ceasefire"), support pulled back when it only risks exposure, and
// how a client weighs its patrons' strings when it answers (influence moves the answer).
import { allied, atWar, exposureChance, ORDER_LIMITS } from '../engine';
import type { ActorId, ConditionTerms, PackageKind, Proposal } from '../engine';
import { give, name, type Plan } from './plan';

/** Legitimacy kept above our own standing aim before an overt package is sent openly. */
const STANDING_MARGIN = 4;

/** The legitimacy our aims ask for (0 when they ask none). */
function standingAim(plan: Plan): number {
  let want = 0;
  for (const a of plan.me.aims) if (a.condition.kind === 'legitimacy-at-least') want = Math.max(want, a.condition.value);
  return want;
}

/**
 * Per mille: how likely a covert package sent now is exposed before the calendar's last turn, its
 * exposure rolled each turn it stays active (the engine's own chance, support phase).
 */
function exposedPerMille(plan: Plan, pkg: PackageKind, size: number): number {
  const chance = exposureChance(plan.seen.rules, pkg, size);
  let hidden = 1000;
  for (let t = plan.view.turn; t < plan.view.calendar.turns; t++) hidden = Math.floor((hidden * (100 - chance)) / 100);
  return 1000 - hidden;
}

/**
 * Covert or overt: doctrine's habit, unless sending it openly would take our legitimacy under our
 * standing aim. Then covertly, if the package can be hidden at all and hiding it is likely to cost
 * less: an exposure costs more legitimacy than sending openly, and a package hidden for the rest
 * of the war is rolled for exposure every week. Returns the choice and why.
 */
export function chooseCovert(plan: Plan, pkg: PackageKind, size: number, habit: boolean): { covert: boolean; why: string } {
  const rules = plan.seen.rules;
  const rule = rules.support[pkg];
  if (habit) return { covert: true, why: '' };
  const overt = rule.overtLegitimacy * size;
  const after = plan.me.legitimacy - overt;
  const floor = standingAim(plan) + STANDING_MARGIN;
  if (overt === 0 || rule.deniability === 0 || after >= floor) return { covert: false, why: '' };
  const exposed = exposedPerMille(plan, pkg, size);
  const odds = `${Math.round(exposed / 10)}% likely to be exposed by the end, at ${rules.exposureLegitimacy} legitimacy`;
  if (rules.exposureLegitimacy * exposed < overt * 1000) return { covert: true, why: `; covertly: sent openly it would take our legitimacy to ${after}, under the ${floor} we keep, and hidden it is only ${odds}` };
  return { covert: false, why: `; openly, though it takes our legitimacy to ${after}: hidden it would be ${odds}` };
}

/** The most generous patrons (generosity at least this) send the largest packages when the client is short. */
const LAVISH = 80;

/**
 * How big a package: bigger when the client is short of what it brings and the budget allows
 * (two; the largest allowed for a lavish patron), else one.
 */
export function chooseSize(plan: Plan, pkg: PackageKind, budget: number, short: string | null, generosity: number): number {
  const cost = plan.seen.rules.support[pkg].cost;
  if (!short) return 1;
  const want = generosity >= LAVISH ? ORDER_LIMITS.packageSize.max : 2;
  let size = 1;
  while (size < want && cost * (size + 1) <= Math.min(budget, plan.money)) size++;
  return size;
}

/** What we want a client to answer to a kind of proposal, by our own aims, or null. */
function wish(plan: Plan, client: ActorId, terms: ConditionTerms): { answer: 'accept' | 'reject'; why: string } | null {
  const { seen } = plan;
  if (terms === 'ceasefire') {
    // A client still short of a town we want in its hands should fight on.
    for (const a of plan.me.aims) {
      const c = a.condition;
      if (c.kind !== 'region-held-by' || !allied(seen, c.actor, client)) continue;
      const holder = seen.regions[c.region]?.controller;
      if (holder !== null && holder !== undefined && !allied(seen, holder, client)) return { answer: 'reject', why: `${name(plan, c.region)} is not yet in ${name(plan, client)}'s hands` };
    }
    return null;
  }
  for (const a of plan.me.aims) {
    const c = a.condition;
    if ((c.kind === 'treaty' && c.treaty === 'settlement') || (c.kind === 'peacekeepers' && c.actor === plan.actor)) return { answer: 'accept', why: `we want the war settled (${a.text.toLowerCase()})` };
  }
  return null;
}

/** Is our client at war (itself or the side it fights for)? */
function fighting(plan: Plan, client: ActorId): boolean {
  const side = plan.seen.actors[client]?.commandedBy ?? client;
  return plan.seen.actorOrder.some((e) => atWar(plan.seen, client, e) || atWar(plan.seen, side, e));
}

/**
 * Strings: once a week, a patron whose aims want its client to answer a kind of proposal one way
 * (Turkey: refuse ceasefires while Shusha is not Azerbaijan's; Russia: accept a settlement) sends
 * a package that arrives only if it does, unless one such is already waiting.
 */
export function planConditions(plan: Plan): void {
  const { seen, actor } = plan;
  if (plan.ap < 1 || seen.treaties.some((t) => t.kind === 'settlement')) return;
  for (const p of plan.doctrine.patronOf) {
    const client = seen.actors[p.client];
    if (!client || client.background || client.collapsed || atWar(seen, actor, p.client) || !fighting(plan, p.client)) continue;
    for (const terms of ['ceasefire', 'settlement'] as const) {
      const w = wish(plan, p.client, terms);
      if (!w) continue;
      const waiting = plan.view.links.some((l) => l.patron === actor && l.client === p.client && l.active && l.condition && 'terms' in l.condition && l.condition.terms === terms);
      if (waiting) continue;
      // Not a package offered for sale to the same client this week: it is sold or given, not both.
      const selling = (k: PackageKind): boolean => plan.orders.some((o) => o.kind === 'propose' && o.terms.kind === 'arms-deal' && o.terms.buyer === p.client && o.terms.package === k);
      const pkg = p.packages.find((k) => !seen.forbidden.some((f) => f.patron === actor && f.package === k) && !selling(k) && seen.rules.support[k].cost <= plan.money);
      if (!pkg) continue;
      const { covert, why } = chooseCovert(plan, pkg, 1, p.covert);
      const verb = w.answer === 'accept' ? 'accepts' : 'refuses';
      give(plan, { kind: 'support', client: p.client, package: pkg, covert, condition: { terms, answer: w.answer } }, `${pkg} for ${name(plan, p.client)} only if it ${verb} the next ${terms}: ${w.why}${why}`);
    }
  }
}

/**
 * Pulling support back: a covert package already delivered adds nothing more but the risk of
 * exposure; when an exposure would take our legitimacy under our standing aim, or the war is
 * settled, we withdraw one such link a week.
 */
export function planWithdrawals(plan: Plan): void {
  const { seen, actor } = plan;
  if (plan.ap < 1) return;
  const settled = seen.treaties.some((t) => t.kind === 'settlement');
  const risky = plan.me.legitimacy - seen.rules.exposureLegitimacy < standingAim(plan) + STANDING_MARGIN;
  if (!settled && !risky) return;
  const MODIFIERS: readonly PackageKind[] = ['advisers', 'intelligence', 'diplomatic-cover'];
  for (const l of plan.view.links) {
    if (l.patron !== actor || !l.active || !l.covert || l.exposed || l.deliverTurn >= plan.view.turn || l.condition) continue;
    if (!settled && MODIFIERS.includes(l.package)) continue;
    const why = settled ? 'the war is settled' : `an exposure would cost us ${seen.rules.exposureLegitimacy} legitimacy (we have ${plan.me.legitimacy}, and want ${standingAim(plan)})`;
    if (give(plan, { kind: 'withdraw', link: l.id }, `withdraw our covert ${l.package} from ${name(plan, l.client)}: it has arrived, and ${why}`)) return;
  }
}

type Reply = { answer: 'accept' | 'reject' | 'counter'; why: string[]; firm?: boolean };

/**
 * A client answering a proposal weighs its patrons' strings: a package waiting on its answer to
 * this kind of proposal. The strongest pull (the patron's influence over us plus what the
 * package would bring) bends our answer when it reaches patronage.swayInfluence; a firm answer
 * (a red line) never bends.
 */
export function defer<R extends Reply>(plan: Plan, p: Proposal, reply: R): R {
  const { seen } = plan;
  if (p.terms.kind !== 'ceasefire' && p.terms.kind !== 'settlement') return reply;
  const kind = p.terms.kind;
  let best: { patron: ActorId; answer: 'accept' | 'reject'; pull: number; influence: number; pkg: PackageKind } | null = null;
  for (const l of plan.view.links) {
    const c = l.condition;
    if (!c || !l.active || l.deliveredTurn !== undefined || (l.client !== plan.actor && l.client !== plan.commander) || l.patron === plan.actor) continue;
    if ('proposal' in c ? c.proposal !== p.id : c.terms !== kind) continue;
    const influence = seen.actors[l.patron]?.influence[l.client] ?? 0;
    const pull = influence + seen.rules.support[l.package].influence * (l.size ?? 1);
    if (!best || pull > best.pull) best = { patron: l.patron, answer: c.answer, pull, influence, pkg: l.package };
  }
  if (!best) return reply;
  const wanted = best.answer === 'accept' ? reply.answer === 'accept' : reply.answer !== 'accept';
  const strings = `${name(plan, best.patron)}'s ${best.pkg} package comes only if we ${best.answer === 'accept' ? 'accept' : 'refuse'}`;
  if (wanted) return { ...reply, why: [...reply.why, `${strings}, as we do`] };
  const sway = seen.rules.patronage.swayInfluence;
  if (reply.firm || best.pull < sway) return { ...reply, why: [...reply.why, `${strings}, but its pull on us (influence ${best.influence} and the package) is ${best.pull}, under ${sway}`] };
  return { ...reply, answer: best.answer, why: [...reply.why, `but we defer to ${name(plan, best.patron)}: ${strings}, and its pull on us (influence ${best.influence} and the package) is ${best.pull}, at least ${sway}`] };
}
