// Phase 6, consequences: what the turn's fighting costs at home and abroad — breaches of
// ceasefires, treaty obligations, domestic support, displaced people, the economy, red lines.
import { actorName, listed, tensionName, zoneName } from '../names';
import { totalStrength } from '../forces';
import { allied, atWar, belligerents, commander, declareWar, inForce } from '../sides';
import { adjust, adjustRelations, adjustTension, note } from '../stats';
import type { ActorId, GameState, Treaty } from '../types';
import { withDice, type TurnContext } from './context';
import { reactions } from './reactions';

/** What the log says of a breach, by the kind of treaty broken. */
function breachText(state: GameState, kind: string, actor: ActorId, against: ActorId): string {
  const who = actorName(state, actor);
  if (kind === 'settlement') return `Settlement broken: ${who} is blamed for fighting ${actorName(state, against)} after the settlement was signed.`;
  if (kind === 'peacekeeping') return `Peacekeepers' mandate broken: ${who} is blamed for attacking where ${actorName(state, against)}'s peacekeepers stand.`;
  return `Ceasefire broken: ${who} is blamed for fighting against ${actorName(state, against)}.`;
}

/** The guarantors of a treaty: for a settlement, the peacekeepers' country under its mandate; for a mandate, its peacekeepers' country. */
function guarantorsOf(state: GameState, t: Treaty): ActorId[] {
  if (t.kind === 'peacekeeping') return t.beneficiary === undefined ? [] : [t.beneficiary];
  if (t.kind !== 'settlement') return [];
  const out: ActorId[] = [];
  for (const m of state.treaties) {
    if (m.kind === 'peacekeeping' && m.beneficiary !== undefined && inForce(state, m) && t.parties.every((p) => m.parties.includes(p)) && !out.includes(m.beneficiary)) out.push(m.beneficiary);
  }
  return out;
}

function breaches(state: GameState, ctx: TurnContext): void {
  const reacted = new Set<string>();
  for (const b of ctx.breaches) {
    const t = state.treaties.find((x) => x.id === b.treaty);
    if (!t) continue;
    if (!t.breachedBy.includes(b.actor)) t.breachedBy.push(b.actor);
    state.actors[b.actor].breaches += 1;
    const what = t.kind === 'ceasefire' ? 'a ceasefire' : t.kind === 'settlement' ? 'a settlement' : 'a peacekeeping mandate';
    note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'breached', text: breachText(state, t.kind, b.actor, b.against), cause: `attack in breach of ${what}` });
    adjust(state, ctx.log, b.actor, 'legitimacy', -state.rules.breachLegitimacy, `broke ${what}`);
    for (const p of t.parties) if (!allied(state, p, b.actor)) adjustRelations(state, ctx.log, b.actor, p, -state.rules.breachRelations, `broke ${what}`);
    for (const m of t.monitors ?? []) adjustRelations(state, ctx.log, b.actor, m, state.rules.relationShifts.monitoredBreach, 'broke a monitored ceasefire');
    // The guarantor answers for the settlement it keeps: once a week for each breaker.
    for (const g of guarantorsOf(state, t)) {
      if (allied(state, g, b.actor) || reacted.has(`${g}|${b.actor}`)) continue;
      reacted.add(`${g}|${b.actor}`);
      adjustRelations(state, ctx.log, g, b.actor, state.rules.relationShifts.guarantorOfBreach, `${actorName(state, g)} guarantees the settlement ${actorName(state, b.actor)} broke`);
    }
    // A broken ceasefire ends; a settlement and its mandate stay in force, breached.
    if (t.kind === 'ceasefire') t.expires = state.turn;
  }
}

/** Defence treaties bind their guarantor only for the zones they cover: the game's central distinction. */
function defenceTreaties(state: GameState, ctx: TurnContext): void {
  for (const t of state.treaties) {
    if (t.kind !== 'defence' || !inForce(state, t) || !t.beneficiary) continue;
    const beneficiary = t.beneficiary;
    const guarantors = t.parties.filter((p) => p !== beneficiary);
    for (const h of ctx.hits) {
      if (h.victim === null || !allied(state, h.victim, beneficiary) || allied(state, h.actor, beneficiary)) continue;
      const region = state.regions[h.region];
      const covered = (t.covers ?? []).includes(region.zone);
      if (covered) {
        for (const g of guarantors) {
          if (atWar(state, g, h.actor)) continue;
          declareWar(state, g, h.actor);
          note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'invoked', text: `${actorName(state, h.actor)} hit ${region.name}, which the treaty covers: ${actorName(state, g)} is bound to defend ${actorName(state, beneficiary)} and enters the war.`, cause: t.text });
          adjustTension(state, ctx.log, state.rules.tensionShifts.guarantorEntersWar, `${actorName(state, g)} enters the war`);
        }
      } else {
        if (state.treatyNotices.some((n) => n.treaty === t.id && n.zone === region.zone)) continue;
        state.treatyNotices.push({ treaty: t.id, zone: region.zone });
        note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'not-invoked', text: `Fighting in ${region.name} does not trigger the treaty: it covers only ${listed((t.covers ?? []).map((z) => zoneName(state, z)))}, not ${zoneName(state, region.zone)}.`, cause: t.text });
      }
    }
  }
}

