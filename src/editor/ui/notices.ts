// How the extension tells the user that something routine went well: in the status bar, for a few
// seconds, where a run of annotations from the keyboard does not pile up notifications. Errors and
// refusals stay messages.
import * as vscode from 'vscode';

const SHOWN_MS = 4_000;

/** Says in the status bar, for a few seconds, that `message` is done. */
export function showDone(message: string): void {
  vscode.window.setStatusBarMessage(`$(check) ${message}`, SHOWN_MS);
}
