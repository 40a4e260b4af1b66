// A team's orders being drafted by several students at once. Each change made here is sent to
// the server, which echoes every team member's change to the whole team in the order it took
// them. While changes sent from here are unanswered, echoes are held back (applying one would undo
// a later change made here); once all are answered, the server's last draft is the team's.
import type { OrdersByActor } from '../../engine';
import type { TeamOrders } from '../../net';

/** Whether two sets of orders are the same. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export class TeamDraft {
  private inFlight = 0;
  private last: TeamOrders | null = null;

  constructor(
    /** The team's orders on this page now, and the open turn. */
    private readonly local: () => { readonly turn: number; readonly orders: OrdersByActor },
    /** Replaces the page's orders with the team's. */
    private readonly apply: (orders: OrdersByActor) => void,
  ) {}

  /** A change made here is on its way to the server. */
  sent(): void {
    this.inFlight++;
  }

  /** The server answered one change sent from here. */
  answered(): void {
    this.inFlight--;
    this.settle();
  }

  /** The server sent the team's draft (anyone's change, ours included). */
  received(draft: TeamOrders | null): void {
    this.last = draft;
    this.settle();
  }

  private settle(): void {
    const now = this.local();
    if (this.inFlight > 0 || !this.last || this.last.turn !== now.turn || same(this.last.orders, now.orders)) return;
    this.apply(this.last.orders);
  }
}
