// A guarantor that entered the war for its treaty partner may bring its forces onto the partner's
// ground, and they defend it there; a guarantor not at war may not.
import { describe, expect, it } from 'vitest';
import { explainAttack, validateOrders, type GameState, type Order } from '../../../src/engine';
import { declareWar } from '../../../src/engine/sides';
import { entries, play, quiet, station } from '../helpers';

const TO_YEREVAN: Order = { kind: 'move', from: 'gyumri', to: 'yerevan', forces: { infantry: 2 } };
const ON_JABRAYIL: Extract<Order, { kind: 'attack' }> = { kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 14, armour: 6 } };

function russiaAtWar(at: boolean): GameState {
  const s = quiet('guarantor');
  if (at) declareWar(s, 'russia', 'azerbaijan');
  return s;
}

describe('a guarantor at war beside its treaty partner', () => {
  it('may not move onto its partner\'s ground while it is not at war', () => {
    const r = validateOrders(russiaAtWar(false), 'russia', [TO_YEREVAN]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('ERR_NOT_FRIENDLY');
  });

  it('at war against the partner\'s enemy, moves onto its ground', () => {
    const s = russiaAtWar(true);
    const before = s.actors.russia.forces.gyumri.infantry;
    const { state, log } = play(s, { russia: [TO_YEREVAN] });
    expect(entries(log, 'order').find((e) => e.actor === 'russia' && e.phase === 'operations' && e.order.kind === 'move')?.result).toBe('moved');
    expect(state.actors.russia.forces.yerevan.infantry).toBeGreaterThanOrEqual(2);
    expect(state.actors.russia.forces.gyumri.infantry).toBe(before - 2);
  });

  it('its forces on the partner\'s ground count in the defence only while it fights beside the partner', () => {
    const strength = (at: boolean) => {
      const s = russiaAtWar(at);
      station(s, 'russia', 'jabrayil', { infantry: 4 });
      return explainAttack(s, 'azerbaijan', ON_JABRAYIL).defenderStrength;
    };
    expect(strength(true)).toBe(strength(false) + 4);
  });
});
