import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../../src/engine';
import { entries, play, quiet, SCENARIO_IDS } from '../helpers';

describe('end phase', () => {
  it.each(SCENARIO_IDS)('%s ends when its calendar runs out, and no turn can follow', (id) => {
    const s = quiet('end', id);
    s.turn = s.calendar.turns - 2;
    const penultimate = play(s);
    expect(penultimate.state.ended).toBeNull();
    const last = play(penultimate.state);
    expect(last.state.ended).toEqual({ reason: 'calendar', turn: s.calendar.turns - 1 });
    expect(last.state.turn).toBe(s.calendar.turns);
    expect(entries(last.log, 'end')[0]?.reason).toBe('calendar');
    const after = resolveTurn(last.state, {});
    expect(after.ok ? null : after.code).toBe('ERR_GAME_OVER');
  });

  it.each(SCENARIO_IDS)('%s: a government that falls does not end the game', (id) => {
    const s = quiet('end', id);
    s.actors.azerbaijan.domesticSupport = 0;
    const { state, log } = play(s);
    expect(state.ended).toBeNull();
    expect(entries(log, 'end')).toEqual([]);
  });

  it('the turn counter advances by one each turn', () => {
    const s = quiet();
    expect(play(s).state.turn).toBe(s.turn + 1);
  });
});
