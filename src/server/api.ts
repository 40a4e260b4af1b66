// The class server's HTTP API beside Colyseus's matchmaking: host a class, look one up for the
// join screen, and (for its facilitator) download a class's replay.
import type { IncomingMessage } from 'node:http';
import { ENGINE_VERSION } from '../engine';
import type { ClassSummary, Hosted } from '../net/protocol';
import { parseClassConfig, scenarioOf } from './class-config';
import { worldCount } from './class-config';
import { worldKey } from './console-notes';
import { loadWorlds, type StoredWorld } from './load-worlds';
import { classRecord } from './record';
import { Seats } from './seats';
import type { ClassRecord, ClassStore } from './store/store';
import { newJoinCode, newSeed, newToken, normaliseCode, tokenHash, tokenMatches } from './tokens';

const BODY_LIMIT = 4096;
const CODE_TRIES = 8;

export interface ApiReply {
  readonly status: number;
  readonly body: unknown;
}

const refuse = (status: number, code: string, message: string): ApiReply => ({ status, body: { ok: false, code, message } });

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > BODY_LIMIT) {
        reject(new Error(`A request body has at most ${BODY_LIMIT} bytes.`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new Error('The request body is not JSON.'));
      }
    });
    req.on('error', reject);
  });
}

async function host(store: ClassStore, req: IncomingMessage, now: number): Promise<ApiReply> {
  let body: unknown;
  try {
    body = await readBody(req);
  } catch (e) {
    return refuse(400, 'ERR_BAD_REQUEST', (e as Error).message);
  }
  const parsed = parseClassConfig(body, newSeed);
  if (!parsed.ok) return refuse(400, parsed.code, parsed.message);
  const facilitatorToken = newToken();
  for (let i = 0; i < CODE_TRIES; i++) {
    const code = newJoinCode();
    const made = await store.createClass({ code, config: parsed.config, engineVersion: ENGINE_VERSION, facilitatorHash: tokenHash(facilitatorToken), status: 'lobby', turnOpenedAt: null, createdAt: now });
    if (made) {
      await store.addEvent(code, now, 'class.created', { scenarioId: parsed.config.scenarioId, teamActors: parsed.config.teamActors });
      const hosted: Hosted = { code, facilitatorToken };
      return { status: 201, body: { ok: true, ...hosted } };
    }
  }
  return refuse(503, 'ERR_NO_CODE', 'No free class code was found; try again.');
}

async function summary(store: ClassStore, code: string): Promise<ApiReply> {
  const record = await store.getClass(code);
  if (!record) return refuse(404, 'ERR_NO_CLASS', `No class has the code ${code}.`);
  const scenario = scenarioOf(record.config.scenarioId);
  const turns = await store.turns(code);
  const seatsOf = await Promise.all(Array.from({ length: worldCount(record.config) }, (_x, w) => store.seats(worldKey(code, w))));
  const boards = seatsOf.map((seats) =>
    record.config.teamActors.map((id) => ({
      id,
      name: scenario?.actors.find((a) => a.id === id)?.name ?? id,
      team: seats.find((s) => s.actor === id)?.team ?? null,
      members: seats.filter((s) => s.actor === id).length,
    })),
  );
  const out: ClassSummary = {
    code,
    scenarioId: record.config.scenarioId,
    variant: record.config.variant,
    status: record.status,
    turn: turns.length,
    deadlineMinutes: record.config.deadlineMinutes,
    actors: boards[0],
    worlds: boards,
  };
  return { status: 200, body: { ok: true, summary: out } };
}

/** A class's worlds as stored, for its facilitator (the token in Authorization: Bearer …). */
async function facilitatorWorlds(store: ClassStore, code: string, req: IncomingMessage): Promise<{ record: ClassRecord; worlds: StoredWorld[] } | ApiReply> {
  const record = await store.getClass(code);
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (!record || !tokenMatches(token, record.facilitatorHash)) return refuse(401, 'ERR_BAD_TOKEN', `Give class ${code}'s facilitator token (Authorization: Bearer …).`);
  const loaded = await loadWorlds(store, record);
  if (!loaded.ok) return refuse(500, loaded.code, loaded.message);
  return { record, worlds: loaded.worlds };
}

/** World 0's replay (the class's game when it runs one board). */
async function replay(store: ClassStore, code: string, req: IncomingMessage): Promise<ApiReply> {
  const got = await facilitatorWorlds(store, code, req);
  if ('status' in got) return got;
  return { status: 200, body: { ok: true, replay: got.worlds[0].game.replay } };
}

/** The class's whole record: every world's replay with its inputs, the teams, the press. */
async function classRecordOf(store: ClassStore, code: string, req: IncomingMessage): Promise<ApiReply> {
  const got = await facilitatorWorlds(store, code, req);
  if ('status' in got) return got;
  const worlds = got.worlds.map((w) => ({ index: w.index, game: w.game, seats: new Seats(w.seats), press: w.notes.press }));
  return { status: 200, body: { ok: true, record: classRecord(code, got.record.config.teamActors, worlds) } };
}

/** Answers /api/… requests; null when the path is not the API's. */
export async function api(store: ClassStore, req: IncomingMessage, path: string, now: number): Promise<ApiReply | null> {
  if (path === '/api/classes') return req.method === 'POST' ? host(store, req, now) : refuse(405, 'ERR_METHOD', 'Host a class with POST.');
  const m = /^\/api\/classes\/([^/]{1,32})(\/replay|\/record)?$/.exec(path);
  if (!m) return null;
  const code = normaliseCode(m[1]);
  if (code === null) return refuse(404, 'ERR_BAD_CODE', 'A class code is six letters and digits, as shown on the projector.');
  if (req.method !== 'GET') return refuse(405, 'ERR_METHOD', 'Use GET.');
  if (m[2] === '/replay') return replay(store, code, req);
  if (m[2] === '/record') return classRecordOf(store, code, req);
  return summary(store, code);
}
