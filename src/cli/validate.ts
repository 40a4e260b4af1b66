// npm run validate -- FILE...  Validates scenario files (or shipped ids such as 2020-war).
// Exit 0: all valid; 1: some file is invalid; 2: usage error, unreadable file or not JSON;
// 70: an internal error (command.ts).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIO_LIMITS, validateScenario } from '../scenario/validate';
import { runCommand } from './command';
import { readJsonFile } from './read-file';

const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const SCHEMA_FILE = 'scenario.schema.json';

const USAGE = `usage: npm run validate -- [FILE | SCENARIO-ID]... [--debug]
  Validates scenario files against scenarios/${SCHEMA_FILE} and their cross-references.
  A shipped id (e.g. 2020-war) stands for scenarios/<id>.json; with no argument, every
  scenarios/*.json is checked. Exit 0: all valid, 1: some invalid, 2: usage error or unreadable file.`;

function shippedFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

function resolveArg(arg: string): string {
  if (!existsSync(arg) && /^[a-z0-9-]+$/.test(arg)) {
    const shipped = join(SCENARIO_DIR, `${arg}.json`);
    if (existsSync(shipped)) return shipped;
  }
  return arg;
}

function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

type Outcome = 'valid' | 'invalid' | 'unreadable';

/** At most this many errors of one file are listed, then their count. */
const ERRORS_SHOWN = 100;

function validateFile(file: string): Outcome {
  const name = display(file);
  const json = readJsonFile(name, SCENARIO_LIMITS);
  if (!json.ok) {
    console.error(json.message);
    return 'unreadable';
  }
  const result = validateScenario(json.value);
  if (!result.ok) {
    for (const error of result.errors.slice(0, ERRORS_SHOWN)) console.log(`${name}: ${error.path}: ${error.message}`);
    const more = result.errors.length > ERRORS_SHOWN ? ` (the first ${ERRORS_SHOWN} listed)` : '';
    console.log(`${name}: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}${more}`);
    return 'invalid';
  }
  const s = result.scenario;
  console.log(`OK ${name} (${s.id}: ${s.regions.length} regions, ${s.actors.length} actors, ${s.calendar.turns} turns)`);
  return 'valid';
}

function main(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknownFlag = args.find((a) => a.startsWith('-'));
  if (unknownFlag !== undefined) {
    console.error(`unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  const files = args.length === 0 ? shippedFiles() : args.map(resolveArg);
  if (files.length === 0) {
    console.error(`no scenario files in ${display(SCENARIO_DIR)}`);
    return 2;
  }
  const outcomes = files.map(validateFile);
  if (outcomes.includes('unreadable')) return 2;
  return outcomes.includes('invalid') ? 1 : 0;
}

await runCommand('validate', main);
