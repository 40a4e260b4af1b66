// Supply routes: a package of forces whose way from patron to client crosses a third country (the
// scenario's rules.transit.routes) arrives late when every such country has closed its routes
// to military cargo. A transit treaty with one of them, or a base in the client's territory,
// keeps the cargo moving.
import { actorName } from './names';
import { treatyBetween } from './sides';
import { knownStance } from './third-parties';
import { FORCE_TYPES, type ActorId, type GameState, type PackageKind, type Rules } from './types';

export interface RouteDelay {
  /** Extra turns on top of the package's own delay. */
  readonly turns: number;
  /** Why, in words, for the log; null when the cargo goes the usual way. */
  readonly why: string | null;
}

/** The countries a patron's cargo for this client crosses (the first matching route); none when it goes direct. */
export function routeVia(rules: Rules, patron: ActorId, client: ActorId): readonly ActorId[] {
  return rules.transit.routes.find((r) => r.patron === patron && r.client === client)?.via ?? [];
}

/** Has this neighbour closed its routes? Unknown, so open, until it decides (an event or a first request). */
function closed(state: GameState, via: ActorId): boolean {
  return knownStance(state, via)?.routesOpen === false;
}

/** Only packages that ship forces (arms, drones, fighters) travel as military cargo; money, advice, intelligence and cover do not. */
export function routeDelay(state: GameState, patron: ActorId, client: ActorId, pkg: PackageKind): RouteDelay {
  const rules = state.rules;
  const transit = rules.transit;
  const via = routeVia(rules, patron, client);
  const cargo = FORCE_TYPES.some((t) => (rules.support[pkg].forces[t] ?? 0) > 0);
  if (via.length === 0 || !cargo || transit.closedDelay === 0) return { turns: 0, why: null };
  if (treatyBetween(state, 'basing', patron, client)) return { turns: 0, why: null };
  for (const v of via) if (!closed(state, v) || treatyBetween(state, 'transit', v, patron)) return { turns: 0, why: null };
  const names = via.map((v) => actorName(state, v)).join(' and ');
  const weeks = transit.closedDelay === 1 ? 'a week' : `${transit.closedDelay} weeks`;
  return { turns: transit.closedDelay, why: `${names} closed to military cargo: it goes the long way, ${weeks} late` };
}

export interface SupportDelay {
  /** Turns from sending to delivery: the package's own delay plus any embargo or route delay. */
  readonly turns: number;
  /** Why it is later than the package's own delay, in words (empty when it is not). */
  readonly reasons: readonly string[];
}

/** When a package sent now by `patron` to `client` would arrive, and why it is late if it is. */
export function supportDelay(state: GameState, patron: ActorId, client: ActorId, pkg: PackageKind): SupportDelay {
  const reasons: string[] = [];
  const embargo = pkg === 'drones' && state.actors[patron].embargoedBy.length > 0 ? 1 : 0;
  if (embargo) reasons.push('a component embargo delays it');
  const route = routeDelay(state, patron, client, pkg);
  if (route.why) reasons.push(route.why);
  return { turns: state.rules.support[pkg].delay + embargo + route.turns, reasons };
}
