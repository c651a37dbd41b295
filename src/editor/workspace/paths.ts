// Workspace-relative paths (how the fact index names files) and the URIs the editor needs.
import * as vscode from 'vscode';

/** A file's workspace path: relative to its workspace folder, with the folder's name when there are several. */
export function workspacePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

/**
 * The URI of a workspace path (see workspacePath). In a workspace with several folders, a path that starts
 * with a folder's name is resolved in that folder; any other path in the first folder.
 */
export function workspaceUri(relativePath: string): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length > 1) {
    const slash = relativePath.indexOf('/');
    const folder = slash > 0 ? folders.find((f) => f.name === relativePath.slice(0, slash)) : undefined;
    if (folder) return vscode.Uri.joinPath(folder.uri, relativePath.slice(slash + 1));
  }
  return folders[0] ? vscode.Uri.joinPath(folders[0].uri, relativePath) : undefined;
}

/** The last segment of a path: the file's name. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
