// The projector and parallel worlds against a real server process. The projector, opened with the
// class code, receives the public board, public press and who has submitted, and nothing secret
// (checked frame by frame). A class with two worlds plays each board on its own from one seed.
import { unpackMultiple } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import { verifyReplay } from '../../src/engine';
import { ClassConnection, MAX_WORLDS, fetchClassRecord, hostClass, lookupClass, whenAll } from '../../src/net';
import { SCENARIOS } from '../../src/scenario';
import { framesOf, serverForTests, tapWebSockets, teamOrders } from './harness';

tapWebSockets();

const SEED = 'projector-seed-4417';
const server = serverForTests('karabakh-projector-');
const joinAs = server.join;

describe('the projector', () => {
  it('shows the public board, public press and who has submitted; no frame it receives holds a secret', async () => {
    const h = await hostClass(server.endpoint, { scenarioId: '2020-war', teamActors: ['azerbaijan', 'armenia'], seed: SEED, difficulty: 'easy', deadlineMinutes: 30 });
    if (!h.ok) throw new Error(h.message);
    const fac = await joinAs({ code: h.code, facilitatorToken: h.facilitatorToken });
    const az = await joinAs({ code: h.code, team: 'Caspian', actor: 'azerbaijan' });
    const ar = await joinAs({ code: h.code, team: 'Ararat', actor: 'armenia' });
    const wall = await joinAs({ code: h.code, projector: true });
    await whenAll([wall], () => wall.welcome !== null && wall.projector !== null);
    expect(wall.welcome).toMatchObject({ role: 'projector', actor: null, seatToken: null });
    expect(await wall.submit({})).toMatchObject({ ok: false, code: 'ERR_NOT_ALLOWED' });
    expect(await wall.pause()).toMatchObject({ ok: false, code: 'ERR_NOT_ALLOWED' });
    expect((await fac.start()).ok).toBe(true);
    await whenAll([fac, wall], () => wall.projector?.status === 'running' && fac.truth?.status === 'running');
    expect(wall.projector!.remainingMs).toBeGreaterThan(0);

    expect((await az.sendPress({ to: ['armenia'], public: false, text: 'SECRET-TALKS-AT-DAWN' })).ok).toBe(true);
    expect((await ar.sendPress({ to: [], public: true, text: 'We call for talks.' })).ok).toBe(true);
    expect((await az.submit(teamOrders(fac.truth!.state, az.welcome!.commanded))).ok).toBe(true);
    await whenAll([wall], () => wall.projector?.submitted.includes('azerbaijan') === true && wall.projector.press.length === 1);
    expect(wall.projector!.press.map((p) => p.text)).toEqual(['We call for talks.']);
    expect(wall.projector!.teams).toEqual([{ actor: 'azerbaijan', name: 'Caspian' }, { actor: 'armenia', name: 'Ararat' }]);
    const submitted = fac.truth!.submissions.azerbaijan;
    expect((await ar.submit(teamOrders(fac.truth!.state, ar.welcome!.commanded))).ok).toBe(true);
    await whenAll([wall, fac], () => wall.projector?.board.turn === 1 && fac.truth?.turn === 1);

    const board = wall.projector!.board;
    expect(board.viewer).toBe('public');
    expect(board.news.length).toBeGreaterThan(0);
    expect(board.news.every((e) => e.visibleTo === undefined)).toBe(true);
    // The news is what every team reads: each entry is in both teams' logs.
    await whenAll([az, ar], () => az.view?.turn === 1 && ar.view?.turn === 1);
    const read = (c: ClassConnection) => new Set(c.log.map((e) => JSON.stringify(e)));
    for (const e of board.news) for (const c of [az, ar]) expect(read(c).has(JSON.stringify(e))).toBe(true);
    for (const id of board.regionOrder) expect(Object.keys(board.regions[id])).not.toContain('forces');
    expect(board.links.every((l) => !l.covert || l.exposed)).toBe(true);

    const secrets = [SEED, fac.truth!.hash, 'SECRET-TALKS-AT-DAWN', JSON.stringify(submitted.azerbaijan?.[0] ?? 'no-order')];
    const frames = framesOf(new Set([wall.sessionId!]));
    expect(frames.length).toBeGreaterThan(3);
    for (const frame of frames) {
      const raw = Buffer.from(frame).toString('latin1');
      for (const s of secrets) expect(raw.includes(s), `a projector frame holds ${s}`).toBe(false);
      if (frame[0] !== 13) continue;
      const [type, payload] = unpackMultiple(Buffer.from(frame.subarray(1))) as [string, unknown];
      expect(['welcome', 'projector', 'roster', 'error']).toContain(type);
      // No side's view of forces (exact or estimated), no proposals, no seed or generator state.
      expect(JSON.stringify(payload)).not.toMatch(/"estimate"|"seed"|"rng"|"proposals"/);
    }
    for (const c of [fac, az, ar, wall]) await c.leave();
  }, 120_000);
});

