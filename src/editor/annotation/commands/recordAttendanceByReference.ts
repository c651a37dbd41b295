// Attendance by reference: news often names countries, not people ("i leader di Bielorussia,
// Kirghizistan e Tagikistan"). On a selection that names countries, the people who stood for them
// at the event (the heads of state, or the holders of the office the text or the meeting's name
// names), from the knowledge base's roles at the event's date; the annotator confirms them in a
// multi-select pick, and each gets an attendance fact with the mention of their country as its
// evidence.
import * as vscode from 'vscode';
import { countriesNamedIn, officeNamedFor } from '../../../core/annotation/attendanceByReference';
import { type Representative, representativesOf } from '../../../core/annotation/representatives';
import type { NamedHolder } from '../../../core/annotation/roleInText';
import { officeOfMeeting } from '../../../core/annotation/events';
import { factFileMention, makeFact } from '../../../core/annotation/status';
import { clearSummit } from '../../../core/annotation/summits';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type FactFileMention } from '../../../core/factFile/schema';
import type { FactFileEdit } from '../../../core/factFile/store';
import type { KnowledgeBase } from '../../../core/knowledgeBase/knowledgeBase';
import type { Event } from '../../../core/knowledgeBase/schema';
import type { Services } from '../../services/services';
import { writeAnnotations } from '../../services/writeAnnotations';
import { COMMAND } from '../../shell/contributions';
import { attendanceSentence } from '../../ui/attendance';
import { listOf } from '../../ui/labels';
import { roleLabel } from '../../ui/roles';
import { documentFor } from '../../workspace/documents';
import type { ArticleStates } from '../articleState';
import { articleDate, summitGuesses } from '../summits';
import { chooseEvent, summitEdits } from './recordAttendance';

/** Arguments of newsAnnotator.recordAttendanceByReference: the selection, and the answers (event, people, status). */
export type ByReferenceArgs = [uri?: string, start?: number, end?: number, eventId?: string, people?: string[], status?: AttendanceStatus];

/** Selections longer than this are not read for countries: a list of countries is short. */
export const MAX_REFERENCE_LENGTH = 400;

/** The countries a selection names, from the article's mentions (recognized or annotated) and its words. */
export function countriesSelected(services: Services, states: ArticleStates, document: vscode.TextDocument, start: number, end: number): NamedHolder[] {
  if (end - start > MAX_REFERENCE_LENGTH) return [];
  const mentions = states.of(document).statuses.filter((s) => s.state !== 'rejected').map((s) => s.mention);
  return countriesNamedIn(document.getText(), start, end, mentions, services.knowledgeBase.current);
}

async function recordAttendanceByReference(services: Services, states: ArticleStates, ...[uri, start, end, eventId, people, status]: ByReferenceArgs): Promise<boolean> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const selection = start !== undefined && end !== undefined ? { start, end } : selectionIn(document);
  const countries = selection ? countriesSelected(services, states, document, selection.start, selection.end) : [];
  if (!selection || countries.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words that name the countries, such as “the leaders of Belarus and Armenia”, to record who attended for them.'));
    return false;
  }
  const kb = services.knowledgeBase.current;
  const countryNames = listOf(countries.map((c) => kb.get(c.id)?.name ?? c.id));
  let event = eventId ? kb.get(eventId) : undefined;
  if (!event) {
    const guesses = summitGuesses(services, document);
    event = clearSummit(guesses)?.event ?? (await chooseEvent(services, document, guesses, vscode.l10n.t('At which event were {0} represented?', countryNames)));
  }
  if (event?.type !== 'event') return false;
  // The office the text names by the countries; else the one whose holders the meeting is of.
  const office = officeNamedFor(document.getText(), selection.start, selection.end) ?? officeOfMeeting(event);
  const representatives = representativesOf(kb, countries.map((c) => c.id), event.start ?? articleDate(services, document), office);
  if (representatives.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The knowledge base knows no one who held office for {0} at {1}.', countryNames, event.name));
    return false;
  }
  const unknown = (people ?? []).filter((id) => !representatives.some((r) => r.person.id === id));
  if (unknown.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Not among those who held office for {0}: {1}', countryNames, unknown.join(', ')));
    return false;
  }
  const chosen = people ? representatives.filter((r) => people.includes(r.person.id)) : await askWho(kb, representatives, event, countryNames);
  if (!chosen || chosen.length === 0) return false;
  const recorded = status ?? (await askForStatus(chosen, event));
  if (!recorded) return false;
  const statuses = states.of(document).statuses;
  return writeAnnotations(services, document, [...attendanceEdits(document.getText(), countries, chosen, event, recorded), ...summitEdits(document, statuses, selection, event)]);
}

function selectionIn(document: vscode.TextDocument): { start: number; end: number } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document !== document || editor.selection.isEmpty) return undefined;
  return { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
}

/** Each person's attendance, with the mention of their country (annotated as the state) as its evidence. */
function attendanceEdits(text: string, countries: readonly NamedHolder[], chosen: readonly Representative[], event: Event, status: AttendanceStatus): FactFileEdit[] {
  const mentionOf = new Map<string, FactFileMention>();
  for (const country of countries) {
    // A country named by a demonym ("the Belarusian delegation") has no mention yet: the word is annotated as the state.
    const mention = country.mention ?? { start: country.start, end: country.end, text: text.slice(country.start, country.end), type: 'place' as const, id: country.id };
    mentionOf.set(country.id, factFileMention(text, mention, country.id));
  }
  const edits: FactFileEdit[] = [];
  for (const representative of chosen) {
    const evidence = mentionOf.get(representative.country)!;
    edits.push({ kind: 'addMention', mention: evidence });
    edits.push({ kind: 'addFact', fact: makeFact({ type: 'attendance', person: representative.person.id, event: event.id, status }, [evidence.id]) });
  }
  return edits;
}

type PersonItem = vscode.QuickPickItem & { representative: Representative };

/** The multi-select pick of the people, the likely ones checked, each with role and country. */
async function askWho(kb: KnowledgeBase, representatives: readonly Representative[], event: Event, countryNames: string): Promise<Representative[] | undefined> {
  const items: PersonItem[] = representatives.map((r) => ({
    label: r.person.name,
    description: roleLabel(kb, r.role.role, r.role.country),
    picked: r.likely,
    representative: r,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Who represented {0} at {1}?', countryNames, event.name),
    placeHolder: vscode.l10n.t('Check the people the text refers to, then press Enter'),
    canPickMany: true,
    matchOnDescription: true,
  });
  return picked?.map((item) => item.representative);
}

/** The status, "attended" first: what such sentences mostly report. */
async function askForStatus(chosen: readonly Representative[], event: Event): Promise<AttendanceStatus | undefined> {
  const names = listOf(chosen.map((r) => r.person.name));
  const picked = await vscode.window.showQuickPick(
    ATTENDANCE_STATUSES.map((s) => ({ label: attendanceSentence(s, names, event.name), status: s })),
    { title: vscode.l10n.t('Record attendance') },
  );
  return picked?.status;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.recordAttendanceByReference, (...args: ByReferenceArgs) => recordAttendanceByReference(services, states, ...args)),
  );
}
