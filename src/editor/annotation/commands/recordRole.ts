// Records a role of a person the article names: the title it writes beside the name ("Il
// presidente kazako Kassym-Jomart Tokayev"), a role the knowledge base says the person held at the
// article's date, or another the annotator types. The person's mention, and the mention of the
// state or organization the title names, are its evidence; the person's mention is annotated too.
import * as vscode from 'vscode';
import { type RoleInText, roleInText, suggestRolesInText } from '../../../core/annotation/roleInText';
import type { RoleSuggestion } from '../../../core/annotation/roles';
import { factFileMention, makeFact, type MentionStatus } from '../../../core/annotation/status';
import type { FactFileEdit } from '../../../core/factFile/store';
import type { KnowledgeBase } from '../../../core/knowledgeBase/knowledgeBase';
import type { Person } from '../../../core/knowledgeBase/schema';
import type { Services } from '../../services/services';
import { writeAnnotations } from '../../services/writeAnnotations';
import { COMMAND } from '../../shell/contributions';
import { iconSyntax, TYPE_ICONS } from '../../ui/icons';
import { roleLabel } from '../../ui/roles';
import { documentFor } from '../../workspace/documents';
import { type ArticleStates, statusAt } from '../articleState';
import { articleDate } from '../summits';

/**
 * Arguments of newsAnnotator.recordRole: the person's mention, and the answers: the role, and the
 * `place:…` or `organization:…` it is held for ('' for neither; left out, as the text or the
 * knowledge base says).
 */
export type RoleArgs = [uri?: string, start?: number, end?: number, role?: string, heldFor?: string];

/** What a role is held for: a state, an organization, or (rarely) both. */
interface Holder {
  country?: string;
  organization?: string;
}

/** The person mention a role is recorded on, with the person and what the text says around it. */
export interface PersonAt {
  status: MentionStatus;
  person: Person;
  found: RoleInText | undefined;
  date: string | undefined;
}

/** The person mentioned at [start, end), as recognized or annotated, and the role the text gives there. */
export function personAt(services: Services, document: vscode.TextDocument, status: MentionStatus | undefined): PersonAt | undefined {
  const kb = services.knowledgeBase.current;
  const id = status?.recorded?.entity ?? status?.mention.id;
  const person = id ? kb.get(id) : undefined;
  if (!status || person?.type !== 'person') return undefined;
  const { start, end } = status.mention;
  const found = roleInText(document.getText(), start, end, services.analysis.mentions(document), kb);
  return { status, person, found, date: articleDate(services, document) };
}

async function recordRole(services: Services, states: ArticleStates, ...[uri, start, end, role, heldFor]: RoleArgs): Promise<boolean> {
  const document = uri ? await documentFor(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const { statuses } = states.of(document);
  const editor = vscode.window.activeTextEditor;
  const status =
    start !== undefined ? statuses.find((s) => s.mention.start === start && s.mention.end === end) : editor?.document === document ? statusAt(statuses, document.offsetAt(editor.selection.active)) : undefined;
  const at = personAt(services, document, status);
  if (!at) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a person to record a role.'));
    return false;
  }
  const kb = services.knowledgeBase.current;
  const suggestions = suggestRolesInText(at.person, at.date, at.found);
  let chosen: { role: string; holder: Holder } | undefined;
  if (role !== undefined) {
    const suggested = suggestions.find((s) => s.role === role);
    chosen = { role, holder: heldFor !== undefined ? holderOf(heldFor) : { country: suggested?.country, organization: suggested?.organization } };
  } else {
    chosen = await askForRole(kb, at, suggestions);
  }
  if (!chosen) return false;
  return writeAnnotations(services, document, roleEdits(document.getText(), at, chosen.role, chosen.holder));
}

function holderOf(id: string): Holder {
  return id.startsWith('organization:') ? { organization: id } : id ? { country: id } : {};
}

