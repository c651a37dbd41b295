import { InvalidTextError, stripByteOrderMark } from '../text/articleText';
import type { Problem } from '../knowledgeBase/loadFile';
import { sidecarPathFor } from '../sidecar/paths';
import type { Sidecar } from '../sidecar/schema';
import { SidecarReader } from '../sidecar/parseCache';
import { locateSidecarField } from '../sidecar/store';
import { RefusedFileError, type WorkspaceFiles } from './files';

/** An annotated article: its text and its sidecar. */
export interface AnnotatedArticle {
  /** The article's path, relative to the workspace root. */
  path: string;
  sidecarPath: string;
  text: string;
  sidecar: Sidecar;
}

export interface SkippedSidecar {
  sidecarPath: string;
  problems: Problem[];
}

/** The article a sidecar belongs to: its `article.file`, beside it. */
export function articlePathOf(sidecarPath: string, sidecar: Sidecar): string {
  const slash = sidecarPath.lastIndexOf('/');
  return slash < 0 ? sidecar.article.file : `${sidecarPath.slice(0, slash + 1)}${sidecar.article.file}`;
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

/** One sidecar read with its article, or why it was skipped. */
type Loaded = { article: AnnotatedArticle; sidecarText: string } | { skipped: SkippedSidecar } | undefined;

function skippedAt(sidecarPath: string, sidecarText: string, field: string, message: string): { skipped: SkippedSidecar } {
  const { line, column } = locateSidecarField(sidecarText, field);
  return { skipped: { sidecarPath, problems: [{ file: sidecarPath, line, column, field, message, severity: 'error' }] } };
}

/**
 * The fact file named for `articlePath` when it is listed, is not `sidecarPath`, and claims the
 * article too: it is the one exported, and `sidecarPath` the one left out.
 */
async function ownSidecarClaiming(files: WorkspaceFiles, sidecarPath: string, articlePath: string, listed: ReadonlySet<string>, reader: SidecarReader): Promise<string | undefined> {
  const own = sidecarPathFor(articlePath);
  if (own === sidecarPath || !listed.has(own)) return undefined;
  const read = await readText(files, own);
  if (read.text === undefined) return undefined;
  const { sidecar } = await reader.parse(read.text, own);
  return sidecar && articlePathOf(own, sidecar) === articlePath ? own : undefined;
}

async function loadArticle(files: WorkspaceFiles, sidecarPath: string, listed: ReadonlySet<string>, reader: SidecarReader): Promise<Loaded> {
  const read = await readText(files, sidecarPath);
  if (read.refused) return { skipped: { sidecarPath, problems: [{ file: sidecarPath, line: 1, column: 1, field: '', message: `${read.refused.reason}; it is not read`, severity: 'error' }] } };
  if (read.problem) return { skipped: { sidecarPath, problems: [read.problem] } };
  const sidecarText = read.text;
  if (sidecarText === undefined) return undefined;
  const { sidecar, problems } = await reader.parse(sidecarText, sidecarPath);
  if (!sidecar) return { skipped: { sidecarPath, problems } };
  const path = articlePathOf(sidecarPath, sidecar);
  const own = await ownSidecarClaiming(files, sidecarPath, path, listed, reader);
  if (own !== undefined) {
    return skippedAt(sidecarPath, sidecarText, 'article.file', `claims the article ${path}, as ${own} does; only ${own}, the fact file named for it, is exported`);
  }
  const article = await readText(files, path);
  if (article.refused) return skippedAt(sidecarPath, sidecarText, 'article.file', `the article ${path} ${article.refused.reason}; it is not read`);
  if (article.problem) return { skipped: { sidecarPath, problems: [article.problem] } };
  if (article.text === undefined) return skippedAt(sidecarPath, sidecarText, 'article.file', `the article ${path} is missing`);
  return { article: { path, sidecarPath, text: stripByteOrderMark(article.text), sidecar }, sidecarText };
}

/** How many articles are read ahead of the one being written: the disk waits overlap, memory stays small. */
const READ_AHEAD = 16;

/**
 * Every annotated article of the workspace, in path order, a few at a time so that a large
 * workspace is never held in memory whole. Sidecars that are invalid, empty, unreadable or refused
 * by the host, or whose article is missing, unreadable or refused, are reported through `onSkip`
 * and left out. An article claimed by two fact files is given once: with the fact file named for
 * it when that is one of them, else with the first in path order; the other is reported, naming
 * both. The reader decides whether parsed fact files come from a cache.
 */
export async function* annotatedArticles(
  files: WorkspaceFiles,
  onSkip: (skipped: SkippedSidecar) => void = () => {},
  reader: SidecarReader = new SidecarReader(),
): AsyncGenerator<AnnotatedArticle> {
  const paths = await files.listSidecars();
  const listed = new Set(paths);
  /** Which fact file each article given so far came with. */
  const claimedBy = new Map<string, string>();
  const pending: Promise<Loaded>[] = [];
  let next = 0;
  const fill = () => {
    while (next < paths.length && pending.length < READ_AHEAD) pending.push(loadArticle(files, paths[next++], listed, reader));
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
    const { article, sidecarText } = loaded;
    const earlier = claimedBy.get(article.path);
    if (earlier !== undefined) {
      onSkip(skippedAt(article.sidecarPath, sidecarText, 'article.file', `claims the article ${article.path}, as ${earlier} does; only ${earlier} is exported`).skipped);
      continue;
    }
    claimedBy.set(article.path, article.sidecarPath);
    yield article;
  }
}
