// The board's player in a class. A student's team plays on the state rebuilt from its own view
// (stateFromView over a public starting state: the browser never holds the class's seed or its
// true state), so the orders it may give, their costs and odds are read as the team sees them;
// the server checks them again. The facilitator sees the whole state and gives no orders.
import { stateFromView } from '../../ai';
import { newGame, viewFor, type ActorId, type GameState, type LogEntry, type View } from '../../engine';
import type { Scenario } from '../../scenario/types';
import { Play } from '../play';

/** The entries of one turn of a log. */
export const turnLog = (log: readonly LogEntry[], turn: number): LogEntry[] => log.filter((e) => e.turn === turn);

/** The scenario's public opening, rebuilt for any view (its own seed is a fixed word, not the class's). */
export function publicOpening(scenario: Scenario, variant: string | null): GameState {
  const made = newGame(scenario, 'public-opening', { variant });
  if (!made.ok) throw new Error(`bug: the class's scenario ${scenario.id} does not open: ${made.message}`);
  return made.state;
}

export class StudentPlay extends Play {
  private readonly opening: GameState;
  private seen: GameState;
  private current: View;
  /** Told after the team's pending orders changed here. */
  onOrders: () => void = () => undefined;

  constructor(
    scenario: Scenario,
    variant: string | null,
    private readonly actor: ActorId,
    view: View,
    private readonly log: () => readonly LogEntry[],
  ) {
    super(scenario);
    this.opening = publicOpening(scenario, variant);
    this.current = view;
    this.seen = stateFromView(this.opening, view, actor);
  }

  get state(): GameState {
    return this.seen;
  }

  get human(): ActorId {
    return this.actor;
  }

  view(): View {
    return this.current;
  }

  /** A new board from the server; a new turn drops the orders of the last. */
  update(view: View): void {
    if (view.turn !== this.current.turn) this.pending = [];
    this.current = view;
    this.seen = stateFromView(this.opening, view, this.actor);
  }

  lastTurnLog(): LogEntry[] {
    return turnLog(this.log(), this.current.turn - 1);
  }

  visibleLog(): LogEntry[] {
    return [...this.log()];
  }

  protected override ordersChanged(): void {
    this.onOrders();
  }
}

export class FacilitatorPlay extends Play {
  private truth: GameState;
  private seen: View;

  constructor(
    scenario: Scenario,
    state: GameState,
    private readonly log: () => readonly LogEntry[],
  ) {
    super(scenario);
    this.truth = state;
    this.seen = viewFor(state, 'facilitator');
  }

  get state(): GameState {
    return this.truth;
  }

  /** The facilitator plays no actor; the first one stands in where a name is needed. */
  get human(): ActorId {
    return this.truth.actorOrder[0];
  }

  override commanded(): ActorId[] {
    return [];
  }

  view(): View {
    return this.seen;
  }

  update(state: GameState): void {
    this.truth = state;
    this.seen = viewFor(state, 'facilitator');
  }

  lastTurnLog(): LogEntry[] {
    return turnLog(this.log(), this.truth.turn - 1);
  }

  visibleLog(): LogEntry[] {
    return [...this.log()];
  }
}
