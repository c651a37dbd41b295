// Where a file of the local disk really is, symbolic links resolved: for the editor's file: URIs,
// which vscode.workspace.fs can say are links but not where they lead.
import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Links followed before giving up, as the operating system does (ELOOP). */
const MAX_LINKS = 40;

/**
 * The real path of a file or folder; when it does not exist (a fact file about to be created),
 * that of its nearest existing folder; and for a link to nothing, that of where the link points,
 * since writing through it would create the file there. Throws when the path cannot be resolved
 * (a loop of links, a folder that may not be searched).
 */
export async function realPathOfNearest(path: string, linksLeft = MAX_LINKS): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const stats = await lstat(path).catch(() => undefined);
  if (stats?.isSymbolicLink()) {
    if (linksLeft === 0) throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
    return realPathOfNearest(resolve(dirname(path), await readlink(path)), linksLeft - 1);
  }
  const parent = dirname(path);
  if (parent === path) return path;
  return realPathOfNearest(parent, linksLeft);
}

/** Whether the real path `path` is `folder` or lies below it. */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
