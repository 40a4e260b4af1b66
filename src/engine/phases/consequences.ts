// Phase 6, consequences: what the turn's fighting costs at home and abroad — breaches of
// ceasefires, treaty obligations, domestic support, displaced people, the economy, red lines.
import { actorName, tensionName } from '../names';
import { totalStrength } from '../forces';
import { allied, atWar, belligerents, commander, declareWar, inForce } from '../sides';
import { adjust, adjustRelations, adjustTension, note } from '../stats';
import type { ActorId, GameState } from '../types';
import { withDice, type TurnContext } from './context';
import { reactions } from './reactions';

function breaches(state: GameState, ctx: TurnContext): void {
  for (const b of ctx.breaches) {
    const t = state.treaties.find((x) => x.id === b.treaty);
    if (!t) continue;
    if (!t.breachedBy.includes(b.actor)) t.breachedBy.push(b.actor);
    state.actors[b.actor].breaches += 1;
    note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'breached', text: `Ceasefire broken: ${actorName(state, b.actor)} is blamed for fighting against ${actorName(state, b.against)}.`, cause: 'attack during a ceasefire' });
    adjust(state, ctx.log, b.actor, 'legitimacy', -state.rules.breachLegitimacy, 'broke a ceasefire');
    for (const p of t.parties) if (!allied(state, p, b.actor)) adjustRelations(state, ctx.log, b.actor, p, -state.rules.breachRelations, 'broke a ceasefire');
    for (const m of t.monitors ?? []) adjustRelations(state, ctx.log, b.actor, m, state.rules.relationShifts.monitoredBreach, 'broke a monitored ceasefire');
    t.expires = state.turn;
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
        note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'not-invoked', text: `Fighting in ${region.name} does not trigger the treaty: it covers only ${(t.covers ?? []).join(', ')} territory, not the ${region.zone === 'nkao' ? 'former autonomous region' : region.zone === 'district' ? 'surrounding districts' : region.zone}.`, cause: t.text });
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
      if (displaced > 0) note(ctx.log, { kind: 'stat', actor: c.from, field: 'displaced', delta: displaced, value: state.actors[c.from].displaced, text: `About ${displaced} people flee ${r.name}.`, cause: `${r.name} changed hands` });
      adjust(state, ctx.log, loser, 'domesticSupport', -state.rules.supportPerRegionLost - Math.floor(r.value / perValue), `lost ${r.name}`);
    }
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

function collapse(state: GameState, ctx: TurnContext): void {
  for (const id of state.actorOrder) {
    const a = state.actors[id];
    if (a.collapsed || a.background || a.domesticSupport > 0) continue;
    a.collapsed = true;
    note(ctx.log, { kind: 'decision', actor: id, reasons: ['domestic support reached zero'], text: `${a.name}'s government collapses under public anger.`, cause: 'domestic support at zero' });
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
  collapse(state, ctx);
}
