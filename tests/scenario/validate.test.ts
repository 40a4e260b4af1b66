import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../scenarios/scenario.schema.json';
import { DEFAULT_RULES } from '../../src/engine/rules';
import { FORCE_TYPES, INFRASTRUCTURE, PACKAGE_KINDS, TERRAINS, TREATY_KINDS, ZONES } from '../../src/engine/types';
import { SCENARIOS } from '../../src/scenario';
import { isRealDate } from '../../src/scenario/crossRefs';
import { parseScenario } from '../../src/scenario/load';
import { validateScenario } from '../../src/scenario/validate';

const ROOT = resolve(__dirname, '../..');
const read = (id: string): unknown => JSON.parse(readFileSync(join(ROOT, 'scenarios', `${id}.json`), 'utf8'));

/** JSON as JSON.parse reads it: a test edits it freely and the code under test checks it. */
type Json = Record<string, ReturnType<typeof JSON.parse>>;
/** A deep copy of the short scenario, broken by `edit`. */
function broken(edit: (s: Json) => void): unknown {
  const copy = structuredClone(read('2020-war')) as Json;
  edit(copy);
  return copy;
}
function errorsOf(json: unknown): { path: string; message: string }[] {
  const result = validateScenario(json);
  return result.ok ? [] : [...result.errors];
}
const regionIndex = (s: Json, id: string): number => s.regions.findIndex((r: Json) => r.id === id);

describe('shipped scenarios', () => {
  it.each(['2020-war', '2020-full'])('%s is valid and registered', (id) => {
    expect(errorsOf(read(id))).toEqual([]);
    expect(SCENARIOS[id].id).toBe(id);
  });

  it('the schema enumerations match the engine types', () => {
    const defs = schema.$defs as Json;
    expect(Object.keys(defs.forces.properties)).toEqual([...FORCE_TYPES]);
    expect(defs.terrain.enum).toEqual([...TERRAINS]);
    expect(defs.zone.enum).toEqual([...ZONES]);
    expect(defs.infrastructure.enum).toEqual([...INFRASTRUCTURE]);
    expect(defs.treatyKind.enum).toEqual([...TREATY_KINDS]);
    expect(defs.packageKind.enum).toEqual([...PACKAGE_KINDS]);
  });

  it('the schema\'s rules section lists every section of the rules table and every field of each, and nothing else', () => {
    const sections = (schema.$defs as Json).rules.properties;
    expect(Object.keys(sections).sort()).toEqual(Object.keys(DEFAULT_RULES).sort());
    for (const [name, value] of Object.entries(DEFAULT_RULES)) {
      if (typeof value === 'object') expect(Object.keys(sections[name].properties).sort(), name).toEqual(Object.keys(value).sort());
    }
  });

  it('the 1997 treaty covers Armenia proper only', () => {
    for (const s of Object.values(SCENARIOS)) {
      const treaty = s.treaties.find((t) => t.id === 'ru-am-1997');
      expect(treaty?.covers).toEqual(['armenia']);
    }
  });

  it('every event and deck card names an entry of docs/sources.md', () => {
    const sources = readFileSync(join(ROOT, 'docs/sources.md'), 'utf8');
    for (const s of Object.values(SCENARIOS)) {
      for (const e of s.events) expect(sources, `${s.id} ${e.id}`).toContain(`{#${e.source}}`);
      for (const c of s.deck) expect(sources, `${s.id} deck ${c.id}`).toContain(`{#${c.source}}`);
    }
  });

  it('event turns follow the calendar: the offensive of 27 September is turn 11 of the long scenario', () => {
    expect(SCENARIOS['2020-full'].events.find((e) => e.id === 'offensive')?.turn).toBe(11);
    expect(SCENARIOS['2020-war'].events.find((e) => e.id === 'moscow-truce')?.turn).toBe(1);
  });
});

