// Writes the golden replays in tests/fixtures/: each shipped scenario played to its end with a
// deterministic, seeded picker of legal orders (0-3 per actor per turn); and the golden
// computer-played games (golden-computer.json): the final hash of a few whole games with every
// actor run by the computer, which change when the rules or the computer actors change.
//
//   npx tsx scripts/make-golden.ts
//
// Regenerate ONLY when a rule change is intended (the engine version, a rule or a scenario
// changed on purpose): tests/engine/golden.test.ts exists to catch unintended changes, so
// regenerating to make it pass hides exactly the regression it is there to find.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newGame, newReplay, recordTurn, resolveTurn, type Replay } from '../src/engine';
import { openDice, seedRng } from '../src/engine';
import { SCENARIOS } from '../src/scenario';
import { pickOrders } from '../tests/engine/order-picker';
import { playGame } from '../src/cli/game-loop';
import { hashState } from '../src/engine';
import type { Difficulty } from '../src/ai';

/** The game's seed and the picker's seed of each golden replay. */
const GOLDEN = [
  { scenario: '2020-war', seed: 'golden-war-1', picker: 'golden-picker-war-1' },
  { scenario: '2020-full', seed: 'golden-full-1', picker: 'golden-picker-full-1' },
] as const;

/** The computer-played golden games: scenario, variant, difficulty and seed of each. */
const GOLDEN_COMPUTER: readonly { scenario: string; variant: string | null; difficulty: Difficulty; seed: string }[] = [
  { scenario: '2020-war', variant: null, difficulty: 'normal', seed: 'golden-ai-1' },
  { scenario: '2020-war', variant: null, difficulty: 'easy', seed: 'golden-ai-2' },
  { scenario: '2020-war', variant: 'no-turkish-drones', difficulty: 'normal', seed: 'golden-ai-3' },
  { scenario: '2020-war', variant: 'russia-defends-karabakh', difficulty: 'hard', seed: 'golden-ai-4' },
  { scenario: '2020-full', variant: null, difficulty: 'normal', seed: 'golden-ai-5' },
];

export interface ComputerGolden {
  readonly scenario: string;
  readonly variant: string | null;
  readonly difficulty: Difficulty;
  readonly seed: string;
  readonly turns: number;
  readonly finalHash: string;
}

function makeComputerGolden(): ComputerGolden[] {
  return GOLDEN_COMPUTER.map((g) => {
    const played = playGame(SCENARIOS[g.scenario], g.seed, { variant: g.variant, difficulty: g.difficulty });
    if (!played.ok) throw new Error(played.message);
    return { ...g, turns: played.game.state.turn, finalHash: hashState(played.game.state) };
  });
}

function makeGolden(scenarioId: string, seed: string, pickerSeed: string): Replay {
  const g = newGame(SCENARIOS[scenarioId], seed);
  if (!g.ok) throw new Error(g.message);
  let state = g.state;
  let replay = newReplay(state);
  const dice = openDice(seedRng(pickerSeed));
  while (!state.ended) {
    const orders = pickOrders(state, dice);
    const r = resolveTurn(state, orders);
    if (!r.ok) throw new Error(`turn ${state.turn + 1}: ${r.code} ${r.message}`);
    state = r.state;
    replay = recordTurn(replay, orders, state);
  }
  return replay;
}

const isMain = process.argv[1] && /make-golden\.ts$/.test(process.argv[1]);
if (isMain) {
  for (const { scenario, seed, picker } of GOLDEN) {
    const replay = makeGolden(scenario, seed, picker);
    const file = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'tests', 'fixtures', `golden-${scenario}.replay.json`);
    writeFileSync(file, JSON.stringify(replay, null, 1) + '\n');
    console.log(`${file}: ${replay.turns.length} turns, final hash ${replay.turns[replay.turns.length - 1]?.hash ?? replay.startHash}`);
  }
  const games = makeComputerGolden();
  const file = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'tests', 'fixtures', 'golden-computer.json');
  writeFileSync(file, JSON.stringify(games, null, 1) + '\n');
  console.log(`${file}: ${games.length} computer-played games`);
}
