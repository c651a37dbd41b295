// news-annotator export: a workspace's annotations as a dataset file (or, for brat, a folder).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type AnnotatedArticle, EXPORT_FORMATS, type ExportFormat, type ExportResult, isExportFormat, runExport, writesFacts, writesFolder } from '../core/export/index';
import type { Problem } from '../core/problems';
import { FactFileReader } from '../core/factFile/parseCache';
import { locateFactFileField } from '../core/factFile/store';
import { tagsEveryToken } from '../core/export/unannotated';
import { Recognizer } from '../core/recognizer/recognizer';
import { annotatedArticles, type Shard, type SkippedFactFile } from '../core/workspace/articles';
import { DEFAULT_KNOWLEDGE_BASE_FILE } from '../core/knowledgeBase/workspaceFile';
import { DiskParseCache, defaultCacheFolder } from '../node/diskParseCache';
import { type CommandSpec, parseCommand, UsageError } from './args';
import { EXIT } from './exitCodes';
import { EXPORT_USAGE } from './help';
import { loadKnowledgeBase, nearestKnowledgeBaseFile, readWorkspaceKnowledgeBase } from './knowledgeBase';
import { linkedFolderProblem, notEnteredLinkedFolders } from './linkedFolders';
import { say, sayError, sayProblem } from './messages';
import { createFileOutput, createFolderOutput, NodeWorkspaceFiles, type NodeExportOutput, OutputRefusedError, ProtectedFiles } from './nodeFiles';

const EXPORT: CommandSpec = {
  name: 'export',
  flags: { '--format': 'value', '--out': 'value', '--shard': 'value', '--kb': 'value', '--cache': 'value', '--no-cache': 'switch', '--strict': 'switch', '--force': 'switch' },
  operands: ['the workspace folder DIR'],
};

interface ExportArgs {
  dir: string;
  format: ExportFormat;
  out: string;
  kb?: string;
  force: boolean;
  /** The parse cache's folder, or undefined for none (--no-cache). */
  cache?: string;
  /** --shard I/N: only the I-th of N runs of the workspace's fact files in path order. */
  shard?: Shard;
}

/** `--shard I/N`: 1 ≤ I ≤ N. Throws `UsageError`. */
export function parseShard(value: string): Shard {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(value);
  const shard = match ? Number(match[1]) : NaN;
  const of = match ? Number(match[2]) : NaN;
  if (!(of >= 1 && shard >= 1 && shard <= of)) throw new UsageError(`--shard takes I/N, the I-th of N parts, 1 ≤ I ≤ N (such as 2/8), not ${value}`);
  return { shard, of };
}

