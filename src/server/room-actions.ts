// The messages a class room accepts, each checked for its sender's role, its size and shape,
// and the state of the class. A refused message changes nothing and gets its reason back: as the
// reply of a request, or as an `error` message when it was sent without one.
import type { Client } from '@colyseus/core';
import type { Reply, Role, TeamOrders } from '../net/protocol';
import { refuse, type Handler } from './action-kit';
import type { ClassRoom } from './class-room';
import { CONSOLE_ACTIONS } from './console-actions';
import type { Member } from './join';
import { plainData } from './plain-data';
import { press } from './press';
import { classRecord } from './record';

/** A team's orders for the open turn of its world, checked; the room then keeps or stores them. */
function teamOrders(room: ClassRoom, member: Member, payload: Record<string, unknown>): Reply<{ value: TeamOrders }> {
  if (member.actor === null) return refuse('ERR_NOT_A_TEAM', 'Only a team gives orders.');
  const world = room.worlds[member.world];
  if (room.status === 'ended' || world.game.ended) return refuse('ERR_CLASS_ENDED', 'The game is over.');
  if (world.computer.has(member.actor)) return refuse('ERR_COMPUTER_PLAYS', 'The facilitator has handed your actor to the computer for now; it gives the orders until your team gets it back.');
  const check = world.game.checkOrders(member.actor, payload.orders);
  if (!check.ok) return check;
  return { ok: true, value: { turn: world.game.turn, actor: member.actor, orders: check.orders } };
}

const draft: Handler = (room, _client, member, payload) =>
  room.serial(() => {
    const t = teamOrders(room, member, payload);
    if (!t.ok) return t;
    const world = room.worlds[member.world];
    world.drafts.set(t.value.actor, t.value);
    room.sendToTeam(world, t.value.actor, 'draft', t.value, false);
    return { ok: true };
  });

const submit: Handler = (room, _client, member, payload) =>
  room.serial(async () => {
    if (room.status !== 'running') return refuse('ERR_NOT_STARTED', 'The facilitator has not started the class yet.');
    if (room.paused) return refuse('ERR_PAUSED', 'The facilitator has paused the class; submit when it resumes.');
    const t = teamOrders(room, member, payload);
    if (!t.ok) return t;
    const world = room.worlds[member.world];
    const { store, now } = room.services;
    await store.putOrders(world.key, { ...t.value, submittedAt: now() });
    world.game.submit(t.value.actor, t.value.orders);
    world.boards.forget(true);
    room.sendToTeam(world, t.value.actor, 'submitted', t.value, true);
    room.sendProjectors(world);
    room.sendConsole();
    room.broadcastRoster();
    room.journal('orders.submitted', { world: world.index, actor: t.value.actor, turn: t.value.turn });
    if (world.allSubmitted()) return room.resolveTurn(world, 'all');
    return { ok: true };
  });

const start: Handler = (room) =>
  room.serial(async () => {
    if (room.status !== 'lobby') return refuse('ERR_ALREADY_STARTED', 'The class has already started.');
    const at = room.services.now();
    await room.setStatus('running', at);
    room.journal('class.started', {});
    room.sendBoards();
    room.broadcastRoster();
    for (const w of room.worlds) room.scheduleDeadline(w);
    return { ok: true };
  });

const replay: Handler = (room, _client, member) => Promise.resolve({ ok: true, replay: room.worlds[member.world].game.replay });

const record: Handler = (room) => Promise.resolve({ ok: true, record: classRecord(room.record.code, room.record.config.teamActors, room.worlds) });

const ACTIONS: Readonly<Record<string, { readonly role: Role; readonly run: Handler }>> = {
  draft: { role: 'student', run: draft },
  submit: { role: 'student', run: submit },
  press: { role: 'student', run: press },
  start: { role: 'facilitator', run: start },
  replay: { role: 'facilitator', run: replay },
  record: { role: 'facilitator', run: record },
  ...CONSOLE_ACTIONS,
};

const NOT_ALLOWED: Readonly<Record<Role, string>> = {
  facilitator: 'Only the facilitator may do that.',
  student: 'Only a team may do that.',
  projector: 'Only the projector may do that.',
};

async function dispatch(room: ClassRoom, client: Client, type: string, raw: unknown): Promise<Reply> {
  const action = Object.hasOwn(ACTIONS, type) ? ACTIONS[type] : null;
  if (!action) return refuse('ERR_UNKNOWN_MESSAGE', `The class server does not take "${type.slice(0, 40)}" messages.`);
  const member = room.member(client);
  if (!member) return refuse('ERR_NOT_JOINED', 'Join the class first.');
  if (member.role !== action.role) return refuse('ERR_NOT_ALLOWED', NOT_ALLOWED[action.role]);
  const clean = plainData(raw ?? {});
  if (!clean.ok) return clean;
  if (typeof clean.value !== 'object' || clean.value === null || Array.isArray(clean.value)) return refuse('ERR_BAD_MESSAGE', 'A message carries an object.');
  try {
    return await action.run(room, client, member, clean.value as Record<string, unknown>);
  } catch (e) {
    console.error(`class ${room.record.code}: ${type} failed: ${(e as Error).message}`);
    return refuse('ERR_SERVER', 'The server could not do that just now; nothing was changed. Try again.');
  }
}

export function registerActions(room: ClassRoom): void {
  const answer = (client: Client, type: string, reply: Reply, isRequest: boolean): Reply => {
    if (!reply.ok && !isRequest) client.send('error', { ...reply, about: type.slice(0, 40) });
    return reply;
  };
  for (const type of Object.keys(ACTIONS)) {
    // Colyseus answers a request with what its callback returns: here the promise of the reply.
    room.onMessage(type, (client: Client, payload: unknown, ctx?: { id?: number }): unknown => dispatch(room, client, type, payload).then((reply) => answer(client, type, reply, ctx?.id !== undefined)));
  }
  room.onMessage('*', (client: Client, type: string | number, payload: unknown) => {
    void dispatch(room, client, String(type), payload).then((reply) => answer(client, String(type), reply, false));
  });
}
