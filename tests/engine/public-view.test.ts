// The projector's board (publicView): what every actor may see, and nothing any one side alone
// may see: no forces, no covert link not yet exposed, no proposals, no private log entry.
import { describe, expect, it } from 'vitest';
import { allied, publicView, viewFor, type LogEntry } from '../../src/engine';
import { game } from './helpers';

describe('publicView', () => {
  const s = game('public-view');
  s.links.push(
    { id: 'l-secret', patron: 'turkey', client: 'azerbaijan', package: 'drones', covert: true, since: 0, deliverTurn: 1, until: null, delivered: 0, exposed: false, active: true },
    { id: 'l-exposed', patron: 'russia', client: 'armenia', package: 'arms', covert: true, since: 0, deliverTurn: 1, until: null, delivered: 0, exposed: true, active: true },
  );
  const log: LogEntry[] = [
    { turn: 0, phase: 'events', kind: 'event', event: 'e1', source: 's', text: 'Public news.', cause: 'c' },
    { turn: 0, phase: 'orders', kind: 'event', event: 'e2', source: 's', text: 'Only Armenia knows.', cause: 'c', visibleTo: ['armenia'] },
  ];
  const v = publicView(s, log);

  it('holds control but no forces', () => {
    for (const id of s.regionOrder) {
      expect(v.regions[id].controller).toBe(s.regions[id].controller);
      expect(v.regions[id]).not.toHaveProperty('forces');
    }
  });

  it('shows links every side may know of, never a covert one not exposed', () => {
    const ids = v.links.map((l) => l.id);
    expect(ids).toContain('l-exposed');
    expect(ids).not.toContain('l-secret');
    // Turkey's own side would see its covert link: the wall is not Turkey's side.
    expect(viewFor(s, 'turkey').links.map((l) => l.id)).toContain('l-secret');
  });

  it('shows only public log entries, and each actor only the fields every other actor sees', () => {
    expect(v.news.map((e) => e.text)).toEqual(['Public news.']);
    for (const id of s.actorOrder) {
      const outsider = s.actorOrder.find((a) => !allied(s, a, id));
      if (outsider) expect(v.actors[id]).toEqual(viewFor(s, outsider).actors[id]);
    }
    expect(JSON.stringify(v)).not.toMatch(/"seed"|"rng"|"proposals"/);
  });
});
