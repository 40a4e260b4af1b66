// Phase 4, support: withdrawn packages stop, new proxy packages set out, conditional ones are
// released or withdrawn on their client's answer (patronage.ts), due ones deliver, covert ones
// risk exposure by a seeded roll each turn, and a patron that neglects a client at war loses
// its hold on it.
import { actorName, regionName } from '../names';
import { fullForces, groundStrength } from '../forces';
import { frontRegions } from '../geography';
import { exposureChance } from '../package-preview';
import { supportDelay } from '../routes';
import { allied, atWar } from '../sides';
import { adjust, adjustInfluence, adjustRelations, adjustTension, note } from '../stats';
import { FORCE_TYPES, type ActorId, type GameState, type PackageKind, type ProxyLink } from '../types';

/** Packages whose help is a combat or standing modifier while active: a bigger one lasts longer. */
const MODIFIER_KINDS: readonly PackageKind[] = ['advisers', 'intelligence', 'diplomatic-cover'];
import { withDice, type TurnContext } from './context';
import { conditionName, conditionState, neglect, withdrawLink } from './patronage';

/**
 * Where a client receives forces: its strongest region on a front, else its strongest region,
 * judged at the first delivery of the phase (control and fronts do not move in the phases that
 * deliver), once per phase and client: later deliveries in the same phase go where the first went.
 */
export function receivingRegion(state: GameState, ctx: TurnContext, client: ActorId): string | null {
  const key = `${ctx.log.phase}|${client}`;
  const known = ctx.receiving[key];
  if (known !== undefined) return known;
  const front = frontRegions(state, client, (c) => atWar(state, client, c)).filter((r) => state.regions[r].controller === client);
  const pool = front.length > 0 ? front : state.regionOrder.filter((r) => state.regions[r].controller === client);
  let best: string | null = null;
  let bestStrength = -1;
  for (const r of pool) {
    const s = groundStrength(state.actors[client].forces[r]);
    if (s > bestStrength) {
      best = r;
      bestStrength = s;
    }
  }
  ctx.receiving[key] = best;
  return best;
}

/** A package's size: how many packages' worth it carries. */
function sizeOf(link: { readonly size?: number }): number {
  return link.size ?? 1;
}

function deliver(state: GameState, ctx: TurnContext, link: ProxyLink): void {
  const rule = state.rules.support[link.package];
  const client = state.actors[link.client];
  const region = receivingRegion(state, ctx, link.client);
  const size = sizeOf(link);
  let what = '';
  if (region && FORCE_TYPES.some((t) => (rule.forces[t] ?? 0) > 0)) {
    const f = (client.forces[region] ??= fullForces(undefined));
    for (const t of FORCE_TYPES) f[t] += (rule.forces[t] ?? 0) * size;
    what = ` to ${regionName(state, region)}`;
  }
  if (rule.money > 0) adjust(state, ctx.log, link.client, 'treasury', rule.money * size, `money from ${actorName(state, link.patron)}`, link.covert);
  if (link.package === 'diplomatic-cover') adjust(state, ctx.log, link.client, 'legitimacy', rule.modifier * size, `${actorName(state, link.patron)} vouches for it abroad`);
  link.delivered += 1;
  link.deliveredTurn = state.turn;
  if (!ctx.log.quiet) note(ctx.log, {
    kind: 'support',
    link: link.id,
    patron: link.patron,
    client: link.client,
    package: link.package,
    change: 'delivered',
    text: `${actorName(state, link.patron)}'s ${link.covert ? 'covert ' : ''}${link.package} package${size > 1 ? ` (size ${size})` : ''} reaches ${client.name}${what}.`,
    cause: 'proxy support',
    ...(link.covert && !link.exposed ? { visibleTo: [link.patron, link.client] } : {}),
  });
  // A sale buys less loyalty than a gift (patronage.saleInfluencePct).
  const influence = Math.floor((rule.influence * size * (link.sold ? state.rules.patronage.saleInfluencePct : 100)) / 100);
  adjustInfluence(state, ctx.log, link.patron, link.client, influence, `${link.package} delivered`);
  // The rival patron loses ground with the same client.
  const rivals = state.roles.rivals;
  for (const rival of rivals) if (rival !== link.patron && rivals.includes(link.patron)) adjustInfluence(state, ctx.log, rival, link.client, -Math.floor((influence * state.rules.patronage.rivalInfluencePct) / 100), `${actorName(state, link.patron)} supplies ${client.name}`);
}

