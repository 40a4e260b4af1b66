// The autosave is checked each time the menu opens: a good one is rebuilt into its game; a bad one,
// whatever its shape, is moved aside under its own key (never deleted) with the reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenario';
import { saveOf } from '../../src/ui/save';
import { GameSession } from '../../src/ui/session';
import { AUTOSAVE_KEY, checkAutosave, REJECTED_PREFIX, writeAutosave } from '../../src/ui/store';
import { hashState } from '../../src/engine';

/** localStorage as a browser gives it, minus events; `full` makes every write throw like a full quota. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

function oneTurn(): GameSession {
  const made = GameSession.start(SCENARIOS['2020-war'], { scenarioId: '2020-war', seed: 'autosave-test', human: 'armenia', difficulty: 'easy', variant: null });
  if (!made.ok) throw new Error(made.message);
  made.session.endTurn();
  return made.session;
}

describe('the autosave', () => {
  it('is rebuilt into the game it saved', () => {
    const game = oneTurn();
    writeAutosave(game);
    expect(JSON.parse(store.getItem(AUTOSAVE_KEY)!)).toEqual(JSON.parse(JSON.stringify(saveOf(game))));
    const check = checkAutosave();
    if (check.kind !== 'ok') throw new Error(JSON.stringify(check));
    expect(hashState(check.session.state)).toBe(hashState(game.state));
    expect(checkAutosave().kind).toBe('ok');
  });

  it('is none when there is nothing saved', () => {
    expect(checkAutosave()).toEqual({ kind: 'none' });
  });

  it('of any bad shape is refused with the reason and moved, byte for byte, to the next rejected key', () => {
    const good = JSON.stringify(saveOf(oneTurn()));
    const diverged = JSON.parse(good);
    diverged.replay.turns[0].hash = 'ffffffffffffffff';
    const cases: [string, RegExp][] = [
      ['{"format":"karabakh-save"}', /holds no replay/],
      [good.slice(0, good.length / 2), /not readable JSON .*cut short/],
      ['{"format":"karabakh-replay"}', /not a saved game/],
      [good.replace(/"engineVersion":"[^"]+"/, '"engineVersion":"9.9.9"'), /engine 9\.9\.9/],
      [JSON.stringify(diverged), /^Turn 1 ends in a different state than recorded/],
    ];
    cases.forEach(([raw, reason], i) => {
      store.setItem(AUTOSAVE_KEY, raw);
      const check = checkAutosave();
      expect(check).toEqual({ kind: 'refused', reason: expect.stringMatching(reason), keptAt: `${REJECTED_PREFIX}${i + 1}` });
      expect(store.getItem(`${REJECTED_PREFIX}${i + 1}`)).toBe(raw);
      expect(store.getItem(AUTOSAVE_KEY)).toBeNull();
    });
    expect(checkAutosave()).toEqual({ kind: 'none' });
  });

  it('stays where it is when storage refuses the copy, and says so', () => {
    store.setItem(AUTOSAVE_KEY, '{"format":"karabakh-save"}');
    store.full = true;
    expect(checkAutosave()).toMatchObject({ kind: 'refused', keptAt: null });
    expect(store.getItem(AUTOSAVE_KEY)).toBe('{"format":"karabakh-save"}');
  });
});
