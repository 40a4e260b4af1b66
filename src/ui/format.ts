import { FORCE_TYPES, type ForceType, type Forces, type SeenForces, type View } from '../engine';
// Short labels for figures shown on the board and in panels.

const FORCE_SHORT: Readonly<Record<ForceType, string>> = {
  infantry: 'Inf',
  armour: 'Arm',
  artillery: 'Art',
  airDefence: 'AD',
  drones: 'Drn',
  specialForces: 'SF',
  mercenaries: 'Merc',
  peacekeepers: 'PK',
};

export const FORCE_LONG: Readonly<Record<ForceType, string>> = {
  infantry: 'infantry',
  armour: 'armour',
  artillery: 'artillery and rockets',
  airDefence: 'air defence',
  drones: 'drones',
  specialForces: 'special forces',
  mercenaries: 'mercenaries',
  peacekeepers: 'peacekeepers',
};

/** Where the game stands in its calendar: "Turn 3 of 8", or once it is over, the turn it ended in. */
export function turnLine(view: Pick<View, 'turn' | 'calendar' | 'ended'>): string {
  const of = view.calendar.turns;
  if (view.ended) return `Ended in turn ${Math.min(view.ended.turn + 1, of)} of ${of}`;
  return `Turn ${Math.min(view.turn + 1, of)} of ${of}`;
}

export function strength(f: Partial<Forces>): number {
  return FORCE_TYPES.reduce((s, t) => s + (f[t] ?? 0), 0);
}

/** '12' for exact figures, '~12' for estimates. */
export function counterLabel(s: SeenForces): string {
  return `${s.estimate ? '~' : ''}${strength(s.forces)}`;
}

export function forceBreakdown(f: Partial<Forces>, estimate = false): string {
  const parts = FORCE_TYPES.filter((t) => (f[t] ?? 0) > 0).map((t) => `${FORCE_SHORT[t]} ${estimate ? '~' : ''}${f[t]}`);
  return parts.length ? parts.join(' \u00b7 ') : 'none';
}

export function titleCase(id: string): string {
  return id
    .split(/[-_]/)
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** 'Stepanakert (Khankendi)' -> 'Stepanakert': the board shows the short name, panels the full one. */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

/** A long region name on two lines, broken at the space or hyphen nearest its middle, so it stays within its cell. */
export function labelLines(name: string): string[] {
  if (name.length <= 12) return [name];
  let best = -1;
  for (let i = 1; i < name.length - 1; i++) if ((name[i] === ' ' || name[i] === '-') && (best < 0 || Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2))) best = i;
  if (best < 0) return [name];
  return [name.slice(0, name[best] === '-' ? best + 1 : best), name.slice(best + 1)];
}
