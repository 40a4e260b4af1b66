// A support package's preview in words: what the client gets, when, and what the patron risks.
// The figures are the engine's (packagePreview); this only words them.
import { FORCE_TYPES, type PackagePreview } from '../engine';
import { FORCE_LONG } from './format';
import { arrivalText } from './order-title';

export interface PackageText {
  /** "+2 drones to Azerbaijan's front; +6 influence". */
  readonly adds: string;
  /** "arrives next week; counts for 3 weeks after". */
  readonly arrives: string;
  /** "covert: 12% a week to be exposed (then −5 legitimacy, −10 relations with Armenia, +3 tension)". */
  readonly risk: string;
  /** One short line for the send button: "+2 drones · next week · overt: −1 legitimacy". */
  readonly brief: string;
}

function sign(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

export function packageText(p: PackagePreview, name: (actor: string) => string): PackageText {
  const client = name(p.client);
  const parts: string[] = [];
  const forces = FORCE_TYPES.filter((t) => (p.forces[t] ?? 0) > 0).map((t) => `${sign(p.forces[t] ?? 0)} ${FORCE_LONG[t]}`);
  if (forces.length) parts.push(`${forces.join(', ')} to ${client}'s strongest front region`);
  if (p.money > 0) parts.push(`${sign(p.money)} money to ${client}`);
  if (p.package === 'diplomatic-cover') parts.push(`${sign(p.modifier)} legitimacy to ${client}`);
  else if (p.modifier !== 0) parts.push(`${sign(p.modifier)} to ${client}'s combat odds`);
  if (p.influence !== 0) parts.push(`${sign(p.influence)} your influence over ${client}`);
  const arrives = `${arrivalText(p.arrival)}${p.modifier !== 0 && p.package !== 'diplomatic-cover' ? `; counts for ${p.activeTurns} weeks after` : ''}`;
  let risk: string;
  if (p.exposure) {
    const e = p.exposure;
    const costs = [`${sign(-e.legitimacy)} legitimacy`];
    if (e.with.length > 0 && e.relations !== 0) costs.push(`${sign(e.relations)} relations with ${e.with.map(name).join(', ')}`);
    if (e.tension !== 0) costs.push(`${sign(e.tension)} tension`);
    risk = `covert: ${e.chancePct}% a week to be exposed (then ${costs.join(', ')})`;
  } else {
    const o = p.overt;
    const costs = [`${sign(-(o?.legitimacy ?? 0))} legitimacy now`];
    if (o && o.tension !== 0) costs.push(`${sign(o.tension)} tension`);
    risk = `overt: ${costs.join(', ')}`;
  }
  const gain = forces.length ? forces.join(', ') : p.money > 0 ? `${sign(p.money)} money` : p.package === 'diplomatic-cover' ? `${sign(p.modifier)} legitimacy` : p.modifier !== 0 ? `${sign(p.modifier)} combat odds` : `${sign(p.influence)} influence`;
  const when = p.arrival.turns === 0 ? 'this week' : p.arrival.turns === 1 ? 'next week' : `in ${p.arrival.turns} weeks`;
  const short = p.exposure ? `covert: ${p.exposure.chancePct}% a week exposed` : `overt: ${sign(-(p.overt?.legitimacy ?? 0))} legitimacy`;
  const late = p.arrival.reasons.length > 0 ? ' (late)' : '';
  return { adds: parts.length ? parts.join('; ') : 'nothing the board shows', arrives, risk, brief: `${gain} \u00b7 ${when}${late} \u00b7 ${short}` };
}
