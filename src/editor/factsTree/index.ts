// The Summits and Leaders view: what the workspace's fact files say about who attended which
// summit, with the quotes that say so, and the fact files that could not be read.
import * as vscode from 'vscode';
import * as openEvidence from './commands/openEvidence';
import * as revealInTree from './commands/revealInTree';
import type { FactsNode } from './model';
import { FactsTreeProvider } from './provider';
import * as refresh from './commands/refresh';
import type { Services } from '../services/services';
import type { Shell } from '../shell/shell';

/** Attaches the view's data to the view activation created (see shell/shell.ts). */
export function register(context: vscode.ExtensionContext, services: Services, shell: Pick<Shell, 'factsTree' | 'factsView'>): void {
  const provider = new FactsTreeProvider(services);
  const view = shell.factsView as vscode.TreeView<FactsNode>;
  shell.factsTree.attach(provider as vscode.TreeDataProvider<unknown>);
  context.subscriptions.push(provider);
  openEvidence.register(context, services);
  revealInTree.register(context, services, provider, view);
  refresh.register(context, services, provider);
}
