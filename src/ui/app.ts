// What the scenes share: the scenarios, the menu's choices and the game in play.
import { SCENARIOS } from '../scenario';
import type { Scenario } from '../scenario/types';
import type { Difficulty } from './computer';
import type { GameSession } from './session';
import type { Table } from './table';

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

/** The single-player game (menu, board, debrief), and the table the board plays at when it is not that game (a class). */
export const app: { session: GameSession | null; table: Table | null; choice: MenuChoice } = {
  session: null,
  table: null,
  choice: { scenarioId: '2020-war', human: 'azerbaijan', difficulty: 'normal', variant: null, seed: randomSeed() },
};

export function scenarioOf(id: string): Scenario | null {
  return scenarios[id] ?? null;
}
