// Hot seat: several teams play their actors in one browser, one screen passed between them. Each
// turn the teams draft in turn order; between two teams a hand-over screen hides the board. This
// is the bookkeeping (whose turn of drafting, the teams' drafts, who has yet to see the last turn
// played back), kept apart from the page so that it runs (and is tested) in Node.
import { validateOrders, type ActorId, type GameState, type Order, type OrdersByActor } from '../engine';
import { teamPlayable } from '../scenario/team-playable';
import type { Scenario } from '../scenario/types';
import type { Outcome } from './play';

/** What a save keeps of a hot-seat game beside its replay. */
export interface HotSeatSave {
  /** The human actors, in turn order. */
  readonly humans: readonly ActorId[];
  /** The team drafting now (the hand-over screen comes first after a reload). */
  readonly drafting: ActorId;
  /** Each team's orders this turn, by the actors it commands: submitted, or being drafted. */
  readonly drafts: Readonly<Record<ActorId, OrdersByActor>>;
}

/** The teams as the hook reads them: who plays, who is drafting, whether the hand-over screen shows. */
export interface HotSeatStatus {
  readonly humans: readonly ActorId[];
  readonly drafting: ActorId;
  readonly handover: boolean;
}

/** The actors a hot-seat team may play, in turn order (the scenario's actor order). */
export function hotSeatActors(scenario: Scenario): ActorId[] {
  return teamPlayable(scenario);
}

/** The chosen actors in turn order, or why they cannot play a hot-seat game. */
export function checkHotSeat(scenario: Scenario, humans: unknown): Outcome<{ humans: ActorId[] }> {
  const offered = hotSeatActors(scenario);
  if (!Array.isArray(humans)) return { ok: false, message: 'A hot-seat game names its human actors in a list.' };
  const list = humans as unknown[];
  const wrong = list.findIndex((a) => typeof a !== 'string' || !offered.includes(a));
  if (wrong >= 0) return { ok: false, message: `${JSON.stringify(list[wrong]) ?? 'nothing'} is not an actor a team can play in ${scenario.id} (teams can play ${offered.join(', ')}).` };
  const chosen = offered.filter((a) => humans.includes(a));
  if (chosen.length !== humans.length) return { ok: false, message: 'A hot-seat game names each human actor once.' };
  if (chosen.length < 2) return { ok: false, message: 'Hot seat needs at least two teams: tick two actors or more (or play alone with Start).' };
  return { ok: true, humans: chosen };
}

/** The actor a team plays and the actors it gives orders for (Armenia gives Artsakh's). */
function commandedBy(state: GameState, team: ActorId): ActorId[] {
  return [team, ...state.actorOrder.filter((a) => a !== team && state.actors[a].commandedBy === team)];
}

export class HotSeat {
  /** Index in `humans` of the team drafting now; the teams before it have submitted. */
  seat = 0;
  /** Whether the hand-over screen shows (the board is hidden until the team says it is ready). */
  handover = true;
  drafts: Record<ActorId, OrdersByActor> = {};
  /** Teams that have not yet seen the last resolved turn played back, and the state it started from. */
  private unseen = new Set<ActorId>();
  private before: GameState | null = null;

  constructor(readonly humans: readonly ActorId[]) {}

  get drafting(): ActorId {
    return this.humans[this.seat];
  }

  get last(): boolean {
    return this.seat === this.humans.length - 1;
  }

  /** The drafting team's orders are in: the next team's turn (after the hand-over screen). */
  pass(): void {
    this.seat++;
    this.handover = true;
  }

  /** Every team's orders, for the turn's resolution. */
  allOrders(): OrdersByActor {
    return Object.assign({}, ...this.humans.map((t) => this.drafts[t] ?? {})) as OrdersByActor;
  }

  /** The turn resolved from `before`: the first team's turn, after the hand-over; every team will see it played back. */
  resolved(before: GameState): void {
    this.seat = 0;
    this.handover = true;
    this.drafts = {};
    this.before = before;
    this.unseen = new Set(this.humans);
  }

  /** The team at the screen says it is ready: the hand-over screen goes. */
  ready(): void {
    this.handover = false;
  }

  /** The drafting team's board opens: the state to play the last turn back from, if it has not seen it. */
  takeSeat(): GameState | null {
    const team = this.drafting;
    if (!this.unseen.delete(team)) return null;
    return this.before;
  }

  status(): HotSeatStatus {
    return { humans: this.humans, drafting: this.drafting, handover: this.handover };
  }

  toSave(): HotSeatSave {
    return { humans: this.humans, drafting: this.drafting, drafts: this.drafts };
  }

  /**
   * A saved hot seat back in play on the rebuilt state: the same teams, the drafting team one of
   * them, and every draft a list of orders the engine accepts for an actor that team commands.
   * Nothing of the file is taken unchecked; the hand-over screen shows first.
   */
  static restore(state: GameState, humans: readonly ActorId[], saved: unknown): Outcome<{ hotseat: HotSeat }> {
    const bad = (message: string) => ({ ok: false as const, message: `The save's hot seat ${message}` });
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return bad('is missing.');
    const s = saved as Record<string, unknown>;
    if (!Array.isArray(s.humans) || s.humans.length !== humans.length || s.humans.some((a, i) => a !== humans[i])) return bad('names other teams than the game.');
    const seat = humans.indexOf(s.drafting as ActorId);
    if (seat < 0) return bad(`says ${JSON.stringify(s.drafting)} is drafting, which is not one of its teams.`);
    const drafts = s.drafts;
    if (typeof drafts !== 'object' || drafts === null || Array.isArray(drafts)) return bad('has no drafts.');
    const hs = new HotSeat(humans);
    hs.seat = seat;
    for (const [team, byActor] of Object.entries(drafts)) {
      if (!humans.includes(team)) return bad(`holds drafts of ${JSON.stringify(team)}, which is not one of its teams.`);
      if (humans.indexOf(team) > seat) return bad(`holds drafts of ${team}, whose turn to draft has not come.`);
      if (typeof byActor !== 'object' || byActor === null || Array.isArray(byActor)) return bad(`holds no orders for ${team}.`);
      const out: Record<ActorId, readonly Order[]> = {};
      for (const [actor, orders] of Object.entries(byActor as Record<string, unknown>)) {
        if (!commandedBy(state, team).includes(actor)) return bad(`gives ${team}'s team orders for ${JSON.stringify(actor)}, an actor it does not command.`);
        const checked = validateOrders(state, actor, orders);
        if (!checked.ok) return bad(`holds a draft the engine refuses: ${checked.message}`);
        out[actor] = checked.orders;
      }
      hs.drafts[team] = out;
    }
    return { ok: true, hotseat: hs };
  }
}
