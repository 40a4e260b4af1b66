// Every proxy-support package of GAME.md, sent by an order and followed through the engine:
// its cost to the patron, its delay, its effect on the client, the influence it buys, and what
// sending it openly or covertly costs.
import { describe, expect, it } from 'vitest';
import { PACKAGE_KINDS, validateOrder, type ActorId, type GameState, type LogEntry, type Order, type PackageKind } from '../../../src/engine';
import { entries, findSeed, play, quiet, refuse, totalOf } from '../helpers';

/** Turkey backs Azerbaijan (at war), Armenia backs Artsakh; initial covert links removed so only the test's own can be exposed. */
function calm(seed = 'test', variant: string | null = null): GameState {
  const s = quiet(seed, '2020-war', variant);
  s.links = s.links.filter((l) => !l.covert);
  s.actors.turkey.influence.azerbaijan = 10;
  s.actors.russia.influence.azerbaijan = 30;
  return s;
}

const send = (pkg: PackageKind, covert = false, client: ActorId = 'azerbaijan'): Order => ({ kind: 'support', client, package: pkg, covert });
const sentLink = (log: readonly LogEntry[]) => entries(log, 'support').find((e) => e.change === 'sent')!.link;
const statsBy = (log: readonly LogEntry[], cause: string | RegExp) => entries(log, 'stat').filter((e) => (typeof cause === 'string' ? e.cause === cause : cause.test(e.cause)));

/** Send a package and play on until it is delivered; returns each turn's result. */
function followed(s: GameState, patron: ActorId, order: Order, turns = 3): { link: string; turns: { before: GameState; state: GameState; log: LogEntry[] }[] } {
  const out: { before: GameState; state: GameState; log: LogEntry[] }[] = [];
  let cur = s;
  let link = '';
  for (let i = 0; i < turns; i++) {
    const r = play(cur, i === 0 ? { [patron]: [order] } : {});
    if (i === 0) link = sentLink(r.log);
    out.push({ before: cur, ...r });
    cur = r.state;
  }
  return { link, turns: out };
}

const delivered = (log: readonly LogEntry[], link: string) => entries(log, 'support').some((e) => e.link === link && e.change === 'delivered');

describe.each(PACKAGE_KINDS)('the %s package', (pkg) => {
  it('is paid for by the patron when sent and reaches the client on the turn its delay says, not before', () => {
    const s = calm();
    const rule = s.rules.support[pkg];
    const { link, turns } = followed(s, 'turkey', send(pkg), rule.delay + 2);
    const paid = entries(turns[0].log, 'stat').find((e) => e.phase === 'orders' && e.actor === 'turkey' && e.field === 'treasury');
    expect(paid?.delta).toBe(-(s.rules.orderCost.support.money + rule.cost));
    const on = turns.findIndex((t) => delivered(t.log, link));
    expect(on).toBe(rule.delay);
    expect(turns[0].state.links.find((l) => l.id === link)?.deliverTurn).toBe(s.turn + rule.delay);
    // Delivered once only.
    expect(turns.filter((t) => delivered(t.log, link))).toHaveLength(1);
  });

  it('buys the patron influence over the client when delivered, and its rival loses some', () => {
    const s = calm();
    const rule = s.rules.support[pkg];
    const { turns } = followed(s, 'turkey', send(pkg), rule.delay + 1);
    const last = turns[rule.delay].state;
    expect(last.actors.turkey.influence.azerbaijan).toBe(s.actors.turkey.influence.azerbaijan + rule.influence);
    expect(last.actors.russia.influence.azerbaijan).toBeLessThan(s.actors.russia.influence.azerbaijan);
  });

  it('sent openly by Turkey to a belligerent, costs Turkey legitimacy at once and raises Russia–Turkey tension', () => {
    const s = calm();
    const rule = s.rules.support[pkg];
    const { log, state } = play(s, { turkey: [send(pkg)] });
    const cost = statsBy(log, `overt ${pkg} to a belligerent`).find((e) => e.field === 'legitimacy');
    expect((cost?.delta ?? 0) + rule.overtLegitimacy).toBe(0);
    expect(state.actors.turkey.legitimacy).toBe(s.actors.turkey.legitimacy - rule.overtLegitimacy);
    expect(statsBy(log, /openly arms/).find((e) => e.field === 'tension')?.delta).toBeGreaterThan(0);
  });

  it('sent covertly, costs nothing at once but is rolled for exposure; an exposure costs more than sending it openly', () => {
    const s = calm();
    const overt = play(structuredClone(s), { turkey: [send(pkg)] }).log;
    const overtLegitimacy = -(statsBy(overt, `overt ${pkg} to a belligerent`).find((e) => e.field === 'legitimacy')?.delta ?? 0);
    const overtTension = statsBy(overt, /openly arms/).find((e) => e.field === 'tension')?.delta ?? 0;

    const run = (seed: string) => play(calm(seed), { turkey: [send(pkg, true)] });
    const hidden = findSeed(`covert-${pkg}-hidden`, run, (r) => !entries(r.log, 'support').some((e) => e.change === 'exposed')).result;
    expect(statsBy(hidden.log, /overt|openly|exposed/)).toHaveLength(0);
    expect(entries(hidden.log, 'roll').some((e) => e.purpose === `exposure of ${sentLink(hidden.log)}`)).toBe(true);

    const caught = findSeed(`covert-${pkg}-exposed`, run, (r) => entries(r.log, 'support').some((e) => e.change === 'exposed')).result;
    const exposure = statsBy(caught.log, new RegExp(`covert ${pkg} exposed$`));
    const lostLegitimacy = -(exposure.find((e) => e.field === 'legitimacy')?.delta ?? 0);
    const tension = exposure.find((e) => e.field === 'tension')?.delta ?? 0;
    const relations = exposure.filter((e) => e.field === 'relations');
    expect(lostLegitimacy).toBeGreaterThan(0);
    expect(lostLegitimacy).toBeGreaterThanOrEqual(overtLegitimacy);
    expect(tension).toBeGreaterThan(overtTension);
    // The client's enemies resent it: relations with Armenia and Artsakh fall.
    expect(relations.length).toBeGreaterThan(0);
    for (const e of relations) expect(e.delta).toBeLessThan(0);
  });
});

