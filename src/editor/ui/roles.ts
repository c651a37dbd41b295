// How a role reads wherever it is offered or reported: "Minister of Defence of Russia", and the
// sentence "Sergei Shoigu is Minister of Defence of Russia". Roles are named in English, as the
// knowledge base names them.
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';

/** The role with the state or organization it is held for, when there is one. */
export function roleLabel(kb: KnowledgeBase, role: string, holder: string | undefined): string {
  if (!holder) return role;
  return vscode.l10n.t('{0} of {1}', role, kb.get(holder)?.name ?? holder);
}

/** "Sergei Shoigu is Minister of Defence of Russia". */
export function roleSentence(kb: KnowledgeBase, person: string, role: string, holder: string | undefined): string {
  return vscode.l10n.t('{0} is {1}', person, roleLabel(kb, role, holder));
}
