// When an article is saved, its fact file learns what the edit did to its mentions: the new anchor of
// those whose quote or context changed, the orphaned flag of those whose quote is gone; the others
// keep their entries (see core/reanchor/resolve.ts). One undoable edit, like any annotation.
import * as vscode from 'vscode';
import { isArticle } from './articleEvents';
import type { Services } from '../services/services';

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.workspace.onDidSaveTextDocument(async (document) => {
      if (!isArticle(document)) return;
      const result = await services.openFactFiles.updateAnchors(document);
      if (result && !result.ok) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The annotations of {0} were not re-anchored: {1}', vscode.workspace.asRelativePath(document.uri), result.reason));
      }
    }),
  );
}
