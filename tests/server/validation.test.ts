// Bad and hostile input against a real server process: every refused message gets its reason
// back and changes nothing; students cannot act for another actor or as the facilitator; joins
// with wrong codes, tokens, actors or names are refused; attempts are rate limited per address.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassConnection, hostClass, lookupClass, whenAll, type Credentials, type Hosted } from '../../src/net';
import { launchServer, type ServerProcess } from '../../src/server/launch';

let dir: string;
let server: ServerProcess;
let endpoint: string;
let hosted: Hosted;
let fac: ClassConnection;
let armenia: ClassConnection;

async function joinAs(credentials: Credentials): Promise<ClassConnection> {
  const j = await ClassConnection.join({ endpoints: endpoint, credentials });
  if (!j.ok) throw new Error(j.message);
  return j.connection;
}

async function refusedJoin(credentials: Credentials): Promise<string> {
  const j = await ClassConnection.join({ endpoints: endpoint, credentials });
  if (j.ok) throw new Error('the join was let in');
  return j.code;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'karabakh-valid-'));
  server = await launchServer(['--port', '0', '--data', dir, '--static', join(dir, 'none')]);
  endpoint = `http://127.0.0.1:${server.port}`;
  const h = await hostClass(endpoint, { scenarioId: '2020-war', teamActors: ['azerbaijan', 'armenia'], seed: 'v-1' });
  if (!h.ok) throw new Error(h.message);
  hosted = h;
  fac = await joinAs({ code: h.code, facilitatorToken: h.facilitatorToken });
  armenia = await joinAs({ code: h.code, team: 'Ararat', actor: 'armenia' });
}, 60_000);

afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('the class server refuses bad input and changes nothing', () => {
  it('refuses orders before the class starts, then for an actor the team does not command', async () => {
    expect(await armenia.submit({})).toMatchObject({ ok: false, code: 'ERR_NOT_STARTED' });
    expect((await fac.start()).ok).toBe(true);
    expect(await armenia.submit({ azerbaijan: [] })).toMatchObject({ ok: false, code: 'ERR_NOT_YOUR_ACTOR' });
    expect(await armenia.setDraft({ azerbaijan: [] })).toMatchObject({ ok: false, code: 'ERR_NOT_YOUR_ACTOR' });
    await whenAll([fac], () => fac.truth?.status === 'running');
    expect(fac.truth?.submissions).toEqual({});
    // The roster follows a change by a moment (one roster for a burst of changes).
    await whenAll([fac], () => fac.roster?.status === 'running' && fac.roster.teams.some((t) => t.actor === 'armenia' && t.members > 0));
    expect(fac.roster?.teams.find((t) => t.actor === 'armenia')?.submitted).toBe(false);
  });

  it("passes the engine's refusal of an illegal order back, and stores nothing", async () => {
    const r = await armenia.submit({ armenia: [{ kind: 'attack', from: 'yerevan', target: 'baku', forces: { infantry: 1 } }] as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/order 1 \(attack\)/);
    expect(await armenia.submit({ armenia: 'all of them' as never })).toMatchObject({ ok: false, code: 'ERR_BAD_ORDERS' });
    expect(fac.truth?.submissions).toEqual({});
  });

  it('refuses junk: fractions, deep nesting, long strings, long lists, forbidden field names', async () => {
    const junk: unknown[] = [
      { armenia: [{ kind: 'hold', region: 'yerevan', weight: 1.5 }] },
      { armenia: [[[[[[[[[['deep']]]]]]]]]] },
      { armenia: [{ kind: 'hold', region: 'y'.repeat(1001) }] },
      { armenia: Array.from({ length: 300 }, () => ({ kind: 'hold', region: 'yerevan' })) },
      JSON.parse('{"armenia": [], "constructor": {"prototype": 1}}'),
    ];
    for (const orders of junk) {
      const r = await armenia.submit(orders as never);
      expect(r.ok, JSON.stringify(orders).slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.code).toMatch(/^ERR_(BAD_MESSAGE|NOT_YOUR_ACTOR)$/);
    }
    expect(fac.truth?.submissions).toEqual({});
  });

  it('keeps facilitator actions from students and team actions from the facilitator', async () => {
    for (const r of [await armenia.start(), await armenia.endTurn(), await armenia.replay()]) expect(r).toMatchObject({ ok: false, code: 'ERR_NOT_ALLOWED' });
    expect(await fac.submit({})).toMatchObject({ ok: false, code: 'ERR_NOT_ALLOWED' });
    expect(fac.truth?.turn).toBe(0);
  });

  it('answers a refused message sent without a reply with an error message', async () => {
    const errors: string[] = [];
    const off = armenia.on('error', (e) => errors.push(`${e.about}:${e.code}`));
    // The client module always asks for a reply; a bare send is what another client might do.
    const room = (armenia as unknown as { room: { send(type: string, payload: unknown): void } }).room;
    room.send('endTurn', {});
    room.send('takeOver', { everything: true });
    await whenAll([armenia], () => errors.length === 2);
    off();
    expect(errors).toEqual(['endTurn:ERR_NOT_ALLOWED', 'takeOver:ERR_UNKNOWN_MESSAGE']);
    expect(fac.truth?.turn).toBe(0);
  });

  it('refuses joins with a wrong code, token, actor or team name (names stay plain text), and serves on after each refusal', async () => {
    expect(await refusedJoin({ code: 'ZZZZZZ', team: 'X', actor: 'armenia' })).toBe('ERR_NO_CLASS');
    expect(await refusedJoin({ code: hosted.code, seatToken: 'not-a-seat' })).toBe('ERR_BAD_TOKEN');
    expect(await refusedJoin({ code: hosted.code, facilitatorToken: 'guess' })).toBe('ERR_BAD_TOKEN');
    expect(await refusedJoin({ code: hosted.code, team: 'Kremlin', actor: 'russia' })).toBe('ERR_NOT_A_TEAM_ACTOR');
    for (const team of ['<img src=x onerror=alert(1)>', '', ' ', 'x'.repeat(25), 'a\u0000b']) {
      expect(await refusedJoin({ code: hosted.code, team, actor: 'azerbaijan' }), JSON.stringify(team)).toBe('ERR_TEAM_NAME');
    }
    const lookup = await lookupClass(endpoint, hosted.code);
    if (!lookup.ok) throw new Error(lookup.message);
    expect(lookup.summary.actors.map((a) => [a.id, a.team, a.members])).toEqual([
      ['azerbaijan', null, 0],
      ['armenia', 'Ararat', 1],
    ]);
  });

  it('refuses a host request that is not a class setup, saying which field is wrong', async () => {
    const bad = [
      { scenarioId: 'constructor', teamActors: ['armenia'] },
      { scenarioId: '2020-war', teamActors: ['georgia'] },
      { scenarioId: '2020-war', teamActors: ['armenia'], deadlineMinutes: 1.5 },
      { scenarioId: '2020-war', teamActors: ['armenia'], variant: 'nope' },
    ];
    for (const body of bad) {
      const r = await hostClass(endpoint, body);
      expect(r).toMatchObject({ ok: false, code: 'ERR_BAD_CLASS' });
    }
  });
});

describe('join attempts are rate limited per address', () => {
  let limited: ServerProcess;
  afterAll(async () => {
    await limited?.kill();
  });

  it('refuses the attempt past the limit, with the time to wait, and lets nothing through', async () => {
    limited = await launchServer(['--port', '0', '--data', join(dir, 'limited'), '--static', join(dir, 'none'), '--join-limit', '4']);
    const ep = `http://127.0.0.1:${limited.port}`;
    const made = await hostClass(ep, { scenarioId: '2020-war', teamActors: ['armenia'] });
    if (!made.ok) throw new Error(made.message);
    for (let i = 0; i < 3; i++) expect((await lookupClass(ep, 'ZZZZZZ')).ok).toBe(false);
    const over = await lookupClass(ep, made.code);
    expect(over).toMatchObject({ ok: false, code: 'ERR_TOO_MANY' });
    const j = await ClassConnection.join({ endpoints: ep, credentials: { code: made.code, team: 'Ararat', actor: 'armenia' } });
    expect(j.ok).toBe(false);
    if (!j.ok) expect(j.message).toMatch(/Too many attempts/);
  }, 60_000);
});
