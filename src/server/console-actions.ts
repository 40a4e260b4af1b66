// The facilitator's console: pause and resume, the deadline, end the turn, hand a team to the
// computer, mute a team's press, announce, and the open turn's injects and overrides. Each is
// checked like every message, written to the store before it is acknowledged, and a refusal
// changes nothing.
import { checkInputs, type ActorId, type TurnInputs } from '../engine';
import type { Role } from '../net/protocol';
import { isRefusal, refuse, targetWorld, type Handler } from './action-kit';
import type { ClassRoom } from './class-room';
import { NOTE } from './console-notes';
import { consoleState } from './console-views';
import { announce } from './press';
import type { World } from './world';

/** The longest a deadline may be set or moved at once: a day. */
const MAX_DEADLINE_SECONDS = 24 * 60 * 60;

function running(room: ClassRoom): ReturnType<typeof refuse> | null {
  if (room.status === 'running') return null;
  return refuse('ERR_NOT_RUNNING', room.status === 'lobby' ? 'Start the class first.' : 'The game is over.');
}

/** A world's open turn may take inputs: the class runs and this world's game is not over. */
function openTurn(room: ClassRoom, world: World): ReturnType<typeof refuse> | null {
  return running(room) ?? (world.game.ended ? refuse('ERR_CLASS_ENDED', `${world.name}'s game is over.`) : null);
}

/**
 * Every world's deadline armed again, and the clock sent on: in the rosters, the consoles and on
 * the projectors (the boards are not sent again: a board sent twice would repeat its turn's log).
 */
function clockChanged(room: ClassRoom): void {
  for (const w of room.worlds) {
    w.boards.forget();
    room.scheduleDeadline(w);
  }
  room.sendProjectors();
  room.sendConsole();
  room.broadcastRoster();
}

const pause: Handler = (room) =>
  room.serial(async () => {
    const no = running(room);
    if (no) return no;
    if (room.paused) return refuse('ERR_PAUSED', 'The class is already paused.');
    const paused = { since: room.services.now() };
    await room.services.store.putNote(room.record.code, NOTE.paused, paused);
    room.paused = paused;
    room.journal('class.paused', {});
    clockChanged(room);
    return { ok: true };
  });

const resume: Handler = (room) =>
  room.serial(async () => {
    if (!room.paused) return refuse('ERR_NOT_PAUSED', 'The class is not paused.');
    const { store, now } = room.services;
    const away = now() - room.paused.since;
    // Each world's deadline moves on by the time the class stood paused: its teams lose none of theirs.
    for (const w of room.worlds) {
      const at = room.clockDeadline(w);
      if (at === null) continue;
      const set = { turn: w.game.turn, at: at + away };
      await store.putNote(room.record.code, NOTE.deadline(w.index), set);
      w.deadlineSet = set;
    }
    await store.putNote(room.record.code, NOTE.paused, null);
    room.paused = null;
    room.journal('class.resumed', { pausedMs: away });
    clockChanged(room);
    return { ok: true };
  });

function seconds(v: unknown, min: number, what: string): number | string {
  if (!Number.isSafeInteger(v) || (v as number) < min || Math.abs(v as number) > MAX_DEADLINE_SECONDS) return `${what} must be a whole number of seconds from ${min} to ${MAX_DEADLINE_SECONDS}.`;
  return v as number;
}

const deadline: Handler = (room, _client, member, payload) =>
  room.serial(async () => {
    const world = targetWorld(room, member, payload);
    if (isRefusal(world)) return world;
    const no = openTurn(room, world);
    if (no) return no;
    const { store, now } = room.services;
    // While paused the clock stands at the moment of the pause; times left count from there.
    const clock = room.paused ? room.paused.since : now();
    let at: number | null;
    if (payload.addSeconds !== undefined && payload.secondsLeft === undefined) {
      const s = seconds(payload.addSeconds, -MAX_DEADLINE_SECONDS, 'addSeconds');
      if (typeof s === 'string') return refuse('ERR_BAD_DEADLINE', s);
      if (s === 0) return refuse('ERR_BAD_DEADLINE', 'addSeconds must not be 0.');
      at = Math.max(clock, (room.clockDeadline(world) ?? clock) + s * 1000);
    } else if (payload.secondsLeft !== undefined && payload.addSeconds === undefined) {
      if (payload.secondsLeft === null) at = null;
      else {
        const s = seconds(payload.secondsLeft, 0, 'secondsLeft');
        if (typeof s === 'string') return refuse('ERR_BAD_DEADLINE', s);
        at = clock + s * 1000;
      }
    } else return refuse('ERR_BAD_DEADLINE', 'Give either addSeconds (to extend or cut the deadline) or secondsLeft (to set it; null for none).');
    const set = { turn: world.game.turn, at };
    await store.putNote(room.record.code, NOTE.deadline(world.index), set);
    world.deadlineSet = set;
    room.journal('deadline.set', { world: world.index, turn: world.game.turn, at });
    clockChanged(room);
    return { ok: true };
  });

const endTurn: Handler = (room, _client, member, payload) =>
  room.serial(async () => {
    const world = targetWorld(room, member, payload);
    if (isRefusal(world)) return world;
    const no = openTurn(room, world);
    if (no) return no;
    return room.resolveTurn(world, 'facilitator');
  });