function expose(state: GameState, ctx: TurnContext, link: ProxyLink): void {
  link.exposed = true;
  ctx.exposures.push({ patron: link.patron, client: link.client, package: link.package });
  const patron = state.actors[link.patron];
  if (!ctx.log.quiet) {
    // A later package of the same kind, exposed after an earlier one, is news of a different sort.
    const again = state.links.some((l) => l !== link && l.exposed && l.covert && l.patron === link.patron && l.client === link.client && l.package === link.package);
    const text = again ? `Exposed again: another covert ${link.package} package from ${patron.name} to ${actorName(state, link.client)} comes to light.` : `Exposed: ${patron.name} has been covertly sending ${link.package} to ${actorName(state, link.client)}.`;
    note(ctx.log, { kind: 'support', link: link.id, patron: link.patron, client: link.client, package: link.package, change: 'exposed', text, cause: 'exposure roll' });
  }
  adjust(state, ctx.log, link.patron, 'legitimacy', -state.rules.exposureLegitimacy, `covert ${link.package} exposed`);
  for (const enemy of state.actorOrder) if (atWar(state, link.client, enemy)) adjustRelations(state, ctx.log, link.patron, enemy, state.rules.relationShifts.covertExposed, `covert ${link.package} exposed`);
  if (state.roles.rivals.includes(link.patron)) adjustTension(state, ctx.log, state.rules.tensionShifts.covertExposed, `${patron.name}'s covert ${link.package} exposed`);
}

export function supportPhase(state: GameState, ctx: TurnContext): void {
  for (const actor of state.actorOrder) {
    for (const o of ctx.orders[actor] ?? []) {
      if (o.kind !== 'withdraw') continue;
      const link = state.links.find((l) => l.id === o.link);
      if (link && link.active) withdrawLink(state, ctx, link, `order of ${actorName(state, actor)}`);
    }
  }
  for (const actor of state.actorOrder) {
    for (const o of ctx.orders[actor] ?? []) {
      if (o.kind !== 'support') continue;
      const rule = state.rules.support[o.package];
      const size = o.size ?? 1;
      const delay = supportDelay(state, actor, o.client, o.package);
      const lasts = MODIFIER_KINDS.includes(o.package) ? state.rules.patronage.activeTurns * size : state.rules.patronage.activeTurns;
      const link: ProxyLink = {
        id: `link-${state.nextId++}`,
        patron: actor,
        client: o.client,
        package: o.package,
        covert: o.covert,
        since: state.turn,
        deliverTurn: state.turn + delay.turns,
        until: state.turn + delay.turns + lasts,
        delivered: 0,
        exposed: false,
        active: true,
        ...(size > 1 ? { size } : {}),
        ...(o.condition ? { condition: o.condition } : {}),
      };
      state.links.push(link);
      if (!ctx.log.quiet) note(ctx.log, {
        kind: 'support',
        link: link.id,
        patron: actor,
        client: o.client,
        package: o.package,
        change: 'sent',
        text: `${actorName(state, actor)} sends ${o.covert ? 'covert' : 'overt'} ${o.package}${size > 1 ? ` (size ${size})` : ''} to ${actorName(state, o.client)}${delay.reasons.map((r) => ` (${r})`).join('')}${o.condition ? `, to be delivered only if ${actorName(state, o.client)} ${o.condition.answer === 'accept' ? 'accepts' : 'refuses'} ${conditionName(o.condition)}` : ''}.`,
        cause: `order of ${actorName(state, actor)}`,
        ...(o.covert ? { visibleTo: [actor, o.client] } : {}),
      });
      if (!o.covert) {
        adjust(state, ctx.log, actor, 'legitimacy', -rule.overtLegitimacy * size, `overt ${o.package} to a belligerent`);
        if (state.roles.rivals.includes(actor) && state.actorOrder.some((b) => atWar(state, o.client, b))) adjustTension(state, ctx.log, state.rules.tensionPerOvertPackage, `${actorName(state, actor)} openly arms ${actorName(state, o.client)}`);
      }
    }
  }
  const rules = state.rules;
  for (const l of state.links) {
    if (l.active && l.delivered === 0 && l.condition && conditionState(state, l) === 'failed') withdrawLink(state, ctx, l, 'condition not met');
  }
  for (const l of state.links) {
    if (l.active && l.delivered === 0 && l.deliverTurn <= state.turn && (!l.condition || conditionState(state, l) === 'met')) deliver(state, ctx, l);
  }
  withDice(state, (dice) => {
    for (const l of state.links) {
      if (!l.active || !l.covert || l.exposed) continue;
      const chance = exposureChance(rules, l.package, sizeOf(l));
      const roll = dice.roll(100);
      const exposed = roll <= chance;
      if (!ctx.log.quiet) note(ctx.log, { kind: 'roll', purpose: `exposure of ${l.id}`, roll, threshold: chance, success: exposed, text: `Exposure check on ${actorName(state, l.patron)}'s covert ${l.package}: roll ${roll} against ${chance}.`, cause: 'covert support', visibleTo: [l.patron] });
      if (exposed) expose(state, ctx, l);
    }
  });
  for (const l of state.links) {
    if (!l.active) continue;
    // A conditional package waits for its client's answer, however late.
    const lapsed = l.until !== null && l.until < state.turn && !(l.condition && l.delivered === 0);
    // A patron whose client is at war with the patron itself stops supplying it.
    const turned = atWar(state, l.patron, l.client) && !allied(state, l.patron, l.client);
    if (lapsed || turned) l.active = false;
  }
  neglect(state, ctx);
}
