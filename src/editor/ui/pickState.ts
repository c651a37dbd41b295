// A pick of the states the knowledge base knows: those the article suggests first (the likeliest
// ready to take with Enter), then "No country", then the others.
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import { iconSyntax, TYPE_ICONS } from './icons';

/**
 * The state chosen: its id, or undefined for "No country"; the pick's undefined when it is
 * dismissed. `suggested`: state ids, likeliest first (`likelyCountries`).
 */
export async function pickState(kb: KnowledgeBase, title: string, suggested: readonly string[] = []): Promise<{ id: string | undefined } | undefined> {
  const states = kb.ofType('place').filter((p) => p.kind === 'state');
  const byId = new Map(states.map((s) => [s.id as string, s]));
  const first = suggested.filter((id) => byId.has(id));
  const rest = states.filter((s) => !first.includes(s.id)).sort((a, b) => a.name.localeCompare(b.name));
  const item = (id: string, detail?: string) => ({ label: `${iconSyntax(TYPE_ICONS.place)} ${byId.get(id)!.name}`, description: detail ? `${id} · ${detail}` : id, id: id as string | undefined });
  const none = { label: vscode.l10n.t('No country'), id: undefined as string | undefined };
  const items = [...first.map((id) => item(id, vscode.l10n.t('named in the article'))), none, ...rest.map((s) => item(s.id))];
  const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true });
  return picked && { id: picked.id };
}
