// Captions for the turn's playback on the board: one per fight, strike or capture. `caption` is
// the short line the banner shows (the full log sentence, `text`, is its tooltip), so the banner
// stays small and the fight it names stays in view.
import type { LogEntry, View } from '../engine';
import { shortName } from './format';
import { actorColour } from './palette';

export interface PlaybackCaption {
  readonly text: string;
  /** One short line for the banner. */
  readonly caption: string;
  /** A few words pulsed on the region itself. */
  readonly short: string;
  readonly region: string | null;
  readonly colour: number;
}

export function playbackText(e: LogEntry, view: View): PlaybackCaption {
  const name = (r: string) => view.regions[r]?.name ?? r;
  const actor = (a: string | null) => (a === null ? 'no one' : shortName(view.actors[a]?.name ?? a));
  switch (e.kind) {
    case 'combat':
      return {
        text: e.text,
        caption: `${actor(e.attacker)} attacks ${name(e.region)}: ${e.success ? 'the line breaks' : 'it holds'} (roll ${e.roll} vs ${e.threshold})`,
        short: `${e.success ? 'Taken' : 'Held'}: roll ${e.roll} vs ${e.threshold}`,
        region: e.region,
        colour: actorColour(e.attacker),
      };
    case 'duel':
      return { text: e.text, caption: `Drones over ${name(e.region)}: ${e.drones} against air defence ${e.airDefence}`, short: `Drones ${e.drones} vs AD ${e.airDefence}`, region: e.region, colour: actorColour(e.attacker) };
    case 'capture':
      return { text: e.text, caption: `${actor(e.to)} takes ${name(e.region)}${e.from ? ` from ${actor(e.from)}` : ''}`, short: `${name(e.region)} changes hands`, region: e.region, colour: actorColour(e.to) };
    case 'order':
      if (e.order.kind === 'strike') return { text: e.text, caption: `${actor(e.actor)} strikes ${name(e.order.target)} with ${e.order.weapon}`, short: `${e.order.weapon} strike`, region: e.order.target, colour: actorColour(e.actor) };
      return { text: e.text, caption: e.text, short: e.result, region: null, colour: actorColour(e.actor) };
    default:
      return { text: e.text, caption: e.text, short: '', region: null, colour: 0xffffff };
  }
}
