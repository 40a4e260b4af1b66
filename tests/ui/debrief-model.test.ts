// The single-player debrief's "Moments that mattered": the same ranking as the class debrief,
// over the whole war as the player may read it (no longer the first 40 log entries).
import { describe, expect, it } from 'vitest';
import { logFor, viewFor } from '../../src/engine';
import { playWorld } from '../../src/report/world';
import { SCENARIOS } from '../../src/scenario/shipped';
import { keyMoments } from '../../src/ui/debrief-model';
import { simReplay } from '../report/record';

describe('moments that mattered', () => {
  it('reach past week 3: Shusha’s fall, late in the log, is among them in its week, with its rolls', () => {
    const played = playWorld(simReplay('3'), SCENARIOS['2020-war']);
    if (!played.ok) throw new Error(played.message);
    const { states, logs } = played.world;
    const log = logFor(logs.flat(), 'armenia');
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
