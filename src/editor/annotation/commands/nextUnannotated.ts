import * as vscode from 'vscode';
import { type ArticleStates } from '../articleState';
import type { Services } from '../../services/services';
import { COMMAND } from '../../shell/contributions';

/** Moves to the next mention still to annotate after the cursor, wrapping at the end. */
function nextUnannotated(services: Services, states: ArticleStates): boolean {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const pending = states.of(document).statuses.filter((s) => s.state === 'pending');
  if (pending.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every recognized mention in this article is annotated or rejected.'));
    return false;
  }
  // From a mention already selected, go past it; from a bare cursor, a mention starting there counts.
  const from = document.offsetAt(editor.selection.start);
  const onSelected = pending.some((s) => s.mention.start === from && s.mention.end === document.offsetAt(editor.selection.end));
  const next = pending.find((s) => (onSelected ? s.mention.start > from : s.mention.start >= from)) ?? pending[0];
  const range = new vscode.Range(document.positionAt(next.mention.start), document.positionAt(next.mention.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(services.commands.register(COMMAND.nextUnannotated, () => nextUnannotated(services, states)));
}
