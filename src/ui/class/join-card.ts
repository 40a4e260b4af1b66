// The class's join details for the projector: the six-character code, the join link and its QR
// code (made here by lean-qr; nothing is fetched).
import { generate } from 'lean-qr';
import { h, showDialog } from '../dom';

function joinLink(code: string): string {
  return `${location.origin}${location.pathname}?class=${encodeURIComponent(code)}`;
}

/** A QR code of `text`, drawn one pixel per module and scaled up sharply by CSS. */
function qrCanvas(text: string, px: number, hook: string): HTMLCanvasElement {
  const canvas = h('canvas', { class: 'qr', 'data-hook': hook, 'data-text': text, style: `width:${px}px;height:${px}px`, 'aria-label': `QR code for ${text}` });
  generate(text).toCanvas(canvas, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4 });
  return canvas;
}

/** The card in the facilitator's panel; its button shows the same, large, for the projector. */
export function joinCard(code: string): HTMLElement {
  const link = joinLink(code);
  const project = () =>
    void showDialog(
      `Join class ${code}`,
      h('div', { class: 'projector' }, qrCanvas(link, 360, 'class.qr.large'), h('div', { class: 'code big' }, code), h('div', { class: 'link' }, link), h('div', { class: 'muted' }, 'Open the link, or open the game and choose Join a class, then type the code.')),
      [{ key: 'ok', label: 'Close', primary: true }],
    );
  return h(
    'div',
    { class: 'card join-card' },
    qrCanvas(link, 132, 'class.qr'),
    h(
      'div',
      { class: 'join-text' },
      h('div', { class: 'muted small-text' }, 'Join code'),
      h('div', { class: 'code', 'data-hook': 'class.code' }, code),
      h('div', { class: 'link small-text', 'data-hook': 'class.link' }, link),
      h('button', { class: 'small', 'data-hook': 'class.project', 'data-tip': 'Show the code and QR code large, for the projector', onclick: project }, 'Show on the projector'),
    ),
  );
}
