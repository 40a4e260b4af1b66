// What the page and an odds worker say to each other. The worker gets the game as a replay cut at
// the last week it will play from (so it rebuilds the exact positions, hash by hash, rather than
// trusting a copy) and the weeks it will play from; then lists of continuation numbers of one
// week to play. It answers one summary per game, so the page can show progress as games come in.
import type { Difficulty } from '../../ai';
import type { GameSummary } from '../../analysis/summary';
import type { Replay } from '../../engine';
import type { Scenario } from '../../scenario/types';

export type ToWorker =
  | { readonly kind: 'setup'; readonly scenario: Scenario; readonly replay: Replay; readonly weeks: readonly number[]; readonly difficulty: Difficulty }
  | { readonly kind: 'play'; readonly week: number; readonly indices: readonly number[] };

export type FromWorker =
  | { readonly kind: 'game'; readonly week: number; readonly index: number; readonly summary: GameSummary }
  /** Every game of the last list is played: send the next. */
  | { readonly kind: 'idle' }
  | { readonly kind: 'error'; readonly message: string };
