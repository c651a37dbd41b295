import * as vscode from 'vscode';
import type { Services } from '../services/services';

export function register(context: vscode.ExtensionContext, services: Services): void {
  const { knowledgeBase } = services;
  context.subscriptions.push(
    services.commands.register('newsAnnotator.reloadKnowledgeBase', async () => {
      await knowledgeBase.reload();
      const size = knowledgeBase.current.size;
      void vscode.window.showInformationMessage(vscode.l10n.t('Knowledge base reloaded: {0} entities.', size));
    }),
  );
}
