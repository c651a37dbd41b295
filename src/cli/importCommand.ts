// news-annotator import: annotations made in another tool (or another workspace) added to the fact
// files of the workspace DIR. Only PATH (a file, or a folder of them) and DIR are read, by the same
// rules as an export reads DIR: regular files only, within size limits, strict UTF-8, no symbolic
// link followed out of PATH or DIR. A fact file is written whole or not at all, and never one that
// has a problem or changed on disk while the import ran.
import { randomBytes } from 'node:crypto';
import { type Dirent, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { articleFileNamedIn, factFilePathFor, isFactFilePath, isSkippedFolder } from '../core/factFile/paths';
import { parseFactFile } from '../core/factFile/store';
import type { SourceFile } from '../core/import/document';
import { IMPORT_FORMATS } from '../core/import/formats/index';
import { type ArticleWithFactFile, planImport } from '../core/import/importer';
import { LabelMap, parseLabelMap } from '../core/import/labels';
import { formatImportReport, importComplete, importReportJson } from '../core/import/report';
import { DEFAULT_KNOWLEDGE_BASE_FILE } from '../core/knowledgeBase/workspaceFile';
import { Recognizer } from '../core/recognizer/recognizer';
import { decodeText, InvalidTextError, stripByteOrderMark } from '../core/text/articleText';
import { escapeUnsafeCharacters } from '../core/text/printable';
import { RefusedFileError } from '../core/workspace/files';
import { type CommandSpec, parseCommand, UsageError } from './args';
import { EXIT } from './exitCodes';
import { IMPORT_USAGE } from './help';
import { IMPORT_LIMIT, readInputFile } from './inputFiles';
import { loadKnowledgeBase, readWorkspaceKnowledgeBase } from './knowledgeBase';
import { say, sayError, sayProblem } from './messages';
import { NodeWorkspaceFiles } from './nodeFiles';

const IMPORT: CommandSpec = {
  name: 'import',
  flags: { '--into': 'value', '--dry-run': 'switch', '--labels': 'value', '--kb': 'value', '--json': 'switch' },
  operands: ['FORMAT', 'PATH'],
};

/** The files of a source folder each format reads; a format not listed reads every file. */
const SOURCE_EXTENSIONS: Record<string, readonly string[]> = {
  jsonl: ['.jsonl', '.ndjson'],
  brat: ['.txt', '.ann'],
  w3c: ['.json', '.jsonld'],
  conll: ['.conll', '.conllu', '.iob', '.bio', '.tsv', '.txt'],
  'label-studio': ['.json'],
  doccano: ['.jsonl', '.json'],
  spacy: ['.jsonl', '.json'],
};

interface ImportArgs {
  format: string;
  path: string;
  into: string;
  dryRun: boolean;
  labels?: string;
  kb?: string;
  json: boolean;
}

function parseImportArgs(argv: readonly string[]): ImportArgs | undefined {
  const args = parseCommand(argv, IMPORT);
  if (args.help) return undefined;
  const [format, path] = args.operands;
  const formats = Object.keys(IMPORT_FORMATS);
  if (!Object.hasOwn(IMPORT_FORMATS, format)) throw new UsageError(`unknown import format: ${format} (expected one of ${formats.join(', ')})`);
  const into = args.values.get('--into');
  if (into === undefined) throw new UsageError('import needs --into DIR, the workspace to add the annotations to');
  return { format, path, into, dryRun: args.switches.has('--dry-run'), labels: args.values.get('--labels'), kb: args.values.get('--kb'), json: args.switches.has('--json') };
}

function kindOfPath(path: string): 'file' | 'folder' | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** True when `path` lies below `folder` (both absolute). */
function isBelow(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep);
}

/** Every file under a folder, relative with forward slashes, sorted; linked folders, dot folders and node_modules are not entered; `skip` (absolute) neither. */
function filesUnder(root: string, keep: (name: string) => boolean, skip?: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name) && full !== skip) walk(full, `${prefix}${entry.name}/`);
      } else if (keep(entry.name)) found.push(`${prefix}${entry.name}`);
    }
  };
  walk(root, '');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The source files under PATH, read by the workspace rules (nothing outside PATH); or the message that stops the import. */
