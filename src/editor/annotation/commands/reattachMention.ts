// An orphaned mention (its quote is no longer in the article) is re-attached to text the user
// selects, or removed.
import * as vscode from 'vscode';
import { anchorAt } from '../../../core/reanchor/anchor';
import type { Services } from '../../services/services';
import { writeAnnotations } from '../../services/writeAnnotations';
import { documentFor } from '../../workspace/documents';
import { COMMAND } from '../../shell/contributions';

async function reattach(services: Services, uri: string, mentionId: string, start?: number, end?: number): Promise<boolean> {
  const document = await documentFor(uri);
  const editor = vscode.window.activeTextEditor;
  if (start === undefined || end === undefined) {
    if (!editor || editor.document !== document || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the annotation belongs to, then re-attach it.'));
      return false;
    }
    start = document.offsetAt(editor.selection.start);
    end = document.offsetAt(editor.selection.end);
  }
  const anchor = anchorAt(document.getText(), start, end);
  return writeAnnotations(services, document, [{ kind: 'updateMention', id: mentionId, patch: { ...anchor, orphaned: undefined } }]);
}

async function removeOrphan(services: Services, uri: string, mentionId: string): Promise<boolean> {
  return writeAnnotations(services, await documentFor(uri), [{ kind: 'removeMention', id: mentionId }]);
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.reattachMention, (uri: string, mentionId: string, start?: number, end?: number) => reattach(services, uri, mentionId, start, end)),
    services.commands.register(COMMAND.removeOrphanedMention, (uri: string, mentionId: string) => removeOrphan(services, uri, mentionId)),
  );
}