/** The export's arguments, or undefined when --help was asked for. Throws `UsageError`. */
function parseExportArgs(argv: readonly string[]): ExportArgs | undefined {
  const args = parseCommand(argv, EXPORT);
  if (args.help) return undefined;
  const [dir] = args.operands;
  const format = args.values.get('--format');
  if (format === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(format)) throw new UsageError(`unknown export format: ${format} (expected one of ${EXPORT_FORMATS.join(', ')})`);
  const out = args.values.get('--out');
  if (out === undefined) throw new UsageError('export needs --out PATH');
  const noCache = args.switches.has('--no-cache');
  if (noCache && args.values.has('--cache')) throw new UsageError('give --cache DIR or --no-cache, not both');
  const shardFlag = args.values.get('--shard');
  // --strict is accepted and changes nothing: an incomplete export always exits with EXIT.incomplete.
  return {
    dir,
    format,
    out,
    kb: args.values.get('--kb'),
    force: args.switches.has('--force'),
    cache: noCache ? undefined : (args.values.get('--cache') ?? defaultCacheFolder()),
    shard: shardFlag === undefined ? undefined : parseShard(shardFlag),
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The one-line summary printed at the end. */
export function exportSummary(result: ExportResult, out: string, skipped: readonly SkippedFactFile[], shard?: Shard, linkedFolders = 0): string {
  // A format that holds spans only is not said to have exported facts, not even none.
  const what = writesFacts(result.format) ? `${plural(result.articles, 'article')}, ${plural(result.mentions, 'mention')} and ${plural(result.facts, 'fact')}` : `${plural(result.articles, 'article')} and ${plural(result.mentions, 'mention')}`;
  const parts = [`exported ${what} as ${result.format} to ${out}${shard ? ` (shard ${shard.shard} of ${shard.of})` : ''}`];
  if (skipped.length > 0) parts.push(`skipped ${plural(skipped.length, 'fact file')}`);
  if (linkedFolders > 0) parts.push(notEnteredLinkedFolders(linkedFolders));
  if (result.skippedMentions > 0) parts.push(`left out ${plural(result.skippedMentions, 'mention')}`);
  return `news-annotator: ${parts.join('; ')}`;
}

/** How many ids an unknown-entities message names before it says how many more. */
const UNKNOWN_IDS_SHOWN = 5;

/**
 * Says which entities the fact files cite that the knowledge base does not define; and, when the
 * folder exported has no knowledge base of its own but a folder above it has one, which it is and
 * why it was not read (an export reads nothing outside its folder).
 */
export function unknownEntitiesMessage(ids: readonly string[], dir: string, knowledgeBaseAbove: string | undefined): string {
  const shown = ids.slice(0, UNKNOWN_IDS_SHOWN).join(', ') + (ids.length > UNKNOWN_IDS_SHOWN ? ` and ${ids.length - UNKNOWN_IDS_SHOWN} more` : '');
  const what = ids.length === 1 ? `1 entity the fact files cite is not in the knowledge base, so the export knows it by its id only: ${shown}` : `${ids.length} entities the fact files cite are not in the knowledge base, so the export knows them by their ids only: ${shown}`;
  const where = knowledgeBaseAbove === undefined ? '' : `; ${dir} has no ${DEFAULT_KNOWLEDGE_BASE_FILE} of its own, and ${knowledgeBaseAbove}, above it, is outside the folder and not read: export the folder that holds it, or give --kb ${knowledgeBaseAbove}`;
  return `news-annotator: ${what}${where}`;
}

/** Says how many recognized names a format that tags every token wrote as plain text (core/export/unannotated.ts), and where the first is. */
export function unannotatedMessage(result: ExportResult, dir: string): string {
  const { names, articles, first } = result.unannotated;
  const where = first ? `; the first: “${first.quote}”, ${join(dir, first.path)}:${first.line}` : '';
  return `news-annotator: ${plural(names, 'name')} the recognizer finds in ${plural(articles, 'article')} ${names === 1 ? 'is' : 'are'} neither annotated nor marked not an entity, and ${result.format} writes ${names === 1 ? 'it' : 'them'} as plain text, which reads as "not a name"${where}`;
}

/** Runs `news-annotator export …` (the arguments after `export`); resolves to the exit code. Throws only `UsageError`. */
export async function exportCommand(argv: readonly string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if (!args) {
    process.stdout.write(EXPORT_USAGE);
    return EXIT.complete;
  }
  try {
    return await runExportCommand(args);
  } catch (error) {
    sayError(`export failed, nothing written to ${args.out}: ${(error as Error).message}`);
    return EXIT.failed;
  }
}


async function runExportCommand(args: ExportArgs): Promise<number> {
  const { dir, format, out } = args;
  if (!isFolder(dir)) {
    sayError(`${dir}: no such folder`);
    return EXIT.failed;
  }
  const files = new NodeWorkspaceFiles(dir);
  const ownKbFile = join(dir, DEFAULT_KNOWLEDGE_BASE_FILE);
  const kb = await loadKnowledgeBase(args.kb, { file: ownKbFile, read: () => readWorkspaceKnowledgeBase(files, ownKbFile) });
  if (!kb) return EXIT.failed;
  const { knowledgeBase, problems: kbProblems, file: kbFile = ownKbFile } = kb;

  // What the export reads, it never writes over; nor the workspace's own knowledge base, whatever --kb says.
  const protect = new ProtectedFiles();
  protect.add(resolve(kbFile), 'the knowledge base');
  protect.add(resolve(ownKbFile), `the workspace's knowledge base`);
  const inWorkspace = (p: Problem): Problem => ({ ...p, file: join(dir, p.file) });
  const skipped: SkippedFactFile[] = [];
  async function* read(): AsyncGenerator<AnnotatedArticle> {
    const reader = new FactFileReader(args.cache === undefined ? undefined : new DiskParseCache(args.cache));
    for await (const article of annotatedArticles(files, (s) => skipped.push(s), reader, args.shard)) {
      protect.add(join(files.root, ...article.path.split('/')), `the article ${article.path}`);
      yield article;
    }
  }
  let output: NodeExportOutput | undefined;
  let result: ExportResult;
  try {
    output = writesFolder(format) ? await createFolderOutput(out, { protect }) : await createFileOutput(out, { overwrite: args.force, protect });
    // The formats that tag every token are told what the recognizer finds, to count the names left as plain text.
    const recognizer = tagsEveryToken(format) ? new Recognizer(knowledgeBase) : undefined;
    result = await runExport(format, read(), knowledgeBase, output, { recognize: recognizer && ((text) => recognizer.recognize(text)) });
    await output.commit();
  } catch (error) {
    await output?.abort().catch(() => {});
    if (error instanceof OutputRefusedError) {
      sayError(`${error.message}; nothing written`);
      return EXIT.failed;
    }
    throw error;
  }

  // The listing is the workspace's, not a shard's: its linked folders are reported once, by the first shard.
  const linkedFolders = (args.shard?.shard ?? 1) === 1 ? files.linkedFoldersOutside : [];
  for (const folder of linkedFolders) sayProblem(linkedFolderProblem(join(dir, folder)));
  for (const s of skipped) for (const p of s.problems) sayProblem(inWorkspace(p));
  for (const p of result.problems) sayProblem(inWorkspace(await located(files, p)));
  if (result.unknownEntities.length > 0) {
    const above = args.kb === undefined && !existsSync(ownKbFile) ? nearestKnowledgeBaseFile(dirname(resolve(dir))) : undefined;
    say(unknownEntitiesMessage(result.unknownEntities, dir, above));
  }
  if (result.unannotated.names > 0) say(unannotatedMessage(result, dir));
  say(exportSummary(result, out, skipped, args.shard, linkedFolders.length));

  const incomplete = skipped.length > 0 || linkedFolders.length > 0 || result.skippedMentions > 0 || kbProblems.some((p) => p.severity === 'error');
  return incomplete ? EXIT.incomplete : EXIT.complete;
}

/**
 * The problem with the line of its field in the fact file, for problems the export reports at the
 * top of the file (a mention it left out): read again, only for those.
 */
async function located(files: NodeWorkspaceFiles, p: Problem): Promise<Problem> {
  if (p.line !== 1 || p.column !== 1 || p.field === '') return p;
  try {
    const text = await files.readText(p.file);
    return text === undefined ? p : { ...p, ...locateFactFileField(text, p.field) };
  } catch {
    return p;
  }
}