async function readSources(path: string, format: string): Promise<{ files: SourceFile[]; problems: string[] } | { error: string }> {
  if (kindOfPath(path) === 'file') {
    const read = readInputFile(path, IMPORT_LIMIT);
    if (!read.ok) return { error: `${path} ${read.reason}` };
    const decoded = decodeText(read.bytes, path);
    if (!decoded.ok) return { error: `${decoded.problem.file}:${decoded.problem.line}:${decoded.problem.column}: ${decoded.problem.message}` };
    return { files: [{ path, text: stripByteOrderMark(decoded.text) }], problems: [] };
  }
  const extensions = SOURCE_EXTENSIONS[format];
  const names = filesUnder(resolve(path), (name) => !name.startsWith('.') && !isFactFilePath(name) && (!extensions || extensions.some((e) => name.toLowerCase().endsWith(e))));
  const folder = new NodeWorkspaceFiles(path);
  const files: SourceFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const shown = join(path, ...name.split('/'));
    try {
      const text = await folder.readText(name);
      if (text !== undefined) files.push({ path: shown, text: stripByteOrderMark(text) });
    } catch (error) {
      if (error instanceof InvalidTextError) problems.push(`${join(path, error.problem.file)}:${error.problem.line}:${error.problem.column}: ${error.problem.message}; it is not read`);
      else if (error instanceof RefusedFileError) problems.push(`${shown} ${error.reason}; it is not read`);
      else problems.push(`${shown} cannot be read: ${(error as Error).message}`);
    }
  }
  if (files.length === 0) {
    for (const problem of problems) say(problem);
    return { error: `${path} holds no ${extensions ? `${extensions.join(' or ')} ` : ''}file that could be read` };
  }
  return { files, problems };
}

/**
 * The workspace's articles with their fact files: every .txt file under DIR (but PATH, when it lies
 * inside) and every article a fact file names. Files refused or unreadable are reported and left out.
 */
async function workspaceArticles(files: NodeWorkspaceFiles, skip: string | undefined, problems: string[]): Promise<ArticleWithFactFile[]> {
  const read = async (path: string): Promise<string | undefined> => {
    try {
      return await files.readText(path);
    } catch (error) {
      if (error instanceof InvalidTextError) problems.push(`${join(files.root, error.problem.file)}:${error.problem.line}: ${error.problem.message}; it is not read`);
      else if (error instanceof RefusedFileError) problems.push(`${join(files.root, path)} ${error.reason}; it is not read`);
      else problems.push(`${join(files.root, path)} cannot be read: ${(error as Error).message}`);
      return undefined;
    }
  };
  // The articles fact files name (an article need not end in .txt), with the fact file that names it.
  const factFileOf = new Map<string, string>();
  const factFiles = filesUnder(files.root, isFactFilePath, skip);
  for (const factFile of factFiles) {
    const text = await read(factFile);
    const named = text === undefined ? undefined : articleFileNamedIn(text);
    if (named === undefined) continue;
    const path = `${factFile.slice(0, factFile.lastIndexOf('/') + 1)}${named}`;
    // The fact file named for the article comes first; another that claims it is the import's only when there is none.
    if (!factFileOf.has(path) || factFilePathFor(path) === factFile) factFileOf.set(path, factFile);
  }
  const paths = new Set([...filesUnder(files.root, (name) => name.endsWith('.txt'), skip), ...factFileOf.keys()]);
  const articles: ArticleWithFactFile[] = [];
  for (const path of [...paths].sort()) {
    const text = await read(path);
    if (text === undefined) continue;
    const factFilePath = factFileOf.get(path) ?? factFilePathFor(path);
    const factFileText = await read(factFilePath);
    const published = factFileText === undefined ? undefined : parseFactFile(factFileText, factFilePath).factFile?.article.published;
    articles.push({ path, text: stripByteOrderMark(text), factFilePath, ...(factFileText === undefined ? {} : { factFileText }), ...(published ? { published } : {}) });
  }
  return articles;
}

