// Entering a class: connect with the given credentials, wait for the first board, and put the
// board scene at the right table (a team's or the facilitator's).
import type * as Phaser from 'phaser';
import { ClassConnection, whenAll, type Credentials, type Reply } from '../../net';
import { app, scenarioOf } from '../app';
import { setClassCode, setReady } from '../hook';
import { forgetCredentials, keepCredentials } from './credentials';
import { facilitatorTable } from './facilitator-table';
import { FacilitatorPlay, StudentPlay } from './plays';
import { ProjectorPlay } from './projector-play';
import { projectorTable } from './projector-table';
import { studentTable } from './student-table';

/** Refusals after which the kept credentials are no use. */
const STALE = new Set(['ERR_BAD_TOKEN', 'ERR_NO_CLASS', 'ERR_BAD_CODE']);

/** Joins the class and opens its board; the refusal (with the kept credentials dropped if stale) if it cannot. */
export async function enterClass(scene: Phaser.Scene, credentials: Credentials): Promise<Reply> {
  const joined = await ClassConnection.join({ credentials });
  if (!joined.ok) {
    if (STALE.has(joined.code)) forgetCredentials(credentials.code);
    return joined;
  }
  const conn = joined.connection;
  // The welcome and the first board follow the join; a refusal for good ends the wait too.
  await whenAll([conn], () => conn.status === 'closed' || (conn.welcome !== null && (conn.welcome.role === 'facilitator' ? conn.truth !== null : conn.welcome.role === 'projector' ? conn.projector !== null : conn.view !== null)));
  const w = conn.welcome;
  const scenario = w ? scenarioOf(w.scenarioId) : null;
  if (!w || conn.status === 'closed') return { ok: false, code: 'ERR_NETWORK', message: 'The class server closed the connection before sending the board. Try again.' };
  if (!scenario) {
    await conn.leave();
    return { ok: false, code: 'ERR_SCENARIO', message: `This class plays scenario "${w.scenarioId}", which this build of the game does not have.` };
  }
  // A projector keeps nothing: its link is all it needs.
  if (w.role !== 'projector') keepCredentials(conn.credentials);
  const code = w.code;
  if (w.role === 'facilitator' && conn.truth) {
    app.table = facilitatorTable(conn, new FacilitatorPlay(scenario, conn.truth.state, () => conn.log), code);
  } else if (w.role === 'projector' && conn.projector) {
    app.table = projectorTable(conn, new ProjectorPlay(scenario, w.variant, conn.projector.board), code);
  } else if (w.actor !== null && conn.view) {
    app.table = studentTable(conn, new StudentPlay(scenario, w.variant, w.actor, conn.view.view, () => conn.log));
  } else {
    return { ok: false, code: 'ERR_NETWORK', message: 'The class server sent no board.' };
  }
  setClassCode(() => code);
  // A reload (or the link kept in the history) comes back to this class.
  const q = new URLSearchParams(location.search);
  q.set('class', code);
  if (w.role === 'projector') q.set('projector', '');
  history.replaceState(null, '', `${location.pathname}?${q.toString()}`);
  setReady('board', false);
  scene.scene.start('board');
  return { ok: true };
}
