// npm run sim -- [--scenario ID|FILE] [--seed S] [--turns N] [--variant NAME] [--difficulty D]
//                [--idle ACTOR]... [--json] [--replay-out FILE] [--log]
// Plays one game with every actor run by the computer. Exit 0: played; 1: the engine refused
// an order (a bug); 2: bad flags, unknown scenario or variant, unreadable or invalid file;
// 70: an internal error (command.ts).
import { writeFileSync } from 'node:fs';
import { DIFFICULTIES, type Difficulty } from '../ai';
import { MAX_SEED_LENGTH } from '../engine';
import { commandArgs, idleFlag, intFlag, seedFlag } from './args';
import { runCommand } from './command';
import { DEFAULT_DIFFICULTY, playGame } from './game-loop';
import { DEFAULT_SCENARIO, resolveScenario } from './scenario-arg';
import { outcomeLines, storyLines } from './story';
import { summarise } from '../analysis/summary';

const USAGE = `usage: npm run sim -- [--scenario ID|FILE] [--seed S] [--turns N] [--variant NAME]
                     [--difficulty easy|normal|hard] [--idle ACTOR]... [--json] [--replay-out FILE]
                     [--log] [--debug]
  Plays one game with every actor run by the computer and prints its story and result.
  --scenario    a shipped id (default ${DEFAULT_SCENARIO}) or a scenario file
  --seed        any text up to 200 characters; without it a seed is made from the clock and printed
  --turns       stop after N turns (default: the scenario's calendar)
  --variant     a counterfactual defined in the scenario (e.g. no-turkish-drones)
  --difficulty  how far the computer actors look ahead (default ${DEFAULT_DIFFICULTY})
  --idle        an actor that gives no orders (repeatable): the game goes on around it
  --json        print one JSON object instead of the story
  --replay-out  write the replay to FILE (check it with npm run replay -- FILE)
  --log         print the whole turn-by-turn log, with every computer decision's reasons
  --debug       print the stack trace of an internal error (exit 70)`;

/** Bad input: one line saying what is wrong, and the usage only when the flags themselves are. */
function fail(message: string, usage = false): number {
  console.error(usage ? `sim: ${message}\n${USAGE}` : `sim: ${message}`);
  return 2;
}

function main(argv: readonly string[]): number {
  const parsed = commandArgs(argv, { values: ['scenario', 'seed', 'turns', 'variant', 'difficulty', 'replay-out'], switches: ['json', 'log'], lists: ['idle'] }, { min: 0, max: 0 });
  if (parsed.ok === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!parsed.ok) return fail(parsed.message, true);
  const args = parsed.args;
  const sc = resolveScenario(args.values.scenario);
  if (!sc.ok) return fail(sc.message);
  const scenario = sc.scenario;
  const turns = intFlag(args, 'turns', scenario.calendar.turns, 1, 1000);
  if (!turns.ok) return fail(turns.message);
  const difficulty = (args.values.difficulty ?? DEFAULT_DIFFICULTY) as Difficulty;
  if (!DIFFICULTIES.includes(difficulty)) return fail(`--difficulty must be one of ${DIFFICULTIES.join(', ')}, not "${difficulty}"`);
  const variant = args.values.variant ?? null;
  if (variant !== null && !scenario.variants.some((v) => v.id === variant)) return fail(`scenario ${scenario.id} has no variant "${variant}" (it has: ${scenario.variants.map((v) => v.id).join(', ') || 'none'})`);
  const idle = idleFlag(args, scenario.actors);
  if (!idle.ok) return fail(idle.message);
  const seedArg = seedFlag(args, MAX_SEED_LENGTH);
  if (!seedArg.ok) return fail(seedArg.message);
  const seed = seedArg.value;
  const replayOut = args.values['replay-out'];
  const json = args.switches.has('json');
  const played = playGame(scenario, seed, { variant, turns: turns.value, difficulty, idle: idle.value, record: replayOut !== undefined, log: !json });
  if (!played.ok) {
    console.error(`sim: ${played.message}`);
    return 1;
  }
  const { state, replay, logs } = played.game;
  if (replayOut !== undefined && replay) {
    try {
      writeFileSync(replayOut, JSON.stringify(replay) + '\n');
    } catch (e) {
      console.error(`sim: cannot write ${replayOut} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      return 2;
    }
  }
  const s = summarise(state);
  if (json) {
    console.log(
      JSON.stringify({
        seed,
        scenario: scenario.id,
        variant,
        difficulty,
        idle: idle.value,
        turns: state.turn,
        finalHash: s.finalHash,
        endReason: s.endReason,
        endTurn: s.endTurn,
        warEnd: s.warEnd,
        warLength: s.warLength,
        winnerOrScores: s.scores,
        scores: s.scores,
        control: s.control,
        treaties: s.treaties,
        peacekeepers: s.peacekeepers,
        monitors: s.monitors,
      }),
    );
    return 0;
  }
  const out: string[] = [`${scenario.title} — seed ${seed}${variant ? `, variant ${variant}` : ''}, computer actors on ${difficulty}${idle.value.length > 0 ? `; idle (no orders): ${idle.value.map((a) => state.actors[a].name).join(', ')}` : ''}`];
  out.push(...storyLines(state, logs, args.switches.has('log')));
  out.push(...outcomeLines(state));
  out.push(`Final hash ${s.finalHash}. Reproduce: npm run sim -- --scenario ${scenario.id} --seed ${seed}${variant ? ` --variant ${variant}` : ''}${difficulty !== DEFAULT_DIFFICULTY ? ` --difficulty ${difficulty}` : ''}${idle.value.map((a) => ` --idle ${a}`).join('')}`);
  console.log(out.join('\n'));
  return 0;
}

await runCommand('sim', main);
