// A class on the server: one Colyseus room per class, holding the authoritative game. Clients
// get messages (client.send), never schema state. Every change runs through one queue per room
// and is written to the store before anyone is told of it.
import { ErrorCode, Room, ServerError, type Client } from '@colyseus/core';
import { randomUUID } from 'node:crypto';
import type { ActorId } from '../engine';
import type { ClassStatus, Reply, Roster, Welcome } from '../net/protocol';
import { Boards, encoded } from './boards';
import { ClassGame, turnResult } from './class-game';
import { admit, type Member } from './join';
import { registerActions } from './room-actions';
import { Seats } from './seats';
import type { ClassRecord, ClassStore, ResolveReason } from './store/store';
import { normaliseCode } from './tokens';

export interface RoomServices {
  readonly store: ClassStore;
  readonly now: () => number;
  /** How long a dropped client's place is kept for Colyseus reconnection. */
  readonly reconnectSeconds: number;
}

/** How long the roster waits for more changes before it is sent. */
const ROSTER_DELAY_MS = 100;

const refusal = (code: string, message: string): ServerError => new ServerError(ErrorCode.APPLICATION_ERROR, `${code}: ${message}`);

export class ClassRoom extends Room {
  /** Set once by the server before any room is made. */
  static services: RoomServices;

  override maxClients = 120;
  override maxMessagesPerSecond = 30;

  record!: ClassRecord;
  game!: ClassGame;
  seats!: Seats;
  readonly members = new Map<string, Member>();
  readonly drafts = new Map<ActorId, unknown>();
  readonly boards = new Boards(() => ({ game: this.game, status: this.record.status, deadline: this.deadline() }));
  private readonly connected = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private deadlineTimer: NodeJS.Timeout | null = null;
  private rosterDue: NodeJS.Timeout | null = null;

  get services(): RoomServices {
    return ClassRoom.services;
  }

  override async onCreate(options: { code?: unknown }): Promise<void> {
    const code = normaliseCode(options?.code);
    if (code === null || code !== options.code) throw refusal('ERR_BAD_CODE', 'A class code is six letters and digits, as shown on the projector.');
    const { store } = this.services;
    const record = await store.getClass(code);
    if (!record) throw refusal('ERR_NO_CLASS', `No class has the code ${code}.`);
    const [seats, turns, results] = await Promise.all([store.seats(code), store.turns(code), store.turnResults(code)]);
    const open = await store.openOrders(code, turns.length);
    const rebuilt = ClassGame.restore(record.config, turns, results, open);
    if (!rebuilt.ok) throw refusal(rebuilt.code, `Class ${code} cannot resume: ${rebuilt.message}`);
    if (rebuilt.replayed) console.warn(`class ${code}: its stored state was not used (${rebuilt.replayed}); its ${turns.length} turns were replayed instead, every hash checked.`);
    this.roomId = code;
    this.record = record;
    this.game = rebuilt.game;
    this.seats = new Seats(seats);
    registerActions(this);
    this.scheduleDeadline();
  }

