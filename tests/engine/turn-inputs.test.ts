// The facilitator's turn inputs: injects played in the events phase, overrides that set a fight's
// or an event's result beside the roll that would have decided it, strict refusals that change
// nothing, and replays that carry them and still verify.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX_CHARS, INJECT_TEXT_MAX_CHARS, OVERRIDE_REASON_MAX_CHARS, hashState, newReplay, parseReplay, recordTurn, resolveTurn, simulateTurn, verifyReplay, type GameState, type Order, type TurnInputs } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { entries, findSeed, game, quiet } from './helpers';

const BIG_ATTACK: Order = { kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 14, armour: 6, artillery: 5, specialForces: 2 } };

function resolved(state: GameState, orders: Record<string, Order[]>, inputs?: TurnInputs) {
  const r = resolveTurn(state, orders, inputs);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
}

describe('injects', () => {
  it('a written inject applies its effects this turn and its entries are marked as the facilitator’s', () => {
    const s = quiet('inject-custom');
    const inputs: TurnInputs = { injects: [{ kind: 'custom', headline: 'Oil terminal fire', text: 'A fire closes the terminal.', effects: [{ kind: 'treasury', actor: 'azerbaijan', delta: -50 }, { kind: 'tension', delta: 7 }] }] };
    const without = resolved(s, {});
    const withIt = resolved(s, {}, inputs);
    expect(withIt.state.tension).toBe(Math.min(100, without.state.tension + 7));
    expect(withIt.state.actors.azerbaijan.treasury).toBe(Math.max(0, without.state.actors.azerbaijan.treasury - 50));
    const headline = withIt.log.find((e) => e.kind === 'event' && e.text.startsWith('Oil terminal fire'));
    expect(headline?.facilitator).toEqual({ input: 'inject', reason: null });
    expect(without.log.some((e) => e.facilitator)).toBe(false);
  });

  it('a card of the deck plays now whatever its condition, and a once-only card is spent', () => {
    const s = game('inject-card');
    const card = s.deck.find((c) => c.once)!;
    const r = resolved(s, {}, { injects: [{ kind: 'card', cardId: card.id }] });
    expect(r.state.drawn).toContain(card.id);
    expect(r.log.some((e) => e.kind === 'event' && e.event === card.id && e.facilitator?.input === 'inject')).toBe(true);
    const again = resolveTurn(r.state, {}, { injects: [{ kind: 'card', cardId: card.id }] });
    expect(again).toMatchObject({ ok: false, code: 'ERR_BAD_INPUT' });
  });

  it('a scheduled event injected fires now and is no longer to come', () => {
    const s = game('inject-event');
    const later = s.events.find((e) => e.turn > 2)!;
    const r = resolved(s, {}, { injects: [{ kind: 'event', eventId: later.id }] });
    expect(r.state.pendingEvents).not.toContain(later.id);
    expect(r.log.some((e) => e.kind === 'event' && e.event === later.id && e.facilitator?.input === 'inject')).toBe(true);
  });
});

describe('overrides', () => {
  const run = (seed: string, inputs?: TurnInputs) => resolved(quiet(seed), { azerbaijan: [BIG_ATTACK] }, inputs);
  const held: TurnInputs = { overrides: [{ kind: 'fight', region: 'jabrayil', result: 'held', reason: 'to show a stalemate' }] };
  const taken: TurnInputs = { overrides: [{ kind: 'fight', region: 'jabrayil', result: 'taken', reason: 'to show a breakthrough' }] };

  it('a fight the roll would win is held when set so; the log keeps the roll and says who set it, and why', () => {
    const { seed } = findSeed('ovr-win', (sd) => run(sd), (r) => entries(r.log, 'combat')[0]?.success === true);
    const r = run(seed, held);
    expect(r.state.regions.jabrayil.controller).toBe('artsakh');
    const combat = entries(r.log, 'combat')[0];
    expect(combat.success).toBe(false);
    expect(combat.roll).toBeLessThanOrEqual(combat.threshold);
    expect(combat.text).toContain('Set by the facilitator: to show a stalemate');
    expect(combat.facilitator).toEqual({ input: 'override', reason: 'to show a stalemate' });
  });

  it('a fight the roll would lose is taken when set so', () => {
    const { seed } = findSeed('ovr-lose', (sd) => run(sd), (r) => entries(r.log, 'combat')[0]?.success === false);
    const r = run(seed, taken);
    expect(r.state.regions.jabrayil.controller).toBe('azerbaijan');
    expect(entries(r.log, 'combat')[0].text).toContain('would have been repelled');
  });

  it('an override of a scheduled event decides it, whatever its roll', () => {
    const s = game('ovr-event');
    const fired = resolved(s, {}).log;
    const e = s.events.find((x) => x.turn === 0 && fired.some((l) => l.kind === 'event' && l.event === x.id))!;
    const r = resolved(s, {}, { overrides: [{ kind: 'event', eventId: e.id, happens: false, reason: 'not in this exercise' }] });
    expect(r.log.some((x) => x.kind === 'event' && x.event === e.id)).toBe(false);
    const roll = r.log.find((x) => x.kind === 'roll' && x.purpose === `event ${e.id}`);
    expect(roll?.text).toContain('Set by the facilitator: not in this exercise');
  });

  it('resolveTurn and simulateTurn reach the same state with inputs', () => {
    const s = quiet('ovr-sim');
    const inputs: TurnInputs = { ...taken, injects: [{ kind: 'custom', headline: 'Storm', text: '', effects: [{ kind: 'support', actor: 'armenia', delta: -5 }] }] };
    const a = resolved(s, { azerbaijan: [BIG_ATTACK] }, inputs);
    const b = simulateTurn(s, { azerbaijan: [BIG_ATTACK] }, inputs);
    expect(b.ok && hashState(b.state)).toBe(hashState(a.state));
  });
});

