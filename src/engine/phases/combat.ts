// The numbers of a fight: the threshold built from named modifiers, and the drone duel.
// Operations rolls against these; the board shows them as odds before the player commits.
import { groundStrength } from '../forces';
import { inSupply } from '../geography';
import { allied, ceasefireBetween, commander, friendly } from '../sides';
import { mandatesIn } from './binding';
import type { ActorId, Forces, GameState, Modifier, Order, PackageKind, RegionId } from '../types';

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

export interface Defender {
  readonly actor: ActorId;
  readonly forces: Forces;
}

/**
 * Everyone on the controller's side with forces in the region (a treaty partner fighting beside
 * it among them: sides.ts, friendly), and the guarantors whose
 * peacekeepers stand there under a mandate the controller is party to, in actor order (a fight
 * takes losses from these forces; peacekeepers are never lost).
 */
export function defendersOf(state: GameState, region: RegionId): Defender[] {
  const c = state.regions[region].controller;
  if (c === null) return [];
  const guarantors = mandatesIn(state, region).filter((t) => t.parties.includes(commander(state, c)) || t.parties.includes(c)).map((t) => t.beneficiary);
  const out: Defender[] = [];
  for (const id of state.actorOrder) {
    const here = state.actors[id].forces[region];
    if (!here || !(friendly(state, id, c) || guarantors.includes(id))) continue;
    out.push({ actor: id, forces: here });
  }
  return out;
}

export function sumForces(ds: readonly Defender[], key: keyof Forces): number {
  let s = 0;
  for (const d of ds) s += d.forces[key];
  return s;
}

/** Ground strength in defence: peacekeepers count too (combat.peacekeeperStrength a point). */
function sumGround(state: GameState, ds: readonly Defender[]): number {
  let s = 0;
  for (const d of ds) s += groundStrength(d.forces) + d.forces.peacekeepers * state.rules.combat.peacekeeperStrength;
  return s;
}

/** A delivered, active package of this kind helps the actor (or its commander) in combat. */
export function packageActive(state: GameState, client: ActorId, pkg: PackageKind): boolean {
  const turn = state.turn;
  return state.links.some((l) => l.active && l.package === pkg && l.deliverTurn <= turn && (l.client === client || allied(state, l.client, client)));
}

export interface DuelOdds {
  readonly drones: number;
  readonly airDefence: number;
  /** Roll at or under this and the drones win the duel. */
  readonly threshold: number;
  /** The attack modifier if the drones win, beyond the ground threshold's cap. */
  readonly bonus: number;
  /** Percent cut from the attacker's losses if the drones win. */
  readonly lossCut: number;
}

/** ⌊max × n / (n + half)⌋: each further drone adds less. */
function diminishing(max: number, n: number, half: number): number {
  return n <= 0 ? 0 : Math.floor((max * n) / (n + half));
}

export function duelOdds(state: GameState, drones: number, airDefence: number): DuelOdds {
  const rules = state.rules.drones;
  const edge = drones * rules.adPerDrone - airDefence;
  return {
    drones,
    airDefence,
    // With no air defence at all the drones cannot lose the duel.
    threshold: airDefence === 0 ? 100 : clamp(rules.duelEven + edge * rules.duelPerEdge, rules.duelMin, rules.duelMax),
    bonus: rules.bonusBase + diminishing(rules.bonusMax, drones, rules.bonusHalf),
    lossCut: diminishing(rules.lossCutMax, drones, rules.bonusHalf),
  };
}

export interface AttackOdds {
  readonly defender: ActorId | null;
  readonly attackerStrength: number;
  readonly defenderStrength: number;
  /** Modifiers known before any roll (the drone duel is rolled first and adds its own). */
  readonly modifiers: readonly Modifier[];
  readonly threshold: number;
  readonly duel: DuelOdds | null;
  /** Chance of success in percent, counting the drone duel's two outcomes. */
  readonly chancePct: number;
  /** True when the region is undefended and falls without a roll. */
  readonly walkover: boolean;
}

