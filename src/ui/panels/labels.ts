// Small pieces the side panel's tabs share: an actor's colour swatch and short name.
import type { View } from '../../engine';
import { h } from '../dom';
import { shortName } from '../format';
import { actorColour, cssColour } from '../palette';

export function swatch(actor: string): HTMLElement {
  return h('span', { class: 'swatch', style: `background:${cssColour(actorColour(actor))};margin-right:5px` });
}

export function name(view: View, a: string | null): string {
  return a === null ? 'no one' : shortName(view.actors[a]?.name ?? a);
}