/** Reads the --labels file. */
function readLabels(file: string): { labels: LabelMap } | { error: string } {
  const read = readInputFile(file, IMPORT_LIMIT);
  if (!read.ok) return { error: read.missing ? `${file}: no such file` : `${file} ${read.reason}` };
  const decoded = decodeText(read.bytes, file);
  if (!decoded.ok) return { error: `${file}:${decoded.problem.line}:${decoded.problem.column}: ${decoded.problem.message}` };
  const { labels, problems } = parseLabelMap(decoded.text, file);
  if (problems.length > 0) {
    for (const p of problems) sayProblem(p);
    return { error: `${file} has problems; nothing was imported` };
  }
  return { labels: new LabelMap(labels) };
}


/**
 * Writes a fact file beside a temporary copy and moves it into place, unless the file on disk is no
 * longer the text the import was planned on. Returns why it was not written, or undefined.
 */
async function writeFactFile(files: NodeWorkspaceFiles, path: string, before: string | undefined, text: string): Promise<string | undefined> {
  let current: string | undefined;
  try {
    current = await files.readText(path);
  } catch (error) {
    return (error as Error).message;
  }
  if (current !== before && !(before === undefined && current?.trim() === '')) return 'it changed on disk while the import ran; run the import again';
  const target = join(files.root, ...path.split('/'));
  const temporary = join(dirname(target), `.${path.slice(path.lastIndexOf('/') + 1)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    return `cannot be written: ${(error as Error).message}`;
  }
  return undefined;
}

/** Runs `news-annotator import …` (the arguments after `import`); resolves to the exit code. Throws only `UsageError`. */
export async function importCommand(argv: readonly string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (!args) {
    process.stdout.write(IMPORT_USAGE);
    return EXIT.complete;
  }
  if (kindOfPath(args.into) !== 'folder') {
    sayError(`${args.into}: no such folder`);
    return EXIT.failed;
  }
  if (kindOfPath(args.path) === undefined) {
    sayError(`${args.path}: no such file or folder`);
    return EXIT.failed;
  }
  const labels = args.labels === undefined ? { labels: new LabelMap() } : readLabels(args.labels);
  if ('error' in labels) {
    sayError(labels.error);
    return EXIT.failed;
  }
  const sources = await readSources(args.path, args.format);
  if ('error' in sources) {
    sayError(`${sources.error}; nothing was imported`);
    return EXIT.failed;
  }
  const files = new NodeWorkspaceFiles(args.into);
  const ownKbFile = join(args.into, DEFAULT_KNOWLEDGE_BASE_FILE);
  const kb = await loadKnowledgeBase(args.kb, { file: ownKbFile, read: () => readWorkspaceKnowledgeBase(files, ownKbFile) });
  if (!kb) return EXIT.failed;
  const { knowledgeBase } = kb;

  const workspaceProblems: string[] = [];
  const sourceFolder = resolve(args.path);
  const skip = kindOfPath(args.path) === 'folder' && isBelow(files.root, sourceFolder) ? sourceFolder : undefined;
  const articles = await workspaceArticles(files, skip, workspaceProblems);
  const documents = IMPORT_FORMATS[args.format](sources.files);
  const plan = await planImport(documents, articles, { knowledgeBase, labels: labels.labels, recognizer: new Recognizer(knowledgeBase) });

  for (const message of [...sources.problems, ...workspaceProblems, ...plan.readerProblems]) say(message);
  let notWritten = 0;
  if (!args.dryRun) {
    const before = new Map(articles.map((a) => [a.path, a.factFileText]));
    for (const article of plan.articles) {
      if (article.text === undefined || article.problems.length > 0) continue;
      const why = await writeFactFile(files, article.factFilePath, before.get(article.path), article.text);
      if (why) {
        notWritten++;
        article.problems.push({ file: article.factFilePath, line: 1, column: 1, field: '', message: why, severity: 'error' });
        article.text = undefined;
      }
    }
  }
  for (const article of plan.articles) for (const p of article.problems) sayProblem({ ...p, file: join(args.into, p.file) });
  if (args.json) process.stdout.write(`${JSON.stringify(importReportJson(plan, args.dryRun), null, 2)}\n`);
  else process.stdout.write(formatImportReport(plan, args.dryRun).map((line) => `${escapeUnsafeCharacters(line)}\n`).join(''));

  const complete = importComplete(plan) && sources.problems.length === 0 && notWritten === 0;
  return complete ? EXIT.complete : EXIT.incomplete;
}
