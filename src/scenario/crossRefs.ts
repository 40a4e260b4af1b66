// Checks a schema cannot express: unique ids, references to actors, regions and treaties that
// exist, symmetric neighbours, a real start date, events inside the calendar. Written to run on
// any JSON value (even one the schema refused), so that one pass reports every error: every
// check takes time in proportion to the input (sets, not repeated searches of lists), and the
// walk through nested values stops at the schema checker's depth limit.
import { indexPath, keyPath, MAX_SCHEMA_DEPTH, show, type SchemaError } from './jsonSchema';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const entries = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : []);

/** Fields that name one actor (a string) or several (an array), wherever they appear in
 * aims, red lines, events, proposal terms, variants and the historical outcome. */
const ACTOR_FIELDS = new Set([
  'actor', 'with', 'by', 'on', 'from', 'to', 'a', 'b', 'seller', 'buyer', 'grantor', 'user', 'host', 'guest',
  'mediator', 'about', 'target', 'of', 'patron', 'client', 'sovereign', 'over', 'monitors', 'monitoringCentre', 'parties', 'via',
]);
const REGION_FIELDS = new Set(['region', 'regions', 'corridors']);

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

class CrossReferences {
  readonly errors: SchemaError[] = [];
  private readonly actors = new Set<string>();
  private readonly regions = new Set<string>();
  private readonly treaties = new Set<string>();
  private readonly events = new Set<string>();
  private readonly cards = new Set<string>();

  constructor(private readonly s: Json) {}

