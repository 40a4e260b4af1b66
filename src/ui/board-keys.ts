// The board's keyboard shortcuts (listed for players in help.ts): which key does what.
import { TABS, type Tab } from './panels/side';

export type BoardKeyAction =
  | { readonly kind: 'end-turn' }
  | { readonly kind: 'next-region' }
  | { readonly kind: 'deselect' }
  | { readonly kind: 'help' }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'fit' }
  | { readonly kind: 'tab'; readonly tab: Tab }
  | { readonly kind: 'skip-playback' };

/**
 * What a key does on the board, while a turn plays back (`playing`) or not; null if nothing.
 * The number keys pick the side panel's tabs in order.
 */
export function boardKeyAction(key: string, playing: boolean): BoardKeyAction | null {
  if (playing) return key === ' ' || key === 'Escape' ? { kind: 'skip-playback' } : null;
  switch (key) {
    case 'e':
    case 'E':
      return { kind: 'end-turn' };
    case 'n':
    case 'N':
      return { kind: 'next-region' };
    case 'Escape':
      return { kind: 'deselect' };
    case 'h':
    case 'H':
    case '?':
      return { kind: 'help' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 1.25 };
    case '-':
      return { kind: 'zoom', factor: 0.8 };
    case '0':
      return { kind: 'fit' };
    case '1':
    case '2':
    case '3':
    case '4':
      return { kind: 'tab', tab: TABS[Number(key) - 1] };
    default:
      return null;
  }
}
