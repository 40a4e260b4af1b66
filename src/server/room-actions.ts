// The messages a class room accepts, each checked for its sender's role, its size and shape,
// and the state of the class. A refused message changes nothing and gets its reason back: as the
// reply of a request, or as an `error` message when it was sent without one.
import type { Client } from '@colyseus/core';
import type { Refusal, Reply, Role, TeamOrders } from '../net/protocol';
import type { ClassRoom } from './class-room';
import type { Member } from './join';
import { plainData } from './plain-data';

type Handler = (room: ClassRoom, client: Client, member: Member, payload: Record<string, unknown>) => Promise<Reply>;

const refuse = (code: string, message: string): Refusal => ({ ok: false, code, message });

/** A team's orders for the open turn, checked; the room then keeps or stores them. */
function teamOrders(room: ClassRoom, member: Member, payload: Record<string, unknown>): Reply<{ value: TeamOrders }> {
  if (member.actor === null) return refuse('ERR_NOT_A_TEAM', 'Only a team gives orders.');
  if (room.status === 'ended' || room.game.ended) return refuse('ERR_CLASS_ENDED', 'The game is over.');
  const check = room.game.checkOrders(member.actor, payload.orders);
  if (!check.ok) return check;
  return { ok: true, value: { turn: room.game.turn, actor: member.actor, orders: check.orders } };
}

const draft: Handler = (room, _client, member, payload) =>
  room.serial(() => {
    const t = teamOrders(room, member, payload);
    if (!t.ok) return t;
    room.drafts.set(t.value.actor, t.value);
    room.sendToTeam(t.value.actor, 'draft', t.value, false);
    return { ok: true };
  });

const submit: Handler = (room, _client, member, payload) =>
  room.serial(async () => {
    if (room.status !== 'running') return refuse('ERR_NOT_STARTED', 'The facilitator has not started the class yet.');
    const t = teamOrders(room, member, payload);
    if (!t.ok) return t;
    const { store, now } = room.services;
    const at = now();
    await store.putOrders(room.record.code, { ...t.value, submittedAt: at });
    room.game.submit(t.value.actor, t.value.orders);
    room.boards.forget(true);
    room.sendToTeam(t.value.actor, 'submitted', t.value, true);
    room.broadcastRoster();
    room.journal('orders.submitted', { actor: t.value.actor, turn: t.value.turn });
    if (room.allSubmitted()) return room.resolveTurn('all');
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
    room.scheduleDeadline();
    return { ok: true };
  });

const endTurn: Handler = (room) =>
  room.serial(async () => {
    if (room.status !== 'running') return refuse('ERR_NOT_RUNNING', room.status === 'lobby' ? 'Start the class first.' : 'The game is over.');
    return room.resolveTurn('facilitator');
  });

const replay: Handler = (room) => Promise.resolve({ ok: true, replay: room.game.replay });

const ACTIONS: Readonly<Record<string, { readonly role: Role; readonly run: Handler }>> = {
  draft: { role: 'student', run: draft },
  submit: { role: 'student', run: submit },
  start: { role: 'facilitator', run: start },
  endTurn: { role: 'facilitator', run: endTurn },
  replay: { role: 'facilitator', run: replay },
};

async function dispatch(room: ClassRoom, client: Client, type: string, raw: unknown): Promise<Reply> {
  const action = Object.hasOwn(ACTIONS, type) ? ACTIONS[type] : null;
  if (!action) return refuse('ERR_UNKNOWN_MESSAGE', `The class server does not take "${type.slice(0, 40)}" messages.`);
  const member = room.member(client);
  if (!member) return refuse('ERR_NOT_JOINED', 'Join the class first.');
  if (member.role !== action.role) return refuse('ERR_NOT_ALLOWED', action.role === 'facilitator' ? 'Only the facilitator may do that.' : 'Only a team may do that.');
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
