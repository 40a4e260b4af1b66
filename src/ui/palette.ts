import type { ActorId } from '../engine';
// Colours by controller from the Okabe–Ito palette (safe for the common colour-vision
// deficiencies); terrain is shown by pattern, never by colour alone.

export const THEME = {
  background: 0x14181f,
  sea: 0x1b2a3a,
  panel: 0x1e242e,
  ink: 0xf2f2f2,
  dim: 0x9aa4b2,
  border: 0x0b0d11,
  highlight: 0xffffff,
  neutral: 0x5b6270,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif',
} as const;

const OKABE_ITO: Readonly<Record<ActorId, number>> = {
  azerbaijan: 0x0072b2,
  armenia: 0xd55e00,
  artsakh: 0xe69f00,
  turkey: 0x009e73,
  russia: 0xcc79a7,
  iran: 0x56b4e9,
  minsk: 0xf0e442,
  'minsk-group': 0xf0e442,
};

const SPARE = [0x999999, 0xb8b8b8, 0x7f7f7f, 0xd0d0d0, 0x6e6e6e];

/** A stable colour per actor; the well-known actors get fixed Okabe–Ito colours. */
export function actorColour(actor: ActorId | null): number {
  if (actor === null) return THEME.neutral;
  const fixed = OKABE_ITO[actor];
  if (fixed !== undefined) return fixed;
  let h = 0;
  for (const ch of actor) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length];
}

export function cssColour(c: number): string {
  return '#' + c.toString(16).padStart(6, '0');
}

/** Mixes a colour toward another (0: a, 1: b) — used to mute region fills under labels. */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) * (1 - t) + ch(b, s) * t) << s;
  return m(16) | m(8) | m(0);
}
