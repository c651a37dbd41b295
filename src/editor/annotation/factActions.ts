// The lightbulb's facts beyond attendance: on a person, the role the text gives (in one click when
// the knowledge base agrees) and "Record a role…"; on an organization, city or date, "Record a
// summit or meeting…"; on a selection that names countries, the attendance of the people who stood
// for them at the article's event.
import * as vscode from 'vscode';
import { officeNamedFor } from '../../core/annotation/attendanceByReference';
import { confirmedRole } from '../../core/annotation/roleInText';
import type { MentionStatus } from '../../core/annotation/status';
import { clearSummit } from '../../core/annotation/summits';
import type { Services } from '../services/services';
import { COMMAND, type CommandId } from '../shell/contributions';
import { listOf } from '../ui/labels';
import { roleSentence } from '../ui/roles';
import type { ArticleStates } from './articleState';
import { countriesSelected } from './commands/recordAttendanceByReference';
import type { MeetingAnswers } from './commands/recordMeeting';
import { personAt, type RoleArgs } from './commands/recordRole';
import { summitGuesses } from './summits';

/** Makes a quick fix that runs one of the extension's commands. */
export type MakeAction = (title: string, command: CommandId, args: unknown[], preferred?: boolean) => vscode.CodeAction;

/** The fact actions on one mention: a role for a person; a meeting from its organization, city or date. */
export function mentionFactActions(services: Services, document: vscode.TextDocument, status: MentionStatus, make: MakeAction): vscode.CodeAction[] {
  const { mention } = status;
  const uri = document.uri.toString();
  const kb = services.knowledgeBase.current;
  const at = personAt(services, document, status);
  if (at) {
    const actions: vscode.CodeAction[] = [];
    const confirmed = confirmedRole(at.person, at.date, at.found);
    const recorded = (services.openFactFiles.current(document)?.facts ?? []).some(
      (f) => f.type === 'role' && f.person === at.person.id && f.role === confirmed?.role && f.evidence.includes(status.recorded?.id ?? ''),
    );
    if (confirmed && !recorded) {
      const holder = confirmed.organization ?? confirmed.country;
      const args: RoleArgs = [uri, mention.start, mention.end, confirmed.role, holder ?? ''];
      actions.push(make(vscode.l10n.t('Record: {0}', roleSentence(kb, at.person.name, confirmed.role, holder)), COMMAND.recordRole, args));
    }
    actions.push(make(vscode.l10n.t('Record a role of {0}…', at.person.name), COMMAND.recordRole, [uri, mention.start, mention.end]));
    return actions;
  }
  const entity = mention.id ? kb.get(mention.id) : undefined;
  const span: [number, number] = [mention.start, mention.end];
  const answers: MeetingAnswers | undefined =
    entity?.type === 'organization' ? { organization: span } : entity?.type === 'place' && entity.kind === 'city' ? { city: span } : mention.type === 'date' && mention.iso && !mention.iso.includes('--') ? { dates: span } : undefined;
  return answers ? [make(vscode.l10n.t('Record a summit or meeting…'), COMMAND.recordMeeting, [uri, answers])] : [];
}

/** The fact actions on a selection: the attendance of the people who stood for the countries it names. */
export function selectionFactActions(services: Services, states: ArticleStates, document: vscode.TextDocument, range: vscode.Range, make: MakeAction): vscode.CodeAction[] {
  if (range.isEmpty) return [];
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const countries = countriesSelected(services, states, document, start, end);
  if (countries.length === 0) return [];
  const kb = services.knowledgeBase.current;
  const names = listOf(countries.map((c) => kb.get(c.id)?.name ?? c.id));
  const office = officeNamedFor(document.getText(), start, end);
  const event = clearSummit(summitGuesses(services, document))?.event;
  const uri = document.uri.toString();
  const title = event
    ? office
      ? vscode.l10n.t('Record the attendance of the {0} of {1} at {2}…', office, names, event.name)
      : vscode.l10n.t('Record the attendance of the leaders of {0} at {1}…', names, event.name)
    : office
      ? vscode.l10n.t('Record the attendance of the {0} of {1} at an event…', office, names)
      : vscode.l10n.t('Record the attendance of the leaders of {0} at an event…', names);
  return [make(title, COMMAND.recordAttendanceByReference, event ? [uri, start, end, event.id] : [uri, start, end])];
}
