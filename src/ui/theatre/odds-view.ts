// The odds over the board and the side panel: the odds panel (src/ui/odds/panel.ts) mounted for the
// timeline shown from the week shown and, when that timeline is a branch, for the game it was
// branched from beside it.
import { h } from '../dom';
import { mountOddsPanel, type OddsColumn } from '../odds/panel';
import { timelineSelect } from './side';
import type { Theatre, TheatreOverlay } from './theatre';
import { finalHash } from './tree';

/**
 * The columns the odds panel shows for the theatre as it stands. They play on from the position
 * shown: the board after week N is where week N + 1 begins (at the start, week 1), so the odds and
 * the board show the same date. A branch is drawn beside the game it was branched from, both from
 * the same week, never before the branch's own first week (before it the two are one game); the
 * game as played from its last position if it ended sooner.
 */
export function oddsColumns(t: Theatre): OddsColumn[] {
  const tl = t.timeline();
  if (!tl) return [];
  const parent = tl.replay.branch ? t.timeline(tl.parent) : null;
  if (!parent || !tl.replay.branch) return [{ label: tl.label, replay: tl.replay, fromWeek: t.week + 1 }];
  const from = Math.max(tl.replay.branch.week, t.week) + 1;
  return [
    { label: `${parent.label} (as played)`, replay: parent.replay, fromWeek: Math.min(from, parent.replay.turns.length + 1) },
    { label: tl.label, replay: tl.replay, fromWeek: from },
  ];
}

/**
 * Opens the odds over `parent`; `refresh` follows the week and the timeline shown. `show` switches
 * the timeline shown, as the tree in the side panel the odds cover does: a branch's odds are drawn
 * beside the game it was branched from, any other timeline's alone.
 */
export function openOdds(parent: HTMLElement, t: Theatre, closed: () => void, show: (id: string) => void): TheatreOverlay {
  const body = h('div', { class: 'odds-mount' });
  const pick = h('span', {});
  let panel: { destroy(): void } | null = null;
  const close = () => {
    panel?.destroy();
    root.remove();
    closed();
  };
  const root = h(
    'div',
    { class: 'theatre-overlay', 'data-hook': 'odds.view', role: 'dialog', 'aria-label': 'Odds' },
    h('div', { class: 'overlay-head' }, h('h2', {}, 'Odds'), pick, h('span', { class: 'grow' }), h('button', { 'data-hook': 'odds.close', onclick: close }, 'Close')),
    body,
  );
  parent.append(root);
  // The odds start from the week shown: another week (or timeline), another panel; the same, the same panel.
  let shown = '';
  const mount = () => {
    const columns = oddsColumns(t);
    pick.replaceChildren(h('label', { class: 'odds-shown' }, 'of ', timelineSelect('odds.shown', 'Timeline shown', t.tree, t.timeline()?.id ?? null, show)));
    const key = columns.map((c) => `${c.label}|${c.fromWeek}|${finalHash(c.replay)}`).join('\n');
    if (key === shown) return;
    shown = key;
    panel?.destroy();
    body.replaceChildren();
    panel = mountOddsPanel(body, columns);
  };
  mount();
  return { close, refresh: mount };
}
