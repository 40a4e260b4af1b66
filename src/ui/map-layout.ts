// Board geometry: projects the regions' lat/lon onto a flat board and gives each region a
// cell (a Voronoi cell clipped to a disc around its centre), so the board reads like a map
// without any map art. Regions far from the rest (Baku) go into an inset with a break marker.
export type Point = { readonly x: number; readonly y: number };

export interface Cell {
  readonly id: string;
  readonly centre: Point;
  readonly polygon: readonly Point[];
  readonly inset: boolean;
}

export interface BoardLayout {
  readonly width: number;
  readonly height: number;
  readonly cells: Readonly<Record<string, Cell>>;
  /** The inset frame (for regions drawn away from their true position), or null. */
  readonly inset: { readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly label: string } | null;
}

export interface Site {
  readonly id: string;
  /** Hundredths of a degree. */
  readonly lat: number;
  readonly lon: number;
}

const BOARD_WIDTH = 1000;
const MARGIN = 70;
/** Longitude gap (hundredths of a degree) beyond which a region goes into the inset. */
const OUTLIER_GAP = 150;
const COS_LAT = Math.cos((40 * Math.PI) / 180);
/** Below 1: magnifies the middle of the board and compresses its edges. */
const FISHEYE = 0.6;

function densest(pts: readonly Point[]): Point {
  let best = pts[0];
  let bestScore = Infinity;
  for (const p of pts) {
    const ds = pts.map((q) => Math.hypot(p.x - q.x, p.y - q.y)).sort((a, b) => a - b);
    const score = ds.slice(1, 6).reduce((a, b) => a + b, 0);
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

export function layoutBoard(sites: readonly Site[]): BoardLayout {
  if (sites.length === 0) return { width: BOARD_WIDTH, height: 600, cells: {}, inset: null };
  const sorted = [...sites].sort((a, b) => a.lon - b.lon);
  // A region whose longitude lies far east of all others is drawn in the inset.
  const outliers: Site[] = [];
  while (sorted.length > 2 && sorted[sorted.length - 1].lon - sorted[sorted.length - 2].lon > OUTLIER_GAP) {
    outliers.push(sorted.pop()!);
  }
  const main = sorted;
  const insetW = outliers.length ? 150 : 0;
  // Flat projection in degrees (longitude shrunk by cos 40°), then a fisheye centred on the
  // densest region so the Karabakh cluster opens up while directions stay true.
  const raw = main.map((s) => ({ x: (s.lon / 100) * COS_LAT, y: -s.lat / 100 }));
  const centre = densest(raw);
  const rMax = Math.max(...raw.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)), 1e-9);
  const warped = raw.map((p) => {
    const r = Math.hypot(p.x - centre.x, p.y - centre.y);
    if (r === 0) return p;
    const k = (rMax * Math.pow(r / rMax, FISHEYE)) / r;
    return { x: centre.x + (p.x - centre.x) * k, y: centre.y + (p.y - centre.y) * k };
  });
  const x0 = Math.min(...warped.map((p) => p.x));
  const x1 = Math.max(...warped.map((p) => p.x));
  const y0 = Math.min(...warped.map((p) => p.y));
  const y1 = Math.max(...warped.map((p) => p.y));
  const scale = (BOARD_WIDTH - 2 * MARGIN - insetW) / Math.max(x1 - x0, 1e-9);
  const height = Math.round((y1 - y0) * scale + 2 * MARGIN);
  const minDist = Math.sqrt(((BOARD_WIDTH - insetW) * height) / main.length) * 0.6;
  const centres = spread(
    main.map((s, i) => ({ id: s.id, p: { x: MARGIN + (warped[i].x - x0) * scale, y: MARGIN + (warped[i].y - y0) * scale } })),
    minDist,
    { x0: MARGIN * 0.6, y0: MARGIN * 0.6, x1: BOARD_WIDTH - insetW - MARGIN * 0.6, y1: height - MARGIN * 0.6 },
  );
  const projectedY = (s: Site) => {
    const q = { x: (s.lon / 100) * COS_LAT, y: -s.lat / 100 };
    return MARGIN + (q.y - y0) * scale;
  };
  const nearest = centres.map((c) => Math.min(...centres.filter((d) => d !== c).map((d) => dist(c.p, d.p))));
  const typical = median(nearest);
  const radius = typical * 0.8;
  const box: Point[] = [
    { x: 8, y: 8 },
    { x: BOARD_WIDTH - insetW - 8, y: 8 },
    { x: BOARD_WIDTH - insetW - 8, y: height - 8 },
    { x: 8, y: height - 8 },
  ];
  const cells: Record<string, Cell> = {};
  for (const c of centres) {
    let poly: Point[] = intersectConvex(box, disc(c.p, radius, 20));
    for (const d of centres) {
      if (d === c) continue;
      poly = clipHalfPlane(poly, c.p, d.p);
    }
    cells[c.id] = { id: c.id, centre: c.p, polygon: poly.map(round), inset: false };
  }
  let inset: BoardLayout['inset'] = null;
  if (outliers.length) {
    const x = BOARD_WIDTH - insetW;
    const h = 60 + outliers.length * 110;
    const y = Math.max(20, Math.min(height - h - 20, projectedY(outliers[0]) - h / 2));
    inset = { x, y, w: insetW - 10, h, label: outliers.length === 1 ? 'far east' : 'far east' };
    outliers.forEach((s, i) => {
      const centre = { x: x + (insetW - 10) / 2, y: y + 70 + i * 110 };
      cells[s.id] = { id: s.id, centre, polygon: disc(centre, 42, 6).map(round), inset: true };
    });
  }
  return { width: BOARD_WIDTH, height, cells, inset };
}

