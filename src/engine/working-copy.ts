// A private, mutable copy of the parts of a state that a turn changes, for look-ahead: the
// computer actors play candidate orders forward many times a turn, and running the phases on a
// plain copy costs a fraction of running them on immer drafts. The static parts (the rules, the
// scenario's events and deck, the map's own fields, doctrines and aims) are shared, frozen, with
// the original: a phase that tried to change one would throw, not corrupt the original.
// simulateTurn (turn.ts) runs the same phase code on this copy; a test checks that it reaches
// the same state hash as resolveTurn.
import { copyForces } from './forces';
import { keyed } from './keyed';
import type { Actor, Forces, GameState, Proposal, ProxyLink, Region, ThirdParty, Treaty } from './types';

function forces(f: Record<string, Forces>): Record<string, Forces> {
  const out = keyed<Forces>();
  for (const r in f) out[r] = copyForces(f[r]);
  return out;
}

function actor(a: Actor): Actor {
  return {
    id: a.id,
    name: a.name,
    playable: a.playable,
    background: a.background,
    commandedBy: a.commandedBy,
    treasury: a.treasury,
    income: a.income,
    domesticSupport: a.domesticSupport,
    legitimacy: a.legitimacy,
    influence: { ...a.influence },
    relations: { ...a.relations },
    casualties: { military: a.casualties.military, civilian: a.casualties.civilian },
    displaced: a.displaced,
    forces: forces(a.forces),
    reserves: a.reserves,
    actionPoints: a.actionPoints,
    aims: a.aims,
    doctrine: a.doctrine,
    embargoedBy: [...a.embargoedBy],
    breaches: a.breaches,
    collapsed: a.collapsed,
  };
}

/** A region's own fields, copied field by field (the working copy, and the states the computer actors rebuild from a view). */
export function copyRegion(r: Region): Region {
  return {
    id: r.id,
    name: r.name,
    lat: r.lat,
    lon: r.lon,
    terrain: r.terrain,
    zone: r.zone,
    sovereign: r.sovereign,
    population: r.population,
    infrastructure: r.infrastructure,
    value: r.value,
    neighbours: r.neighbours,
    controller: r.controller,
    capturedTurn: r.capturedTurn,
  };
}

function link(l: ProxyLink): ProxyLink {
  return {
    id: l.id,
    patron: l.patron,
    client: l.client,
    package: l.package,
    covert: l.covert,
    since: l.since,
    deliverTurn: l.deliverTurn,
    until: l.until,
    delivered: l.delivered,
    exposed: l.exposed,
    active: l.active,
  };
}

function record<T>(src: Record<string, T>, copy: (v: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k in src) out[k] = copy(src[k]);
  return out;
}

export function workingCopy(s: GameState): GameState {
  return {
    format: s.format,
    engineVersion: s.engineVersion,
    scenarioId: s.scenarioId,
    scenarioHash: s.scenarioHash,
    variant: s.variant,
    seed: s.seed,
    calendar: s.calendar,
    turn: s.turn,
    rng: { ...s.rng },
    actors: record(s.actors, actor),
    actorOrder: s.actorOrder,
    regions: record(s.regions, copyRegion),
    regionOrder: s.regionOrder,
    treaties: s.treaties.map((t: Treaty) => ({ ...t, breachedBy: [...t.breachedBy] })),
    handovers: [...s.handovers],
    links: s.links.map(link),
    proposals: s.proposals.map((p: Proposal) => ({ ...p, answers: { ...p.answers } })),
    wars: [...s.wars],
    tension: s.tension,
    pendingEvents: [...s.pendingEvents],
    thirdParties: record(s.thirdParties, (p: ThirdParty) => ({ ...p })),
    allianceCallTurn: s.allianceCallTurn,
    treatyNotices: [...s.treatyNotices],
    nextId: s.nextId,
    rules: s.rules,
    roles: s.roles,
    events: s.events,
    deck: s.deck,
    drawn: [...s.drawn],
    forbidden: [...s.forbidden],
    history: [...s.history],
    ended: s.ended === null ? null : { ...s.ended },
  };
}

/**
 * Freeze, in place, the records a view shares with the state it is made from (each actor's
 * influence, relations, casualties and forces), so that viewFor shares them instead of copying
 * them for every viewer: for a game that advances on working copies (batch) and keeps the result.
 * Lists stay as they are: on Node 20 a frozen array is several times slower to walk.
 */
export function freezeRecords(s: GameState): void {
  for (const id in s.actors) {
    const a = s.actors[id];
    Object.freeze(a.influence);
    Object.freeze(a.relations);
    Object.freeze(a.casualties);
    for (const r in a.forces) Object.freeze(a.forces[r]);
  }
}