describe('what each package does for the client', () => {
  const forcePackages = PACKAGE_KINDS.filter((p) => Object.values(calm().rules.support[p].forces).some((n) => (n ?? 0) > 0));

  it('the packages that carry forces are arms, drones, special forces and mercenaries', () => {
    expect([...forcePackages].sort()).toEqual(['arms', 'drones', 'mercenaries', 'special-forces']);
  });

  for (const pkg of ['arms', 'drones', 'special-forces', 'mercenaries'] as const) {
    it(`${pkg}: the client's forces grow by the package's forces when it is delivered`, () => {
      const s = calm();
      const rule = s.rules.support[pkg];
      const { link, turns } = followed(s, 'turkey', send(pkg), rule.delay + 1);
      const t = turns[rule.delay];
      expect(delivered(t.log, link)).toBe(true);
      for (const [type, n] of Object.entries(rule.forces)) {
        const k = type as keyof typeof rule.forces;
        expect(totalOf(t.state, 'azerbaijan', k), type).toBe(totalOf(t.before, 'azerbaijan', k) + (n ?? 0));
      }
    });
  }

  it('money: the client\'s treasury grows when it is delivered', () => {
    const s = calm();
    const rule = s.rules.support.money;
    const { turns } = followed(s, 'turkey', send('money'), rule.delay + 1);
    const gift = statsBy(turns[rule.delay].log, 'money from Turkey').find((e) => e.actor === 'azerbaijan' && e.field === 'treasury');
    expect(gift?.delta).toBeGreaterThan(0);
  });

  /** Azerbaijan attacks Jabrayil on the turn `pkg` (sent the turn before, or now if it has no delay) is active. */
  function attackWith(pkg: PackageKind | null, patron: ActorId = 'turkey', client: ActorId = 'azerbaijan') {
    let s = calm();
    if (pkg) {
      const first = play(s, { [patron]: [send(pkg, false, client)] });
      s = first.state;
    } else s = play(s).state;
    const { log } = play(s, { azerbaijan: [{ kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 14, armour: 6, artillery: 5 } }] });
    return entries(log, 'combat')[0].modifiers;
  }

  for (const [pkg, name] of [['advisers', 'foreign advisers and officers'], ['intelligence', 'intelligence support']] as const) {
    it(`${pkg}: appear as the named modifier "${name}" in the client's combat log, for the attacker, and against an attacker when the defender has them`, () => {
      const base = attackWith(null);
      expect(base.some((m) => m.name === name)).toBe(false);
      const helped = attackWith(pkg);
      const mod = helped.find((m) => m.name === name);
      expect(mod?.value).toBeGreaterThan(0);
      expect(helped.filter((m) => m.name !== name)).toEqual(base);
      // The same package given to the defender's side (Armenia backs Artsakh) works against the attacker.
      const against = attackWith(pkg, 'armenia', 'artsakh').find((m) => m.name === name);
      expect(against?.value).toBeLessThan(0);
    });
  }

  it('diplomatic cover buys influence, and is not a force, money or combat package', () => {
    const s = calm();
    const rule = s.rules.support['diplomatic-cover'];
    const { link, turns } = followed(s, 'turkey', send('diplomatic-cover'), rule.delay + 1);
    const t = turns[rule.delay];
    expect(delivered(t.log, link)).toBe(true);
    expect(t.state.actors.turkey.influence.azerbaijan).toBeGreaterThan(s.actors.turkey.influence.azerbaijan);
    expect(t.state.actors.azerbaijan.forces).toEqual(t.before.actors.azerbaijan.forces);
  });

  it('diplomatic cover raises the client\'s legitimacy on delivery and spares it the cost of condemnations', () => {
    const s = calm();
    const rule = s.rules.support['diplomatic-cover'];
    const { turns } = followed(s, 'turkey', send('diplomatic-cover'), rule.delay + 1);
    const t = turns[rule.delay];
    expect(t.state.actors.azerbaijan.legitimacy).toBe(t.before.actors.azerbaijan.legitimacy + rule.modifier);
    const condemn = { kind: 'propose', to: ['azerbaijan'], terms: { kind: 'statement', stance: 'condemn', about: 'azerbaijan' } } as const;
    const covered = play(t.state, { minsk: [condemn] });
    expect(covered.state.actors.azerbaijan.legitimacy).toBe(t.state.actors.azerbaijan.legitimacy);
    expect(entries(covered.log, 'decision').some((e) => /diplomatic cover/.test(e.text))).toBe(true);
    const bare = play(s, { minsk: [condemn] });
    expect(bare.state.actors.azerbaijan.legitimacy).toBeLessThan(s.actors.azerbaijan.legitimacy);
  });
});

