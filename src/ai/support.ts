// Patrons back their clients from doctrine.patronOf, within a budget set by their generosity,
// and mind the Russia–Turkey tension track before sending anything openly.
import { atWar } from '../engine';
import type { PackageKind } from '../engine';
import { give, name, type Plan } from './plan';

/** Packages that help only while active (a combat modifier), not forces or money delivered once. */
const MODIFIER_PACKAGES: readonly PackageKind[] = ['advisers', 'intelligence', 'diplomatic-cover'];
/** How close to the tension limit an overt package may push the track. */
const TENSION_MARGIN = 10;

export function planSupport(plan: Plan): void {
  const { seen, actor } = plan;
  const rules = seen.rules;
  for (const p of plan.doctrine.patronOf) {
    const client = seen.actors[p.client];
    if (!client || client.collapsed || client.background || atWar(seen, actor, p.client)) continue;
    const clientAtWar = seen.wars.some((w) => w.a === p.client || w.b === p.client || w.a === client.commandedBy || w.b === client.commandedBy);
    const settled = seen.treaties.some((t) => t.kind === 'settlement');
    if (settled) continue;
    // Budget for this client this week: a share of the treasury and of the income, by generosity.
    const share = Math.floor((plan.money * p.generosity) / 300) + Math.floor((plan.me.income * p.generosity) / 100);
    let budget = clientAtWar ? share : Math.floor(share / 3);
    for (const pkg of p.packages) {
      if (plan.ap < 1) return;
      if (seen.forbidden.some((f) => f.patron === actor && f.package === pkg)) continue;
      const cost = rules.support[pkg].cost;
      if (cost > budget || cost > plan.money) continue;
      const active = plan.view.links.some((l) => l.patron === actor && l.client === p.client && l.package === pkg && l.active && l.deliverTurn >= plan.view.turn - 2);
      if (MODIFIER_PACKAGES.includes(pkg) && active) continue;
      if (pkg === 'money' && client.treasury >= 10) continue;
      const roll = plan.dice.roll(100);
      if (roll > p.generosity) continue;
      let covert = p.covert;
      const tensionRises = !covert && (actor === 'russia' || actor === 'turkey') && clientAtWar;
      if (tensionRises && seen.tension + rules.tensionPerOvertPackage >= rules.tensionLimit - TENSION_MARGIN) {
        if (rules.support[pkg].deniability === 0) continue;
        covert = true;
      }
      const why = `${covert ? 'covert' : 'overt'} ${pkg} for ${name(plan, p.client)} (generosity ${p.generosity}, roll ${roll})${clientAtWar ? ', which is at war' : ' to prepare it'}${covert !== p.covert ? `; sent covertly because Russia–Turkey tension is ${seen.tension}` : ''}`;
      if (give(plan, { kind: 'support', client: p.client, package: pkg, covert }, why)) budget -= cost;
    }
  }
}
