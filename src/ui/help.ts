// Keyboard shortcuts, listed in the help overlay.
export const HELP_ROWS: readonly (readonly [string, string])[] = [
  ['E', 'End the turn'],
  ['N', 'Select the next region where you can give orders'],
  ['Esc', 'Cancel the selection (during playback: skip it)'],
  ['Space', 'Skip the playback of the turn'],
  ['1\u20134', 'Orders, Diplomacy, Support, News tabs'],
  ['+ / \u2212 / 0', 'Zoom in, zoom out, show the whole board (or use the wheel; drag to pan)'],
  ['H or ?', 'This help'],
];
