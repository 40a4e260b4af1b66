// What one side may see: its own and its side's forces exactly, others' as estimates
// (better next to them or with intelligence support), covert links only once exposed.
import { dateOfTurn } from './calendar';
import { packageActive } from './phases/combat';
import { allied } from './sides';
import { FORCE_TYPES, type ActorId, type Forces, type GameState, type LogEntry } from './types';
import type { ActorView, LinkView, RegionView, SeenForces, View, Viewer } from './view-types';

/** Estimates are rounded to this bucket far away, and to the finer one nearby. */
const FAR_BUCKET = 4;
const NEAR_BUCKET = 2;

function estimate(f: Forces, bucket: number): Forces {
  const out = { ...f };
  for (const t of FORCE_TYPES) out[t] = f[t] === 0 ? 0 : Math.max(bucket, Math.round(f[t] / bucket) * bucket);
  return out;
}

/**
 * A record the view may share with the state only if it is frozen (as every state from newGame
 * and resolveTurn is): then no one can change the state through the view. An editable state
 * (a test's, a loaded save's before it is frozen) gets copies.
 */
function readOnly<T extends object>(x: T): T {
  return Object.isFrozen(x) ? x : { ...x };
}

function sees(state: GameState, viewer: Viewer, actor: ActorId): boolean {
  return viewer === 'facilitator' || allied(state, viewer, actor);
}

function regionView(state: GameState, id: string, forces: SeenForces[]): RegionView {
  return { ...state.regions[id], forces };
}

/** Every region's forces as the viewer sees them, in actor order. */
function seenForces(state: GameState, viewer: Viewer): Record<string, SeenForces[]> {
  const out: Record<string, SeenForces[]> = {};
  for (const id of state.regionOrder) out[id] = [];
  const mine = new Set(state.actorOrder.filter((a) => sees(state, viewer, a)));
  // Close to the viewer's own ground, or with intelligence support, estimates are finer.
  const near = new Set<string>();
  if (viewer !== 'facilitator') {
    const intelligence = packageActive(state, viewer, 'intelligence');
    for (const id of state.regionOrder) {
      const r = state.regions[id];
      if (intelligence || r.neighbours.some((n) => mine.has(state.regions[n].controller ?? ''))) near.add(id);
    }
  }
  for (const a of state.actorOrder) {
    const forces = state.actors[a].forces;
    for (const region of state.regionOrder) {
      const f = forces[region];
      if (!f) continue;
      if (mine.has(a)) out[region].push({ actor: a, forces: readOnly(f), estimate: false });
      else out[region].push({ actor: a, forces: estimate(f, near.has(region) ? NEAR_BUCKET : FAR_BUCKET), estimate: true });
    }
  }
  return out;
}

function actorView(state: GameState, viewer: Viewer, id: ActorId): ActorView {
  const a = state.actors[id];
  const mine = sees(state, viewer, id);
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
    influence: readOnly(a.influence),
    relations: readOnly(a.relations),
    casualties: readOnly(a.casualties),
    displaced: a.displaced,
    actionPoints: a.actionPoints,
    reserves: mine ? a.reserves : null,
    aims: a.aims,
    collapsed: a.collapsed,
  };
}

export function viewFor(state: GameState, viewer: Viewer): View {
  const actors: Record<ActorId, ActorView> = {};
  for (const id of state.actorOrder) actors[id] = actorView(state, viewer, id);
  const regions: Record<string, RegionView> = {};
  const forces = seenForces(state, viewer);
  for (const id of state.regionOrder) regions[id] = regionView(state, id, forces[id]);
  const links: LinkView[] = state.links
    .filter((l) => !l.covert || l.exposed || viewer === 'facilitator' || allied(state, viewer, l.patron) || allied(state, viewer, l.client))
    .map((l) => ({ id: l.id, patron: l.patron, client: l.client, package: l.package, covert: l.covert, exposed: l.exposed, active: l.active, deliverTurn: l.deliverTurn }));
  return {
    viewer,
    scenarioId: state.scenarioId,
    variant: state.variant,
    turn: state.turn,
    date: dateOfTurn(state.calendar, state.turn),
    calendar: state.calendar,
    actorOrder: state.actorOrder,
    regionOrder: state.regionOrder,
    actors,
    regions,
    treaties: Object.isFrozen(state.treaties) ? state.treaties : state.treaties.map((t) => ({ ...t, parties: [...t.parties], breachedBy: [...t.breachedBy] })),
    links,
    proposals: state.proposals.filter((p) => viewer === 'facilitator' || p.from === viewer || p.to.includes(viewer) || (state.actors[viewer]?.commandedBy !== null && (p.to.includes(state.actors[viewer].commandedBy as string) || p.from === state.actors[viewer].commandedBy))),
    wars: state.wars,
    tension: state.tension,
    history: state.history,
    ended: state.ended,
  };
}

/** The log entries this viewer may read. */
export function logFor(log: readonly LogEntry[], viewer: Viewer): LogEntry[] {
  if (viewer === 'facilitator') return [...log];
  return log.filter((e) => !e.visibleTo || e.visibleTo.includes(viewer));
}
