// Records that a person attended, was expected at, or was absent from the summit or meeting the
// article is about. The event is inferred from the article; when that is unclear the user chooses
// among every event the workspace knows, bundled or its own. A status that replaces another says which.
import * as vscode from 'vscode';
import { makeFact, factFileMention, type MentionStatus } from '../../../core/annotation/status';
import type { Event } from '../../../core/knowledgeBase/schema';
import type { Mention } from '../../../core/recognizer/mention';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type FactFile } from '../../../core/factFile/schema';
import type { FactFileEdit } from '../../../core/factFile/store';
import { eventsInOrder } from '../../../core/annotation/events';
import { clearSummit, type SummitGuess } from '../../../core/annotation/summits';
import { type ArticleStates, statusAt } from '../articleState';
import { articleDate, summitGuesses } from '../summits';
import type { Services } from '../../services/services';
import { writeAnnotations } from '../../services/writeAnnotations';
import { documentFor } from '../../workspace/documents';
import { attendanceSentence, statusLabel } from '../../ui/attendance';
import { pickEvent } from '../../ui/pickEvent';
import { COMMAND } from '../../shell/contributions';

/**
 * The fact file edits for one attendance: the person's mention, the fact, and (once per summit) the
 * summit fact with the article's mentions of its city and dates as evidence.
 */
export function attendanceEdits(document: vscode.TextDocument, statuses: readonly MentionStatus[], person: Mention, personId: string, event: Event, status: AttendanceStatus): FactFileEdit[] {
  const personMention = factFileMention(document.getText(), person, personId);
  return [
    { kind: 'addMention', mention: personMention },
    { kind: 'addFact', fact: makeFact({ type: 'attendance', person: personId, event: event.id, status }, [personMention.id]) },
    ...summitEdits(document, statuses, person, event),
  ];
}

/**
 * The summit fact of an event the knowledge base places and dates, with the article's mentions of
 * its city, dates and name nearest `near` as evidence; none when the article mentions none of them.
 */
export function summitEdits(document: vscode.TextDocument, statuses: readonly MentionStatus[], near: { start: number }, event: Event): FactFileEdit[] {
  const text = document.getText();
  const edits: FactFileEdit[] = [];
  if (event.city && event.organization && event.start) {
    const inRange = (iso: string | undefined) => !!iso && iso >= event.start! && iso <= (event.end ?? event.start!);
    // The mentions nearest the person's (or the countries') are the likeliest to report this summit.
    const nearest = (test: (m: Mention) => boolean) =>
      statuses
        .map((s) => s.mention)
        .filter(test)
        .sort((a, b) => Math.abs(a.start - near.start) - Math.abs(b.start - near.start))[0];
    const cityMention = nearest((m) => m.id === event.city);
    const dateMention = nearest((m) => m.type === 'date' && inRange(m.iso?.split('/')[0]));
    const summitMention = nearest((m) => m.id === event.id);
    const evidence = [cityMention, dateMention, summitMention].filter((m): m is Mention => !!m).map((m) => factFileMention(text, m));
    if (evidence.length > 0) {
      for (const mention of evidence) edits.push({ kind: 'addMention', mention });
      edits.push({
        kind: 'addFact',
        fact: makeFact({ type: 'summit', event: event.id, organization: event.organization, city: event.city, start: event.start, ...(event.end ? { end: event.end } : {}) }, evidence.map((m) => m.id)),
      });
    }
  }
  return edits;
}

/** Asks which event: every event the workspace knows, the article's likely ones first, then those of its date. */
export function chooseEvent(services: Services, document: vscode.TextDocument, guesses: readonly SummitGuess[], title: string): Promise<Event | undefined> {
  const kb = services.knowledgeBase.current;
  const events = eventsInOrder(kb, articleDate(services, document), guesses.map((g) => g.event.id));
  return pickEvent(kb, events, title);
}

async function recordAttendance(services: Services, states: ArticleStates, uri?: string, start?: number, end?: number, status?: AttendanceStatus, eventId?: string): Promise<boolean> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const { statuses } = states.of(document);
  const editor = vscode.window.activeTextEditor;
  const at =
    start !== undefined ? statuses.find((s) => s.mention.start === start && s.mention.end === end) : editor && editor.document === document ? statusAt(statuses, document.offsetAt(editor.selection.active)) : undefined;
  const kb = services.knowledgeBase.current;
  const person = at?.mention.id ? kb.get(at.mention.id) : undefined;
  if (!at || person?.type !== 'person') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a recognized person to record their attendance.'));
    return false;
  }
  let event = eventId ? kb.get(eventId) : undefined;
  if (!event) {
    const guesses = summitGuesses(services, document);
    event = clearSummit(guesses)?.event ?? (await chooseEvent(services, document, guesses, vscode.l10n.t('Which event did {0} attend, miss or was expected at?', person.name)));
  }
  if (event?.type !== 'event') return false;
  if (!status) {
    const picked = await vscode.window.showQuickPick(
      ATTENDANCE_STATUSES.map((s) => ({ label: attendanceSentence(s, person.name, event.name), status: s })),
      { title: vscode.l10n.t('Record attendance') },
    );
    if (!picked) return false;
    status = picked.status;
  }
  const recorded = status;
  // The status this one replaces, as the fact file holds it when the write reads it.
  let replaced: AttendanceStatus | undefined;
  const written = await writeAnnotations(services, document, (factFile) => {
    replaced = attendanceStatus(factFile, person.id, event.id);
    return attendanceEdits(document, statuses, at.mention, person.id, event, recorded);
  });
  if (written && replaced && replaced !== recorded) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} at {1}: now {2} (was {3})', person.name, event.name, statusLabel(recorded), statusLabel(replaced)));
  }
  return written;
}

/** The status the fact file records for a person at a summit, if any. */
function attendanceStatus(factFile: FactFile | undefined, person: string, event: string): AttendanceStatus | undefined {
  const fact = factFile?.facts.find((f) => f.type === 'attendance' && f.person === person && f.event === event);
  return fact?.type === 'attendance' ? fact.status : undefined;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.recordAttendance, (uri?: string, start?: number, end?: number, status?: AttendanceStatus, eventId?: string) =>
      recordAttendance(services, states, uri, start, end, status, eventId),
    ),
  );
}
