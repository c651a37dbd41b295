// One line about an entity, to tell it from others of the same name in a pick: for a person the
// roles held at the article's date, for a place its kind and country, for an organization its kind
// and what it belongs to, for an event its dates and city.
import * as vscode from 'vscode';
import { rolesAt } from '../../core/annotation/roles';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import type { Entity } from '../../core/knowledgeBase/schema';
import { eventKindLabel, organizationKindLabel, placeKindLabel } from './labels';

const SEPARATOR = ' · ';

/** What is known of `entity` at `date` (an ISO date, as precise as known; undefined: today). */
export function entityDescription(entity: Entity, kb: KnowledgeBase, date: string | undefined): string {
  const nameOf = (id: string | undefined) => (id ? (kb.get(id)?.name ?? id) : undefined);
  const parts: (string | undefined)[] = [];
  switch (entity.type) {
    case 'person': {
      const roles = rolesAt(entity, date).map((role) => {
        const of = nameOf(role.country ?? role.organization);
        return of ? vscode.l10n.t('{0}, {1}', role.role, of) : role.role;
      });
      parts.push(...(roles.length > 0 ? roles : [nameOf(entity.country)]));
      break;
    }
    case 'place':
      parts.push(placeKindLabel(entity.kind), nameOf(entity.country));
      break;
    case 'organization':
      parts.push(organizationKindLabel(entity.kind), nameOf(entity.parent));
      break;
    case 'event':
      parts.push(eventKindLabel(entity.kind), entity.start && entity.end && entity.end !== entity.start ? `${entity.start} – ${entity.end}` : entity.start, nameOf(entity.city));
      break;
  }
  return parts.filter((part): part is string => !!part).join(SEPARATOR);
}
