// The facilitator's console, the press and the projector in real browsers, by mouse clicks: a
// facilitator hosts a class on two parallel boards and opens the projector from the console's
// link; Azerbaijan, Armenia and Turkey join board 1. The facilitator pauses (no team can submit),
// resumes, writes an inject and overrides an announced event with a reason (the reason is in the
// turn's log); teams send press (the addressee reads it, another team does not, the facilitator
// reads all, a public message shows on the projector); the facilitator switches boards. Every
// frame the projector receives is read: no seed, hash, orders or covert link.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackMultiple } from 'msgpackr';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchClassRecord } from '../../src/net';
import { launchServer, type ServerProcess } from '../../src/server/launch';
import { launchChromium } from '../../scripts/site';
import { joinClass, person, pick, tapFrames, textOf, type, waitText, type Person } from './class-people';
import { drive } from './driver';

const SEED = 'copper-harbour-2718';
const REASON = 'The class needs the envoy to stay for the talks';
const HEADLINE = 'Ministers meet in Geneva';
const PRIVATE = 'Meet at the border at noon <b>alone</b> & unarmed';
const PUBLIC = 'We call on every side to respect the ceasefire';

let dir: string;
let server: ServerProcess;
let base: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'karabakh-console-ui-'));
  server = await launchServer(['--port', '0', '--data', dir, '--static', inject('siteDir')]);
  base = `http://127.0.0.1:${server.port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});


/** The team submits no orders (confirming), and sees them taken unless it was the last in. */
async function submitEmpty(p: Person, last = false): Promise<void> {
  await p.d.page.waitForFunction(() => /Submit/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
  await p.d.click('board.endTurn');
  await p.d.click('dialog.ok');
  if (!last) await p.d.page.waitForFunction(() => /Submitted/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
}

const atTurn = (p: Person, turn: number) => p.d.page.waitForFunction((t) => window.karabakh.scene === 'board' && window.karabakh.ready && window.karabakh.view()?.turn === t, turn);

/** A room message of a frame: its type and payload (null for Colyseus's own frames). */
function decode(frame: Buffer): { type: string; payload: unknown } | null {
  if (frame[0] !== 13) return null;
  const [t, payload] = unpackMultiple(frame.subarray(1)) as [string, unknown];
  return { type: t, payload };
}

/** Where the test is, on stderr: a slow shared machine shows where the time goes. */
const step = (what: string): void => void process.stderr.write(`console.test: ${what} at ${new Date().toISOString().slice(11, 19)}\n`);

describe('the facilitator console in the browser', () => {
  it('pauses, injects, overrides with a reason, carries press to its addressees only, switches boards; the projector receives no secret', async () => {
    const fac = await person(browser, `${base}?fast`, null, { width: 1280, height: 720 });
    await fac.d.ready('menu');
    await fac.d.click('menu.class.host');
    await type(fac, 'host.seed', SEED);
    for (const a of ['azerbaijan', 'armenia', 'turkey']) await fac.d.click(`host.actor.${a}`);
    await pick(fac, 'host.worlds', '2');
    await fac.d.click('host.start');
    await fac.d.ready('board');
    const code = (await fac.d.page.evaluate(() => window.karabakh.classCode()))!;

    step('projector');
    // The projector opens from the console's link, in a new tab.
    const opened = fac.d.page.context().waitForEvent('page');
    await fac.d.click('facilitator.projector');
    const projPage = await opened;
    const proj: Person = { d: drive(browser, projPage, () => projPage.close()), actor: null, frames: tapFrames(projPage) };
    await proj.d.ready('board');
    await proj.d.page.waitForSelector('[data-hook="projector"]');
    expect(await proj.d.page.evaluate(() => window.karabakh.hash())).toBeNull();

    const az = await joinClass(browser, base, code, 'azerbaijan', 'Caspian', 0);
    const ar = await joinClass(browser, base, code, 'armenia', 'Ararat', 0);
    const tr = await joinClass(browser, base, code, 'turkey', 'Bosphorus', 0);
    const students = [az, ar, tr];
    await fac.d.click('facilitator.start');
    for (const s of students) await s.d.page.waitForFunction(() => /Submit orders/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));

    step('pause');
    // Paused: no team can submit; the projector says so; resumed, they can again.
    await fac.d.click('facilitator.pause');
    await az.d.page.waitForFunction(() => document.querySelector('[data-hook="board.endTurn"]')?.textContent === 'Paused');
    await proj.d.page.waitForSelector('[data-hook="projector.paused"]');
    await az.d.click('board.endTurn');
    expect(await az.d.page.evaluate(() => document.querySelector('[data-hook="dialog.ok"]'))).toBeNull();
    expect(await fac.d.page.getAttribute('[data-hook="facilitator.roster.azerbaijan"]', 'data-submitted')).toBe('no');
    await fac.d.click('facilitator.resume');
    await az.d.page.waitForFunction(() => /Submit orders/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
    await proj.d.page.waitForFunction(() => !document.querySelector('[data-hook="projector.paused"]'));

    step('press, private');
    // Press: Azerbaijan writes privately to Armenia (with markup in it, shown as typed).
    await az.d.click('press.open');
    await az.d.click('press.to.armenia');
    await type(az, 'press.text', PRIVATE);
    await az.d.click('press.send');
    await ar.d.page.waitForSelector('[data-hook="press.unread"]');
    await ar.d.click('press.open');
    await waitText(ar, 'press.inbox', PRIVATE);
    expect(await ar.d.page.$$eval('[data-hook="press.inbox"] b', (b) => b.length)).toBe(0);
    await fac.d.click('facilitator.tab.press');
    await waitText(fac, 'facilitator.press', PRIVATE);
    step('press, public');
    // Turkey sends a public message: everyone reads it, the projector too; Azerbaijan's private one reaches neither.
    await tr.d.click('press.open');
    await tr.d.click('press.public');
    await type(tr, 'press.text', PUBLIC);
    await tr.d.click('press.send');
    await waitText(tr, 'press.inbox', PUBLIC);
    await waitText(proj, 'projector.press', PUBLIC);
    await waitText(ar, 'press.inbox', PUBLIC);
    expect(await textOf(tr, 'press.inbox')).not.toContain('Meet at the border');
    expect(await textOf(proj, 'projector')).not.toContain('Meet at the border');
    expect(tr.frames.some((f) => f.toString('latin1').includes('Meet at the border'))).toBe(false);

    step('inject');
    // An inject the facilitator writes, with one effect.
    await fac.d.click('facilitator.tab.class');
    await fac.d.click('facilitator.inject');
    await fac.d.click('inject.kind.custom');
    await type(fac, 'inject.headline', HEADLINE);
    await fac.d.click('inject.effect.add');
    await fac.d.click('inject.ok');
    await fac.d.page.waitForFunction(() => !document.querySelector('[data-hook="inject"]'));

    step('override');
    // An override with no reason is refused by the form; with one, it is taken.
    await fac.d.click('facilitator.override');
    await fac.d.click('override.kind.event');
    await pick(fac, 'override.event', 'armenia-recalls-envoy');
    await pick(fac, 'override.happens', 'no');
    await fac.d.click('override.ok');
    await waitText(fac, 'override.error', 'Give a reason');
    await type(fac, 'override.reason', REASON);
    await fac.d.click('override.ok');
    await fac.d.page.waitForFunction(() => !document.querySelector('[data-hook="override"]'));
    await fac.d.click('facilitator.tab.orders');
    await waitText(fac, 'facilitator.inject.0', HEADLINE);
    await waitText(fac, 'facilitator.override.0.reason', REASON);

    step('submit');
    // The teams submit; the projector ticks each one in; the turn resolves with the inputs.
    await az.d.click('board.region.tartar');
    await az.d.click('order.0');
    await az.d.page.waitForFunction(() => document.querySelectorAll('.card.pending').length === 1);
    await az.d.click('board.endTurn');
    await az.d.page.waitForFunction(() => /Submitted/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
    await proj.d.page.waitForFunction(() => document.querySelector('[data-hook="projector.team.azerbaijan"]')?.getAttribute('data-submitted') === 'yes');
    await waitText(fac, 'facilitator.orders.azerbaijan', 'Azerbaijan');
    await submitEmpty(ar);
    await submitEmpty(tr, true);
    for (const p of [fac, proj, ...students]) await atTurn(p, 1);
    await waitText(fac, 'facilitator.rolls', REASON);
    await az.d.page.waitForSelector('[data-hook="pane.news"] [data-hook="news.0"]');
    await waitText(az, 'pane.news', HEADLINE);
    await waitText(proj, 'projector.news', HEADLINE);
    const hash0 = await fac.d.page.evaluate(() => window.karabakh.hash());

    step('boards');
    // The second board has not moved: the facilitator switches to it and back.
    await fac.d.click('facilitator.tab.class');
    await fac.d.click('facilitator.world.1');
    await atTurn(fac, 0);
    expect(await fac.d.page.evaluate(() => window.karabakh.hash())).not.toBe(hash0);
    await fac.d.click('facilitator.world.0');
    await atTurn(fac, 1);
    expect(await fac.d.page.evaluate(() => window.karabakh.hash())).toBe(hash0);

    step('record');
    // The class's record keeps the override's reason, the inject and the press.
    const kept = await fac.d.page.evaluate(() => JSON.parse(localStorage.getItem('karabakh2020.classes') ?? '{}'));
    const record = await fetchClassRecord(base, code, kept[code].facilitatorToken);
    if (!record.ok) throw new Error(record.message);
    expect(record.record.worlds).toHaveLength(2);
    const turn0 = record.record.worlds[0].replay.turns[0];
    expect(JSON.stringify(turn0)).toContain(REASON);
    expect(JSON.stringify(turn0)).toContain(HEADLINE);
    expect(record.record.worlds[0].press.map((m) => m.text)).toEqual([PRIVATE, PUBLIC]);

    step('class debrief');
    // The console's Debrief opens the hot wash on that record: both boards, the override's reason.
    await fac.d.click('facilitator.tab.class');
    await fac.d.click('debrief.class');
    await fac.d.page.waitForFunction(() => window.karabakh.locate('debrief.class.view') !== null, null, { timeout: 60_000 });
    await fac.d.click('debrief.tab.overrides');
    await fac.d.page.waitForFunction((r) => document.querySelector('[data-hook="debrief.body"]')?.textContent?.includes(r) ?? false, REASON, { timeout: 60_000 });
    await fac.d.click('debrief.close');

    step('projector frames');
    // Frame by frame, the projector received only public things.
    const replay = record.record.worlds[0].replay;
    const secrets = [SEED, replay.startHash, ...replay.turns.map((t) => t.hash), 'Meet at the border'];
    const covert = await fac.d.page.evaluate(() => window.karabakh.view()!.links.filter((l) => l.covert && !l.exposed).map((l) => l.id));
    const ordersFrom = (turn: number) => replay.turns.slice(turn).flatMap((t) => Object.values(t.orders).flat().map((o) => JSON.stringify(o)));
    expect(ordersFrom(0).length).toBeGreaterThan(0);
    expect(proj.frames.length).toBeGreaterThan(3);
    for (const frame of proj.frames) {
      const raw = frame.toString('latin1');
      for (const s of secrets) expect(raw.includes(s), `a projector frame holds ${s}`).toBe(false);
      const m = decode(frame);
      if (!m) continue;
      expect(['welcome', 'projector', 'roster', 'press', 'error']).toContain(m.type);
      const text = JSON.stringify(m.payload);
      for (const id of covert) expect(text.includes(`"${id}"`), `a projector frame names covert link ${id}`).toBe(false);
      // Orders of the open turn (and later) never; those of resolved turns may show in public news.
      const open = (m.payload as { turn?: number }).turn;
      if (typeof open === 'number') for (const o of ordersFrom(open)) expect(text.includes(o), `a projector frame for turn ${open} holds the order ${o}`).toBe(false);
    }
    for (const p of [fac, proj, ...students]) expect(p.d.errors.filter((e) => !/WebSocket|Failed to load resource/.test(e))).toEqual([]);
    for (const p of [proj, fac, ...students]) await p.d.close();
  }, 1_200_000);
});
