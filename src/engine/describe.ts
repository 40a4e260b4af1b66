// Orders and terms as sentences a player reads.
import { actorName, regionName } from './names';
import { FORCE_TYPES, type Forces, type GameState, type Order, type ProposalTerms } from './types';

const FORCE_LABEL: Record<keyof Forces, string> = {
  infantry: 'infantry',
  armour: 'armour',
  artillery: 'artillery',
  airDefence: 'air defence',
  drones: 'drones',
  specialForces: 'special forces',
  mercenaries: 'mercenaries',
  peacekeepers: 'peacekeepers',
};

const weeks = (n: number): string => `${n} week${n === 1 ? '' : 's'}`;

function describeForces(f: Partial<Forces>): string {
  const parts = FORCE_TYPES.filter((t) => (f[t] ?? 0) > 0).map((t) => `${f[t]} ${FORCE_LABEL[t]}`);
  return parts.length > 0 ? parts.join(', ') : 'no forces';
}

export function describeTerms(t: ProposalTerms, state: GameState): string {
  const n = (id: string): string => actorName(state, id);
  const r = (id: string): string => regionName(state, id);
  switch (t.kind) {
    case 'ceasefire':
      return `ceasefire for ${weeks(t.turns)}${t.monitors.length ? `, monitored by ${t.monitors.map(n).join(' and ')}` : ', no monitors'}`;
    case 'settlement': {
      const parts: string[] = [];
      if (t.transfers.length) parts.push(`hand over ${t.transfers.map((x) => `${r(x.region)} to ${n(x.to)}${x.afterTurns ? ` within ${weeks(x.afterTurns)}` : ''}`).join(', ')}`);
      if (t.corridors.length) parts.push(`corridor through ${t.corridors.map(r).join(', ')}`);
      if (t.peacekeepers) parts.push(`peacekeepers from ${n(t.peacekeepers.actor)} (strength ${t.peacekeepers.strength}) for ${t.peacekeepers.years} years${t.peacekeepers.renewable ? ', renewable' : ''}`);
      if (t.monitoringCentre.length) parts.push(`monitoring centre of ${t.monitoringCentre.map(n).join(' and ')}`);
      if (t.displacedReturn) parts.push('displaced people return');
      if (t.prisonerExchange) parts.push('prisoners exchanged');
      return `settlement: ${parts.join('; ') || 'stop where they stand'}`;
    }
    case 'arms-deal':
      return `arms deal: ${n(t.seller)} sells ${t.package} to ${n(t.buyer)} for ${t.price}, delivered in ${weeks(t.delay)}`;
    case 'transit':
      return `transit rights through ${n(t.grantor)} for ${n(t.user)}, ${weeks(t.turns)}`;
    case 'basing':
      return `basing rights for ${n(t.guest)} in ${r(t.region)}, ${weeks(t.turns)}`;
    case 'mediation':
      return `mediation by ${n(t.mediator)}`;
    case 'summit':
      return `summit: ${t.agenda}`;
    case 'statement':
      return `public statement: ${t.stance.replace(/-/g, ' ')} (${n(t.about)})`;
    case 'sanction':
      return `sanctions on ${n(t.target)}${t.exports ? ' with an export suspension' : ''}`;
    case 'recognition':
      return `recognition of ${n(t.of)}`;
    default: {
      const never: never = t;
      return String(never);
    }
  }
}

export function describeOrder(o: Order, state: GameState): string {
  const r = (id: string): string => regionName(state, id);
  const n = (id: string): string => actorName(state, id);
  switch (o.kind) {
    case 'move':
      return `move ${describeForces(o.forces)} from ${r(o.from)} to ${r(o.to)}`;
    case 'attack':
      return `attack ${r(o.target)} from ${r(o.from)} with ${describeForces(o.forces)}`;
    case 'strike':
      return `${o.weapon} strike from ${r(o.from)} on ${o.aim === 'city' ? 'the town of ' : 'forces in '}${r(o.target)}`;
    case 'hold':
      return `hold ${r(o.region)}`;
    case 'mobilise':
      return `mobilise ${o.amount} ${FORCE_LABEL[o.force]} in ${r(o.region)}`;
    case 'propose':
      return `propose to ${o.to.map(n).join(', ')}: ${describeTerms(o.terms, state)}`;
    case 'answer':
      return `${o.answer} proposal ${o.proposal}${o.counter ? ` with ${describeTerms(o.counter, state)}` : ''}`;
    case 'support':
      return `send ${o.covert ? 'covert' : 'overt'} ${o.package}${(o.size ?? 1) > 1 ? ` (size ${o.size})` : ''} to ${n(o.client)}${o.condition ? ` if it ${o.condition.answer === 'accept' ? 'accepts' : 'refuses'} ${'proposal' in o.condition ? `proposal ${o.condition.proposal}` : `the next ${o.condition.terms}`}` : ''}`;
    case 'withdraw':
      return `withdraw support link ${o.link}`;
    default: {
      const never: never = o;
      return String(never);
    }
  }
}
