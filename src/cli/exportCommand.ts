// news-annotator export: a workspace's annotations as a dataset file (or, for brat, a folder).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { type AnnotatedArticle, EXPORT_FORMATS, type ExportFormat, type ExportResult, isExportFormat, runExport, writesFolder } from '../core/export';
import { formatProblem, type Problem } from '../core/knowledgeBase/loadFile';
import { SidecarReader } from '../core/sidecar/parseCache';
import { locateSidecarField } from '../core/sidecar/store';
import { decodeText } from '../core/text/articleText';
import { annotatedArticles, type SkippedSidecar } from '../core/workspace/articles';
import { DEFAULT_KNOWLEDGE_BASE_FILE, withWorkspaceFile } from '../core/workspaceKnowledgeBase';
import { DiskParseCache, defaultCacheFolder } from '../node/diskParseCache';
import { createFileOutput, createFolderOutput, NodeWorkspaceFiles, type NodeExportOutput, OutputExistsError, ProtectedFiles } from './nodeFiles';

export const EXPORT_SYNOPSIS = `news-annotator export DIR --format ${EXPORT_FORMATS.join('|')} --out PATH [--kb KNOWLEDGE_BASE.yaml] [--cache DIR | --no-cache] [--strict] [--force]`;

export const EXPORT_HELP = `  export      Write the annotations of the workspace DIR (every *.facts.yaml under it) as a dataset.
              --format jsonl    one JSON record per article: metadata, mentions, facts, entities
              --format csv      one row per attendance fact (RFC 4180, CRLF line ends)
              --format w3c      a W3C Web Annotation collection (JSON-LD); offsets count code points
              --format brat     a folder of brat standoff .txt/.ann files with annotation.conf
              --format conll    CoNLL IOB2 tokens (PER, ORG, LOC, EVENT, DATE)
              --out PATH        the file to write; for brat, the folder
              --kb FILE         the knowledge base to add (default: DIR/${DEFAULT_KNOWLEDGE_BASE_FILE} if there is one)
              --cache DIR       where parsed fact files are kept between runs, by a hash of their
                                bytes (default: ${defaultCacheFolder().replace(homedir(), '~')})
              --no-cache        parse every fact file, and keep nothing
              --strict          exit with 1 when a sidecar is skipped or a mention is left out
              --force           replace PATH if it exists (without it, an existing file is an error)
              PATH may be anywhere, in the workspace or outside it. It never replaces a sidecar, an
              article or the knowledge base, even with --force; for brat, an existing folder gets
              the new files and keeps its others.
`;

class ExportUsageError extends Error {}

interface ExportArgs {
  dir: string;
  format: ExportFormat;
  out: string;
  kb?: string;
  strict: boolean;
  force: boolean;
  /** The parse cache's folder, or undefined for none (--no-cache). */
  cache?: string;
}

const VALUE_FLAGS = new Set(['--format', '--out', '--kb', '--cache']);

function parseExportArgs(argv: readonly string[]): ExportArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let strict = false;
  let force = false;
  let noCache = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (flag === '--strict' && eq < 0) strict = true;
    else if (flag === '--force' && eq < 0) force = true;
    else if (flag === '--no-cache' && eq < 0) noCache = true;
    else if (VALUE_FLAGS.has(flag)) {
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new ExportUsageError(`${flag} needs a value`);
      values.set(flag, value);
    } else throw new ExportUsageError(`unknown option for export: ${arg}`);
  }
  const [dir, ...extra] = positional;
  if (!dir) throw new ExportUsageError('export needs the workspace folder DIR');
  if (extra.length > 0) throw new ExportUsageError(`export takes one folder, not also ${extra.join(' ')}`);
  const format = values.get('--format');
  if (format === undefined) throw new ExportUsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(format)) throw new ExportUsageError(`unknown export format: ${format} (expected one of ${EXPORT_FORMATS.join(', ')})`);
  const out = values.get('--out');
  if (out === undefined) throw new ExportUsageError('export needs --out PATH');
  if (noCache && values.has('--cache')) throw new ExportUsageError('give --cache DIR or --no-cache, not both');
  return { dir, format, out, kb: values.get('--kb'), strict, force, cache: noCache ? undefined : (values.get('--cache') ?? defaultCacheFolder()) };
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
export function exportSummary(result: ExportResult, out: string, skipped: readonly SkippedSidecar[]): string {
  const parts = [
    `exported ${plural(result.articles, 'article')}, ${plural(result.mentions, 'mention')} and ${plural(result.facts, 'fact')} as ${result.format} to ${out}`,
  ];
  if (skipped.length > 0) parts.push(`skipped ${plural(skipped.length, 'sidecar')}`);
  if (result.skippedMentions > 0) parts.push(`left out ${plural(result.skippedMentions, 'mention')}`);
  return `news-annotator: ${parts.join('; ')}`;
}

