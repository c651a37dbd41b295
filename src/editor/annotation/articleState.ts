// What one article looks like to the annotation features: each recognized mention with its state
// (annotated, rejected, pending), each mention annotated by hand (where the recognizer finds
// nothing, another span or another entity), and whether its fact file can be written.
import * as vscode from 'vscode';
import { articleStatuses, type MentionStatus } from '../../core/annotation/status';
import type { Mention } from '../../core/recognizer/mention';
import type { FactFile } from '../../core/factFile/schema';
import type { Problem } from '../../core/problems';
import type { Services } from '../services/services';
import { documentFor } from '../workspace/documents';
import { isArticle } from './articleEvents';

export interface ArticleState {
  /** In text order; see articleStatuses. */
  statuses: MentionStatus[];
  /** Why the article's fact file cannot be written now; empty when it can. */
  factFileProblems: Problem[];
}

interface Known {
  mentions: readonly Mention[];
  factFile: FactFile | undefined;
  statuses: MentionStatus[];
  ranges?: vscode.Range[];
}

/** What each open article looks like to the annotation features, worked out once per version of its text and fact file. */
export class ArticleStates {
  /** The last statuses per document: diagnostics, decorations and the status bar redraw from the same. */
  private readonly statusesOf = new WeakMap<vscode.TextDocument, Known>();

  constructor(private readonly services: Services) {}

  of(document: vscode.TextDocument): ArticleState {
    const { index, openFactFiles } = this.services;
    return { statuses: this.known(document).statuses, factFileProblems: index.problemsOf(openFactFiles.factFileUri(document.uri)) };
  }

  /**
   * Each status's range in the document, in the order of `of(document).statuses`. A recognized
   * mention's range is the analysis's own (the same object while it does not move, see
   * ArticleAnalysis); a mention annotated by hand gets one of its own.
   */
  ranges(document: vscode.TextDocument): vscode.Range[] {
    const known = this.known(document);
    if (!known.ranges) {
      const recognized = this.services.analysis.ranges(document);
      const { mentions, statuses } = known;
      if (statuses.length === mentions.length && statuses.every((s, k) => s.mention === mentions[k])) known.ranges = recognized;
      else {
        const rangeOf = new Map<Mention, vscode.Range>(mentions.map((m, k) => [m, recognized[k]]));
        known.ranges = statuses.map(({ mention }) => rangeOf.get(mention) ?? new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      }
    }
    return known.ranges;
  }

  /** The status of the mention at exactly [start, end), if there is one. */
  find(document: vscode.TextDocument, start: number, end: number): MentionStatus | undefined {
    return this.of(document).statuses.find((s) => s.mention.start === start && s.mention.end === end);
  }

  private known(document: vscode.TextDocument): Known {
    const { analysis, openFactFiles, knowledgeBase } = this.services;
    const mentions = analysis.mentions(document);
    const factFile = openFactFiles.current(document);
    // Both are the same objects for as long as the text and the fact file stay as they are.
    let known = this.statusesOf.get(document);
    if (!known || known.mentions !== mentions || known.factFile !== factFile) {
      const recordsNothing = !factFile || (factFile.mentions.length === 0 && (factFile.rejections ?? []).length === 0);
      const kb = knowledgeBase.current;
      const statuses = recordsNothing ? mentions.map((mention): MentionStatus => ({ mention, state: 'pending' })) : articleStatuses(mentions, factFile, (id) => kb.get(id)?.name);
      known = { mentions, factFile, statuses };
      this.statusesOf.set(document, known);
    }
    return known;
  }
}

/** The mention whose span contains `offset` (its end included, so a cursor right after a name counts). */
export function statusAt(statuses: readonly MentionStatus[], offset: number): MentionStatus | undefined {
  return statuses.find((s) => s.mention.start <= offset && offset <= s.mention.end);
}

/** The mention a selection is on: the one it is exactly, else the one at its cursor, else the first it overlaps. */
export function statusIn(statuses: readonly MentionStatus[], document: vscode.TextDocument, selection: vscode.Selection): MentionStatus | undefined {
  const start = document.offsetAt(selection.start);
  const end = document.offsetAt(selection.end);
  return (
    statuses.find((s) => s.mention.start === start && s.mention.end === end) ??
    statusAt(statuses, document.offsetAt(selection.active)) ??
    statuses.find((s) => s.mention.start < end && start < s.mention.end)
  );
}

/**
 * The article and the mention a command is about: those its arguments name (`[uri, start, end]`,
 * as quick fixes and hover links give them), else the active article's at its cursor or selection
 * (from a key, or from the editor's context menu, which passes the article's URI only).
 */
export async function mentionTarget(states: ArticleStates, [uri, start, end]: readonly unknown[]): Promise<{ document: vscode.TextDocument; status: MentionStatus | undefined } | undefined> {
  if (typeof uri === 'string' && typeof start === 'number' && typeof end === 'number') {
    const document = await documentFor(uri);
    return { document, status: states.find(document, start, end) };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticle(editor.document)) return undefined;
  return { document: editor.document, status: statusIn(states.of(editor.document).statuses, editor.document, editor.selection) };
}
