// "Annotate selection as…": the selected text (or, with nothing selected, the word at the cursor)
// annotated as any entity of the knowledge base, as a date, or as a new entity of the workspace
// knowledge base. When the text is not yet a name of the entity, the recognizer learns it: it is
// added as an alias to the workspace knowledge base in the same undoable step as the annotation,
// and recognized in every article at once.
import * as vscode from 'vscode';
import { describeArticle, detectLanguage } from '../../../core/annotation/articleMetadata';
import { dateOfSelection, isoDateProblem } from '../../../core/annotation/dates';
import { nameToLearn } from '../../../core/annotation/learning';
import { likelyCountries } from '../../../core/annotation/likelyCountries';
import { titleNear } from '../../../core/annotation/roles';
import { newEntityInput, type NewEntityDetails } from '../../../core/annotation/newEntity';
import { trimSelection, wordAt } from '../../../core/annotation/selection';
import { factFileMention } from '../../../core/annotation/status';
import type { FactFileEdit } from '../../../core/factFile/store';
import { addAliasToKnowledgeBaseFile, addEntityToKnowledgeBaseFile } from '../../../core/knowledgeBase/editFile';
import type { Entity, EntityInput, EntityType } from '../../../core/knowledgeBase/schema';
import type { Problem } from '../../../core/problems';
import type { Mention } from '../../../core/recognizer/mention';
import { type CompanionEdit, RESTRICTED_REASON } from '../../factFiles/writer';
import type { Services } from '../../services/services';
import { writeAnnotations } from '../../services/writeAnnotations';
import { ARTICLE_LANGUAGE, COMMAND } from '../../shell/contributions';
import { iconSyntax, TYPE_ICONS } from '../../ui/icons';
import { describeProblems } from '../../ui/problems';
import { type ExtraChoice, searchEntity } from '../../ui/searchEntity';
import { documentFor } from '../../workspace/documents';
import { workspacePath } from '../../workspace/paths';
import { askNewEntity } from './askNewEntity';
import { askDate } from '../../ui/askDate';

/** What the selected text is, as the pick's answer or a command argument (integration tests give it). */
export type SelectionAnswer = { entity: string } | { date: string } | { newEntity: NewEntityDetails };

/** The text to annotate. */
interface Target {
  document: vscode.TextDocument;
  start: number;
  end: number;
  text: string;
}

/** How long a routine message stays in the status bar. */
const STATUS_MS = 8_000;

/** The span given, else the active editor's selection, else the word at its cursor; trimmed of what is not part of a name. */
async function targetOf(uri?: string, start?: number, end?: number): Promise<Target | undefined> {
  let document: vscode.TextDocument;
  let span: { start: number; end: number } | undefined;
  if (uri !== undefined && start !== undefined && end !== undefined) {
    document = await documentFor(uri);
    span = trimSelection(document.getText(), start, end);
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE) return undefined;
    document = editor.document;
    const { selection } = editor;
    const offset = (position: vscode.Position) => document.offsetAt(position);
    span = selection.isEmpty ? wordAt(document.getText(), offset(selection.active)) : trimSelection(document.getText(), offset(selection.start), offset(selection.end));
  }
  if (!span || span.start === span.end) return undefined;
  return { document, ...span, text: document.getText().slice(span.start, span.end) };
}

/** The article's date (its fact file's, else its dateline's) and language, for what is shown and learnt. */
function articleFacts(services: Services, document: vscode.TextDocument): { date?: string; language?: string } {
  const recorded = services.openFactFiles.cached(document.uri)?.article;
  const text = document.getText();
  const date = recorded?.published ?? describeArticle(text, services.analysis.mentions(document), services.knowledgeBase.current).published;
  return { date, language: recorded?.language ?? detectLanguage(text) };
}

type Extra = 'date' | EntityType;

const NEW_ENTITY_LABELS: Record<EntityType, () => string> = {
  person: () => vscode.l10n.t('New person…'),
  organization: () => vscode.l10n.t('New organization…'),
  place: () => vscode.l10n.t('New place…'),
  event: () => vscode.l10n.t('New event…'),
};

/** Asks what the text is: an entity of the pick, a date, or a new entity with what is known of it. */
async function ask(services: Services, target: Target): Promise<SelectionAnswer | undefined> {
  const kb = services.knowledgeBase.current;
  const { date } = articleFacts(services, target.document);
  const year = date ? Number(date.slice(0, 4)) : undefined;
  const readAs = dateOfSelection(target.text, year);
  // The recognizer's readings of text inside the selection come first among equals.
  const mentions = services.analysis.mentions(target.document);
  const preferred = mentions.filter((m) => m.id && m.start < target.end && target.start < m.end).map((m) => m.id!);
  const extras: ExtraChoice<Extra>[] = [
    { key: 'date', label: `${iconSyntax(TYPE_ICONS.date)} ${vscode.l10n.t('Date…')}`, description: readAs },
    ...(['person', 'organization', 'place', 'event'] as const).map((type) => ({ key: type, label: `${iconSyntax('add')} ${NEW_ENTITY_LABELS[type]()}` })),
  ];
  const picked = await searchEntity<Extra>(kb, { title: vscode.l10n.t('Annotate “{0}” as…', target.text), value: target.text, date, preferred, extras });
  if (!picked) return undefined;
  if ('entity' in picked) return { entity: picked.entity.id };
  if (picked.extra === 'date') {
    const iso = await askDate(target.text, readAs);
    return iso === undefined ? undefined : { date: iso };
  }
  const text = target.document.getText();
  const countries = likelyCountries(text, target.start, target.end, mentions, kb);
  const role = picked.extra === 'person' ? titleNear(text, target.start, target.end)?.role : undefined;
  const details = await askNewEntity(picked.extra, target.text, kb, { date, countries, role });
  return details && { newEntity: details };
}

