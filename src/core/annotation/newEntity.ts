// A new entity of the workspace knowledge base made from a selection: the selected text as its
// canonical name and as an alias in the article's language, a readable id, and what the annotator
// said of it (a country, a role, a kind, dates).
import { slugId } from '../knowledgeBase/editFile';
import { aliasLanguage } from './learning';
import { EVENT_KINDS, type EntityInput, type EntityType, ORGANIZATION_KINDS, PLACE_KINDS } from '../knowledgeBase/schema';

export interface NewEntityDetails {
  type: EntityType;
  /** The canonical name: the selected text when not given. */
  name?: string;
  /** A place's, organization's or event's kind; each type's most common one when not given. */
  kind?: string;
  /** A state's id: a person's country, a place's, the state an organization belongs to, an event's host. */
  country?: string;
  /** A person's role, in English as the knowledge base writes roles ("Minister of Defence"). */
  role?: string;
  /** An event's date or range of dates, as `isoDateProblem` accepts them: `2024-11-28`, `2024-11-27/2024-11-28`. */
  dates?: string;
}

function kindOf<K extends string>(kinds: readonly K[], kind: string | undefined, otherwise: K): K {
  return kinds.includes(kind as K) ? (kind as K) : otherwise;
}

/**
 * The entity to add for `selected` (the annotated text) in an article in `language` (undefined when
 * not known), with an id that `taken` does not know; the alias is kept under the language it is
 * written in (see aliasLanguage).
 */
export function newEntityInput(details: NewEntityDetails, selected: string, language: string | undefined, taken: (id: string) => boolean): EntityInput {
  const alias = selected.trim().replace(/\s+/g, ' ');
  const name = details.name?.trim() || alias;
  const id = slugId(details.type, name, taken);
  // An alias needs two characters; a one-letter name stays the canonical name only.
  const aliases = alias.length >= 2 ? { [aliasLanguage(alias, language)]: [alias] } : {};
  const country = details.country;
  switch (details.type) {
    case 'person': {
      const role = details.role?.trim();
      return { id, type: 'person', name, aliases, ...(country ? { country } : {}), roles: role ? [{ role, ...(country ? { country } : {}) }] : [] };
    }
    case 'place': {
      const kind = kindOf(PLACE_KINDS, details.kind, 'city');
      return { id, type: 'place', name, aliases, kind, ...(country && kind !== 'state' ? { country } : {}) };
    }
    case 'organization':
      return { id, type: 'organization', name, aliases, kind: kindOf(ORGANIZATION_KINDS, details.kind, 'other'), ...(country ? { parent: country } : {}) };
    case 'event': {
      const [start, end] = (details.dates?.trim() || '').split('/');
      return { id, type: 'event', name, aliases, kind: kindOf(EVENT_KINDS, details.kind, 'meeting'), ...(start ? { start } : {}), ...(end ? { end } : {}), ...(country ? { host: country } : {}) };
    }
  }
}
