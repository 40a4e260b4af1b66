// The board sleeps when nothing moves (no frame drawn), and wakes to draw what changes: a touch of
// the page, a change to its panels that no touch caused, a turn's playback to its end.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openGame, type Driver } from './driver';

let d: Driver;

beforeAll(async () => {
  d = await openGame(`${inject('siteUrl')}?play=armenia&seed=sleep`);
});

afterAll(async () => {
  await d?.close();
});

const asleep = () => d.page.evaluate(() => window.karabakh.boardAsleep());
const frames = () => d.page.evaluate(() => window.karabakh.boardFrames());
const untilAsleep = () => d.page.waitForFunction(() => window.karabakh.boardAsleep(), null, { timeout: 20_000 });

it('draws no frame while the board is still, and wakes for a touch or a change to its panels', async () => {
  await d.ready('board');
  await untilAsleep();
  const still = await frames();
  await d.page.waitForTimeout(1500);
  expect(await frames()).toBe(still);
  expect(await asleep()).toBe(true);

  // A click on a region: the board wakes, draws the selection, and sleeps again.
  await d.click('board.region.goris');
  expect(await asleep()).toBe(false);
  await d.page.waitForFunction(() => /Goris/.test(document.getElementById('side')?.textContent ?? ''));
  await untilAsleep();
  const afterClick = await frames();
  expect(afterClick).toBeGreaterThan(still);

  // A change to the panels that no touch caused (as a class's server causes): the board wakes and draws.
  await d.page.evaluate(() => document.getElementById('side')!.setAttribute('data-poked', '1'));
  expect(await asleep()).toBe(false);
  await d.page.waitForFunction((f) => window.karabakh.boardFrames() > f, afterClick);
  await untilAsleep();

  // A clock ticking in an element marked data-still (a class's countdown) leaves it asleep.
  await d.page.evaluate(() => {
    const clock = document.createElement('span');
    clock.id = 'clock';
    clock.setAttribute('data-still', '');
    document.getElementById('side')!.append(clock);
  });
  await untilAsleep();
  const ticking = await frames();
  await d.page.evaluate(() => {
    const clock = document.getElementById('clock')!;
    clock.textContent = '4:05 left';
    clock.classList.add('late');
  });
  await d.page.waitForTimeout(300);
  expect(await asleep()).toBe(true);
  expect(await frames()).toBe(ticking);
}, 120_000);

it("stays awake through a turn's playback, then sleeps", async () => {
  const turn = await d.page.evaluate(() => window.karabakh.view()!.turn);
  await d.click('board.endTurn');
  await d.page.waitForFunction((t) => window.karabakh.locate('dialog.ok') !== null || (window.karabakh.view()?.turn ?? 0) > t, turn);
  if ((await d.page.evaluate(() => window.karabakh.view()!.turn)) === turn) await d.click('dialog.ok');
  // The playback's steps are timers 650 ms apart, longer than a still board waits to sleep: it must not sleep between them.
  await d.page.waitForFunction(() => document.querySelector('[data-hook="playback"]') !== null, null, { timeout: 60_000 });
  const playing = await d.page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        let slept = false;
        const check = (): void => {
          if (window.karabakh.boardAsleep()) slept = true;
          if (document.querySelector('[data-hook="playback"]') === null) resolve(slept);
          else setTimeout(check, 50);
        };
        check();
      }),
  );
  expect(playing).toBe(false);
  await d.ready('board');
  expect(await d.page.evaluate(() => window.karabakh.view()!.turn)).toBe(turn + 1);
  await untilAsleep();
}, 120_000);
