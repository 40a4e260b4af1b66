// The automation hook on `window.karabakh`: lets a browser test drive the real UI with real
// mouse clicks (ask where a thing is, click there, wait for `ready`).
import type { Replay, View } from '../engine';
import type { HotSeatStatus } from './hotseat';

export interface PagePoint {
  readonly x: number;
  readonly y: number;
}

export interface KarabakhHook {
  ready: boolean;
  scene: string;
  /** performance.now() when the first interactive scene became ready. */
  readyAt: number | null;
  /** The player's view; in the replay theatre ('theatre'), the week shown from the perspective chosen. */
  view(): View | null;
  /** The game's state hash; in the replay theatre, the week shown's. */
  hash(): string | null;
  /** The game's replay; in the replay theatre, the timeline shown. */
  replay(): Replay | null;
  /** A hot-seat game's teams, the team drafting (or next at the screen) and whether the hand-over screen shows; null otherwise. */
  hotseat(): HotSeatStatus | null;
  /** Every text drawn on the canvas by the scenes running now (region names, counters, arrow labels). */
  labels(): string[];
  /** Whether the board asks for no frames (src/ui/sleep.ts: when nothing moves, and while odds continuations run). */
  boardAsleep(): boolean;
  /** How many frames the board has drawn since the page loaded: none while it sleeps. */
  boardFrames(): number;
  /** The join code of the class this page hosts or plays in, or null. */
  classCode(): string | null;
  /**
   * Where a thing to click is, by its automation id (docs/ui.md lists them, e.g. `theatre.week.3`,
   * `theatre.perspective.truth`, `share.link`): an HTML element's data-hook, or a registered target.
   */
  locate(id: string): PagePoint | null;
  /** Every id `locate` knows right now (for tests and for debugging). */
  ids(): string[];
  /**
   * Plays `games` continuations of a new game of a shipped scenario from its first week in Web
   * Workers, one per core (for the bench and tests): the time taken and each game's final hash.
   */
  odds(scenarioId: string, seed: string, games: number): Promise<{ ms: number; hashes: readonly string[] }>;
}

type Locator = () => PagePoint | null;

const locators = new Map<string, Locator>();
let source: { view(): View | null; hash(): string | null; replay(): Replay | null; hotseat(): HotSeatStatus | null; labels(): string[]; asleep(): boolean; frames(): number } = {
  view: () => null,
  hash: () => null,
  replay: () => null,
  hotseat: () => null,
  labels: () => [],
  asleep: () => false,
  frames: () => 0,
};
let classCode: () => string | null = () => null;

/** Registers a Phaser- or code-located target; HTML targets use a data-hook attribute instead. */
export function registerTarget(id: string, locate: Locator): void {
  locators.set(id, locate);
}

export function clearTargets(prefix: string): void {
  for (const id of [...locators.keys()]) if (id.startsWith(prefix)) locators.delete(id);
}

export function setSource(s: typeof source): void {
  source = s;
}

/** Where `classCode()` reads the class's code (set by the class screens when they load). */
export function setClassCode(code: () => string | null): void {
  classCode = code;
}

function visibleCentre(el: Element): PagePoint | null {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  const html = el as HTMLElement;
  if (html.closest('[hidden]')) return null;
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}

export const hook: KarabakhHook = {
  ready: false,
  scene: 'boot',
  readyAt: null,
  view: () => source.view(),
  hash: () => source.hash(),
  replay: () => source.replay(),
  hotseat: () => source.hotseat(),
  labels: () => source.labels(),
  boardAsleep: () => source.asleep(),
  boardFrames: () => source.frames(),
  classCode: () => classCode(),
  locate(id: string): PagePoint | null {
    const el = document.querySelector(`[data-hook="${CSS.escape(id)}"]`);
    if (el) return visibleCentre(el);
    const l = locators.get(id);
    return l ? l() : null;
  },
  odds: async (scenarioId, seed, games) => (await import('./odds/new-game-odds')).newGameOdds(scenarioId, seed, games),
  ids(): string[] {
    const html = [...document.querySelectorAll('[data-hook]')].filter((e) => visibleCentre(e)).map((e) => e.getAttribute('data-hook')!);
    return [...new Set([...html, ...locators.keys()])].sort();
  },
};

/**
 * The performance measure the board adds each time a turn ends: from the player's End turn (after
 * any confirmation) to the next orders phase drawn on screen, less the time spent playing the
 * turn back (`npm run bench`: end_turn_ms).
 */
export const END_TURN_MEASURE = 'karabakh:end-turn';

export function setReady(scene: string, ready: boolean): void {
  hook.scene = scene;
  hook.ready = ready;
  if (ready && hook.readyAt === null) hook.readyAt = Math.round(performance.now());
}

declare global {
  interface Window {
    karabakh: KarabakhHook;
  }
}

export function installHook(): void {
  window.karabakh = hook;
}
