// An odds worker: rebuilds the positions of the weeks it is given from the replay (checking every
// turn's hash), once a run, then plays the continuations it is sent, one summary back per game.
import { playContinuation } from '../../analysis/continuations';
import { hashData, type GameState } from '../../engine';
import type { Scenario } from '../../scenario/types';
import { playWorld } from '../../report/world';
import type { Difficulty } from '../../ai';
import type { FromWorker, ToWorker } from './protocol';

const positions = new Map<number, GameState>();
let difficulty: Difficulty = 'normal';
/**
 * The scenario of the last run, kept with its hash: a run on the same scenario (the same content)
 * plays on the very objects the last one did rather than on the fresh copy the message brought,
 * so the code V8 optimised for them stays valid and is not compiled again.
 */
let kept: { readonly scenario: Scenario; readonly hash: string } | null = null;

function sameScenario(given: Scenario): Scenario {
  const hash = hashData(given);
  if (kept === null || kept.hash !== hash) kept = { scenario: given, hash };
  return kept.scenario;
}

const post = (m: FromWorker): void => postMessage(m);

onmessage = (e: MessageEvent<ToWorker>): void => {
  const m = e.data;
  if (m.kind === 'setup') {
    // A kept worker is set up again for each run: nothing of the last game stays but its scenario, if the same.
    positions.clear();
    const played = playWorld(m.replay, sameScenario(m.scenario));
    if (!played.ok) return post({ kind: 'error', message: `The game could not be rebuilt for its odds: ${played.message}` });
    for (const week of m.weeks) {
      const state = played.world.states[week - 1];
      if (!state) return post({ kind: 'error', message: `bug: week ${week} is past the game's ${played.world.states.length} positions` });
      positions.set(week, state);
    }
    difficulty = m.difficulty;
    return post({ kind: 'idle' });
  }
  const position = positions.get(m.week);
  if (!position) return post({ kind: 'error', message: `bug: an odds worker was asked to play week ${m.week} before its setup` });
  for (const index of m.indices) {
    const game = playContinuation(position, index, difficulty);
    if (!game.ok) return post({ kind: 'error', message: `Week ${m.week}, continuation ${index + 1}: ${game.message}` });
    post({ kind: 'game', week: m.week, index, summary: game.summary });
  }
  post({ kind: 'idle' });
};
