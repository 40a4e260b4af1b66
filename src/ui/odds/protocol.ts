// What the page and an odds worker say to each other. The worker gets the game as a replay cut at
// the week (so it rebuilds the exact position, hash by hash, rather than trusting a copy), then
// lists of continuation numbers to play; it answers one summary per game, so the page can show
// progress as the games come in.
import type { Difficulty } from '../../ai';
import type { GameSummary } from '../../analysis/summary';
import type { Replay } from '../../engine';
import type { Scenario } from '../../scenario/types';

export type ToWorker =
  | { readonly kind: 'setup'; readonly scenario: Scenario; readonly replay: Replay; readonly difficulty: Difficulty }
  | { readonly kind: 'play'; readonly indices: readonly number[] };

export type FromWorker =
  | { readonly kind: 'game'; readonly index: number; readonly summary: GameSummary }
  /** Every game of the last list is played: send the next. */
  | { readonly kind: 'idle' }
  | { readonly kind: 'error'; readonly message: string };
