// The preview the Support tab shows before a package is sent: the same figures the support
// phase then applies.
import { describe, expect, it } from 'vitest';
import { packagePreview, totalStrength, type LogEntry } from '../../src/engine';
import { play, quiet } from './helpers';

function sentLink(log: readonly LogEntry[]): string {
  const e = log.find((x) => x.kind === 'support' && x.change === 'sent');
  return e && e.kind === 'support' ? e.link : '';
}

describe('packagePreview: a package\'s effect and risk before sending', () => {
  it('an overt package costs the legitimacy and arrives in the weeks the preview says, with the forces it lists', () => {
    const s = quiet('preview');
    const p = packagePreview(s, 'turkey', 'azerbaijan', 'drones', false);
    expect(p.exposure).toBeNull();
    expect(p.overt!.legitimacy).toBeGreaterThan(0);
    expect(totalStrength(p.forces)).toBeGreaterThan(0);
    const before = s.actors.turkey.legitimacy;
    const sent = play(s, { turkey: [{ kind: 'support', client: 'azerbaijan', package: 'drones', covert: false }] });
    let next = sent.state;
    expect(next.actors.turkey.legitimacy).toBeLessThanOrEqual(before - p.overt!.legitimacy);
    const link = next.links.find((l) => l.id === sentLink(sent.log))!;
    expect(link.deliverTurn - link.since).toBe(p.arrival.turns);
    let delivered: LogEntry | undefined;
    for (let t = 0; t < 4 && !delivered; t++) {
      const r = play(next);
      delivered = r.log.find((e) => e.kind === 'support' && e.link === link.id && e.change === 'delivered');
      next = r.state;
    }
    expect(delivered).toBeDefined();
  });

  it('a covert package gives the exposure chance the phase rolls against, and what exposure costs', () => {
    const s = quiet('preview');
    const p = packagePreview(s, 'turkey', 'azerbaijan', 'mercenaries', true);
    expect(p.overt).toBeNull();
    expect(p.exposure!.with).toContain('armenia');
    const { log, state } = play(s, { turkey: [{ kind: 'support', client: 'azerbaijan', package: 'mercenaries', covert: true }] });
    const link = state.links.find((l) => l.id === sentLink(log))!;
    const roll = log.find((e) => e.kind === 'roll' && e.purpose === `exposure of ${link.id}`);
    expect(roll && roll.kind === 'roll' ? roll.threshold : -1).toBe(p.exposure!.chancePct);
    expect(state.actors.turkey.legitimacy).toBe(s.actors.turkey.legitimacy - (link.exposed ? p.exposure!.legitimacy : 0));
  });
});
