// Records a summit or meeting the knowledge base does not have ("the CSTO defence ministers met in
// Moscow on 20 November"): its organization, city and dates, each picked from what the article
// mentions, its kind and a name. The event goes into the workspace knowledge base and the summit
// fact, with the chosen mentions as evidence, into the fact file, in one undoable edit; attendance
// can then be recorded at it like at any event.
import * as vscode from 'vscode';
import { isoDateProblem } from '../../../core/annotation/dates';
import { meetingEvent, meetingName } from '../../../core/annotation/events';
import { factFileMention, makeFact } from '../../../core/annotation/status';
import { EVENT_KINDS, type Event } from '../../../core/knowledgeBase/schema';
import type { Mention } from '../../../core/recognizer/mention';
import { sentenceAround } from '../../../core/text/sentences';
import type { Services } from '../../services/services';
import { addToKnowledgeBase, knowledgeBaseFileOf } from '../../services/workspaceKnowledgeBase';
import { writeAnnotations } from '../../services/writeAnnotations';
import { COMMAND } from '../../shell/contributions';
import { eventKindLabel, typeLabel } from '../../ui/labels';
import { describeProblems } from '../../ui/problems';
import { documentFor } from '../../workspace/documents';
import { currentText } from '../../workspace/files';
import { workspacePath } from '../../workspace/paths';
import type { ArticleStates } from '../articleState';

/** A mention of the article, by its offsets. */
export type Span = [start: number, end: number];

/** The answers newsAnnotator.recordMeeting would ask for; those given are not asked. */
export interface MeetingAnswers {
  organization?: Span;
  city?: Span;
  /** A date mention, or a date typed: a day, month or year, or a range `start/end`. */
  dates?: Span | string;
  kind?: Event['kind'];
  name?: string;
}

/** What the article mentions, as an annotator picks from it. */
interface Mentions {
  all: readonly Mention[];
  /** Where the command was asked for: the mentions nearest it are offered first. */
  near: number;
}

async function recordMeeting(services: Services, states: ArticleStates, uri?: string, answers: MeetingAnswers = {}): Promise<boolean> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const knowledgeBaseFile = knowledgeBaseFileOf(services, document);
  if (!knowledgeBaseFile) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the workspace knowledge base is a file in it.'));
    return false;
  }
  const editor = vscode.window.activeTextEditor;
  const given = [answers.organization, answers.city, Array.isArray(answers.dates) ? answers.dates : undefined].find((s) => s !== undefined);
  const near = given ? given[0] : editor?.document === document ? document.offsetAt(editor.selection.active) : 0;
  const mentions: Mentions = { all: states.of(document).statuses.filter((s) => s.state !== 'rejected').map((s) => s.mention), near };
  const kb = services.knowledgeBase.current;

  const organization = await entityMention(mentions, answers.organization, 'organization', vscode.l10n.t('Which organization held it?'));
  if (!organization) return false;
  const isCity = (m: Mention) => {
    const place = kb.get(m.id ?? '');
    return place?.type === 'place' && place.kind === 'city';
  };
  const city = await entityMention(mentions, answers.city, 'place', vscode.l10n.t('In which city?'), (list) => [...list.filter(isCity), ...list.filter((m) => !isCity(m))]);
  if (!city) return false;
  const dates = await datesOf(mentions, answers.dates);
  if (!dates) return false;
  const kind = answers.kind ?? (await askForKind());
  if (!kind) return false;
  const context = sentenceAround(document.getText(), near, near);
  const name = answers.name ?? (await askForName(meetingName(kb, { kind, organization: organization.id, city: city.id, dates: dates.iso, context })));
  if (!name) return false;

  const event = meetingEvent(kb, { kind, name, organization: organization.id!, city: city.id!, dates: dates.iso });
  // A knowledge-base file that cannot take the event is said as such, before anything is written.
  const addEvent = addToKnowledgeBase(knowledgeBaseFile, event);
  const current = await currentText(knowledgeBaseFile, workspacePath(knowledgeBaseFile));
  const check = current.problem ? { ok: false as const, reason: describeProblems([current.problem]) } : addEvent.edit(current.text);
  if (!check.ok) {
    void vscode.window.showErrorMessage(check.reason);
    return false;
  }
  const text = document.getText();
  const evidence = [organization, city, ...(dates.mention ? [dates.mention] : [])].map((m) => factFileMention(text, m));
  const summit = makeFact(
    { type: 'summit', event: event.id, organization: organization.id!, city: city.id!, start: event.start!, ...(event.end ? { end: event.end } : {}) },
    evidence.map((m) => m.id),
  );
  const written = await writeAnnotations(
    services,
    document,
    [...evidence.map((mention) => ({ kind: 'addMention' as const, mention })), { kind: 'addFact', fact: summit }],
    addEvent,
  );
  // The new event is known at once: attendance can be recorded at it next.
  if (written) await services.knowledgeBase.reload();
  return written;
}

