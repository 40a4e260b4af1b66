import { hashData } from './hash';
import type { GameState } from './types';

/** The state's hash: stable across engines, saves and loads. */
export function hashState(state: GameState): string {
  return hashData(state);
}
