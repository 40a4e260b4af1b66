// A tiny flag parser for the command line: --name value, --flag, and positional arguments.
// Unknown flags and missing values come back as an error message, never a throw.

export interface FlagSpec {
  /** Flags that take a value (e.g. "seed" for --seed S). */
  readonly values: readonly string[];
  /** Flags that stand alone (e.g. "json"). */
  readonly switches: readonly string[];
  /** Flags that take a value and may be given more than once (e.g. "idle" for --idle A --idle B). */
  readonly lists?: readonly string[];
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string>>;
  readonly switches: ReadonlySet<string>;
  /** Each repeatable flag's values in the order given (absent when the flag was not given). */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly positional: readonly string[];
}

export type ArgsResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

function parseArgs(argv: readonly string[], spec: FlagSpec): ArgsResult {
  const values: Record<string, string> = {};
  const switches = new Set<string>();
  const lists: Record<string, string[]> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--') || a === '--') {
      if (a !== '--') positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = a.slice(2, eq >= 0 ? eq : undefined);
    if (spec.switches.includes(key)) {
      if (eq >= 0) return { ok: false, message: `--${key} takes no value` };
      switches.add(key);
    } else if (spec.values.includes(key) || (spec.lists ?? []).includes(key)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || (eq < 0 && v.startsWith('--'))) return { ok: false, message: `--${key} needs a value` };
      if (spec.values.includes(key)) values[key] = v;
      else (lists[key] ??= []).push(v);
    } else {
      return { ok: false, message: `unknown option --${key}` };
    }
  }
  return { ok: true, args: { values, switches, lists, positional } };
}

/**
 * A command's flags with `--help` and a count of positional arguments handled the same way for
 * every command: `help` when asked for, an error message for anything off, else the flags.
 */
export function commandArgs(argv: readonly string[], spec: FlagSpec, positional: { min: number; max: number }): ArgsResult | { readonly ok: 'help' } {
  const parsed = parseArgs(argv, { values: spec.values, switches: [...spec.switches, 'help'], lists: spec.lists ?? [] });
  if (!parsed.ok) return parsed;
  if (parsed.args.switches.has('help')) return { ok: 'help' };
  const n = parsed.args.positional.length;
  if (n > positional.max) return { ok: false, message: `unexpected argument "${parsed.args.positional[positional.max]}"` };
  if (n < positional.min) return { ok: false, message: `give ${positional.min === positional.max ? 'exactly ' : 'at least '}${positional.min} argument${positional.min === 1 ? '' : 's'}` };
  return parsed;
}

/**
 * --seed: any text up to `max` characters (replays refuse longer seeds), or without the flag a
 * seed made from the clock (the command line may read the clock; the engine never does).
 */
export function seedFlag(args: ParsedArgs, max: number): { ok: true; value: string } | { ok: false; message: string } {
  const raw = args.values.seed;
  if (raw === undefined) return { ok: true, value: Date.now().toString(36) };
  if (raw.length > max) return { ok: false, message: `--seed must be at most ${max} characters, not ${raw.length}` };
  return { ok: true, value: raw };
}

/** A whole number within bounds, or an error message naming the flag. */
export function intFlag(args: ParsedArgs, key: string, fallback: number, min: number, max: number): { ok: true; value: number } | { ok: false; message: string } {
  const raw = args.values[key];
  if (raw === undefined) return { ok: true, value: fallback };
  if (!/^\d+$/.test(raw)) return { ok: false, message: `--${key} must be a whole number, not "${raw}"` };
  const n = Number(raw);
  if (n < min || n > max) return { ok: false, message: `--${key} must be between ${min} and ${max}, not ${n}` };
  return { ok: true, value: n };
}

/**
 * --idle ACTOR (repeatable): actors of the scenario that give no orders, each named once; a
 * background actor acts by rule and cannot be idled.
 */
export function idleFlag(args: ParsedArgs, actors: readonly { readonly id: string; readonly background?: boolean }[]): { ok: true; value: string[] } | { ok: false; message: string } {
  const asked = args.lists.idle ?? [];
  const out: string[] = [];
  for (const id of asked) {
    const a = actors.find((x) => x.id === id);
    if (!a) return { ok: false, message: `--idle ${id}: no such actor (actors: ${actors.filter((x) => !x.background).map((x) => x.id).join(', ')})` };
    if (a.background) return { ok: false, message: `--idle ${id}: a background actor acts by rule and gives no orders anyway` };
    if (out.includes(id)) return { ok: false, message: `--idle ${id} is given twice` };
    out.push(id);
  }
  return { ok: true, value: out.sort() };
}
