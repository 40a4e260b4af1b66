// Golden computer-played games: whole games with every actor run by the computer, and the final
// state hash each reached. A failure means the rules or the computer actors changed. If that was
// intended, regenerate with
//   npx tsx scripts/make-golden.ts
// and say in the commit what changed; if it was not (a refactor, a speed-up), it is a regression.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/cli/game-loop';
import { hashState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import type { ComputerGolden } from '../../scripts/make-golden';

const games = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'golden-computer.json'), 'utf8')) as ComputerGolden[];

describe('golden computer-played games', () => {
  it('covers both scenarios, every variant and every difficulty', () => {
    expect(new Set(games.map((g) => g.scenario))).toEqual(new Set(Object.keys(SCENARIOS)));
    expect(new Set(games.map((g) => g.difficulty))).toEqual(new Set(['easy', 'normal', 'hard']));
    expect(new Set(games.map((g) => g.variant))).toEqual(new Set([null, 'no-turkish-drones', 'russia-defends-karabakh']));
  });

  it.each(games.map((g) => [`${g.scenario} ${g.variant ?? 'as it happened'} ${g.difficulty} ${g.seed}`, g] as const))('%s plays to its recorded end', (_name, g) => {
    const played = playGame(SCENARIOS[g.scenario], g.seed, { variant: g.variant, difficulty: g.difficulty });
    if (!played.ok) throw new Error(played.message);
    expect(played.game.state.turn).toBe(g.turns);
    expect(hashState(played.game.state)).toBe(g.finalHash);
  });
});
