import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { playWorld } from '../../src/report/world';
import { SCENARIOS } from '../../src/scenario';
import { Theatre } from '../../src/ui/theatre/theatre';
import { decodeReplay, encodeReplay, shareAddress } from '../../src/ui/theatre/share-link';
import { branchReplay } from '../../src/ui/theatre/tree';
import { goldenReplay } from './theatre-fixture';

const game = goldenReplay();

async function refusal(code: string): Promise<string> {
  const res = await decodeReplay(code, SCENARIOS);
  if (res.ok) throw new Error('the link was accepted');
  return res.message;
}

describe('a share link carries the whole game', () => {
  it('round-trips to the same replay, hashes and all, in a few thousand characters', async () => {
    const code = await encodeReplay(game);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(JSON.stringify(game).length / 4);
    const back = await decodeReplay(code, SCENARIOS);
    expect(back.ok && back.replay).toEqual(game);
  });

  it('hands the theatre the game it played to check the link, week by week, as playWorld plays it', async () => {
    const back = await decodeReplay(await encodeReplay(game), SCENARIOS);
    if (!back.ok) throw new Error(back.message);
    const played = playWorld(game, SCENARIOS[game.scenarioId]);
    if (!played.ok) throw new Error(played.message);
    expect(back.world.replay).toBe(back.replay);
    expect(back.world.states.map(hashState)).toEqual(played.world.states.map(hashState));
    expect(back.world.logs).toEqual(played.world.logs);
    // The theatre takes that game as it is: the timeline's game is the world handed over.
    const t = Theatre.load();
    const id = t.add(back.replay, 'Shared game', { played: back.world });
    const shown = t.game(id);
    expect(shown.ok && shown.game.state(shown.game.lastWeek)).toBe(back.world.states.at(-1));
  });

  it('carries a branch\'s parent and week', async () => {
    const b = branchReplay(game, 4);
    const back = await decodeReplay(await encodeReplay(b), SCENARIOS);
    expect(back.ok && back.replay.branch).toEqual(b.branch);
  });

  it('puts the game in ?replay= on the page\'s own address, dropping other parameters', () => {
    expect(shareAddress('https://x.org/game/index.html?play=turkey#a', 'abc')).toBe('https://x.org/game/index.html?replay=abc');
  });
});

describe('a damaged link is refused with what is wrong', () => {
  it('empty, a stray character, cut short, not a game', async () => {
    const code = await encodeReplay(game);
    expect(await refusal('')).toMatch(/damaged: it is empty/);
    expect(await refusal(`${code.slice(0, 10)}%${code.slice(11)}`)).toMatch(/character 11 \("%"\) is not one a link's game uses/);
    expect(await refusal(code.slice(0, Math.floor(code.length / 2)))).toMatch(/damaged|cut short/);
    expect(await refusal('aGVsbG8')).toMatch(/damaged/);
  });

  it('another engine, an unknown scenario, an altered order or final hash', async () => {
    const raw = async (edit: (p: Record<string, unknown>) => void) => {
      const code = await encodeReplay(game);
      const { inflateRawSync, deflateRawSync } = await import('node:zlib');
      const p = JSON.parse(inflateRawSync(Buffer.from(code, 'base64url')).toString('utf8'));
      edit(p);
      return deflateRawSync(Buffer.from(JSON.stringify(p))).toString('base64url');
    };
    expect(await refusal(await raw((p) => (p.e = '0.0.1')))).toMatch(/engine "0\.0\.1"; this is engine/);
    expect(await refusal(await raw((p) => (p.s = 'constructor')))).toMatch(/scenario "constructor", which this build does not have/);
    expect(await refusal(await raw((p) => (p.f = '0123456789abcdef')))).toMatch(/does not end where it says/);
    expect(await refusal(await raw((p) => ((p.t as unknown[][])[2] = [{ turkey: [{ kind: 'hold', region: 'nowhere' }] }])))).toMatch(/turn 3: .*nowhere/);
    expect(await refusal(await raw((p) => ((p.t as unknown[][])[1] = [[]])))).toMatch(/damaged: \$\.turns\[1\]\.orders must be an object/);
  });

  it('any one character changed is refused or reads back as the very same game (fast-check, seeded)', async () => {
    const code = await encodeReplay(game);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(fc.nat(code.length - 1), fc.nat(alphabet.length - 1), async (at, c) => {
        const changed = `${code.slice(0, at)}${alphabet[c]}${code.slice(at + 1)}`;
        const res = await decodeReplay(changed, SCENARIOS);
        if (res.ok) expect(res.replay).toEqual(game);
        else expect(res.message).toMatch(/^The link/);
      }),
      { seed: 20, numRuns: 40 },
    );
  });
});
