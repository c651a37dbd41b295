// The workspace's articles: the files the `newsAnnotator.articleFiles` setting names, matched
// against their whole path as when a file is opened (see core/workspace/glob.ts), outside
// node_modules and dot folders. The commands that go through every article of the workspace find
// them here, so that they all mean the same files.
import * as vscode from 'vscode';
import { FACT_FILE_SCAN_EXCLUDE } from '../../core/factFile/paths';
import { candidatesGlob, globMatcher } from '../../core/workspace/glob';

/** The articles of the workspace as `newsAnnotator.articleFiles` names them, in path order. */
export async function articleUris(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const patterns = vscode.workspace.getConfiguration('newsAnnotator').get<string[]>('articleFiles') ?? [];
  const found = new Map<string, vscode.Uri>();
  for (const pattern of patterns) {
    const named = globMatcher(pattern);
    for (const uri of await vscode.workspace.findFiles(candidatesGlob(pattern), FACT_FILE_SCAN_EXCLUDE, undefined, token)) {
      if (named(uri.path)) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
