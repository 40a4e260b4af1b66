// replay --turning: a game's turning points told on the command line, from continuations of the
// start of every week played in this thread (analysis/game-turning).
import type { GameTurning } from '../analysis/game-turning';
import { luckLines, outcomePhrase, scoreShiftText, turningHeadline } from '../analysis/turning-text';
import { weekMoments } from '../analysis/turning-points';
import { finalState, type PlayedWorld } from '../report/world';

/** How many turning points are told (every week keeps its place in --json). */
const TOLD = 3;

export function turningLines(world: PlayedWorld, turning: GameTurning): string[] {
  const end = finalState(world);
  const log = world.logs.flat();
  const curve = turning.curve.map((p, i) => `${i === turning.curve.length - 1 ? 'end' : `w${p.week}`} ${p.outcome}%`).join(' · ');
  const lines = [
    `Turning points: ${turning.games} continuations from the start of each week, every actor played by the computer.`,
    `The outcome: ${outcomePhrase(end, turning.luck)}.`,
    `Its odds at the start of each week: ${curve}`,
    '',
  ];
  turning.points.slice(0, TOLD).forEach((t, i) => {
    lines.push(`${i + 1}. ${turningHeadline(end, t)}; ${scoreShiftText(end, t)}`);
    for (const m of weekMoments(log, t.week, end, end.calendar)) lines.push(`     ${m.text}`);
  });
  lines.push('', `How lucky (against the continuations of week 1):`, ...luckLines(end, turning.luck).map((l) => `  ${l}`));
  return lines;
}
