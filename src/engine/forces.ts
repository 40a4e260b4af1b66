// Arithmetic on force records (integer strength by type).
import { FORCE_TYPES, type Forces } from './types';

export function noForces(): Forces {
  return { infantry: 0, armour: 0, artillery: 0, airDefence: 0, drones: 0, specialForces: 0, mercenaries: 0, peacekeepers: 0 };
}

export function fullForces(p: Partial<Forces> | undefined): Forces {
  const f = noForces();
  if (p) for (const t of FORCE_TYPES) f[t] = p[t] ?? 0;
  return f;
}

export function totalStrength(f: Partial<Forces> | undefined): number {
  if (!f) return 0;
  let s = 0;
  for (const t of FORCE_TYPES) s += f[t] ?? 0;
  return s;
}

/** Strength that fights on the ground (drones and peacekeepers do not hold ground). */
export function groundStrength(f: Partial<Forces> | undefined): number {
  if (!f) return 0;
  return (f.infantry ?? 0) + (f.armour ?? 0) * 2 + (f.specialForces ?? 0) * 2 + (f.mercenaries ?? 0) + (f.artillery ?? 0);
}

export function isEmpty(f: Partial<Forces> | undefined): boolean {
  return totalStrength(f) === 0;
}

/** Remove `pct` percent of each type, rounding losses up where any strength is present. */
export function applyLossPct(f: Forces, pct: number): number {
  let lost = 0;
  for (const t of FORCE_TYPES) {
    if (t === 'peacekeepers' || f[t] === 0) continue;
    const l = Math.min(f[t], Math.ceil((f[t] * pct) / 100));
    f[t] -= l;
    lost += l;
  }
  return lost;
}
