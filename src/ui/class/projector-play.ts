// The projector's player: the board as every actor sees it (who holds each region, treaties,
// wars, the public news), rebuilt over the scenario's public opening. It holds no forces (those
// depend on who looks), no covert links, no proposals; it gives no orders.
import { stateFromView } from '../../ai';
import type { ActorId, GameState, LogEntry, PublicView, RegionView, View } from '../../engine';
import type { Scenario } from '../../scenario/types';
import { Play } from '../play';
import { publicOpening, turnLog } from './plays';

/** A public board as a View the board draws: no forces seen anywhere, no proposals. */
function viewOfPublic(p: PublicView): View {
  const regions: Record<string, RegionView> = {};
  for (const id of p.regionOrder) regions[id] = { ...p.regions[id], forces: [] };
  return {
    viewer: 'public',
    scenarioId: p.scenarioId,
    variant: p.variant,
    turn: p.turn,
    date: p.date,
    calendar: p.calendar,
    actorOrder: p.actorOrder,
    regionOrder: p.regionOrder,
    actors: p.actors,
    regions,
    treaties: p.treaties,
    links: p.links,
    proposals: [],
    wars: p.wars,
    tension: p.tension,
    history: p.history,
    ended: p.ended,
  };
}

export class ProjectorPlay extends Play {
  private readonly opening: GameState;
  private seen: GameState;
  private current: View;
  private news: readonly LogEntry[];

  constructor(scenario: Scenario, variant: string | null, board: PublicView) {
    super(scenario);
    this.opening = publicOpening(scenario, variant);
    this.current = viewOfPublic(board);
    this.news = board.news;
    this.seen = stateFromView(this.opening, this.current, this.current.actorOrder[0]);
  }

  get state(): GameState {
    return this.seen;
  }

  /** The projector plays no actor; the first one stands in where a name is needed. */
  get human(): ActorId {
    return this.current.actorOrder[0];
  }

  override commanded(): ActorId[] {
    return [];
  }

  view(): View {
    return this.current;
  }

  update(board: PublicView): void {
    this.current = viewOfPublic(board);
    this.news = board.news;
    this.seen = stateFromView(this.opening, this.current, this.current.actorOrder[0]);
  }

  lastTurnLog(): LogEntry[] {
    return turnLog(this.news, this.current.turn - 1);
  }

  visibleLog(): LogEntry[] {
    return [...this.news];
  }
}
