import * as vscode from 'vscode';

/** The document of a URI given as a string (as command arguments carry it): the open one, else opened. */
export async function documentFor(uri: string): Promise<vscode.TextDocument> {
  const parsed = vscode.Uri.parse(uri);
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString()) ?? vscode.workspace.openTextDocument(parsed);
}
