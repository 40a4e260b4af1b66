// Share link: the shown timeline's game as a link (share-link.ts), in a box to copy.
import { h, showDialog } from '../dom';
import { encodeReplay, shareAddress } from './share-link';
import type { Theatre } from './theatre';

export async function shareDialog(t: Theatre): Promise<void> {
  const tl = t.timeline();
  if (!tl) return;
  const url = shareAddress(location.href, await encodeReplay(tl.replay));
  const box = h('textarea', { class: 'share-url', readonly: true, rows: 4, 'data-hook': 'share.url', 'aria-label': 'The link' }, url);
  const copied = h('span', { class: 'muted', 'data-hook': 'share.copied' }, '');
  const copy = h(
    'button',
    {
      'data-hook': 'share.copy',
      onclick: () => {
        box.select();
        navigator.clipboard?.writeText(url).then(
          () => (copied.textContent = ' Copied.'),
          () => (copied.textContent = ' Select the text and copy it (Ctrl+C).'),
        );
      },
    },
    'Copy',
  );
  await showDialog(
    'Share this game',
    [
      h('p', {}, `Anyone who opens this link sees ${tl.label} (${tl.replay.turns.length} weeks) in the replay theatre of this build, played again from its seed: the same game, week by week. It holds the scenario, variant, seed and every order, compressed (${url.length} characters).`),
      box,
      h('div', {}, copy, copied),
    ],
    [{ key: 'ok', label: 'Close', primary: true }],
  );
}
