// A quick pick over the whole knowledge base that finds entities by what is typed: any name or
// alias in any language, folded as the recognizer folds text (EntitySearch), best matches first,
// each with its type's icon and a line about it at the article's date; and, after them, choices
// of the caller's own (a date, a new entity).
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import { allNames } from '../../core/knowledgeBase/knowledgeBase';
import type { Entity } from '../../core/knowledgeBase/schema';
import { type EntityMatch, EntitySearch } from '../../core/knowledgeBase/search';
import { entityDescription } from './entityDescriptions';
import { iconSyntax, TYPE_ICONS } from './icons';

/** How many entities the pick lists for what is typed. */
const SHOWN = 50;

const searches = new WeakMap<KnowledgeBase, EntitySearch>();

/** The search over a knowledge base, indexed once per knowledge base. */
export function entitySearch(kb: KnowledgeBase): EntitySearch {
  let search = searches.get(kb);
  if (!search) searches.set(kb, (search = new EntitySearch(kb)));
  return search;
}

/** A choice after the entities, always shown: "Date…", "New person…". */
export interface ExtraChoice<K> {
  key: K;
  label: string;
  description?: string;
}

export interface SearchEntityOptions<K> {
  title: string;
  /** What the pick starts with, as if typed: the selected text. */
  value: string;
  /** The article's date, for what is said of each entity (the roles held then). */
  date?: string;
  /** Entities to list first among equals: the recognizer's reading of the text. */
  preferred?: readonly string[];
  extras?: readonly ExtraChoice<K>[];
}

export type SearchEntityResult<K> = { entity: Entity } | { extra: K };

type Item<K> = vscode.QuickPickItem & { result?: SearchEntityResult<K> };

/**
 * The label of a match: the name that matched, so that what the pick highlights is what was
 * found, with the canonical name in the description when the match was another name.
 */
function matchItem<K>(match: EntityMatch, kb: KnowledgeBase, date: string | undefined): Item<K> {
  const { entity, name } = match;
  // The id's slug is searched too, but is no name to show.
  const shownName = name !== entity.name && allNames(entity).includes(name) ? name : entity.name;
  const about = entityDescription(entity, kb, date);
  return {
    label: `${iconSyntax(TYPE_ICONS[entity.type])} ${shownName}`,
    description: shownName === entity.name ? about : [entity.name, about].filter((part) => part).join(' — '),
    alwaysShow: true,
    result: { entity },
  };
}

/** The pick's items for what is typed: the matches in the search's order, then the extras. */
export function searchItems<K>(kb: KnowledgeBase, query: string, options: Pick<SearchEntityOptions<K>, 'date' | 'preferred' | 'extras'>): Item<K>[] {
  const matches = entitySearch(kb).search(query, { limit: SHOWN, preferred: options.preferred });
  const items: Item<K>[] = matches.map((match) => matchItem<K>(match, kb, options.date));
  const extras = options.extras ?? [];
  if (extras.length > 0) {
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    for (const extra of extras) items.push({ label: extra.label, description: extra.description, alwaysShow: true, result: { extra: extra.key } });
  }
  return items;
}

/** Asks for an entity, or one of the extras; undefined when the pick is dismissed. */
export function searchEntity<K>(kb: KnowledgeBase, options: SearchEntityOptions<K>): Promise<SearchEntityResult<K> | undefined> {
  const pick = vscode.window.createQuickPick<Item<K>>();
  pick.title = options.title;
  pick.placeholder = vscode.l10n.t('Type a name or alias, in any language');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  // The order is the search's, which folds what is typed as the recognizer does ("lukas" finds
  // Lukašenko): VS Code would sort by its own match of the label. Every item is shown, and this
  // property of VS Code's quick pick (not yet in the typed API) keeps the order as given.
  (pick as vscode.QuickPick<Item<K>> & { sortByLabel: boolean }).sortByLabel = false;
  const update = () => {
    pick.items = searchItems(kb, pick.value, options);
  };
  pick.value = options.value;
  update();
  return new Promise((resolve) => {
    let result: SearchEntityResult<K> | undefined;
    pick.onDidChangeValue(update);
    pick.onDidAccept(() => {
      result = pick.selectedItems[0]?.result;
      if (result) pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}
