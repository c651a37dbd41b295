// Files reached through a symbolic link that leads out of their workspace folder are neither read
// nor written: a link among the articles must not carry a private file into the index, the tree or
// a dataset, nor let an annotation be written elsewhere. vscode.workspace.fs says what is a link;
// for file: URIs, the operating system says where it leads (src/node/realPath.ts).
import * as vscode from 'vscode';
import { isWithin, realPathOfNearest } from '../../node/realPath';

export class WorkspaceLinks {
  /** The real paths of the folders files are checked against, resolved once. */
  private readonly realRoots = new Map<string, Promise<string>>();

  /**
   * Why `uri` must be left alone, naming the link, or undefined when it stays inside its workspace
   * folder (for a file outside every workspace folder: inside the folder it lies in).
   */
  async refusal(uri: vscode.Uri): Promise<string | undefined> {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
    if (uri.scheme !== 'file') {
      // Where a link leads cannot be told on other file systems: none is followed.
      const link = await this.firstLink(root, uri);
      return link && this.describe(uri, link);
    }
    let real: string;
    let realRoot: string;
    try {
      realRoot = await this.realRoot(root);
      real = await realPathOfNearest(uri.fsPath);
    } catch (error) {
      return vscode.l10n.t('{0} cannot be resolved ({1}); News Annotator neither reads nor writes it.', name(uri), error instanceof Error ? error.message : String(error));
    }
    if (isWithin(real, realRoot)) return undefined;
    return this.describe(uri, (await this.firstLink(root, uri)) ?? uri);
  }

  private describe(uri: vscode.Uri, link: vscode.Uri): string {
    return link.toString() === uri.toString()
      ? vscode.l10n.t('{0} is a symbolic link that leads outside the workspace folder; News Annotator neither reads nor writes it.', name(uri))
      : vscode.l10n.t('{0} lies in {1}, a symbolic link that leads outside the workspace folder; News Annotator neither reads nor writes it.', name(uri), name(link));
  }

  private realRoot(root: vscode.Uri): Promise<string> {
    let real = this.realRoots.get(root.fsPath);
    if (!real) {
      real = realPathOfNearest(root.fsPath);
      this.realRoots.set(root.fsPath, real);
      real.catch(() => this.realRoots.delete(root.fsPath));
    }
    return real;
  }

  /** The first symbolic link on the way from `root` down to `uri` (itself included). */
  private async firstLink(root: vscode.Uri, uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const below = uri.path.startsWith(`${root.path.replace(/\/$/, '')}/`) ? uri.path.slice(root.path.replace(/\/$/, '').length + 1) : undefined;
    if (below === undefined) return undefined;
    const segments = below.split('/');
    for (let i = 1; i <= segments.length; i++) {
      const step = vscode.Uri.joinPath(root, ...segments.slice(0, i));
      let type: vscode.FileType;
      try {
        type = (await vscode.workspace.fs.stat(step)).type;
      } catch {
        return undefined;
      }
      if (type & vscode.FileType.SymbolicLink) return step;
    }
    return undefined;
  }
}

function name(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}
