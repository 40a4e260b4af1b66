import type { ActorId, LogEntry, Modifier } from '../engine';
// The news feed: the engine's log, turned into lines a player reads. Every fight shows its
// roll, threshold and modifiers; every line keeps its cause.

export type Tone = 'fight' | 'capture' | 'diplomacy' | 'support' | 'event' | 'decision' | 'stat' | 'end' | 'order';

export interface NewsItem {
  readonly tone: Tone;
  readonly headline: string;
  readonly details: readonly string[];
  readonly cause: string;
  /** Region it happened in, for highlighting on the board. */
  readonly region: string | null;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

export function modifierList(mods: readonly Modifier[]): string {
  return mods.length ? mods.map((m) => `${m.name} ${signed(m.value)}`).join(', ') : 'no modifiers';
}

function newsItem(e: LogEntry): NewsItem | null {
  const base = { headline: e.text, cause: e.cause };
  switch (e.kind) {
    case 'combat':
      return {
        ...base,
        tone: 'fight',
        region: e.region,
        details: [
          `Roll ${e.roll} against ${e.threshold}: ${e.success ? 'attack succeeds' : 'attack fails'} (needs ${e.threshold} or less).`,
          `Modifiers: ${modifierList(e.modifiers)}.`,
          `Losses: attacker ${e.attackerLosses}, defender ${e.defenderLosses}.`,
        ],
      };
    case 'duel':
      return {
        ...base,
        tone: 'fight',
        region: e.region,
        details: [
          `Drones ${e.drones} against air defence ${e.airDefence}; roll ${e.roll} against ${e.threshold}.`,
          `Lost: drones ${e.dronesLost}, air defence ${e.airDefenceLost}, armour ${e.armourLost}.`,
        ],
      };
    case 'capture':
      return { ...base, tone: 'capture', region: e.region, details: [] };
    case 'roll':
      return { ...base, tone: 'event', region: null, details: [`Roll ${e.roll} against ${e.threshold}: ${e.success ? 'yes' : 'no'}.`] };
    case 'event':
      return { ...base, tone: 'event', region: null, details: e.source ? [`Source: ${e.source}`] : [] };
    case 'event-unmet':
      return { ...base, tone: 'event', region: null, details: [] };
    case 'proposal':
    case 'answer':
    case 'treaty':
      return { ...base, tone: 'diplomacy', region: null, details: [] };
    case 'support':
      return { ...base, tone: 'support', region: null, details: [] };
    case 'decision':
      return { ...base, tone: 'decision', region: null, details: [...e.reasons] };
    case 'stat':
      return { ...base, tone: 'stat', region: null, details: [] };
    case 'end':
      return { ...base, tone: 'end', region: null, details: [] };
    case 'order':
      return { ...base, tone: 'order', region: null, details: [`Result: ${e.result}.`] };
    default: {
      const never: never = e;
      return never;
    }
  }
}

const TONE_ORDER: readonly Tone[] = ['end', 'capture', 'fight', 'event', 'diplomacy', 'support', 'order', 'decision', 'stat'];

/** Decisions that change the war whoever they concern: a war opened, a government fallen. */
const DECISIVE_CAUSES: readonly string[] = ['attack on a party not at war', 'domestic support at zero'];

function involves(e: LogEntry, mine: ReadonlySet<ActorId>): boolean {
  switch (e.kind) {
    case 'combat':
    case 'duel':
      return mine.has(e.attacker) || mine.has(e.defender);
    case 'capture':
      return (e.from !== null && mine.has(e.from)) || mine.has(e.to);
    case 'order':
    case 'decision':
    case 'stat':
    case 'answer':
      return mine.has(e.actor);
    case 'proposal':
      return mine.has(e.from) || e.to.some((a) => mine.has(a));
    case 'treaty':
      return e.parties.some((a) => mine.has(a));
    case 'support':
      return mine.has(e.patron) || mine.has(e.client);
    default:
      return false;
  }
}

/** Headlines whoever they concern: the end, captures, treaties signed, broken or invoked, a war opened. */
function decisive(e: LogEntry): boolean {
  // What the facilitator injected or set by hand is news for every team.
  if (e.facilitator !== undefined) return true;
  return e.kind === 'end' || e.kind === 'capture' || e.kind === 'treaty' || (e.kind === 'decision' && DECISIVE_CAUSES.includes(e.cause)) || (e.kind === 'support' && e.change === 'exposed');
}

export interface RankedNews {
  /** What happened to the player's side, and the decisive events: always shown. */
  readonly top: readonly NewsItem[];
  /** The rest of the week, shown on request. */
  readonly rest: readonly NewsItem[];
}

function toneSorted(items: readonly { item: NewsItem; index: number }[]): NewsItem[] {
  return [...items].sort((a, b) => TONE_ORDER.indexOf(a.item.tone) - TONE_ORDER.indexOf(b.item.tone) || a.index - b.index).map((x) => x.item);
}

/**
 * One turn's news for the actors `mine` (the player's side): first what concerns them and the
 * decisive events (captures, treaties and their breaches, a war opened, a government fallen,
 * an exposure, whatever the facilitator injected or set), then the rest; in each part by tone (the end, captures, fights, events, diplomacy,
 * support, orders), ties in log order, so the same log always reads the same. Statistics and the
 * other decisions join only with `includeStats`; a decisive decision is always shown.
 */
export function rankNews(entries: readonly LogEntry[], mine: readonly ActorId[], opts: { includeStats?: boolean } = {}): RankedNews {
  const me = new Set(mine);
  const top: { item: NewsItem; index: number }[] = [];
  const rest: { item: NewsItem; index: number }[] = [];
  entries.forEach((e, index) => {
    const key = decisive(e);
    if (!opts.includeStats && !key && (e.kind === 'stat' || e.kind === 'decision')) return;
    const item = newsItem(e);
    if (item) (key || involves(e, me) ? top : rest).push({ item, index });
  });
  return { top: toneSorted(top), rest: toneSorted(rest) };
}

/** The feed for one turn, for a reader with no side (the facilitator): headlines first (captures, fights), statistics last. */
export function newsFeed(entries: readonly LogEntry[], opts: { includeStats?: boolean; includeDecisions?: boolean } = {}): NewsItem[] {
  const items = entries.map(newsItem).filter((x): x is NewsItem => x !== null);
  return toneSorted(items.filter((i) => (opts.includeStats ? true : i.tone !== 'stat') && (opts.includeDecisions ? true : i.tone !== 'decision')).map((item, index) => ({ item, index })));
}

/** The turn's fights and captures, in the order they happened, for the board's playback. */
export function playbackSteps(entries: readonly LogEntry[]): LogEntry[] {
  return entries.filter((e) => e.kind === 'combat' || e.kind === 'capture' || e.kind === 'duel' || (e.kind === 'order' && e.order.kind === 'strike'));
}
