// When an article is saved, its fact file learns where the mentions are now: re-anchored offsets,
// or the orphaned flag for those whose quote is gone. One undoable edit, like any annotation.
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
