// On article files: how many mentions are annotated (recognized ones and those annotated by hand),
// and how many facts are recorded; or, when the article's fact file cannot be read, that it has
// problems, so that its annotations are not taken for lost.
import * as vscode from 'vscode';
import { type ArticleStates } from './articleState';
import { isArticle, onArticleViewChanged } from './articleEvents';
import type { Services } from '../services/services';
import { COMMAND } from '../shell/contributions';
import { describeProblems } from '../ui/problems';

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
    const { statuses, factFileProblems } = states.of(document);
    if (factFileProblems.length > 0) {
      const [first] = factFileProblems;
      const at = new vscode.Position(Math.max(0, first.line - 1), Math.max(0, first.column - 1));
      item.text = `$(warning) ${vscode.l10n.t('Fact file has problems')}`;
      item.tooltip = vscode.l10n.t('The fact file cannot be read, so its annotations are not shown and nothing is written to it: {0}. Click to open it at the problem.', describeProblems(factFileProblems));
      item.command = { title: vscode.l10n.t('Open the fact file at its problem'), command: 'vscode.open', arguments: [services.openFactFiles.factFileUri(document.uri), { selection: new vscode.Range(at, at) }] };
      item.show();
      return;
    }
    item.command = COMMAND.nextUnannotated;
    const recognized = statuses.filter((s) => s.state !== 'rejected' && s.mention.type !== 'candidate').length;
    const annotated = statuses.filter((s) => s.state === 'annotated').length;
    const byHand = statuses.filter((s) => s.manual).length;
    const facts = services.openFactFiles.cached(document.uri)?.facts.length ?? 0;
    item.text = `$(tag) ${facts === 1 ? vscode.l10n.t('{0}/{1} annotated · 1 fact', annotated, recognized) : vscode.l10n.t('{0}/{1} annotated · {2} facts', annotated, recognized, facts)}`;
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
