// The News tab: what happened to the player's side and the decisive events first (captures,
// treaties and breaches, a war opened), then the rest of the week behind a count.
import { h } from '../dom';
import { rankNews, type NewsItem } from '../news';
import type { Play } from '../play';
import type { SideActions, SideState } from './side';

export function newsCard(it: NewsItem, hook: string): HTMLElement {
  return h(
    'div',
    { class: `news ${it.tone}`, 'data-hook': hook },
    h('div', {}, it.headline),
    ...it.details.map((d) => h('div', { class: 'd' }, d)),
    it.cause ? h('div', { class: 'why' }, `Why: ${it.cause}`) : null,
  );
}

export function newsPane(pane: HTMLElement, s: Play, st: SideState, act: SideActions): void {
  const view = s.view();
  pane.append(
    h(
      'div',
      { style: 'display:flex;align-items:center;gap:8px' },
      h('h3', { style: 'flex:1' }, view.turn === 0 ? 'News' : `News of turn ${view.turn}`),
      h('button', { class: 'small', 'data-hook': 'news.stats', onclick: act.toggleStats }, st.showStats ? 'Hide figures' : 'Show all figures'),
    ),
  );
  const { top, rest } = rankNews(s.lastTurnLog(), s.commanded(), { includeStats: st.showStats });
  if (top.length + rest.length === 0) pane.append(h('div', { class: 'muted' }, view.turn === 0 ? 'The war has not begun its first week. Give your orders and end the turn.' : 'A quiet week.'));
  const list = h('div', { 'data-hook': 'news.list' });
  top.forEach((it, i) => list.append(newsCard(it, `news.${i}`)));
  if (top.length === 0 && rest.length > 0) list.append(h('div', { class: 'muted small-text' }, 'Nothing this week touched your side directly.'));
  if (rest.length > 0) {
    const open = st.newsMore === true;
    list.append(
      h(
        'button',
        {
          class: 'small more',
          'data-hook': 'news.more',
          onclick: () => {
            st.newsMore = !open;
            act.refresh();
          },
        },
        open ? `Hide the other ${rest.length}` : `${rest.length} more this week\u2026`,
      ),
    );
    if (open) rest.forEach((it, i) => list.append(newsCard(it, `news.${top.length + i}`)));
  }
  pane.append(list);
}
