// The corrections the lightbulb offers on a recognized or annotated mention: annotate it as any
// entity of any type (also when it is annotated already), and set its span to the selection when
// the selection overlaps it and covers other text.
import * as vscode from 'vscode';
import type { MentionStatus } from '../../core/annotation/status';
import { COMMAND, type CommandId } from '../shell/contributions';

export type MakeAction = (title: string, command: CommandId, args: unknown[]) => vscode.CodeAction;

/** Up to this many characters of a selection are quoted in a title. */
const QUOTED = 40;

export function correctionActions(document: vscode.TextDocument, range: vscode.Range, status: MentionStatus, action: MakeAction): vscode.CodeAction[] {
  const { mention } = status;
  if (status.state === 'rejected') return [];
  const uri = document.uri.toString();
  const actions = [
    action(
      mention.type === 'candidate' ? vscode.l10n.t('Annotate “{0}” as a known entity…', mention.text) : vscode.l10n.t('Annotate “{0}” as another entity…', mention.text),
      COMMAND.chooseEntity,
      [uri, mention.start, mention.end],
    ),
  ];
  const respan = spanCorrection(document, range, status, action);
  return respan ? [...actions, respan] : actions;
}

/** "Set the span" of a recognized or annotated mention to a selection that overlaps it and covers other text. */
export function spanCorrection(document: vscode.TextDocument, range: vscode.Range, status: MentionStatus, action: MakeAction): vscode.CodeAction | undefined {
  const { mention } = status;
  if (status.state === 'rejected' || mention.type === 'candidate' || range.isEmpty) return undefined;
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const overlaps = from < mention.end && mention.start < to;
  if (!overlaps || (from === mention.start && to === mention.end)) return undefined;
  const selected = document.getText(range).replace(/\s+/g, ' ').trim();
  const quoted = selected.length > QUOTED ? `${selected.slice(0, QUOTED - 1)}…` : selected;
  return action(vscode.l10n.t('Set the span of “{0}” to “{1}”', mention.text, quoted), COMMAND.setMentionSpan, [document.uri.toString(), mention.start, mention.end, from, to]);
}
