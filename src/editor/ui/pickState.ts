// A pick of the states the knowledge base knows, with "No country" first.
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import { iconSyntax, TYPE_ICONS } from './icons';

/** The state chosen: its id, or undefined for "No country"; the pick's undefined when it is dismissed. */
export async function pickState(kb: KnowledgeBase, title: string): Promise<{ id: string | undefined } | undefined> {
  const states = kb.ofType('place').filter((p) => p.kind === 'state').sort((a, b) => a.name.localeCompare(b.name));
  const none = { label: vscode.l10n.t('No country'), id: undefined as string | undefined };
  const items = [none, ...states.map((s) => ({ label: `${iconSyntax(TYPE_ICONS.place)} ${s.name}`, description: s.id, id: s.id as string | undefined }))];
  const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true });
  return picked && { id: picked.id };
}
