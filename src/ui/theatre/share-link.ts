// A link that carries a whole game: scenario, variant, seed and every turn's orders (and a class's
// injects and overrides), deflated (CompressionStream 'deflate-raw') and written in base64url in
// `?replay=`. Opening it plays the orders again through the engine, so it replays identically in
// any browser with this build; the link also carries the engine version, the scenario's hash and
// the final state hash, and a link that is damaged, cut short or made by another build is refused
// with what is wrong, never half opened.
import { newGame, newReplay, parseReplay, recordTurn, resolveTurn, ENGINE_VERSION, type LogEntry, type OrdersByActor, type Replay, type TurnInputs } from '../../engine';
import type { PlayedWorld } from '../../report/world';
import type { Scenario } from '../../scenario/types';
import type { Outcome } from '../play';
import { finalHash } from './tree';

const KIND = 'karabakh-link';
const VERSION = 1;
/** The longest `?replay=` read (a 28-week game makes about 5,000 characters). */
const MAX_LINK_CHARS = 400_000;
/** The most bytes a link may inflate to (a replay file's limit is larger; a link's game is smaller). */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024;

interface LinkPayload {
  readonly k: typeof KIND;
  readonly v: typeof VERSION;
  /** Engine version, scenario id and hash, variant, seed. */
  readonly e: string;
  readonly s: string;
  readonly h: string;
  readonly var: string | null;
  readonly seed: string;
  /** Each turn: [orders] or [orders, inputs]. */
  readonly t: readonly (readonly [OrdersByActor] | readonly [OrdersByActor, TurnInputs])[];
  /** The state hash the game ends on. */
  readonly f: string;
  readonly b?: Replay['branch'];
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`it unpacks to more than ${limit / (1024 * 1024)} MB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(code: string): Uint8Array {
  const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The `?replay=` value for a game. */
export async function encodeReplay(replay: Replay): Promise<string> {
  const payload: LinkPayload = {
    k: KIND,
    v: VERSION,
    e: replay.engineVersion,
    s: replay.scenarioId,
    h: replay.scenarioHash,
    var: replay.variant,
    seed: replay.seed,
    t: replay.turns.map((t) => (t.inputs ? [t.orders, t.inputs] : [t.orders])),
    f: finalHash(replay),
    ...(replay.branch ? { b: replay.branch } : {}),
  };
  return toBase64url(await pipe(new TextEncoder().encode(JSON.stringify(payload)), new CompressionStream('deflate-raw'), MAX_INFLATED_BYTES));
}

/** The page's address with this game as its only link parameter. */
export function shareAddress(href: string, code: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}?replay=${code}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The payload read back from a link's text, or what is wrong with the text. */
async function payloadOf(code: string): Promise<Outcome<{ payload: Record<string, unknown> }>> {
  const bad = (what: string) => ({ ok: false as const, message: `The link's game is damaged: ${what}.` });
  if (code.length === 0) return bad('it is empty');
  if (code.length > MAX_LINK_CHARS) return bad(`it is ${code.length} characters long, more than the ${MAX_LINK_CHARS} a game takes`);
  const stray = code.search(/[^A-Za-z0-9_-]/);
  if (stray >= 0) return bad(`character ${stray + 1} ("${code[stray]}") is not one a link's game uses (letters, digits, - and _)`);
  if (code.length % 4 === 1) return bad('it has been cut short');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64url(code), new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES));
  } catch (e) {
    return bad(e instanceof RangeError ? e.message : 'it does not unpack (it was cut short or altered)');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return bad('it unpacks to something that is not a game');
  }
  if (!isRecord(json) || json.k !== KIND) return bad('it unpacks to something that is not a game');
  if (json.v !== VERSION) return { ok: false, message: `The link was made by another build of the game (link format ${JSON.stringify(json.v)}; this build reads ${VERSION}).` };
  return { ok: true, payload: json };
}

/**
 * The game a link carries, played again from its seed through the engine, or what is wrong with
 * the link (damaged, another build, an unknown scenario, an order the engine refuses at turn N, or
 * a game that does not end where the link says).
 */
export async function decodeReplay(code: string, scenarios: Readonly<Record<string, Scenario>>): Promise<Outcome<{ replay: Replay; world: PlayedWorld }>> {
  const read = await payloadOf(code);
  if (!read.ok) return read;
  const p = read.payload;
  if (p.e !== ENGINE_VERSION) return { ok: false, message: `The link's game was played with engine ${JSON.stringify(p.e)}; this is engine ${ENGINE_VERSION}, whose rules may differ, so it cannot replay it.` };
  if (typeof p.s !== 'string' || !Object.hasOwn(scenarios, p.s)) return { ok: false, message: `The link's game is of scenario ${JSON.stringify(p.s)}, which this build does not have.` };
  if (!Array.isArray(p.t)) return { ok: false, message: 'The link\'s game is damaged: it has no list of turns.' };
  if (typeof p.seed !== 'string' || (p.var !== null && typeof p.var !== 'string')) return { ok: false, message: 'The link\'s game is damaged: its seed or variant is missing.' };
  const start = newGame(scenarios[p.s], p.seed, { variant: p.var });
  if (!start.ok) return { ok: false, message: `The link's game cannot start: ${start.message}` };
  if (start.state.scenarioHash !== p.h) return { ok: false, message: `Scenario "${p.s}" has changed since the link was made, so its game would not replay the same.` };
  // The turns' shape is checked as a replay file's is (paths name the turn), before any is played.
  const turns = (p.t as unknown[]).map((t) => (Array.isArray(t) ? { orders: t[0] as unknown, ...(t.length > 1 ? { inputs: t[1] as unknown } : {}), hash: start.state.scenarioHash } : t));
  const shape = parseReplay({ ...newReplay(start.state), turns, ...(p.b !== undefined ? { branch: p.b } : {}) });
  if (!shape.ok) return { ok: false, message: `The link's game is damaged: ${shape.message}` };
  let state = start.state;
  let replay: Replay = { ...newReplay(state), ...(shape.replay.branch ? { branch: shape.replay.branch } : {}) };
  // Every week's state and log are kept for the theatre, which then need not play the game again.
  const states = [state];
  const logs: LogEntry[][] = [];
  for (const [i, t] of shape.replay.turns.entries()) {
    const res = resolveTurn(state, t.orders, t.inputs);
    if (!res.ok) return { ok: false, message: `The link's game cannot be played: turn ${i + 1}: ${res.message}` };
    state = res.state;
    states.push(state);
    logs.push(res.log);
    replay = recordTurn(replay, t.orders, state, t.inputs);
  }
  if (finalHash(replay) !== p.f) return { ok: false, message: `The link's game does not end where it says (state ${finalHash(replay)}, not ${JSON.stringify(p.f)}): it was altered.` };
  return { ok: true, replay, world: { scenario: scenarios[p.s], replay, states, logs } };
}
