// The historical outcome scored like a game's end, for the debrief: the final state with the
// scenario's 2020 control, treaties, peacekeepers and monitors put in, then scored by the engine.
// Figures that history does not set (legitimacy, casualties) stay as the game ended.
import { scoreGame, type GameState, type Score } from '../engine';
import { fullForces } from '../engine';
import type { Scenario } from '../scenario/types';

export function historicalScores(scenario: Scenario, final: GameState): Record<string, Score> {
  const h = scenario.historicalOutcome;
  const state: GameState = structuredClone(final);
  for (const [region, actor] of Object.entries(h.control)) {
    if (state.regions[region]) state.regions[region].controller = actor;
  }
  const since = Math.max(0, state.turn - 1);
  h.treaties.forEach((t, i) => {
    state.treaties.push({
      id: `historical-${i}`,
      kind: t.kind,
      parties: [...t.parties],
      since,
      expires: null,
      renewable: false,
      text: 'As in 2020',
      monitors: t.kind === 'monitoring-centre' || t.kind === 'ceasefire' ? [...h.monitors] : undefined,
      breachedBy: [],
    });
  });
  const corridor = state.regionOrder.find((r) => state.regions[r].infrastructure.includes('corridor')) ?? state.regionOrder[0];
  for (const [actor, strength] of Object.entries(h.peacekeepers)) {
    const a = state.actors[actor];
    if (!a) continue;
    const f = a.forces[corridor] ?? fullForces(undefined);
    a.forces[corridor] = { ...f, peacekeepers: Math.max(f.peacekeepers, strength) };
  }
  return scoreGame(state);
}
