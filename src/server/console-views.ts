// What the class sends besides the boards: each world's roster (everyone), the facilitator's
// console, and the projector's public board. The projector gets nothing but what every actor may
// see: the engine's publicView, public press, and who has submitted.
import { publicView } from '../engine';
import type { ConsoleState, ProjectorView, Roster } from '../net/protocol';
import type { ClassRoom } from './class-room';
import type { World } from './world';

/** How many public press messages the projector shows. */
const PROJECTOR_PRESS = 20;

export function rosterOf(room: ClassRoom, world: World): Roster {
  const count = (actor: string | null, role: 'student' | 'facilitator'): number => {
    let n = 0;
    for (const id of room.connected) {
      const m = room.members.get(id);
      if (m && m.role === role && m.actor === actor && (role === 'facilitator' || m.world === world.index)) n++;
    }
    return n;
  };
  const submitted = world.game.submissions();
  return {
    status: world.status(room.status),
    turn: world.game.turn,
    deadline: room.deadline(world),
    teams: room.record.config.teamActors.map((actor) => ({
      actor,
      name: world.seats.team(actor),
      members: world.seats.members(actor),
      connected: count(actor, 'student'),
      submitted: submitted.has(actor),
      computer: world.computer.has(actor),
      muted: world.muted.has(actor),
    })),
    facilitators: count(null, 'facilitator'),
    world: world.index,
    paused: room.paused !== null,
    remainingMs: room.remainingMs(world),
  };
}

export function consoleState(room: ClassRoom, world: World): ConsoleState {
  return {
    world: world.index,
    worlds: room.worlds.map((w) => ({
      world: w.index,
      name: w.name,
      turn: w.game.turn,
      ended: w.game.ended,
      hash: w.game.hash(),
      submitted: w.waitingFor().filter((a) => w.game.submissions().has(a)).length,
      seated: w.waitingFor().length,
    })),
    paused: room.paused !== null,
    remainingMs: room.remainingMs(world),
    computer: [...world.computer].sort(),
    muted: [...world.muted].sort(),
    press: world.press,
    inputs: world.inputs,
  };
}

export function projectorView(room: ClassRoom, world: World): ProjectorView {
  const submissions = world.game.submissions();
  const teams = room.record.config.teamActors;
  return {
    world: world.index,
    worlds: room.worlds.length,
    turn: world.game.turn,
    status: world.status(room.status),
    paused: room.paused !== null,
    deadline: room.deadline(world),
    remainingMs: room.remainingMs(world),
    board: publicView(world.game.state, world.game.log),
    submitted: teams.filter((a) => submissions.has(a)),
    teams: teams.map((actor) => ({ actor, name: world.seats.team(actor) })),
    press: world.press.filter((p) => p.public).slice(-PROJECTOR_PRESS),
  };
}
