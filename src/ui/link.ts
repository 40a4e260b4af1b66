// A link can start a game or preset the menu:
//   ?play=turkey&scenario=2020-war&seed=abc&difficulty=hard&variant=no-turkish-drones
// (a teacher hands out links; the bench measures load-to-board with one). Every value is checked
// like the menu's; a bad one is refused with the reason, and the menu opens instead. A link can
// also open the replay theatre: ?replay=CODE carries a whole game (theatre/share-link.ts, checked
// when it is read), ?theatre=ID shows a timeline this browser keeps (a class's board opened from
// its debrief).
import { scenarios, type MenuChoice } from './app';
import type { SessionConfig } from './session';
import { checkSettings, playableActors, scenarioIn } from './settings';

/** The address's parameters that belong to a link; others (such as `fast`) are left alone. */
const LINK_PARAMS = ['play', 'scenario', 'seed', 'difficulty', 'variant', 'replay', 'theatre'] as const;

export type LinkRequest =
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly message: string }
  /** play: start this game; preset: show the menu with these choices (no `play` in the link). */
  | { readonly kind: 'play' | 'preset'; readonly config: SessionConfig }
  /** replay: a shared game, still to be decoded and checked; theatre: a stored timeline's id. */
  | { readonly kind: 'replay' | 'theatre'; readonly value: string };

export function readLink(search: string, defaults: MenuChoice): LinkRequest {
  const q = new URLSearchParams(search);
  if (!LINK_PARAMS.some((p) => q.has(p))) return { kind: 'none' };
  const replay = q.get('replay');
  if (replay !== null) return { kind: 'replay', value: replay };
  const theatre = q.get('theatre');
  if (theatre !== null) return { kind: 'theatre', value: theatre };
  const scenarioId = q.get('scenario') ?? defaults.scenarioId;
  const scenario = scenarioIn(scenarios, scenarioId);
  const playable = scenario ? playableActors(scenario) : [];
  const human = q.get('play') ?? (playable.includes(defaults.human) ? defaults.human : playable[0]);
  const checked = checkSettings(scenarios, {
    scenarioId,
    human,
    difficulty: q.get('difficulty') ?? defaults.difficulty,
    variant: q.get('variant') || null,
    seed: q.get('seed') ?? defaults.seed,
  });
  if (!checked.ok) return { kind: 'refused', message: checked.message };
  return { kind: q.has('play') ? 'play' : 'preset', config: checked.config };
}

/** The address with the link's parameters taken out (path, other parameters as written, and hash kept). */
export function addressWithoutLink(href: string): string {
  const url = new URL(href);
  const linkParam = (part: string) => (LINK_PARAMS as readonly string[]).includes(new URLSearchParams(part).keys().next().value ?? '');
  const kept = url.search.slice(1).split('&').filter((part) => part !== '' && !linkParam(part));
  return `${url.pathname}${kept.length > 0 ? `?${kept.join('&')}` : ''}${url.hash}`;
}

/** Takes the link out of the address bar, so a reload opens the menu (and its Continue) instead. */
export function forgetLink(): void {
  const plain = addressWithoutLink(location.href);
  if (plain !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', plain);
}
