import { describe, expect, it } from 'vitest';
import { newGame, viewFor } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { corridorSegments, legendEntries, orderArrows, regionDisplays, supportArrows } from '../../src/ui/board-model';
import { layoutBoard } from '../../src/ui/map-layout';
import { actorColour } from '../../src/ui/palette';

const made = newGame(SCENARIOS['2020-war'], 'ui-test');
if (!made.ok) throw new Error(made.message);
const state = made.state;
const view = viewFor(state, 'azerbaijan');
const layout = layoutBoard(view.regionOrder.map((id) => ({ id, lat: view.regions[id].lat, lon: view.regions[id].lon })));

describe('board display model', () => {
  it('marks other sides’ forces as estimates and ours as exact', () => {
    const d = regionDisplays(view);
    const ours = d.flatMap((r) => r.counters).filter((c) => c.actor === 'azerbaijan');
    const theirs = d.flatMap((r) => r.counters).filter((c) => c.actor === 'armenia' || c.actor === 'artsakh');
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((c) => !c.estimate && !c.text.startsWith('~'))).toBe(true);
    expect(theirs.some((c) => c.estimate && c.text.startsWith('~'))).toBe(true);
  });

  it('gives the main belligerents distinct colours', () => {
    const cs = ['azerbaijan', 'armenia', 'artsakh', 'turkey', 'russia', 'iran'].map(actorColour);
    expect(new Set(cs).size).toBe(cs.length);
  });

  it('draws an arrow for an attack with its odds', () => {
    const arrows = orderArrows(layout, [{ actor: 'azerbaijan', order: { kind: 'attack', from: 'fuzuli', target: 'hadrut', forces: { infantry: 1 } }, odds: 42 }]);
    expect(arrows).toHaveLength(1);
    expect(arrows[0]).toMatchObject({ style: 'attack', label: '42%' });
  });

  it('shows the proxy support flows the viewer knows of', () => {
    const flows = supportArrows(view, layout);
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.every((f) => f.style === 'support-overt' || f.style === 'support-covert')).toBe(true);
  });

  it('draws the Lachin corridor and lists it in the legend', () => {
    expect(corridorSegments(view, layout).length).toBeGreaterThan(0);
    expect(legendEntries(view).some((e) => e.key === 'corridor')).toBe(true);
    expect(legendEntries(view).some((e) => e.key === 'estimate')).toBe(true);
  });
});