/** Runs `news-annotator export …` (the arguments after `export`); resolves to the exit code. Never rejects. */
export async function exportCommand(argv: readonly string[]): Promise<number> {
  try {
    return await runExportCommand(argv);
  } catch (error) {
    process.stderr.write(`news-annotator: export failed: ${(error as Error).message}\n`);
    return 1;
  }
}

async function runExportCommand(argv: readonly string[]): Promise<number> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    const usage = error instanceof ExportUsageError ? `\n\nUsage:\n  ${EXPORT_SYNOPSIS}\n\n${EXPORT_HELP}` : '\n';
    process.stderr.write(`news-annotator: ${(error as Error).message}${usage}`);
    return 2;
  }
  const { dir, format, out, strict } = args;
  if (!isFolder(dir)) {
    process.stderr.write(`news-annotator: ${dir}: no such folder\n`);
    return 1;
  }
  if (args.kb !== undefined && !existsSync(args.kb)) {
    process.stderr.write(`news-annotator: ${args.kb}: no such file\n`);
    return 1;
  }
  const kbFile = args.kb ?? join(dir, DEFAULT_KNOWLEDGE_BASE_FILE);
  const kbProblems: Problem[] = [];
  let kbText: string | undefined;
  if (existsSync(kbFile)) {
    const decoded = decodeText(readFileSync(kbFile), kbFile);
    if (decoded.ok) kbText = decoded.text;
    else kbProblems.push(decoded.problem);
  }
  const resolved = withWorkspaceFile(kbText, kbFile);
  const { knowledgeBase } = resolved;
  kbProblems.push(...resolved.problems);
  for (const p of kbProblems) process.stderr.write(`${formatProblem(p)}\n`);

  const files = new NodeWorkspaceFiles(dir);
  // What the export reads, it never writes over.
  const protect = new ProtectedFiles();
  protect.add(resolve(kbFile), `the knowledge base`);
  const inWorkspace = (p: Problem): Problem => ({ ...p, file: join(dir, p.file) });
  const skipped: SkippedSidecar[] = [];
  async function* read(): AsyncGenerator<AnnotatedArticle> {
    const reader = new SidecarReader(args.cache === undefined ? undefined : new DiskParseCache(args.cache));
    for await (const article of annotatedArticles(files, (s) => skipped.push(s), reader)) {
      protect.add(join(files.root, ...article.path.split('/')), `the article ${article.path}`);
      yield article;
    }
  }
  let output: NodeExportOutput | undefined;
  let result: ExportResult;
  try {
    output = writesFolder(format) ? await createFolderOutput(out, { protect }) : await createFileOutput(out, { overwrite: args.force, protect });
    result = await runExport(format, read(), knowledgeBase, output);
    await output.commit();
  } catch (error) {
    await output?.abort().catch(() => {});
    if (error instanceof OutputExistsError) {
      process.stderr.write(`news-annotator: ${error.message}; nothing written\n`);
      return 1;
    }
    process.stderr.write(`news-annotator: export failed, nothing written to ${out}: ${(error as Error).message}\n`);
    return 1;
  }

  for (const s of skipped) for (const p of s.problems) process.stderr.write(`${formatProblem(inWorkspace(p))}\n`);
  for (const p of result.problems) process.stderr.write(`${formatProblem(inWorkspace(located(dir, p)))}\n`);
  process.stderr.write(`${exportSummary(result, out, skipped)}\n`);

  const failed = skipped.length > 0 || result.skippedMentions > 0 || kbProblems.some((p) => p.severity === 'error');
  return strict && failed ? 1 : 0;
}

/**
 * The problem with the line of its field in the sidecar, for problems the export reports at the
 * top of the file (a mention it left out): read again, only for those.
 */
function located(dir: string, p: Problem): Problem {
  if (p.line !== 1 || p.column !== 1 || p.field === '') return p;
  try {
    const decoded = decodeText(readFileSync(join(dir, ...p.file.split('/'))), p.file);
    return decoded.ok ? { ...p, ...locateSidecarField(decoded.text, p.field) } : p;
  } catch {
    return p;
  }
}
