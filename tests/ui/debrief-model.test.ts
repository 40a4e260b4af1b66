// The single-player debrief's "Moments that mattered": the same ranking as the class debrief,
// over the whole war as the player may read it (no longer the first 40 log entries).
import { describe, expect, it } from 'vitest';
import { logFor, viewFor } from '../../src/engine';
import { playWorld } from '../../src/report/world';
import { SCENARIOS } from '../../src/scenario/shipped';
import { chartSeries, keyMoments } from '../../src/ui/debrief-model';
import { simReplay } from '../report/record';

/** A computer-played 2020-war game (seed 3), as Armenia may read its log. */
function armeniaGame() {
  const played = playWorld(simReplay('3'), SCENARIOS['2020-war']);
  if (!played.ok) throw new Error(played.message);
  return { states: played.world.states, log: logFor(played.world.logs.flat(), 'armenia') };
}

describe('moments that mattered', () => {
  it('reach past week 3: Shusha’s fall, late in the log, is among them in its week, with its rolls', () => {
    const { states, log } = armeniaGame();
    const moments = keyMoments(log, viewFor(states[states.length - 1], 'armenia'));
    const fall = log.findIndex((e) => e.kind === 'capture' && e.region === 'shusha');
    expect(fall).toBeGreaterThan(40);
    expect(log[fall].turn).toBeGreaterThanOrEqual(3);
    const shusha = moments.find((m) => m.kind === 'capture' && m.text.includes('Shusha'));
    expect(shusha?.turn).toBe(log[fall].turn);
    expect(shusha?.rolls.length).toBeGreaterThan(0);
    expect(moments.length).toBeLessThanOrEqual(12);
  });
});

describe('the regions-held chart', () => {
  it('leaves out handovers under a treaty: Armenia\'s side does not drop on the week the settlement hands districts over', () => {
    const { states, log } = armeniaGame();
    const view = viewFor(states[states.length - 1], 'armenia');
    const handed = log.filter((e) => e.kind === 'capture' && e.cause === 'settlement' && e.phase !== 'end');
    expect(handed.length).toBeGreaterThan(0);
    const week = handed[0].turn;
    const at = view.history.findIndex((h) => h.turn === week);
    const giver = handed[0].kind === 'capture' ? handed[0].from ?? '' : '';
    const raw = view.history.map((h) => h.territory[giver] ?? 0);
    const drawn = chartSeries(view, view.history, 'territory', log).find((s) => s.actor === giver)?.points ?? [];
    // The recorded figure drops with the handover; the chart's does not.
    expect(raw[at]).toBeLessThan(raw[at - 1]);
    expect(drawn[at] - drawn[at - 1]).toBeGreaterThan(raw[at] - raw[at - 1]);
    expect(drawn[at] - raw[at]).toBe(handed.filter((e) => e.kind === 'capture' && e.from === giver && e.turn <= week).length);
  });
});
