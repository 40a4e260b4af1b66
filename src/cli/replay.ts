// npm run replay -- FILE [--json]
// Verifies a replay on the engine. Exit 0: every turn's hash matches; 1: a turn diverges or an
// order is refused (the turn is named); 2: not a replay, unreadable, too large, or an unknown
// scenario; 70: an internal error (command.ts).
import { parseReplay, REPLAY_LIMITS, verifyReplay } from '../engine';
import { SCENARIOS, shippedScenario } from '../scenario';
import { commandArgs } from './args';
import { runCommand } from './command';
import { readJsonFile } from './read-file';

const USAGE = `usage: npm run replay -- FILE [--json] [--debug]
  Replays FILE on the engine and checks every turn's state hash.
  Exit 0: all turns match; 1: a turn diverges (named); 2: not a valid replay or unknown scenario.`;

function main(argv: readonly string[]): number {
  const parsed = commandArgs(argv, { values: [], switches: ['json'] }, { min: 1, max: 1 });
  if (parsed.ok === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!parsed.ok) {
    console.error(`replay: ${parsed.message === 'give exactly 1 argument' ? 'give exactly one replay file' : parsed.message}\n${USAGE}`);
    return 2;
  }
  const args = parsed.args;
  const json = args.switches.has('json');
  const file = args.positional[0];
  const report = (code: number, body: Record<string, unknown>, text: string): number => {
    if (json) console.log(JSON.stringify({ file, ...body }));
    else (code === 0 ? console.log : console.error)(text);
    return code;
  };
  const data = readJsonFile(file, REPLAY_LIMITS);
  if (!data.ok) return report(2, { ok: false, error: data.unreadable ? 'unreadable' : 'not-a-replay', message: data.message }, `${data.unreadable ? 'replay:' : 'not a replay:'} ${data.message}`);
  const replay = parseReplay(data.value);
  if (!replay.ok) return report(2, { ok: false, error: 'not-a-replay', message: replay.message }, `not a replay: ${replay.message}`);
  const scenario = shippedScenario(replay.replay.scenarioId);
  if (!scenario) return report(2, { ok: false, error: 'unknown-scenario', scenarioId: replay.replay.scenarioId }, `replay: unknown scenario "${replay.replay.scenarioId}" (shipped: ${Object.keys(SCENARIOS).join(', ')})`);
  const res = verifyReplay(replay.replay, scenario);
  if (res.ok) return report(0, { ok: true, turns: res.turns, finalHash: res.finalHash }, `OK: ${res.turns} turns, final hash ${res.finalHash}`);
  const where = res.firstDivergingTurn !== null ? `turn ${res.firstDivergingTurn}` : 'before the first turn';
  const hashes = res.expected !== null || res.actual !== null ? ` (expected hash ${res.expected ?? '-'}, actual ${res.actual ?? '-'})` : '';
  // Version or scenario mismatches are not divergences of play, but the file is a replay: exit 1.
  return report(1, { ok: false, error: res.code, firstDivergingTurn: res.firstDivergingTurn, expected: res.expected, actual: res.actual, message: res.message }, `FAILED at ${where}: ${res.message}${hashes}`);
}

await runCommand('replay', main);