/** The mention of the target as an entity. */
function entityMention(target: Target, entity: Pick<Entity, 'id' | 'type' | 'name'>): Mention {
  return { start: target.start, end: target.end, text: target.text, type: entity.type, id: entity.id, name: entity.name };
}

/** The workspace knowledge base's edit, made from its current text; its problems say why it cannot be made. */
function knowledgeBaseEdit(uri: vscode.Uri, change: (text: string | undefined, file: string) => { ok: true; text: string } | { ok: false; problems: Problem[] }): CompanionEdit {
  return {
    uri,
    edit: (text) => {
      const made = change(text, workspacePath(uri));
      return made.ok ? made : { ok: false, reason: vscode.l10n.t('The workspace knowledge base was not changed: {0}', describeProblems(made.problems)) };
    },
  };
}

/** Annotates the target as an entity the knowledge base has, learning the text as its name where it is a new one. */
async function annotateAsEntity(services: Services, target: Target, entityId: string): Promise<boolean> {
  const entity = services.knowledgeBase.current.get(entityId);
  if (!entity) {
    void vscode.window.showErrorMessage(vscode.l10n.t('There is no entity {0} in the knowledge base.', entityId));
    return false;
  }
  const edits: FactFileEdit[] = [{ kind: 'addMention', mention: factFileMention(target.document.getText(), entityMention(target, entity), entity.id) }];
  const learning = nameToLearn(entity, target.text, articleFacts(services, target.document).language);
  const file = services.knowledgeBase.fileFor(target.document.uri);
  const companion =
    learning.learn && file ? knowledgeBaseEdit(file, (text, name) => addAliasToKnowledgeBaseFile(text, name, entity.id, learning.language, learning.name)) : undefined;
  if (!(await writeAnnotations(services, target.document, edits, companion))) return false;
  if (companion) {
    await services.knowledgeBase.reload();
    vscode.window.setStatusBarMessage(`${iconSyntax('check')} ${vscode.l10n.t('“{0}” annotated as {1}, and now recognized as a name of it.', target.text, entity.name)}`, STATUS_MS);
  } else if (!learning.learn && !learning.known) {
    vscode.window.setStatusBarMessage(`${iconSyntax('warning')} ${vscode.l10n.t('“{0}” annotated as {1}; not learnt as a name of it ({2}).', target.text, entity.name, learning.reason)}`, STATUS_MS);
  } else {
    vscode.window.setStatusBarMessage(`${iconSyntax('check')} ${vscode.l10n.t('“{0}” annotated as {1}.', target.text, entity.name)}`, STATUS_MS);
  }
  return true;
}

async function annotateAsDate(services: Services, target: Target, iso: string): Promise<boolean> {
  const problem = isoDateProblem(iso);
  if (problem) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not a date: {0}', problem));
    return false;
  }
  const mention: Mention = { start: target.start, end: target.end, text: target.text, type: 'date', iso };
  if (!(await writeAnnotations(services, target.document, [{ kind: 'addMention', mention: factFileMention(target.document.getText(), mention) }]))) return false;
  vscode.window.setStatusBarMessage(`${iconSyntax('check')} ${vscode.l10n.t('“{0}” annotated as the date {1}.', target.text, iso)}`, STATUS_MS);
  return true;
}

/** Adds a new entity named by the target to the workspace knowledge base and annotates the target as it, in one undoable step. */
async function annotateAsNewEntity(services: Services, target: Target, details: NewEntityDetails): Promise<boolean> {
  const file = services.knowledgeBase.fileFor(target.document.uri);
  if (!file) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the workspace knowledge base is a file in it.'));
    return false;
  }
  const kb = services.knowledgeBase.current;
  const input: EntityInput = newEntityInput(details, target.text, articleFacts(services, target.document).language, (id) => kb.get(id) !== undefined);
  const edits: FactFileEdit[] = [{ kind: 'addMention', mention: factFileMention(target.document.getText(), entityMention(target, input), input.id) }];
  const companion = knowledgeBaseEdit(file, (text, name) => addEntityToKnowledgeBaseFile(text, name, input));
  if (!(await writeAnnotations(services, target.document, edits, companion))) return false;
  await services.knowledgeBase.reload();
  vscode.window.setStatusBarMessage(`${iconSyntax('check')} ${vscode.l10n.t('Annotated “{0}” as {1}, new in the workspace knowledge base', target.text, input.name)}`, STATUS_MS);
  return true;
}

/**
 * The command. Without arguments it works on the active editor's selection and asks; `answer`
 * stands for what the annotator would choose (the integration tests give it).
 */
export async function annotateSelection(services: Services, uri?: string, start?: number, end?: number, answer?: SelectionAnswer): Promise<boolean> {
  const target = await targetOf(uri, start, end);
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to annotate in an article, or put the cursor on a word.'));
    return false;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(RESTRICTED_REASON());
    return false;
  }
  const choice = answer ?? (await ask(services, target));
  if (!choice) return false;
  if ('date' in choice) return annotateAsDate(services, target, choice.date);
  if ('entity' in choice) return annotateAsEntity(services, target, choice.entity);
  return annotateAsNewEntity(services, target, choice.newEntity);
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.annotateSelection, (uri?: string, start?: number, end?: number, answer?: SelectionAnswer) => annotateSelection(services, uri, start, end, answer)),
  );
}
