import { describe, expect, it } from 'vitest';
import { dateOfTurn, longDate } from '../../src/engine';
import { civilFromDays, daysFromCivil, parseIsoDate } from '../../src/engine/calendar';
import { SCENARIOS } from '../../src/scenario';

const weekly = (start: string) => ({ start, daysPerTurn: 7, turns: 60, settlementEnds: 'handover' as const });

describe('calendar', () => {
  it('the 44-day war starts on 27 September 2020 and its turns are weeks', () => {
    const cal = SCENARIOS['2020-war'].calendar;
    expect(dateOfTurn(cal, 0)).toBe('2020-09-27');
    expect(dateOfTurn(cal, 1)).toBe('2020-10-04');
    expect(dateOfTurn(cal, 6)).toBe('2020-11-08');
  });

  it('the long scenario starts with the Tovuz clashes in July 2020 and turn 11 is 27 September', () => {
    const cal = SCENARIOS['2020-full'].calendar;
    expect(dateOfTurn(cal, 0)).toBe('2020-07-12');
    expect(dateOfTurn(cal, 11)).toBe('2020-09-27');
  });

  it('crosses month and year ends', () => {
    expect(dateOfTurn(weekly('2020-09-27'), 5)).toBe('2020-11-01');
    expect(dateOfTurn(weekly('2020-12-27'), 1)).toBe('2021-01-03');
    expect(dateOfTurn({ start: '2021-01-31', daysPerTurn: 1, turns: 2, settlementEnds: 'handover' }, 1)).toBe('2021-02-01');
    expect(dateOfTurn({ start: '2020-04-30', daysPerTurn: 1, turns: 2, settlementEnds: 'handover' }, 1)).toBe('2020-05-01');
  });

  it('knows 2020 is a leap year and 2021 and 1900 are not, and 2000 is', () => {
    expect(dateOfTurn({ start: '2020-02-28', daysPerTurn: 1, turns: 3, settlementEnds: 'handover' }, 1)).toBe('2020-02-29');
    expect(dateOfTurn({ start: '2020-02-28', daysPerTurn: 1, turns: 3, settlementEnds: 'handover' }, 2)).toBe('2020-03-01');
    expect(dateOfTurn({ start: '2021-02-28', daysPerTurn: 1, turns: 3, settlementEnds: 'handover' }, 1)).toBe('2021-03-01');
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(dateOfTurn(weekly('2020-02-24'), 1)).toBe('2020-03-02');
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2021-02-29', '2020-13-01', '2020-04-31', '2020-00-10', '20-09-27', 'September']) expect(parseIsoDate(bad)).toBeNull();
  });

  it('day numbers and civil dates convert both ways (1970-01-01 is day 0)', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    for (let z = -800_000; z < 800_000; z += 997) {
      const c = civilFromDays(z);
      expect(daysFromCivil(c.y, c.m, c.d)).toBe(z);
    }
  });

  it('writes dates out in long form', () => {
    expect(longDate('2020-11-10')).toBe('10 November 2020');
    expect(longDate('2021-01-11')).toBe('11 January 2021');
  });
});
