import { InvalidTextError, stripByteOrderMark } from '../text/articleText';
import type { Problem } from '../knowledgeBase/loadFile';
import type { Sidecar } from '../sidecar/schema';
import { SidecarReader } from '../sidecar/parseCache';
import { locateSidecarField } from '../sidecar/store';
import type { WorkspaceFiles } from './files';

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

/** A file's text, or the problem that kept it from being read (not UTF-8, not readable). */
async function readText(files: WorkspaceFiles, path: string): Promise<{ text?: string; problem?: Problem }> {
  try {
    return { text: await files.readText(path) };
  } catch (error) {
    if (error instanceof InvalidTextError) return { problem: error.problem };
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { file: path, line: 1, column: 1, field: '', message: `cannot be read: ${message}`, severity: 'error' } };
  }
}

/** One sidecar read with its article, or why it was skipped. */
type Loaded = { article: AnnotatedArticle } | { skipped: SkippedSidecar } | undefined;

async function loadArticle(files: WorkspaceFiles, sidecarPath: string, reader: SidecarReader): Promise<Loaded> {
  const read = await readText(files, sidecarPath);
  if (read.problem) return { skipped: { sidecarPath, problems: [read.problem] } };
  const sidecarText = read.text;
  if (sidecarText === undefined) return undefined;
  const { sidecar, problems } = await reader.parse(sidecarText, sidecarPath);
  if (!sidecar) return { skipped: { sidecarPath, problems } };
  const path = articlePathOf(sidecarPath, sidecar);
  const article = await readText(files, path);
  if (article.problem) return { skipped: { sidecarPath, problems: [article.problem] } };
  if (article.text === undefined) {
    const { line, column } = locateSidecarField(sidecarText, 'article.file');
    return { skipped: { sidecarPath, problems: [{ file: sidecarPath, line, column, field: 'article.file', message: `the article ${path} is missing`, severity: 'error' }] } };
  }
  return { article: { path, sidecarPath, text: stripByteOrderMark(article.text), sidecar } };
}

/** How many articles are read ahead of the one being written: the disk waits overlap, memory stays small. */
const READ_AHEAD = 16;

/**
 * Every annotated article of the workspace, in path order, a few at a time so that a large
 * workspace is never held in memory whole. Sidecars that are invalid, empty or unreadable, or
 * whose article is missing or unreadable, are reported through `onSkip` and left out. The reader
 * decides whether parsed fact files come from a cache.
 */
export async function* annotatedArticles(
  files: WorkspaceFiles,
  onSkip: (skipped: SkippedSidecar) => void = () => {},
  reader: SidecarReader = new SidecarReader(),
): AsyncGenerator<AnnotatedArticle> {
  const paths = await files.listSidecars();
  const pending: Promise<Loaded>[] = [];
  let next = 0;
  const fill = () => {
    while (next < paths.length && pending.length < READ_AHEAD) pending.push(loadArticle(files, paths[next++], reader));
  };
  fill();
  while (pending.length > 0) {
    const loaded = await pending.shift()!;
    fill();
    if (!loaded) continue;
    if ('skipped' in loaded) onSkip(loaded.skipped);
    else yield loaded.article;
  }
}
