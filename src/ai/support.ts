// Patrons back their clients from doctrine.patronOf, within a budget set by their generosity,
// and mind the Russia–Turkey tension track before sending anything openly. What they will not
// give, they may sell (arms deals); what they ship needs a route (transit rights).
import { allied, atWar, routeVia, treatyBetween } from '../engine';
import type { ActorId, PackageKind, Proposal, ProposalTerms } from '../engine';
import { chooseCovert, chooseSize } from './levers';
import { give, name, note, type Plan } from './plan';

/** Packages that help only while active (a combat modifier), not forces or money delivered once. */
const MODIFIER_PACKAGES: readonly PackageKind[] = ['advisers', 'intelligence', 'diplomatic-cover'];
/** How close to the tension limit an overt package may push the track. */
const TENSION_MARGIN = 10;

export function planSupport(plan: Plan): void {
  const { seen, actor } = plan;
  const rules = seen.rules;
  for (const p of plan.doctrine.patronOf) {
    const client = seen.actors[p.client];
    if (!client || client.collapsed || client.background || atWar(seen, actor, p.client)) continue;
    const clientAtWar = seen.wars.some((w) => w.a === p.client || w.b === p.client || w.a === client.commandedBy || w.b === client.commandedBy);
    const settled = seen.treaties.some((t) => t.kind === 'settlement');
    if (settled) continue;
    if (!clientAtWar && p.prewar && recentlySent(plan, p.client, p.prewar.every)) continue;
    const rival = clientAtWar ? favouredFoe(plan, p.client, p.generosity) : null;
    if (rival) {
      note(plan, `no gift for ${name(plan, p.client)}: it is at war with ${name(plan, rival)}, whom we back more`);
      continue;
    }
    // Budget for this client this week: a share of the treasury and of the income, by generosity.
    const share = Math.floor((plan.money * p.generosity) / 300) + Math.floor((plan.me.income * p.generosity) / 100);
    let budget = clientAtWar ? share : Math.floor(share / 3);
    for (const pkg of p.packages) {
      if (plan.ap < 1) return;
      if (!clientAtWar && p.prewar && (!p.prewar.packages.includes(pkg) || recentlySent(plan, p.client, p.prewar.every))) continue;
      if (seen.forbidden.some((f) => f.patron === actor && f.package === pkg)) continue;
      const unit = rules.support[pkg].cost;
      if (unit > budget || unit > plan.money) continue;
      const active = plan.view.links.some((l) => l.patron === actor && l.client === p.client && l.package === pkg && l.active && l.deliverTurn >= plan.view.turn - 2);
      if (MODIFIER_PACKAGES.includes(pkg) && active) continue;
      if (pkg === 'money' && client.treasury >= 10) continue;
      const roll = plan.dice.roll(100);
      if (roll > p.generosity) continue;
      const foes = clientAtWar ? foesOf(plan, p.client) : [];
      const short = (pkg === 'arms' || pkg === 'drones') && foes.length > 0 ? shortOf(plan, p.client, foes, pkg) : null;
      const size = chooseSize(plan, pkg, budget, short, p.generosity);
      const choice = chooseCovert(plan, pkg, size, p.covert);
      let covert = choice.covert;
      const tensionRises = !covert && seen.roles.rivals.includes(actor) && clientAtWar;
      if (tensionRises && seen.tension + rules.tensionPerOvertPackage >= rules.tensionLimit - TENSION_MARGIN) {
        if (rules.support[pkg].deniability === 0) continue;
        covert = true;
      }
      const sized = size > 1 ? ` (size ${size}: ${short})` : '';
      const why = `${covert ? 'covert' : 'overt'} ${pkg}${sized} for ${name(plan, p.client)} (generosity ${p.generosity}, roll ${roll})${clientAtWar ? ', which is at war' : ' to prepare it'}${covert !== choice.covert ? `; sent covertly because Russia–Turkey tension is ${seen.tension}` : choice.why}`;
      if (give(plan, { kind: 'support', client: p.client, package: pkg, covert, ...(size > 1 ? { size } : {}) }, why)) budget -= unit * size;
    }
  }
}

/**
 * Is a package of the patron's for this client due, or sent, within the last `every` weeks (this
 * week's orders included)? Before a war, doctrine paces the supply (patronOf[].prewar).
 */
function recentlySent(plan: Plan, client: ActorId, every: number): boolean {
  const turn = plan.view.turn;
  if (plan.orders.some((o) => o.kind === 'support' && o.client === client)) return true;
  return plan.view.links.some((l) => l.patron === plan.actor && l.client === client && l.deliverTurn > turn - every && !l.sold);
}

