// Press: teams write to one or more actors, privately or in public, and the facilitator announces
// to everyone. Each message is checked (length, addressees), stored with its turn before anyone
// gets it, and delivered only to the teams it names (those commanding an addressed actor
// included), the sender's own team and the facilitators; public ones also go to the projector.
import type { ActorId } from '../engine';
import type { PressMessage } from '../net/class-record';
import { PRESS_MAX_CHARS, type PressDelivery, type Reply } from '../net/protocol';
import { isRefusal, refuse, targetWorld, type Handler } from './action-kit';
import type { Client } from '@colyseus/core';
import type { ClassRoom } from './class-room';
import type { Member } from './join';
import { NOTE } from './console-notes';
import { PRESS_LIMIT, type World } from './world';

/** Control characters (line breaks and tabs aside) and the Unicode line separators: never part of a message. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const BREAKS = /[\n\t]/g;

function pressText(v: unknown): string | ReturnType<typeof refuse> {
  if (typeof v !== 'string') return refuse('ERR_BAD_PRESS', 'A message has a text.');
  const text = v.normalize('NFC').trim();
  if (text.length === 0) return refuse('ERR_BAD_PRESS', 'The message is empty.');
  if (text.length > PRESS_MAX_CHARS) return refuse('ERR_BAD_PRESS', `A message has at most ${PRESS_MAX_CHARS} characters (this one has ${text.length}).`);
  if (CONTROL.test(text.replace(BREAKS, ''))) return refuse('ERR_BAD_PRESS', 'A message may not hold control characters.');
  return text;
}

/** Whether a team reads a message: its own, a public one, or one to an actor it commands. */
function forTeam(world: World, member: Member, message: PressMessage): boolean {
  const actor = member.actor;
  return member.world === world.index && actor !== null && (actor === message.from || message.public || world.game.commanded(actor).some((a) => message.to.includes(a)));
}

/**
 * A team's press so far, sent again when one of its members joins or comes back (a reload, a
 * laptop reopened, a server restart): the client keeps each message once (by board and number).
 * The facilitator reads all of it in the console instead.
 */
export function sendPressHistory(room: ClassRoom, client: Client, member: Member): void {
  if (member.role !== 'student') return;
  const world = room.worlds[member.world];
  world.press.forEach((message, seq) => {
    if (forTeam(world, member, message)) client.send('press', { ...message, world: world.index, seq } satisfies PressDelivery);
  });
}

/** Stores a message in a world's press, then delivers it. Call inside serial(). */
async function publish(room: ClassRoom, world: World, message: PressMessage): Promise<Reply<{ seq: number }>> {
  if (world.press.length >= PRESS_LIMIT) return refuse('ERR_PRESS_FULL', `${world.name} holds ${PRESS_LIMIT} messages, the most a class keeps.`);
  const seq = world.press.length;
  await room.services.store.putNote(room.record.code, NOTE.press(world.index, seq), message);
  world.press.push(message);
  const delivery: PressDelivery = { ...message, world: world.index, seq };
  for (const client of room.clients) {
    const m = room.member(client);
    if (m && (m.role === 'facilitator' || forTeam(world, m, message))) client.send('press', delivery);
  }
  if (message.public) room.sendProjectors(world);
  room.journal('press.sent', { world: world.index, seq, from: message.from, public: message.public });
  return { ok: true, seq };
}

/** A team's message: refused when the team is muted, the class over, or the message bad. */
export const press: Handler = (room, _client, member, payload) =>
  room.serial(async () => {
    const world = room.worlds[member.world];
    const from = member.actor as ActorId;
    if (room.status === 'ended' || world.game.ended) return refuse('ERR_CLASS_ENDED', 'The game is over.');
    if (world.muted.has(from)) return refuse('ERR_MUTED', 'The facilitator has muted your team’s press for now.');
    const text = pressText(payload.text);
    if (isRefusal(text)) return text;
    if (typeof payload.public !== 'boolean') return refuse('ERR_BAD_PRESS', 'public must be true or false.');
    const actors = world.game.state.actorOrder;
    let to: ActorId[];
    if (payload.public) to = [...actors];
    else {
      if (!Array.isArray(payload.to) || payload.to.length === 0 || payload.to.length > actors.length) return refuse('ERR_BAD_PRESS', 'A private message names the actors it is for (to: a list of actor ids).');
      const named = new Set<ActorId>();
      for (const a of payload.to) {
        if (typeof a !== 'string' || !actors.includes(a)) return refuse('ERR_BAD_PRESS', `to: "${String(a).slice(0, 40)}" is not an actor of this scenario.`);
        named.add(a);
      }
      to = actors.filter((a) => named.has(a));
    }
    return publish(room, world, { turn: world.game.turn, from, to, public: payload.public, text });
  });

/** The facilitator's announcement: public, to every actor of one world, or of every world when none is named. */
export const announce: Handler = (room, _client, member, payload) =>
  room.serial(async () => {
    const text = pressText(payload.text);
    if (isRefusal(text)) return text;
    let worlds = room.worlds;
    if (payload.world !== undefined) {
      const w = targetWorld(room, member, payload);
      if (isRefusal(w)) return w;
      worlds = [w];
    }
    for (const w of worlds) {
      const r = await publish(room, w, { turn: w.game.turn, from: null, to: [...w.game.state.actorOrder], public: true, text });
      if (!r.ok) return r;
    }
    return { ok: true };
  });
