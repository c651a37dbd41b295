// What the lightbulb and the editor's context menu offer on a selection in an article: actions
// about the selected text only, each kind from a small source of its own, listed here in the order
// they are offered. "Annotate selection as…" comes first and is the preferred one.
import type * as vscode from 'vscode';
import type { MentionStatus } from '../../../core/annotation/status';
import type { Span } from '../../../core/annotation/selection';
import type { Services } from '../../services/services';
import * as annotateSelection from './annotateSelectionAction';
import * as reattachOrphan from './reattachOrphanAction';

/** A selection in an article, as the sources see it. */
export interface SelectionContext {
  document: vscode.TextDocument;
  /** The selection as made. */
  range: vscode.Range;
  /** What it annotates: the selected text without the spaces and punctuation around it. */
  span: Span;
  /** Its text. */
  text: string;
  /** The article's mentions with their states. */
  statuses: readonly MentionStatus[];
  services: Services;
}

export interface SelectionSource {
  /**
   * The actions this source offers on the selection; none when it has nothing to do with it.
   * They cite no diagnostics: VS Code lists actions that answer a diagnostic before all others.
   */
  actions(selection: SelectionContext): vscode.CodeAction[];
}

/** The sources, in the order their actions are offered. */
export const SELECTION_SOURCES: readonly SelectionSource[] = [annotateSelection, reattachOrphan];

/** Every source's actions on the selection, in order; only the first source's first action is preferred. */
export function selectionActions(selection: SelectionContext): vscode.CodeAction[] {
  const actions = SELECTION_SOURCES.flatMap((source) => source.actions(selection));
  actions.forEach((action, k) => {
    action.isPreferred = k === 0;
  });
  return actions;
}
