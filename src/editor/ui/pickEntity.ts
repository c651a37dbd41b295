import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import type { Entity, EntityType } from '../../core/knowledgeBase/schema';
import { iconSyntax, TYPE_ICONS } from './icons';

interface EntityItem extends vscode.QuickPickItem {
  entity: Entity;
}

interface PickOptions {
  title: string;
  /** Entities listed first, in this order (the likeliest first); the rest follow by name. */
  preferred?: readonly string[];
  type?: EntityType;
  filter?: (e: Entity) => boolean;
}

/** A quick pick over the knowledge base, the likeliest entities first. */
export async function pickEntity(kb: KnowledgeBase, options: PickOptions): Promise<Entity | undefined> {
  const rank = new Map((options.preferred ?? []).map((id, i) => [id, i]));
  const all = [...kb.entities()].filter((e) => (!options.type || e.type === options.type) && (!options.filter || options.filter(e)));
  all.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.name.localeCompare(b.name));
  const items: EntityItem[] = all.map((entity) => ({
    label: `${iconSyntax(TYPE_ICONS[entity.type])} ${entity.name}`,
    description: entity.id,
    detail: entity.type === 'event' ? [entity.start, entity.description].filter(Boolean).join(' · ') || undefined : entity.description,
    entity,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: options.title, matchOnDescription: true, matchOnDetail: true, placeHolder: vscode.l10n.t('Type to filter by name or id') });
  return picked?.entity;
}
