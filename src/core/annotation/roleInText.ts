// The role an article gives a person where it names them ("Il presidente kazako Kassym-Jomart
// Tokayev", "Prime Minister of Armenia Nikol Pashinyan", "Presidents Kassym-Jomart Tokayev of
// Kazakhstan"): the title, and the state or organization it is held for, as the text names them.
// What an annotator records as a role fact, with the words that are its evidence.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Person } from '../knowledgeBase/schema';
import type { Mention } from '../recognizer/mention';
import { type RoleSuggestion, StateNames, suggestRoles, titleNear, type TitleInText } from './roles';

/** A state or organization the text names, and where; with the recognized mention there, if any. */
export interface NamedHolder {
  id: string;
  start: number;
  end: number;
  mention?: Mention;
}

export interface RoleInText {
  title: TitleInText;
  country?: NamedHolder;
  organization?: NamedHolder;
}

/** "of", "di", "per la" and the like between a name and the country it stands for: "Tokayev of Kazakhstan". */
const OF_AFTER = /^[ \t\u00a0]+(?:of|from|di|del|della|dell['’]|per[ \t\u00a0]+(?:la|il|l['’]))[ \t\u00a0]*/iu;
/** The words after "of" that can name the country: "of the Kyrgyz Republic". */
const WORDS_AFTER_OF = /^(?:[\p{L}\p{M}'’-]+[ \t\u00a0]*){1,3}/u;
/** A word right before a title, with nothing but spaces between: the "Russian" of "Russian President". */
const WORD_BEFORE = /[\p{L}\p{M}'’-]+[ \t\u00a0]+$/u;

const stateNamesOf = new WeakMap<KnowledgeBase, StateNames>();

/** The knowledge base's states by name and demonym, built once per knowledge base. */
export function stateNames(knowledgeBase: KnowledgeBase): StateNames {
  let names = stateNamesOf.get(knowledgeBase);
  if (!names) stateNamesOf.set(knowledgeBase, (names = new StateNames(knowledgeBase)));
  return names;
}

/**
 * The title the text gives the person named at [start, end), with the state or organization it
 * names beside it: in the words around the title and the name ("Armenian Prime Minister", "il
 * presidente della Bielorussia", "Lavrov, the Russian foreign minister") or just after the name
 * ("Tokayev of Kazakhstan", "Putin per la Russia"). Undefined when the text gives no title.
 * `mentions` are the article's recognized mentions, whose places and organizations count first.
 */
export function roleInText(text: string, start: number, end: number, mentions: readonly Mention[], knowledgeBase: KnowledgeBase): RoleInText | undefined {
  const title = titleNear(text, start, end);
  if (!title) return undefined;
  const regions = holderRegions(text, start, end, title);
  const country = firstHolder(regions, (from, to) => statesBetween(text, from, to, mentions, knowledgeBase));
  const organization = firstHolder(regions, (from, to) =>
    mentions
      .filter((m) => m.type === 'organization' && m.id && from <= m.start && m.end <= to && (m.end <= title.start || m.start >= title.end))
      .map((m) => ({ id: m.id!, start: m.start, end: m.end, mention: m })),
  );
  return { title, ...(country ? { country } : {}), ...(organization ? { organization } : {}) };
}

/**
 * Where the text may name what a title is held for, nearest first: between the title and the
 * name, the word before the title, and an "of …" after the name (or after the title, when the
 * title follows the name).
 */
function holderRegions(text: string, start: number, end: number, title: TitleInText): [number, number][] {
  const before = title.end <= start;
  const between: [number, number] = before ? [title.end, start] : [end, title.start];
  const lead = WORD_BEFORE.exec(text.slice(Math.max(0, title.start - 40), title.start));
  const wordBefore: [number, number] = lead ? [title.start - lead[0].length, title.start] : [title.start, title.start];
  const after = before ? end : title.end;
  const of = OF_AFTER.exec(text.slice(after, after + 80));
  const words = of ? WORDS_AFTER_OF.exec(text.slice(after + of[0].length, after + 80)) : null;
  const ofAfter: [number, number] = of && words ? [after, after + of[0].length + words[0].length] : [after, after];
  return [between, wordBefore, ofAfter];
}

function firstHolder(regions: readonly [number, number][], found: (from: number, to: number) => NamedHolder[]): NamedHolder | undefined {
  for (const [from, to] of regions) {
    if (to <= from) continue;
    const [first] = found(from, to).sort((a, b) => a.start - b.start);
    if (first) return first;
  }
  return undefined;
}

/** The states named in [from, to): recognized place mentions of states first, then names and demonyms. */
export function statesBetween(text: string, from: number, to: number, mentions: readonly Mention[], knowledgeBase: KnowledgeBase): NamedHolder[] {
  const found: NamedHolder[] = [];
  for (const m of mentions) {
    if (m.type !== 'place' || !m.id || m.start < from || m.end > to) continue;
    const place = knowledgeBase.get(m.id);
    if (place?.type === 'place' && place.kind === 'state') found.push({ id: m.id, start: m.start, end: m.end, mention: m });
  }
  for (const word of stateNames(knowledgeBase).statesIn(text.slice(from, to))) {
    const start = from + word.start;
    const end = from + word.end;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ id: word.id, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The roles to offer for the person named at [start, end), as `suggestRoles` orders them, with the
 * text's title read with what it is held for.
 */
export function suggestRolesInText(person: Person, at: string | undefined, found: RoleInText | undefined): RoleSuggestion[] {
  if (!found) return suggestRoles(person, at);
  const { title, country, organization } = found;
  return suggestRoles(person, at, { role: title.role, country: country?.id, organization: organization?.id });
}

/**
 * The role the text gives, when the knowledge base agrees: the person held that very role (for
 * the same state or organization) at `at`. What can be recorded in one click.
 */
export function confirmedRole(person: Person, at: string | undefined, found: RoleInText | undefined): RoleSuggestion | undefined {
  const [first] = suggestRolesInText(person, at, found);
  if (first?.source !== 'text') return undefined;
  const same = (k: RoleSuggestion) => k.role === first.role && k.country === first.country && k.organization === first.organization;
  return suggestRoles(person, at).some(same) ? first : undefined;
}
