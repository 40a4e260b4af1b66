// What every actor can see, for the projector on the classroom wall: who holds each region, the
// actors' public fields, the treaties, the wars, the links that are open or exposed, and the news
// every side reads. No forces (not even estimates: those depend on who looks), no covert links,
// no proposals, no private log entries, no seed or generator state.
import { dateOfTurn } from './calendar';
import { ACTORS, LINKS, REGIONS, shownOf, type REGION_FIELDS, type ShownKeys } from './fields';
import type { ActorId, GameState, LogEntry, Region, RegionId } from './types';
import type { ActorView, LinkView, View } from './view-types';

/** A region as everyone sees it: its public fields (control), without forces. */
export type PublicRegion = { readonly [K in ShownKeys<typeof REGION_FIELDS, 'public'>]: Region[K] };

export type PublicView = Pick<View, 'scenarioId' | 'variant' | 'turn' | 'date' | 'calendar' | 'actorOrder' | 'regionOrder' | 'treaties' | 'links' | 'wars' | 'tension' | 'history' | 'ended'> & {
  readonly viewer: 'public';
  /** Every actor's public fields; those only its own side sees are null. */
  readonly actors: Readonly<Record<ActorId, ActorView>>;
  readonly regions: Readonly<Record<RegionId, PublicRegion>>;
  /** The log entries every actor may read. */
  readonly news: readonly LogEntry[];
};

/** The board as every actor sees it, with the given log's public entries as its news. */
export function publicView(state: GameState, log: readonly LogEntry[]): PublicView {
  const actors: Record<ActorId, ActorView> = {};
  const regions: Record<RegionId, PublicRegion> = {};
  const { actorOrder, regionOrder } = state;
  for (let i = 0; i < actorOrder.length; i++) actors[actorOrder[i]] = shownOf(ACTORS, state.actors[actorOrder[i]], false) as ActorView;
  for (let i = 0; i < regionOrder.length; i++) regions[regionOrder[i]] = shownOf(REGIONS, state.regions[regionOrder[i]], false) as PublicRegion;
  return {
    viewer: 'public',
    scenarioId: state.scenarioId,
    variant: state.variant,
    turn: state.turn,
    date: dateOfTurn(state.calendar, state.turn),
    calendar: state.calendar,
    actorOrder,
    regionOrder,
    actors,
    regions,
    treaties: state.treaties,
    links: state.links.filter((l) => !l.covert || l.exposed).map((l) => shownOf(LINKS, l, true) as LinkView),
    wars: state.wars,
    tension: state.tension,
    history: state.history,
    ended: state.ended,
    // The entries meant for everyone: those with no visibleTo list.
    news: log.filter((e) => !e.visibleTo),
  };
}
