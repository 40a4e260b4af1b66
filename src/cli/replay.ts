// npm run replay -- FILE [--json] [--story [--log]] [--turning [--games N]]
// Verifies a replay on the engine, and with --story tells the game week by week as sim does; with
// --turning plays continuations from every week and names the weeks that moved the odds most. Exit 0: every turn's hash matches; 1: a turn diverges or an
// order is refused (the turn is named); 2: not a replay, unreadable, too large, or an unknown
// scenario; 70: an internal error (command.ts).
import { playTurning } from '../analysis/game-turning';
import { parseReplay, playReplay, REPLAY_LIMITS } from '../engine';
import { playWorld } from '../report/world';
import { SCENARIOS, shippedScenario } from '../scenario';
import { commandArgs, intFlag } from './args';
import { runCommand } from './command';
import { readJsonFile } from './read-file';
import { outcomeLines, storyLines } from './story';
import { turningLines } from './turning';

/** Continuations a week for --turning: enough to rank the weeks in well under a minute on one core. */
const TURNING_GAMES = 50;

const USAGE = `usage: npm run replay -- FILE [--json] [--story [--log]] [--turning [--games N]] [--debug]
  Replays FILE on the engine and checks every turn's state hash.
  --story    also tell the game week by week, then how it ended (as npm run sim does)
  --log      with --story, every entry of the log, with the computer's reasons
  --turning  also play N continuations (default ${TURNING_GAMES}) from the start of every week and name
             the weeks that moved the odds of the game's outcome most, then how lucky the game was
  --games N  continuations a week for --turning (1-10000)
  Exit 0: all turns match; 1: a turn diverges (named); 2: not a valid replay or unknown scenario.`;

function main(argv: readonly string[]): number {
  const parsed = commandArgs(argv, { values: ['games'], switches: ['json', 'story', 'log', 'turning'] }, { min: 1, max: 1 });
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
  const story = args.switches.has('story');
  if (json && story) {
    console.error(`replay: --story tells the game in words; it does not go with --json\n${USAGE}`);
    return 2;
  }
  if (args.switches.has('log') && !story) {
    console.error(`replay: --log goes with --story\n${USAGE}`);
    return 2;
  }
  const turning = args.switches.has('turning');
  if (args.values.games !== undefined && !turning) {
    console.error(`replay: --games goes with --turning\n${USAGE}`);
    return 2;
  }
  const games = intFlag(args, 'games', TURNING_GAMES, 1, 10_000);
  if (!games.ok) {
    console.error(`replay: ${games.message}\n${USAGE}`);
    return 2;
  }
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
  const res = playReplay(replay.replay, scenario);
  if (res.ok) {
    const { seed, variant } = replay.replay;
    const told = story ? [`${scenario.title} — seed ${seed}${variant ? `, variant ${variant}` : ''}`, ...storyLines(res.state, res.log, args.switches.has('log')), ...outcomeLines(res.state), ''] : [];
    const ok = { ok: true, turns: res.turns, finalHash: res.finalHash };
    if (!turning) return report(0, ok, [...told, `OK: ${res.turns} turns, final hash ${res.finalHash}`].join('\n'));
    const world = playWorld(replay.replay, scenario);
    if (!world.ok) throw new Error(`bug: the replay verified but its world does not play: ${world.message}`);
    const played = playTurning(world.world, games.value, 'normal', (week, of) => process.stderr.isTTY && process.stderr.write(`\rweek ${week} of ${of}`));
    if (process.stderr.isTTY) process.stderr.write('\r');
    if (!played.ok) throw new Error(`bug: a continuation failed: ${played.message}`);
    return report(0, { ...ok, turning: played.turning }, [...told, ...turningLines(world.world, played.turning), '', `OK: ${res.turns} turns, final hash ${res.finalHash}`].join('\n'));
  }
  const where = res.firstDivergingTurn !== null ? `turn ${res.firstDivergingTurn}` : 'before the first turn';
  const hashes = res.expected !== null || res.actual !== null ? ` (expected hash ${res.expected ?? '-'}, actual ${res.actual ?? '-'})` : '';
  // Version or scenario mismatches are not divergences of play, but the file is a replay: exit 1.
  return report(1, { ok: false, error: res.code, firstDivergingTurn: res.firstDivergingTurn, expected: res.expected, actual: res.actual, message: res.message }, `FAILED at ${where}: ${res.message}${hashes}`);
}

await runCommand('replay', main);
