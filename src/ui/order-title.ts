// Short titles for orders in buttons and lists; the engine's full sentence goes in the tooltip.
import type { Order, SupportDelay } from '../engine';
import { FORCE_LONG, forceBreakdown, shortName } from './format';

type Names = { regions: Readonly<Record<string, { name: string }>>; actors: Readonly<Record<string, { name: string }>> };

export function orderTitle(o: Order, names: Names): { title: string; sub: string } {
  const region = (id: string) => shortName(names.regions[id]?.name ?? id);
  const actor = (id: string) => shortName(names.actors[id]?.name ?? id);
  switch (o.kind) {
    case 'move':
      return { title: `Move to ${region(o.to)}`, sub: forceBreakdown(o.forces) };
    case 'attack':
      return { title: `Attack ${region(o.target)}`, sub: forceBreakdown(o.forces) };
    case 'strike':
      return { title: `${o.weapon === 'drones' ? 'Drone' : 'Artillery'} strike on ${region(o.target)}`, sub: o.aim === 'city' ? 'aimed at the city' : 'aimed at forces' };
    case 'hold':
      return { title: `Hold ${region(o.region)}`, sub: '' };
    case 'mobilise':
      return { title: `Mobilise ${o.amount} ${FORCE_LONG[o.force]}`, sub: `in ${region(o.region)}` };
    case 'propose':
      return { title: `Propose ${proposalName(o.terms, region, actor)}`, sub: o.to.length ? `to ${o.to.map(actor).join(', ')}` : 'made in public: no one answers it' };
    case 'answer':
      return { title: `${o.answer === 'accept' ? 'Accept' : o.answer === 'reject' ? 'Reject' : 'Counter'} proposal ${o.proposal}`, sub: '' };
    case 'support':
      return { title: `Send ${(o.size ?? 1) > 1 ? `${o.size}× ` : ''}${o.package} to ${actor(o.client)}`, sub: `${o.covert ? 'covert: deniable, may be exposed' : 'overt: costs legitimacy now'}${o.condition ? ` · only if it ${o.condition.answer === 'accept' ? 'accepts' : 'refuses'} ${'proposal' in o.condition ? `proposal ${o.condition.proposal}` : `the next ${o.condition.terms}`}` : ''}` };
    case 'withdraw':
      return { title: `Withdraw support ${o.link}`, sub: 'stops it; costs influence over the client' };
    default: {
      const never: never = o;
      return never;
    }
  }
}

function proposalName(t: Extract<Order, { kind: 'propose' }>['terms'], region: (id: string) => string, actor: (id: string) => string): string {
  switch (t.kind) {
    case 'ceasefire':
      return `a ${t.turns}-week ceasefire${t.monitors.length ? ' with monitors' : ''}`;
    case 'settlement': {
      const parts = [
        t.transfers.length === 0 ? 'hold the lines' : `${t.transfers.length} region${t.transfers.length === 1 ? '' : 's'} handed over`,
        ...(t.corridors.length ? [`corridor through ${t.corridors.map(region).join(', ')}`] : []),
        ...(t.peacekeepers ? [`${actor(t.peacekeepers.actor)} peacekeepers`] : []),
        ...(t.monitoringCentre.length ? ['monitoring centre'] : []),
      ];
      return `a settlement (${parts.join(', ')})`;
    }
    case 'mediation':
      return 'to mediate';
    case 'arms-deal':
      return `an arms deal: ${t.package} from ${actor(t.seller)} to ${actor(t.buyer)}`;
    case 'transit':
      return `transit across ${actor(t.grantor)} for ${actor(t.user)}`;
    case 'basing':
      return `a base for ${actor(t.guest)} in ${region(t.region)}`;
    case 'summit':
      return 'a summit';
    case 'statement':
      return `a public statement (${t.stance === 'call-for-calm' ? 'calling for calm' : `${t.stance === 'support' ? 'supporting' : 'condemning'} ${actor(t.about)}`})`;
    case 'sanction':
      return `sanctions on ${actor(t.target)}`;
    case 'recognition':
      return `recognition of ${actor(t.of)}`;
    default: {
      const never: never = t;
      return never;
    }
  }
}

/** When a support package would arrive, in words, with the reasons it is late. */
export function arrivalText(d: SupportDelay): string {
  const when = d.turns === 0 ? 'arrives this week' : d.turns === 1 ? 'arrives next week' : `arrives in ${d.turns} weeks`;
  return d.reasons.length > 0 ? `${when} (${d.reasons.join('; ')})` : when;
}
