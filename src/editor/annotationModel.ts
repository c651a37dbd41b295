// What one article looks like to the annotation features: each recognized mention with its state
// (annotated, rejected, pending), and whether its sidecar can be written.
import * as vscode from 'vscode';
import { annotationStatus, type MentionStatus } from '../core/annotation';
import type { Mention } from '../core/recognizer/mention';
import type { Sidecar } from '../core/sidecar/schema';
import type { Problem } from '../core/knowledgeBase/loadFile';
import type { Services } from './services';

export interface ArticleState {
  statuses: MentionStatus[];
  /** Why the article's sidecar cannot be written now; empty when it can. */
  sidecarProblems: Problem[];
}

/** The last statuses per document: diagnostics, decorations and the status bar redraw from the same. */
const statusesOf = new WeakMap<vscode.TextDocument, { mentions: readonly Mention[]; sidecar: Sidecar | undefined; statuses: MentionStatus[] }>();

export function articleState(services: Services, document: vscode.TextDocument): ArticleState {
  const mentions = services.analysis.mentions(document);
  const sidecar = services.sidecars.current(document);
  const sidecarPath = services.sidecars.relative(services.sidecars.sidecarUri(document.uri));
  // Both are the same objects for as long as the text and the sidecar stay as they are.
  let known = statusesOf.get(document);
  if (!known || known.mentions !== mentions || known.sidecar !== sidecar) {
    const recordsNothing = !sidecar || (sidecar.mentions.length === 0 && (sidecar.rejections ?? []).length === 0);
    const statuses = recordsNothing ? mentions.map((mention): MentionStatus => ({ mention, state: 'pending' })) : annotationStatus(mentions, sidecar);
    known = { mentions, sidecar, statuses };
    statusesOf.set(document, known);
  }
  return { statuses: known.statuses, sidecarProblems: services.sidecars.index.problemsOf(sidecarPath) };
}

/** The mention whose span contains `offset` (its end included, so a cursor right after a name counts). */
export function statusAt(statuses: readonly MentionStatus[], offset: number): MentionStatus | undefined {
  return statuses.find((s) => s.mention.start <= offset && offset <= s.mention.end);
}

/** Arguments of the item commands, kept JSON-friendly so hover links can carry them. */
export type MentionArgs = [uri: string, start: number, end: number, entityId?: string];

export async function documentFor(uri: string): Promise<vscode.TextDocument> {
  const parsed = vscode.Uri.parse(uri);
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString()) ?? vscode.workspace.openTextDocument(parsed);
}

export function findStatus(services: Services, document: vscode.TextDocument, start: number, end: number): MentionStatus | undefined {
  return articleState(services, document).statuses.find((s) => s.mention.start === start && s.mention.end === end);
}
