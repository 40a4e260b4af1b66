// What the scenes share: the scenarios, the menu's choices and the game in play.
import { SCENARIOS } from '../scenario/shipped';
import type { Scenario } from '../scenario/types';
import type { Difficulty } from './computer';
import type { GameSession } from './session';
import { scenarioIn } from './settings';
import type { Table } from './table';
import type { Theatre } from './theatre/theatre';

export interface MenuChoice {
  scenarioId: string;
  human: string;
  difficulty: Difficulty;
  variant: string | null;
  seed: string;
}

export function randomSeed(): string {
  const words = ['aras', 'hadrut', 'murov', 'tartar', 'goris', 'lachin', 'shusha', 'ganja', 'sotk', 'kura'];
  const n = Math.floor(Math.random() * 9000) + 1000;
  return `${words[Math.floor(Math.random() * words.length)]}-${n}`;
}

export const scenarios: Readonly<Record<string, Scenario>> = SCENARIOS;

/** The scenario the menu opens on; the side offered first is its first playable actor. */
const FIRST_SCENARIO = '2020-war';

/**
 * The single-player game (menu, board, debrief), the table the board plays at when it is not that
 * game (a class), and the replay theatre's timelines once it has opened.
 */
export const app: { session: GameSession | null; table: Table | null; theatre: Theatre | null; choice: MenuChoice } = {
  session: null,
  table: null,
  theatre: null,
  choice: { scenarioId: FIRST_SCENARIO, human: SCENARIOS[FIRST_SCENARIO].actors.find((a) => a.playable)?.id ?? '', difficulty: 'normal', variant: null, seed: randomSeed() },
};

export function scenarioOf(id: unknown): Scenario | null {
  return scenarioIn(scenarios, id);
}
