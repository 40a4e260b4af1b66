import { describe, expect, it } from 'vitest';
import type { DeckEvent, GameState, ScheduledEvent } from '../../../src/engine';
import { entries, findSeed, game, play, quiet } from '../helpers';

function withEvent(s: GameState, e: Partial<ScheduledEvent> & { id: string }): GameState {
  const ev: ScheduledEvent = {
    turn: s.turn,
    title: `Test event ${e.id}`,
    text: 'Something happens.',
    source: 'test',
    chance: 100,
    condition: { kind: 'always' },
    effects: [{ kind: 'treasury', actor: 'armenia', delta: 7 }],
    ...e,
  };
  s.events.push(ev);
  s.pendingEvents.push(ev.id);
  return s;
}

describe('events phase', () => {
  it('a scheduled event fires on its turn and applies its effects, with the event as the cause', () => {
    const s = withEvent(quiet(), { id: 'windfall' });
    const { state, log } = play(s);
    const fired = entries(log, 'event').filter((e) => e.event === 'windfall');
    expect(fired).toHaveLength(1);
    expect(fired[0].phase).toBe('events');
    const stat = entries(log, 'stat').find((e) => e.actor === 'armenia' && e.field === 'treasury' && e.cause === 'Test event windfall');
    expect(stat?.delta).toBe(7);
    expect(state.pendingEvents).not.toContain('windfall');
  });

  it('an event scheduled for a later turn waits, then fires on that turn', () => {
    const s = withEvent(quiet(), { id: 'later', turn: 1 });
    const first = play(s);
    expect(entries(first.log, 'event').some((e) => e.event === 'later')).toBe(false);
    expect(first.state.pendingEvents).toContain('later');
    const second = play(first.state);
    expect(entries(second.log, 'event').some((e) => e.event === 'later')).toBe(true);
    expect(second.state.pendingEvents).not.toContain('later');
  });

  it('an event below 100% chance is rolled, the roll is logged, and it fires only when the roll is at or under the chance', () => {
    const run = (seed: string) => play(withEvent(quiet(seed), { id: 'coin', chance: 50 }));
    const outcomes = [true, false].map((want) =>
      findSeed('event-chance', run, (r) => entries(r.log, 'roll').some((e) => e.purpose === 'event coin' && e.success === want)).result,
    );
    for (const { log } of outcomes) {
      const roll = entries(log, 'roll').find((e) => e.purpose === 'event coin');
      expect(roll).toBeDefined();
      if (!roll) continue;
      expect(roll.threshold).toBe(50);
      expect(roll.success).toBe(roll.roll <= roll.threshold);
      expect(entries(log, 'event').some((e) => e.event === 'coin')).toBe(roll.success);
    }
  });

  it('an event about the war waits for the war: when it starts late, the event fires its set number of weeks after the start', () => {
    let s = withEvent(quiet('late', '2020-full'), { id: 'halt-call', turn: 1, afterWarStarts: 1, condition: { kind: 'at-war' } });
    expect(s.wars).toEqual([]);
    for (let i = 0; i < 3; i++) {
      const r = play(s);
      expect(entries(r.log, 'event').some((e) => e.event === 'halt-call')).toBe(false);
      expect(entries(r.log, 'event-unmet').some((e) => e.event === 'halt-call')).toBe(false);
      s = r.state;
    }
    expect(s.pendingEvents).toContain('halt-call');
    // The offensive begins on turn 3: the event is due a week later, not on its own turn 1.
    s.wars = [{ a: 'armenia', b: 'azerbaijan', since: s.turn }];
    const start = play(s);
    expect(entries(start.log, 'event').some((e) => e.event === 'halt-call')).toBe(false);
    const next = play(start.state);
    expect(entries(next.log, 'event').filter((e) => e.event === 'halt-call')).toHaveLength(1);
    expect(next.state.pendingEvents).not.toContain('halt-call');
  });

  it('an event whose condition does not hold does not fire, is logged as not happening, and is discarded', () => {
    const s = withEvent(quiet(), { id: 'needs-baku', condition: { kind: 'controls', actor: 'armenia', region: 'baku' } });
    const before = s.actors.armenia.treasury;
    const { state, log } = play(s);
    expect(entries(log, 'event').some((e) => e.event === 'needs-baku')).toBe(false);
    // No roll is made, so none is logged: the entry says which condition failed, in words.
    expect(entries(log, 'roll').some((e) => e.purpose === 'event needs-baku')).toBe(false);
    const unmet = entries(log, 'event-unmet').find((e) => e.event === 'needs-baku');
    expect(unmet?.text).toBe('Test event needs-baku: did not happen — its condition (Armenia holds Baku) does not hold.');
    expect(state.pendingEvents).not.toContain('needs-baku');
    // Income still arrives; the windfall does not.
    expect(entries(log, 'stat').some((e) => e.actor === 'armenia' && e.cause === 'Test event needs-baku')).toBe(false);
    expect(state.actors.armenia.treasury).toBeGreaterThanOrEqual(before);
  });

  it('an event that needs all of several conditions fires only when every one holds (the November terms need Shusha taken and no settlement yet)', () => {
    const both = { kind: 'all', of: [{ kind: 'controls', actor: 'azerbaijan', region: 'shusha' }, { kind: 'no-settlement' }] } as const;
    const fires = (s: GameState) => entries(play(withEvent(s, { id: 'terms', condition: both })).log, 'event').some((e) => e.event === 'terms');
    const taken = quiet();
    taken.regions.shusha.controller = 'azerbaijan';
    expect(fires(taken)).toBe(true);
    expect(fires(quiet())).toBe(false);
    const settled = quiet();
    settled.regions.shusha.controller = 'azerbaijan';
    settled.treaties.push({ id: 'tx', kind: 'settlement', parties: ['armenia', 'azerbaijan'], since: 0, expires: null, renewable: false, text: 'a settlement', breachedBy: [] });
    expect(fires(settled)).toBe(false);
  });

  it('a variant can remove a scheduled event: with Russia defending Karabakh, Putin does not say the treaty leaves it out', () => {
    const has = (variant: string | null) => game('test', '2020-war', variant).events.some((e) => e.id === 'putin-treaty-limits');
    expect(has(null)).toBe(true);
    expect(has('russia-defends-karabakh')).toBe(false);
    expect(game('test', '2020-war', 'russia-defends-karabakh').pendingEvents).not.toContain('putin-treaty-limits');
  });

  it('an at-war event does not fire in peacetime', () => {
    const s = withEvent(quiet(), { id: 'war-only', condition: { kind: 'at-war' } });
    s.wars = [];
    const { log } = play(s);
    expect(entries(log, 'event').some((e) => e.event === 'war-only')).toBe(false);
  });

  it('the long scenario\'s 27 September offensive is likely but not certain, and when it fires the war begins', () => {
    const s0 = quiet('offensive', '2020-full');
    const offensive = s0.events.find((e) => e.id === 'offensive');
    expect(offensive).toBeDefined();
    if (!offensive) return;
    expect(offensive.chance).toBeLessThan(100);
    const run = (seed: string) => {
      const s = quiet(seed, '2020-full');
      s.turn = offensive.turn;
      s.pendingEvents = ['offensive'];
      return play(s);
    };
    const fired = findSeed('offensive', run, (r) => entries(r.log, 'event').some((e) => e.event === 'offensive')).result;
    expect(fired.state.wars.length).toBeGreaterThan(0);
    const missed = findSeed('offensive', run, (r) => !entries(r.log, 'event').some((e) => e.event === 'offensive')).result;
    expect(missed.state.wars).toHaveLength(0);
  });

  describe('the random-event deck', () => {
    const card = (id: string, once: boolean): DeckEvent => ({ id, title: `Card ${id}`, text: 'Something random.', source: 'test', weight: 1, condition: { kind: 'always' }, boost: null, once, effects: [{ kind: 'treasury', actor: 'iran', delta: 5 }] });
    const withDeck = (s: GameState, cards: DeckEvent[], pct: number) => {
      s.deck = cards;
      s.rules = { ...s.rules, deckDrawPct: pct };
      return s;
    };

    it('a card is drawn when the roll allows, logged with its roll and weight, and its effects apply', () => {
      const { log } = play(withDeck(quiet(), [card('c1', false)], 100));
      const roll = entries(log, 'roll').find((e) => e.purpose === 'random event');
      expect(roll?.success).toBe(true);
      expect(entries(log, 'event').map((e) => e.event)).toEqual(['c1']);
      expect(entries(log, 'stat').some((e) => e.actor === 'iran' && e.cause === 'Card c1')).toBe(true);
    });

    it('no card is drawn when the draw chance is zero', () => {
      const { log } = play(withDeck(quiet(), [card('c1', false)], 0));
      expect(entries(log, 'event')).toHaveLength(0);
    });

    it('a once-only card is drawn at most once in a game', () => {
      let s = withDeck(quiet(), [card('only', true)], 100);
      let draws = 0;
      for (let t = 0; t < 3; t++) {
        const r = play(s);
        draws += entries(r.log, 'event').filter((e) => e.event === 'only').length;
        s = r.state;
      }
      expect(draws).toBe(1);
    });

    it('a card whose condition does not hold is never drawn', () => {
      const c = { ...card('peace', false), condition: { kind: 'settlement' } as const };
      const { log } = play(withDeck(quiet(), [c], 100));
      expect(entries(log, 'event')).toHaveLength(0);
    });
  });
});
