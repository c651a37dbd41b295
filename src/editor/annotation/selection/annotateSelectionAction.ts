// The first action on any selection: "Annotate selection as…", which asks what the text is (an
// entity of the knowledge base, a date, or a new entity) and annotates it.
import * as vscode from 'vscode';
import { COMMAND } from '../../shell/contributions';
import type { SelectionContext } from './sources';

export function actions({ document, span }: SelectionContext): vscode.CodeAction[] {
  if (span.start === span.end) return [];
  const title = vscode.l10n.t('Annotate selection as…');
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { title, command: COMMAND.annotateSelection, arguments: [document.uri.toString(), span.start, span.end] };
  return [action];
}
