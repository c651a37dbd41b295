import { InvalidTextError, stripByteOrderMark } from '../text/articleText';
import type { Problem } from '../problems';
import { factFilePathFor } from '../factFile/paths';
import type { FactFile } from '../factFile/schema';
import { FactFileReader } from '../factFile/parseCache';
import { locateFactFileField } from '../factFile/store';
import { RefusedFileError, type WorkspaceFiles } from './files';

/** An annotated article: its text and its fact file. */
export interface AnnotatedArticle {
  /** The article's path, relative to the workspace root. */
  path: string;
  factFilePath: string;
  text: string;
  factFile: FactFile;
}

export interface SkippedFactFile {
  factFilePath: string;
  problems: Problem[];
}

/** The article a fact file belongs to: its `article.file`, beside it. */
export function articlePathOf(factFilePath: string, factFile: FactFile): string {
  const slash = factFilePath.lastIndexOf('/');
  return slash < 0 ? factFile.article.file : `${factFilePath.slice(0, slash + 1)}${factFile.article.file}`;
}

interface ReadResult {
  text?: string;
  problem?: Problem;
  refused?: RefusedFileError;
}

/** A file's text, or what kept it from being read (not UTF-8, refused by the host, not readable). */
async function readText(files: WorkspaceFiles, path: string): Promise<ReadResult> {
  try {
    return { text: await files.readText(path) };
  } catch (error) {
    if (error instanceof InvalidTextError) return { problem: error.problem };
    if (error instanceof RefusedFileError) return { refused: error };
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { file: path, line: 1, column: 1, field: '', message: `cannot be read: ${message}`, severity: 'error' } };
  }
}

/** One fact file read with its article, or why it was skipped. */
type Loaded = { article: AnnotatedArticle; factFileText: string } | { skipped: SkippedFactFile } | undefined;

function skippedAt(factFilePath: string, factFileText: string, field: string, message: string): { skipped: SkippedFactFile } {
  const { line, column } = locateFactFileField(factFileText, field);
  return { skipped: { factFilePath, problems: [{ file: factFilePath, line, column, field, message, severity: 'error' }] } };
}

/**
 * The fact file named for `articlePath` when it is listed, is not `factFilePath`, and claims the
 * article too: it is the one exported, and `factFilePath` the one left out.
 */
async function ownFactFileClaiming(files: WorkspaceFiles, factFilePath: string, articlePath: string, listed: ReadonlySet<string>, reader: FactFileReader): Promise<string | undefined> {
  const own = factFilePathFor(articlePath);
  if (own === factFilePath || !listed.has(own)) return undefined;
  const read = await readText(files, own);
  if (read.text === undefined) return undefined;
  const { factFile } = await reader.parse(read.text, own);
  return factFile && articlePathOf(own, factFile) === articlePath ? own : undefined;
}

async function loadArticle(files: WorkspaceFiles, factFilePath: string, listed: ReadonlySet<string>, reader: FactFileReader): Promise<Loaded> {
  const read = await readText(files, factFilePath);
  if (read.refused) return { skipped: { factFilePath, problems: [{ file: factFilePath, line: 1, column: 1, field: '', message: `${read.refused.reason}; it is not read`, severity: 'error' }] } };
  if (read.problem) return { skipped: { factFilePath, problems: [read.problem] } };
  const factFileText = read.text;
  if (factFileText === undefined) return undefined;
  const { factFile, problems } = await reader.parse(factFileText, factFilePath);
  if (!factFile) return { skipped: { factFilePath, problems } };
  const path = articlePathOf(factFilePath, factFile);
  const own = await ownFactFileClaiming(files, factFilePath, path, listed, reader);
  if (own !== undefined) {
    return skippedAt(factFilePath, factFileText, 'article.file', `claims the article ${path}, as ${own} does; only ${own}, the fact file named for it, is exported`);
  }
  const article = await readText(files, path);
  if (article.refused) return skippedAt(factFilePath, factFileText, 'article.file', `the article ${path} ${article.refused.reason}; it is not read`);
  if (article.problem) return { skipped: { factFilePath, problems: [article.problem] } };
  if (article.text === undefined) return skippedAt(factFilePath, factFileText, 'article.file', `the article ${path} is missing`);
  return { article: { path, factFilePath, text: stripByteOrderMark(article.text), factFile }, factFileText };
}

/** How many articles are read ahead of the one being written: the disk waits overlap, memory stays small. */
const READ_AHEAD = 16;

/** One of `of` parts of a workspace (`shard` from 1): a run of its fact files in path order. */
export interface Shard {
  shard: number;
  of: number;
}

/**
 * The fact files of a shard: the sorted list cut into `of` runs of (nearly) equal length, so
 * that the shards' articles, one shard after another, are the workspace's in path order.
 */