/** The person's mention, the mention of what the title names (when the role is held for it) and the role fact. */
function roleEdits(text: string, at: PersonAt, role: string, holder: Holder): FactFileEdit[] {
  const personMention = factFileMention(text, at.status.mention, at.person.id);
  const edits: FactFileEdit[] = [{ kind: 'addMention', mention: personMention }];
  const evidence = [personMention.id];
  for (const named of [at.found?.country, at.found?.organization]) {
    if (!named?.mention || (named.id !== holder.country && named.id !== holder.organization)) continue;
    const mention = factFileMention(text, named.mention, named.id);
    edits.push({ kind: 'addMention', mention });
    evidence.push(mention.id);
  }
  const content = { type: 'role' as const, person: at.person.id, role, ...(holder.country ? { country: holder.country } : {}), ...(holder.organization ? { organization: holder.organization } : {}) };
  edits.push({ kind: 'addFact', fact: makeFact(content, evidence) });
  return edits;
}

type RoleItem = vscode.QuickPickItem & { choice?: { role: string; holder: Holder } };

/** The roles to choose from: the text's title first, the knowledge base's at the article's date, and another one typed. */
async function askForRole(kb: KnowledgeBase, at: PersonAt, suggestions: readonly RoleSuggestion[]): Promise<{ role: string; holder: Holder } | undefined> {
  const items: RoleItem[] = suggestions.map((s) => ({
    label: roleLabel(kb, s.role, s.organization ?? s.country),
    description:
      s.source === 'text'
        ? vscode.l10n.t('as the article says: “{0}”', at.found?.title.text ?? s.role)
        : at.date
          ? vscode.l10n.t('held at the article’s date ({0}), says the knowledge base', at.date)
          : vscode.l10n.t('held now, says the knowledge base'),
    choice: { role: s.role, holder: { country: s.country, organization: s.organization } },
  }));
  const other: RoleItem = { label: vscode.l10n.t('Other role…'), alwaysShow: true };
  const picked = await vscode.window.showQuickPick([...items, other], { title: vscode.l10n.t('Record a role of {0}', at.person.name), matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.choice) return picked.choice;
  const role = (
    await vscode.window.showInputBox({
      title: vscode.l10n.t('Role of {0}', at.person.name),
      prompt: vscode.l10n.t('In English, as the knowledge base names roles: President, Minister of Defence, Secretary General'),
      value: at.found?.title.role ?? '',
      validateInput: (v) => (v.trim().length < 2 ? vscode.l10n.t('A role needs at least two characters.') : undefined),
    })
  )?.trim();
  if (!role) return undefined;
  const holder = await askForHolder(kb, at, role);
  return holder && { role, holder };
}

type HolderItem = vscode.QuickPickItem & { holder: Holder };

/** Which state or organization the role is held for: what the text names first, then states and organizations. */
async function askForHolder(kb: KnowledgeBase, at: PersonAt, role: string): Promise<Holder | undefined> {
  const named = [at.found?.country?.id, at.found?.organization?.id, at.person.country].filter((id): id is string => !!id);
  const candidates = [
    ...kb.ofType('place').filter((p) => p.kind === 'state'),
    ...kb.ofType('organization').filter((o) => o.kind === 'international-organization' || o.kind === 'body'),
  ].sort((a, b) => Number(named.includes(b.id)) - Number(named.includes(a.id)) || a.name.localeCompare(b.name));
  const items: HolderItem[] = candidates.map((e) => ({
    label: `${iconSyntax(TYPE_ICONS[e.type])} ${e.name}`,
    description: e.id,
    holder: e.type === 'organization' ? { organization: e.id } : { country: e.id },
  }));
  const none: HolderItem = { label: vscode.l10n.t('Neither: the role alone'), holder: {} };
  const picked = await vscode.window.showQuickPick([...items, none], { title: vscode.l10n.t('{0} of which state or organization?', role), matchOnDescription: true });
  return picked?.holder;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(services.commands.register(COMMAND.recordRole, (...args: RoleArgs) => recordRole(services, states, ...args)));
}
