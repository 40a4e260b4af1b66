import { describe, expect, it } from 'vitest';
import { boardKeyAction } from '../../src/ui/board-keys';
import { HELP_ROWS } from '../../src/ui/help';
import { TABS } from '../../src/ui/panels/side';

/** The keys a player presses for each name the help overlay shows. */
function keysOf(label: string): string[] {
  const names: Record<string, string> = { Esc: 'Escape', Space: ' ', '\u2212': '-' };
  return label
    .split(/ \/ | or /)
    .flatMap((k) => (/^\d\u2013\d$/.test(k) ? Array.from({ length: Number(k[2]) - Number(k[0]) + 1 }, (_, i) => String(Number(k[0]) + i)) : [k]))
    .map((k) => names[k] ?? k);
}

describe('board keys', () => {
  it('every key the help overlay lists does something, in play or during playback', () => {
    const listed = HELP_ROWS.flatMap(([label]) => keysOf(label));
    expect(listed.length).toBeGreaterThan(8);
    for (const key of listed) expect([boardKeyAction(key, false), boardKeyAction(key, true)].some((a) => a !== null), key).toBe(true);
  });

  it('the number keys pick the side panel tabs in order, and only those', () => {
    TABS.forEach((tab, i) => expect(boardKeyAction(String(i + 1), false)).toEqual({ kind: 'tab', tab }));
    expect(boardKeyAction(String(TABS.length + 1), false)).toBeNull();
  });

  it('letters work in either case', () => {
    for (const k of ['e', 'n', 'h']) expect(boardKeyAction(k.toUpperCase(), false)).toEqual(boardKeyAction(k, false));
    expect(boardKeyAction('e', false)?.kind).toBe('end-turn');
  });

  it('zoom in and out are opposite, and = zooms in like +', () => {
    const zin = boardKeyAction('+', false);
    const zout = boardKeyAction('-', false);
    expect(zin?.kind === 'zoom' && zout?.kind === 'zoom' && zin.factor > 1 && zout.factor < 1).toBe(true);
    expect(boardKeyAction('=', false)).toEqual(zin);
  });

  it('while a turn plays back only Space and Esc act, and they skip the playback', () => {
    expect(boardKeyAction(' ', true)).toEqual({ kind: 'skip-playback' });
    expect(boardKeyAction('Escape', true)).toEqual({ kind: 'skip-playback' });
    for (const k of ['e', 'n', '1', '+', '0', 'h']) expect(boardKeyAction(k, true), k).toBeNull();
    expect(boardKeyAction('Escape', false)).toEqual({ kind: 'deselect' });
    expect(boardKeyAction(' ', false)).toBeNull();
  });
});
