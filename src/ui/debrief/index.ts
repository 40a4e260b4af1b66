// The class debrief (hot wash) on screen: the facilitator's console calls openClassDebrief with
// the class's record. Tabs show the boards compared, aims beside history, and for the chosen
// board its decisive region, ranked moments, timeline, what each team saw and the overrides.
// Exports: the printable HTML report, CSV of scores and of orders, and each board's replay, which
// also opens in the replay theatre.
import type { ClassRecord } from '../../net/class-record';
import { buildClassDebrief, type ClassDebrief } from '../../report/class-debrief';
import { classReportHtml } from '../../report/class-report';
import { ordersCsv, scoresCsv } from '../../report/csv';
import { esc } from '../../report/html-kit';
import { aimsSection, boardsSection, decisiveSection, momentsSection, overridesSection, pressSection, seenSection, timelineSection } from '../../report/report-sections';
import { shippedScenario } from '../../scenario/shipped';
import type { Replay } from '../../engine';
import { h } from '../dom';
import { Theatre } from '../theatre/theatre';
import { downloadText } from './download';
import { installDebriefStyle } from './style';

type Tab = 'boards' | 'aims' | 'decisive' | 'moments' | 'timeline' | 'seen' | 'overrides';
const TABS: readonly { tab: Tab; title: string; perBoard: boolean }[] = [
  { tab: 'boards', title: 'Boards compared', perBoard: false },
  { tab: 'aims', title: 'Aims and history', perBoard: false },
  { tab: 'decisive', title: 'Why it fell or held', perBoard: true },
  { tab: 'moments', title: 'Decisive moments', perBoard: true },
  { tab: 'timeline', title: 'Timeline', perBoard: true },
  { tab: 'seen', title: 'As you saw it', perBoard: true },
  { tab: 'overrides', title: 'Overrides and press', perBoard: true },
];

function sectionHtml(d: ClassDebrief, tab: Tab, board: number): string {
  const w = d.worlds[board];
  switch (tab) {
    case 'boards':
      return boardsSection(d);
    case 'aims':
      return `<h2>Aims, scores and history</h2><p>${esc(d.scenario.historicalOutcome.text)}</p>${aimsSection(d)}`;
    case 'decisive':
      return decisiveSection(w);
    case 'moments':
      return momentsSection(w);
    case 'timeline':
      return timelineSection(w);
    case 'seen':
      return seenSection(w);
    case 'overrides':
      return overridesSection(w) + pressSection(w);
  }
}

/** Keeps the board in this browser's theatre and opens the theatre on it in a new tab (the console stays). */
function openInTheatreTab(replay: Replay, label: string): void {
  const id = Theatre.load().add(replay, label);
  window.open(`${location.pathname}?theatre=${id}`, '_blank');
}

const fileStem = (d: ClassDebrief): string => `karabakh-class-${d.code.replace(/[^A-Za-z0-9-]/g, '') || 'record'}`;

function exportBar(d: ClassDebrief, close: () => void): HTMLElement {
  const stem = fileStem(d);
  return h(
    'div',
    { class: 'bar' },
    h('button', { 'data-hook': 'debrief.export.html', 'data-tip': 'A report that prints well (no scripts needed)', onclick: () => downloadText(`${stem}.report.html`, classReportHtml(d), 'text/html') }, 'Export report (HTML)'),
    h('button', { 'data-hook': 'debrief.export.csv', 'data-tip': 'Scores per board and actor, with history', onclick: () => downloadText(`${stem}.scores.csv`, scoresCsv(d), 'text/csv') }, 'Scores (CSV)'),
    h('button', { 'data-hook': 'debrief.export.orders', 'data-tip': 'Every order: one row per turn, actor and order', onclick: () => downloadText(`${stem}.orders.csv`, ordersCsv(d), 'text/csv') }, 'Orders (CSV)'),
    ...d.worlds.map((w, i) =>
      h('button', { 'data-hook': `debrief.export.replay.${i + 1}`, 'data-tip': 'npm run replay verifies it', onclick: () => downloadText(`${stem}.board-${i + 1}.replay.json`, JSON.stringify(w.world.replay, null, 1), 'application/json') }, `Replay: ${w.name}`),
    ),
    ...d.worlds.map((w, i) =>
      h('button', { 'data-hook': `debrief.theatre.${i + 1}`, 'data-tip': 'Open this board in the replay theatre, in a new tab: week by week from any team\u2019s view, branch it, compare', onclick: () => openInTheatreTab(w.world.replay, `${d.code} ${w.name}`) }, `Theatre: ${w.name}`),
    ),
    h('span', { class: 'grow' }),
    h('button', { 'data-hook': 'debrief.close', onclick: close }, 'Close'),
  );
}

/**
 * Opens the class debrief over `container` (the page's body by default) and returns its root
 * element (automation id `debrief.class.view`; the console's button that opens it is `debrief.class`). A record that cannot be rebuilt shows why instead.
 */
export function openClassDebrief(record: ClassRecord, container: HTMLElement = document.body): HTMLElement {
  installDebriefStyle();
  container.querySelector('[data-hook="debrief.class.view"]')?.remove();
  const root = h('div', { class: 'class-debrief report', 'data-hook': 'debrief.class.view', role: 'dialog', 'aria-label': 'Class debrief' });
  const close = (): void => root.remove();
  container.append(root);
  const built = buildClassDebrief(record, shippedScenario);
  if ('error' in built) {
    root.append(h('h1', {}, 'Class debrief'), h('p', { class: 'unmet' }, `This record cannot be debriefed: ${built.error}`), h('button', { 'data-hook': 'debrief.close', onclick: close }, 'Close'));
    return root;
  }
  const d = built;
  let tab: Tab = 'boards';
  let board = 0;
  const tabs = h('div', { class: 'bar tabs' });
  const boards = h('div', { class: 'bar' });
  const body = h('div', { 'data-hook': 'debrief.body' });
  const render = (): void => {
    tabs.replaceChildren(...TABS.map((t) => h('button', { class: t.tab === tab ? 'on' : '', 'data-hook': `debrief.tab.${t.tab}`, onclick: () => ((tab = t.tab), render()) }, t.title)));
    const perBoard = TABS.find((t) => t.tab === tab)!.perBoard;
    boards.hidden = !perBoard || d.worlds.length < 2;
    boards.replaceChildren(...d.worlds.map((w, i) => h('button', { class: i === board ? 'on' : '', 'data-hook': `debrief.board.${i + 1}`, onclick: () => ((board = i), render()) }, w.name)));
    body.innerHTML = sectionHtml(d, tab, board);
  };
  const failures = d.failures.map((f) => h('p', { class: 'unmet' }, `${f.name} could not be rebuilt: ${f.message}`));
  root.append(h('h1', {}, `Class debrief — ${d.scenario.title}`), h('p', { class: 'muted' }, `Class ${d.code}: ${d.worlds.length} board${d.worlds.length === 1 ? '' : 's'}.`), ...failures, exportBar(d, close), tabs, boards, body);
  render();
  return root;
}
