// A link starts a game or presets the menu only with settings the menu itself would accept; any
// bad value is refused with the reason (the menu then opens with it in a dialog).
import { describe, expect, it } from 'vitest';
import type { MenuChoice } from '../../src/ui/app';
import { addressWithoutLink, readLink } from '../../src/ui/link';
import { SCENARIOS } from '../../src/scenario';
import { playableActors, SEED_MAX } from '../../src/ui/settings';

const defaults: MenuChoice = { scenarioId: '2020-war', human: 'azerbaijan', difficulty: 'normal', variant: null, seed: 'menu-seed' };
const refusal = (search: string): string => {
  const r = readLink(search, defaults);
  if (r.kind !== 'refused') throw new Error(`not refused: ${JSON.stringify(r)}`);
  return r.message;
};

describe('reading a link', () => {
  it('starts the game a whole link names, filling what it leaves out from the menu', () => {
    expect(readLink('?play=turkey&scenario=2020-full&seed=abc&difficulty=hard&variant=no-turkish-drones', defaults)).toEqual({
      kind: 'play',
      config: { scenarioId: '2020-full', human: 'turkey', seed: 'abc', difficulty: 'hard', variant: 'no-turkish-drones' },
    });
    expect(readLink('?play=armenia&fast', defaults)).toEqual({ kind: 'play', config: { ...defaults, human: 'armenia' } });
  });

  it('opens the replay theatre on a shared game or a stored timeline, and takes those out of the address too', () => {
    expect(readLink('?replay=abc_-9&fast', defaults)).toEqual({ kind: 'replay', value: 'abc_-9' });
    expect(readLink('?theatre=t3', defaults)).toEqual({ kind: 'theatre', value: 't3' });
    expect(addressWithoutLink('https://x.org/g/?fast&replay=abc#h')).toBe('/g/?fast#h');
    expect(addressWithoutLink('https://x.org/g/?theatre=t3')).toBe('/g/');
  });

  it('presets the menu when the link names no actor to play, and does nothing without link parameters', () => {
    expect(readLink('?scenario=2020-full&difficulty=easy', defaults)).toEqual({ kind: 'preset', config: { ...defaults, scenarioId: '2020-full', difficulty: 'easy' } });
    expect(readLink('?fast', defaults)).toEqual({ kind: 'none' });
    expect(readLink('', defaults)).toEqual({ kind: 'none' });
  });

  it('refuses an unknown or inherited scenario id, naming the ones there are', () => {
    expect(refusal('?play=azerbaijan&scenario=constructor')).toBe('There is no scenario "constructor" in this build (it has 2020-war, 2020-full).');
    expect(refusal('?play=azerbaijan&scenario=__proto__')).toMatch(/no scenario "__proto__"/);
    expect(refusal('?scenario=nope')).toMatch(/no scenario "nope"/);
  });

  it('refuses an unknown variant, an actor that is not playable or not there, a bad difficulty, a seed too long', () => {
    expect(refusal('?play=azerbaijan&variant=nope')).toMatch(/^"nope" is not a variant of 2020-war \(it has no-turkish-drones, russia-defends-karabakh, no-russian-broker, no-mercenaries, iran-closes-aras\)/);
    expect(refusal('?variant=nope')).toMatch(/"nope" is not a variant/);
    const playable = playableActors(SCENARIOS['2020-war']);
    expect(playable).toContain('turkey');
    expect(refusal('?play=constructor')).toBe(`"constructor" is not an actor you can play in 2020-war (you can play ${playable.join(', ')}).`);
    expect(refusal('?play=artsakh')).toMatch(/"artsakh" is not an actor you can play/);
    expect(refusal('?play=turkey&difficulty=brutal')).toMatch(/"brutal" is not a difficulty \(use easy, normal, hard\)/);
    expect(refusal(`?play=turkey&seed=${'x'.repeat(SEED_MAX + 1)}`)).toBe(`The seed is ${SEED_MAX + 1} characters long; a seed has at most ${SEED_MAX}.`);
    expect(readLink(`?play=turkey&seed=${'x'.repeat(SEED_MAX)}`, defaults).kind).toBe('play');
    expect(refusal('?play=turkey&seed=')).toMatch(/seed is empty/);
  });

  it('leaves the address without the link, keeping its path, other parameters and anchor', () => {
    expect(addressWithoutLink('http://h/sub/dir/?play=turkey&fast&seed=a#x')).toBe('/sub/dir/?fast#x');
    expect(addressWithoutLink('http://h/?pl%61y=turkey&lang=hy&variant=')).toBe('/?lang=hy');
    expect(addressWithoutLink('http://h/?play=turkey&scenario=2020-war')).toBe('/');
  });
});
