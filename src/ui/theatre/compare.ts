// Compare: the shown timeline beside another (its parent, its first branch, or one picked from the
// list), over the board and the side panel: who holds each region at the shown week (regions held
// differently outlined), the scores there, and the casualties week by week.
import { regionDisplays } from '../board-model';
import { h } from '../dom';
import { labelLines, shortName } from '../format';
import { layoutBoard } from '../map-layout';
import { cssColour } from '../palette';
import { compare, type Comparison } from './compare-model';
import { TRUTH, type TheatreGame } from './model';
import { timelineSelect } from './side';
import type { Theatre, TheatreOverlay } from './theatre';
import { comparedWith } from './tree';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Board units around the cells in a comparison's map, and between the lines of a region's name. */
const FRAME = 12;
const LINE = 22;

/** The regions coloured by who holds them at the week; those held differently in the other timeline outlined. */
function controlMap(g: TheatreGame, week: number, differ: ReadonlySet<string>, hook: string): SVGElement {
  const view = g.view(week, TRUTH);
  const layout = layoutBoard(view.regionOrder.map((id) => ({ id, lat: view.regions[id].lat, lon: view.regions[id].lon })));
  // Framed on the cells, not the whole board, so the two maps are as large as their columns allow.
  const points = Object.values(layout.cells).flatMap((c) => c.polygon);
  const x0 = Math.min(...points.map((p) => p.x)) - FRAME;
  const y0 = Math.min(...points.map((p) => p.y)) - FRAME;
  const width = Math.max(...points.map((p) => p.x)) + FRAME - x0;
  const height = Math.max(...points.map((p) => p.y)) + FRAME - y0;
  const root = svg('svg', { viewBox: points.length === 0 ? `0 0 ${layout.width} ${layout.height}` : `${x0} ${y0} ${width} ${height}`, class: 'compare-map', 'data-hook': hook, role: 'img', 'aria-label': 'Who holds each region' });
  // Regions held otherwise last, so that no neighbour covers their outline.
  const displays = regionDisplays(view).sort((x, y) => Number(differ.has(x.id)) - Number(differ.has(y.id)));
  for (const d of displays) {
    const cell = layout.cells[d.id];
    if (!cell) continue;
    const poly = svg('polygon', { points: cell.polygon.map((p) => `${p.x},${p.y}`).join(' '), fill: cssColour(d.fill), stroke: differ.has(d.id) ? '#ffffff' : cssColour(d.edge), 'stroke-width': differ.has(d.id) ? 7 : 2 });
    const title = svg('title', {});
    title.textContent = `${d.name}: ${d.controller === null ? 'no one' : view.actors[d.controller]?.name ?? d.controller}${differ.has(d.id) ? ' (held otherwise in the other timeline)' : ''}`;
    poly.append(title);
    root.append(poly);
  }
  // Names last, above every cell, outlined so they read on any fill.
  for (const d of displays) {
    const cell = layout.cells[d.id];
    if (!cell) continue;
    const lines = labelLines(shortName(d.name));
    const label = svg('text', { x: cell.centre.x, y: cell.centre.y + 8 - ((lines.length - 1) * LINE) / 2, 'text-anchor': 'middle', 'font-size': 22, 'font-weight': 700, fill: '#ffffff', stroke: '#000000', 'stroke-width': 5, 'paint-order': 'stroke' });
    lines.forEach((line, i) => {
      const span = svg('tspan', { x: cell.centre.x, dy: i === 0 ? 0 : LINE });
      span.textContent = line;
      label.append(span);
    });
    root.append(label);
  }
  return root;
}

/** Casualties by week: one line per timeline (the other dashed). */
function casualtyChart(c: Comparison): SVGElement {
  const W = 520;
  const H = 190;
  const pad = 64;
  const max = Math.max(1, ...c.casualties.flatMap((r) => [r.a ?? 0, r.b ?? 0]));
  const n = Math.max(1, c.casualties.length - 1);
  const X = (w: number) => pad + ((W - pad - 8) * w) / n;
  const Y = (v: number) => H - 30 - ((H - 44) * v) / max;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'compare-chart', 'data-hook': 'compare.chart', role: 'img', 'aria-label': 'Casualties by week' });
  root.append(svg('line', { x1: pad, y1: Y(0), x2: W - 8, y2: Y(0), stroke: '#3a4350' }));
  const axis = (x: number, y: number, text: string, anchor: string) => {
    const t = svg('text', { x, y, fill: '#c3cad4', 'font-size': 18, 'text-anchor': anchor });
    t.textContent = text;
    root.append(t);
  };
  axis(pad - 6, Y(max) + 6, `${max}`, 'end');
  axis(pad - 6, Y(0) + 6, '0', 'end');
  axis(X(0), H - 6, 'start', 'start');
  axis(X(n), H - 6, `week ${n}`, 'end');
  for (const [key, colour, dash] of [['a', '#56b4e9', ''], ['b', '#e69f00', '6 4']] as const) {
    const pts = c.casualties.filter((r) => r[key] !== null).map((r) => `${X(r.week)},${Y(r[key]!)}`);
    root.append(svg('polyline', { points: pts.join(' '), fill: 'none', stroke: colour, 'stroke-width': 4, 'stroke-dasharray': dash }));
  }
  return root;
}

