// The commands that write annotations: one mention, every mention of an entity, every mention of
// the article, another entity than the recognized one, not an entity, remove, and take back a
// "not an entity".
import * as vscode from 'vscode';
import { isAnnotatable, rejection, type MentionStatus } from '../../../core/annotation/status';
import type { Mention } from '../../../core/recognizer/mention';
import type { FactFileEdit, SpanAnchor } from '../../../core/factFile/store';
import { type ArticleStates, statusAt } from '../articleState';
import type { Services } from '../../services/services';
import { annotateEdits, writeAnnotations } from '../../services/writeAnnotations';
import { COMMAND, type MentionArgs } from '../../shell/contributions';
import { pickEntity } from '../../ui/pickEntity';
import { documentFor } from '../../workspace/documents';

async function annotateMention(services: Services, states: ArticleStates, ...[uri, start, end, entityId]: MentionArgs): Promise<boolean> {
  const document = await documentFor(uri);
  const status = states.find(document, start, end);
  if (!status) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no recognized mention there any more.'));
    return false;
  }
  // The fact file drops a rejection of the same span itself; named as the file holds it as well,
  // for while unsaved edits of the article have moved the span away from its stored offsets.
  const rejected = status.state === 'rejected' ? storedRejection(services, document, status.mention) : undefined;
  const unreject: FactFileEdit[] = rejected ? [{ kind: 'removeRejection', rejection: rejected }] : [];
  return writeAnnotations(services, document, [...unreject, ...annotateEdits(document, [status.mention], entityId)]);
}

async function annotateEntityEverywhere(services: Services, states: ArticleStates, uri: string, entityId: string): Promise<boolean> {
  const document = await documentFor(uri);
  const pending = states.of(document).statuses.filter((s) => s.state === 'pending' && s.mention.id === entityId);
  return writeAnnotations(services, document, annotateEdits(document, pending.map((s) => s.mention)));
}

async function annotateAllInArticle(services: Services, states: ArticleStates, uri?: string): Promise<boolean> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const pending = states.of(document).statuses.filter((s) => s.state === 'pending' && isAnnotatable(s.mention));
  if (pending.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every recognized mention in this article is annotated or rejected.'));
    return true;
  }
  return writeAnnotations(services, document, annotateEdits(document, pending.map((s) => s.mention)));
}

async function chooseEntity(services: Services, states: ArticleStates, ...[uri, start, end]: MentionArgs): Promise<boolean> {
  const document = await documentFor(uri);
  const status = states.find(document, start, end);
  if (!status) return false;
  const kb = services.knowledgeBase.current;
  const preferred = [status.mention.id, ...(status.mention.alternatives ?? [])].filter((id): id is string => !!id);
  const entity = await pickEntity(kb, {
    title: vscode.l10n.t('Annotate “{0}” as…', status.mention.text),
    preferred,
    type: status.mention.type === 'date' || status.mention.type === 'candidate' ? undefined : status.mention.type,
  });
  if (!entity) return false;
  return writeAnnotations(services, document, annotateEdits(document, [status.mention], entity.id));
}

async function rejectMention(services: Services, states: ArticleStates, ...[uri, start, end]: MentionArgs): Promise<boolean> {
  const document = await documentFor(uri);
  const status = states.find(document, start, end);
  if (!status) return false;
  // The fact file drops a mention of the same span itself; by id as well, for while unsaved edits
  // of the article have moved the span away from the offsets the file holds.
  const edits: FactFileEdit[] = [{ kind: 'addRejection', rejection: rejection(document.getText(), status.mention) }];
  if (status.recorded) edits.unshift({ kind: 'removeMention', id: status.recorded.id });
  return writeAnnotations(services, document, edits);
}

/**
 * The span of the fact file's rejection of `mention`, as the file holds it: while the article has
 * unsaved edits, the editor shows rejections where their text is now, not at their stored offsets.
 */
function storedRejection(services: Services, document: vscode.TextDocument, mention: Mention): SpanAnchor | undefined {
  const shown = services.openFactFiles.current(document)?.rejections ?? [];
  const stored = services.openFactFiles.cached(document.uri)?.rejections ?? [];
  const index = shown.findIndex((r) => r.start === mention.start && r.end === mention.end && r.quote === mention.text);
  const found = stored[index];
  return found && { quote: found.quote, start: found.start, end: found.end };
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
  return writeAnnotations(services, document, [{ kind: 'removeRejection', rejection: span }]);
}

async function removeAnnotation(services: Services, states: ArticleStates, ...[uri, start, end]: MentionArgs): Promise<boolean> {
  const document = await documentFor(uri);
  const status = states.find(document, start, end);
  if (!status?.recorded) return false;
  return writeAnnotations(services, document, [{ kind: 'removeMention', id: status.recorded.id }]);
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
    services.commands.register(COMMAND.chooseEntity, (...args: MentionArgs) => chooseEntity(services, states, ...args)),
    services.commands.register(COMMAND.rejectMention, (...args: MentionArgs) => rejectMention(services, states, ...args)),
    services.commands.register(COMMAND.removeAnnotation, (...args: MentionArgs) => removeAnnotation(services, states, ...args)),
    services.commands.register(COMMAND.removeRejection, (...args: MentionArgs) => removeRejection(services, states, ...args)),
    services.commands.register(COMMAND.annotateAtCursor, () => annotateAtCursor(services, states)),
  );
}
