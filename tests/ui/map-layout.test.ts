import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenario';
import { layoutBoard, pointInPolygon, spread } from '../../src/ui/map-layout';

const sites = SCENARIOS['2020-war'].regions.map((r) => ({ id: r.id, lat: r.lat, lon: r.lon }));

describe('board layout', () => {
  const L = layoutBoard(sites);

  it('gives every region a cell that contains its centre', () => {
    for (const s of sites) {
      const c = L.cells[s.id];
      expect(c, s.id).toBeDefined();
      expect(c.polygon.length).toBeGreaterThanOrEqual(3);
      expect(pointInPolygon(c.centre, c.polygon), s.id).toBe(true);
    }
  });

  it('puts far-east Baku in an inset instead of squeezing the board', () => {
    expect(L.cells.baku.inset).toBe(true);
    expect(L.inset).not.toBeNull();
    expect(L.cells.stepanakert.inset).toBe(false);
  });

  it('opens up the Karabakh cluster: Stepanakert and Shusha (7 km apart) get room for labels', () => {
    const a = L.cells.stepanakert.centre;
    const b = L.cells.shusha.centre;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(60);
  });

  it('keeps the compass: Gyumri west of Ganja, Meghri south of Tovuz, Shusha south of Stepanakert', () => {
    expect(L.cells.gyumri.centre.x).toBeLessThan(L.cells.ganja.centre.x);
    expect(L.cells.meghri.centre.y).toBeGreaterThan(L.cells.tovuz.centre.y);
    expect(L.cells.shusha.centre.y).toBeGreaterThan(L.cells.stepanakert.centre.y);
  });

  it('is deterministic', () => {
    expect(layoutBoard(sites)).toEqual(L);
  });

  it('spread separates coincident points', () => {
    const out = spread([{ id: 'a', p: { x: 50, y: 50 } }, { id: 'b', p: { x: 50, y: 50 } }], 20, { x0: 0, y0: 0, x1: 100, y1: 100 });
    expect(Math.hypot(out[0].p.x - out[1].p.x, out[0].p.y - out[1].p.y)).toBeGreaterThan(15);
  });
});
