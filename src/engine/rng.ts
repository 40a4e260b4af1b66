// The one seeded generator. Its whole state (four 32-bit integers) lives in GameState,
// so a saved game resumes with the same dice. Only integer draws leave this module.
// It is Marsaglia's xor128 exactly as the seedrandom package's `xor128` seeds and steps it (a
// test compares the two draw by draw); written out here because the computer actors open dice
// and seed generators thousands of times a game, and the package's generator builds closures
// for each and runs 64 warm-up steps even when it only resumes a saved state.
import type { RngState } from './types';

export interface Dice {
  /** A uniform integer in [1, sides]. */
  roll(sides: number): number;
  /** The generator's state after the draws so far. */
  save(): RngState;
}

interface Xor128 {
  x: number;
  y: number;
  z: number;
  w: number;
}

/** One step of xor128: the generator moves on and hands back its new signed 32-bit draw. */
function next(g: Xor128): number {
  const t = g.x ^ (g.x << 11);
  g.x = g.y;
  g.y = g.z;
  g.z = g.w;
  g.w ^= (g.w >>> 19) ^ t ^ (t >>> 8);
  return g.w;
}

/** The state seeded from a string: its UTF-16 code units mixed in, then 64 draws discarded. */
export function seedRng(seed: string): RngState {
  const g: Xor128 = { x: 0, y: 0, z: 0, w: 0 };
  for (let k = 0; k < seed.length + 64; k++) {
    g.x ^= k < seed.length ? seed.charCodeAt(k) : 0;
    next(g);
  }
  return g;
}

/** Dice that continue exactly where `state` left off; the state itself is not changed. */
export function openDice(state: RngState): Dice {
  const g: Xor128 = { x: state.x, y: state.y, z: state.z, w: state.w };
  return {
    roll(sides: number): number {
      if (!Number.isInteger(sides) || sides < 1) throw new Error(`bug: dice with ${sides} sides`);
      return 1 + ((next(g) >>> 0) % sides);
    },
    save: () => ({ x: g.x, y: g.y, z: g.z, w: g.w }),
  };
}
