// `newsAnnotator.refreshFacts` (the view's title button): reads the fact files and redraws the tree.
import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { COMMAND, FACTS_VIEW } from '../../shell/contributions';
import type { FactsTreeProvider } from '../provider';

export function register(context: vscode.ExtensionContext, services: Services, provider: FactsTreeProvider): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.refreshFacts, () =>
      vscode.window.withProgress({ location: { viewId: FACTS_VIEW } }, async () => {
        await services.index.rescan();
        provider.refreshNow();
      }),
    ),
  );
}
