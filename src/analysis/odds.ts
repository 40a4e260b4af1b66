// The odds of a batch: aggregate the per-game summaries into the figures the report shows.
import type { ActorId, RegionId } from '../engine';
import type { GameSummary } from './summary';

export interface BatchOdds {
  /** Region → actor → percent of games in which that actor held it at the end. */
  readonly control: Record<RegionId, Record<ActorId, number>>;
  /** War length in turns (the settlement's week, else the turns played): mean, median and how many games lasted each length. */
  readonly warLength: { readonly mean: number; readonly median: number; readonly histogram: Record<string, number> };
  readonly endReason: Record<string, number>;
  /** How the war ended (% of games): settlement, collapse, none (still going at the end). */
  readonly warEnd: Record<string, number>;
  /** Percent of games in which each actor had peacekeepers deployed at the end. */
  readonly peacekeepers: Record<ActorId, number>;
  /** Percent of games in which each actor sat in a monitoring centre at the end. */
  readonly monitors: Record<ActorId, number>;
  /** Mean score by actor (two decimals). */
  readonly meanScore: Record<ActorId, number>;
  /** Percent of games with a treaty of each kind in force at the end. */
  readonly treaties: Record<string, number>;
}

const pct = (n: number, of: number): number => Math.round((n * 1000) / Math.max(1, of)) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

function count(items: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}

function sortedRecord<V>(r: Record<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}

export function batchOdds(games: readonly GameSummary[]): BatchOdds {
  const n = games.length;
  const control: Record<RegionId, Record<ActorId, number>> = {};
  for (const g of games) {
    for (const [r, a] of Object.entries(g.control)) {
      const row = (control[r] ??= {});
      const who = a ?? 'none';
      row[who] = (row[who] ?? 0) + 1;
    }
  }
  for (const r of Object.keys(control)) {
    for (const a of Object.keys(control[r])) control[r][a] = pct(control[r][a], n);
    control[r] = sortedRecord(control[r]);
  }
  const lengths = games.map((g) => g.warLength).sort((a, b) => a - b);
  const mean = lengths.reduce((s, x) => s + x, 0) / Math.max(1, n);
  const median = n === 0 ? 0 : n % 2 === 1 ? lengths[(n - 1) / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2;
  const histogram = count(lengths.map(String));
  const endReason = count(games.map((g) => g.endReason));
  for (const k of Object.keys(endReason)) endReason[k] = pct(endReason[k], n);
  const warEnd = count(games.map((g) => g.warEnd));
  for (const k of Object.keys(warEnd)) warEnd[k] = pct(warEnd[k], n);
  const pk = count(games.flatMap((g) => Object.keys(g.peacekeepers)));
  for (const k of Object.keys(pk)) pk[k] = pct(pk[k], n);
  const mon = count(games.flatMap((g) => g.monitors));
  for (const k of Object.keys(mon)) mon[k] = pct(mon[k], n);
  const tr = count(games.flatMap((g) => [...new Set(g.treaties.map((t) => t.kind))]));
  for (const k of Object.keys(tr)) tr[k] = pct(tr[k], n);
  const meanScore: Record<ActorId, number> = {};
  for (const g of games) for (const [a, p] of Object.entries(g.scores)) meanScore[a] = (meanScore[a] ?? 0) + p;
  for (const a of Object.keys(meanScore)) meanScore[a] = round2(meanScore[a] / Math.max(1, n));
  return {
    control: sortedRecord(control),
    warLength: { mean: round2(mean), median, histogram },
    endReason: sortedRecord(endReason),
    warEnd: sortedRecord(warEnd),
    peacekeepers: sortedRecord(pk),
    monitors: sortedRecord(mon),
    meanScore: sortedRecord(meanScore),
    treaties: sortedRecord(tr),
  };
}

/** Mean number of the given regions held by each actor's side at the end. */
export function meanHeld(games: readonly GameSummary[], regions: readonly RegionId[], side: (actor: ActorId) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of games) for (const r of regions) {
    const a = g.control[r];
    if (!a) continue;
    const s = side(a);
    out[s] = (out[s] ?? 0) + 1;
  }
  for (const k of Object.keys(out)) out[k] = round2(out[k] / Math.max(1, games.length));
  return sortedRecord(out);
}
