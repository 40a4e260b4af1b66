import { describe, expect, it } from 'vitest';
import { addressable, newGame, PROPOSAL_KINDS, validateOrder, type GameState, type ProposalTerms } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { addressees, blankForm, checkDraft, draftOrder, formFromTerms, termsFromForm, type DraftForm } from '../../src/ui/drafter';
import { GameSession } from '../../src/ui/session';

const scenario = SCENARIOS['2020-war'];

function state(): GameState {
  const made = newGame(scenario, 'drafter-test', { variant: null });
  if (!made.ok) throw new Error(made.message);
  return made.state;
}

const s0 = state();
const form = (patch: Partial<DraftForm>): DraftForm => ({ ...blankForm(s0, 'azerbaijan'), to: ['armenia'], ...patch });

// One form per kind and the terms it must make.
const CASES: [Partial<DraftForm>, ProposalTerms][] = [
  [{ kind: 'ceasefire', turns: 3, monitors: ['russia', 'turkey'] }, { kind: 'ceasefire', turns: 3, monitors: ['russia', 'turkey'] }],
  [
    {
      kind: 'settlement',
      transfers: { lachin: { to: 'azerbaijan', afterTurns: 2 }, aghdam: { to: 'azerbaijan', afterTurns: 1 }, shusha: { to: '', afterTurns: 5 } },
      corridors: ['lachin'],
      keeper: 'russia',
      keeperStrength: 3,
      keeperYears: 5,
      keeperRenewable: true,
      monitoringCentre: ['russia', 'turkey'],
      displacedReturn: true,
      prisonerExchange: false,
    },
    {
      kind: 'settlement',
      // In the scenario's region order; "no change" rows are left out.
      transfers: [
        { region: 'aghdam', to: 'azerbaijan', afterTurns: 1 },
        { region: 'lachin', to: 'azerbaijan', afterTurns: 2 },
      ],
      corridors: ['lachin'],
      peacekeepers: { actor: 'russia', strength: 3, years: 5, renewable: true },
      monitoringCentre: ['russia', 'turkey'],
      displacedReturn: true,
      prisonerExchange: false,
    },
  ],
  [{ kind: 'arms-deal', seller: 'turkey', buyer: 'azerbaijan', package: 'drones', price: 20, delay: 2 }, { kind: 'arms-deal', seller: 'turkey', buyer: 'azerbaijan', package: 'drones', price: 20, delay: 2 }],
  [{ kind: 'transit', grantor: 'azerbaijan', user: 'turkey', rightsTurns: 6 }, { kind: 'transit', grantor: 'azerbaijan', user: 'turkey', turns: 6 }],
  [{ kind: 'basing', host: 'azerbaijan', guest: 'turkey', region: 'ganja', rightsTurns: 10 }, { kind: 'basing', host: 'azerbaijan', guest: 'turkey', region: 'ganja', turns: 10 }],
  [{ kind: 'mediation', mediator: 'russia' }, { kind: 'mediation', mediator: 'russia' }],
  [{ kind: 'summit', agenda: 'prisoners' }, { kind: 'summit', agenda: 'prisoners' }],
  [{ kind: 'statement', stance: 'condemn', about: 'armenia' }, { kind: 'statement', stance: 'condemn', about: 'armenia' }],
  [{ kind: 'sanction', target: 'armenia', exports: false }, { kind: 'sanction', target: 'armenia', exports: false }],
  [{ kind: 'recognition', of: 'artsakh' }, { kind: 'recognition', of: 'artsakh' }],
];

