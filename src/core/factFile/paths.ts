// Where an article's fact file is. Kept apart from the schema so that code which only needs the
// name (the extension's startup) does not load zod.

export const FACT_FILE_SUFFIX = '.facts.yaml';
/**
 * Which files are a workspace's fact files, for every scan of them (the editor's index, its export
 * and the CLI's): the `*.facts.yaml` files in the workspace's folders, except those inside
 * `node_modules` or inside a folder whose name starts with a dot (`.git`, `.drafts`, a tool's
 * cache). An article in such a folder can still be annotated; its fact file is not listed.
 */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** The same rule for a path relative to a workspace folder: whether it is one of its fact files. */
export function isWorkspaceFactFilePath(relativePath: string): boolean {
  const segments = relativePath.split('/');
  return isFactFilePath(relativePath) && !segments.slice(0, -1).some(isSkippedFolder);
}

/** Every fact file of a workspace, as a glob, and the rule above as the glob of what a scan leaves out. */
export const FACT_FILE_GLOB = `**/*${FACT_FILE_SUFFIX}`;
export const FACT_FILE_SCAN_EXCLUDE = '{**/node_modules/**,**/.*/**}';

/** The one extension a fact file's name leaves out, so that every `X.txt` keeps its `X.facts.yaml`. */
const PLAIN_TEXT = '.txt';

/**
 * The fact file this version gives an article: `X.txt` → `X.facts.yaml`, and any other name keeps
 * its extension, `X.md` → `X.md.facts.yaml`, so that `a.txt` and `a.md` beside each other never
 * share one.
 */
export function factFilePathFor(articlePath: string): string {
  const stem = articlePath.endsWith(PLAIN_TEXT) ? articlePath.slice(0, -PLAIN_TEXT.length) : articlePath;
  return stem + FACT_FILE_SUFFIX;
}

/** The name earlier versions gave: the article's extension, whatever it was, replaced (`X.md` → `X.facts.yaml`). */
function earlierFactFilePathFor(articlePath: string): string {
  return articlePath.replace(/\.[^./\\]*$/, '') + FACT_FILE_SUFFIX;
}

/**
 * The fact files an article may have, in order of preference: the name this version gives, then,
 * when it differs, the name earlier versions gave, which is still used while it names the article.
 */
export function factFilePathsFor(articlePath: string): string[] {
  const own = factFilePathFor(articlePath);
  const earlier = earlierFactFilePathFor(articlePath);
  return earlier === own ? [own] : [own, earlier];
}

/**
 * Which fact file holds an article's annotations, given the candidates of `factFilePathsFor` that
 * exist, each with the article file it names (`article.file`; undefined when it cannot be told).
 * The article's own name wins when that file exists; else a file named the earlier way is used
 * when it names this article; else the own name, for a new file. A fact file is never taken for an
 * article it does not name, so that `X.facts.yaml` of `X.md` is not also written by `X.txt`.
 */
export function chooseFactFilePath(articlePath: string, existing: ReadonlyMap<string, string | undefined>): string {
  const [own, earlier] = factFilePathsFor(articlePath);
  if (earlier !== undefined && !existing.has(own) && existing.get(earlier) === fileNameOf(articlePath)) return earlier;
  return own;
}

/**
 * The articles that would take `factFilePath` as their own fact file under this version's rule:
 * `X.facts.yaml` is the own name of `X.txt`, and of `X` without an extension.
 */
export function articlesNamedBy(factFilePath: string): string[] {
  if (!isFactFilePath(factFilePath)) return [];
  const stem = factFilePath.slice(0, -FACT_FILE_SUFFIX.length);
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

export function isFactFilePath(path: string): boolean {
  return path.endsWith(FACT_FILE_SUFFIX);
}
