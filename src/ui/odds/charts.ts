// The odds drawn as plain HTML: stacked bars of who holds each region at the end, a histogram of
// the war's length, bars of how the war ended and of the treaties in force, and each actor's score
// as a range (whole range, middle half, mean) with the game's own score marked. Scales are shared
// between the columns drawn side by side, so the same width means the same figure.
import type { BatchOdds } from '../../analysis/odds';
import type { GameSummary } from '../../analysis/summary';
import type { ActorId, GameState, RegionId } from '../../engine';
import { h } from '../dom';
import { shortName } from '../format';
import { actorColour, cssColour } from '../palette';

/** What one column draws: the odds of its continuations, named from its game's state. */
export interface ColumnFigures {
  readonly odds: BatchOdds;
  readonly games: readonly GameSummary[];
  /** The game's last position, for names (and its outcome when the game is over). */
  readonly end: GameState;
  /** The game's own outcome, when it is over. */
  readonly actual: GameSummary | null;
}

/** What the columns share: the rows and the scales. */
export interface ChartScales {
  readonly regions: readonly RegionId[];
  readonly actors: readonly ActorId[];
  readonly scoreMax: Readonly<Record<ActorId, number>>;
  readonly weeks: number;
}

const actorName = (s: GameState, a: string): string => (a === 'none' ? 'no one' : shortName(s.actors[a]?.name ?? a));
const regionName = (s: GameState, r: string): string => shortName(s.regions[r]?.name ?? r);
const swatch = (a: string): string => cssColour(actorColour(a === 'none' ? null : a));

function section(title: string, ...rows: HTMLElement[]): HTMLElement {
  return h('section', { class: 'odds-sec' }, h('h4', {}, title), ...rows);
}

function controlRows(f: ColumnFigures, regions: readonly RegionId[]): HTMLElement[] {
  return regions.map((r) => {
    const shares = Object.entries(f.odds.control[r] ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = shares[0];
    const held = f.actual ? f.actual.control[r] ?? 'none' : null;
    const tip = shares.map(([a, p]) => `${actorName(f.end, a)} ${p}%`).join(', ');
    return h(
      'div',
      { class: 'odds-row', 'data-tip': `${regionName(f.end, r)}: ${tip}${held ? `; in this game ${actorName(f.end, held)}` : ''}` },
      h('span', { class: 'odds-name' }, regionName(f.end, r)),
      h('span', { class: 'odds-stack' }, ...shares.map(([a, p]) => h('span', { class: held === a ? 'held' : '', style: `width:${p}%;background:${swatch(a)}` }))),
      h('span', { class: 'odds-val' }, top ? `${shortName(actorName(f.end, top[0])).slice(0, 10)} ${Math.round(top[1])}%` : '—'),
    );
  });
}

function legend(f: ColumnFigures, actors: readonly string[]): HTMLElement {
  return h('div', { class: 'odds-legend' }, ...actors.map((a) => h('span', {}, h('span', { class: 'swatch', style: `background:${swatch(a)}` }), actorName(f.end, a))), h('span', { class: 'muted' }, '▮ outlined: this game'));
}

function lengthHistogram(f: ColumnFigures, weeks: number): HTMLElement {
  const n = Math.max(1, f.games.length);
  const share = (w: number): number => Math.round(((f.odds.warLength.histogram[String(w)] ?? 0) * 1000) / n) / 10;
  const top = Math.max(1, ...Array.from({ length: weeks }, (_, i) => share(i + 1)));
  const bars = Array.from({ length: weeks }, (_, i) => {
    const w = i + 1;
    const p = share(w);
    return h(
      'div',
      { class: `odds-col${f.actual?.warLength === w ? ' held' : ''}`, 'data-tip': `${p}% of games: a war of ${w} week${w === 1 ? '' : 's'}` },
      h('span', { class: 'odds-colval' }, p > 0 ? `${Math.round(p)}` : ''),
      h('span', { class: 'odds-colbar', style: `height:${(p * 80) / top}%` }),
      h('span', { class: 'odds-collab' }, String(w)),
    );
  });
  return h('div', {}, h('div', { class: 'odds-hist' }, ...bars), h('div', { class: 'muted small-text' }, `weeks of war (% of games) · mean ${f.odds.warLength.mean}, median ${f.odds.warLength.median}`));
}

function shareBars(shares: Record<string, number>, label: (k: string) => string, mark: (k: string) => boolean): HTMLElement[] {
  return Object.entries(shares)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, p]) => h('div', { class: 'odds-row' }, h('span', { class: 'odds-name' }, label(k)), h('span', { class: 'odds-track' }, h('span', { class: mark(k) ? 'odds-fill held' : 'odds-fill', style: `width:${p}%` })), h('span', { class: 'odds-val' }, `${p}%`)));
}

const WAR_END: Readonly<Record<string, string>> = { settlement: 'Settlement', collapse: 'Collapse', none: 'Still at war' };

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))];
}

function scoreRows(f: ColumnFigures, actors: readonly ActorId[], max: Readonly<Record<ActorId, number>>): HTMLElement[] {
  return actors.map((a) => {
    const values = f.games.map((g) => g.scores[a] ?? 0).sort((x, y) => x - y);
    const top = Math.max(1, max[a]);
    const at = (v: number): string => `${(v * 100) / top}%`;
    const [lo, q1, q3, hi] = [0, 0.25, 0.75, 1].map((q) => quantile(values, q));
    const mean = f.odds.meanScore[a] ?? 0;
    const own = f.actual?.scores[a];
    return h(
      'div',
      { class: 'odds-row', 'data-tip': `${actorName(f.end, a)}: from ${lo} to ${hi}, middle half ${q1}–${q3}, mean ${mean}${own === undefined ? '' : `; this game ${own}`}` },
      h('span', { class: 'odds-name' }, actorName(f.end, a)),
      h(
        'span',
        { class: 'odds-track score' },
        h('span', { class: 'range', style: `left:${at(lo)};width:${at(hi - lo)}` }),
        h('span', { class: 'iqr', style: `left:${at(q1)};width:${at(q3 - q1)};background:${swatch(a)}` }),
        h('span', { class: 'mean', style: `left:${at(mean)}` }),
        own === undefined ? null : h('span', { class: 'own', style: `left:${at(own)}` }),
      ),
      h('span', { class: 'odds-val' }, `${Math.round(mean)}${own === undefined ? '' : ` · ${own}`}`),
    );
  });
}

/** One column's charts. */
export function columnCharts(f: ColumnFigures, scales: ChartScales): HTMLElement[] {
  const holders = [...new Set(scales.regions.flatMap((r) => Object.keys(f.odds.control[r] ?? {})))].sort();
  return [
    section('Who holds each region at the end', ...controlRows(f, scales.regions), legend(f, holders)),
    section('How long the war lasts', lengthHistogram(f, scales.weeks)),
    section('How the war ends', ...shareBars(f.odds.warEnd, (k) => WAR_END[k] ?? k, (k) => f.actual?.warEnd === k)),
    section(
      'Settlement terms in force at the end',
      ...(Object.keys(f.odds.treaties).length === 0 ? [h('div', { class: 'muted small-text' }, 'none in any game')] : shareBars(f.odds.treaties, (k) => k.replace(/-/g, ' '), (k) => f.actual?.treaties.some((t) => t.kind === k) ?? false)),
    ),
    section('Scores', ...scoreRows(f, scales.actors, scales.scoreMax), h('div', { class: 'muted small-text' }, `line: all games · box: middle half · white tick: mean${f.actual ? ' · ◆ this game' : ''} (value: mean${f.actual ? ' · this game' : ''})`)),
  ];
}