describe('refused inputs change nothing', () => {
  const bad: [string, unknown, string][] = [
    ['an unknown actor', { injects: [{ kind: 'custom', headline: 'x', text: '', effects: [{ kind: 'support', actor: 'atlantis', delta: 1 }] }] }, '$.injects[0].effects[0].actor'],
    ['an unknown region', { overrides: [{ kind: 'fight', region: 'nowhere', result: 'held', reason: 'r' }] }, '$.overrides[0].region'],
    ['an unknown effect kind', { injects: [{ kind: 'custom', headline: 'x', text: '', effects: [{ kind: 'earthquake' }] }] }, '$.injects[0].effects[0].kind'],
    ['an oversized text', { injects: [{ kind: 'custom', headline: 'x', text: 'y'.repeat(INJECT_TEXT_MAX_CHARS + 1), effects: [] }] }, '$.injects[0].text'],
    ['an oversized headline', { injects: [{ kind: 'custom', headline: 'x'.repeat(HEADLINE_MAX_CHARS + 1), text: '', effects: [] }] }, '$.injects[0].headline'],
    ['an oversized reason', { overrides: [{ kind: 'fight', region: 'jabrayil', result: 'held', reason: 'r'.repeat(OVERRIDE_REASON_MAX_CHARS + 1) }] }, '$.overrides[0].reason'],
    ['an override without a reason', { overrides: [{ kind: 'fight', region: 'jabrayil', result: 'held', reason: ' ' }] }, '$.overrides[0].reason'],
    ['an unknown field', { injects: [], extra: 1 }, '$.extra'],
    ['an unknown card', { injects: [{ kind: 'card', cardId: 'no-such-card' }] }, '$.injects[0].cardId'],
  ];
  it.each(bad)('%s is refused, saying where', (_what, inputs, path) => {
    const s = quiet('refused');
    const before = hashState(s);
    const r = resolveTurn(s, { azerbaijan: [BIG_ATTACK] }, inputs as TurnInputs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('ERR_BAD_INPUT');
      expect(r.message).toContain(path);
    }
    expect(hashState(s)).toBe(before);
  });

  it('any refused written inject leaves the state as it was (property)', () => {
    const s = quiet('refused-prop');
    const before = hashState(s);
    fc.assert(
      fc.property(fc.record({ kind: fc.constantFrom('support', 'tension', 'forces', 'war'), actor: fc.string({ maxLength: 8 }), delta: fc.integer({ min: -500, max: 500 }) }), (eff) => {
        const r = resolveTurn(s, {}, { injects: [{ kind: 'custom', headline: 'h', text: '', effects: [eff as never] }] });
        if (!r.ok) expect(r.message).toMatch(/\$\.injects\[0\]\.effects\[0\]/);
        expect(hashState(s)).toBe(before);
      }),
      { seed: 18, numRuns: 200 },
    );
  });
});

describe('replays with inputs', () => {
  const scenario = SCENARIOS['2020-war'];
  function classGame() {
    const start = game('replay-inputs');
    let replay = newReplay(start);
    let state: GameState = start;
    const inputs: TurnInputs[] = [
      { injects: [{ kind: 'custom', headline: 'Convoy ambushed', text: 'Losses on the road.', effects: [{ kind: 'forces', actor: 'armenia', region: 'goris', forces: { infantry: -1 } }] }] },
      {},
      { overrides: [{ kind: 'fight', region: 'jabrayil', result: 'held', reason: 'for the debrief' }] },
    ];
    for (const i of inputs) {
      const r = resolved(state, {}, i);
      replay = recordTurn(replay, {}, r.state, i);
      state = r.state;
    }
    return replay;
  }

  it('records inputs only on turns that have them, and verifies', () => {
    const replay = classGame();
    expect(replay.turns.map((t) => t.inputs !== undefined)).toEqual([true, false, true]);
    const parsed = parseReplay(JSON.parse(JSON.stringify(replay)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(verifyReplay(parsed.replay, scenario).ok).toBe(true);
  });

  it('a replay whose inputs were tampered with does not verify', () => {
    const replay = JSON.parse(JSON.stringify(classGame()));
    replay.turns[0].inputs.injects[0].effects[0].forces.infantry = -3;
    const parsed = parseReplay(replay);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(verifyReplay(parsed.replay, scenario)).toMatchObject({ ok: false, code: 'ERR_DIVERGED', firstDivergingTurn: 1 });
  });

  it('parseReplay refuses malformed inputs with their path', () => {
    const replay = JSON.parse(JSON.stringify(classGame()));
    replay.turns[2].inputs.overrides[0].secret = 'x';
    expect(parseReplay(replay)).toMatchObject({ ok: false, message: expect.stringContaining('$.turns[2].inputs.overrides[0].secret') });
    const empty = JSON.parse(JSON.stringify(classGame()));
    empty.turns[1].inputs = {};
    expect(parseReplay(empty)).toMatchObject({ ok: false, message: expect.stringContaining('$.turns[1].inputs') });
  });
});