/** Another client the patron backs more generously, at war with this one (or its commander), or null. */
function favouredFoe(plan: Plan, client: ActorId, generosity: number): ActorId | null {
  const { seen } = plan;
  for (const q of plan.doctrine.patronOf) {
    if (q.client === client || q.generosity <= generosity) continue;
    const other = seen.actors[q.client];
    if (!other) continue;
    const a = seen.actors[client]?.commandedBy ?? client;
    const b = other.commandedBy ?? q.client;
    if (atWar(seen, a, b) || atWar(seen, client, q.client)) return q.client;
  }
  return null;
}

/** Packages a patron may sell as well as give: equipment, not people or favours. */
const SALEABLE: readonly PackageKind[] = ['arms', 'drones'];
/** Weeks between two arms deals a patron offers the same client. */
const DEAL_EVERY = 3;
/** What a buyer at war keeps in hand after paying: enough to call up a couple of reserve points. */
export const KEEP_IN_HAND = 4;
/** The chance of a sale when tension rules out the overt gift a patron would have sent. */
const SALE_WHEN_BLOCKED = 60;

/** The client's enemies in its war (its commander's too), or none when it is not at war. */
function foesOf(plan: Plan, client: ActorId): ActorId[] {
  const { seen } = plan;
  const side = seen.actors[client]?.commandedBy ?? client;
  return seen.actorOrder.filter((e) => atWar(seen, client, e) || atWar(seen, side, e));
}

function settledWar(plan: Plan): boolean {
  return plan.seen.treaties.some((t) => t.kind === 'settlement');
}

/**
 * Is the client short of what the package brings, by the patron's view? Arms: it is losing ground,
 * or clearly outgunned (under two thirds of the armour and artillery its enemies are estimated to
 * have). Drones: it does not command the air (its drones do not outmatch the enemy air defence).
 */
function shortOf(plan: Plan, client: ActorId, foes: readonly ActorId[], pkg: PackageKind): string | null {
  const { seen } = plan;
  const foeHeld = (c: ActorId | null): boolean => c !== null && foes.some((e) => allied(seen, e, c));
  if (pkg === 'arms') {
    const lost = seen.regionOrder.filter((r) => seen.regions[r].capturedTurn >= 0 && foeHeld(seen.regions[r].controller)).length;
    if (lost > 0) return `${name(plan, client)} is losing ground (${lost} region${lost === 1 ? '' : 's'} taken by its enemies)`;
  }
  let own = 0;
  let theirs = 0;
  // An index loop: the order list is frozen (see seenForces in engine/view.ts).
  for (let i = 0; i < seen.actorOrder.length; i++) {
    const id = seen.actorOrder[i];
    const mine = allied(seen, id, client);
    if (!mine && !foes.includes(id)) continue;
    for (const r of Object.keys(seen.actors[id].forces)) {
      const f = seen.actors[id].forces[r];
      if (pkg === 'arms') {
        if (mine) own += f.armour + f.artillery;
        else theirs += f.armour + f.artillery;
      } else if (mine) own += f.drones;
      else theirs += f.airDefence;
    }
  }
  if (pkg === 'arms' && own * 3 < theirs * 2) return `${name(plan, client)} is outgunned (about ${own} armour and artillery against ${theirs})`;
  if (pkg === 'drones' && own * seen.rules.drones.adPerDrone <= theirs) return `${name(plan, client)} lacks command of the air (about ${own} drones against ${theirs} air defence)`;
  return null;
}

/** Our own aim of influence over the client, when it is not met. */
function influenceShort(plan: Plan, client: ActorId): string | null {
  for (const aim of plan.me.aims) {
    const c = aim.condition;
    if (c.kind !== 'influence-at-least' || c.over !== client) continue;
    const now = plan.me.influence[client] ?? 0;
    if (now < c.value) return `our influence over ${name(plan, client)} is ${now}, short of the ${c.value} we want: a sale keeps it buying from us`;
  }
  return null;
}

/** Our own proposals of one kind, any status, as our view shows them. */
export function ownProposals<K extends ProposalTerms['kind']>(plan: Plan, kind: K): (Proposal & { terms: Extract<ProposalTerms, { kind: K }> })[] {
  return plan.view.proposals.filter((p): p is Proposal & { terms: Extract<ProposalTerms, { kind: K }> } => p.from === plan.actor && p.terms.kind === kind);
}

/**
 * Arms deals: a patron whose client is at war, and short of a package the patron does not send it
 * this week (its generosity is low, its budget is spent, or tension rules out an overt gift),
 * offers to sell it at cost — or sells to keep its hold on a client it wants influence over.
 * One offer per client every few weeks, with a seeded chance; a party to the war gives, it does
 * not sell. Returns true when it proposed.
 */
