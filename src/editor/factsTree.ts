// The Summits and Leaders view: what the workspace's sidecars say about who attended which
// summit, with the quotes that say so, and the sidecars that could not be read.
import * as vscode from 'vscode';
import * as openEvidence from './commands/openEvidence';
import * as revealInTree from './commands/revealInTree';
import type { FactsNode } from './factsTree/model';
import { FACTS_VIEW, FactsTreeProvider } from './factsTree/provider';
import * as refresh from './factsTree/refresh';
import type { Services } from './services';

export { FACTS_VIEW, FactsTreeProvider } from './factsTree/provider';

export function register(context: vscode.ExtensionContext, services: Services): FactsTreeProvider {
  const provider = new FactsTreeProvider(services);
  const view = vscode.window.createTreeView<FactsNode>(FACTS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, view);
  openEvidence.register(context);
  revealInTree.register(context, services, provider, view);
  refresh.register(context, services, provider);
  return provider;
}
