// npm run briefings -- [--scenario ID|FILE] [--out DIR]
// Writes one printable team briefing (HTML) per actor a team may play: its situation, aims and
// levers, from the scenario's data. Exit 0: written; 2: bad flags, unknown scenario, or a folder
// that cannot be written; 70: an internal error (command.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingHtml } from '../report/briefing';
import { teamPlayable } from '../scenario/team-playable';
import { commandArgs } from './args';
import { runCommand } from './command';
import { DEFAULT_SCENARIO, resolveScenario } from './scenario-arg';

const USAGE = `usage: npm run briefings -- [--scenario ID|FILE] [--out DIR]
  Writes a printable team briefing (situation, aims, levers) for each actor a team may play.
  --scenario  a shipped id (default ${DEFAULT_SCENARIO}) or a scenario file
  --out       the folder to write to (default briefings/<scenario id>), created if missing`;

function fail(message: string, usage = false): number {
  console.error(usage ? `briefings: ${message}\n${USAGE}` : `briefings: ${message}`);
  return 2;
}

function main(argv: readonly string[]): number {
  const parsed = commandArgs(argv, { values: ['scenario', 'out'], switches: [] }, { min: 0, max: 0 });
  if (parsed.ok === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!parsed.ok) return fail(parsed.message, true);
  const sc = resolveScenario(parsed.args.values.scenario);
  if (!sc.ok) return fail(sc.message);
  const scenario = sc.scenario;
  const out = parsed.args.values.out ?? join('briefings', scenario.id);
  const written: string[] = [];
  try {
    mkdirSync(out, { recursive: true });
    for (const actor of teamPlayable(scenario)) {
      const file = join(out, `${scenario.id}-${actor}.html`);
      writeFileSync(file, briefingHtml(scenario, actor));
      written.push(file);
    }
  } catch (e) {
    return fail(`cannot write to ${out} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  console.log(`Wrote ${written.length} team briefings for ${scenario.title}:\n${written.map((f) => `  ${f}`).join('\n')}`);
  return 0;
}

await runCommand('briefings', main);
