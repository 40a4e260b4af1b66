// Proposals the player may draft beyond the engine's ready-made ceasefire: a monitored
// ceasefire, a mediation offer, and a settlement on the 2020 pattern ("stop where you stand",
// Russian peacekeepers on the corridor, a joint monitoring centre). Each is checked by the
// engine before it is offered, so only legal drafts appear.
import { validateOrder, type ActorId, type GameState, type Order } from '../engine';
import type { Scenario } from '../scenario/types';

export function draftProposals(state: GameState, actor: ActorId, scenario: Scenario): Order[] {
  const me = state.actors[actor];
  if (!me || me.background || state.ended) return [];
  const enemies = state.actorOrder.filter((b) => b !== actor && state.wars.some((w) => (w.a === actor && w.b === b) || (w.b === actor && w.a === b)));
  const belligerents = [...new Set(state.wars.flatMap((w) => [w.a, w.b]))].filter((a) => !state.actors[a].commandedBy).sort();
  const hist = scenario.historicalOutcome;
  const monitors = hist.monitors.filter((m) => state.actors[m]);
  const out: Order[] = [];
  const parties = enemies.length ? enemies : belligerents.filter((b) => b !== actor);
  if (parties.length) {
    out.push({ kind: 'propose', to: parties, terms: { kind: 'ceasefire', turns: 4, monitors } });
    const keepers = Object.entries(hist.peacekeepers).find(([a]) => state.actors[a]);
    out.push({
      kind: 'propose',
      to: parties,
      terms: {
        kind: 'settlement',
        // Each side keeps what it holds: no transfers.
        transfers: [],
        corridors: state.regionOrder.filter((r) => state.regions[r].infrastructure.includes('corridor')),
        peacekeepers: keepers ? { actor: keepers[0], strength: Math.min(20, Math.max(1, keepers[1])), years: 5, renewable: true } : null,
        monitoringCentre: monitors,
        displacedReturn: true,
        prisonerExchange: true,
      },
    });
  }
  if (me.doctrine.mediator && belligerents.length) out.push({ kind: 'propose', to: belligerents, terms: { kind: 'mediation', mediator: actor } });
  return out.filter((o) => validateOrder(state, actor, o).ok);
}
