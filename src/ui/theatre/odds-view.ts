// The odds over the board and the side panel: the odds panel (src/ui/odds/panel.ts) mounted for the
// game as played from the shown week and, when the shown timeline is a branch, for the branch
// beside it.
import { h } from '../dom';
import { mountOddsPanel, type OddsColumn } from '../odds/panel';
import type { Theatre, TheatreOverlay } from './theatre';
import { finalHash } from './tree';

/** The columns the odds panel shows for the theatre as it stands. */
export function oddsColumns(t: Theatre): OddsColumn[] {
  const tl = t.timeline();
  if (!tl) return [];
  const parent = tl.replay.branch ? t.timeline(tl.parent) : null;
  if (!parent || !tl.replay.branch) return [{ label: tl.label, replay: tl.replay, fromWeek: t.week }];
  const from = tl.replay.branch.week;
  return [
    { label: `${parent.label} (as played)`, replay: parent.replay, fromWeek: from },
    { label: tl.label, replay: tl.replay, fromWeek: from },
  ];
}

export function openOdds(parent: HTMLElement, t: Theatre, closed: () => void): TheatreOverlay {
  const body = h('div', { class: 'odds-mount' });
  let panel: { destroy(): void } | null = null;
  const close = () => {
    panel?.destroy();
    root.remove();
    closed();
  };
  const root = h(
    'div',
    { class: 'theatre-overlay', 'data-hook': 'odds.view', role: 'dialog', 'aria-label': 'Odds' },
    h('div', { class: 'overlay-head' }, h('h2', {}, 'Odds'), h('span', { class: 'grow' }), h('button', { 'data-hook': 'odds.close', onclick: close }, 'Close')),
    body,
  );
  parent.append(root);
  // The odds start from the week shown: another week (or timeline), another panel; the same, the same panel.
  let shown = '';
  const mount = () => {
    const columns = oddsColumns(t);
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