export function attackModifiers(state: GameState, attacker: ActorId, from: RegionId, target: RegionId, forces: Partial<Forces>): { mods: Modifier[]; defenders: Defender[]; a: number; d: number } {
  const rules = state.rules.combat;
  const region = state.regions[target];
  const defenders = defendersOf(state, target);
  const a = groundStrength(forces);
  const d = sumGround(state, defenders);
  const mods: Modifier[] = [{ name: 'base', value: rules.baseThreshold }];
  const ratio = clamp(Math.floor(((a - d) * 100) / Math.max(d, 1) / rules.strengthRatioStep), -rules.maxRatioBonus, rules.maxRatioBonus);
  mods.push({ name: `strength ${a} against ${d}`, value: ratio });
  const terrain = rules.terrainDefence[region.terrain];
  if (terrain !== 0) mods.push({ name: `terrain: ${region.terrain}`, value: terrain });
  const art = clamp(((forces.artillery ?? 0) - sumForces(defenders, 'artillery')) * rules.artilleryPerPoint, -rules.artilleryMax, rules.artilleryMax);
  if (art !== 0) mods.push({ name: 'artillery and rockets', value: art });
  if (region.terrain === 'mountain' || region.terrain === 'foothills') {
    const sf = clamp(((forces.specialForces ?? 0) - sumForces(defenders, 'specialForces')) * rules.specialForcesMountain, -rules.specialForcesMax, rules.specialForcesMax);
    if (sf !== 0) mods.push({ name: 'special forces in the mountains', value: sf });
  }
  const defender = region.controller;
  const advisers = state.rules.support.advisers.modifier;
  const adv = (packageActive(state, attacker, 'advisers') ? advisers : 0) - (defender && packageActive(state, defender, 'advisers') ? advisers : 0);
  if (adv !== 0) mods.push({ name: 'foreign advisers and officers', value: adv });
  const intelligence = state.rules.support.intelligence.modifier;
  const intel = (packageActive(state, attacker, 'intelligence') ? intelligence : 0) - (defender && packageActive(state, defender, 'intelligence') ? intelligence : 0);
  if (intel !== 0) mods.push({ name: 'intelligence support', value: intel });
  if (!inSupply(state, attacker, from)) mods.push({ name: 'attacker out of supply', value: rules.outOfSupply });
  if (defender && !inSupply(state, defender, target)) mods.push({ name: 'defender cut off', value: -rules.outOfSupply });
  if (defender) {
    const morale = Math.trunc((state.actors[attacker].domesticSupport - state.actors[defender].domesticSupport) / (rules.moraleStep * 2));
    if (morale !== 0) mods.push({ name: 'morale', value: morale });
    if (ceasefireBetween(state, attacker, defender)) mods.push({ name: 'ceasefire in force', value: rules.ceasefirePenalty });
  }
  return { mods, defenders, a, d };
}

/**
 * The roll to beat: the ground modifiers' sum, capped at combat.groundMaxThreshold (numbers alone
 * never make an attack near-certain), then the air bonus of drones that won their duel on top,
 * within minThreshold–maxThreshold.
 */
export function thresholdOf(state: GameState, mods: readonly Modifier[], air = 0): number {
  const rules = state.rules.combat;
  let t = 0;
  for (const m of mods) t += m.value;
  return clamp(Math.min(t, rules.groundMaxThreshold) + air, rules.minThreshold, rules.maxThreshold);
}

/** The odds of an attack order as the engine will roll them, for tooltips and computer actors. */
export function explainAttack(state: GameState, attacker: ActorId, order: Extract<Order, { kind: 'attack' }>): AttackOdds {
  const { mods, defenders, a, d } = attackModifiers(state, attacker, order.from, order.target, order.forces);
  const threshold = thresholdOf(state, mods);
  const drones = order.forces.drones ?? 0;
  const duel = drones > 0 ? duelOdds(state, drones, sumForces(defenders, 'airDefence')) : null;
  const walkover = d === 0;
  let chancePct = walkover ? 100 : threshold;
  if (duel && !walkover) {
    const won = thresholdOf(state, mods, duel.bonus);
    chancePct = Math.floor((duel.threshold * won + (100 - duel.threshold) * threshold) / 100);
  }
  return { defender: state.regions[order.target].controller, attackerStrength: a, defenderStrength: d, modifiers: mods, threshold, duel, chancePct, walkover };
}
