// A game's settings (scenario, variant, seed, who plays, difficulty) checked before a game starts,
// from whatever source: the menu, a link, a save or a replay. Ids are looked up as own keys only, so
// `constructor` or `__proto__` is an unknown id like any other, never something of Object's.
import type { Scenario } from '../scenario/types';
import { DIFFICULTIES, type Difficulty } from './computer';
import type { Outcome, SessionConfig } from './session';

/** The longest seed a game accepts (the menu's seed box holds no more). */
export const SEED_MAX = 64;

/** Settings as they arrive: any value, checked here. */
export interface RawSettings {
  readonly scenarioId: unknown;
  readonly human: unknown;
  readonly difficulty: unknown;
  readonly variant: unknown;
  readonly seed: unknown;
}

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : String(v));

function isDifficulty(d: unknown): d is Difficulty {
  return typeof d === 'string' && (DIFFICULTIES as readonly string[]).includes(d);
}

/** The scenario with this id, if the build has one (own keys only). */
export function scenarioIn(scenarios: Readonly<Record<string, Scenario>>, id: unknown): Scenario | null {
  return typeof id === 'string' && Object.hasOwn(scenarios, id) ? scenarios[id] : null;
}

export function playableActors(scenario: Scenario): string[] {
  return scenario.actors.filter((a) => a.playable).map((a) => a.id);
}

/** The settings as a SessionConfig, or the first thing wrong with them in words a player reads. */
export function checkSettings(scenarios: Readonly<Record<string, Scenario>>, raw: RawSettings): Outcome<{ scenario: Scenario; config: SessionConfig }> {
  const bad = (message: string) => ({ ok: false as const, message });
  const scenario = scenarioIn(scenarios, raw.scenarioId);
  if (!scenario) return bad(`There is no scenario ${quote(raw.scenarioId)} in this build (it has ${Object.keys(scenarios).join(', ')}).`);
  const playable = playableActors(scenario);
  if (typeof raw.human !== 'string' || !playable.includes(raw.human)) {
    return bad(`${quote(raw.human)} is not an actor you can play in ${scenario.id} (you can play ${playable.join(', ')}).`);
  }
  if (!isDifficulty(raw.difficulty)) return bad(`${quote(raw.difficulty)} is not a difficulty (use ${DIFFICULTIES.join(', ')}).`);
  const variants = scenario.variants.map((v) => v.id);
  if (raw.variant !== null && (typeof raw.variant !== 'string' || !variants.includes(raw.variant))) {
    return bad(`${quote(raw.variant)} is not a variant of ${scenario.id} (it has ${variants.join(', ') || 'none'}).`);
  }
  if (typeof raw.seed !== 'string' || raw.seed.length === 0) return bad('The seed is empty: give a word or a number.');
  if (raw.seed.length > SEED_MAX) return bad(`The seed is ${raw.seed.length} characters long; a seed has at most ${SEED_MAX}.`);
  return { ok: true, scenario, config: { scenarioId: scenario.id, seed: raw.seed, human: raw.human, difficulty: raw.difficulty, variant: raw.variant } };
}
