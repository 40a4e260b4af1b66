// The turning points and the luck of a game in words, the same on the command line and in the
// debrief: what "the outcome" means, each turning point's move, and where the game fell.
import { dateOfTurn, longDate, type GameState } from '../engine';
import type { Luck } from './luck';
import type { TurningPoint } from './turning-points';

const WAR_END: Readonly<Record<string, string>> = { settlement: 'a settlement ended the war', collapse: 'a government collapsed', none: 'the war was still going at the end' };

const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x)}`;

/** How a name is shown (the debrief drops the bracketed alternatives; the command line keeps them). */
export type Naming = (name: string) => string;
const asIs: Naming = (n) => n;

/** "Azerbaijan holds Shusha, Artsakh holds Stepanakert; a settlement ended the war": the outcome the odds are of. */
export function outcomePhrase(end: GameState, luck: Luck, naming: Naming = asIs): string {
  const name = (a: string | null): string => (a ? naming(end.actors[a]?.name ?? a) : 'no one');
  const held = luck.regions.map((r) => `${name(r.holder)} holds ${naming(end.regions[r.region]?.name ?? r.region)}`).join(', ');
  return `${held}; ${WAR_END[luck.warEnd.actual]}`;
}

/** "Week 3 (11 October 2020): 24% → 61% (+37 points)". */
export function turningHeadline(end: GameState, t: TurningPoint): string {
  return `Week ${t.week} (${longDate(dateOfTurn(end.calendar, t.week - 1))}): ${t.before}% → ${t.after}% (${signed(t.shift)} points)`;
}

/** The actors' mean scores that moved most in a week: "Azerbaijan +12.5, Armenia −8". */
export function scoreShiftText(end: GameState, t: TurningPoint, naming: Naming = asIs, limit = 3): string {
  const moved = Object.entries(t.scoreShift)
    .filter(([, x]) => x !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit);
  return moved.length === 0 ? 'no mean score moved' : `mean scores ${moved.map(([a, x]) => `${naming(end.actors[a]?.name ?? a)} ${signed(x)}`).join(', ')}`;
}

/** Where the game fell among the continuations, one line per figure. */
export function luckLines(end: GameState, luck: Luck, naming: Naming = asIs): string[] {
  const name = (a: string): string => naming(end.actors[a]?.name ?? a);
  return [
    `The whole outcome came about in ${luck.outcome}% of the ${luck.games} continuations.`,
    ...luck.regions.map((r) => `${naming(end.regions[r.region]?.name ?? r.region)} held by ${r.holder ? name(r.holder) : 'no one'}: ${r.pct}% of continuations`),
    `War of ${luck.warLength.actual} weeks: ${luck.warLength.same}% as long, ${luck.warLength.shorter}% shorter, ${luck.warLength.longer}% longer; ${WAR_END[luck.warEnd.actual]} in ${luck.warEnd.pct}%`,
    ...luck.scores.map((s) => `${name(s.actor)} scored ${s.actual} (continuations' mean ${s.mean}): percentile ${s.percentile}`),
  ];
}
