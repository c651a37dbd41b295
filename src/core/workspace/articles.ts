import { stripByteOrderMark } from '../text/articleText';
import type { Problem } from '../knowledgeBase/loadFile';
import type { Sidecar } from '../sidecar/schema';
import { parseSidecar } from '../sidecar/store';
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

/**
 * Every annotated article of the workspace, in path order, one at a time so that a large
 * workspace is never held in memory whole. Sidecars that are invalid, or whose article is
 * missing, are reported through `onSkip` and left out.
 */
export async function* annotatedArticles(files: WorkspaceFiles, onSkip: (skipped: SkippedSidecar) => void = () => {}): AsyncGenerator<AnnotatedArticle> {
  for (const sidecarPath of await files.listSidecars()) {
    const sidecarText = await files.readText(sidecarPath);
    if (sidecarText === undefined) continue;
    const { sidecar, problems } = parseSidecar(sidecarText, sidecarPath);
    if (!sidecar) {
      onSkip({ sidecarPath, problems });
      continue;
    }
    const path = articlePathOf(sidecarPath, sidecar);
    const text = await files.readText(path);
    if (text === undefined) {
      onSkip({
        sidecarPath,
        problems: [{ file: sidecarPath, line: 1, column: 1, field: 'article.file', message: `the article ${path} is missing`, severity: 'error' }],
      });
      continue;
    }
    yield { path, sidecarPath, text: stripByteOrderMark(text), sidecar };
  }
}
