// news-annotator agree: how far two annotations of the same workspace agree, from two copies of it
// (two folders) or from two git revisions of it.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { agreementText, type SideNames } from '../core/agreement/report';
import { WorkspaceComparison, type WorkspaceAgreement } from '../core/agreement/compare';
import { FactFileReader } from '../core/factFile/parseCache';
import { type AnnotatedArticle, annotatedArticles, type SkippedFactFile } from '../core/workspace/articles';
import type { WorkspaceFiles } from '../core/workspace/files';
import { type CommandSpec, parseCommand } from './args';
import { EXIT } from './exitCodes';
import { GitError, GitRevisionFiles, repositoryOf, resolveCommit } from './gitRevision';
import { AGREE_USAGE } from './help';
import { sayError, sayProblem } from './messages';
import { linkedFolderProblem, notEnteredLinkedFolders } from './linkedFolders';
import { NodeWorkspaceFiles } from './nodeFiles';

const FLAGS: CommandSpec['flags'] = { '--json': 'switch', '--rev': 'switch' };
const AGREE_FOLDERS: CommandSpec = { name: 'agree', flags: FLAGS, operands: ['the folder A', 'the folder B'] };
const AGREE_REVISIONS: CommandSpec = { name: 'agree --rev', flags: FLAGS, operands: ['REV1', 'REV2'], optionalOperands: ['DIR'] };

/** Whether --rev is among the options (before a `--` that ends them): the arguments are then revisions. */
function comparesRevisions(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return argv.slice(0, end < 0 ? argv.length : end).includes('--rev');
}

/** One side of the comparison: its files, its name in the report, and how a problem's file is shown. */
interface Side {
  files: WorkspaceFiles & { close?: () => void };
  name: string;
  shown: (path: string) => string;
  /** The linked folders its reading did not enter, as the export reports them (a folder's side only). */
  linkedFoldersOutside?: () => string[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function folderSide(dir: string): Side {
  const files = new NodeWorkspaceFiles(dir);
  return { files, name: dir, shown: (path) => join(dir, path), linkedFoldersOutside: () => files.linkedFoldersOutside };
}

/** The two revisions of the workspace in `dir`; throws `GitError` for a folder outside git, or a revision that is none. */
function revisionSides(dir: string, revisions: readonly string[]): Side[] {
  const { root, prefix } = repositoryOf(dir);
  const commits = revisions.map((revision) => resolveCommit(root, revision));
  return revisions.map((revision, i) => ({
    files: new GitRevisionFiles(root, commits[i], prefix, revision),
    name: `${revision} (${commits[i].slice(0, 12)}) of ${dir}`,
    shown: (path) => `${revision}:${prefix}${path}`,
  }));
}

/** Every annotated article of one side; fact files it could not use go to `skipped`, shown as the side names them. */
function readSide(side: Side, skipped: SkippedFactFile[]): AsyncGenerator<AnnotatedArticle> {
  const skip = (s: SkippedFactFile) => skipped.push({ factFilePath: side.shown(s.factFilePath), problems: s.problems.map((p) => ({ ...p, file: side.shown(p.file) })) });
  return annotatedArticles(side.files, skip, new FactFileReader());
}

/** A's articles held, B's compared as they are read. */
async function compareSides(a: Side, b: Side, skipped: SkippedFactFile[]): Promise<WorkspaceAgreement> {
  const held: AnnotatedArticle[] = [];
  for await (const article of readSide(a, skipped)) held.push(article);
  const comparison = new WorkspaceComparison(held);
  held.length = 0;
  for await (const article of readSide(b, skipped)) comparison.add(article);
  return comparison.result();
}

/** Runs `news-annotator agree …` (the arguments after `agree`); resolves to the exit code. Throws only `UsageError` (from ./args). */
export async function agreeCommand(argv: readonly string[]): Promise<number> {
  const byRevision = comparesRevisions(argv);
  const args = parseCommand(argv, byRevision ? AGREE_REVISIONS : AGREE_FOLDERS);
  if (args.help) {
    process.stdout.write(AGREE_USAGE);
    return EXIT.complete;
  }
  const [first, second, dir = '.'] = args.operands;
  if (!isFolder(byRevision ? dir : first) || !isFolder(byRevision ? dir : second)) {
    const missing = byRevision ? dir : isFolder(first) ? second : first;
    sayError(`${missing}: no such folder`);
    return EXIT.failed;
  }
  let sides: Side[];
  try {
    sides = byRevision ? revisionSides(dir, [first, second]) : [folderSide(first), folderSide(second)];
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    sayError(error.message);
    return EXIT.failed;
  }
  const skipped: SkippedFactFile[] = [];
  let result: WorkspaceAgreement;
  try {
    result = await compareSides(sides[0], sides[1], skipped);
  } finally {
    for (const side of sides) side.files.close?.();
  }
  const names: SideNames = { a: sides[0].name, b: sides[1].name };
  process.stdout.write(args.switches.has('--json') ? agreementJson(result, names) : agreementText(result, names));
  // Read as the export reads: the linked folders leading outside are named, as the fact files left out are.
  const linkedFolders = sides.flatMap((side) => (side.linkedFoldersOutside?.() ?? []).map(side.shown));
  for (const folder of linkedFolders) sayProblem(linkedFolderProblem(folder));
  for (const p of skipped.flatMap((s) => s.problems)) sayProblem(p);
  const leftOut: string[] = [];
  if (skipped.length > 0) leftOut.push(`left out ${skipped.length === 1 ? 'a fact file' : `${skipped.length} fact files`} that could not be used`);
  if (linkedFolders.length > 0) leftOut.push(notEnteredLinkedFolders(linkedFolders.length));
  if (leftOut.length > 0) sayError(`${leftOut.join('; ')} (above); the figures are without them`);
  return leftOut.length > 0 ? EXIT.incomplete : EXIT.complete;
}

/** The result for scripts: the README's "Agreement between annotators" lists its fields. */
export function agreementJson(result: WorkspaceAgreement, names: SideNames): string {
  return `${JSON.stringify({ a: names.a, b: names.b, ...result }, null, 2)}\n`;
}