export function shardRange(count: number, { shard, of }: Shard): { start: number; end: number } {
  if (!Number.isInteger(of) || of < 1 || !Number.isInteger(shard) || shard < 1 || shard > of) throw new RangeError(`no shard ${shard} of ${of}`);
  return { start: Math.floor(((shard - 1) * count) / of), end: Math.floor((shard * count) / of) };
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/**
 * The article name on a fact file's `file:` line (plain, single- or double-quoted), or undefined
 * when there is no such single line to read it from.
 */
export function articleFileNamed(factFileText: string): string | undefined {
  const lines = [...factFileText.matchAll(/^[ \t]*["']?file["']?[ \t]*:[ \t]*(.*?)[ \t]*,?[ \t]*$/gm)];
  if (lines.length !== 1) return undefined;
  const value = lines[0][1];
  // A block scalar, an alias, a tag or a flow collection: for the parser to read.
  if (value === '' || /^[>|&*!%@`{[]/.test(value)) return undefined;
  if (value.startsWith('"')) {
    try {
      const name: unknown = JSON.parse(value);
      return typeof name === 'string' ? name : undefined;
    } catch {
      return undefined;
    }
  }
  if (value.startsWith("'")) return value.length > 1 && value.endsWith("'") ? value.slice(1, -1).replace(/''/g, "'") : undefined;
  return /\s#/.test(value) ? undefined : value;
}

/**
 * What the fact files before a shard claim, for the shard's articles given with a fact file not
 * named for them: in the whole export, the first fact file in path order that claims such an
 * article is the one it goes with. Those fact files are read once per folder that needs them, and
 * loaded (parsed) only when their `file:` line names the article asked about, or cannot be read.
 */
class ClaimsBeforeShard {
  private readonly folders = new Map<string, Promise<{ path: string; name: string | undefined }[]>>();
  private readonly claims = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly before: readonly string[],
    private readonly listed: ReadonlySet<string>,
    private readonly reader: FactFileReader,
  ) {}

  /** The fact file before the shard that claims the article first; undefined when there is none. */
  async firstClaiming(article: AnnotatedArticle): Promise<string | undefined> {
    if (this.before.length === 0 || factFilePathFor(article.path) === article.factFilePath) return undefined;
    const name = article.factFile.article.file;
    for (const candidate of await this.folder(folderOf(article.factFilePath))) {
      if (candidate.name !== undefined && candidate.name !== name) continue;
      if ((await this.claimOf(candidate.path)) === article.path) return candidate.path;
    }
    return undefined;
  }

  private folder(folder: string): Promise<{ path: string; name: string | undefined }[]> {
    let found = this.folders.get(folder);
    if (!found) {
      const read = async (path: string) => ({ path, name: articleFileNamed((await readText(this.files, path)).text ?? '') });
      found = Promise.all(this.before.filter((path) => folderOf(path) === folder).map(read));
      this.folders.set(folder, found);
    }
    return found;
  }

  /** The article the fact file is exported with when nothing else claims it first, or undefined. */
  private claimOf(path: string): Promise<string | undefined> {
    let claim = this.claims.get(path);
    if (!claim) {
      claim = loadArticle(this.files, path, this.listed, this.reader).then((loaded) => (loaded && 'article' in loaded ? loaded.article.path : undefined));
      this.claims.set(path, claim);
    }
    return claim;
  }
}

/**
 * Every annotated article of the workspace, in path order, a few at a time so that a large
 * workspace is never held in memory whole. Fact files that are invalid, empty, unreadable or refused
 * by the host, or whose article is missing, unreadable or refused, are reported through `onSkip`
 * and left out. An article claimed by two fact files is given once: with the fact file named for
 * it when that is one of them, else with the first in path order; the other is reported, naming
 * both. The reader decides whether parsed fact files come from a cache.
 *
 * With a `shard`, only the articles of its fact files, given and reported as the whole workspace
 * would give and report them: the shards' articles, one shard after another, are the workspace's.
 */
export async function* annotatedArticles(
  files: WorkspaceFiles,
  onSkip: (skipped: SkippedFactFile) => void = () => {},
  reader: FactFileReader = new FactFileReader(),
  shard?: Shard,
): AsyncGenerator<AnnotatedArticle> {
  const paths = await files.listFactFiles();
  // Every fact file, also those of other shards: which one an article is exported with depends on them.
  const listed = new Set(paths);
  const { start, end } = shard ? shardRange(paths.length, shard) : { start: 0, end: paths.length };
  const claimsBefore = new ClaimsBeforeShard(files, paths.slice(0, start), listed, reader);
  /** Which fact file each article given so far came with. */
  const claimedBy = new Map<string, string>();
  const pending: Promise<Loaded>[] = [];
  let next = start;
  const fill = () => {
    while (next < end && pending.length < READ_AHEAD) pending.push(loadArticle(files, paths[next++], listed, reader));
  };
  fill();
  while (pending.length > 0) {
    const loaded = await pending.shift()!;
    fill();
    if (!loaded) continue;
    if ('skipped' in loaded) {
      onSkip(loaded.skipped);
      continue;
    }
    const { article, factFileText } = loaded;
    const earlier = claimedBy.get(article.path) ?? (await claimsBefore.firstClaiming(article));
    if (earlier !== undefined) {
      onSkip(skippedAt(article.factFilePath, factFileText, 'article.file', `claims the article ${article.path}, as ${earlier} does; only ${earlier} is exported`).skipped);
      continue;
    }
    claimedBy.set(article.path, article.factFilePath);
    yield article;
  }
}
