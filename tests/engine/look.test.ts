// `look` reads a draft's children without opening drafts for them: the phases depend on it for
// speed, and on it returning what is current for correctness. It looks for drafts only inside
// onDraft (resolveTurn runs every phase's draft in one), so the tests' drafts are opened the same way.
import { isDraft, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { actorNow, controllerOf, look, onDraft } from '../../src/engine/board';
import { game } from './helpers';

describe('look', () => {
  it('returns the base object itself while nothing in the phase has changed it', () => {
    const s = game('look');
    produce(s, (d) => onDraft(() => {
      expect(look(d, 'wars')).toBe(s.wars);
      expect(isDraft(look(d, 'actors'))).toBe(false);
      expect(actorNow(d, 'armenia')).toBe(s.actors.armenia);
    }));
  });

  it('reading through it changes nothing: produce gives back the same state', () => {
    const s = game('look');
    const next = produce(s, (d) => onDraft(() => {
      look(d, 'treaties').forEach((t) => t.parties.length);
      for (const r of s.regionOrder) controllerOf(d, r);
    }));
    expect(next).toBe(s);
  });

  it('sees what the phase has changed so far', () => {
    const s = game('look');
    produce(s, (d) => onDraft(() => {
      d.actors.armenia.treasury = 12345;
      d.regions.shusha.controller = 'azerbaijan';
      d.wars.push({ a: 'armenia', b: 'georgia', since: 0 });
      expect(actorNow(d, 'armenia').treasury).toBe(12345);
      expect(controllerOf(d, 'shusha')).toBe('azerbaijan');
      expect(look(d, 'wars').some((w) => w.b === 'georgia')).toBe(true);
      // An untouched sibling still comes from the base.
      expect(actorNow(d, 'azerbaijan')).toBe(s.actors.azerbaijan);
    }));
  });

  it('after a phase throws, plain states read as themselves and a later phase sees its own changes', () => {
    const s = game('look');
    expect(() => produce(s, (d) => onDraft(() => {
      d.actors.armenia.treasury = 1;
      throw new Error('a phase failed');
    }))).toThrow('a phase failed');
    // Outside any phase the plain state reads as itself, the same record every time.
    expect(look(s, 'actors')).toBe(s.actors);
    expect(actorNow(s, 'armenia')).toBe(s.actors.armenia);
    // And a later phase still sees its own changes.
    produce(s, (d) => onDraft(() => {
      d.regions.shusha.controller = 'azerbaijan';
      expect(controllerOf(d, 'shusha')).toBe('azerbaijan');
      expect(actorNow(d, 'azerbaijan')).toBe(s.actors.azerbaijan);
    }));
  });

  it('reads plain objects as they are', () => {
    const s = game('look');
    expect(look(s, 'actors')).toBe(s.actors);
    expect(controllerOf(s, 'shusha')).toBe(s.regions.shusha.controller);
  });
});
