// The single-player debrief's odds: a button that opens the odds panel over the page for this game
// (from a chosen week), and the turning points, run in the background with progress and a cancel,
// then listed week by week with what the player saw happen in them.
// Ids: debrief.odds, debrief.odds.view, debrief.odds.week, debrief.odds.compare, debrief.odds.close, debrief.turning,
// debrief.turning.runs, debrief.turning.progress, debrief.turning.cancel, debrief.turning.status,
// debrief.turning.list, debrief.turning.<i> (the i-th turning point, biggest move first).
import { outcomePhrase, scoreShiftText, turningHeadline } from '../analysis/turning-text';
import { weekMoments } from '../analysis/turning-points';
import { dateOfTurn, longDate, type GameState, type LogEntry, type Replay } from '../engine';
import { h } from './dom';
import { shortName } from './format';
import { mountOddsPanel, type OddsColumn } from './odds/panel';
import { progressBar, wireJob, type Job } from './odds/progress';
import { installOddsStyle } from './odds/style';
import { DEFAULT_TURNING_GAMES, runTurningPoints } from './odds/turning';

/** Turning points listed. */
const LISTED = 3;

/** Closes the odds view if it is open, stopping its run (the debrief calls it when it closes). */
let closeView: (() => void) | null = null;
export function closeOddsView(): void {
  closeView?.();
}

/** The odds panel of this game over the whole page, from week 1 or a week chosen in its header, beside another week if asked. */
function openOddsView(replay: Replay, end: GameState): void {
  installOddsStyle();
  closeOddsView();
  const host = h('div', { class: 'odds-host' });
  const weeks = Array.from({ length: replay.turns.length + 1 }, (_, i) => i + 1);
  const weekName = (w: number): string => `${w === weeks.length ? 'the end' : `week ${w}`} (${longDate(dateOfTurn(end.calendar, w - 1))})`;
  const week = h('select', { 'data-hook': 'debrief.odds.week', 'aria-label': 'Week to play on from' }, ...weeks.map((w) => h('option', { value: w }, weekName(w))));
  const compare = h('select', { 'data-hook': 'debrief.odds.compare', 'aria-label': 'Week to compare with' }, h('option', { value: '' }, 'no other week'), ...weeks.map((w) => h('option', { value: w }, weekName(w))));
  const columns = (): OddsColumn[] => [
    { label: `This game from week ${week.value}`, replay, fromWeek: Number(week.value) },
    ...(compare.value ? [{ label: `This game from week ${compare.value}`, replay, fromWeek: Number(compare.value) }] : []),
  ];
  let panel = mountOddsPanel(host, columns());
  const remount = (): void => {
    panel.destroy();
    panel = mountOddsPanel(host, columns());
  };
  week.addEventListener('change', remount);
  compare.addEventListener('change', remount);
  const view = h('div', { class: 'odds-overlay', 'data-hook': 'debrief.odds.view', role: 'dialog', 'aria-label': 'Odds of this game' });
  closeView = (): void => {
    panel.destroy();
    view.remove();
    closeView = null;
  };
  const close = h('button', { 'data-hook': 'debrief.odds.close', onclick: () => closeView?.() }, 'Close');
  view.append(h('header', {}, h('h2', {}, 'Odds of this game'), h('label', {}, 'Play on from ', week), h('label', {}, 'beside ', compare), close), host);
  document.body.append(view);
}

/** The debrief side pane's section: the odds button, and the turning points with their run controls. */
export function debriefOddsSection(replay: Replay, end: GameState, seen: readonly LogEntry[]): HTMLElement[] {
  installOddsStyle();
  const runs = h('input', { type: 'number', min: 1, max: 1000, value: DEFAULT_TURNING_GAMES, 'data-hook': 'debrief.turning.runs', 'aria-label': 'Continuations a week' });
  const start = h('button', { 'data-hook': 'debrief.turning', 'data-tip': 'Play the game on from the start of every week and find the weeks that changed its odds most' }, 'Turning points');
  const progress = progressBar('debrief.turning.progress');
  const cancel = h('button', { class: 'small', 'data-hook': 'debrief.turning.cancel' }, 'Cancel');
  const status = h('div', { class: 'small-text muted', 'data-hook': 'debrief.turning.status', 'aria-live': 'polite' });
  const list = h('div', { 'data-hook': 'debrief.turning.list' });
  const busy = (on: boolean): void => {
    progress.el.hidden = !on;
    cancel.hidden = !on;
    start.disabled = on;
    runs.disabled = on;
  };
  const begin = (): Job | null => {
    const n = Number(runs.value);
    if (!Number.isInteger(n) || n < 1 || n > 1000) {
      status.textContent = `Continuations a week: a whole number from 1 to 1,000, not "${runs.value}".`;
      return null;
    }
    status.textContent = '';
    progress.set(0, n * (replay.turns.length + 1));
    const run = runTurningPoints({ replay, games: n, onProgress: (d, of) => progress.set(d, of) });
    const done = run.done.then(({ turning }) => {
      status.textContent = `Odds that the game ends as it did (${outcomePhrase(end, turning.luck, shortName)}), from ${n} continuations at the start of each week; the weeks that moved them most:`;
      list.replaceChildren(
        ...turning.points.slice(0, LISTED).map((t, i) =>
          h('div', { class: 'card small-text', 'data-hook': `debrief.turning.${i}`, 'data-week': t.week }, h('b', {}, turningHeadline(end, t)), h('div', { class: 'muted' }, scoreShiftText(end, t, shortName)), ...weekMoments(seen, t.week, end, end.calendar).map((m) => h('div', {}, m.text))),
        ),
      );
    });
    return { done, cancel: run.cancel };
  };
  wireJob(start, cancel, busy, begin, (message, cancelled) => (status.textContent = cancelled ? 'Cancelled.' : `The turning points could not be found: ${message}`));
  return [
    h('h3', {}, 'Odds and turning points'),
    h('div', { class: 'turning-controls' }, h('button', { 'data-hook': 'debrief.odds', 'data-tip': 'Play this game on many times from a week and see how else it could have ended', onclick: () => openOddsView(replay, end) }, 'Odds…'), start, h('label', { class: 'small-text' }, runs, ' a week')),
    h('div', { class: 'turning-controls' }, progress.el, cancel),
    status,
    list,
  ];
}
