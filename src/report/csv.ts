// CSV of a class debrief (RFC 4180: comma-separated, CRLF rows, a field with a comma, a quote or
// a line break in double quotes with its quotes doubled): the scores, and every order given.
import { dateOfTurn, describeOrder } from '../engine';
import type { ClassDebrief } from './class-debrief';

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const teamsOf = (teams: Readonly<Record<string, readonly string[]>>, actor: string): string => (Object.hasOwn(teams, actor) && teams[actor].length > 0 ? teams[actor].join('; ') : 'computer');

/** One row per board × actor: the team, the score, the maximum, history's score. */
export function scoresCsv(d: ClassDebrief): string {
  const rows: (string | number)[][] = [['board', 'actor', 'team', 'points', 'max', 'history points', 'history max (aims the record decides)']];
  for (const w of d.worlds) {
    for (const a of w.actors) rows.push([w.name, a, teamsOf(w.teams, a), w.scores[a].points, w.scores[a].max, d.history[a]?.points ?? 0, d.history[a]?.max ?? 0]);
  }
  return csvRows(rows);
}

/** One row per board × turn × actor × order, in the order given. */
export function ordersCsv(d: ClassDebrief): string {
  const rows: (string | number)[][] = [['board', 'turn', 'date', 'actor', 'team', 'order', 'kind', 'description']];
  for (const w of d.worlds) {
    w.world.replay.turns.forEach((turn, t) => {
      const state = w.world.states[t];
      const date = dateOfTurn(state.calendar, t);
      for (const actor of state.actorOrder) {
        (turn.orders[actor] ?? []).forEach((o, i) => rows.push([w.name, t + 1, date, actor, teamsOf(w.teams, actor), i + 1, o.kind, describeOrder(o, state)]));
      }
    });
  }
  return csvRows(rows);
}
