// npm run validate -- FILE...  Validates scenario files (or shipped ids such as 2020-war).
// Exit 0: all valid; 1: some file is invalid; 2: usage error, unreadable file or not JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeJsonError } from '../scenario/load';
import { validateScenario } from '../scenario/validate';

const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const SCHEMA_FILE = 'scenario.schema.json';

const USAGE = `usage: npm run validate -- [FILE | SCENARIO-ID]...
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

function validateFile(file: string): Outcome {
  const name = display(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${name}: cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return 'unreadable';
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.error(`${name}: ${describeJsonError(text, e)}`);
    return 'unreadable';
  }
  const result = validateScenario(json);
  if (!result.ok) {
    for (const error of result.errors) console.log(`${name}: ${error.path}: ${error.message}`);
    console.log(`${name}: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`);
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

process.exitCode = main(process.argv.slice(2));
