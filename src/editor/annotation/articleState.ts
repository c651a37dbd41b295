// What one article looks like to the annotation features: each recognized mention with its state
// (annotated, rejected, pending), and whether its fact file can be written.
import * as vscode from 'vscode';
import { annotationStatus, type MentionStatus } from '../../core/annotation/status';
import type { Mention } from '../../core/recognizer/mention';
import type { FactFile } from '../../core/factFile/schema';
import type { Problem } from '../../core/problems';
import type { Services } from '../services/services';

export interface ArticleState {
  statuses: MentionStatus[];
  /** Why the article's fact file cannot be written now; empty when it can. */
  factFileProblems: Problem[];
}

/** What each open article looks like to the annotation features, worked out once per version of its text and fact file. */
export class ArticleStates {
  /** The last statuses per document: diagnostics, decorations and the status bar redraw from the same. */
  private readonly statusesOf = new WeakMap<vscode.TextDocument, { mentions: readonly Mention[]; factFile: FactFile | undefined; statuses: MentionStatus[] }>();

  constructor(private readonly services: Services) {}

  of(document: vscode.TextDocument): ArticleState {
    const { analysis, openFactFiles, index } = this.services;
    const mentions = analysis.mentions(document);
    const factFile = openFactFiles.current(document);
    // Both are the same objects for as long as the text and the fact file stay as they are.
    let known = this.statusesOf.get(document);
    if (!known || known.mentions !== mentions || known.factFile !== factFile) {
      const recordsNothing = !factFile || (factFile.mentions.length === 0 && (factFile.rejections ?? []).length === 0);
      const statuses = recordsNothing ? mentions.map((mention): MentionStatus => ({ mention, state: 'pending' })) : annotationStatus(mentions, factFile);
      known = { mentions, factFile, statuses };
      this.statusesOf.set(document, known);
    }
    return { statuses: known.statuses, factFileProblems: index.problemsOf(openFactFiles.factFileUri(document.uri)) };
  }

  /** The status of the mention at exactly [start, end), if there is one. */
  find(document: vscode.TextDocument, start: number, end: number): MentionStatus | undefined {
    return this.of(document).statuses.find((s) => s.mention.start === start && s.mention.end === end);
  }
}

/** The mention whose span contains `offset` (its end included, so a cursor right after a name counts). */
export function statusAt(statuses: readonly MentionStatus[], offset: number): MentionStatus | undefined {
  return statuses.find((s) => s.mention.start <= offset && offset <= s.mention.end);
}
