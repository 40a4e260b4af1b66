// The Support tab's words for a package's preview, and the playback's short caption.
import { describe, expect, it } from 'vitest';
import { newGame, packagePreview, viewFor, type LogEntry } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { packageText } from '../../src/ui/package-text';
import { playbackText } from '../../src/ui/playback';

const made = newGame(SCENARIOS['2020-war'], 'package-text');
if (!made.ok) throw new Error(made.message);
const s = made.state;
const name = (a: string) => s.actors[a].name.replace(/\s*\(.*\)$/, '');

describe('packageText', () => {
  it('words the engine\'s figures: forces added, arrival, and the covert risk with its chance and costs', () => {
    const p = packagePreview(s, 'turkey', 'azerbaijan', 'drones', true);
    const t = packageText(p, name);
    expect(t.adds).toContain(`+${p.forces.drones} drones to Azerbaijan`);
    expect(t.adds).toContain(`+${p.influence} your influence over Azerbaijan`);
    expect(t.arrives).toMatch(/^arrives/);
    expect(t.risk).toBe(`covert: ${p.exposure!.chancePct}% a week to be exposed (then \u2212${p.exposure!.legitimacy} legitimacy, ${p.exposure!.relations < 0 ? '\u2212' : '+'}${Math.abs(p.exposure!.relations)} relations with Armenia${p.exposure!.with.includes('artsakh') ? ', Artsakh' : ''}, +${p.exposure!.tension} tension)`);
    expect(t.brief).toMatch(new RegExp(`^\\+${p.forces.drones} drones \u00b7 (this week|next week|in \\d+ weeks)( \\(late\\))? \u00b7 covert: ${p.exposure!.chancePct}% a week exposed$`));
    const overt = packageText(packagePreview(s, 'turkey', 'azerbaijan', 'drones', false), name);
    expect(overt.risk).toMatch(/^overt: \u2212\d+ legitimacy now/);
  });
});

describe('playbackText', () => {
  it('gives the banner a short caption, the full sentence kept as text', () => {
    const e: LogEntry = { turn: 1, phase: 'operations', cause: 'order', kind: 'combat', attacker: 'azerbaijan', defender: 'artsakh', region: 'shusha', roll: 16, threshold: 69, modifiers: [{ name: 'drones', value: 30 }], success: true, attackerLosses: 3, defenderLosses: 4, text: 'Azerbaijan attacks Shusha (Shushi) (25 against 4): roll 16 against 69 — the line breaks. Losses: attacker 3, defender 4. Modifiers: drones +30, terrain −20, supply +5, morale +3.' };
    const c = playbackText(e, viewFor(s, 'azerbaijan'));
    expect(c.text).toBe(e.text);
    expect(c.caption).toBe('Azerbaijan attacks Shusha (Shushi): the line breaks (roll 16 vs 69)');
    expect(c.caption.length).toBeLessThan(e.text.length / 2);
  });
});
