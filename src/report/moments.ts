// The decisive moments of a whole war, ranked by consequence, each with its roll and modifiers:
// captures weigh what rides on the region (regionStakes), repelled attacks half that, treaties
// by kind, exposures and events a little. The list is chosen from every turn, then told in order.
import { dateOfTurn, longDate, type Calendar, type LogEntry, type Modifier, type RegionId } from '../engine';
import { regionStakes, type AimHolders } from './stakes';

export interface MomentRoll {
  readonly what: string;
  readonly roll: number;
  readonly threshold: number;
  readonly modifiers: readonly Modifier[];
}

export interface Moment {
  readonly turn: number;
  readonly date: string;
  readonly text: string;
  readonly kind: LogEntry['kind'];
  /** How much it mattered (aim points at stake, or a fixed weight by kind). */
  readonly weight: number;
  /** The dice behind it: the fight and the drone duel for a capture or a repelled attack. */
  readonly rolls: readonly MomentRoll[];
}

const TREATY_WEIGHT: Readonly<Record<string, number>> = { settlement: 60, ceasefire: 30 };

function weightOf(e: LogEntry, stake: (r: RegionId) => number): number {
  switch (e.kind) {
    case 'capture':
      return 10 + stake(e.region);
    case 'combat':
      return e.success ? 0 : 5 + Math.floor(stake(e.region) / 2);
    case 'treaty':
      if (e.change === 'signed') return TREATY_WEIGHT[e.treatyKind] ?? 15;
      return e.change === 'breached' || e.change === 'invoked' ? 25 : 0;
    case 'support':
      return e.change === 'exposed' ? 15 : 0;
    case 'event':
      return 8;
    case 'end':
      return 40;
    default:
      return 0;
  }
}

/** The fight and the drone duel over a region in a turn, as rolls. */
function rollsAt(log: readonly LogEntry[], turn: number, region: RegionId): MomentRoll[] {
  const out: MomentRoll[] = [];
  for (const e of log) {
    if (e.turn !== turn) continue;
    if (e.kind === 'duel' && e.region === region) out.push({ what: `drones ${e.drones} against air defence ${e.airDefence}`, roll: e.roll, threshold: e.threshold, modifiers: [] });
    if (e.kind === 'combat' && e.region === region) out.push({ what: `ground attack (${e.success ? 'the line breaks' : 'repelled'})`, roll: e.roll, threshold: e.threshold, modifiers: e.modifiers });
  }
  return out;
}

/**
 * The `limit` weightiest moments of the whole log (ties: earlier first), in the war's order.
 * `holders` carries the aims that say what is at stake in each region.
 */
export function rankMoments(log: readonly LogEntry[], holders: AimHolders, calendar: Calendar, limit = 12): Moment[] {
  const stakes = new Map(regionStakes(holders).map((s) => [s.region, s.points]));
  const stake = (r: RegionId): number => stakes.get(r) ?? 0;
  const weighed = log.map((e, i) => ({ e, i, w: weightOf(e, stake) })).filter((x) => x.w > 0);
  const chosen = [...weighed].sort((a, b) => b.w - a.w || a.i - b.i).slice(0, limit);
  chosen.sort((a, b) => a.i - b.i);
  return chosen.map(({ e, w }) => ({
    turn: e.turn,
    date: longDate(dateOfTurn(calendar, e.turn)),
    text: e.text,
    kind: e.kind,
    weight: w,
    rolls: e.kind === 'capture' || e.kind === 'combat' ? rollsAt(log, e.turn, e.region) : [],
  }));
}

/** A roll in words: "roll 31 against 87 [base +45, terrain: mountain -20]". */
export function rollText(r: MomentRoll): string {
  const mods = r.modifiers.map((m) => `${m.name} ${m.value >= 0 ? '+' : ''}${m.value}`).join(', ');
  return `${r.what}: roll ${r.roll} against ${r.threshold}${mods ? ` [${mods}]` : ''}`;
}
