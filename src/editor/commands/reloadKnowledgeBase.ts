import * as vscode from 'vscode';
import type { KnowledgeBaseService } from '../knowledgeBaseService';

export function register(context: vscode.ExtensionContext, knowledgeBase: KnowledgeBaseService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsAnnotator.reloadKnowledgeBase', async () => {
      await knowledgeBase.reload();
      const size = knowledgeBase.recognizer.knowledgeBase.size;
      void vscode.window.showInformationMessage(vscode.l10n.t('Knowledge base reloaded: {0} entities.', size));
    }),
  );
}