describe('parallel worlds', () => {
  it('runs two boards from one seed; each resolves on its own and the facilitator switches between them', async () => {
    const h = await hostClass(server.endpoint, { scenarioId: '2020-war', teamActors: ['azerbaijan', 'armenia'], seed: SEED, difficulty: 'easy', worlds: 2 });
    if (!h.ok) throw new Error(h.message);
    expect(await hostClass(server.endpoint, { scenarioId: '2020-war', teamActors: ['azerbaijan'], worlds: MAX_WORLDS + 1 })).toMatchObject({ ok: false, code: 'ERR_BAD_CLASS' });
    const fac = await joinAs({ code: h.code, facilitatorToken: h.facilitatorToken });
    const az0 = await joinAs({ code: h.code, team: 'Caspian', actor: 'azerbaijan' });
    const az1 = await joinAs({ code: h.code, team: 'Absheron', actor: 'azerbaijan', world: 1 });
    const ar1 = await joinAs({ code: h.code, team: 'Sevan', actor: 'armenia', world: 1 });
    await whenAll([az1, ar1], () => az1.welcome !== null && ar1.welcome !== null);
    expect(az1.welcome).toMatchObject({ world: 1, worlds: 2, team: 'Absheron' });
    expect((await ClassConnection.join({ endpoints: server.endpoint, credentials: { code: h.code, team: 'X', actor: 'armenia', world: 2 } })).ok).toBe(false);
    const summary = await lookupClass(server.endpoint, h.code);
    if (!summary.ok) throw new Error(summary.message);
    expect(summary.summary.worlds.map((w) => w.map((a) => a.team))).toEqual([['Caspian', null], ['Absheron', 'Sevan']]);

    expect((await fac.start()).ok).toBe(true);
    expect((await fac.watchWorld(1)).ok).toBe(true);
    await whenAll([fac], () => fac.truth?.world === 1 && fac.truth.status === 'running' && fac.console?.world === 1);
    expect(await fac.watchWorld(5)).toMatchObject({ ok: false, code: 'ERR_NO_WORLD' });
    const state = fac.truth!.state;
    expect((await az1.submit(teamOrders(state, az1.welcome!.commanded))).ok).toBe(true);
    expect((await ar1.submit(teamOrders(state, ar1.welcome!.commanded))).ok).toBe(true);
    await whenAll([fac, az1, az0], () => fac.truth?.turn === 1 && az1.view?.turn === 1 && az0.view?.status === 'running');
    expect(az0.view!.turn).toBe(0);
    await whenAll([fac], () => fac.console?.worlds.map((w) => w.turn).join() === '0,1');

    // An inject aimed at world 0 while watching world 1 lands on world 0's open turn only.
    expect((await fac.inject({ kind: 'custom', headline: 'Rain', text: '', effects: [{ kind: 'tension', delta: 1 }] }, 0)).ok).toBe(true);
    expect(fac.console?.inputs).toEqual({});
    expect((await fac.endTurn(0)).ok).toBe(true);
    await whenAll([az0], () => az0.view?.turn === 1);

    const rec = await fetchClassRecord(server.endpoint, h.code, h.facilitatorToken);
    if (!rec.ok) throw new Error(rec.message);
    expect(rec.record.worlds.map((w) => w.name)).toEqual(['Board 1', 'Board 2']);
    expect(rec.record.worlds[0].replay.startHash).toBe(rec.record.worlds[1].replay.startHash);
    expect(rec.record.worlds[0].replay.turns[0].inputs?.injects?.length).toBe(1);
    expect(rec.record.worlds[1].replay.turns[0].inputs).toBeUndefined();
    for (const w of rec.record.worlds) expect(verifyReplay(w.replay, SCENARIOS['2020-war']).ok).toBe(true);
    for (const c of [fac, az0, az1, ar1]) await c.leave();
  }, 120_000);
});
