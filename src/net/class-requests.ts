// What a class connection asks the server, one method per request: the team's drafts,
// submissions and press, and the facilitator's actions and console. The connection
// (class-connection.ts) sends them; every reply is the server's, or a refusal when offline.
import type { ActorId, Inject, OrdersByActor, Override, Replay, TurnInputs } from '../engine';
import type { ClassRecord } from './class-record';
import { Emitter } from './emitter';
import type { ConsoleRequests, PressRequest, Reply, ServerMessages } from './protocol';

export type ConnectionStatus = 'connected' | 'reconnecting' | 'closed';

/** Every server message, and the connection's own status. */
export type ConnectionEvents = ServerMessages & { readonly status: ConnectionStatus };

export abstract class ClassRequests extends Emitter<ConnectionEvents> {
  /** Sends one request and waits for its reply. */
  protected abstract request<T extends object = object>(type: string, payload: object): Promise<Reply<T>>;

  /** Shares the team's orders being drafted with its other members. */
  setDraft(orders: OrdersByActor): Promise<Reply> {
    return this.request('draft', { orders });
  }

  /** Submits the team's orders for the open turn (again, to change them, until it resolves). */
  submit(orders: OrdersByActor): Promise<Reply> {
    return this.request('submit', { orders });
  }

  /** Facilitator: opens the first turn. */
  start(): Promise<Reply> {
    return this.request('start', {});
  }

  /** Facilitator: resolves the open turn now (of the watched world, or of `world`); teams that have not submitted hold. */
  endTurn(world?: number): Promise<Reply> {
    return this.consoleRequest('endTurn', world === undefined ? {} : { world });
  }

  /** Facilitator: the class's game so far, as a replay. */
  replay(): Promise<Reply<{ replay: Replay }>> {
    return this.request<{ replay: Replay }>('replay', {});
  }

  /** A console request, its payload typed by the protocol. */
  private consoleRequest<K extends keyof ConsoleRequests, T extends object = object>(type: K, payload: ConsoleRequests[K]): Promise<Reply<T>> {
    return this.request<T>(type, payload);
  }

  /** A team: sends a press message, public or to some actors. Refused when the team is muted. */
  sendPress(message: PressRequest): Promise<Reply<{ seq: number }>> {
    return this.request<{ seq: number }>('press', message);
  }

  /** Facilitator: pauses the class (no submissions; the deadline clock stops). */
  pause(): Promise<Reply> {
    return this.consoleRequest('pause', {});
  }

  /** Facilitator: resumes a paused class; the deadline gets the time it had left. */
  resume(): Promise<Reply> {
    return this.consoleRequest('resume', {});
  }

  /** Facilitator: extends (positive) or cuts (negative) the open turn's deadline, in seconds. */
  extendDeadline(addSeconds: number): Promise<Reply> {
    return this.consoleRequest('deadline', { addSeconds });
  }

  /** Facilitator: sets the time left in the open turn (null: no deadline). */
  setDeadline(secondsLeft: number | null): Promise<Reply> {
    return this.consoleRequest('deadline', { secondsLeft });
  }

  /** Facilitator: hands a team's actor to the computer (on) or back to its team (off). */
  setComputer(actor: ActorId, on: boolean, world?: number): Promise<Reply> {
    return this.consoleRequest('computer', { actor, on, ...(world === undefined ? {} : { world }) });
  }

  /** Facilitator: mutes (on) or unmutes (off) a team's press. */
  setMuted(actor: ActorId, on: boolean, world?: number): Promise<Reply> {
    return this.consoleRequest('mute', { actor, on, ...(world === undefined ? {} : { world }) });
  }

  /** Facilitator: an announcement to every team and projector (of every world, or of `world`). */
  announce(text: string, world?: number): Promise<Reply> {
    return this.consoleRequest('announce', { text, ...(world === undefined ? {} : { world }) });
  }

  /** Facilitator: adds an inject to the open turn; its inputs so far come back. */
  inject(inject: Inject, world?: number): Promise<Reply<{ inputs: TurnInputs }>> {
    return this.consoleRequest<'inject', { inputs: TurnInputs }>('inject', { inject, ...(world === undefined ? {} : { world }) });
  }

  /** Facilitator: sets a fight's or an event's result for the open turn, with the reason. */
  override(override: Override, world?: number): Promise<Reply<{ inputs: TurnInputs }>> {
    return this.consoleRequest<'override', { inputs: TurnInputs }>('override', { override, ...(world === undefined ? {} : { world }) });
  }

  /** Facilitator: takes back an inject or override of the open turn (its index in the inputs). */
  withdraw(kind: 'inject' | 'override', index: number, world?: number): Promise<Reply<{ inputs: TurnInputs }>> {
    return this.consoleRequest<'withdraw', { inputs: TurnInputs }>('withdraw', { kind, index, ...(world === undefined ? {} : { world }) });
  }

  /** Facilitator: watches another world (its truth, roster and console follow). */
  watchWorld(world: number): Promise<Reply> {
    return this.consoleRequest('world', { world });
  }

  /** Facilitator: the whole class's record (every world's replay with inputs, teams, press). */
  record(): Promise<Reply<{ record: ClassRecord }>> {
    return this.request<{ record: ClassRecord }>('record', {});
  }
}
