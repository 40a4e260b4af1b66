// A class in real browsers, by mouse clicks: a facilitator hosts it, students join as Azerbaijan,
// Armenia (two students sharing the actor) and Turkey, each in a browser context of its own, and
// they play three turns; the class server is SIGKILLed mid-turn and started again, the pages
// reconnect by themselves and carry on at the same hash (a student reloading its page comes back
// to its seat). Every WebSocket frame a student's page receives is read: none holds the seed, a
// state hash or another team's orders for the open turn.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'lean-qr';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ActorId } from '../../src/engine';
import { fetchReplay } from '../../src/net';
import { launchServer, type ServerProcess } from '../../src/server/launch';
import { launchChromium } from '../../scripts/site';
import { expectNoSecrets } from '../server/harness';
import { drive, type Driver } from './driver';

const SEED = 'amber-lantern-5150';

interface Person {
  readonly d: Driver;
  readonly actor: ActorId | null;
  /** Every WebSocket frame the page received, in order. */
  readonly frames: Buffer[];
}

let dir: string;
let server: ServerProcess;
let base: string;
let browser: Browser;

const serve = (port: number): Promise<ServerProcess> => launchServer(['--port', String(port), '--data', dir, '--static', inject('siteDir')]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'karabakh-class-ui-'));
  server = await serve(0);
  base = `http://127.0.0.1:${server.port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function person(url: string, actor: ActorId | null): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 640 } });
  // Five pages drawing their boards share two cores here: waits are long, never timed.
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  const frames: Buffer[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? Buffer.from(f.payload) : f.payload)));
  const d = drive(browser, page, () => context.close());
  await page.goto(url);
  return { d, actor, frames };
}

/** Types into a form field as a person does: click it, select what is there, type. */
async function type(p: Person, id: string, text: string): Promise<void> {
  await p.d.click(id);
  await p.d.page.keyboard.press('Control+A');
  await p.d.page.keyboard.type(text);
}

async function joinClass(code: string, actor: ActorId, team: string): Promise<Person> {
  const p = await person(`${base}?fast&class=${code}`, actor);
  await type(p, 'join.team', team);
  await p.d.click('join.submit');
  await p.d.click(`join.actor.${actor}`);
  await p.d.ready('board');
  return p;
}

const buttonText = (p: Person) => p.d.page.evaluate(() => document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? '');

/** The team submits what it has drafted (confirming an empty turn), and sees it taken (unless it was the last team in). */
async function submit(p: Person, empty: boolean, last = false): Promise<void> {
  await p.d.page.waitForFunction(() => /Submit/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
  await p.d.click('board.endTurn');
  if (empty) await p.d.click('dialog.ok');
  if (!last) await p.d.page.waitForFunction(() => /Submitted/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
}

/** Gives the first order listed for a region (or in a tab), and waits until it is pending. */
async function order(p: Person, open: string, option: string, pending: number): Promise<void> {
  await p.d.click(open);
  await p.d.click(option);
  await p.d.page.waitForFunction((n) => document.querySelectorAll('.card.pending').length === n || document.querySelector('[data-hook="tab.orders"] .count')?.textContent === String(n), pending);
}

const atTurn = (p: Person, turn: number) =>
  p.d.page.waitForFunction((t) => window.karabakh.scene === 'board' && window.karabakh.ready && window.karabakh.view()?.turn === t, turn);

const rosterIs = (fac: Person, actor: ActorId, attr: 'connected' | 'submitted', value: string) =>
  fac.d.page.waitForFunction(([a, k, v]) => document.querySelector(`[data-hook="facilitator.roster.${a}"]`)?.getAttribute(`data-${k}`) === v, [actor, attr, value] as const);

describe('a class in the browser', () => {
  it('hosts, joins and plays three turns through a server SIGKILL at the same hash; students receive no secret', async () => {
    // The facilitator hosts by clicks: a seed, three team-played actors.
    const fac = await person(`${base}?fast`, null);
    await fac.d.ready('menu');
    await fac.d.click('menu.class.host');
    await type(fac, 'host.seed', SEED);
    for (const a of ['azerbaijan', 'armenia', 'turkey']) await fac.d.click(`host.actor.${a}`);
    await fac.d.click('host.start');
    await fac.d.ready('board');
    const code = (await fac.d.page.evaluate(() => window.karabakh.classCode()))!;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await fac.d.page.$eval('[data-hook="class.code"]', (e) => e.textContent)).toBe(code);

    // The QR code on the facilitator's panel is the join link, module for module.
    const qr = await fac.d.page.$eval('[data-hook="class.qr"]', (el) => {
      const c = el as HTMLCanvasElement;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return { text: c.dataset.text, width: c.width, dark: Array.from({ length: c.width * c.height }, (_, i) => px[i * 4] < 128) };
    });
    expect(qr.text).toBe(`${base}?class=${code}`);
    const expected = generate(qr.text!);
    expect(qr.width).toBe(expected.size + 8);
    expect(qr.dark).toEqual(Array.from({ length: qr.width * qr.width }, (_, i) => expected.get((i % qr.width) - 4, Math.floor(i / qr.width) - 4)));

    const az = await joinClass(code, 'azerbaijan', 'Caspian');
    const ar1 = await joinClass(code, 'armenia', 'Ararat');
    const ar2 = await joinClass(code, 'armenia', 'joins Ararat');
    const tr = await joinClass(code, 'turkey', 'Bosphorus');
    const students = [az, ar1, ar2, tr];
    expect(await ar2.d.page.$eval('[data-hook="class.team"]', (e) => e.textContent)).toContain('Team Ararat');
    await rosterIs(fac, 'armenia', 'connected', '2');
    await rosterIs(fac, 'turkey', 'connected', '1');
    await fac.d.click('facilitator.start');
    for (const s of students) await s.d.page.waitForFunction(() => /Submit orders/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));

    // Turn 1: Azerbaijan orders on the board; one Armenian drafts, the other sees it and submits
    // it; Turkey sends a support package; the last submission resolves the turn.
    const hashes: string[] = [];
    await order(az, 'board.region.tartar', 'order.0', 1);
    await submit(az, false);
    await order(ar1, 'board.region.aghdam', 'order.0', 1);
    await ar2.d.page.waitForFunction(() => document.querySelectorAll('.card.pending').length === 1);
    await submit(ar2, false);
    await ar1.d.page.waitForFunction(() => /Submitted/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
    await order(tr, 'tab.support', 'support.add', 1);
    await submit(tr, false, true);
    for (const p of [fac, ...students]) await atTurn(p, 1);
    hashes.push((await fac.d.page.evaluate(() => window.karabakh.hash()))!);
    // Each student sees its turn's news after the playback, and never a hash.
    for (const s of students) {
      await s.d.page.waitForSelector('[data-hook="pane.news"] [data-hook="news.0"]');
      expect(await s.d.page.evaluate(() => window.karabakh.hash())).toBeNull();
      expect(await s.d.page.evaluate(() => window.karabakh.view()?.viewer)).toBe(s.actor);
    }

    // Turn 2: two teams submit; the server is killed and started again on the same port.
    await submit(az, true);
    await submit(ar1, true);
    await rosterIs(fac, 'armenia', 'submitted', 'yes');
    await rosterIs(fac, 'azerbaijan', 'submitted', 'yes');
    await server.kill('SIGKILL');
    for (const p of [fac, ...students]) await p.d.page.waitForSelector('[data-hook="class.reconnecting"]');
    server = await serve(Number(new URL(base).port));
    for (const p of [fac, ...students]) await p.d.page.waitForFunction(() => !document.querySelector('[data-hook="class.reconnecting"]') && document.querySelector('[data-hook="class.connection"]')?.textContent === 'Connected', null);
    await rosterIs(fac, 'azerbaijan', 'submitted', 'yes');
    await rosterIs(fac, 'armenia', 'submitted', 'yes');
    expect(await fac.d.page.evaluate(() => window.karabakh.hash())).toBe(hashes[0]);
    expect(await buttonText(ar2)).toContain('Submitted');
    // Turkey's student reloads the page: the kept seat token brings it back to its seat.
    await tr.d.page.reload();
    await tr.d.ready('board');
    expect(await tr.d.page.evaluate(() => window.karabakh.view()?.viewer)).toBe('turkey');
    await submit(tr, true, true);
    for (const p of [fac, ...students]) await atTurn(p, 2);
    hashes.push((await fac.d.page.evaluate(() => window.karabakh.hash()))!);

    // Turn 3: only Azerbaijan submits; the facilitator ends the turn and the others hold.
    await submit(az, true);
    await rosterIs(fac, 'azerbaijan', 'submitted', 'yes');
    await fac.d.click('facilitator.endTurn');
    for (const p of [fac, ...students]) await atTurn(p, 3);
    hashes.push((await fac.d.page.evaluate(() => window.karabakh.hash()))!);
    expect(new Set(hashes).size).toBe(3);

    // The server's replay of the class ends at the hashes the facilitator's board showed.
    const kept = await fac.d.page.evaluate(() => JSON.parse(localStorage.getItem('karabakh2020.classes') ?? '{}'));
    const replay = await fetchReplay(base, code, kept[code].facilitatorToken);
    if (!replay.ok) throw new Error(replay.message);
    expect(replay.replay.seed).toBe(SEED);
    expect(replay.replay.turns.map((t) => t.hash)).toEqual(hashes);
    const first = replay.replay.turns[0].orders;
    expect([first.azerbaijan.length, first.artsakh.length, first.turkey.length]).toEqual([1, 1, 1]);
    expect(replay.replay.turns[2].orders.armenia).toEqual([]);

    // Frame by frame: no seed, no hash, no other team's orders for the turn a message is about.
    const secrets = [SEED, replay.replay.startHash, ...hashes];
    for (const s of students) expectNoSecrets(s.frames, s.actor!, s.actor === 'armenia' ? ['armenia', 'artsakh'] : [s.actor!], secrets, replay.replay.turns);
    for (const p of [fac, ...students]) expect(p.d.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
    for (const p of [fac, ...students]) await p.d.close();
  }, 600_000);
});