describe('who pays in tension, and when overt troops are refused', () => {
  it('an overt package from a patron other than Russia or Turkey raises no tension', () => {
    const { log } = play(calm(), { armenia: [send('arms', false, 'artsakh')] });
    expect(entries(log, 'stat').some((e) => e.field === 'tension' && /openly arms/.test(e.cause))).toBe(false);
  });

  it('Russia\'s overt packages raise the tension just as Turkey\'s do', () => {
    const { log } = play(calm(), { russia: [send('arms', false, 'armenia')] });
    expect(statsBy(log, /openly arms/).find((e) => e.field === 'tension')?.delta).toBeGreaterThan(0);
  });

  for (const [patron, client] of [['turkey', 'azerbaijan'], ['russia', 'armenia']] as const) {
    it(`at the tension limit, ${patron}'s overt advisers and special forces are refused with ERR_TENSION; covert ones and other packages are not`, () => {
      const s = calm();
      s.tension = s.rules.tensionLimit;
      for (const pkg of ['advisers', 'special-forces'] as const) {
        expect(refuse(s, { [patron]: [send(pkg, false, client)] }).code).toBe('ERR_TENSION');
        expect(validateOrder(s, patron, send(pkg, true, client)).ok).toBe(true);
      }
      expect(validateOrder(s, patron, send('arms', false, client)).ok).toBe(true);
      // Just below the limit the same overt troops are allowed.
      const below = calm();
      below.tension = below.rules.tensionLimit - 1;
      expect(validateOrder(below, patron, send('advisers', false, client)).ok).toBe(true);
    });
  }

  it('a package the variant forbids is refused with ERR_FORBIDDEN, overt or covert; the patron\'s other packages and other patrons are unaffected', () => {
    const s = calm('test', 'no-turkish-drones');
    expect(refuse(s, { turkey: [send('drones')] }).code).toBe('ERR_FORBIDDEN');
    expect(refuse(s, { turkey: [send('drones', true)] }).code).toBe('ERR_FORBIDDEN');
    expect(validateOrder(s, 'turkey', send('arms')).ok).toBe(true);
    expect(validateOrder(s, 'russia', send('drones', false, 'armenia')).ok).toBe(true);
    // Without the variant Turkey may send drones.
    expect(validateOrder(calm(), 'turkey', send('drones')).ok).toBe(true);
  });
});
