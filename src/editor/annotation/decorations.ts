// Annotated mentions look different from those only recognized: a tint and a solid underline for
// what the fact file records, a dotted one for what is still to do. One call per type per editor.
import * as vscode from 'vscode';
import { type ArticleStates } from './articleState';
import { onArticleViewChanged } from './articleEvents';
import type { Services } from '../services/services';

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  const annotated = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('newsAnnotator.annotatedBackground'),
    borderColor: new vscode.ThemeColor('newsAnnotator.annotatedBorder'),
    borderStyle: 'none none solid none',
    borderWidth: '0 0 1px 0',
  });
  const pending = vscode.window.createTextEditorDecorationType({
    borderColor: new vscode.ThemeColor('newsAnnotator.pendingBorder'),
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
  });
  context.subscriptions.push(annotated, pending);
  onArticleViewChanged(context, services, (document) => {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (editors.length === 0) return;
    const done: vscode.Range[] = [];
    const todo: vscode.Range[] = [];
    const { statuses } = states.of(document);
    const ranges = states.ranges(document);
    statuses.forEach(({ state }, k) => {
      if (state !== 'rejected') (state === 'annotated' ? done : todo).push(ranges[k]);
    });
    for (const editor of editors) {
      editor.setDecorations(annotated, done);
      editor.setDecorations(pending, todo);
    }
  });
}
