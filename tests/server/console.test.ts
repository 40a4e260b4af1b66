// The facilitator's console against a real server process: pause and resume, the deadline, the
// computer taking a team and giving it back, muting, press delivered only to its addressees,
// injects and overrides that become the turn's inputs (stored before they are acknowledged, so a
// SIGKILL loses none), and the class record whose replay verifies with them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyReplay, type ActorId } from '../../src/engine';
import { ClassConnection, PRESS_MAX_CHARS, fetchClassRecord, hostClass, whenAll, type Hosted } from '../../src/net';
import { SCENARIOS } from '../../src/scenario';
import { serverForTests, teamOrders } from './harness';

const server = serverForTests('karabakh-console-');
const joinAs = server.join;

async function host(teamActors: readonly ActorId[], extra: { deadlineMinutes?: number; worlds?: number } = {}): Promise<Hosted> {
  const h = await hostClass(server.endpoint, { scenarioId: '2020-war', teamActors, seed: 'console-1', difficulty: 'easy', ...extra });
  if (!h.ok) throw new Error(h.message);
  return h;
}

const orders = (fac: ClassConnection, c: ClassConnection) => teamOrders(fac.truth!.state, c.welcome!.commanded);

describe('the facilitator console', () => {
  it('pauses (no submissions, the clock stopped), resumes with the time left, and extends or cuts the deadline', async () => {
    const h = await host(['azerbaijan', 'armenia'], { deadlineMinutes: 10 });
    const fac = await joinAs({ code: h.code, facilitatorToken: h.facilitatorToken });
    const az = await joinAs({ code: h.code, team: 'Caspian', actor: 'azerbaijan' });
    const ar = await joinAs({ code: h.code, team: 'Ararat', actor: 'armenia' });
    expect((await fac.start()).ok).toBe(true);
    await whenAll([fac], () => fac.roster?.status === 'running' && fac.roster.deadline !== null && fac.truth?.status === 'running');
    const first = fac.roster!.deadline!;

    expect(await az.pause()).toMatchObject({ ok: false, code: 'ERR_NOT_ALLOWED' });
    expect((await fac.pause()).ok).toBe(true);
    await whenAll([fac, az], () => fac.roster?.paused === true && az.roster?.paused === true);
    expect(fac.roster!.deadline).toBeNull();
    const left = fac.roster!.remainingMs!;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(10 * 60_000);
    expect(await az.submit(orders(fac, az))).toMatchObject({ ok: false, code: 'ERR_PAUSED' });
    expect(fac.truth!.submissions.azerbaijan).toBeUndefined();
    // While paused, extending adds to the time left, and the clock still does not run.
    expect((await fac.extendDeadline(60)).ok).toBe(true);
    await whenAll([fac], () => fac.roster?.remainingMs === left + 60_000);

    expect((await fac.resume()).ok).toBe(true);
    await whenAll([fac], () => fac.roster?.paused === false && fac.roster.deadline !== null);
    expect(fac.roster!.deadline!).toBeGreaterThanOrEqual(first + 60_000);
    expect(await fac.resume()).toMatchObject({ ok: false, code: 'ERR_NOT_PAUSED' });
    expect(await fac.extendDeadline(0)).toMatchObject({ ok: false, code: 'ERR_BAD_DEADLINE' });
    expect(await fac.setDeadline(-5)).toMatchObject({ ok: false, code: 'ERR_BAD_DEADLINE' });

    // Cut to nothing: the deadline passes now and the turn resolves; those who did not submit hold.
    expect((await az.submit(orders(fac, az))).ok).toBe(true);
    expect((await fac.setDeadline(0)).ok).toBe(true);
    await whenAll([fac, az, ar], () => fac.truth?.turn === 1 && az.view?.turn === 1 && ar.view?.turn === 1);
    const rec = await fetchClassRecord(server.endpoint, h.code, h.facilitatorToken);
    if (!rec.ok) throw new Error(rec.message);
    expect(rec.record.worlds[0].replay.turns[0].orders.armenia).toEqual([]);
    for (const c of [fac, az, ar]) await c.leave();
  }, 120_000);

  it('hands a team to the computer and back, mutes a team, and delivers press only to its addressees', async () => {
    const h = await host(['azerbaijan', 'armenia', 'turkey']);
    const fac = await joinAs({ code: h.code, facilitatorToken: h.facilitatorToken });
    const az = await joinAs({ code: h.code, team: 'Caspian', actor: 'azerbaijan' });
    const ar = await joinAs({ code: h.code, team: 'Ararat', actor: 'armenia' });
    const tr = await joinAs({ code: h.code, team: 'Bosphorus', actor: 'turkey' });
    const all = [fac, az, ar, tr];
    expect((await fac.start()).ok).toBe(true);
    await whenAll(all, () => fac.truth?.status === 'running' && [az, ar, tr].every((c) => c.view?.status === 'running'));

    // Private press to Turkey: Turkey and the facilitator read it, Armenia never does.
    expect((await az.sendPress({ to: ['turkey'], public: false, text: 'Meet at <b>Baku</b>?' })).ok).toBe(true);
    await whenAll(all, () => tr.press.length === 1 && fac.press.length === 1 && az.press.length === 1);
    expect(tr.press[0]).toMatchObject({ from: 'azerbaijan', to: ['turkey'], public: false, text: 'Meet at <b>Baku</b>?', turn: 0 });
    // A message to Artsakh reaches Armenia's team, which commands it.
    expect((await tr.sendPress({ to: ['artsakh'], public: false, text: 'For Stepanakert.' })).ok).toBe(true);
    await whenAll(all, () => ar.press.length === 1 && fac.press.length === 2);
    expect(ar.press.map((p) => p.text)).toEqual(['For Stepanakert.']);
    expect(await az.sendPress({ to: ['atlantis'], public: false, text: 'x' })).toMatchObject({ ok: false, code: 'ERR_BAD_PRESS' });
    expect(await az.sendPress({ to: [], public: true, text: 'x'.repeat(PRESS_MAX_CHARS + 1) })).toMatchObject({ ok: false, code: 'ERR_BAD_PRESS' });

    // Muted, Armenia's press is refused; unmuted, it goes out again.
    expect((await fac.setMuted('armenia', true)).ok).toBe(true);
    expect(await ar.sendPress({ to: [], public: true, text: 'We protest.' })).toMatchObject({ ok: false, code: 'ERR_MUTED' });
    expect((await fac.setMuted('armenia', false)).ok).toBe(true);
    expect((await ar.sendPress({ to: [], public: true, text: 'We protest.' })).ok).toBe(true);
    expect((await fac.announce('Five minutes left.')).ok).toBe(true);
    await whenAll(all, () => az.press.length === 3 && tr.press.length === 4 && fac.press.length === 4);
    expect(az.press.map((p) => p.text)).toEqual(['Meet at <b>Baku</b>?', 'We protest.', 'Five minutes left.']);
    expect(fac.console?.muted).toEqual([]);
    // A member who joins the team later (or comes back after a reload) reads the team's press so far, and only the team's.
    const ar2 = await joinAs({ code: h.code, team: 'Ararat', actor: 'armenia' });
    await whenAll([ar, ar2], () => ar.press.length === 3 && ar2.press.length === 3);
    expect(ar2.press.map((p) => p.text)).toEqual(['For Stepanakert.', 'We protest.', 'Five minutes left.']);
    await ar2.leave();

    // Armenia handed to the computer: the turn no longer waits for it, and it may not submit.
    expect((await fac.setComputer('armenia', true)).ok).toBe(true);
    await whenAll(all, () => fac.roster?.teams.find((t) => t.actor === 'armenia')?.computer === true);
    expect(await ar.submit({ armenia: [], artsakh: [] })).toMatchObject({ ok: false, code: 'ERR_COMPUTER_PLAYS' });
    expect((await az.submit(orders(fac, az))).ok).toBe(true);
    expect((await tr.submit(orders(fac, tr))).ok).toBe(true);
    await whenAll(all, () => fac.truth?.turn === 1);
    expect((await fac.setComputer('armenia', false)).ok).toBe(true);
    await whenAll(all, () => fac.roster?.teams.find((t) => t.actor === 'armenia')?.computer === false);
    expect((await ar.submit(orders(fac, ar))).ok).toBe(true);

    const rec = await fetchClassRecord(server.endpoint, h.code, h.facilitatorToken);
    if (!rec.ok) throw new Error(rec.message);
    // The computer gave Armenia's orders on turn 1 (a team that held would have none at all).
    expect(Object.keys(rec.record.worlds[0].replay.turns[0].orders)).toContain('armenia');
    expect(rec.record.worlds[0].press.map((p) => p.from)).toEqual(['azerbaijan', 'turkey', 'armenia', null]);
    expect(rec.record.worlds[0].teams).toMatchObject({ azerbaijan: ['Caspian'], armenia: ['Ararat'], turkey: ['Bosphorus'] });
    for (const c of all) await c.leave();
  }, 120_000);

  it('injects and overrides become the turn’s inputs, survive a SIGKILL, and the class record verifies with them', async () => {
    const h = await host(['azerbaijan']);
    let fac = await joinAs({ code: h.code, facilitatorToken: h.facilitatorToken });
    const az = await joinAs({ code: h.code, team: 'Caspian', actor: 'azerbaijan' });
    expect((await fac.start()).ok).toBe(true);
    await whenAll([fac], () => fac.truth?.status === 'running' && fac.console !== null);

    const bad = await fac.inject({ kind: 'custom', headline: 'Flood', text: '', effects: [{ kind: 'support', actor: 'atlantis', delta: 3 }] });
    expect(bad).toMatchObject({ ok: false, code: 'ERR_BAD_INPUT', message: expect.stringContaining('$.injects[0].effects[0].actor') });
    expect(await fac.override({ kind: 'fight', region: 'jabrayil', result: 'held', reason: '' })).toMatchObject({ ok: false, code: 'ERR_BAD_INPUT' });
    expect(await az.inject({ kind: 'card', cardId: 'oil-price-slump' })).toMatchObject({ ok: false, code: 'ERR_NOT_ALLOWED' });
    expect(fac.console?.inputs).toEqual({});

    const flood = { kind: 'custom', headline: 'Flood in Barda', text: 'Roads are cut.', effects: [{ kind: 'support', actor: 'azerbaijan', delta: -4 }] } as const;
    expect(await fac.inject(flood)).toMatchObject({ ok: true, inputs: { injects: [flood] } });
    const hold = { kind: 'fight', region: 'jabrayil', result: 'held', reason: 'to discuss a stalemate' } as const;
    expect((await fac.override(hold)).ok).toBe(true);
    expect((await fac.inject({ kind: 'card', cardId: 'oil-price-slump' })).ok).toBe(true);
    expect(await fac.withdraw('inject', 1)).toMatchObject({ ok: true, inputs: { injects: [flood], overrides: [hold] } });

    await server.restart();
    await fac.leave();
    fac = await joinAs({ code: h.code, facilitatorToken: h.facilitatorToken });
    await whenAll([fac], () => fac.console !== null && fac.truth !== null);
    expect(fac.console!.inputs).toEqual({ injects: [flood], overrides: [hold] });
    expect(fac.truth!.inputs).toEqual({ injects: [flood], overrides: [hold] });

    expect((await fac.endTurn()).ok).toBe(true);
    await whenAll([fac], () => fac.truth?.turn === 1);
    expect(fac.log.some((e) => e.facilitator?.input === 'inject' && e.text.startsWith('Flood in Barda'))).toBe(true);
    expect(fac.console?.inputs).toEqual({});

    const rec = await fetchClassRecord(server.endpoint, h.code, h.facilitatorToken);
    if (!rec.ok) throw new Error(rec.message);
    const replay = rec.record.worlds[0].replay;
    expect(replay.turns[0].inputs).toEqual({ injects: [flood], overrides: [hold] });
    expect(verifyReplay(replay, SCENARIOS['2020-war'])).toMatchObject({ ok: true, finalHash: fac.truth!.hash });
    // `npm run replay` verifies the class's game from its file, inputs and all.
    const replayDir = mkdtempSync(join(tmpdir(), 'karabakh-console-replay-'));
    const file = join(replayDir, 'class.replay.json');
    writeFileSync(file, JSON.stringify(replay));
    const verified = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', file, '--json'], { encoding: 'utf8' });
    expect(verified.status, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout).finalHash).toBe(fac.truth!.hash);
    rmSync(replayDir, { recursive: true, force: true });
    await az.leave();
    await fac.leave();
  }, 120_000);
});
