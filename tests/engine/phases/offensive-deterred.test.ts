// A scheduled event's chance moves with its named modifiers: 2020-full's offensive is far less
// likely when a defence treaty covers Karabakh (russia-defends-karabakh), and the log says why.
import { describe, expect, it } from 'vitest';
import { entries, play, quiet } from '../helpers';

function offensiveRoll(variant: string | null, seed: string) {
  const s = quiet(seed, '2020-full', variant);
  const e = s.events.find((x) => x.id === 'offensive');
  if (!e) throw new Error('2020-full has no offensive event');
  s.turn = e.turn;
  s.pendingEvents = ['offensive'];
  const { state, log } = play(s);
  return { roll: entries(log, 'roll').find((r) => r.purpose === 'event offensive'), war: state.wars.some((w) => w.a === 'azerbaijan' || w.b === 'azerbaijan'), base: e.chance };
}

describe('the opening offensive and a guarantee over Karabakh', () => {
  it('without a guarantee over Karabakh the offensive rolls against its own chance', () => {
    const r = offensiveRoll(null, 'off-1');
    expect(r.roll?.threshold).toBe(r.base);
    expect(r.roll?.text).not.toMatch(/guarantee/);
  });

  it('with Russia bound to defend Karabakh the chance falls by the named modifier, logged with the roll', () => {
    const r = offensiveRoll('russia-defends-karabakh', 'off-1');
    expect(r.roll?.threshold).toBeLessThan(r.base);
    expect(r.roll?.text).toMatch(/Russia's guarantee covers Karabakh -\d+/);
    expect(r.war).toBe((r.roll?.roll ?? 101) <= (r.roll?.threshold ?? 0));
  });

  it('over 40 seeds the offensive opens far less often under the guarantee', () => {
    let plain = 0;
    let guarded = 0;
    for (let i = 0; i < 40; i++) {
      if (offensiveRoll(null, `off-${i}`).war) plain++;
      if (offensiveRoll('russia-defends-karabakh', `off-${i}`).war) guarded++;
    }
    expect(plain - guarded).toBeGreaterThan(20);
  }, 30_000);
});
