// A GameState rebuilt from one actor's View: what the computer actor plans on. Hidden parts
// are replaced by the view's estimates (others' forces), by nothing (others' covert links,
// proposals between others) or by the actor's own dice, so a look-ahead never sees the
// real generator or a secret it may not know.
import { ACTORS, LINKS, REGIONS, copyWith, keyed, rebuilder, remembered, seedRng, type Actor, type ActorId, type GameState, type LinkView, type Proposal, type ProxyLink, type Region, type Treaty, type TurnSummary, type View, type War } from '../engine';

/** The seed string of an actor's own dice for a turn and a purpose: (game seed, turn, actor). */
/** An actor as a view shows it, with what the view hides filled in. */
const rebuildActor = rebuilder<Actor, Pick<Actor, 'forces' | 'reserves' | 'doctrine' | 'embargoedBy' | 'breaches'>>(ACTORS, ['forces', 'reserves', 'doctrine', 'embargoedBy', 'breaches']);
const rebuildLink = rebuilder<ProxyLink, Pick<ProxyLink, 'since' | 'until' | 'delivered'>>(LINKS, ['since', 'until', 'delivered']);

/**
 * A link as the actor takes it, from what the view shows: begun when it delivers, open-ended, and
 * delivered once its delivery turn is past. Made once per link seen (remembered), delivered or not.
 */
const deliveredLinks = new WeakMap<LinkView, ProxyLink>();
const pendingLinks = new WeakMap<LinkView, ProxyLink>();
const deliveredLink = (l: LinkView): ProxyLink => rebuildLink(l, { since: l.deliverTurn, until: null, delivered: 1 });
const pendingLink = (l: LinkView): ProxyLink => rebuildLink(l, { since: l.deliverTurn, until: null, delivered: 0 });

export function aiSeed(state: GameState, actor: ActorId, purpose: string): string {
  return `${state.seed}|${state.turn}|${actor}|${purpose}`;
}

/**
 * Fill a GameState from `view`. Static, public parts (the rules table, the scenario's calendar,
 * doctrines and aims, the schedule of events, the variant's forbidden packages) come from
 * `state`; everything that changes during play comes from the view.
 */
export function stateFromView(state: GameState, view: View, actor: ActorId): GameState {
  const actors: Record<ActorId, Actor> = {};
  // Index loops: the order lists are frozen (see seenForces in engine/view.ts).
  for (let i = 0; i < view.actorOrder.length; i++) {
    const id = view.actorOrder[i];
    const s = state.actors[id];
    const v = view.actors[id];
    // The view's records are shared, not copied: the look-ahead plays on a working copy
    // (simulateTurn), and nothing here writes to the seen state. What the view hides comes from
    // the state: the forces as seen (below), and public facts the view leaves out.
    actors[id] = rebuildActor(v, {
      forces: keyed(),
      reserves: v.reserves ?? 0,
      doctrine: s.doctrine,
      embargoedBy: s.embargoedBy,
      breaches: s.breaches,
    });
  }
  const regions: Record<string, Region> = {};
  for (let i = 0; i < view.regionOrder.length; i++) {
    const id = view.regionOrder[i];
    // A region's own fields are all public. They are copied without the view's list of seen
    // forces, so a rebuilt state's regions have the same shape as the engine's own.
    const r = view.regions[id];
    regions[id] = copyWith<Region>(REGIONS, r);
    for (const seen of r.forces) actors[seen.actor].forces[id] = seen.forces;
  }
  const links: ProxyLink[] = view.links.map((l) => (l.deliverTurn < view.turn ? remembered(deliveredLinks, l, deliveredLink) : remembered(pendingLinks, l, pendingLink)));
  // Spread first so static scenario data added to the state later (decks, schedules) comes
  // along; every field that changes in play or may be secret is overwritten below.
  return {
    ...state,
    scenarioId: view.scenarioId,
    variant: view.variant,
    seed: aiSeed(state, actor, 'view'),
    calendar: view.calendar,
    turn: view.turn,
    rng: seedRng(aiSeed(state, actor, 'look-ahead')),
    actors,
    actorOrder: view.actorOrder,
    regions,
    regionOrder: view.regionOrder,
    treaties: view.treaties as Treaty[],
    links,
    proposals: view.proposals as Proposal[],
    wars: view.wars as War[],
    tension: view.tension,
    pendingEvents: state.pendingEvents,
    // Third parties' stances are hidden, and the look-ahead assumes no call for calm and no treaty notice yet.
    thirdParties: {},
    allianceCallTurn: null,
    treatyNotices: [],
    history: view.history as TurnSummary[],
    ended: view.ended,
  };
}
