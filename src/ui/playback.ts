// Captions for the turn's playback on the board: one per fight, strike or capture.
import type { LogEntry, View } from '../engine';
import { actorColour } from './palette';

export interface PlaybackCaption {
  readonly text: string;
  readonly short: string;
  readonly region: string | null;
  readonly colour: number;
}

export function playbackText(e: LogEntry, view: View): PlaybackCaption {
  const name = (r: string) => view.regions[r]?.name ?? r;
  switch (e.kind) {
    case 'combat':
      return {
        text: e.text,
        short: `${e.success ? 'Taken' : 'Held'}: roll ${e.roll} vs ${e.threshold}`,
        region: e.region,
        colour: actorColour(e.attacker),
      };
    case 'duel':
      return { text: e.text, short: `Drones ${e.drones} vs AD ${e.airDefence}`, region: e.region, colour: actorColour(e.attacker) };
    case 'capture':
      return { text: e.text, short: `${name(e.region)} changes hands`, region: e.region, colour: actorColour(e.to) };
    case 'order':
      if (e.order.kind === 'strike') return { text: e.text, short: `${e.order.weapon} strike`, region: e.order.target, colour: actorColour(e.actor) };
      return { text: e.text, short: e.result, region: null, colour: actorColour(e.actor) };
    default:
      return { text: e.text, short: '', region: null, colour: 0xffffff };
  }
}
