// Annotates every mention of an entity in every article of the workspace: the articles are the
// files `newsAnnotator.articleFiles` names; in each, the recognizer's mentions of the entity that
// are still to do. The articles are read with a progress notification that can be cancelled; a
// preview lists them with their counts, all ticked, and nothing is written until it is confirmed.
// Each article is written through the fact-file writer, which refuses what it must (an unreadable
// fact file, one that changed meanwhile); the refusals are reported together at the end.
import * as vscode from 'vscode';
import { articleStatuses, type MentionStatus } from '../../../core/annotation/status';
import { resolvedFactFile } from '../../../core/reanchor/resolve';
import type { FactFile } from '../../../core/factFile/schema';
import type { Entity } from '../../../core/knowledgeBase/schema';
import type { Mention } from '../../../core/recognizer/mention';
import { publicationOptions } from '../../../core/recognizer/recognizer';
import { RESTRICTED_REASON } from '../../factFiles/writer';
import type { Services } from '../../services/services';
import { annotateEdits, writeArticle } from '../../services/writeAnnotations';
import { ARTICLE_LANGUAGE, COMMAND } from '../../shell/contributions';
import { describeProblems } from '../../ui/problems';
import { searchEntity } from '../../ui/searchEntity';
import { articleUris } from '../../workspace/articles';
import { documentFor } from '../../workspace/documents';
import { currentText, readTextStrictly } from '../../workspace/files';
import { WorkspaceLinks } from '../../workspace/links';
import { workspacePath } from '../../workspace/paths';
import { type ArticleStates, statusAt } from '../articleState';

/** An article with mentions of the entity to annotate, or the reason it cannot be annotated. */
interface Found {
  uri: vscode.Uri;
  count: number;
  refused?: string;
}

/** What the command did: the articles and mentions written, and the articles refused. */
export interface AnnotatedInWorkspace {
  articles: number;
  mentions: number;
  refused: { file: string; reason: string }[];
}

/** Which articles to write, standing for the preview's answer: every one listed, or those named (none: cancelled). */
export type PreviewAnswer = 'all' | string[];

/** Articles read between two pauses that let the extension host answer the editor. */
const BATCH = 20;

function pendingOf(statuses: readonly MentionStatus[], entityId: string): Mention[] {
  return statuses.filter((s) => s.state === 'pending' && s.mention.id === entityId).map((s) => s.mention);
}

/** The mentions of the entity still to do in an article that is not open: its text and fact file as on disk. */
async function pendingOnDisk(services: Services, uri: vscode.Uri, entityId: string, maxBytes: number): Promise<Found | undefined> {
  const read = await readTextStrictly(uri, workspacePath(uri));
  if (read.text === undefined || read.text.length > maxBytes) return undefined;
  const factFileUri = services.openFactFiles.factFileUri(uri);
  const factFileText = await currentText(factFileUri, workspacePath(factFileUri));
  let factFile: FactFile | undefined;
  if (factFileText.text !== undefined) {
    const parsed = await services.index.reader.parse(factFileText.text, workspacePath(factFileUri));
    if (!parsed.factFile) return { uri, count: 0, refused: describeProblems(parsed.problems) };
    factFile = parsed.factFile;
  } else if (factFileText.problem) return { uri, count: 0, refused: describeProblems([factFileText.problem]) };
  const mentions = services.knowledgeBase.recognizer.recognize(read.text, publicationOptions(factFile?.article.published));
  // Stored offsets are hints: the statuses need the mentions where they are in the text.
  const count = pendingOf(articleStatuses(mentions, factFile && resolvedFactFile(read.text, factFile)), entityId).length;
  return count > 0 ? { uri, count } : undefined;
}

/** Every article with mentions of the entity to annotate; undefined when cancelled. */
async function findAll(services: Services, states: ArticleStates, entity: Entity): Promise<Found[] | undefined> {
  const links = new WorkspaceLinks();
  const maxBytes = vscode.workspace.getConfiguration('newsAnnotator').get<number>('maxArticleSizeMB', 4) * 1024 * 1024;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Looking for mentions of {0} in the workspace', entity.name), cancellable: true },
    async (progress, token) => {
      const uris = await articleUris(token);
      const found: Found[] = [];
      for (const [k, uri] of uris.entries()) {
        if (token.isCancellationRequested) return undefined;
        if (k % BATCH === 0) {
          progress.report({ message: vscode.l10n.t('{0} of {1} articles', k, uris.length), increment: (BATCH / Math.max(uris.length, 1)) * 100 });
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        // A link out of the workspace is not read.
        if (await links.refusal(uri)) continue;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === ARTICLE_LANGUAGE);
        if (open) {
          const count = pendingOf(articleStatuses(services.analysis.mentions(open), services.openFactFiles.current(open)), entity.id).length;
          const problems = states.of(open).factFileProblems;
          if (count > 0) found.push(problems.length > 0 ? { uri, count: 0, refused: describeProblems(problems) } : { uri, count });
          continue;
        }
        const onDisk = await pendingOnDisk(services, uri, entity.id, maxBytes);
        if (onDisk) found.push(onDisk);
      }
      return token.isCancellationRequested ? undefined : found;
    },
  );
}

