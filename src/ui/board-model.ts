// View -> what the board draws: fills, labels, counters, arrows, support flows, legend.
// Pure (no Phaser), so it is unit-tested in Node.
import type { Infrastructure, Order, View } from '../engine';
import { counterLabel, forceBreakdown, shortName, strength } from './format';
import type { BoardLayout, Point } from './map-layout';
import { actorColour, mix, THEME } from './palette';

export interface Counter {
  readonly actor: string;
  readonly colour: number;
  readonly text: string;
  readonly estimate: boolean;
  readonly tip: string;
}

export interface RegionDisplay {
  readonly id: string;
  readonly name: string;
  readonly controller: string | null;
  readonly fill: number;
  readonly edge: number;
  readonly counters: readonly Counter[];
  readonly icons: readonly Infrastructure[];
}

export interface Arrow {
  readonly from: Point;
  readonly to: Point;
  readonly style: 'attack' | 'move' | 'strike' | 'support-overt' | 'support-covert';
  readonly colour: number;
  readonly label: string;
}

export interface PatronChip {
  readonly actor: string;
  readonly name: string;
  readonly at: Point;
  readonly colour: number;
}

/** Muted fill: the controller's colour mixed toward the background so labels stay legible. */
function regionFill(controller: string | null): number {
  return controller === null ? mix(THEME.neutral, THEME.background, 0.35) : mix(actorColour(controller), THEME.background, 0.38);
}

export function regionDisplays(view: View): RegionDisplay[] {
  return view.regionOrder.map((id) => {
    const r = view.regions[id];
    const counters = r.forces
      .filter((s) => strength(s.forces) > 0)
      .map((s) => ({
        actor: s.actor,
        colour: actorColour(s.actor),
        text: counterLabel(s),
        estimate: s.estimate,
        tip: `${view.actors[s.actor]?.name ?? s.actor}${s.estimate ? ' (estimate)' : ''}: ${forceBreakdown(s.forces, s.estimate)}`,
      }));
    return {
      id,
      name: r.name,
      controller: r.controller,
      fill: regionFill(r.controller),
      edge: r.controller === null ? THEME.neutral : actorColour(r.controller),
      counters,
      icons: r.infrastructure,
    };
  });
}

function shorten(a: Point, b: Point, byStart: number, byEnd: number): { from: Point; to: Point } {
  const d = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / d;
  const uy = (b.y - a.y) / d;
  return { from: { x: a.x + ux * byStart, y: a.y + uy * byStart }, to: { x: b.x - ux * byEnd, y: b.y - uy * byEnd } };
}

/** Arrows for the human's pending orders. */
export function orderArrows(layout: BoardLayout, orders: readonly { actor: string; order: Order; odds?: number | null }[]): Arrow[] {
  const out: Arrow[] = [];
  for (const { actor, order, odds } of orders) {
    if (order.kind !== 'move' && order.kind !== 'attack' && order.kind !== 'strike') continue;
    const a = layout.cells[order.from];
    const b = layout.cells[order.kind === 'move' ? order.to : order.target];
    if (!a || !b) continue;
    const seg = shorten(a.centre, b.centre, 14, 20);
    out.push({
      ...seg,
      style: order.kind,
      colour: actorColour(actor),
      label: order.kind === 'attack' ? (odds !== null && odds !== undefined ? `${odds}%` : 'attack') : order.kind === 'strike' ? `${order.weapon}` : '',
    });
  }
  return out;
}

const PATRON_SPOTS: Readonly<Record<string, (w: number, h: number) => Point>> = {
  russia: () => ({ x: 70, y: 24 }),
  turkey: (_w, h) => ({ x: 60, y: h * 0.78 }),
  iran: (w, h) => ({ x: w * 0.5, y: h - 18 }),
  israel: (_w, h) => ({ x: 60, y: h * 0.55 }),
  minsk: (w) => ({ x: w * 0.62, y: 22 }),
};

/** Where support flows start and end: an actor's capital on the board, or a chip at the edge. */
function actorAnchor(view: View, layout: BoardLayout, actor: string): Point | null {
  const capital = view.regionOrder.find((id) => view.regions[id].controller === actor && view.regions[id].infrastructure.includes('capital'));
  if (capital && layout.cells[capital]) return layout.cells[capital].centre;
  const held = view.regionOrder.find((id) => view.regions[id].controller === actor && view.regions[id].sovereign === actor);
  if (held && layout.cells[held]) return layout.cells[held].centre;
  return null;
}

/** The client's region nearest to where its patron's help comes from (short arrows). */
function nearestHeld(view: View, layout: BoardLayout, actor: string, from: Point): Point | null {
  let best: Point | null = null;
  let bestD = Infinity;
  for (const id of view.regionOrder) {
    const c = layout.cells[id];
    if (!c || c.inset || view.regions[id].controller !== actor) continue;
    const d = Math.hypot(c.centre.x - from.x, c.centre.y - from.y);
    if (d < bestD) {
      bestD = d;
      best = c.centre;
    }
  }
  return best;
}

