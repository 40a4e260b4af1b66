// An odds worker: rebuilds the position from the replay it is given (checking every turn's hash),
// then plays the continuations it is sent, one summary back per game.
import { playContinuation } from '../../analysis/continuations';
import { playReplay, type GameState } from '../../engine';
import type { Difficulty } from '../../ai';
import type { FromWorker, ToWorker } from './protocol';

let position: GameState | null = null;
let difficulty: Difficulty = 'normal';

const post = (m: FromWorker): void => postMessage(m);

onmessage = (e: MessageEvent<ToWorker>): void => {
  const m = e.data;
  if (m.kind === 'setup') {
    const played = playReplay(m.replay, m.scenario);
    if (!played.ok) return post({ kind: 'error', message: `The game could not be rebuilt for its odds: ${played.message}` });
    position = played.state;
    difficulty = m.difficulty;
    return post({ kind: 'idle' });
  }
  if (!position) return post({ kind: 'error', message: 'bug: an odds worker was asked to play before its setup' });
  for (const index of m.indices) {
    const game = playContinuation(position, index, difficulty);
    if (!game.ok) return post({ kind: 'error', message: `Continuation ${index + 1}: ${game.message}` });
    post({ kind: 'game', index, summary: game.summary });
  }
  post({ kind: 'idle' });
};