export function planArmsDeals(plan: Plan): boolean {
  const { seen, actor } = plan;
  const rules = seen.rules;
  if (settledWar(plan) || plan.ap < 1) return false;
  for (const p of plan.doctrine.patronOf) {
    const client = seen.actors[p.client];
    if (!client || client.background || client.collapsed || client.commandedBy === actor || atWar(seen, actor, p.client)) continue;
    const foes = foesOf(plan, p.client);
    if (foes.length === 0 || foes.some((e) => atWar(seen, actor, e))) continue;
    const recent = ownProposals(plan, 'arms-deal').some((x) => x.terms.buyer === p.client && (x.status === 'pending' || x.turn > plan.view.turn - DEAL_EVERY));
    if (recent) continue;
    for (const pkg of p.packages) {
      if (!SALEABLE.includes(pkg) || seen.forbidden.some((f) => f.patron === actor && f.package === pkg)) continue;
      if (plan.orders.some((o) => o.kind === 'support' && o.client === p.client && o.package === pkg)) continue;
      const rule = rules.support[pkg];
      const price = rule.cost;
      if (client.treasury < price + KEEP_IN_HAND) continue;
      const need = shortOf(plan, p.client, foes, pkg) ?? influenceShort(plan, p.client);
      if (!need) continue;
      const blocked = !p.covert && rule.deniability === 0 && seen.roles.rivals.includes(actor) && seen.tension + rules.tensionPerOvertPackage >= rules.tensionLimit - TENSION_MARGIN;
      const chance = blocked ? SALE_WHEN_BLOCKED : Math.floor((100 - p.generosity) / 3);
      const roll = plan.dice.roll(100);
      if (roll > chance) continue;
      const notGiven = blocked ? `an overt gift would push Russia–Turkey tension (${seen.tension}) too near its limit` : p.generosity < 50 ? `we do not give it away (generosity ${p.generosity})` : 'our aid this week goes elsewhere';
      const terms = { kind: 'arms-deal' as const, seller: actor, buyer: p.client, package: pkg, price, delay: rule.delay };
      if (give(plan, { kind: 'propose', to: [p.client], terms }, `offer ${name(plan, p.client)} an arms deal: ${pkg} for ${price}, delivered in ${rule.delay} week${rule.delay === 1 ? '' : 's'} — ${need}, and ${notGiven} (chance ${chance}, roll ${roll})`)) return true;
    }
  }
  return false;
}

/** Weeks of transit rights asked for. */
const TRANSIT_WEEKS = 8;
/** Weekly chance a patron shipping arms asks for a route it has not asked for yet. */
const TRANSIT_CHANCE = 12;

/**
 * Transit: a patron shipping equipment to a client at war asks the countries on its supply route
 * to that client (the scenario's rules.transit.routes) for transit rights, once each: a refusal
 * (a background neighbour's stance is rolled when first asked) is remembered, and the next
 * country is tried. It skips a neighbour whose relations with it are hostile: it would refuse.
 * Returns true when it proposed.
 */
export function planTransit(plan: Plan): boolean {
  const { seen, actor } = plan;
  if (settledWar(plan) || plan.ap < 1) return false;
  const shipping = plan.orders.find((o) => (o.kind === 'support' && !o.covert && SALEABLE.includes(o.package) && foesOf(plan, o.client).length > 0) || (o.kind === 'propose' && o.terms.kind === 'arms-deal'));
  if (!shipping) return false;
  const client = shipping.kind === 'support' ? shipping.client : shipping.kind === 'propose' && shipping.terms.kind === 'arms-deal' ? shipping.terms.buyer : null;
  if (client === null) return false;
  // The countries the scenario's supply routes put between us and this client; none when a base
  // of ours in its territory already supplies it.
  const route = routeVia(seen.rules, actor, client);
  if (route.length === 0 || treatyBetween(seen, 'basing', actor, client)) return false;
  const skipped: string[] = [];
  for (const grantor of route) {
    const g = seen.actors[grantor];
    if (!g || g.collapsed) continue;
    if (treatyBetween(seen, 'transit', grantor, actor)) return false;
    const asked = ownProposals(plan, 'transit').filter((x) => x.terms.grantor === grantor);
    if (asked.some((x) => x.status === 'pending' || x.status === 'accepted')) return false;
    if (asked.length > 0) {
      skipped.push(`${g.name} has refused us before`);
      continue;
    }
    if (atWar(seen, grantor, actor) || atWar(seen, grantor, client)) continue;
    const rel = g.relations[actor] ?? 0;
    if (rel < 0) {
      skipped.push(`${g.name}'s relations with us are ${rel}`);
      continue;
    }
    const roll = plan.dice.roll(100);
    if (roll > TRANSIT_CHANCE) return false;
    const terms = { kind: 'transit' as const, grantor, user: actor, turns: TRANSIT_WEEKS };
    return give(plan, { kind: 'propose', to: [grantor], terms }, `ask ${g.name} for transit rights for ${TRANSIT_WEEKS} weeks: our cargo for ${name(plan, client)} needs a route${skipped.length ? ` (${skipped.join('; ')})` : ''} (chance ${TRANSIT_CHANCE}, roll ${roll})`);
  }
  return false;
}
