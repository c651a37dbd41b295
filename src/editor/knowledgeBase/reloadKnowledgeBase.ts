import * as vscode from 'vscode';
import type { Services } from '../services/services';
import { COMMAND } from '../shell/contributions';

export function register(context: vscode.ExtensionContext, services: Services): void {
  const { knowledgeBase } = services;
  context.subscriptions.push(
    services.commands.register(COMMAND.reloadKnowledgeBase, async () => {
      await knowledgeBase.reload(true);
      const size = knowledgeBase.current.size;
      void vscode.window.showInformationMessage(vscode.l10n.t('Knowledge base reloaded: {0} entities.', size));
    }),
  );
}