describe('broken scenarios are refused with the path of the fault', () => {
  const cases: [string, (s: Json) => void, string, RegExp][] = [
    ['wrong type', (s) => (s.calendar.turns = 'eight'), '$.calendar.turns', /expected integer, got string/],
    ['a float where an integer belongs', (s) => (s.regions[0].lat = 39.82), '$.regions[0].lat', /expected integer, got number/],
    ['unknown region in neighbours', (s) => s.regions[3].neighbours.push('atlantis'), '$.regions[3].neighbours[6]', /unknown region 'atlantis'/],
    [
      'asymmetric neighbour',
      (s) => {
        const baku = s.regions[regionIndex(s, 'baku')];
        baku.neighbours = baku.neighbours.filter((n: string) => n !== 'barda');
      },
      '', // filled below: barda's entry for baku
      /'barda' lists 'baku' as a neighbour but 'baku' does not list 'barda'/,
    ],
    ['unknown actor in a treaty', (s) => (s.treaties[0].parties[1] = 'atlantis'), '$.treaties[0].parties[1]', /unknown actor 'atlantis'/],
    ['out-of-range percent', (s) => (s.actors[0].doctrine.aggression = 140), '$.actors[0].doctrine.aggression', /at most 100/],
    ['unknown kind in an event effect', (s) => (s.events[0].effects[0].kind = 'nuke'), '$.events[0].effects[0].kind', /unknown kind 'nuke'; expected one of support, .*end-war/],
    ['bad field inside a known kind', (s) => (s.events[0].effects[0].delta = 'lots'), '$.events[0].effects[0].delta', /expected integer/],
    ['bad date', (s) => (s.calendar.start = '2020-02-30'), '$.calendar.start', /not a real date/],
    ['malformed date', (s) => (s.calendar.start = '27/09/2020'), '$.calendar.start', /does not match the pattern/],
    ['missing required field', (s) => delete s.regions[2].terrain, '$.regions[2]', /missing required field 'terrain'/],
    ['extra field', (s) => (s.actors[1].doctrine.mood = 'grim'), '$.actors[1].doctrine.mood', /unknown field 'mood'/],
    ['duplicate region id', (s) => (s.regions[1].id = s.regions[0].id), '$.regions[1].id', /duplicate region id 'stepanakert'/],
    ['forces in an unknown region', (s) => (s.actors[0].forces.atlantis = { infantry: 1 }), '$.actors[0].forces.atlantis', /unknown region/],
    ['forces keyed by a non-identifier region id', (s) => (s.actors[0].forces['aras-border'] = { tanks: 1 }), '$.actors[0].forces["aras-border"].tanks', /unknown field 'tanks'/],
    ['event after the calendar', (s) => (s.events[0].turn = 8), '$.events[0].turn', /outside the calendar/],
    ['unknown actor in an aim', (s) => (s.actors[1].aims[0].condition.actor = 'atlantis'), '$.actors[1].aims[0].condition.actor', /unknown actor 'atlantis'/],
    ['unknown treaty in a variant', (s) => (s.variants[1].changes[0].treaty = 'warsaw-pact'), '$.variants[1].changes[0].treaty', /unknown treaty 'warsaw-pact'/],
    ['unknown event removed by a variant', (s) => (s.variants[1].changes[1].event = 'moon-landing'), '$.variants[1].changes[1].event', /unknown event 'moon-landing'/],
    ['unknown commander', (s) => (s.actors[2].commandedBy = 'atlantis'), '$.actors[2].commandedBy', /unknown actor/],
    ['unknown country on a supply route', (s) => (s.rules.transit.routes[0].via[0] = 'atlantis'), '$.rules.transit.routes[0].via[0]', /unknown actor 'atlantis'/],
    ['unknown patron of a supply route', (s) => (s.rules.transit.routes[1].patron = 'atlantis'), '$.rules.transit.routes[1].patron', /unknown actor 'atlantis'/],
    ['a second route for the same patron and client', (s) => s.rules.transit.routes.push({ ...s.rules.transit.routes[0], via: [...s.rules.transit.routes[0].via] }), '$.rules.transit.routes[3]', /a second route from 'russia' to 'armenia' \(first at \$\.rules\.transit\.routes\[0\]\)/],
    ['a route that crosses its own client', (s) => (s.rules.transit.routes[0].via[0] = s.rules.transit.routes[0].client), '$.rules.transit.routes[0].via[0]', /is an end of this route/],
    ['no roles', (s) => delete s.roles, '$', /missing required field 'roles'/],
    ['unknown critic', (s) => (s.roles.critics[1] = 'atlantis'), '$.roles.critics[1]', /unknown actor 'atlantis'/],
    ['unknown broker', (s) => (s.roles.broker = 'atlantis'), '$.roles.broker', /unknown actor 'atlantis'/],
    ['three rivals', (s) => s.roles.rivals.push('iran'), '$.roles.rivals', /exactly two rivals, not 3/],
    ['a rival of itself', (s) => (s.roles.rivals[1] = s.roles.rivals[0]), '$.roles.rivals[1]', /cannot be its own rival/],
    ['an alliance calling on itself', (s) => (s.roles.alliance.member = s.roles.alliance.actor), '$.roles.alliance.member', /cannot call on itself/],
    ['unknown alliance member', (s) => (s.roles.alliance.member = 'atlantis'), '$.roles.alliance.member', /unknown actor 'atlantis'/],
    ['a component maker listed twice', (s) => s.roles.componentMakers.push({ actor: 'uk', foundPct: 5 }), '$.roles.componentMakers[2].actor', /'uk' is listed twice/],
    ['a component chance past 100', (s) => (s.roles.componentMakers[0].foundPct = 120), '$.roles.componentMakers[0].foundPct', /at most 100/],
    ['unsorted war pair', (s) => (s.wars[0] = { a: 'azerbaijan', b: 'armenia' }), '$.wars[0]', /sorted/],
    ['unknown region in the historical outcome', (s) => (s.historicalOutcome.control.atlantis = 'russia'), '$.historicalOutcome.control.atlantis', /unknown region/],
    ['null where an object belongs', (s) => (s.calendar = null), '$.calendar', /expected object, got null/],
    ['empty effects', (s) => (s.events[0].effects = []), '$.events[0].effects', /at least 1 item/],
    ['string where null or integer belongs', (s) => (s.treaties[0].expires = 'never'), '$.treaties[0].expires', /expected null or integer, got string/],
  ];

  it.each(cases)('%s', (_name, edit, path, message) => {
    const json = broken(edit);
    const expectedPath =
      path !== '' ? path : `$.regions[${regionIndex(json as Json, 'barda')}].neighbours[${(json as Json).regions[regionIndex(json as Json, 'barda')].neighbours.indexOf('baku')}]`;
    const errors = errorsOf(json);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toContainEqual({ path: expectedPath, message: expect.stringMatching(message) });
  });

  it('reports every error, not only the first', () => {
    const errors = errorsOf(
      broken((s) => {
        s.tension = -1;
        s.regions[0].terrain = 'swamp';
        s.treaties[0].beneficiary = 'atlantis';
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['$.tension', '$.regions[0].terrain', '$.treaties[0].beneficiary']));
  });

  it('a non-object is refused at the root', () => {
    expect(errorsOf([])).toEqual([{ path: '$', message: 'expected object, got array' }]);
  });

  it('a syntax error names its line and column', () => {
    const result = parseScenario('{\n  "id": "x",,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/line 2, column \d+/);
  });

  it('checks calendar dates for real', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2020-13-01')).toBe(false);
  });
});

describe('npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'karabakh-validate-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('accepts the shipped scenarios, by id or by file', () => {
    const result = run('2020-war', 'scenarios/2020-full.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/OK scenarios\/2020-war\.json \(2020-war: \d+ regions, 14 actors, 8 turns\)/);
    expect(result.stdout).toMatch(/OK scenarios\/2020-full\.json \(2020-full: \d+ regions, 14 actors, 29 turns\)/);
  });

  it('exits 1 on a broken file and names the path', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken((s) => (s.regions[3].neighbours[0] = 'atlantis'))));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}: $.regions[3].neighbours[0]: unknown region 'atlantis'`);
  });

  it('exits 2 on a file that is not JSON', () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, 'not json at all');
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}: invalid JSON`);
  });
}, 60_000);
