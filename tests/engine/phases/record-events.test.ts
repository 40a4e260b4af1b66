// The scenarios' events of the record: war events that wait for a late offensive, and the
// aftermath of a settlement (protests, the memorandum, the Kalbajar delay, the vote, the centre).
import { describe, expect, it } from 'vitest';
import type { GameState, Order, ProposalTerms } from '../../../src/engine';
import { SCENARIOS } from '../../../src/scenario';
import { entries, game, occupy, play } from '../helpers';

const TERMS: ProposalTerms = {
  kind: 'settlement',
  transfers: [
    { region: 'aghdam', to: 'azerbaijan', afterTurns: 1 },
    { region: 'kalbajar', to: 'azerbaijan', afterTurns: 2 },
  ],
  corridors: ['lachin'],
  peacekeepers: { actor: 'russia', strength: 3, years: 5, renewable: true },
  monitoringCentre: ['russia', 'turkey'],
  displacedReturn: true,
  prisonerExchange: true,
};

/** 2020-full at war from turn `from`, with only these scheduled events pending. */
function fullAt(from: number, pending: string[]): GameState {
  const s = game('record', '2020-full');
  s.deck = [];
  s.pendingEvents = pending;
  s.turn = from;
  return s;
}

describe('events of the record', () => {
  it('2020-full: when the offensive comes late, the war\'s first-week events fire that week, not on 27 September', () => {
    const s = fullAt(11, ['unsc-calls-for-halt', 'stepanakert-shelled']);
    const quietWeek = play(s);
    expect(entries(quietWeek.log, 'event-unmet')).toEqual([]);
    expect(quietWeek.state.pendingEvents).toEqual(['unsc-calls-for-halt', 'stepanakert-shelled']);
    const late = quietWeek.state;
    late.turn = 14;
    late.wars = [{ a: 'armenia', b: 'azerbaijan', since: 14 }];
    const start = play(late);
    expect(entries(start.log, 'event').map((e) => e.event)).toEqual(['unsc-calls-for-halt']);
    const week2 = play(start.state);
    expect(entries(week2.log, 'roll').some((e) => e.purpose === 'event stepanakert-shelled')).toBe(true);
  });

  it('the week after a settlement: protests in Yerevan, the Russian–Turkish memorandum, Kalbajar put back a week; the Turkish vote a week later', () => {
    const s = fullAt(16, ['yerevan-protests', 'ru-tr-memorandum', 'kalbajar-delay', 'turkish-parliament-vote']);
    s.wars = [{ a: 'armenia', b: 'azerbaijan', since: 11 }, { a: 'artsakh', b: 'azerbaijan', since: 11 }];
    occupy(s, 'azerbaijan', 'shusha', { infantry: 4 });
    const proposed = play(s, { russia: [{ kind: 'propose', to: ['armenia', 'azerbaijan'], terms: TERMS }] });
    const id = entries(proposed.log, 'proposal')[0].proposal;
    const yes: Order = { kind: 'answer', proposal: id, answer: 'accept' };
    const signing = play(proposed.state, { armenia: [yes], azerbaijan: [yes] });
    expect(entries(signing.log, 'event')).toEqual([]);
    const due = signing.state.handovers.find((h) => h.region === 'kalbajar')?.turn ?? -1;
    const support = signing.state.actors.armenia.domesticSupport;
    const after = play(signing.state);
    expect(entries(after.log, 'event').map((e) => e.event)).toEqual(['yerevan-protests', 'ru-tr-memorandum', 'kalbajar-delay']);
    expect(after.state.handovers.find((h) => h.region === 'kalbajar')?.turn).toBe(due + 1);
    expect(after.state.actors.armenia.domesticSupport).toBeLessThan(support);
    const vote = play(after.state);
    expect(entries(vote.log, 'event').map((e) => e.event)).toEqual(['turkish-parliament-vote']);
  });

  it('the monitoring centre opens on 30 January 2021 in 2020-full only, inside its calendar', () => {
    const full = SCENARIOS['2020-full'];
    const centre = full.events.find((e) => e.id === 'monitoring-centre-opens');
    expect(centre?.turn).toBe(28);
    expect(centre?.turn).toBeLessThan(full.calendar.turns);
    expect(SCENARIOS['2020-war'].events.some((e) => e.id === 'monitoring-centre-opens')).toBe(false);
  });
});