  private error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Collects the ids of a top-level list, reporting duplicates. */
  private ids(field: string, what: string, into: Set<string>): void {
    const first = new Map<string, number>();
    list(this.s[field]).forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string') return;
      const seen = first.get(id);
      if (seen !== undefined) this.error(keyPath(indexPath(`$.${field}`, i), 'id'), `duplicate ${what} id ${show(id)} (first at $.${field}[${seen}])`);
      else first.set(id, i);
      into.add(id);
    });
  }

  private actor(path: string, value: unknown): void {
    if (typeof value === 'string' && !this.actors.has(value)) this.error(path, `unknown actor ${show(value)}`);
  }

  private region(path: string, value: unknown): void {
    if (typeof value === 'string' && !this.regions.has(value)) this.error(path, `unknown region ${show(value)}`);
  }

  /** Walks a nested value and checks every field that names actors or regions. */
  private refs(value: unknown, path: string, depth = 0): void {
    if (depth > MAX_SCHEMA_DEPTH) return; // the schema checker reports it
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.refs(v, indexPath(path, i), depth + 1));
      return;
    }
    for (const [key, v] of entries(value)) {
      const at = keyPath(path, key);
      const check = ACTOR_FIELDS.has(key) ? this.actor.bind(this) : REGION_FIELDS.has(key) ? this.region.bind(this) : undefined;
      if (check !== undefined && typeof v === 'string') check(at, v);
      else if (check !== undefined && Array.isArray(v)) v.forEach((x, i) => check(indexPath(at, i), x));
      else this.refs(v, at, depth + 1);
    }
  }

  run(): SchemaError[] {
    this.ids('actors', 'actor', this.actors);
    this.ids('regions', 'region', this.regions);
    this.ids('treaties', 'treaty', this.treaties);
    this.ids('events', 'event', this.events);
    this.ids('deck', 'deck card', this.cards);
    this.ids('variants', 'variant', new Set());
    this.calendar();
    this.wars();
    this.regionList();
    this.actorList();
    this.treatyList();
    this.linkList();
    this.eventList();
    this.deckList();
    this.variantList();
    this.outcome();
    this.roles();
    if (isObject(this.s.rules)) this.transit(this.s.rules.transit);
    return this.errors;
  }

  /** Every role names an actor of the scenario; the rivals are two different actors, an alliance is not its own member, a maker is listed once. */
  private roles(): void {
    const roles = this.s.roles;
    if (!isObject(roles)) return;
    const path = '$.roles';
    const rivals = list(roles.rivals);
    if (Array.isArray(roles.rivals) && rivals.length !== 2) this.error(keyPath(path, 'rivals'), `name exactly two rivals, not ${rivals.length}`);
    else if (rivals[0] === rivals[1] && typeof rivals[0] === 'string') this.error(indexPath(keyPath(path, 'rivals'), 1), `'${rivals[0]}' cannot be its own rival`);
    for (const field of ['rivals', 'critics', 'fighterCritics'] as const) list(roles[field]).forEach((a, i) => this.actor(indexPath(keyPath(path, field), i), a));
    this.actor(keyPath(path, 'broker'), roles.broker);
    const alliance = roles.alliance;
    if (isObject(alliance)) {
      const at = keyPath(path, 'alliance');
      this.actor(keyPath(at, 'actor'), alliance.actor);
      this.actor(keyPath(at, 'member'), alliance.member);
      if (alliance.actor === alliance.member && typeof alliance.actor === 'string') this.error(keyPath(at, 'member'), `an alliance ('${alliance.actor}') cannot call on itself`);
    }
    const makers = new Set<unknown>();
    list(roles.componentMakers).forEach((m, i) => {
      if (!isObject(m)) return;
      const at = keyPath(indexPath(keyPath(path, 'componentMakers'), i), 'actor');
      this.actor(at, m.actor);
      if (makers.has(m.actor)) this.error(at, `maker '${String(m.actor)}' is listed twice`);
      makers.add(m.actor);
    });
  }

  /** One route per patron and client (the engine reads only the first), through third countries. */
  private transit(transit: unknown): void {
    this.refs(transit, '$.rules.transit');
    if (!isObject(transit)) return;
    const first = new Map<string, number>();
    list(transit.routes).forEach((route, i) => {
      if (!isObject(route) || typeof route.patron !== 'string' || typeof route.client !== 'string') return;
      const path = indexPath('$.rules.transit.routes', i);
      const pair = `${route.patron}>${route.client}`;
      const seen = first.get(pair);
      if (seen !== undefined) this.error(path, `a second route from ${show(route.patron)} to ${show(route.client)} (first at $.rules.transit.routes[${seen}]); list every country it may cross in one route's via`);
      else first.set(pair, i);
      if (route.patron === route.client) this.error(path, `a route from ${show(route.patron)} to itself`);
      list(route.via).forEach((v, k) => {
        if (v === route.patron || v === route.client) this.error(indexPath(keyPath(path, 'via'), k), `${show(v)} is an end of this route, not a country it crosses`);
      });
    });
  }

  private calendar(): void {
    const calendar = this.s.calendar;
    if (!isObject(calendar)) return;
    if (typeof calendar.start === 'string' && !isRealDate(calendar.start)) {
      this.error('$.calendar.start', `${show(calendar.start)} is not a real date (YYYY-MM-DD)`);
    }
  }

  private wars(): void {
    list(this.s.wars).forEach((war, i) => {
      if (!isObject(war)) return;
      const path = indexPath('$.wars', i);
      this.refs(war, path);
      if (typeof war.a === 'string' && typeof war.b === 'string') {
        if (war.a === war.b) this.error(path, `an actor cannot be at war with itself (${show(war.a)})`);
        else if (war.a > war.b) this.error(path, `write each pair with ids sorted: a ${show(war.b)}, b ${show(war.a)}`);
      }
    });
  }

  private regionList(): void {
    const neighbours = new Map<string, ReadonlySet<unknown>>();
    for (const r of list(this.s.regions)) if (isObject(r) && typeof r.id === 'string') neighbours.set(r.id, new Set(list(r.neighbours)));
    list(this.s.regions).forEach((r, i) => {
      if (!isObject(r)) return;
      const path = indexPath('$.regions', i);
      this.actor(keyPath(path, 'sovereign'), r.sovereign);
      this.actor(keyPath(path, 'controller'), r.controller);
      const seen = new Set<string>();
      list(r.neighbours).forEach((n, k) => {
        const at = indexPath(keyPath(path, 'neighbours'), k);
        if (typeof n !== 'string') return;
        const twice = seen.has(n);
        seen.add(n);
        if (n === r.id) this.error(at, `region ${show(n)} lists itself as a neighbour`);
        else if (twice) this.error(at, `neighbour ${show(n)} is listed twice`);
        else if (!this.regions.has(n)) this.error(at, `unknown region ${show(n)}`);
        else if (!neighbours.get(n)?.has(r.id)) this.error(at, `${show(r.id)} lists ${show(n)} as a neighbour but ${show(n)} does not list ${show(r.id)}`);
      });
    });
  }

  private actorList(): void {
    list(this.s.actors).forEach((a, i) => {
      if (!isObject(a)) return;
      const path = indexPath('$.actors', i);
      this.actor(keyPath(path, 'commandedBy'), a.commandedBy);
      if (a.commandedBy === a.id && typeof a.id === 'string') this.error(keyPath(path, 'commandedBy'), `an actor cannot command itself`);
      for (const field of ['influence', 'relations'] as const) {
        for (const [other] of entries(a[field])) {
          const at = keyPath(keyPath(path, field), other);
          if (other === a.id) this.error(at, `an actor has no ${field} over itself`);
          else this.actor(at, other);
        }
      }
      for (const [region] of entries(a.forces)) {
        const at = keyPath(keyPath(path, 'forces'), region);
        if (!this.regions.has(region)) this.error(at, `forces in unknown region ${show(region)}`);
      }
      const aimIds = new Set<string>();
      list(a.aims).forEach((aim, k) => {
        const at = indexPath(keyPath(path, 'aims'), k);
        if (!isObject(aim)) return;
        if (typeof aim.id === 'string') {
          if (aimIds.has(aim.id)) this.error(keyPath(at, 'id'), `duplicate aim id ${show(aim.id)}`);
          aimIds.add(aim.id);
        }
        this.refs(aim.condition, keyPath(at, 'condition'));
      });
      const doctrine = a.doctrine;
      if (!isObject(doctrine)) return;
      const dpath = keyPath(path, 'doctrine');
      for (const field of ['priorities', 'wontCede'] as const) {
        list(doctrine[field]).forEach((r, k) => this.region(indexPath(keyPath(dpath, field), k), r));
      }
      this.refs(doctrine.redLines, keyPath(dpath, 'redLines'));
      this.refs(doctrine.patronOf, keyPath(dpath, 'patronOf'));
    });
  }

  private treatyList(): void {
    list(this.s.treaties).forEach((t, i) => {
      if (!isObject(t)) return;
      const path = indexPath('$.treaties', i);
      this.refs({ parties: t.parties }, path);
      this.actor(keyPath(path, 'beneficiary'), t.beneficiary);
      const parties = new Set<unknown>();
      list(t.parties).forEach((p, k) => {
        if (parties.has(p)) this.error(indexPath(keyPath(path, 'parties'), k), `party ${show(p)} is listed twice`);
        parties.add(p);
      });
      if (typeof t.beneficiary === 'string' && this.actors.has(t.beneficiary) && !parties.has(t.beneficiary)) {
        this.error(keyPath(path, 'beneficiary'), `beneficiary ${show(t.beneficiary)} is not a party`);
      }
    });
  }

  private linkList(): void {
    list(this.s.links).forEach((l, i) => {
      if (!isObject(l)) return;
      const path = indexPath('$.links', i);
      this.refs(l, path);
      if (typeof l.patron === 'string' && l.patron === l.client) this.error(keyPath(path, 'client'), `an actor cannot be its own client`);
    });
  }

  private eventList(): void {
    const calendar = this.s.calendar;
    const turns = isObject(calendar) && typeof calendar.turns === 'number' ? calendar.turns : undefined;
    list(this.s.events).forEach((e, i) => {
      if (!isObject(e)) return;
      const path = indexPath('$.events', i);
      if (turns !== undefined && typeof e.turn === 'number' && e.turn >= turns) {
        this.error(keyPath(path, 'turn'), `turn ${e.turn} is outside the calendar (turns 0-${turns - 1})`);
      }
      this.refs(e.condition, keyPath(path, 'condition'));
      this.refs(e.effects, keyPath(path, 'effects'));
    });
  }

  private deckList(): void {
    list(this.s.deck).forEach((e, i) => {
      if (!isObject(e)) return;
      const path = indexPath('$.deck', i);
      this.refs(e.condition, keyPath(path, 'condition'));
      if (isObject(e.boost)) this.refs(e.boost.condition, keyPath(keyPath(path, 'boost'), 'condition'));
      this.refs(e.effects, keyPath(path, 'effects'));
    });
  }

  private variantList(): void {
    list(this.s.variants).forEach((v, i) => {
      if (!isObject(v)) return;
      const path = keyPath(indexPath('$.variants', i), 'changes');
      list(v.changes).forEach((c, k) => {
        if (!isObject(c)) return;
        const at = indexPath(path, k);
        if (c.kind === 'treaty-covers' && typeof c.treaty === 'string' && !this.treaties.has(c.treaty)) {
          this.error(keyPath(at, 'treaty'), `unknown treaty ${show(c.treaty)}`);
        }
        if (c.kind === 'remove-event' && typeof c.event === 'string' && !this.events.has(c.event) && !this.cards.has(c.event)) {
          this.error(keyPath(at, 'event'), `unknown event ${show(c.event)} (neither a scheduled event nor a deck card)`);
        }
        this.refs(c, at);
      });
    });
  }

  private outcome(): void {
    const outcome = this.s.historicalOutcome;
    if (!isObject(outcome)) return;
    const path = '$.historicalOutcome';
    for (const [region, holder] of entries(outcome.control)) {
      const at = keyPath(keyPath(path, 'control'), region);
      if (!this.regions.has(region)) this.error(at, `unknown region ${show(region)}`);
      else this.actor(at, holder);
    }
    for (const [actor] of entries(outcome.peacekeepers)) this.actor(keyPath(keyPath(path, 'peacekeepers'), actor), actor);
    this.refs({ monitors: outcome.monitors }, path);
    this.refs(outcome.treaties, keyPath(path, 'treaties'));
  }
}

export function checkCrossReferences(json: unknown): SchemaError[] {
  return isObject(json) ? new CrossReferences(json).run() : [];
}