/** A team actor of the class, and the on/off switch, from a payload. */
function teamSwitch(room: ClassRoom, payload: Record<string, unknown>): { actor: ActorId; on: boolean } | ReturnType<typeof refuse> {
  const { actor, on } = payload;
  if (typeof actor !== 'string' || !room.record.config.teamActors.includes(actor)) return refuse('ERR_NOT_A_TEAM_ACTOR', `actor must be one of the actors teams play in this class: ${room.record.config.teamActors.join(', ')}.`);
  if (typeof on !== 'boolean') return refuse('ERR_BAD_MESSAGE', 'on must be true or false.');
  return { actor, on };
}

/** A switch kept as a set of actors per world (computer, muted), written to the store first. */
function switchHandler(pick: (w: World) => Set<ActorId>, note: (world: number) => string, kind: string, after: (room: ClassRoom, world: World) => Promise<unknown>): Handler {
  return (room, _client, member, payload) =>
    room.serial(async () => {
      const world = targetWorld(room, member, payload);
      if (isRefusal(world)) return world;
      const s = teamSwitch(room, payload);
      if (isRefusal(s)) return s;
      const set = pick(world);
      const next = new Set(set);
      if (s.on) next.add(s.actor);
      else next.delete(s.actor);
      await room.services.store.putNote(room.record.code, note(world.index), [...next].sort());
      if (s.on) set.add(s.actor);
      else set.delete(s.actor);
      room.journal(kind, { world: world.index, actor: s.actor, on: s.on });
      room.sendConsole();
      room.broadcastRoster();
      await after(room, world);
      return { ok: true };
    });
}

/** A team handed to the computer no longer holds up its world's turn: the turn may now be complete. */
const computer = switchHandler((w) => w.computer, NOTE.computer, 'team.computer', async (room, world) => {
  if (room.status === 'running' && !room.paused && !world.game.ended && world.allSubmitted()) await room.resolveTurn(world, 'all');
});

const mute = switchHandler((w) => w.muted, NOTE.muted, 'team.muted', () => Promise.resolve());

/** Adds to, or takes from, a world's inputs for its open turn: checked by the engine against that turn, stored, then kept. */
function inputsHandler(change: (inputs: TurnInputs, payload: Record<string, unknown>) => TurnInputs | string): Handler {
  return (room, _client, member, payload) =>
    room.serial(async () => {
      const world = targetWorld(room, member, payload);
      if (isRefusal(world)) return world;
      const no = openTurn(room, world);
      if (no) return no;
      const next = change(world.inputs, payload);
      if (typeof next === 'string') return refuse('ERR_BAD_INPUT', next);
      const checked = checkInputs(world.game.state, next);
      if (!checked.ok) return checked;
      await room.services.store.putNote(room.record.code, NOTE.inputs(world.index, world.game.turn), checked.inputs);
      world.inputs = checked.inputs;
      world.boards.forget(true);
      room.journal('turn.inputs', { world: world.index, turn: world.game.turn, inputs: checked.inputs });
      room.sendConsole();
      return { ok: true, inputs: checked.inputs };
    });
}

const inject = inputsHandler((inputs, p) => (p.inject === undefined ? 'Give the inject to play (card, event or custom).' : { ...inputs, injects: [...(inputs.injects ?? []), p.inject as never] }));

const override = inputsHandler((inputs, p) => (p.override === undefined ? 'Give the override (fight or event) with its reason.' : { ...inputs, overrides: [...(inputs.overrides ?? []), p.override as never] }));

const withdraw = inputsHandler((inputs, p) => {
  const list = p.kind === 'inject' ? inputs.injects : p.kind === 'override' ? inputs.overrides : undefined;
  if (p.kind !== 'inject' && p.kind !== 'override') return 'kind must be "inject" or "override".';
  if (!Number.isSafeInteger(p.index) || (p.index as number) < 0 || (p.index as number) >= (list?.length ?? 0)) return `There is no ${p.kind} number ${String(p.index).slice(0, 12)} in this turn (it has ${list?.length ?? 0}).`;
  const rest = (list ?? []).filter((_x, i) => i !== p.index);
  return p.kind === 'inject' ? { ...inputs, injects: rest as TurnInputs['injects'] } : { ...inputs, overrides: rest as TurnInputs['overrides'] };
});

const watchWorld: Handler = (room, client, member, payload) => {
  if (payload.world === undefined) return Promise.resolve(refuse('ERR_NO_WORLD', 'Say which world to watch.'));
  const world = targetWorld(room, member, payload);
  if (isRefusal(world)) return Promise.resolve(world);
  room.watch(client, world.index);
  room.sendBoard(client, true);
  client.send('console', consoleState(room, world));
  room.broadcastRoster();
  return Promise.resolve({ ok: true });
};

export const CONSOLE_ACTIONS: Readonly<Record<string, { readonly role: Role; readonly run: Handler }>> = {
  pause: { role: 'facilitator', run: pause },
  resume: { role: 'facilitator', run: resume },
  deadline: { role: 'facilitator', run: deadline },
  endTurn: { role: 'facilitator', run: endTurn },
  computer: { role: 'facilitator', run: computer },
  mute: { role: 'facilitator', run: mute },
  announce: { role: 'facilitator', run: announce },
  inject: { role: 'facilitator', run: inject },
  override: { role: 'facilitator', run: override },
  withdraw: { role: 'facilitator', run: withdraw },
  world: { role: 'facilitator', run: watchWorld },
};
