// A class on the server: one Colyseus room per class, holding the authoritative game of each of
// its worlds (world.ts). Clients get messages (client.send), never schema state. Every change runs
// through one queue per room and is written to the store before anyone is told of it.
import { ErrorCode, Room, ServerError, type Client } from '@colyseus/core';
import { randomUUID } from 'node:crypto';
import type { ActorId } from '../engine';
import type { ClassStatus, Reply, Welcome } from '../net/protocol';
import { encoded, submissionsOf } from './boards';
import { turnResult } from './class-game';
import { NOTE } from './console-notes';
import { consoleState, projectorView, rosterOf } from './console-views';
import { admit, type Member } from './join';
import { loadWorlds } from './load-worlds';
import { sendPressHistory } from './press';
import { registerActions } from './room-actions';
import { Seats } from './seats';
import type { ClassRecord, ClassStore, ResolveReason } from './store/store';
import { normaliseCode } from './tokens';
import { World } from './world';

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
  worlds: World[] = [];
  /** Set while the facilitator has paused the class: no submissions, deadline clocks stopped. */
  paused: { readonly since: number } | null = null;
  readonly members = new Map<string, Member>();
  readonly connected = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
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
    const loaded = await loadWorlds(store, record);
    if (!loaded.ok) throw refusal(loaded.code, `Class ${code} cannot resume: ${loaded.message}`);
    const worlds = loaded.worlds.map((w) => new World(w.index, w.key, w.game, new Seats(w.seats), w.notes, w.opened, (x) => ({ status: x.status(this.record.status), deadline: this.deadline(x) })));
    this.roomId = code;
    this.record = record;
    this.worlds = worlds;
    this.paused = loaded.notes.paused;
    registerActions(this);
    for (const w of worlds) this.scheduleDeadline(w);
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
      const a = admit(this.record, this.worlds.map((w) => w.seats), options, now(), randomUUID());
      if (a.ok && a.newSeat) {
        await store.addSeat(a.newSeat);
        this.worlds[a.member.world].seats.add(a.newSeat);
        this.journal('seat.joined', { actor: a.newSeat.actor, team: a.newSeat.team, seat: a.newSeat.seatId, world: a.member.world });
      }
      return a;
    });
    if (!admission.ok) throw refusal(admission.code, admission.message);
    const { member } = admission;
    const world = this.worlds[member.world];
    this.members.set(client.sessionId, member);
    this.connected.add(client.sessionId);
    // A client coming back with the current board (after a restart, say) is not sent it again: a
    // student's is its turn and status; the facilitator's also the state's hash and the world,
    // and its welcome carries the open turn's submissions (its board holds those it was told of).
    const { held } = admission;
    const facilitator = member.role === 'facilitator';
    const unchanged = held !== null && held.turn === world.game.turn && held.status === world.status(this.record.status) && (!facilitator || (held.hash === world.game.hash() && held.world === world.index));
    client.send('welcome', this.welcome(member, admission.seatToken, unchanged));
    if (!unchanged) this.sendBoard(client, true);
    if (member.actor !== null && world.drafts.has(member.actor)) client.send('draft', world.drafts.get(member.actor));
    const submitted = member.actor === null ? undefined : world.game.submissions().get(member.actor);
    if (member.actor !== null && submitted) client.send('submitted', { turn: world.game.turn, actor: member.actor, orders: submitted });
    if (member.role === 'facilitator') client.send('console', consoleState(this, world));
    sendPressHistory(this, client, member);
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
    const m = this.member(client);
    if (m?.role === 'facilitator') client.send('console', consoleState(this, this.worlds[m.world]));
    if (m) sendPressHistory(this, client, m);
    this.broadcastRoster();
  }

  override onLeave(client: Client): void {
    this.connected.delete(client.sessionId);
    this.members.delete(client.sessionId);
    this.broadcastRoster();
  }

  override onDispose(): void {
    for (const w of this.worlds) if (w.timer) clearTimeout(w.timer);
    if (this.rosterDue) clearTimeout(this.rosterDue);
  }

  member(client: Client): Member | null {
    return this.members.get(client.sessionId) ?? null;
  }

  /** The facilitator watches another world from now on. */
  watch(client: Client, world: number): void {
    const m = this.member(client);
    if (m) this.members.set(client.sessionId, { ...m, world });
  }

  get status(): ClassStatus {
    return this.record.status;
  }

  /** When a world's open turn closes, or null (no deadline, not running, or paused: the clock stopped). */
  deadline(world: World): number | null {
    if (this.paused) return null;
    return this.clockDeadline(world);
  }

  /** The world's deadline as if the clock ran (while paused: where it stood when paused). */
  clockDeadline(world: World): number | null {
    if (this.record.status !== 'running' || world.game.ended) return null;
    return world.deadline(this.record.config.deadlineMinutes);
  }

  /** Milliseconds left in a world's open turn, the clock stopped while paused; null without a deadline. */
  remainingMs(world: World): number | null {
    const at = this.clockDeadline(world);
    if (at === null) return null;
    return Math.max(0, at - (this.paused ? this.paused.since : this.services.now()));
  }

  private welcome(member: Member, seatToken: string | null, boardUnchanged: boolean): Welcome {
    const { config } = this.record;
    const world = this.worlds[member.world];
    return {
      role: member.role,
      code: this.record.code,
      actor: member.actor,
      team: member.actor === null ? null : world.seats.team(member.actor),
      commanded: member.actor === null ? [] : world.game.commanded(member.actor),
      seatToken,
      boardUnchanged,
      submissions: boardUnchanged && member.role === 'facilitator' ? submissionsOf(world.game) : null,
      scenarioId: config.scenarioId,
      variant: config.variant,
      teamActors: config.teamActors,
      deadlineMinutes: config.deadlineMinutes,
      world: member.world,
      worlds: this.worlds.length,
    };
  }

  /** One client's board, with the whole log: a student's own view, the facilitator's truth, the projector's public board. */
  sendBoard(client: Client, full: boolean): void {
    const m = this.member(client);
    if (!m) return;
    const world = this.worlds[m.world];
    if (m.role === 'projector') client.send('projector', projectorView(this, world));
    else client.enqueueRaw(world.boards.board(m.actor, full));
  }

  /** Every client of a world gets its board after a change of turn or status (every world's when none is given). */
  sendBoards(world?: World): void {
    for (const w of world ? [world] : this.worlds) w.boards.forget();
    for (const client of this.clients) {
      const m = this.member(client);
      if (m && (!world || m.world === world.index)) this.sendBoard(client, false);
    }
  }

  /** The projectors of a world get its public board again (a submission, public press, the clock). */
  sendProjectors(world?: World): void {
    for (const client of this.clients) {
      const m = this.member(client);
      if (m?.role === 'projector' && (!world || m.world === world.index)) client.send('projector', projectorView(this, this.worlds[m.world]));
    }
  }

  /** The facilitators watching a world (or any) get its console again. */
  sendConsole(world?: World): void {
    for (const client of this.clients) {
      const m = this.member(client);
      if (m?.role === 'facilitator' && (!world || m.world === world.index)) client.send('console', consoleState(this, this.worlds[m.world]));
    }
  }

  /** Sends a message to the members of one team of a world (and, with `facilitators`, to the facilitators). */
  sendToTeam(world: World, actor: ActorId, type: string, message: unknown, facilitators: boolean): void {
    const b = encoded(type, message);
    for (const client of this.clients) {
      const m = this.member(client);
      if (m && ((m.world === world.index && m.actor === actor) || (facilitators && m.role === 'facilitator'))) client.enqueueRaw(b);
    }
  }

  /**
   * Sends the roster to everyone a moment after a change, once for a burst of changes: a class
   * coming back at once after a restart gets one roster, not one per student arriving.
   */
  broadcastRoster(): void {
    this.rosterDue ??= setTimeout(() => {
      this.rosterDue = null;
      const byWorld = this.worlds.map((w) => encoded('roster', rosterOf(this, w)));
      for (const client of this.clients) {
        const m = this.members.get(client.sessionId);
        if (m) client.enqueueRaw(byWorld[m.world]);
      }
    }, ROSTER_DELAY_MS);
  }

  /** Moves the class to a new status (and opens a turn in every world) in the store, then here. */
  async setStatus(status: ClassStatus, turnOpenedAt: number | null): Promise<void> {
    await this.services.store.setStatus(this.record.code, status, turnOpenedAt);
    for (const w of this.worlds) if (w.index > 0) await this.services.store.putNote(this.record.code, NOTE.opened(w.index), turnOpenedAt);
    this.record = { ...this.record, status, turnOpenedAt };
    for (const w of this.worlds) w.opened = turnOpenedAt;
  }

  /** Resolves a world's open turn with the facilitator's inputs: stored first, then committed and sent. Call inside serial(). */
  async resolveTurn(world: World, reason: ResolveReason): Promise<Reply> {
    const { store, now } = this.services;
    const r = world.game.resolve(world.inputs, world.computer);
    if (!r.ok) return r;
    const at = now();
    const classEnded = r.state.ended !== null && this.worlds.every((w) => w === world || w.game.ended);
    const status: ClassStatus = classEnded ? 'ended' : 'running';
    // A turn opened while the class is paused opens, for its deadline, when the clock stopped.
    const openedAt = r.state.ended ? null : (this.paused?.since ?? at);
    const code = this.record.code;
    const turn = { turn: r.turn, orders: r.orders, hash: r.hash, reason, resolvedAt: at };
    // World 0's turns carry the class's status; another world's notes its own opening and, last, the class's end.
    if (world.index === 0) await store.addTurn(code, turn, turnResult(r), status, openedAt);
    else {
      await store.addTurn(world.key, turn, turnResult(r), status, openedAt);
      await store.putNote(code, NOTE.opened(world.index), openedAt);
      if (classEnded) await store.setStatus(code, 'ended', null);
    }
    world.game.commit(r);
    world.opened = openedAt;
    world.inputs = {};
    if (world.index === 0 || classEnded) this.record = { ...this.record, status, turnOpenedAt: world.index === 0 ? openedAt : null };
    world.drafts.clear();
    this.sendBoards(classEnded ? undefined : world);
    this.sendConsole();
    this.broadcastRoster();
    this.scheduleDeadline(world);
    this.journal('turn.resolved', { world: world.index, turn: r.turn, reason, hash: r.hash });
    return { ok: true };
  }

  /**
   * Notes an event in the class's journal. The journal tells what happened; the game itself is
   * rebuilt from classes, seats, orders, turns and console notes, so a lost entry loses no play.
   */
  journal(kind: string, data: unknown): void {
    this.services.store.addEvent(this.record.code, this.services.now(), kind, data).catch((e: unknown) => console.error(`class ${this.record.code}: journal entry ${kind} not written: ${(e as Error).message}`));
  }

  /**
   * Arms a world's deadline (at once if it passed while no room held the class); none while paused.
   * While a deadline runs the room stays, clients or none (after a restart, say), so the turn
   * closes on time.
   */
  scheduleDeadline(world: World): void {
    if (world.timer) clearTimeout(world.timer);
    world.timer = null;
    const at = this.deadline(world);
    this.autoDispose = this.worlds.every((w) => this.deadline(w) === null);
    if (at === null) return;
    const turn = world.game.turn;
    world.timer = setTimeout(() => {
      void this.serial(async () => {
        if (this.record.status === 'running' && world.game.turn === turn && this.deadline(world) === at) await this.resolveTurn(world, 'deadline');
      }).catch((e: unknown) => console.error(`class ${this.record.code}: the deadline could not resolve the turn: ${(e as Error).message}`));
    }, Math.max(0, at - this.services.now()));
  }
}