function losses(state: GameState, ctx: TurnContext): void {
  const perValue = state.rules.standing.regionValuePerSupport;
  for (const id of state.actorOrder) {
    const pts = ctx.losses[id] ?? 0;
    if (pts <= 0) continue;
    const people = pts * state.rules.combat.casualtiesPerPoint;
    const drop = Math.floor(people / state.rules.supportLossPerCasualties);
    adjust(state, ctx.log, commander(state, id), 'domesticSupport', -drop, `${people} military casualties this week`);
  }
  for (const c of ctx.captures) {
    const r = state.regions[c.region];
    if (c.from) {
      const loser = commander(state, c.from);
      const displaced = Math.floor((r.population * state.rules.displacedPerPopulationPct) / 100);
      state.actors[c.from].displaced += displaced;
      if (displaced > 0 && !ctx.log.quiet) note(ctx.log, { kind: 'stat', actor: c.from, field: 'displaced', delta: displaced, value: state.actors[c.from].displaced, text: `About ${displaced} people ${c.handover ? 'leave' : 'flee'} ${r.name}.`, cause: `${r.name} changed hands` });
      if (c.handover) continue;
      adjust(state, ctx.log, loser, 'domesticSupport', -state.rules.supportPerRegionLost - Math.floor(r.value / perValue), `lost ${r.name}`);
    }
    if (c.handover) continue;
    adjust(state, ctx.log, commander(state, c.to), 'domesticSupport', state.rules.supportPerRegionGained + Math.floor(r.value / perValue), `took ${r.name}`);
  }
}

interface Bill {
  readonly actor: ActorId;
  readonly income: number;
  readonly upkeep: number;
  readonly pipelineLoss: number;
}

/**
 * Each actor's income and war upkeep for the week, reckoned on the state as the phase begins:
 * forces that arrive later in the phase (an arms sale, a red line's reinforcements) are paid for
 * from next week: the phase takes them first.
 */
function economyBills(state: GameState): Bill[] {
  const regions = state.regions;
  const fighting = belligerents(state);
  const pipelines = state.regionOrder.filter((r) => regions[r].infrastructure.includes('pipeline'));
  const { strengthPerUpkeep, pipelineLossDivisor } = state.rules.economy;
  const bills: Bill[] = [];
  for (const id of state.actorOrder) {
    const a = state.actors[id];
    if (a.collapsed) continue;
    let upkeep = 0;
    if (fighting.includes(id)) {
      let strength = 0;
      for (const r of Object.keys(a.forces)) strength += totalStrength(a.forces[r]);
      upkeep = Math.floor(strength / strengthPerUpkeep);
    }
    const pipelineLoss = pipelines.some((r) => regions[r].sovereign === id && regions[r].controller !== id) ? Math.floor(a.income / pipelineLossDivisor) : 0;
    bills.push({ actor: id, income: a.income, upkeep, pipelineLoss });
  }
  return bills;
}

function economy(state: GameState, ctx: TurnContext, bills: readonly Bill[]): void {
  for (const { actor, income, upkeep, pipelineLoss } of bills) {
    const net = income - upkeep - pipelineLoss;
    if (net !== 0) adjust(state, ctx.log, actor, 'treasury', net, `income ${income}${upkeep ? `, war upkeep ${upkeep}` : ''}${pipelineLoss ? `, pipeline lost ${pipelineLoss}` : ''}`, true);
  }
}

/**
 * A government whose domestic support reaches 0 falls: the country loses legitimacy, gives no
 * orders the next week, and then a new government takes office with support
 * `standing.newGovernmentSupport` (low enough that the computer's leaders weigh a settlement).
 * The game goes on.
 */
function governments(state: GameState, ctx: TurnContext): void {
  const { newGovernmentSupport, governmentFallLegitimacy } = state.rules.standing;
  for (const id of state.actorOrder) {
    const a = state.actors[id];
    if (a.background) continue;
    if (a.domesticSupport <= 0) {
      a.collapsed = true;
      note(ctx.log, { kind: 'decision', actor: id, reasons: ['domestic support reached zero'], text: `${a.name}'s government falls under public anger; ${a.name} gives no orders until a new government takes office next week.`, cause: 'domestic support at zero' });
      adjust(state, ctx.log, id, 'legitimacy', -governmentFallLegitimacy, `${a.name}'s government fell`);
      adjust(state, ctx.log, id, 'domesticSupport', newGovernmentSupport - a.domesticSupport, `${a.name}'s interim leaders`);
    } else if (a.collapsed) {
      a.collapsed = false;
      note(ctx.log, { kind: 'decision', actor: id, reasons: [`domestic support ${a.domesticSupport}`], text: `A new government takes office in ${a.name}, with little support at home and ready to weigh a settlement.`, cause: `${a.name}'s government fell` });
    }
  }
}

function tensionDrift(state: GameState, ctx: TurnContext): void {
  const rivals = state.roles.rivals;
  const rivalsFighting = atWar(state, rivals[0], rivals[1]);
  if (!rivalsFighting && state.tension > 0 && ctx.hits.length === 0) adjustTension(state, ctx.log, state.rules.tensionShifts.quietWeek, 'a quiet week');
  if (state.tension >= state.rules.tensionLimit) {
    for (const r of rivals) if (state.actors[r]) adjust(state, ctx.log, r, 'legitimacy', -state.rules.standing.tensionLimitLegitimacy, `${tensionName(state)} past its limit`);
  }
}

export function consequencesPhase(state: GameState, ctx: TurnContext): void {
  const bills = economyBills(state);
  withDice(state, (dice) => reactions(state, ctx, dice));
  breaches(state, ctx);
  defenceTreaties(state, ctx);
  losses(state, ctx);
  economy(state, ctx, bills);
  tensionDrift(state, ctx);
  governments(state, ctx);
}
