// Phase 4, support: new proxy packages set out, due ones deliver, and covert ones risk
// exposure by a seeded roll each turn.
import { actorName, regionName } from '../names';
import { fullForces, groundStrength } from '../forces';
import { frontRegions } from '../geography';
import { exposureChance } from '../package-preview';
import { supportDelay } from '../routes';
import { allied, atWar } from '../sides';
import { adjust, adjustInfluence, adjustRelations, adjustTension, note } from '../stats';
import { FORCE_TYPES, type ActorId, type GameState, type ProxyLink } from '../types';
import { withDice, type TurnContext } from './context';

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

function deliver(state: GameState, ctx: TurnContext, link: ProxyLink): void {
  const rule = state.rules.support[link.package];
  const client = state.actors[link.client];
  const region = receivingRegion(state, ctx, link.client);
  let what = '';
  if (region && FORCE_TYPES.some((t) => (rule.forces[t] ?? 0) > 0)) {
    const f = (client.forces[region] ??= fullForces(undefined));
    for (const t of FORCE_TYPES) f[t] += rule.forces[t] ?? 0;
    what = ` to ${regionName(state, region)}`;
  }
  if (rule.money > 0) adjust(state, ctx.log, link.client, 'treasury', rule.money, `money from ${actorName(state, link.patron)}`, link.covert);
  if (link.package === 'diplomatic-cover') adjust(state, ctx.log, link.client, 'legitimacy', rule.modifier, `${actorName(state, link.patron)} vouches for it abroad`);
  link.delivered += 1;
  if (!ctx.log.quiet) note(ctx.log, {
    kind: 'support',
    link: link.id,
    patron: link.patron,
    client: link.client,
    package: link.package,
    change: 'delivered',
    text: `${actorName(state, link.patron)}'s ${link.covert ? 'covert ' : ''}${link.package} package reaches ${client.name}${what}.`,
    cause: 'proxy support',
    ...(link.covert && !link.exposed ? { visibleTo: [link.patron, link.client] } : {}),
  });
  adjustInfluence(state, ctx.log, link.patron, link.client, rule.influence, `${link.package} delivered`);
  // The rival patron loses ground with the same client.
  const rivals = state.roles.rivals;
  for (const rival of rivals) if (rival !== link.patron && rivals.includes(link.patron)) adjustInfluence(state, ctx.log, rival, link.client, -Math.floor((rule.influence * state.rules.patronage.rivalInfluencePct) / 100), `${actorName(state, link.patron)} supplies ${client.name}`);
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
      if (o.kind !== 'support') continue;
      const rule = state.rules.support[o.package];
      const delay = supportDelay(state, actor, o.client, o.package);
      const link: ProxyLink = {
        id: `link-${state.nextId++}`,
        patron: actor,
        client: o.client,
        package: o.package,
        covert: o.covert,
        since: state.turn,
        deliverTurn: state.turn + delay.turns,
        until: state.turn + delay.turns + state.rules.patronage.activeTurns,
        delivered: 0,
        exposed: false,
        active: true,
      };
      state.links.push(link);
      if (!ctx.log.quiet) note(ctx.log, {
        kind: 'support',
        link: link.id,
        patron: actor,
        client: o.client,
        package: o.package,
        change: 'sent',
        text: `${actorName(state, actor)} sends ${o.covert ? 'covert' : 'overt'} ${o.package} to ${actorName(state, o.client)}${delay.reasons.map((r) => ` (${r})`).join('')}.`,
        cause: `order of ${actorName(state, actor)}`,
        ...(o.covert ? { visibleTo: [actor, o.client] } : {}),
      });
      if (!o.covert) {
        adjust(state, ctx.log, actor, 'legitimacy', -rule.overtLegitimacy, `overt ${o.package} to a belligerent`);
        if (state.roles.rivals.includes(actor) && state.actorOrder.some((b) => atWar(state, o.client, b))) adjustTension(state, ctx.log, state.rules.tensionPerOvertPackage, `${actorName(state, actor)} openly arms ${actorName(state, o.client)}`);
      }
    }
  }
  const rules = state.rules;
  for (const l of state.links) {
    if (l.active && l.delivered === 0 && l.deliverTurn <= state.turn) deliver(state, ctx, l);
  }
  withDice(state, (dice) => {
    for (const l of state.links) {
      if (!l.active || !l.covert || l.exposed) continue;
      const chance = exposureChance(rules, l.package);
      const roll = dice.roll(100);
      const exposed = roll <= chance;
      if (!ctx.log.quiet) note(ctx.log, { kind: 'roll', purpose: `exposure of ${l.id}`, roll, threshold: chance, success: exposed, text: `Exposure check on ${actorName(state, l.patron)}'s covert ${l.package}: roll ${roll} against ${chance}.`, cause: 'covert support', visibleTo: [l.patron] });
      if (exposed) expose(state, ctx, l);
    }
  });
  for (const l of state.links) {
    if (!l.active) continue;
    const lapsed = l.until !== null && l.until < state.turn;
    // A patron whose client is at war with the patron itself stops supplying it.
    const turned = atWar(state, l.patron, l.client) && !allied(state, l.patron, l.client);
    if (lapsed || turned) l.active = false;
  }
}
