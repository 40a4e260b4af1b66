// What one side may see: its own and its side's forces exactly, others' as estimates
// (better next to them or with intelligence support), covert links only once exposed.
import { dateOfTurn } from './calendar';
import { packageActive } from './phases/combat';
import { ACTORS, LINKS, REGIONS, shownOf } from './fields';
import { allied } from './sides';
import { fullForces } from './forces';
import { remembered } from './remembered';
import { FORCE_TYPES, type Actor, type ActorId, type Forces, type GameState, type LogEntry, type ProxyLink } from './types';
import type { ActorView, LinkView, RegionView, SeenForces, View, Viewer } from './view-types';

/** An estimate's total is rounded to this bucket far away, and to the finer one nearby. */
const FAR_BUCKET = 4;
const NEAR_BUCKET = 2;

/**
 * An estimate of a force: its total strength rounded once to the bucket (never below one bucket,
 * so a force is never shown as nothing), shared over the types in proportion to the truth, the
 * remainder to the largest true shares first (ties in type order). Rounding each type on its own
 * would inflate a mixed force two or three times (five types of 1 would read 4 each).
 */
function estimate(f: Forces, bucket: number): Forces {
  let total = 0;
  for (let i = 0; i < FORCE_TYPES.length; i++) total += f[FORCE_TYPES[i]];
  const out = fullForces(undefined);
  if (total === 0) return out;
  const shown = Math.max(bucket, Math.floor((total + bucket / 2) / bucket) * bucket);
  let left = shown;
  for (let i = 0; i < FORCE_TYPES.length; i++) {
    const t = FORCE_TYPES[i];
    out[t] = Math.floor((f[t] * shown) / total);
    left -= out[t];
  }
  const byRemainder = FORCE_TYPES.filter((t) => f[t] > 0).sort((a, b) => ((f[b] * shown) % total) - ((f[a] * shown) % total) || f[b] - f[a] || FORCE_TYPES.indexOf(a) - FORCE_TYPES.indexOf(b));
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length, left--) out[byRemainder[i]] += 1;
  return out;
}

const nearEstimates = new WeakMap<Forces, Forces>();
const farEstimates = new WeakMap<Forces, Forces>();
const nearEstimate = (f: Forces): Forces => estimate(f, NEAR_BUCKET);
const farEstimate = (f: Forces): Forces => estimate(f, FAR_BUCKET);

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
  const out = shownOf(REGIONS, state.regions[id], true);
  out.forces = forces;
  return out as RegionView;
}

/**
 * Every region's forces as the viewer sees them, in actor order. Index loops, not for…of or
 * some(): the order lists and neighbour lists are frozen, and on Node 20 walking a frozen array
 * that way allocates and runs several times slower (docs/architecture.md, "Performance").
 */
function seenForces(state: GameState, viewer: Viewer): Record<string, SeenForces[]> {
  const out: Record<string, SeenForces[]> = {};
  const { regionOrder, actorOrder, regions } = state;
  for (let i = 0; i < regionOrder.length; i++) out[regionOrder[i]] = [];
  const mine = new Set<ActorId>();
  for (let i = 0; i < actorOrder.length; i++) if (sees(state, viewer, actorOrder[i])) mine.add(actorOrder[i]);
  // Close to the viewer's own ground, or with intelligence support, estimates are finer.
  const near = new Set<string>();
  if (viewer !== 'facilitator') {
    const intelligence = packageActive(state, viewer, 'intelligence');
    for (let i = 0; i < regionOrder.length; i++) {
      const ns = regions[regionOrder[i]].neighbours;
      let close = intelligence;
      for (let k = 0; k < ns.length && !close; k++) close = mine.has(regions[ns[k]].controller ?? '');
      if (close) near.add(regionOrder[i]);
    }
  }
  for (let i = 0; i < actorOrder.length; i++) {
    const a = actorOrder[i];
    const forces = state.actors[a].forces;
    const exact = mine.has(a);
    // Each list gets this actor's entry in actor order, whatever order its regions come in.
    for (const region in forces) {
      const f = forces[region];
      if (!f || !out[region]) continue;
      if (exact) out[region].push({ actor: a, forces: readOnly(f), estimate: false });
      else out[region].push({ actor: a, forces: near.has(region) ? remembered(nearEstimates, f, nearEstimate) : remembered(farEstimates, f, farEstimate), estimate: true });
    }
  }
  return out;
}

const ownSideViews = new WeakMap<Actor, ActorView>();
const othersViews = new WeakMap<Actor, ActorView>();
const ownSideView = (a: Actor): ActorView => shownOf(ACTORS, a, true) as ActorView;
const othersView = (a: Actor): ActorView => shownOf(ACTORS, a, false) as ActorView;

function actorView(state: GameState, viewer: Viewer, id: ActorId): ActorView {
  return sees(state, viewer, id) ? remembered(ownSideViews, state.actors[id], ownSideView) : remembered(othersViews, state.actors[id], othersView);
}

const linkViews = new WeakMap<ProxyLink, LinkView>();
const linkView = (l: ProxyLink): LinkView => shownOf(LINKS, l, true) as LinkView;

export function viewFor(state: GameState, viewer: Viewer): View {
  const actors: Record<ActorId, ActorView> = {};
  const { actorOrder, regionOrder } = state;
  for (let i = 0; i < actorOrder.length; i++) actors[actorOrder[i]] = actorView(state, viewer, actorOrder[i]);
  const regions: Record<string, RegionView> = {};
  const forces = seenForces(state, viewer);
  for (let i = 0; i < regionOrder.length; i++) regions[regionOrder[i]] = regionView(state, regionOrder[i], forces[regionOrder[i]]);
  const links: LinkView[] = state.links
    .filter((l) => !l.covert || l.exposed || viewer === 'facilitator' || allied(state, viewer, l.patron) || allied(state, viewer, l.client))
    .map((l) => remembered(linkViews, l, linkView));
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
    proposals: state.proposals.filter((p) => viewer === 'facilitator' || p.from === viewer || p.to.includes(viewer) || (state.actors[viewer]?.commandedBy !== null && (p.to.includes(state.actors[viewer].commandedBy) || p.from === state.actors[viewer].commandedBy))),
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
