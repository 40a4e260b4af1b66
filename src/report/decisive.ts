// "Why Shusha fell or held": for each region the scenario's aims make decisive, every fight for it
// with its odds and modifiers, the drone duels over it, and the supply each side received before.
import { dateOfTurn, longDate, type ActorId, type LogEntry, type RegionId } from '../engine';
import { decisiveRegions } from './stakes';
import { rollText, type MomentRoll } from './moments';
import { finalState, type PlayedWorld } from './world';

export interface Fight {
  readonly turn: number;
  readonly date: string;
  readonly attacker: ActorId;
  readonly defender: ActorId;
  readonly taken: boolean;
  readonly rolls: readonly MomentRoll[];
  readonly text: string;
}

export interface DecisiveCard {
  readonly region: RegionId;
  readonly name: string;
  /** Who held it at the start and at the end. */
  readonly before: ActorId | null;
  readonly after: ActorId | null;
  /** The turn it changed hands, or null when it held. */
  readonly fellOn: number | null;
  readonly verdict: string;
  /** The weightiest modifiers of the deciding fight (the one that took it, else the last), in words. */
  readonly factors: string;
  readonly fights: readonly Fight[];
  /** Support packages delivered to each side of its fights before it fell (or by the end). */
  readonly supply: Readonly<Record<ActorId, number>>;
}

function fightsFor(world: PlayedWorld, region: RegionId): Fight[] {
  const out: Fight[] = [];
  world.logs.forEach((log, turn) => {
    const duels = log.filter((e): e is Extract<LogEntry, { kind: 'duel' }> => e.kind === 'duel' && e.region === region);
    for (const e of log) {
      if (e.kind !== 'combat' || e.region !== region) continue;
      const duel = duels.filter((d) => d.attacker === e.attacker).map((d) => ({ what: `drones ${d.drones} against air defence ${d.airDefence}`, roll: d.roll, threshold: d.threshold, modifiers: [] }));
      const rolls = [...duel, { what: 'ground attack', roll: e.roll, threshold: e.threshold, modifiers: e.modifiers }];
      out.push({ turn, date: longDate(dateOfTurn(world.states[0].calendar, turn)), attacker: e.attacker, defender: e.defender, taken: e.success, rolls, text: rolls.map(rollText).join('; ') });
    }
  });
  return out;
}

function card(world: PlayedWorld, region: RegionId): DecisiveCard {
  const start = world.states[0];
  const end = finalState(world);
  const name = end.regions[region].name;
  const fights = fightsFor(world, region);
  const fall = world.logs.flatMap((log, turn) => log.flatMap((e) => (e.kind === 'capture' && e.region === region ? [{ turn, to: e.to }] : [])))[0];
  const fellOn = fall ? fall.turn : null;
  const fellTo = fall ? fall.to : null;
  const fighting = new Set<ActorId>(fights.flatMap((f) => [f.attacker, f.defender]));
  const sides = end.actorOrder.filter((a) => fighting.has(a));
  const supply: Record<ActorId, number> = {};
  for (const a of sides) supply[a] = 0;
  world.logs.forEach((log, turn) => {
    if (fellOn !== null && turn > fellOn) return;
    for (const e of log) if (e.kind === 'support' && e.change === 'delivered' && fighting.has(e.client)) supply[e.client] = (supply[e.client] ?? 0) + 1;
  });
  const actorName = (a: ActorId | null): string => (a === null ? 'no one' : end.actors[a].name);
  const repelled = fights.filter((f) => !f.taken).length;
  const verdict =
    fellOn === null
      ? `${name} held: ${fights.length === 0 ? 'no one attacked it' : `${repelled} attack${repelled === 1 ? '' : 's'} repelled`}; ${actorName(end.regions[region].controller)} holds it at the end.`
      : `${name} fell in week ${fellOn + 1} (${longDate(dateOfTurn(start.calendar, fellOn))}) to ${actorName(fellTo)}${fights.some((f) => f.taken) ? ', by a ground attack' : ', handed over'}${repelled > 0 ? ` after ${repelled} attack${repelled === 1 ? '' : 's'} repelled` : ''}.`;
  const deciding = fights.find((f) => f.taken) ?? fights[fights.length - 1];
  const mods = (deciding?.rolls[deciding.rolls.length - 1].modifiers ?? []).filter((m) => m.name !== 'base');
  const top = [...mods].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, 3);
  const factors = top.map((m) => `${m.name} ${m.value >= 0 ? '+' : ''}${m.value}`).join(', ');
  return { region, name, factors, before: start.regions[region].controller, after: end.regions[region].controller, fellOn, verdict, fights, supply };
}

/** One card per decisive region (the top `count` by stakes). */
export function decisiveCards(world: PlayedWorld, count = 1): DecisiveCard[] {
  return decisiveRegions(world.states[0], count).map((r) => card(world, r));
}
