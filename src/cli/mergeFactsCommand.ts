// news-annotator merge-facts: git's merge driver for fact files. Git runs it with the three
// versions of a fact file it could not merge by itself (`%O %A %B`, and `%P`, the file's path, for
// messages); it writes the merged file over OURS, as git expects, and says by its exit status
// whether conflicts remain. A version that cannot be read leaves OURS as it was: git then reports
// the file as conflicted, and the messages say why.
import { writeFileSync } from 'node:fs';
import { mergeConflictProblems } from '../core/factFile/conflicts';
import { mergeFactFiles, type MergeResult } from '../core/factFile/merge';
import { decodeText } from '../core/text/articleText';
import { type CommandSpec, parseCommand } from './args';
import { EXIT } from './exitCodes';
import { MERGE_FACTS_USAGE } from './help';
import { FACT_FILE_LIMIT, readInputFile, reasonOf } from './inputFiles';
import { sayError, sayProblem } from './messages';

const MERGE_FACTS: CommandSpec = {
  name: 'merge-facts',
  flags: {},
  operands: ['the common ancestor BASE', 'our version OURS', 'their version THEIRS'],
  optionalOperands: ['the PATH of the file, for messages'],
};

const VERSION_NAMES: Record<Exclude<MergeResult, { ok: true }>['side'], string> = {
  base: 'the common ancestor',
  ours: 'our version',
  theirs: 'their version',
  merged: 'the merged file',
};

/** What is said when the merge is not written: the file stays as ours, and git reports a conflict. */
function leftAsOurs(name: string, why: string): void {
  sayError(`${name}: not merged: ${why}; it is left as our version, and git reports it as conflicted (git show :1:${name}, :2:… and :3:… show the three versions)`);
}

/** The text of one version, or undefined (said why) when it cannot be read. */
function readVersion(file: string, version: string, name: string): string | undefined {
  const read = readInputFile(file, FACT_FILE_LIMIT);
  if (!read.ok) {
    leftAsOurs(name, `${version} (${file}) ${read.reason}`);
    return undefined;
  }
  const decoded = decodeText(read.bytes, name);
  if (decoded.ok) return decoded.text;
  leftAsOurs(name, `${version} is not UTF-8 text`);
  sayProblem(decoded.problem);
  return undefined;
}

export function mergeFactsCommand(argv: readonly string[]): number {
  const args = parseCommand(argv, MERGE_FACTS);
  if (args.help) {
    process.stdout.write(MERGE_FACTS_USAGE);
    return EXIT.complete;
  }
  const [baseFile, oursFile, theirsFile, path] = args.operands;
  const name = path ?? oursFile;
  const base = readVersion(baseFile, VERSION_NAMES.base, name);
  const ours = base === undefined ? undefined : readVersion(oursFile, VERSION_NAMES.ours, name);
  const theirs = ours === undefined ? undefined : readVersion(theirsFile, VERSION_NAMES.theirs, name);
  if (base === undefined || ours === undefined || theirs === undefined) return EXIT.failed;

  const result = mergeFactFiles(base, ours, theirs, name);
  if (!result.ok) {
    const what = result.side === 'merged' ? 'the merged file would not be a valid fact file' : `${VERSION_NAMES[result.side]} cannot be read as a fact file (the lines below are that version's)`;
    leftAsOurs(name, what);
    for (const problem of result.problems) sayProblem(problem);
    return EXIT.failed;
  }
  try {
    writeFileSync(oursFile, result.text);
  } catch (error) {
    sayError(`${name}: the merged file could not be written to ${oursFile}: ${reasonOf(error)}`);
    return EXIT.failed;
  }
  if (result.conflicts.length === 0) return EXIT.complete;
  // Git takes any other status than 0 for "conflicts remain", and leaves the file as written.
  sayError(`${name}: merged, with ${result.conflicts.length === 1 ? 'a conflict' : `${result.conflicts.length} conflicts`} between markers:`);
  for (const problem of mergeConflictProblems(result.text, name)) sayProblem(problem);
  return EXIT.incomplete;
}
