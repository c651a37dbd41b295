// How the commands write annotations: the anchors they took from the article's text as it is now,
// the hash of that text, and a message when the fact file refused them. Shared by the annotation
// commands and the knowledge base's "add and annotate".
import * as vscode from 'vscode';
import { type ArticleDescription, describeArticle } from '../../core/annotation/articleMetadata';
import { isRecordableAsRead, factFileMention } from '../../core/annotation/status';
import { textHash } from '../../core/factFile/ids';
import { fileNameOf } from '../../core/factFile/paths';
import type { ArticleMetadata, FactFile } from '../../core/factFile/schema';
import type { FactFileEdit } from '../../core/factFile/store';
import type { CompanionEdit, WriteResult } from '../factFiles/writer';
import type { Mention } from '../../core/recognizer/mention';
import type { Services } from './services';

/** What an article's fact file is given: edits, or edits made from the fact file as the write finds it. */
export type ArticleEdits = FactFileEdit[] | ((factFile: FactFile | undefined) => FactFileEdit[]);

/**
 * Writes edits for an article, with the hash of the text their anchors were taken from. The edits
 * can be made from the fact file as the write finds it. A companion edit (the workspace knowledge
 * base) is made in the same undoable step. A fact file created records `known` (what an import's
 * source says of the article) over what is read from the article.
 */
export async function writeArticle(services: Services, document: vscode.TextDocument, edits: ArticleEdits, companion?: CompanionEdit, known?: ArticleDescription): Promise<WriteResult> {
  // The anchors just taken come from the text as it is now; the hash records which text that was.
  const hash = await textHash(document.getText());
  return services.writer.write(
    document,
    (factFile) => [...(typeof edits === 'function' ? edits(factFile) : edits), { kind: 'setArticle', patch: { textHash: hash } }],
    () => newFactFileMetadata(services, document, known),
    companion,
  );
}

/** `writeArticle`, telling the user when the fact file refused the edits. */
export async function writeAnnotations(services: Services, document: vscode.TextDocument, edits: ArticleEdits, companion?: CompanionEdit): Promise<boolean> {
  const result = await writeArticle(services, document, edits, companion);
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was written: the fact file has problems. {0}', result.reason));
    return false;
  }
  return true;
}

/** What a new fact file records about its article: what is known of it, else read from the article and what was recognized in it. */
async function newFactFileMetadata(services: Services, article: vscode.TextDocument, known?: ArticleDescription): Promise<ArticleMetadata> {
  const text = article.getText();
  const { language, publisher, published } = { ...describeArticle(text, services.analysis.mentions(article), services.knowledgeBase.current), ...known };
  return { file: fileNameOf(article.uri.path), language, publisher, published, textHash: await textHash(text) };
}

/** The edits that annotate `mentions` (those that can be annotated), as `entityId` or as recognized. */
export function annotateEdits(document: vscode.TextDocument, mentions: readonly Mention[], entityId?: string): FactFileEdit[] {
  const text = document.getText();
  return mentions.filter(isRecordableAsRead).map((m) => ({ kind: 'addMention', mention: factFileMention(text, m, entityId ?? m.id) }));
}
