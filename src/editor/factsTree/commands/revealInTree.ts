// `newsAnnotator.revealInTree(entityId)`: shows a person's leader node or an event's summit node in
// the Summits and Leaders view, or says why there is none.
import * as vscode from 'vscode';
import { COMMAND, FACTS_VIEW } from '../../shell/contributions';
import type { FactsTreeProvider } from '../provider';
import type { FactsNode } from '../model';
import type { Services } from '../../services/services';

export function register(context: vscode.ExtensionContext, services: Services, provider: FactsTreeProvider, view: vscode.TreeView<FactsNode>): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.revealInTree, async (entityId: unknown) => {
      if (typeof entityId !== 'string') return;
      const node = provider.model.nodeOf(entityId);
      if (!node) {
        void vscode.window.showInformationMessage(nothingToReveal(entityId, services, provider));
        return;
      }
      await vscode.commands.executeCommand(`${FACTS_VIEW}.focus`);
      await view.reveal(node, { select: true, focus: true, expand: true });
    }),
  );
}

function nothingToReveal(entityId: string, services: Services, provider: FactsTreeProvider): string {
  const name = provider.model.nameOf(entityId);
  if (!entityId.startsWith('person:') && !entityId.startsWith('event:')) {
    return vscode.l10n.t('Summits and Leaders lists people and summits; {0} is neither.', name);
  }
  const { articles } = services.index.facts.mentionsOf(entityId);
  if (articles === 0) return vscode.l10n.t('Nothing is annotated about {0} yet.', name);
  return entityId.startsWith('person:')
    ? vscode.l10n.t('{0} is annotated in {1} article(s), but no summit attendance is recorded yet.', name, articles)
    : vscode.l10n.t('{0} is annotated in {1} article(s), but no attendance at it is recorded yet.', name, articles);
}
