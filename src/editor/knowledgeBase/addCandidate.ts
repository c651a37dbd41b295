// A name the knowledge base does not know: ask what it is, add it to the workspace's own
// knowledge-base file (kept with its comments), reload, and annotate the mention.
import * as vscode from 'vscode';
import { detectLanguage } from '../../core/annotation/articleMetadata';
import { aliasLanguage } from '../../core/annotation/learning';
import { likelyCountries } from '../../core/annotation/likelyCountries';
import { addEntityToKnowledgeBaseFile, slugId } from '../../core/knowledgeBase/editFile';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import type { EntityInput, EntityType } from '../../core/knowledgeBase/schema';
import type { Mention } from '../../core/recognizer/mention';
import { minimalReplacement } from '../../core/text/minimalReplacement';
import type { Services } from '../services/services';
import { annotateEdits, writeAnnotations } from '../services/writeAnnotations';
import { COMMAND, type MentionArgs } from '../shell/contributions';
import { iconSyntax, TYPE_ICONS } from '../ui/icons';
import { capitalize } from '../ui/labels';
import { pickState } from '../ui/pickState';
import { describeProblems } from '../ui/problems';
import { RESTRICTED_REASON } from '../factFiles/writer';
import { documentFor } from '../workspace/documents';
import { readTextIfExists } from '../workspace/files';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : readTextIfExists(uri);
}

async function addCandidate(services: Services, ...[uri, start, end]: MentionArgs): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(RESTRICTED_REASON());
    return false;
  }
  const document = await documentFor(uri);
  const mention = services.analysis.mentions(document).find((m) => m.start === start && m.end === end);
  if (!mention) return false;
  const kbUri = services.knowledgeBase.files().find((f) => vscode.workspace.getWorkspaceFolder(f)?.uri.toString() === vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString()) ?? services.knowledgeBase.files()[0];
  if (!kbUri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the workspace knowledge base is a file in it.'));
    return false;
  }
  const text = document.getText();
  const countries = likelyCountries(text, mention.start, mention.end, services.analysis.mentions(document), services.knowledgeBase.current);
  const input = await askForEntity(services.knowledgeBase.current, mention, detectLanguage(text), countries);
  if (!input || !(await addToFile(kbUri, input))) return false;
  await services.knowledgeBase.reload();
  return writeAnnotations(services, document, annotateEdits(document, [{ ...mention, type: input.type, id: input.id }], input.id));
}

/**
 * Asks what the name is: its type (what the recognizer took it for first), its canonical name, for
 * a person a role, and but for an event its country (`countries`, those the article suggests,
 * likeliest first, come first). The name as written becomes an alias in the language it is
 * written in (see aliasLanguage).
 */
async function askForEntity(kb: KnowledgeBase, mention: Mention, language: string | undefined, countries: readonly string[]): Promise<EntityInput | undefined> {
  const allTypes: { label: string; type: EntityType }[] = [
    { label: `${iconSyntax(TYPE_ICONS.person)} ${vscode.l10n.t('Person')}`, type: 'person' },
    { label: `${iconSyntax(TYPE_ICONS.organization)} ${vscode.l10n.t('Organization')}`, type: 'organization' },
    { label: `${iconSyntax(TYPE_ICONS.place)} ${vscode.l10n.t('Place')}`, type: 'place' },
    { label: `${iconSyntax(TYPE_ICONS.event)} ${vscode.l10n.t('Event')}`, type: 'event' },
  ];
  const guessed = mention.guess ?? 'person';
  const types = [...allTypes.filter((t) => t.type === guessed), ...allTypes.filter((t) => t.type !== guessed)];
  const type = (await vscode.window.showQuickPick(types, { title: vscode.l10n.t('What is “{0}”?', mention.text) }))?.type;
  if (!type) return undefined;
  const name = (
    await vscode.window.showInputBox({
      title: vscode.l10n.t('Canonical name'),
      // A surname that follows a full name carries that name: the entity is the person named in full.
      value: mention.name ?? mention.text,
      validateInput: (v) => (v.trim().length < 2 ? vscode.l10n.t('A name needs at least two characters.') : undefined),
    })
  )?.trim();
  if (!name) return undefined;
  const id = slugId(type, name, (candidate) => kb.get(candidate) !== undefined);
  // The surname alone is found after the full name anyway; it is no alias of its own.
  const asWritten = mention.name === undefined ? mention.text.trim() : name;
  const aliases: Record<string, string[]> = asWritten !== name ? { [aliasLanguage(asWritten, language)]: [asWritten] } : {};
  if (type === 'event') return { id, type, name, aliases, kind: 'meeting' };
  const role = type === 'person' ? await vscode.window.showInputBox({ title: vscode.l10n.t('Role (leave empty if unknown)'), value: mention.role ? capitalize(mention.role) : '' }) : '';
  if (role === undefined) return undefined;
  const country = await pickState(kb, vscode.l10n.t('Country of {0}', name), countries);
  if (!country) return undefined;
  const inCountry = country.id ? { country: country.id } : {};
  if (type === 'place') return { id, type, name, aliases, kind: 'city', ...inCountry };
  // An organization belongs to its state (`parent`), as New organization… records it.
  if (type === 'organization') return { id, type, name, aliases, kind: 'other', ...(country.id ? { parent: country.id } : {}) };
  return { id, type, name, aliases, ...inCountry, roles: role.trim() ? [{ role: role.trim(), ...inCountry }] : [] };
}

/** Adds an entity to the workspace's knowledge-base file, kept with its comments, as an undoable edit. */
async function addToFile(kbUri: vscode.Uri, input: EntityInput): Promise<boolean> {
  const before = await readText(kbUri);
  const result = addEntityToKnowledgeBaseFile(before, vscode.workspace.asRelativePath(kbUri, false), input);
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The workspace knowledge base was not changed: {0}', describeProblems(result.problems)));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  if (before === undefined) {
    edit.createFile(kbUri, { contents: new TextEncoder().encode(result.text) });
  } else {
    const kbDocument = await vscode.workspace.openTextDocument(kbUri);
    const { start: from, end: to, replacement } = minimalReplacement(kbDocument.getText(), result.text);
    edit.replace(kbUri, new vscode.Range(kbDocument.positionAt(from), kbDocument.positionAt(to)), replacement);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (before !== undefined) await (await vscode.workspace.openTextDocument(kbUri)).save();
  return true;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(services.commands.register(COMMAND.addCandidate, (...args: MentionArgs) => addCandidate(services, ...args)));
}
