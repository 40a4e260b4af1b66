// The theatre's side panel: the tree of timelines, whose eyes the board is seen through, what that
// side knew (estimates, the support links it knew of), the week's news with its rolls, and the
// buttons to branch, compare and see the odds.
import type { View } from '../../engine';
import { h } from '../dom';
import { shortName } from '../format';
import { actorColour, cssColour } from '../palette';
import { newsCard } from '../panels/news-pane';
import { TRUTH, type Perspective } from './model';
import type { Theatre } from './theatre';
import type { Timeline } from './tree';

/** A choice of timeline, for the views over the tree (compare, odds): `pick` gets the id chosen. */
export function timelineSelect(hook: string, label: string, timelines: readonly Timeline[], selected: string | null, pick: (id: string) => void): HTMLSelectElement {
  return h('select', { 'data-hook': hook, 'aria-label': label, onchange: (e: Event) => pick((e.target as HTMLSelectElement).value) }, ...timelines.map((x) => h('option', { value: x.id, selected: x.id === selected }, x.label)));
}

export interface TheatreSideActions {
  timeline(id: string): void;
  perspective(p: Perspective): void;
  branch(): void;
  compare(): void;
  odds(): void;
  file(): void;
}

function nameOf(view: View, p: Perspective): string {
  return p === TRUTH ? 'The truth' : shortName(view.actors[p]?.name ?? p);
}

/** The support links a perspective knew of, one line per patron and client: how many packages of each kind, how many covert. */
function linkLines(view: View): { key: string; text: string; covert: number; exposed: number }[] {
  const who = (a: string) => shortName(view.actors[a]?.name ?? a);
  const lines = new Map<string, { key: string; text: string; kinds: Map<string, number>; covert: number; exposed: number }>();
  for (const l of view.links) {
    if (!l.active) continue;
    const key = `${l.patron}.${l.client}`;
    const line = lines.get(key) ?? { key, text: `${who(l.patron)} \u2192 ${who(l.client)}`, kinds: new Map(), covert: 0, exposed: 0 };
    line.kinds.set(l.package, (line.kinds.get(l.package) ?? 0) + 1);
    if (l.covert) line[l.exposed ? 'exposed' : 'covert'] += 1;
    lines.set(key, line);
  }
  return [...lines.values()].map((l) => ({ ...l, text: `${l.text}: ${[...l.kinds].map(([k, n]) => (n > 1 ? `${k} \u00d7${n}` : k)).join(', ')}` }));
}

/** What the perspective knew beyond the map: how many forces it only estimated, and the support links it knew of. */
function knowledge(view: View, p: Perspective): HTMLElement {
  const estimates = Object.values(view.regions).reduce((n, r) => n + r.forces.filter((f) => f.estimate).length, 0);
  const lines = linkLines(view);
  return h(
    'div',
    { class: 'card small-text', 'data-hook': 'theatre.knew' },
    h('div', {}, p === TRUTH ? 'Every force exactly, every support link, covert or not.' : estimates > 0 ? `${estimates} of the forces on the map are its estimates (~), the rest its own side's, exactly. The support links it knew of:` : 'It saw every force on the map exactly. The support links it knew of:'),
    h(
      'ul',
      { class: 'theatre-links', 'data-hook': 'theatre.links' },
      ...lines.map((l) =>
        h('li', { 'data-hook': `theatre.link.${l.key}` }, l.text, l.covert > 0 ? h('span', { class: 'covert' }, ` (${l.covert} covert)`) : '', l.exposed > 0 ? h('span', { class: 'muted' }, ` (${l.exposed} covert, exposed)`) : ''),
      ),
    ),
    lines.length === 0 ? h('div', { class: 'muted' }, 'No support links it knew of.') : null,
  );
}

export function renderTheatreSide(root: HTMLElement, t: Theatre, act: TheatreSideActions): void {
  const pane = h('div', { class: 'pane' });
  const listed = t.listed();
  if (listed.length === 0) {
    pane.append(
      h('h3', {}, 'Replay theatre'),
      h('p', {}, 'Step through a game week by week, from any side or as it truly was; branch from any week and play on; compare two timelines.'),
      h('p', { class: 'muted' }, 'Open a replay file (Export replay on a debrief saves one), or open a game from its debrief or from a shared link.'),
      h('button', { class: 'primary', 'data-hook': 'theatre.empty.file', onclick: act.file }, 'Open a replay file\u2026'),
    );
    root.replaceChildren(pane);
    return;
  }
  pane.append(
    h('h3', {}, 'Timelines'),
    h(
      'div',
      { class: 'theatre-tree', 'data-hook': 'theatre.tree' },
      ...listed.map(({ timeline: tl, depth, index }) =>
        h(
          'button',
          { class: tl.id === t.selected ? 'on' : '', style: `margin-left:${depth * 16}px`, 'data-hook': `theatre.timeline.${index}`, 'data-tip': tl.replay.branch ? `Branched at week ${tl.replay.branch.week}` : 'A game opened in the theatre', onclick: () => act.timeline(tl.id) },
          depth > 0 ? '\u2514 ' : '',
          tl.label,
          h('span', { class: 'muted' }, ` \u00b7 ${tl.replay.turns.length} wk`),
        ),
      ),
    ),
  );
  const g = t.game();
  if (!g.ok) {
    pane.append(h('p', { class: 'error', role: 'alert' }, `This timeline cannot be shown: ${g.message}`));
    root.replaceChildren(pane);
    return;
  }
  const view = t.view()!;
  pane.append(
    h('h3', {}, 'Seen by'),
    h(
      'div',
      { class: 'theatre-perspectives', 'data-hook': 'theatre.perspectives' },
      ...g.game.perspectives().map((p) =>
        h(
          'button',
          { class: `small${p === t.perspective ? ' on' : ''}`, 'data-hook': `theatre.perspective.${p}`, 'aria-pressed': p === t.perspective ? 'true' : 'false', onclick: () => act.perspective(p) },
          p === TRUTH ? '' : h('span', { class: 'swatch', style: `background:${cssColour(actorColour(p))};margin-right:4px` }),
          nameOf(view, p),
        ),
      ),
    ),
    h('h3', {}, t.week === 0 ? 'The news' : `The news of week ${t.week}${t.perspective === TRUTH ? '' : `, as ${nameOf(view, t.perspective)} read it`}`),
  );
  const news = g.game.news(t.week, t.perspective);
  const list = h('div', { 'data-hook': 'theatre.news' }, ...news.map((it, i) => newsCard(it, `theatre.news.${i}`)));
  if (news.length === 0) list.append(h('div', { class: 'muted' }, t.week === 0 ? 'The opening: nothing has happened yet. Step to week 1 (\u2192).' : 'Nothing this side could read this week.'));
  pane.append(list, h('h3', {}, t.perspective === TRUTH ? 'What really was' : `What ${nameOf(view, t.perspective)} knew`), knowledge(view, t.perspective));
  const bar = h(
    'div',
    { class: 'bar' },
    h('button', { class: 'primary', 'data-hook': 'theatre.branch', 'data-tip': 'Take one actor or several from this week and play on (the computer plays the rest)', onclick: act.branch }, `Branch at week ${t.week}\u2026`),
    h('button', { 'data-hook': 'theatre.compare', 'data-tip': 'This timeline beside another: control, scores and casualties by week', onclick: act.compare }, 'Compare'),
    h('button', { 'data-hook': 'theatre.odds', 'data-tip': 'The odds from this week: the game as played and, for a branch, the branch beside it', onclick: act.odds }, 'Odds'),
  );
  root.replaceChildren(pane, bar);
}
