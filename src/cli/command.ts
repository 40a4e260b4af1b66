// The one top-level catch of every command: what main returns becomes the exit code; anything it
// throws is a bug, reported in one line with exit code 70 (EX_SOFTWARE of sysexits.h) instead of
// a stack trace, and the process stops there (no worker thread or browser it started keeps it
// alive). `--debug` (any position) or KARABAKH_DEBUG=1 prints the trace as well.

/** The exit code of an internal error: distinct from 1 (a check failed) and 2 (bad input). */
const INTERNAL_ERROR = 70;

export type Main = (argv: readonly string[]) => number | Promise<number>;

function describe(e: unknown): string {
  let text: string;
  try {
    text = e instanceof Error ? e.message : String(e);
  } catch {
    text = '';
  }
  return text.split('\n')[0] || (e instanceof Error ? e.name : 'unknown error');
}

/** Runs `main` on the command line's arguments (without `--debug`) and sets the exit code. */
export async function runCommand(name: string, main: Main, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const debug = argv.includes('--debug') || process.env.KARABAKH_DEBUG === '1';
  try {
    process.exitCode = await main(argv.filter((a) => a !== '--debug'));
  } catch (e) {
    console.error(`${name}: internal error: ${describe(e)} (please report)`);
    if (debug && e instanceof Error && e.stack) console.error(e.stack);
    process.exit(INTERNAL_ERROR);
  }
}
