// A class as the host sets it up: scenario, variant, seed, the computer actors' difficulty,
// which actors teams play and the turn deadline. Checked field by field from untrusted input.
import { DIFFICULTIES, type Difficulty } from '../ai';
import type { ActorId, Result } from '../engine';
import { SCENARIOS, type Scenario } from '../scenario';
import { teamPlayable } from '../scenario/team-playable';
import { MAX_WORLDS } from '../net/protocol';

export interface ClassConfig {
  readonly scenarioId: string;
  readonly variant: string | null;
  readonly seed: string;
  readonly difficulty: Difficulty;
  /** Actors played by teams of students; the computer plays the rest. */
  readonly teamActors: readonly ActorId[];
  /** Minutes each turn stays open; null: until every team submits or the facilitator ends it. */
  readonly deadlineMinutes: number | null;
  /** Parallel boards from the same scenario and seed (absent in classes hosted before worlds: one). */
  readonly worlds?: number;
}

/** How many worlds a class runs. */
export const worldCount = (config: ClassConfig): number => config.worlds ?? 1;

const DEADLINE_MAX_MINUTES = 24 * 60;
const SEED = /^[\p{L}\p{N} ._:-]{1,64}$/u;

const bad = (message: string): Result<{ config: ClassConfig }> => ({ ok: false, code: 'ERR_BAD_CLASS', message });

export function scenarioOf(id: string): Scenario | null {
  return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id] : null;
}

/**
 * A class setup from a host's request, every field checked. `newSeed` gives the seed when the
 * host leaves it out (a random one: the seed is never shown to students).
 */
export function parseClassConfig(body: unknown, newSeed: () => string): Result<{ config: ClassConfig }> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return bad('A class setup is an object with scenarioId, teamActors and the other fields.');
  const b = body as Record<string, unknown>;
  if (typeof b.scenarioId !== 'string') return bad('scenarioId must be the id of a shipped scenario.');
  const scenario = scenarioOf(b.scenarioId);
  if (!scenario) return bad(`There is no scenario "${b.scenarioId.slice(0, 40)}" (there are: ${Object.keys(SCENARIOS).join(', ')}).`);
  const variant = b.variant ?? null;
  if (variant !== null && (typeof variant !== 'string' || !scenario.variants.some((v) => v.id === variant))) {
    return bad(`variant must be null or one of: ${scenario.variants.map((v) => v.id).join(', ')}.`);
  }
  const seed = b.seed ?? null;
  if (seed !== null && (typeof seed !== 'string' || !SEED.test(seed))) return bad('seed must be 1 to 64 letters, digits, spaces or . _ : -');
  const difficulty = b.difficulty ?? 'normal';
  if (typeof difficulty !== 'string' || !(DIFFICULTIES as readonly string[]).includes(difficulty)) return bad(`difficulty must be one of: ${DIFFICULTIES.join(', ')}.`);
  const playable = teamPlayable(scenario);
  if (!Array.isArray(b.teamActors) || b.teamActors.length === 0 || b.teamActors.length > playable.length) {
    return bad(`teamActors must list the actors teams play, among: ${playable.join(', ')}.`);
  }
  const teams = new Set<ActorId>();
  for (const a of b.teamActors) {
    if (typeof a !== 'string' || !playable.includes(a)) return bad(`teamActors: "${String(a).slice(0, 40)}" is not an actor a team can play (they are: ${playable.join(', ')}).`);
    teams.add(a);
  }
  const deadline = b.deadlineMinutes ?? null;
  if (deadline !== null && (!Number.isSafeInteger(deadline) || (deadline as number) < 1 || (deadline as number) > DEADLINE_MAX_MINUTES)) {
    return bad(`deadlineMinutes must be null (no deadline) or a whole number of minutes from 1 to ${DEADLINE_MAX_MINUTES}.`);
  }
  const worlds = b.worlds ?? 1;
  if (!Number.isSafeInteger(worlds) || (worlds as number) < 1 || (worlds as number) > MAX_WORLDS) return bad(`worlds must be a whole number of boards from 1 to ${MAX_WORLDS}.`);
  return {
    ok: true,
    config: {
      scenarioId: scenario.id,
      variant,
      seed: seed ?? newSeed(),
      difficulty: difficulty as Difficulty,
      teamActors: playable.filter((a) => teams.has(a)),
      deadlineMinutes: deadline as number | null,
      ...(worlds === 1 ? {} : { worlds: worlds as number }),
    },
  };
}
