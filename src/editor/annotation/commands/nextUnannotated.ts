import * as vscode from 'vscode';
import type { MentionStatus } from '../../../core/annotation/status';
import { type ArticleStates } from '../articleState';
import type { Services } from '../../services/services';
import { COMMAND } from '../../shell/contributions';
import { showDone } from '../../ui/notices';

/**
 * The next mention still to annotate from `offset` on (one starting there counts unless `after`),
 * wrapping at the end; `done` (just annotated or rejected) is passed over.
 */
export function nextPending(statuses: readonly MentionStatus[], offset: number, options: { after?: boolean; done?: MentionStatus } = {}): MentionStatus | undefined {
  const pending = statuses.filter((s) => s.state === 'pending' && s !== options.done);
  return pending.find((s) => (options.after ? s.mention.start > offset : s.mention.start >= offset)) ?? pending[0];
}

/** Selects a mention in the editor and brings it into view. */
export function selectMention(editor: vscode.TextEditor, status: MentionStatus): void {
  const { document } = editor;
  const range = new vscode.Range(document.positionAt(status.mention.start), document.positionAt(status.mention.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Says that nothing is left to do in the article. */
export function showAllDone(): void {
  showDone(vscode.l10n.t('Every recognized mention in this article is annotated or rejected.'));
}

/** Moves to the next mention still to annotate after the cursor, wrapping at the end. */
function nextUnannotated(services: Services, states: ArticleStates): boolean {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const { statuses } = states.of(document);
  // From a mention already selected, go past it; from a bare cursor, a mention starting there counts.
  const from = document.offsetAt(editor.selection.start);
  const onSelected = statuses.some((s) => s.state === 'pending' && s.mention.start === from && s.mention.end === document.offsetAt(editor.selection.end));
  const next = nextPending(statuses, from, { after: onSelected });
  if (!next) {
    showAllDone();
    return false;
  }
  selectMention(editor, next);
  return true;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(services.commands.register(COMMAND.nextUnannotated, () => nextUnannotated(services, states)));
}