/**
 * Opens the comparison over `parent` (it says so when there is nothing to compare with); `refresh`
 * follows the week and the timeline shown. `show` switches the timeline shown (the left-hand one),
 * as the tree in the side panel the comparison covers does.
 */
export function openCompare(parent: HTMLElement, t: Theatre, closed: () => void, show: (id: string) => void): TheatreOverlay {
  const root = h('div', { class: 'theatre-overlay', 'data-hook': 'compare.view', role: 'dialog', 'aria-label': 'Compare timelines' });
  const close = () => {
    root.remove();
    closed();
  };
  let other = comparedWith(t.tree, t.selected ?? '')?.id ?? null;
  const render = () => {
    // Another timeline shown since: compare it with its own partner, never with itself.
    if (other === t.selected) other = comparedWith(t.tree, t.selected ?? '')?.id ?? null;
    const a = t.timeline();
    const b = t.timeline(other);
    const ga = t.game();
    const gb = t.game(other);
    const head = h('div', { class: 'overlay-head' }, h('h2', {}, 'Compare timelines'), h('span', { class: 'grow' }), h('button', { 'data-hook': 'compare.close', onclick: close }, 'Close'));
    if (!a || !b || !ga.ok || !gb.ok) {
      root.replaceChildren(head, h('p', {}, 'There is only one timeline to compare. Branch from a week (Branch\u2026) and play on, or open another replay of the same scenario.'));
      return;
    }
    const c = compare(ga.game, gb.game, t.week);
    const differ = new Set(c.control.map((d) => d.region));
    const pick = timelineSelect('compare.other', 'Compare with', t.tree.filter((x) => x.id !== a.id), b.id, (id) => ((other = id), render()));
    const shown = timelineSelect('compare.shown', 'Timeline shown', t.tree, a.id, show);
    const column = (label: string, g: TheatreGame, week: number, hook: string, colour: string) =>
      h('div', { class: 'compare-col' }, h('h3', {}, h('span', { class: 'swatch', style: `background:${colour};margin-right:6px` }), `${label} \u00b7 week ${week}`), controlMap(g, week, differ, hook));
    const view = ga.game.view(c.weekA, TRUTH);
    const name = (x: string | null) => (x === null ? 'no one' : shortName(view.actors[x]?.name ?? x));
    root.replaceChildren(
      head,
      h('div', { class: 'compare-pick' }, shown, ' beside ', pick, h('span', { class: 'muted' }, ` \u00b7 at week ${t.week} (step with \u2190 \u2192)`)),
      h('div', { class: 'compare-cols' }, column(a.label, ga.game, c.weekA, 'compare.map.a', '#56b4e9'), column(b.label, gb.game, c.weekB, 'compare.map.b', '#e69f00')),
      h('p', { 'data-hook': 'compare.control' }, c.control.length === 0 ? 'Every region is held by the same side in both.' : `Held otherwise (outlined): ${c.control.map((d) => `${view.regions[d.region]?.name ?? d.region} (${name(d.a)} / ${name(d.b)})`).join('; ')}.`),
      h('div', { class: 'compare-cols' },
        h('div', { class: 'compare-col' }, h('h3', {}, 'Scores (aims met)'), h('table', { class: 'fig', 'data-hook': 'compare.scores' }, h('tr', {}, h('th', {}, 'Actor'), h('th', { class: 'n' }, a.label), h('th', { class: 'n' }, b.label)), ...c.scores.map((r) => h('tr', {}, h('td', {}, name(r.actor)), h('td', { class: 'n' }, `${r.a} / ${r.max}`), h('td', { class: 'n' }, `${r.b} / ${r.max}`))))),
        h('div', { class: 'compare-col' }, h('h3', {}, 'Casualties by week (all sides)'), casualtyChart(c), h('table', { class: 'fig compare-casualties', 'data-hook': 'compare.casualties' }, h('tr', {}, h('th', {}, 'Week'), ...c.casualties.map((r) => h('th', { class: 'n' }, r.week === 0 ? '0' : `${r.week}`))), h('tr', {}, h('td', {}, a.label), ...c.casualties.map((r) => h('td', { class: 'n' }, r.a ?? '\u2013'))), h('tr', {}, h('td', {}, b.label), ...c.casualties.map((r) => h('td', { class: 'n' }, r.b ?? '\u2013'))))),
      ),
    );
  };
  render();
  parent.append(root);
  return { close, refresh: render };
}
