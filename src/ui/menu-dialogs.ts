// The menu's dialogs: an autosave that could not be restored, a link opened over a saved game, and
// plain messages (a bad link, a file that cannot be loaded).
import { scenarioOf } from './app';
import { h, showDialog } from './dom';
import type { GameSession, SessionConfig } from './session';
import type { AutosaveCheck } from './store';

export async function message(title: string, text: string): Promise<void> {
  await showDialog(title, h('p', {}, text), [{ key: 'ok', label: 'OK', primary: true }]);
}

/** "Autosave: Turkey, turn 3, seed aras-1234" */
export function autosaveLine(saved: GameSession): string {
  return `Autosave: ${actorName(saved.config)}, turn ${saved.state.turn + 1}, seed ${saved.config.seed}`;
}

/** Who plays: "Turkey", or a hot seat's teams, "Azerbaijan and Armenia (hot seat)". */
function actorName(config: SessionConfig): string {
  const name = (id: string) => scenarioOf(config.scenarioId)?.actors.find((a) => a.id === id)?.name ?? id;
  const humans = config.humans ?? [config.human];
  if (humans.length === 1) return name(humans[0]);
  return `${humans.slice(0, -1).map(name).join(', ')} and ${name(humans[humans.length - 1])} (hot seat)`;
}

export async function reportRefusedAutosave(check: Extract<AutosaveCheck, { kind: 'refused' }>): Promise<void> {
  const where = check.keptAt
    ? `It has been set aside, not deleted: this browser keeps it under the storage key "${check.keptAt}".`
    : 'The browser’s storage refused to keep a copy aside, so it stays where it was until a new game replaces it.';
  await showDialog(check.keptAt ? 'Saved game set aside' : 'Saved game not restored', [h('p', {}, `Your saved game could not be restored: ${check.reason}`), h('p', { class: 'muted' }, where)], [
    { key: 'ok', label: 'OK', primary: true },
  ]);
}

/**
 * A link asks for a new game while a saved game exists: the player chooses. Enter and Escape both
 * keep the saved game; only a click on "Start the linked game" replaces it.
 */
export async function askLinkOverSave(saved: GameSession, linked: SessionConfig): Promise<'continue' | 'link'> {
  const scenario = scenarioOf(linked.scenarioId);
  const answer = await showDialog(
    'You have a saved game',
    [
      h('p', {}, `This link starts a new game: ${actorName(linked)} in ${scenario?.title ?? linked.scenarioId}, seed ${linked.seed}.`),
      h('p', {}, `${autosaveLine(saved)}. Starting the linked game replaces it.`),
    ],
    [
      { key: 'link', label: 'Start the linked game' },
      { key: 'continue', label: 'Continue the saved game', primary: true },
    ],
  );
  return answer === 'link' ? 'link' : 'continue';
}
