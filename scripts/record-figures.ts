// Figures of the record (issue 19) that the batch does not report, over computer-played games
// (seeds S-1 … S-N, as `npm run batch` names them): how often a government falls, how the games
// end, how many end with two settlements in force or doubled peacekeepers, the week the first
// settlement was signed, and Shusha and Stepanakert at the end; and the pre-war months (2020-full):
// the week the war began, Azerbaijan's drone points then, covert mercenaries exposed before it.
// docs/calibration.md quotes it.
// usage: node --import tsx scripts/record-figures.ts [SCENARIO] [RUNS] [SEED] [VARIANT]
import { decideAll } from '../src/ai';
import { newGame, simulateTurn, type GameState, type OrdersByActor } from '../src/engine';
import { SCENARIOS } from '../src/scenario';

const scenarioId = process.argv[2] ?? '2020-full';
const runs = Number(process.argv[3] ?? 300);
const seed = process.argv[4] ?? 'cal';
const variant = process.argv[5] ?? null;

interface Game {
  readonly fell: boolean;
  readonly end: GameState;
  /** The week the war began (from 1), Azerbaijan's drone points then, and whether mercenaries were exposed before it. */
  readonly warWeek: number | null;
  readonly dronesAtWar: number | null;
  readonly exposedBeforeWar: boolean;
}

const dronesOf = (s: GameState, actor: string): number => Object.values(s.actors[actor].forces).reduce((n, f) => n + f.drones, 0);
const atWarNow = (s: GameState): boolean => s.wars.some((w) => w.a === 'azerbaijan' || w.b === 'azerbaijan');
const mercenariesExposed = (s: GameState): boolean => s.links.some((l) => l.package === 'mercenaries' && l.covert && l.exposed);

function play(i: number): Game {
  const g = newGame(SCENARIOS[scenarioId], `${seed}-${i}`, { variant });
  if (!g.ok) throw new Error(g.message);
  let s = g.state;
  let fell = false;
  let warWeek: number | null = atWarNow(s) ? 1 : null;
  let dronesAtWar: number | null = warWeek ? dronesOf(s, 'azerbaijan') : null;
  let exposedBeforeWar = false;
  while (!s.ended && s.turn < s.calendar.turns) {
    if (warWeek === null) exposedBeforeWar ||= mercenariesExposed(s);
    const decisions = decideAll(s, { difficulty: 'normal' });
    const orders: OrdersByActor = {};
    for (const id of Object.keys(decisions)) orders[id] = decisions[id].orders;
    const r = simulateTurn(s, orders);
    if (!r.ok) throw new Error(r.message);
    s = r.state;
    fell ||= s.actorOrder.some((id) => s.actors[id].collapsed);
    if (warWeek === null && atWarNow(s)) {
      warWeek = s.turn;
      dronesAtWar = dronesOf(r.state, 'azerbaijan');
    }
  }
  return { fell, end: s, warWeek, dronesAtWar, exposedBeforeWar };
}

const count = (xs: readonly number[]): Record<number, number> => {
  const out: Record<number, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
};
const pct = (n: number): number => Math.round((n * 1000) / runs) / 10;

const games = Array.from({ length: runs }, (_, i) => play(i + 1));
const settled = games.map((g) => g.end.treaties.filter((t) => t.kind === 'settlement'));
const signedWeek = settled.filter((ts) => ts.length > 0).map((ts) => Math.min(...ts.map((t) => t.since)) + 1);
const peacekeepers = games.map((g) => Object.values(g.end.actors[g.end.roles.broker].forces).reduce((n, f) => n + f.peacekeepers, 0));
const endReasons: Record<string, number> = {};
for (const g of games) endReasons[g.end.ended?.reason ?? 'unfinished'] = (endReasons[g.end.ended?.reason ?? 'unfinished'] ?? 0) + 1;
console.log(
  JSON.stringify({
    scenario: scenarioId,
    variant,
    games: runs,
    governmentFellPct: pct(games.filter((g) => g.fell).length),
    endReasons,
    endWeek: count(games.map((g) => (g.end.ended ? g.end.ended.turn + 1 : g.end.turn))),
    twoSettlements: settled.filter((ts) => ts.length >= 2).length,
    brokerPeacekeepersAtEnd: count(peacekeepers),
    settlementWeek: count(signedWeek),
    shushaHeldByAzerbaijanPct: pct(games.filter((g) => g.end.regions.shusha.controller === 'azerbaijan').length),
    warWeek: count(games.flatMap((g) => (g.warWeek === null ? [] : [g.warWeek]))),
    azerbaijanDronesAtWarMean: Math.round((games.reduce((n, g) => n + (g.dronesAtWar ?? 0), 0) * 100) / Math.max(1, games.filter((g) => g.dronesAtWar !== null).length)) / 100,
    mercenariesExposedBeforeWarPct: pct(games.filter((g) => g.exposedBeforeWar).length),
    stepanakertHeldByAzerbaijanPct: pct(games.filter((g) => g.end.regions.stepanakert.controller === 'azerbaijan').length),
  }),
);
