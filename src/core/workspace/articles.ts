import { InvalidTextError, stripByteOrderMark } from '../text/articleText';
import type { Problem } from '../knowledgeBase/loadFile';
import type { Sidecar } from '../sidecar/schema';
import { locateSidecarField, parseSidecar } from '../sidecar/store';
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

/**
 * Every annotated article of the workspace, in path order, one at a time so that a large
 * workspace is never held in memory whole. Sidecars that are invalid, empty or unreadable, or
 * whose article is missing or unreadable, are reported through `onSkip` and left out.
 */
export async function* annotatedArticles(files: WorkspaceFiles, onSkip: (skipped: SkippedSidecar) => void = () => {}): AsyncGenerator<AnnotatedArticle> {
  for (const sidecarPath of await files.listSidecars()) {
    const read = await readText(files, sidecarPath);
    if (read.problem) {
      onSkip({ sidecarPath, problems: [read.problem] });
      continue;
    }
    const sidecarText = read.text;
    if (sidecarText === undefined) continue;
    const { sidecar, problems } = parseSidecar(sidecarText, sidecarPath);
    if (!sidecar) {
      onSkip({ sidecarPath, problems });
      continue;
    }
    const path = articlePathOf(sidecarPath, sidecar);
    const article = await readText(files, path);
    if (article.problem) {
      onSkip({ sidecarPath, problems: [article.problem] });
      continue;
    }
    if (article.text === undefined) {
      const { line, column } = locateSidecarField(sidecarText, 'article.file');
      onSkip({
        sidecarPath,
        problems: [{ file: sidecarPath, line, column, field: 'article.file', message: `the article ${path} is missing`, severity: 'error' }],
      });
      continue;
    }
    yield { path, sidecarPath, text: stripByteOrderMark(article.text), sidecar };
  }
}
