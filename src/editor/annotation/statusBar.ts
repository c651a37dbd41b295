// On article files: how many mentions are annotated (recognized ones and those annotated by hand),
// and how many facts are recorded.
import * as vscode from 'vscode';
import { type ArticleStates } from './articleState';
import { isArticle, onArticleViewChanged } from './articleEvents';
import type { Services } from '../services/services';
import { COMMAND } from '../shell/contributions';

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('newsAnnotator.progress', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('News Annotator progress');
  item.command = COMMAND.nextUnannotated;
  context.subscriptions.push(item);
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isArticle(document)) {
      item.hide();
      return;
    }
    const { statuses } = states.of(document);
    const recognized = statuses.filter((s) => s.state !== 'rejected' && s.mention.type !== 'candidate').length;
    const annotated = statuses.filter((s) => s.state === 'annotated').length;
    const byHand = statuses.filter((s) => s.manual).length;
    const facts = services.openFactFiles.cached(document.uri)?.facts.length ?? 0;
    item.text = `$(tag) ${vscode.l10n.t('{0}/{1} annotated · {2} facts', annotated, recognized, facts)}`;
    item.tooltip = vscode.l10n.t('{0} of {1} mentions are annotated ({2} of them by hand); {3} facts are recorded. Click to go to the next mention to annotate.', annotated, recognized, byHand, facts);
    item.show();
  };
  onArticleViewChanged(context, services, update);
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(update));
  // Not during activation: an article open at startup is recognized right after it.
  const first = setTimeout(update, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
  return item;
}
