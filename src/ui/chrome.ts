// Which parts of the page shell each scene shows (the top bar and the side panel are HTML).
import { byId } from './dom';

export type ChromeMode = 'menu' | 'board' | 'debrief' | 'theatre';

export function showChrome(mode: ChromeMode): void {
  byId('topbar').hidden = mode !== 'board' && mode !== 'theatre';
  byId('side').hidden = mode === 'menu';
  byId('board-overlay').replaceChildren();
  byId('main-overlay').replaceChildren();
  byId('dialog-layer').hidden = true;
}
