// Arithmetic on force records (integer strength by type).
import { FORCE_TYPES, type Forces } from './types';

function noForces(): Forces {
  return { infantry: 0, armour: 0, artillery: 0, airDefence: 0, drones: 0, specialForces: 0, mercenaries: 0, peacekeepers: 0 };
}

/** A copy of a full force record, field by field (the working copy makes thousands a game). */
export function copyForces(f: Forces): Forces {
  return { infantry: f.infantry, armour: f.armour, artillery: f.artillery, airDefence: f.airDefence, drones: f.drones, specialForces: f.specialForces, mercenaries: f.mercenaries, peacekeepers: f.peacekeepers };
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

/**
 * Remove `pct` percent of the strength (rounded up), spread over the types in proportion to
 * their strength, the remainder from the largest first. Peacekeepers are never lost in battle.
 */
export function applyLossPct(f: Forces, pct: number): number {
  const types = FORCE_TYPES.filter((t) => t !== 'peacekeepers' && f[t] > 0);
  let total = 0;
  for (const t of types) total += f[t];
  if (total === 0 || pct <= 0) return 0;
  const n = Math.min(total, Math.ceil((total * pct) / 100));
  let left = n;
  const share: Record<string, number> = {};
  for (const t of types) {
    share[t] = Math.floor((f[t] * n) / total);
    left -= share[t];
  }
  const byStrength = [...types].sort((a, b) => f[b] - f[a] || FORCE_TYPES.indexOf(a) - FORCE_TYPES.indexOf(b));
  for (let i = 0; left > 0; i = (i + 1) % byStrength.length) {
    const t = byStrength[i];
    if (f[t] - share[t] > 0) {
      share[t] += 1;
      left -= 1;
    }
  }
  for (const t of types) f[t] -= share[t];
  return n;
}
