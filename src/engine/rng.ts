// The one seeded generator. Its whole state (four 32-bit integers) lives in GameState,
// so a saved game resumes with the same dice. Only integer draws leave this module.
import seedrandom from 'seedrandom';
import type { RngState } from './types';

export interface Dice {
  /** A uniform integer in [1, sides]. */
  roll(sides: number): number;
  /** The generator's state after the draws so far. */
  save(): RngState;
}

type Xor128 = { int32(): number; state(): RngState };

export function seedRng(seed: string): RngState {
  const g = seedrandom.xor128(seed, { state: true }) as unknown as Xor128;
  return g.state();
}

export function openDice(state: RngState): Dice {
  // xor128 with an empty seed and a saved state continues exactly where the state left off.
  const g = seedrandom.xor128('', { state: { ...state } }) as unknown as Xor128;
  return {
    roll(sides: number): number {
      if (!Number.isInteger(sides) || sides < 1) throw new Error(`bug: dice with ${sides} sides`);
      return 1 + ((g.int32() >>> 0) % sides);
    },
    save: () => g.state(),
  };
}
