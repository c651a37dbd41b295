// On a selection in an article with orphaned annotations (whose text is gone): re-attach one of
// them to the selected text.
import * as vscode from 'vscode';
import { COMMAND } from '../../shell/contributions';
import type { SelectionContext } from './sources';

const MAX_ORPHANS = 4;

export function actions({ document, range, services }: SelectionContext): vscode.CodeAction[] {
  const orphans = (services.openFactFiles.current(document)?.mentions ?? []).filter((m) => m.orphaned);
  return orphans.slice(0, MAX_ORPHANS).map((m) => {
    const title = vscode.l10n.t('Re-attach the orphaned annotation of “{0}” to the selection', m.quote);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { title, command: COMMAND.reattachMention, arguments: [document.uri.toString(), m.id, document.offsetAt(range.start), document.offsetAt(range.end)] };
    return action;
  });
}