/** The articles to write: the preview's answer, or those ticked in it; undefined when it is dismissed. */
async function confirm(found: readonly Found[], entity: Entity, answer: PreviewAnswer | undefined): Promise<Found[] | undefined> {
  if (answer === 'all') return [...found];
  if (answer) return found.filter((f) => answer.includes(f.uri.toString()));
  const total = found.reduce((n, f) => n + f.count, 0);
  const items = found.map((f) => ({
    label: workspacePath(f.uri),
    description: f.count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', f.count),
    picked: true,
    found: f,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Annotate {0} mentions of {1} in {2} articles', total, entity.name, found.length),
    placeHolder: vscode.l10n.t('Untick the articles to leave as they are, then press Enter'),
    canPickMany: true,
  });
  return picked?.map((item) => item.found);
}

/** Writes each article's annotations; cancelled between two articles, never within one. */
async function writeAll(services: Services, chosen: readonly Found[], entity: Entity): Promise<AnnotatedInWorkspace> {
  const done: AnnotatedInWorkspace = { articles: 0, mentions: 0, refused: [] };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Annotating the mentions of {0}', entity.name), cancellable: true },
    async (progress, token) => {
      for (const [k, { uri }] of chosen.entries()) {
        if (token.isCancellationRequested) return;
        progress.report({ message: workspacePath(uri), increment: 100 / chosen.length });
        const document = await documentFor(uri.toString());
        let written = 0;
        const result = await writeArticle(services, document, (stored) => {
          // What is to do now, against the text and fact file as the write finds them.
          const factFile = services.openFactFiles.current(document) ?? (stored && resolvedFactFile(document.getText(), stored));
          const pending = pendingOf(articleStatuses(services.analysis.mentions(document), factFile), entity.id);
          written = pending.length;
          return annotateEdits(document, pending);
        });
        if (result.ok) {
          done.articles += written > 0 ? 1 : 0;
          done.mentions += written;
        } else done.refused.push({ file: workspacePath(uri), reason: result.reason });
        if (k % BATCH === BATCH - 1) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
  );
  return done;
}

/** The entity at the cursor in the active article, else the one the annotator picks. */
async function entityToAnnotate(services: Services, states: ArticleStates): Promise<Entity | undefined> {
  const kb = services.knowledgeBase.current;
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === ARTICLE_LANGUAGE) {
    const id = statusAt(states.of(editor.document).statuses, editor.document.offsetAt(editor.selection.active))?.mention.id;
    const entity = id ? kb.get(id) : undefined;
    if (entity) return entity;
  }
  const picked = await searchEntity<never>(kb, { title: vscode.l10n.t('Annotate every mention of…'), value: '' });
  return picked && 'entity' in picked ? picked.entity : undefined;
}

/** Tells what was done, and what was refused and why (each refusal in the output channel). */
function report(services: Services, entity: Entity, done: AnnotatedInWorkspace): void {
  const summary = vscode.l10n.t('{0} mentions of {1} annotated in {2} articles.', done.mentions, entity.name, done.articles);
  if (done.refused.length === 0) {
    void vscode.window.showInformationMessage(summary);
    return;
  }
  for (const { file, reason } of done.refused) services.output.appendLine(vscode.l10n.t('{0}: not annotated: {1}', file, reason));
  const first = done.refused[0];
  void vscode.window.showWarningMessage(
    vscode.l10n.t('{0} mentions of {1} annotated in {2} articles; {3} articles not annotated, such as {4}: {5}', done.mentions, entity.name, done.articles, done.refused.length, first.file, first.reason),
  );
}

export async function annotateEntityInWorkspace(services: Services, states: ArticleStates, entityId?: string, answer?: PreviewAnswer): Promise<AnnotatedInWorkspace | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(RESTRICTED_REASON());
    return undefined;
  }
  const entity = entityId ? services.knowledgeBase.current.get(entityId) : await entityToAnnotate(services, states);
  if (!entity) return undefined;
  const found = await findAll(services, states, entity);
  if (!found) return undefined;
  const writable = found.filter((f) => !f.refused);
  const refused = found.filter((f) => f.refused).map((f) => ({ file: workspacePath(f.uri), reason: f.refused! }));
  if (writable.length === 0) {
    report(services, entity, { articles: 0, mentions: 0, refused });
    return { articles: 0, mentions: 0, refused };
  }
  const chosen = await confirm(writable, entity, answer);
  if (!chosen || chosen.length === 0) return { articles: 0, mentions: 0, refused: [] };
  const done = await writeAll(services, chosen, entity);
  done.refused.unshift(...refused);
  report(services, entity, done);
  return done;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.annotateEntityInWorkspace, (entityId?: string, answer?: PreviewAnswer) => annotateEntityInWorkspace(services, states, entityId, answer)),
  );
}