/**
 * The mention of an organization or place the answer names, or the one the annotator picks among
 * the article's (one item per entity, its mention nearest where the command was asked for, in the
 * order `order` gives them).
 */
async function entityMention(mentions: Mentions, answer: Span | undefined, type: 'organization' | 'place', title: string, order: (list: Mention[]) => Mention[] = (list) => list): Promise<Mention | undefined> {
  const ofType = mentions.all.filter((m) => m.type === type && m.id);
  if (answer) {
    const found = ofType.find((m) => m.start === answer[0] && m.end === answer[1]);
    if (!found) void vscode.window.showWarningMessage(vscode.l10n.t('No {0} is mentioned at {1}–{2}.', typeLabel(type), answer[0], answer[1]));
    return found;
  }
  const nearestFirst = [...ofType].sort((a, b) => Math.abs(a.start - mentions.near) - Math.abs(b.start - mentions.near));
  const perEntity: Mention[] = [];
  for (const m of nearestFirst) if (!perEntity.some((p) => p.id === m.id)) perEntity.push(m);
  if (perEntity.length === 0) {
    void vscode.window.showInformationMessage(
      type === 'organization'
        ? vscode.l10n.t('The article mentions no organization: annotate the one that held the meeting first.')
        : vscode.l10n.t('The article mentions no place: annotate the city of the meeting first.'),
    );
    return undefined;
  }
  const items = order(perEntity).map((m) => ({ label: m.name ?? m.text, description: `“${m.text}”`, mention: m }));
  return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true }))?.mention;
}

/** The dates: a date mention (answered or picked), or a date typed and checked. */
async function datesOf(mentions: Mentions, answer: Span | string | undefined): Promise<{ iso: string; mention?: Mention } | undefined> {
  const dated = mentions.all.filter((m) => m.type === 'date' && m.iso && !m.iso.includes('--'));
  if (typeof answer === 'string') {
    const problem = isoDateProblem(answer);
    if (problem) void vscode.window.showWarningMessage(vscode.l10n.t('Not a date: {0}', problem));
    return problem ? undefined : { iso: answer };
  }
  if (answer) {
    const mention = dated.find((m) => m.start === answer[0] && m.end === answer[1]);
    if (!mention) void vscode.window.showWarningMessage(vscode.l10n.t('No {0} is mentioned at {1}–{2}.', typeLabel('date'), answer[0], answer[1]));
    return mention && { iso: mention.iso!, mention };
  }
  const nearestFirst = [...dated].sort((a, b) => Math.abs(a.start - mentions.near) - Math.abs(b.start - mentions.near));
  const typed = { label: vscode.l10n.t('Type a date…'), alwaysShow: true, mention: undefined as Mention | undefined };
  const items = [...nearestFirst.map((m) => ({ label: m.iso!, description: `“${m.text}”`, mention: m as Mention | undefined })), typed];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('When?'), matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.mention) return { iso: picked.mention.iso!, mention: picked.mention };
  const iso = await vscode.window.showInputBox({
    title: vscode.l10n.t('When? A day, a month, a year, or a range'),
    value: nearestFirst[0]?.iso ?? '',
    placeHolder: '2024-11-20, 2024-11, 2024-11-19/2024-11-20',
    validateInput: (v) => isoDateProblem(v.trim()),
  });
  return iso ? { iso: iso.trim() } : undefined;
}

async function askForKind(): Promise<Event['kind'] | undefined> {
  // A meeting first: summits are mostly in the knowledge base already.
  const kinds = [...EVENT_KINDS].sort((a, b) => Number(b === 'meeting') - Number(a === 'meeting'));
  const picked = await vscode.window.showQuickPick(kinds.map((eventKind) => ({ label: eventKindLabel(eventKind), eventKind })), { title: vscode.l10n.t('What kind of event?') });
  return picked?.eventKind;
}

async function askForName(proposed: string): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Name of the event'),
    value: proposed,
    validateInput: (v) => (v.trim().length < 2 ? vscode.l10n.t('A name needs at least two characters.') : undefined),
  });
  return name?.trim() || undefined;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(services.commands.register(COMMAND.recordMeeting, (uri?: string, answers?: MeetingAnswers) => recordMeeting(services, states, uri, answers)));
}
