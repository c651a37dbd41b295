// The other annotator's fact file of an article: the same relative path in another copy of the
// workspace (a folder the user chose), or in a git revision through the built-in Git extension.
import * as path from 'path';
import * as vscode from 'vscode';
import { factFilePathsFor } from '../../core/factFile/paths';
import type { FactFile } from '../../core/factFile/schema';
import { parseFactFile } from '../../core/factFile/store';
import { describeProblems } from '../ui/problems';
import { readTextStrictly } from '../workspace/files';

/** Where the other side is: a folder (another copy of the workspace) or a git revision. */
export type OtherSide = { folder: string } | { revision: string };

export type Theirs = { ok: true; factFile: FactFile; label: string } | { ok: false; reason: string };

/** The article's path inside its workspace folder, with `/` between segments. */
function relativePath(article: vscode.Uri): { folder: vscode.WorkspaceFolder; relative: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article);
  return folder && { folder, relative: path.posix.relative(folder.uri.path, article.path) };
}

function parsed(text: string, name: string, label: string): Theirs {
  const { factFile, problems } = parseFactFile(text, name);
  if (!factFile) return { ok: false, reason: vscode.l10n.t('The other fact file cannot be read: {0}', describeProblems(problems)) };
  return { ok: true, factFile, label };
}

async function fromFolder(article: vscode.Uri, folder: string): Promise<Theirs> {
  const where = relativePath(article);
  if (!where) return { ok: false, reason: vscode.l10n.t('The article is not in a workspace folder: there is no path to look up elsewhere.') };
  const root = vscode.Uri.file(folder);
  for (const candidate of factFilePathsFor(where.relative)) {
    const uri = vscode.Uri.joinPath(root, candidate);
    const read = await readTextStrictly(uri, uri.fsPath);
    if (read.problem) return { ok: false, reason: describeProblems([read.problem]) };
    if (read.text !== undefined) return parsed(read.text, uri.fsPath, folder);
  }
  return { ok: false, reason: vscode.l10n.t('{0} has no fact file for {1}.', folder, where.relative) };
}

/** The parts of the Git extension's API (version 1) read here. */
interface GitRepository {
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  return exports?.getAPI(1);
}

async function fromRevision(article: vscode.Uri, revision: string): Promise<Theirs> {
  const git = await gitApi().catch(() => undefined);
  if (!git) return { ok: false, reason: vscode.l10n.t('The built-in Git extension is not available here: compare with a folder instead.') };
  // A repository the Git extension has not opened yet (made after the window opened, or one it was
  // told not to look for) is opened at the workspace folder's root.
  const folder = vscode.workspace.getWorkspaceFolder(article);
  const repository = git.getRepository(article) ?? (folder ? await git.openRepository?.(folder.uri).catch(() => null) : null);
  if (!repository) return { ok: false, reason: vscode.l10n.t('The article is not in a git repository that the Git extension has opened.') };
  for (const candidate of factFilePathsFor(article.path)) {
    const uri = article.with({ path: candidate });
    let text: string;
    try {
      text = await repository.show(revision, uri.fsPath);
    } catch {
      // Not in that revision (or no such revision): the next name, then the message below.
      continue;
    }
    return parsed(text, `${revision}:${vscode.workspace.asRelativePath(uri)}`, revision);
  }
  return { ok: false, reason: vscode.l10n.t('Revision {0} has no fact file for this article (or is not a revision).', revision) };
}

export function readTheirs(article: vscode.Uri, side: OtherSide): Promise<Theirs> {
  return 'folder' in side ? fromFolder(article, side.folder) : fromRevision(article, side.revision);
}

/** Asks where the other side is: a folder, or a git revision. */
export async function askOtherSide(): Promise<OtherSide | undefined> {
  const folderItem = { label: vscode.l10n.t('A folder…'), detail: vscode.l10n.t('Another copy of the workspace: the same relative path is looked up there.') };
  const revisionItem = { label: vscode.l10n.t('A git revision…'), detail: vscode.l10n.t('A branch, tag or commit of this repository, through the Git extension.') };
  const picked = await vscode.window.showQuickPick([folderItem, revisionItem], { title: vscode.l10n.t('Compare annotations with') });
  if (picked === folderItem) {
    const folders = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Compare') });
    return folders?.[0] ? { folder: folders[0].fsPath } : undefined;
  }
  if (picked === revisionItem) {
    const revision = await vscode.window.showInputBox({ title: vscode.l10n.t('Compare annotations with the revision'), value: 'HEAD', placeHolder: vscode.l10n.t('a branch, tag or commit') });
    return revision?.trim() ? { revision: revision.trim() } : undefined;
  }
  return undefined;
}
