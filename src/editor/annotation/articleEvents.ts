// One place that says "an article's annotation view may have changed": its text, its fact file,
// the knowledge base, or which editors are visible. Features redraw on it, debounced.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from '../shell/contributions';
import type { Services } from '../services/services';

export function isArticle(document: vscode.TextDocument): boolean {
  return document.languageId === ARTICLE_LANGUAGE;
}

/**
 * Calls `redraw(document)` for each visible article after anything that could change what it
 * shows, at most once per `delayMs` per document.
 */
export function onArticleViewChanged(context: vscode.ExtensionContext, services: Services, redraw: (document: vscode.TextDocument) => void, delayMs = 120): void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (document: vscode.TextDocument) => {
    if (!isArticle(document)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (!document.isClosed) redraw(document);
      }, delayMs),
    );
  };
  const all = () => {
    for (const document of vscode.workspace.textDocuments) schedule(document);
  };
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidOpenTextDocument(schedule),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => schedule(e.document))),
    services.index.onDidChange(all),
    services.analysis.onDidInvalidate(all),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  all();
}
