// Where an article's fact file is. Kept apart from the schema so that code which only needs the
// name (the extension's startup) does not load zod.

export const SIDECAR_SUFFIX = '.facts.yaml';
/** Every fact file of a workspace, as a glob, and the folders a workspace scan leaves out. */
export const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;
export const SIDECAR_SCAN_EXCLUDE = '{**/node_modules/**,**/.git/**}';

/** The one extension a fact file's name leaves out, so that every `X.txt` keeps its `X.facts.yaml`. */
const PLAIN_TEXT = '.txt';

/**
 * The fact file this version gives an article: `X.txt` → `X.facts.yaml`, and any other name keeps
 * its extension, `X.md` → `X.md.facts.yaml`, so that `a.txt` and `a.md` beside each other never
 * share one.
 */
export function sidecarPathFor(articlePath: string): string {
  const stem = articlePath.endsWith(PLAIN_TEXT) ? articlePath.slice(0, -PLAIN_TEXT.length) : articlePath;
  return stem + SIDECAR_SUFFIX;
}

/** The name earlier versions gave: the article's extension, whatever it was, replaced (`X.md` → `X.facts.yaml`). */
function earlierSidecarPathFor(articlePath: string): string {
  return articlePath.replace(/\.[^./\\]*$/, '') + SIDECAR_SUFFIX;
}

/**
 * The fact files an article may have, in order of preference: the name this version gives, then,
 * when it differs, the name earlier versions gave, which is still used while it names the article.
 */
export function sidecarPathsFor(articlePath: string): string[] {
  const own = sidecarPathFor(articlePath);
  const earlier = earlierSidecarPathFor(articlePath);
  return earlier === own ? [own] : [own, earlier];
}

/**
 * Which fact file holds an article's annotations, given the candidates of `sidecarPathsFor` that
 * exist, each with the article file it names (`article.file`; undefined when it cannot be told).
 * The article's own name wins when that file exists; else a file named the earlier way is used
 * when it names this article; else the own name, for a new file. A fact file is never taken for an
 * article it does not name, so that `X.facts.yaml` of `X.md` is not also written by `X.txt`.
 */
export function chooseSidecarPath(articlePath: string, existing: ReadonlyMap<string, string | undefined>): string {
  const [own, earlier] = sidecarPathsFor(articlePath);
  if (earlier !== undefined && !existing.has(own) && existing.get(earlier) === fileNameOf(articlePath)) return earlier;
  return own;
}

/**
 * The articles that would take `sidecarPath` as their own fact file under this version's rule:
 * `X.facts.yaml` is the own name of `X.txt`, and of `X` without an extension.
 */
export function articlesNamedBy(sidecarPath: string): string[] {
  if (!isSidecarPath(sidecarPath)) return [];
  const stem = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
  return [stem + PLAIN_TEXT, stem];
}

/**
 * The article file a fact file's text names on its `file:` line, read without parsing, so that a
 * file too broken to parse still says whose it is.
 */
export function articleFileNamedIn(text: string): string | undefined {
  const match = /^[ \t]+file:[ \t]*(["']?)([^"'\r\n#]+?)\1[ \t]*(?:#.*)?\r?$/m.exec(text);
  return match?.[2];
}

/** The last segment of a path. */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}