/**
 * Pushes centres apart until no two are closer than `minDist`, pulling each gently back toward
 * its true position: the dense middle (Stepanakert and Shusha are 7 km apart) opens up like a
 * schematic map while the whole keeps its geography. Deterministic: fixed iterations, id order.
 */
export function spread(
  centres: readonly { id: string; p: Point }[],
  minDist: number,
  bounds: { x0: number; y0: number; x1: number; y1: number },
): { id: string; p: Point }[] {
  const home = centres.map((c) => c.p);
  const pos = centres.map((c) => ({ x: c.p.x, y: c.p.y }));
  for (let iter = 0; iter < 300; iter++) {
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        let dx = pos[j].x - pos[i].x;
        let dy = pos[j].y - pos[i].y;
        let d = Math.hypot(dx, dy);
        if (d >= minDist) continue;
        if (d < 1e-6) {
          dx = 1;
          dy = (i % 2) - 0.5;
          d = Math.hypot(dx, dy);
        }
        const push = (minDist - d) / 2;
        pos[i].x -= (dx / d) * push;
        pos[i].y -= (dy / d) * push;
        pos[j].x += (dx / d) * push;
        pos[j].y += (dy / d) * push;
      }
    }
    for (let i = 0; i < pos.length; i++) {
      pos[i].x += (home[i].x - pos[i].x) * 0.04;
      pos[i].y += (home[i].y - pos[i].y) * 0.04;
      pos[i].x = Math.min(bounds.x1, Math.max(bounds.x0, pos[i].x));
      pos[i].y = Math.min(bounds.y1, Math.max(bounds.y0, pos[i].y));
    }
  }
  return centres.map((c, i) => ({ id: c.id, p: pos[i] }));
}

function round(p: Point): Point {
  return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 100;
}

function disc(c: Point, r: number, n: number): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + Math.PI / n;
    pts.push({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
  }
  return pts;
}

/** Keeps the part of a convex polygon nearer to `a` than to `b` (Sutherland–Hodgman). */
function clipHalfPlane(poly: Point[], a: Point, b: Point): Point[] {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const nx = b.x - a.x;
  const ny = b.y - a.y;
  const side = (p: Point) => (p.x - mx) * nx + (p.y - my) * ny; // <= 0: a's side
  const out: Point[] = [];
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i];
    const q = poly[(i + 1) % poly.length];
    const sp = side(p);
    const sq = side(q);
    if (sp <= 0) out.push(p);
    if ((sp < 0 && sq > 0) || (sp > 0 && sq < 0)) {
      const t = sp / (sp - sq);
      out.push({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });
    }
  }
  return out;
}

/** Intersection of two convex polygons given clockwise or anticlockwise consistently. */
function intersectConvex(subject: Point[], clip: Point[]): Point[] {
  let out = subject;
  const orient = signedArea(clip) > 0 ? 1 : -1;
  for (let i = 0; i < clip.length && out.length; i++) {
    const a = clip[i];
    const b = clip[(i + 1) % clip.length];
    const inside = (p: Point) => orient * ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) >= 0;
    const next: Point[] = [];
    for (let j = 0; j < out.length; j++) {
      const p = out[j];
      const q = out[(j + 1) % out.length];
      const ip = inside(p);
      const iq = inside(q);
      if (ip) next.push(p);
      if (ip !== iq) next.push(lineIntersect(p, q, a, b));
    }
    out = next;
  }
  return out;
}

function signedArea(poly: Point[]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i];
    const q = poly[(i + 1) % poly.length];
    s += p.x * q.y - q.x * p.y;
  }
  return s / 2;
}

function lineIntersect(p: Point, q: Point, a: Point, b: Point): Point {
  const d = (p.x - q.x) * (a.y - b.y) - (p.y - q.y) * (a.x - b.x);
  if (d === 0) return p;
  const t = ((p.x - a.x) * (a.y - b.y) - (p.y - a.y) * (a.x - b.x)) / d;
  return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
}

export function pointInPolygon(pt: Point, poly: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (a.y > pt.y !== b.y > pt.y && pt.x < ((b.x - a.x) * (pt.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Grid points inside a polygon, staggered, for terrain marks. */
export function patternPoints(poly: readonly Point[], spacing: number, keepClearOf: Point, clearRadius: number): Point[] {
  const xs = poly.map((p) => p.x);
  const ys = poly.map((p) => p.y);
  const out: Point[] = [];
  let row = 0;
  for (let y = Math.min(...ys) + spacing / 2; y < Math.max(...ys); y += spacing, row++) {
    for (let x = Math.min(...xs) + (row % 2 ? spacing / 2 : 0) + spacing / 4; x < Math.max(...xs); x += spacing) {
      const p = { x, y };
      if (dist(p, keepClearOf) < clearRadius) continue;
      if (pointInPolygon(p, poly) && insetDistance(p, poly) > spacing / 3) out.push(p);
    }
  }
  return out;
}

function insetDistance(p: Point, poly: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(p.x - (a.x + dx * t), p.y - (a.y + dy * t)));
  }
  return best;
}
