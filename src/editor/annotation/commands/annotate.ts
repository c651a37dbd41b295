// The commands that write annotations: one mention, every mention of an entity, every mention of
// the article, not an entity, remove, and take back a "not an entity". Each says in the status bar
// what it did.
import * as vscode from 'vscode';
import { isRecordableAsRead, rejection, type MentionStatus } from '../../../core/annotation/status';
import type { FactFileEdit } from '../../../core/factFile/store';
import { type ArticleStates, mentionTarget, statusAt } from '../articleState';
import { annotateAs, readingOf, storedRejection } from './correct';
import { showAllDone } from './nextUnannotated';
import { askDate } from '../../ui/askDate';
import type { Services } from '../../services/services';
import { annotateEdits, writeAnnotations } from '../../services/writeAnnotations';
import { COMMAND, type MentionArgs } from '../../shell/contributions';
import { showDone } from '../../ui/notices';
import { documentFor } from '../../workspace/documents';

async function annotateMention(services: Services, states: ArticleStates, ...[uri, start, end, entityId]: MentionArgs): Promise<boolean> {
  const document = await documentFor(uri);
  const status = states.find(document, start, end);
  if (!status) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no recognized mention there any more.'));
    return false;
  }
  if (!entityId && status.mention.type === 'date' && !readingOf(status)) {
    // A date the article gives no value for (a weekday, its date unknown): the annotator gives it.
    const iso = await askDate(status.mention.text, undefined);
    return iso !== undefined && annotateAs(services, document, status, { date: iso });
  }
  const target = entityId ? { entity: entityId } : readingOf(status);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no recognized mention there any more.'));
    return false;
  }
  return annotateAs(services, document, status, target);
}

/** "{n} mentions annotated", in the status bar. */
function showAnnotated(count: number): void {
  showDone(count === 1 ? vscode.l10n.t('1 mention annotated') : vscode.l10n.t('{0} mentions annotated', count));
}

async function annotateEntityEverywhere(services: Services, states: ArticleStates, uri: string, entityId: string): Promise<boolean> {
  const document = await documentFor(uri);
  const pending = states.of(document).statuses.filter((s) => s.state === 'pending' && s.mention.id === entityId);
  const written = await writeAnnotations(services, document, annotateEdits(document, pending.map((s) => s.mention)));
  if (written) showAnnotated(pending.length);
  return written;
}

async function annotateAllInArticle(services: Services, states: ArticleStates, uri?: string): Promise<boolean> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  // A date with no ISO value waits for the annotator to give it one.
  const pending = states.of(document).statuses.filter((s) => s.state === 'pending' && isRecordableAsRead(s.mention));
  if (pending.length === 0) {
    showAllDone();
    return true;
  }
  const written = await writeAnnotations(services, document, annotateEdits(document, pending.map((s) => s.mention)));
  if (written) showAnnotated(pending.length);
  return written;
}

/** Marks a mention as not an entity (taking back its annotation, if any). */
export async function rejectMention(services: Services, states: ArticleStates, args: readonly unknown[]): Promise<boolean> {
  const target = await mentionTarget(states, args);
  const status = target?.status;
  if (!target || !status) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a highlighted mention to mark it as not an entity.'));
    return false;
  }
  const { document } = target;
  // The fact file drops a mention of the same span itself; by id as well, for while unsaved edits
  // of the article have moved the span away from the offsets the file holds.
  const edits: FactFileEdit[] = [{ kind: 'addRejection', rejection: rejection(document.getText(), status.mention) }];
  if (status.recorded) edits.unshift({ kind: 'removeMention', id: status.recorded.id });
  const written = await writeAnnotations(services, document, edits);
  if (written) showDone(vscode.l10n.t('Marked “{0}” as not an entity', status.mention.text));
  return written;
}

/** Takes back a "not an entity": the mention is offered for annotation again. */
async function removeRejection(services: Services, states: ArticleStates, ...[uri, start, end]: MentionArgs): Promise<boolean> {
  const document = await documentFor(uri);
  const status = states.find(document, start, end);
  const span = status?.state === 'rejected' ? storedRejection(services, document, status.mention) : undefined;
  if (!span) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no “not an entity” mark there any more.'));
    return false;
  }
  const written = await writeAnnotations(services, document, [{ kind: 'removeRejection', rejection: span }]);
  if (written) showDone(vscode.l10n.t('“{0}” is a mention to annotate again', span.quote));
  return written;
}

async function removeAnnotation(services: Services, states: ArticleStates, args: readonly unknown[]): Promise<boolean> {
  const target = await mentionTarget(states, args);
  const recorded = target?.status?.recorded;
  if (!target || !recorded) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on an annotated mention to remove its annotation.'));
    return false;
  }
  const written = await writeAnnotations(services, target.document, [{ kind: 'removeMention', id: recorded.id }]);
  if (written) showDone(vscode.l10n.t('Removed the annotation of “{0}”', recorded.quote));
  return written;
}

/** The keyboard path: annotate what is under the cursor, or add it to the knowledge base. */
async function annotateAtCursor(services: Services, states: ArticleStates): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const status: MentionStatus | undefined = statusAt(states.of(document).statuses, document.offsetAt(editor.selection.active));
  if (!status) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No recognized mention at the cursor.'));
    return false;
  }
  const args: MentionArgs = [document.uri.toString(), status.mention.start, status.mention.end];
  if (status.mention.type === 'candidate') return (await vscode.commands.executeCommand(COMMAND.addCandidate, ...args)) === true;
  if (status.state === 'annotated') {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is already annotated.', status.mention.text));
    return true;
  }
  return annotateMention(services, states, ...args);
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.annotateMention, (...args: MentionArgs) => annotateMention(services, states, ...args)),
    services.commands.register(COMMAND.annotateEntityEverywhere, (uri: string, entityId: string) => annotateEntityEverywhere(services, states, uri, entityId)),
    services.commands.register(COMMAND.annotateAllInArticle, (uri?: string) => annotateAllInArticle(services, states, uri)),
    services.commands.register(COMMAND.rejectMention, (...args: unknown[]) => rejectMention(services, states, args)),
    services.commands.register(COMMAND.removeAnnotation, (...args: unknown[]) => removeAnnotation(services, states, args)),
    services.commands.register(COMMAND.removeRejection, (...args: MentionArgs) => removeRejection(services, states, ...args)),
    services.commands.register(COMMAND.annotateAtCursor, () => annotateAtCursor(services, states)),
  );
}