export function patronChips(view: View, layout: BoardLayout): PatronChip[] {
  const patrons = [...new Set(view.links.filter((l) => l.active).map((l) => l.patron))].filter((p) => actorAnchor(view, layout, p) === null);
  let spare = 0;
  return patrons.map((p) => {
    const spot = PATRON_SPOTS[p]?.(layout.width, layout.height) ?? { x: layout.width * 0.45 + 130 * spare++, y: 22 };
    return { actor: p, name: shortName(view.actors[p]?.name ?? p), at: spot, colour: actorColour(p) };
  });
}

export function supportArrows(view: View, layout: BoardLayout): Arrow[] {
  const chips = patronChips(view, layout);
  const at = (a: string): Point | null => actorAnchor(view, layout, a) ?? chips.find((c) => c.actor === a)?.at ?? null;
  const byPair = new Map<string, { patron: string; client: string; packages: string[]; covert: boolean }>();
  for (const l of view.links) {
    if (!l.active) continue;
    const key = `${l.patron}>${l.client}`;
    const e = byPair.get(key) ?? { patron: l.patron, client: l.client, packages: [], covert: true };
    e.packages.push(l.package);
    e.covert = e.covert && l.covert;
    byPair.set(key, e);
  }
  const out: Arrow[] = [];
  for (const e of [...byPair.values()].sort((a, b) => (a.patron + a.client < b.patron + b.client ? -1 : 1))) {
    const a = at(e.patron);
    const b = a ? nearestHeld(view, layout, e.client, a) ?? at(e.client) : null;
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    out.push({ ...shorten(a, b, 16, 26), style: e.covert ? 'support-covert' : 'support-overt', colour: actorColour(e.patron), label: [...new Set(e.packages)].join(', ') });
  }
  return out;
}

/**
 * The corridor's road, as segments between region centres: between neighbouring corridor
 * regions, and from a corridor region outside Armenia to its nearest former-NKAO neighbour
 * (Goris – Lachin – Shusha).
 */
export function corridorSegments(view: View, layout: BoardLayout): [Point, Point][] {
  const out: [Point, Point][] = [];
  const isCorridor = (id: string) => view.regions[id]?.infrastructure.includes('corridor') ?? false;
  for (const id of view.regionOrder) {
    const r = view.regions[id];
    const c = layout.cells[id];
    if (!isCorridor(id) || !c) continue;
    for (const n of r.neighbours) if (n > id && isCorridor(n) && layout.cells[n]) out.push([c.centre, layout.cells[n].centre]);
    if (r.zone === 'armenia' || r.zone === 'nkao') continue;
    const ends = r.neighbours
      .filter((n) => view.regions[n]?.zone === 'nkao' && layout.cells[n])
      .sort((a, b) => geoDist(r, view.regions[a]) - geoDist(r, view.regions[b]) || (a < b ? -1 : 1));
    if (ends.length) out.push([c.centre, layout.cells[ends[0]].centre]);
  }
  return out;
}

function geoDist(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return Math.hypot((a.lon - b.lon) * 0.766, a.lat - b.lat);
}

export interface LegendEntry {
  readonly kind: 'controller' | 'terrain' | 'icon' | 'line' | 'counter';
  readonly key: string;
  readonly label: string;
  readonly colour?: number;
}

export function legendEntries(view: View): LegendEntry[] {
  const controllers = [...new Set(view.regionOrder.map((id) => view.regions[id].controller))];
  const out: LegendEntry[] = controllers
    .filter((c): c is string => c !== null)
    .sort()
    .map((c) => ({ kind: 'controller' as const, key: c, label: shortName(view.actors[c]?.name ?? c), colour: actorColour(c) }));
  if (controllers.includes(null)) out.push({ kind: 'controller', key: 'none', label: 'no one', colour: THEME.neutral });
  const infra = new Set(view.regionOrder.flatMap((id) => view.regions[id].infrastructure));
  for (const t of ['mountain', 'foothills', 'urban'] as const) if (view.regionOrder.some((id) => view.regions[id].terrain === t)) out.push({ kind: 'terrain', key: t, label: t });
  const iconLabels: Partial<Record<Infrastructure, string>> = { capital: 'capital', base: 'military base', airbase: 'airbase', radar: 'radar', 'border-crossing': 'border crossing' };
  for (const [k, label] of Object.entries(iconLabels)) if (infra.has(k as Infrastructure)) out.push({ kind: 'icon', key: k, label });
  if (infra.has('pipeline')) out.push({ kind: 'line', key: 'pipeline', label: 'pipeline' });
  if (infra.has('corridor')) out.push({ kind: 'line', key: 'corridor', label: 'corridor' });
  out.push({ kind: 'counter', key: 'exact', label: 'forces (exact)' });
  out.push({ kind: 'counter', key: 'estimate', label: '~ estimate' });
  return out;
}
