// A whole article from the keyboard: one key annotates the mention at the cursor as recognized, or
// marks it as not an entity, and moves to the next mention still to do. Successes show in the
// status bar; the next mention is selected, so that the next key acts on it.
import * as vscode from 'vscode';
import type { MentionStatus } from '../../../core/annotation/status';
import { type ArticleStates, statusIn } from '../articleState';
import { isArticle } from '../articleEvents';
import type { Services } from '../../services/services';
import { COMMAND, type MentionArgs } from '../../shell/contributions';
import { annotateAs, readingOf } from './correct';
import { rejectMention } from './annotate';
import { nextPending, selectMention, showAllDone } from './nextUnannotated';

type Act = (editor: vscode.TextEditor, status: MentionStatus) => Promise<boolean>;

/**
 * Acts on the mention at the cursor when it is still to do, then selects the next one to do. On a
 * mention done already, or off any mention, it only moves on.
 */
async function actAndAdvance(states: ArticleStates, act: Act): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticle(editor.document)) return false;
  const { document } = editor;
  const { statuses } = states.of(document);
  const here = statusIn(statuses, document, editor.selection);
  const todo = here?.state === 'pending' ? here : undefined;
  if (todo && !(await act(editor, todo))) return false;
  // What is left to do is known before the write: the fact file is read again after it.
  const next = nextPending(statuses, here?.mention.start ?? document.offsetAt(editor.selection.active), { after: here !== undefined, done: todo });
  if (!next) {
    showAllDone();
    return todo !== undefined;
  }
  // The user may have moved on meanwhile; the selection follows only if they have not.
  if (vscode.window.activeTextEditor === editor) selectMention(editor, next);
  return true;
}

/** Annotates as recognized; a name the knowledge base does not know is added to it first. */
function annotate(services: Services): Act {
  return async (editor, status) => {
    const reading = readingOf(status);
    if (reading) return annotateAs(services, editor.document, status, reading);
    const args: MentionArgs = [editor.document.uri.toString(), status.mention.start, status.mention.end];
    return (await vscode.commands.executeCommand(COMMAND.addCandidate, ...args)) === true;
  };
}

function reject(services: Services, states: ArticleStates): Act {
  return (editor, status) => rejectMention(services, states, [editor.document.uri.toString(), status.mention.start, status.mention.end]);
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.annotateAndAdvance, () => actAndAdvance(states, annotate(services))),
    services.commands.register(COMMAND.rejectAndAdvance, () => actAndAdvance(states, reject(services, states))),
  );
}
