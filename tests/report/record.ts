// Class records for the debrief's tests: boards played by the computer actors (sim's loop).
import { playGame } from '../../src/cli/game-loop';
import type { Replay } from '../../src/engine';
import type { ClassRecord } from '../../src/net/class-record';
import { SCENARIOS } from '../../src/scenario/shipped';

export function simReplay(seed: string, scenarioId = '2020-war'): Replay {
  const played = playGame(SCENARIOS[scenarioId], seed, { record: true });
  if (!played.ok || !played.game.replay) throw new Error(`sim failed: ${played.ok ? 'no replay' : played.message}`);
  return played.game.replay;
}

export function simRecord(seeds: readonly string[], teams: Record<string, string[]> = { azerbaijan: ['Team "Baku", 1st'], armenia: ['Yerevan'] }): ClassRecord {
  return {
    format: 'karabakh-class',
    code: 'TEST01',
    worlds: seeds.map((seed, i) => ({ name: `Board ${i + 1}`, replay: simReplay(seed), teams, press: [{ turn: 0, from: 'azerbaijan', to: ['armenia'], public: false, text: 'Withdraw, or else.' }] })),
  };
}
