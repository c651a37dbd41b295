// What an export from the editor never writes over, whatever the save dialog was told: a fact file,
// the workspace knowledge base, or an article that has a fact file (as the command line refuses them).
import * as vscode from 'vscode';
import { factFilePathsFor, isFactFilePath } from '../../core/factFile/paths';
import { exists } from '../workspace/files';

export class ProtectedTargetError extends Error {}

/** Why `target` must not be written by an export, or undefined when it may be. */
export async function protectedReason(target: vscode.Uri, knowledgeBaseFiles: readonly vscode.Uri[]): Promise<string | undefined> {
  const shown = vscode.workspace.asRelativePath(target);
  if (isFactFilePath(target.path)) return vscode.l10n.t('{0} is a fact file: an export never writes over one.', shown);
  if (knowledgeBaseFiles.some((kb) => kb.toString() === target.toString())) return vscode.l10n.t('{0} is the workspace knowledge base: an export never writes over it.', shown);
  for (const factFile of factFilePathsFor(target.path)) {
    if (await exists(target.with({ path: factFile }))) return vscode.l10n.t('{0} is an annotated article: an export never writes over it.', shown);
  }
  return undefined;
}
