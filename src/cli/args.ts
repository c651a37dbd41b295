// The command line's arguments, read the same way for every command: `--flag value` or
// `--flag=value` for flags that take a value, `--flag` for switches, `--` before arguments that
// start with a dash, `-h`/`--help` anywhere for the command's help. Anything else that starts with
// a dash, a flag given twice, or the wrong number of arguments is a usage error.

/** A mistake in the command line itself: nothing was done. */
export class UsageError extends Error {}

export interface CommandSpec {
  name: string;
  /** Each flag, with whether it takes a value. */
  flags: Readonly<Record<string, 'value' | 'switch'>>;
  /** The names of the arguments that are not flags, as the usage shows them (`FILE`, `DIR`). */
  operands: readonly string[];
  /** Arguments that may follow those, in order. */
  optionalOperands?: readonly string[];
}

export interface ParsedCommand {
  /** True when -h or --help was given: the rest is not checked. */
  help: boolean;
  operands: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

/** The number of single-character edits between two words, for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

function unknownFlag(spec: CommandSpec, flag: string): UsageError {
  const known = Object.keys(spec.flags);
  const closest = known.map((k) => ({ k, d: editDistance(flag, k) })).sort((x, y) => x.d - y.d)[0];
  const hint = closest && closest.d <= 2 ? ` (did you mean ${closest.k}?)` : '';
  return new UsageError(`unknown option for ${spec.name}: ${flag}${hint}`);
}

/** Reads the arguments that follow the command's name. Throws `UsageError`. */
export function parseCommand(argv: readonly string[], spec: CommandSpec): ParsedCommand {
  if (argv.some((arg, i) => (arg === '--help' || arg === '-h') && !argv.slice(0, i).includes('--'))) {
    return { help: true, operands: [], values: new Map(), switches: new Set() };
  }
  const operands: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (flagsEnded || !arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      flagsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const kind = spec.flags[flag];
    if (kind === undefined || !flag.startsWith('--')) throw unknownFlag(spec, flag);
    if (values.has(flag) || switches.has(flag)) throw new UsageError(`${flag} is given twice`);
    if (kind === 'switch') {
      if (eq >= 0) throw new UsageError(`${flag} takes no value`);
      switches.add(flag);
      continue;
    }
    // `--out --force` is a forgotten value, not a file named --force (that is `--out=--force`).
    const value = eq < 0 ? (argv[i + 1]?.startsWith('-') && argv[i + 1] !== '-' ? undefined : argv[++i]) : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    values.set(flag, value);
  }
  if (operands.length < spec.operands.length) throw new UsageError(`${spec.name} needs ${spec.operands.slice(operands.length).join(' and ')}`);
  const all = [...spec.operands, ...(spec.optionalOperands ?? [])];
  if (operands.length > all.length) {
    throw new UsageError(`${spec.name} takes ${all.join(' and ')}, not also ${operands.slice(all.length).join(' ')}`);
  }
  return { help: false, operands, values, switches };
}
