// Third parties that react by rule, not by orders: statements after strikes on towns, export
// suspensions when a component turns up in a downed drone, an alliance's call for calm, an arms
// seller's deliveries, a neighbour's border red line, and incidents that break ceasefires.
// Who reacts is the scenario's roles (state.roles). Each reaction is logged with the rule that
// produced it.
import { actorName, regionName, tensionName } from '../names';
import { fullForces } from '../forces';
import type { Dice } from '../rng';
import { allied, atWar, ceasefireBetween, inForce } from '../sides';
import { adjust, adjustRelations, adjustTension, note } from '../stats';
import { FORCE_TYPES, type ActorId, type GameState } from '../types';
import type { TurnContext } from './context';
import { stanceToFix } from '../third-parties';
import { condemned, rollStance } from './standing';
import { receivingRegion } from './support';

const exists = (state: GameState, id: ActorId): boolean => state.actors[id] !== undefined;

function condemnStrikes(state: GameState, ctx: TurnContext): void {
  const strikers = [...new Set(ctx.civilianStrikes.map((s) => s.actor))].sort();
  for (const critic of state.roles.critics) {
    if (!exists(state, critic)) continue;
    for (const s of strikers) {
      const where = ctx.civilianStrikes.filter((x) => x.actor === s).map((x) => regionName(state, x.region));
      note(ctx.log, { kind: 'decision', actor: critic, reasons: ['rule: populated places were struck'], text: `${actorName(state, critic)} condemns ${actorName(state, s)}'s strikes on ${where.join(', ')} and calls for civilians to be spared.`, cause: 'strike on a populated place' });
      adjustRelations(state, ctx.log, critic, s, state.rules.relationShifts.strikesOnTowns, 'strikes on towns');
      condemned(state, ctx, s, critic, state.rules.standing.condemnation);
    }
  }
}

function componentsInWreckage(state: GameState, ctx: TurnContext, dice: Dice): void {
  for (const d of ctx.downedDrones) {
    const suppliers = [...new Set(state.links.filter((l) => l.package === 'drones' && l.client === d.actor && l.active && !state.actors[l.patron].background).map((l) => l.patron))].sort();
    for (const patron of suppliers) {
      for (const { actor: maker, foundPct: chance } of state.roles.componentMakers) {
        if (!exists(state, maker) || state.actors[patron].embargoedBy.includes(maker)) continue;
        const roll = dice.roll(100);
        const found = roll <= chance;
        note(ctx.log, { kind: 'roll', purpose: `${maker} component in wreckage`, roll, threshold: chance, success: found, text: `Wreckage of a ${actorName(state, patron)}-supplied drone near ${regionName(state, d.region)} is examined for ${actorName(state, maker)}-made parts: roll ${roll} against ${chance}.`, cause: 'downed drone' });
        if (!found) continue;
        state.actors[patron].embargoedBy.push(maker);
        state.actors[patron].embargoedBy.sort();
        note(ctx.log, { kind: 'decision', actor: maker, reasons: ['rule: its components were found in a drone used in the war'], text: `${actorName(state, maker)} suspends export permits for drone components to ${actorName(state, patron)}; its drone deliveries slow down.`, cause: 'component found in a downed drone' });
        adjustRelations(state, ctx.log, maker, patron, state.rules.relationShifts.exportSuspension, 'export suspension');
      }
    }
  }
}

function allianceCall(state: GameState, ctx: TurnContext): void {
  const alliance = state.roles.alliance;
  if (!alliance || !exists(state, alliance.actor) || !exists(state, alliance.member) || state.tension < state.rules.reactions.allianceTension) return;
  const last = state.allianceCallTurn;
  if (last !== null && state.turn - last < state.rules.reactions.allianceCallEvery) return;
  state.allianceCallTurn = state.turn;
  const name = actorName(state, alliance.actor);
  note(ctx.log, { kind: 'decision', actor: alliance.actor, reasons: [`rule: ${tensionName(state)} ${state.tension} ≥ ${state.rules.reactions.allianceTension}`], text: `${name} asks ${actorName(state, alliance.member)}, a member, to use its influence to calm the fighting.`, cause: 'high tension' });
  adjustRelations(state, ctx.log, alliance.actor, alliance.member, state.rules.relationShifts.allianceCall, `${name} call for calm`);
  adjustTension(state, ctx.log, state.rules.tensionShifts.allianceCall, `${name} call for calm`);
}

function backgroundSales(state: GameState, ctx: TurnContext): void {
  const r = state.rules.reactions;
  if (state.turn === 0 || state.turn % r.saleEvery !== 0) return;
  for (const l of state.links) {
    if (!l.active || l.covert || !state.actors[l.patron].background || l.package !== 'drones') continue;
    const client = state.actors[l.client];
    const fighting = state.actorOrder.some((b) => atWar(state, l.client, b));
    if (!fighting || client.treasury < r.salePrice) continue;
    const where = receivingRegion(state, ctx, l.client);
    if (!where) continue;
    adjust(state, ctx.log, l.client, 'treasury', -r.salePrice, `drones bought from ${actorName(state, l.patron)}`);
    adjust(state, ctx.log, l.patron, 'treasury', r.salePrice, `drone sale to ${client.name}`);
    const f = (client.forces[where] ??= fullForces(undefined));
    f.drones += 1;
    note(ctx.log, { kind: 'support', link: l.id, patron: l.patron, client: l.client, package: 'drones', change: 'delivered', text: `${actorName(state, l.patron)} delivers loitering munitions sold to ${client.name} (to ${regionName(state, where)}).`, cause: 'rule: standing arms sale' });
  }
}

