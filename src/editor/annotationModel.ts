// What one article looks like to the annotation features: each recognized mention with its state
// (annotated, rejected, pending), and whether its sidecar can be written.
import * as vscode from 'vscode';
import { annotationStatus, type MentionStatus } from '../core/annotation';
import type { Problem } from '../core/knowledgeBase/loadFile';
import type { Services } from './services';

export interface ArticleState {
  statuses: MentionStatus[];
  /** Why the article's sidecar cannot be written now; empty when it can. */
  sidecarProblems: Problem[];
}

export function articleState(services: Services, document: vscode.TextDocument): ArticleState {
  const mentions = services.analysis.mentions(document);
  const sidecar = services.sidecars.current(document);
  const sidecarPath = services.sidecars.relative(services.sidecars.sidecarUri(document.uri));
  return { statuses: annotationStatus(mentions, sidecar), sidecarProblems: services.sidecars.index.problemsOf(sidecarPath) };
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
