// The lightbulb on a recognized or annotated mention: annotate it, pick another entity, annotate
// all its mentions, record attendance at the article's summit or a role, reject it, or add a new
// name to the knowledge base; on a rejected one, take the rejection back. On a selection, what is
// about the selected text only: annotate it (selection/sources.ts), record the attendance of the
// countries it names, set the span of a mention it overlaps to it. When the fact file cannot be
// written, the fixes say why instead.
import * as vscode from 'vscode';
import { trimSelection, wordAt } from '../../core/annotation/selection';
import type { MentionStatus } from '../../core/annotation/status';
import { ATTENDANCE_STATUSES } from '../../core/factFile/schema';
import { clearSummit } from '../../core/annotation/summits';
import { type ArticleStates } from './articleState';
import { ARTICLE_LANGUAGE, COMMAND, type CommandId, type MentionArgs } from '../shell/contributions';
import { correctionActions, spanCorrection } from './correctionActions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { mentionFactActions, selectionFactActions } from './factActions';
import { summitGuesses } from './summits';
import type { Services } from '../services/services';
import { attendanceSentence } from '../ui/attendance';
import { describeProblems } from '../ui/problems';
import { RESTRICTED_REASON } from '../factFiles/writer';
import { selectionActions } from './selection/sources';

const MAX_ALTERNATIVES = 4;

class AnnotationActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly services: Services,
    private readonly states: ArticleStates,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    const { statuses, factFileProblems } = this.states.of(document);
    const actions = range.isEmpty ? this.cursorActions(document, range, context, statuses) : this.selectionActions(document, range, context, statuses);
    if (token.isCancellationRequested || actions.length === 0) return [];
    const disabled = !vscode.workspace.isTrusted
      ? { reason: RESTRICTED_REASON() }
      : factFileProblems.length > 0
        ? { reason: vscode.l10n.t('The fact file has problems and is left as it is: {0}', describeProblems(factFileProblems)) }
        : undefined;
    if (!disabled) return actions;
    for (const action of actions) action.disabled = disabled;
    // The lightbulb leaves disabled fixes out, so one enabled fix says why and leads to the cure.
    const cure = new vscode.CodeAction(disabled.reason, vscode.CodeActionKind.QuickFix);
    if (!vscode.workspace.isTrusted) {
      cure.title = vscode.l10n.t('Restricted Mode: nothing is written. Manage Workspace Trust…');
      cure.command = { title: cure.title, command: 'workbench.trust.manage' };
    } else {
      const [first] = factFileProblems;
      const factFile = this.services.openFactFiles.factFileUri(document.uri);
      cure.title = vscode.l10n.t('Open the fact file at its problem: {0}', describeProblems(factFileProblems));
      const at = new vscode.Position(Math.max(0, first.line - 1), Math.max(0, first.column - 1));
      cure.command = { title: cure.title, command: 'vscode.open', arguments: [factFile, { selection: new vscode.Range(at, at) }] };
    }
    cure.isPreferred = true;
    return [cure, ...actions];
  }

  /**
   * What is about the mentions at the cursor, and the orphaned annotations flagged there; asked for
   * on a word the recognizer did not find, the annotation of that word.
   */
  private cursorActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, statuses: readonly MentionStatus[]): vscode.CodeAction[] {
    const at = document.offsetAt(range.start);
    const here = statuses.filter((s) => s.mention.start <= at && at <= s.mention.end);
    const actions = [...this.orphanActions(document, range, context), ...here.flatMap((status) => this.actionsFor(document, range, status, statuses, context))];
    // Only when asked (Ctrl+., the context menu): a lightbulb on every word would follow the cursor.
    // Without it, VS Code offers the fixes of the nearest mention on the line instead.
    if (actions.length > 0 || context.triggerKind !== vscode.CodeActionTriggerKind.Invoke) return actions;
    const word = wordAt(document.getText(), at);
    if (!word) return [];
    const title = vscode.l10n.t('Annotate “{0}” as…', document.getText().slice(word.start, word.end));
    return [quickFix(title, COMMAND.annotateSelection, [document.uri.toString(), word.start, word.end], [], true)];
  }

  /**
   * What is about the selected text only: the selection sources' actions, the first preferred; the
   * attendance of the countries it names; the span of a mention it overlaps set to it; then the
   * actions of a mention that is exactly the selected text. Never those of other mentions near it.
   */
  private selectionActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, statuses: readonly MentionStatus[]): vscode.CodeAction[] {
    const span = trimSelection(document.getText(), document.offsetAt(range.start), document.offsetAt(range.end));
    const text = document.getText().slice(span.start, span.end);
    const sourced = selectionActions({ document, range, span, text, statuses, services: this.services });
    const facts = selectionFactActions(this.services, this.states, document, range, (title, command, args) => quickFix(title, command, args, []));
    const exact = (s: MentionStatus) => s.mention.start === span.start && s.mention.end === span.end;
    const respans = statuses
      .filter((s) => !exact(s) && s.mention.start < span.end && span.start < s.mention.end)
      .flatMap((status) => spanCorrection(document, range, status, (title, command, args) => quickFix(title, command, args, [])) ?? []);
    const mentionActions = statuses.filter(exact).flatMap((status) => this.actionsFor(document, range, status, statuses, context));
    // VS Code lists the actions that answer a diagnostic first: these come after the selection's.
    for (const action of mentionActions) {
      action.isPreferred = false;
      action.diagnostics = undefined;
    }
    return [...sourced, ...facts, ...respans, ...mentionActions];
  }

  /** Re-attach an orphaned annotation (select its text first), or remove it, from its diagnostic. */
  private orphanActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const orphans = (this.services.openFactFiles.current(document)?.mentions ?? []).filter((m) => m.orphaned);
    if (orphans.length === 0) return [];
    const uri = document.uri.toString();
    const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'orphaned');
    const actions: vscode.CodeAction[] = [];
    for (const m of orphans.slice(0, MAX_ALTERNATIVES)) {
      if (diagnostics.some((d) => d.range.contains(range))) {
        const title = vscode.l10n.t('Re-attach the orphaned annotation of “{0}”: select its text first', m.quote);
        actions.push(quickFix(title, COMMAND.reattachMention, [uri, m.id], diagnostics));
      }
      if (diagnostics.some((d) => d.range.contains(range.start))) {
        actions.push(quickFix(vscode.l10n.t('Remove the orphaned annotation of “{0}”', m.quote), COMMAND.removeOrphanedMention, [uri, m.id], diagnostics));
      }
    }
    return actions;
  }

  private actionsFor(document: vscode.TextDocument, range: vscode.Range, status: MentionStatus, statuses: readonly MentionStatus[], context: vscode.CodeActionContext): vscode.CodeAction[] {
    const { mention } = status;
    const uri = document.uri.toString();
    const args: MentionArgs = [uri, mention.start, mention.end];
    const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && document.offsetAt(d.range.start) === mention.start);
    const action = (title: string, command: CommandId, commandArgs: unknown[], preferred = false) => quickFix(title, command, commandArgs, diagnostics, preferred);
    const kb = this.services.knowledgeBase.current;
    const actions: vscode.CodeAction[] = [];
    const corrections = () => correctionActions(document, range, status, (title, command, commandArgs) => action(title, command, commandArgs));

    // A rejected mention is offered nothing else until the rejection is taken back.
    if (status.state === 'rejected') {
      return [action(vscode.l10n.t('Restore “{0}” as a mention to annotate', mention.text), COMMAND.removeRejection, args, true)];
    }
    if (mention.type === 'candidate') {
      actions.push(action(vscode.l10n.t('Add “{0}” to the workspace knowledge base…', mention.text), COMMAND.addCandidate, args, true));
      actions.push(...corrections());
      actions.push(action(vscode.l10n.t('Mark “{0}” as not a name', mention.text), COMMAND.rejectMention, args));
      return actions;
    }

    if (status.state === 'pending') {
      if (mention.type === 'date' && mention.iso !== undefined) {
        actions.push(action(vscode.l10n.t('Annotate date {0}', mention.iso), COMMAND.annotateMention, args, true));
      } else if (mention.type === 'date') {
        // Nothing in the article says which day or year it is: the annotator gives the value, or
        // the publication date that the article's weekdays and months are read against.
        actions.push(action(vscode.l10n.t('Annotate “{0}” as a date…', mention.text), COMMAND.annotateMention, args, true));
        actions.push(action(vscode.l10n.t('Set the publication date of this article…'), COMMAND.setPublicationDate, [uri]));
      } else {
        actions.push(action(vscode.l10n.t('Annotate “{0}” as {1}', mention.text, mention.name ?? mention.text), COMMAND.annotateMention, [...args, mention.id], true));
        for (const alternative of (mention.alternatives ?? []).slice(0, MAX_ALTERNATIVES)) {
          actions.push(action(vscode.l10n.t('Annotate “{0}” as {1} instead', mention.text, kb.get(alternative)?.name ?? alternative), COMMAND.annotateMention, [...args, alternative]));
        }
      }
    }
    actions.push(...corrections());
    // The rest of this entity's mentions, from any of them, annotated or not.
    const others = mention.id ? statuses.filter((s) => s.state === 'pending' && s.mention.id === mention.id && s !== status).length : 0;
    if (others > 0) {
      const count = others + (status.state === 'pending' ? 1 : 0);
      actions.push(action(vscode.l10n.t('Annotate all {0} mentions of {1} in this article', count, mention.name ?? mention.text), COMMAND.annotateEntityEverywhere, [uri, mention.id]));
    }
    if (mention.id) {
      actions.push(action(vscode.l10n.t('Annotate every mention of {0} in the workspace…', mention.name ?? mention.text), COMMAND.annotateEntityInWorkspace, [mention.id]));
    }

    const entity = mention.id ? kb.get(mention.id) : undefined;
    if (entity?.type === 'person') {
      const summit = clearSummit(summitGuesses(this.services, document))?.event;
      if (summit) {
        for (const attendance of ATTENDANCE_STATUSES) {
          actions.push(
            action(vscode.l10n.t('Record: {0}', attendanceSentence(attendance, entity.name, summit.name)), COMMAND.recordAttendance, [...args, attendance, summit.id]),
          );
        }
      }
      actions.push(action(vscode.l10n.t('Record the attendance of {0} at an event…', entity.name), COMMAND.recordAttendance, args));
    }
    actions.push(...mentionFactActions(this.services, document, status, action));

    if (status.state === 'annotated') {
      actions.push(action(vscode.l10n.t('Remove the annotation of “{0}”', mention.text), COMMAND.removeAnnotation, args));
    }
    actions.push(
      action(mention.type === 'date' ? vscode.l10n.t('Mark “{0}” as not a date', mention.text) : vscode.l10n.t('Mark “{0}” as not an entity', mention.text), COMMAND.rejectMention, args),
    );
    return actions;
  }
}

/** A quick fix that runs one of the extension's commands, citing the diagnostics it answers. */
function quickFix(title: string, command: CommandId, args: unknown[], diagnostics: vscode.Diagnostic[], preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { title, command, arguments: args };
  action.diagnostics = diagnostics;
  action.isPreferred = preferred;
  return action;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: ARTICLE_LANGUAGE }, new AnnotationActions(services, states), { providedCodeActionKinds: AnnotationActions.kinds }),
  );
}