function borderRedLines(state: GameState, ctx: TurnContext, dice: Dice): void {
  if (ctx.hits.length === 0) return;
  for (const id of state.actorOrder) {
    const a = state.actors[id];
    for (const rl of a.doctrine.redLines) {
      if (rl.kind !== 'fire-on-border') continue;
      const hits = ctx.hits.filter((h) => rl.regions.includes(h.region) && !allied(state, h.actor, id));
      if (hits.length === 0) continue;
      const party = stanceToFix(state, id);
      party.tolerance ??= rollStance(ctx, dice, `tolerance:${id}`, state.rules.reactions.borderToleranceMax, `${a.name}'s tolerance of fire on its border (incidents)`);
      const tolerance = party.tolerance;
      party.incidents += hits.length;
      const count = party.incidents;
      for (const h of hits) {
        note(ctx.log, { kind: 'decision', actor: id, reasons: [`fire reached ${regionName(state, h.region)}, a red line (incident ${count} of ${tolerance} tolerated)`], text: `${a.name} warns ${actorName(state, h.actor)} after fire near ${regionName(state, h.region)}.`, cause: 'red line' });
        adjustRelations(state, ctx.log, id, h.actor, state.rules.relationShifts.borderFire, 'fire across a red line');
      }
      if (count >= tolerance && party.reinforcedTurn === null) {
        party.reinforcedTurn = state.turn;
        const region = rl.regions[0];
        const f = (a.forces[region] ??= fullForces(undefined));
        const more = state.rules.reactions.borderReinforcement;
        for (const t of FORCE_TYPES) f[t] += more[t] ?? 0;
        note(ctx.log, { kind: 'decision', actor: id, reasons: [`${count} border incidents, more than its tolerance of ${tolerance}`], text: `${a.name} moves troops and air defence to ${regionName(state, region)} and says the next stray round will be answered.`, cause: 'red line crossed' });
      }
    }
  }
}

function exposureReactions(state: GameState, ctx: TurnContext): void {
  for (const e of ctx.exposures) {
    if (e.package !== 'mercenaries') continue;
    for (const critic of state.roles.fighterCritics) {
      if (!exists(state, critic) || critic === e.patron) continue;
      note(ctx.log, { kind: 'decision', actor: critic, reasons: ['rule: foreign fighters near its borders are a red line'], text: `${actorName(state, critic)} protests the arrival of foreign fighters sent by ${actorName(state, e.patron)}.`, cause: 'mercenaries exposed' });
      adjustRelations(state, ctx.log, critic, e.patron, state.rules.relationShifts.foreignFighters, 'foreign fighters exposed');
    }
    adjustTension(state, ctx.log, state.rules.tensionShifts.fightersExposed, 'foreign fighters exposed');
  }
}

/** Ceasefires seldom hold: each turn an incident may break one, and someone is blamed. */
function ceasefireIncidents(state: GameState, ctx: TurnContext, dice: Dice): void {
  for (const t of state.treaties) {
    if (t.kind !== 'ceasefire' || !inForce(state, t) || t.since === state.turn) continue;
    if (ctx.breaches.some((b) => b.treaty === t.id)) continue;
    const roll = dice.roll(100);
    const chance = state.rules.reactions.ceasefireIncidentPct;
    if (!ctx.log.quiet) note(ctx.log, { kind: 'roll', purpose: `incident on ${t.id}`, roll, threshold: chance, success: roll <= chance, text: `Will the ceasefire hold on the line? Roll ${roll} against ${chance} for an incident.`, cause: 'ceasefire in force' });
    if (roll > chance) continue;
    const fighters = t.parties.filter((p) => t.parties.some((q) => q !== p && (atWar(state, p, q) || ceasefireBetween(state, p, q)?.id === t.id) && !allied(state, p, q)));
    if (fighters.length === 0) continue;
    let total = 0;
    for (const f of fighters) total += 1 + state.actors[f].doctrine.aggression;
    let pick = dice.roll(total);
    let blamed = fighters[0];
    for (const f of fighters) {
      pick -= 1 + state.actors[f].doctrine.aggression;
      if (pick <= 0) {
        blamed = f;
        break;
      }
    }
    const against = fighters.find((f) => f !== blamed && !allied(state, f, blamed)) ?? fighters[0];
    ctx.breaches.push({ actor: blamed, against, treaty: t.id });
  }
}

export function reactions(state: GameState, ctx: TurnContext, dice: Dice): void {
  ceasefireIncidents(state, ctx, dice);
  condemnStrikes(state, ctx);
  componentsInWreckage(state, ctx, dice);
  borderRedLines(state, ctx, dice);
  exposureReactions(state, ctx);
  allianceCall(state, ctx);
  backgroundSales(state, ctx);
}