  /** Runs `work` after every change queued before it: one change at a time per class. */
  serial<T>(work: () => T | Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  override async onJoin(client: Client, options: unknown): Promise<void> {
    const admission = await this.serial(async () => {
      const { store, now } = this.services;
      const a = admit(this.record, this.seats, options, now(), randomUUID());
      if (a.ok && a.newSeat) {
        await store.addSeat(a.newSeat);
        this.seats.add(a.newSeat);
        this.journal('seat.joined', { actor: a.newSeat.actor, team: a.newSeat.team, seat: a.newSeat.seatId });
      }
      return a;
    });
    if (!admission.ok) throw refusal(admission.code, admission.message);
    const { member } = admission;
    this.members.set(client.sessionId, member);
    this.connected.add(client.sessionId);
    // A student coming back with the current board (after a restart, say) is not sent it again.
    const { held } = admission;
    const unchanged = held !== null && held.turn === this.game.turn && held.status === this.record.status;
    client.send('welcome', this.welcome(member, admission.seatToken, unchanged));
    if (!unchanged) this.sendBoard(client, true);
    if (member.actor !== null && this.drafts.has(member.actor)) client.send('draft', this.drafts.get(member.actor));
    const submitted = member.actor === null ? undefined : this.game.submissions().get(member.actor);
    if (member.actor !== null && submitted) client.send('submitted', { turn: this.game.turn, actor: member.actor, orders: submitted });
    this.broadcastRoster();
  }

  override onDrop(client: Client): void {
    // A client refused in onJoin is dropped too; it never had a place to come back to.
    if (!this.members.has(client.sessionId)) return;
    this.connected.delete(client.sessionId);
    this.broadcastRoster();
    // Colyseus calls onLeave when the time runs out; the rejection needs no more handling.
    this.allowReconnection(client, this.services.reconnectSeconds).catch(() => undefined);
  }

  override onReconnect(client: Client): void {
    this.connected.add(client.sessionId);
    this.sendBoard(client, true);
    this.broadcastRoster();
  }

  override onLeave(client: Client): void {
    this.connected.delete(client.sessionId);
    this.members.delete(client.sessionId);
    this.broadcastRoster();
  }

  override onDispose(): void {
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    if (this.rosterDue) clearTimeout(this.rosterDue);
  }

  member(client: Client): Member | null {
    return this.members.get(client.sessionId) ?? null;
  }

  get status(): ClassStatus {
    return this.record.status;
  }

  /** When the open turn closes, or null. */
  deadline(): number | null {
    const { deadlineMinutes } = this.record.config;
    if (this.record.status !== 'running' || deadlineMinutes === null || this.record.turnOpenedAt === null) return null;
    return this.record.turnOpenedAt + deadlineMinutes * 60_000;
  }

  private welcome(member: Member, seatToken: string | null, boardUnchanged: boolean): Welcome {
    const { config } = this.record;
    return {
      role: member.role,
      code: this.record.code,
      actor: member.actor,
      team: member.actor === null ? null : this.seats.team(member.actor),
      commanded: member.actor === null ? [] : this.game.commanded(member.actor),
      seatToken,
      boardUnchanged,
      scenarioId: config.scenarioId,
      variant: config.variant,
      teamActors: config.teamActors,
      deadlineMinutes: config.deadlineMinutes,
    };
  }

  /** One client's board, with the whole log: a student's own view, or the facilitator's truth. */
  sendBoard(client: Client, full: boolean): void {
    const m = this.member(client);
    if (m) client.enqueueRaw(this.boards.board(m.actor, full));
  }

  /** Every client's board after a change of turn or status. */
  sendBoards(): void {
    this.boards.forget();
    for (const client of this.clients) this.sendBoard(client, false);
  }

  /** Sends a message to the members of one team (and, with `facilitators`, to the facilitators). */
  sendToTeam(actor: ActorId, type: string, message: unknown, facilitators: boolean): void {
    const b = encoded(type, message);
    for (const client of this.clients) {
      const m = this.member(client);
      if (m && (m.actor === actor || (facilitators && m.role === 'facilitator'))) client.enqueueRaw(b);
    }
  }

  roster(): Roster {
    const count = (actor: ActorId | null): number => {
      let n = 0;
      for (const id of this.connected) if (this.members.get(id)?.actor === actor) n++;
      return n;
    };
    const submitted = this.game.submissions();
    return {
      status: this.record.status,
      turn: this.game.turn,
      deadline: this.deadline(),
      teams: this.record.config.teamActors.map((actor) => ({
        actor,
        name: this.seats.team(actor),
        members: this.seats.members(actor),
        connected: count(actor),
        submitted: submitted.has(actor),
      })),
      facilitators: count(null),
    };
  }

  /**
   * Sends the roster to everyone a moment after a change, once for a burst of changes: a class
   * coming back at once after a restart gets one roster, not one per student arriving.
   */
  broadcastRoster(): void {
    this.rosterDue ??= setTimeout(() => {
      this.rosterDue = null;
      const b = encoded('roster', this.roster());
      for (const client of this.clients) if (this.members.has(client.sessionId)) client.enqueueRaw(b);
    }, ROSTER_DELAY_MS);
  }

  /** Moves the class to a new status (and opens a turn) in the store, then here. */
  async setStatus(status: ClassStatus, turnOpenedAt: number | null): Promise<void> {
    await this.services.store.setStatus(this.record.code, status, turnOpenedAt);
    this.record = { ...this.record, status, turnOpenedAt };
  }

  /** Whether every seated team has submitted for the open turn. */
  allSubmitted(): boolean {
    const seated = this.seats.seatedActors();
    if (seated.size === 0) return false;
    for (const actor of seated) if (!this.game.submissions().has(actor)) return false;
    return true;
  }

  /** Resolves the open turn: stored first, then committed and sent. Call inside serial(). */
  async resolveTurn(reason: ResolveReason): Promise<Reply> {
    const { store, now } = this.services;
    const r = this.game.resolve();
    if (!r.ok) return r;
    const ended = r.state.ended !== null;
    const at = now();
    const status: ClassStatus = ended ? 'ended' : 'running';
    const openedAt = ended ? null : at;
    await store.addTurn(this.record.code, { turn: r.turn, orders: r.orders, hash: r.hash, reason, resolvedAt: at }, turnResult(r), status, openedAt);
    this.game.commit(r);
    this.record = { ...this.record, status, turnOpenedAt: openedAt };
    this.drafts.clear();
    this.sendBoards();
    this.broadcastRoster();
    this.scheduleDeadline();
    this.journal('turn.resolved', { turn: r.turn, reason, hash: r.hash });
    return { ok: true };
  }

  /**
   * Notes an event in the class's journal. The journal tells what happened; the game itself is
   * rebuilt from classes, seats, orders and turns, so a lost entry loses no play.
   */
  journal(kind: string, data: unknown): void {
    this.services.store.addEvent(this.record.code, this.services.now(), kind, data).catch((e: unknown) => console.error(`class ${this.record.code}: journal entry ${kind} not written: ${(e as Error).message}`));
  }

  /**
   * Arms the open turn's deadline (at once if it passed while no room held the class). While a
   * deadline runs the room stays, clients or none (after a restart, say), so the turn closes on time.
   */
  scheduleDeadline(): void {
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
    const at = this.deadline();
    this.autoDispose = at === null;
    if (at === null) return;
    const turn = this.game.turn;
    this.deadlineTimer = setTimeout(() => {
      void this.serial(async () => {
        if (this.record.status === 'running' && this.game.turn === turn) await this.resolveTurn('deadline');
      }).catch((e: unknown) => console.error(`class ${this.record.code}: the deadline could not resolve the turn: ${(e as Error).message}`));
    }, Math.max(0, at - this.services.now()));
  }
}