describe('the proposal drafter', () => {
  it('covers all ten kinds', () => {
    expect(new Set(CASES.map(([, t]) => t.kind))).toEqual(new Set(PROPOSAL_KINDS));
    expect(PROPOSAL_KINDS).toHaveLength(10);
  });

  it.each(CASES)('turns the form for %o into terms the engine accepts', (patch, terms) => {
    const f = form(patch);
    expect(termsFromForm(f, s0.regionOrder)).toEqual(terms);
    const res = checkDraft(s0, 'azerbaijan', f);
    // A statement, sanctions or recognition go to no one: they take effect when made.
    const to = ['statement', 'sanction', 'recognition'].includes(terms.kind) ? [] : ['armenia'];
    expect(res).toEqual({ ok: true, order: { kind: 'propose', to, terms } });
  });

  it.each(CASES)('pre-fills a form from terms and gives the same terms back (%o)', (_, terms) => {
    expect(termsFromForm(formFromTerms(s0, 'armenia', terms, ['azerbaijan']), s0.regionOrder)).toEqual(terms);
  });

  it('starts with a ceasefire to the actor’s enemies, no peacekeepers', () => {
    const f = blankForm(s0, 'azerbaijan');
    expect(f.kind).toBe('ceasefire');
    expect(f.to).toContain('armenia');
    expect(f.to).not.toContain('azerbaijan');
    expect(termsFromForm({ ...f, kind: 'settlement' }, s0.regionOrder)).toMatchObject({ transfers: [], peacekeepers: null });
  });

  it('gives the engine’s message for a refused draft', () => {
    const long = checkDraft(s0, 'azerbaijan', form({ kind: 'ceasefire', turns: 20 }));
    const engine = validateOrder(s0, 'azerbaijan', draftOrder(s0, form({ kind: 'ceasefire', turns: 20 })));
    expect(long).toEqual({ ok: false, code: 'ERR_BAD_TERMS', message: 'terms.turns must be a whole number from 1 to 12, not 20.' });
    expect(engine).toMatchObject({ ok: false, message: (long as { message: string }).message });
    expect(checkDraft(s0, 'azerbaijan', form({ to: [] }))).toMatchObject({ ok: false, message: 'to: a proposal needs at least one addressee (only a statement, sanctions or recognition may have none).' });
    expect(checkDraft(s0, 'azerbaijan', form({ kind: 'settlement', keeper: 'russia', keeperStrength: 30 }))).toMatchObject({
      ok: false,
      message: 'terms.peacekeepers.strength must be a whole number from 1 to 20, not 30.',
    });
    expect(checkDraft(s0, 'azerbaijan', form({ kind: 'arms-deal', price: 500 }))).toMatchObject({ ok: false, code: 'ERR_BAD_TERMS' });
  });

  it('sends a public statement with no addressee', () => {
    const res = checkDraft(s0, 'azerbaijan', form({ kind: 'statement', stance: 'call-for-calm', about: 'armenia', to: [] }));
    expect(res).toEqual({ ok: true, order: { kind: 'propose', to: [], terms: { kind: 'statement', stance: 'call-for-calm', about: 'armenia' } } });
  });

  it('offers every actor the engine lets a proposal go to, Georgia included (the computer asks it for transit)', () => {
    for (const actor of ['azerbaijan', 'turkey', 'russia']) {
      const to = addressees(s0, actor);
      expect(new Set(to)).toEqual(new Set(addressable(s0, actor)));
      expect(to).toContain('georgia');
    }
    const transit = checkDraft(s0, 'turkey', form({ kind: 'transit', grantor: 'georgia', user: 'turkey', rightsTurns: 4, to: ['georgia'] }));
    expect(transit).toMatchObject({ ok: true, order: { kind: 'propose', to: ['georgia'] } });
  });

  it('answers a proposal with a counter-proposal', () => {
    const made = GameSession.start(scenario, { scenarioId: scenario.id, seed: 'drafter-test', human: 'azerbaijan', difficulty: 'normal', variant: null });
    if (!made.ok) throw new Error(made.message);
    const s = made.session;
    const sent = checkDraft(s.state, 'azerbaijan', form({ kind: 'ceasefire', turns: 2 }));
    expect(sent.ok && s.addOrder('azerbaijan', sent.order).ok).toBe(true);
    expect(s.endTurn().ok).toBe(true);
    const p = s.state.proposals.find((x) => x.from === 'azerbaijan' && x.status === 'pending' && x.to.includes('armenia'));
    expect(p).toBeTruthy();
    const f = formFromTerms(s.state, 'armenia', p!.terms, [p!.from]);
    f.turns = 6;
    const res = checkDraft(s.state, 'armenia', f, p!.id);
    expect(res).toEqual({ ok: true, order: { kind: 'answer', proposal: p!.id, answer: 'counter', counter: { kind: 'ceasefire', turns: 6, monitors: [] } } });
    // A counter to a proposal that does not exist is refused with the engine's code.
    expect(checkDraft(s0, 'armenia', f, 'nope')).toMatchObject({ ok: false, code: 'ERR_UNKNOWN_PROPOSAL' });
  });
});
