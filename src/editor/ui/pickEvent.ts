import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import type { Event } from '../../core/knowledgeBase/schema';
import { iconSyntax, TYPE_ICONS } from './icons';
import { eventKindLabel } from './labels';

interface EventItem extends vscode.QuickPickItem {
  event: Event;
}

/** A quick pick of events in the order given (the article's likely ones first), searchable by name, date and city. */
export async function pickEvent(kb: KnowledgeBase, events: readonly Event[], title: string): Promise<Event | undefined> {
  const items: EventItem[] = events.map((event) => ({
    label: `${iconSyntax(TYPE_ICONS.event)} ${event.name}`,
    description: [event.start && (event.end ? `${event.start}/${event.end}` : event.start), event.city && kb.get(event.city)?.name, eventKindLabel(event.kind)].filter(Boolean).join(' · '),
    detail: event.description,
    event,
  }));
  const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true, placeHolder: vscode.l10n.t('Type to filter by name, date or city') });
  return picked?.event;
}
