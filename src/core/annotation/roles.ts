// Roles as an annotator records them: the ones the knowledge base says a person held at the
// article's date, and the title the article itself gives ("Defence Minister Sergei Shoigu", "il
// ministro degli Esteri Lavrov", "министр обороны Сергей Шойгу", "Lavrov, the foreign minister").
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Entity, Person, Role } from '../knowledgeBase/schema';
import { foldString } from '../text/fold';

/** A span of time in partial ISO dates (`2022`, `2022-11`, `2022-11-23`); open ends are unbounded. */
export interface Period {
  start?: string;
  end?: string;
}

/**
 * Whether `at` falls in the period. Dates are compared at the precision both have: a role that
 * started in `2018-05` is held on `2018-05-10`, and in `2018`.
 */
export function heldAt(period: Period, at: string): boolean {
  const atStart = (date: string) => at.slice(0, date.length) >= date.slice(0, at.length);
  const atEnd = (date: string) => at.slice(0, date.length) <= date.slice(0, at.length);
  return (!period.start || atStart(period.start)) && (!period.end || atEnd(period.end));
}

/** The person's roles held at `at`; without a date, the roles that have not ended. */
export function rolesAt(person: Person, at: string | undefined): Role[] {
  return person.roles.filter((role) => (at ? heldAt(role, at) : role.end === undefined));
}

/** A title as the article writes it, read as the role the knowledge base would name. */
export interface TitleInText {
  /** The role in English, as the knowledge base writes roles: "Minister of Defence". */
  role: string;
  start: number;
  end: number;
  /** The words as written: "ministro della Difesa". */
  text: string;
}

// Each title, as a pattern over folded text (lower case, no diacritics), and the role it names.
// Russian titles take any case ending: "министр", "министра", "министром".
const RU = '[а-яё]{0,3}';
const TITLE_PATTERNS: readonly (readonly [role: string, pattern: string])[] = [
  ['First Deputy Prime Minister', `first deputy prime ministers?|primo vice primo ministro|перв${RU} вице-премьер${RU}`],
  ['Deputy Prime Minister', `deputy prime ministers?|vice primo ministro|vicepremier|вице-премьер${RU}`],
  ['Deputy Minister of Foreign Affairs', `deputy foreign ministers?|viceministr[oi] degli (?:affari )?esteri|заместител${RU} министра иностранных дел`],
  ['Minister of Foreign Affairs', `foreign ministers?|ministers? of foreign affairs|foreign affairs ministers?|ministr[oi] degli (?:affari )?esteri|capo della diplomazia|министр${RU} иностранных дел|глав${RU} мид`],
  ['Minister of Defence', `defen[cs]e ministers?|ministers? of defen[cs]e|ministr[oi] della difesa|министр${RU} обороны`],
  ['Prime Minister', `prime ministers?|premier|primo ministro|primi ministri|presidente del consiglio|премьер-министр${RU}|премьер${RU}|председател${RU} правительства`],
  ['Vice President', `vice[- ]presidents?|vicepresident[ei]|вице-президент${RU}`],
  ['President', `presidents?|president[ei]|президент${RU}`],
  ['Deputy Secretary General', `deputy secretar(?:y|ies)[- ]generals?|vicesegretari[oi] general[ei]|заместител${RU} генерального секретаря`],
  ['Secretary General', `secretar(?:y|ies)[- ]generals?|segretari[oi] general[ei]|генеральн${RU} секретар${RU}|генсек${RU}`],
  ['Chief of the Joint Staff', `chiefs? of (?:the )?joint staff|capo di stato maggiore congiunto|начальник${RU} объединенного штаба`],
  ['Chief of the General Staff', `chiefs? of (?:the )?general staff|capo di stato maggiore(?: generale)?|начальник${RU} генерального штаба`],
  ['Spokesperson of the Ministry of Foreign Affairs', `foreign ministry spokes(?:man|woman|person)|portavoce del ministero degli esteri|официальн${RU} представител${RU} мид`],
  ['Spokesperson', `spokes(?:man|woman|person)|portavoce`],
  ['Press Secretary', `press secretar(?:y|ies)|addett[oa] stampa|пресс-секретар${RU}`],
  ['Ambassador', `ambassadors?|ambasciat(?:ore|rice|ori)|посол|посла|послом`],
];

const TITLE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${TITLE_PATTERNS.map(([, p]) => `(${p})`).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');

/**
 * The titles in `text`, in order. Matched on folded text; offsets and words are the original's.
 * Folding keeps one unit per unit for the letters of titles, so offsets carry over.
 */
export function findTitles(text: string): TitleInText[] {
  const folded = foldForTitles(text);
  const found: TitleInText[] = [];
  for (const match of folded.matchAll(TITLE)) {
    const group = match.slice(1).findIndex((g) => g !== undefined);
    const start = match.index;
    const end = start + match[0].length;
    found.push({ role: TITLE_PATTERNS[group][0], start, end, text: text.slice(start, end) });
  }
  return found;
}

/** Lower case, diacritics off, one unit for one unit (so offsets need no map): ё stays ё, é becomes e. */
function foldForTitles(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch.length === 1 ? ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') : ch;
    out += folded.length === ch.length ? folded : ch;
  }
  return out.replace(/[\u2010-\u2014]/g, '-').replace(/[\u00a0\t]/g, ' ').replace(/ё/g, 'е');
}

/** How far before a name its title may stand, and what may lie between: a few words, no clause break. */
const BEFORE_WINDOW = 80;
const MAX_WORDS_BETWEEN = 4;
const AFTER_WINDOW = 60;

/**
 * The title the article gives the name at [start, end): just before it ("Russian Defence Minister
 * Sergei Shoigu", "il ministro degli Esteri russo Lavrov"), or right after a comma ("Lavrov, the
 * Russian foreign minister"). Undefined when the text gives none.
 */
export function titleNear(text: string, start: number, end: number): TitleInText | undefined {
  const from = Math.max(0, start - BEFORE_WINDOW);
  const before = findTitles(text.slice(from, start))
    .map((t) => ({ ...t, start: t.start + from, end: t.end + from }))
    .filter((t) => isShortPhrase(text.slice(t.end, start)));
  if (before.length > 0) return before[before.length - 1];
  const after = text.slice(end, end + AFTER_WINDOW);
  const lead = /^,\s+(?:(?:the|il|la|lo|l['’])\s*)?/iu.exec(after);
  if (!lead) return undefined;
  const [first] = findTitles(after).filter((t) => t.start >= lead[0].length && isShortPhrase(after.slice(lead[0].length, t.start)));
  return first && { ...first, start: first.start + end, end: first.end + end };
}

/** A few words and spaces, without the punctuation that ends a clause. */
function isShortPhrase(between: string): boolean {
  if (/[.;:!?()"“”«»\n,]/.test(between)) return false;
  return between.split(/\s+/).filter((w) => w.length > 0).length <= MAX_WORDS_BETWEEN;
}

/** The titles of TITLE_PATTERNS that are posts of an international organization, not of a state. */
const ORGANIZATION_POSTS = new Set(['Secretary General', 'Deputy Secretary General', 'Chief of the Joint Staff']);

/** A role to offer for a person, with where the suggestion comes from. */
export interface RoleSuggestion {
  role: string;
  country?: string;
  organization?: string;
  /** `text`: the article gives the title; `knowledge base`: the person held the role at the article's date. */
  source: 'text' | 'knowledge base';
}

/**
 * The roles to offer when recording a role of `person`: the title the text gives first (with the
 * country or organization named beside it, else the one of the knowledge base's matching role),
 * then the roles the knowledge base says were held at `at`.
 */
export function suggestRoles(person: Person, at: string | undefined, title?: { role: string; country?: string; organization?: string }): RoleSuggestion[] {
  const held = rolesAt(person, at);
  const out: RoleSuggestion[] = [];
  if (title) {
    // The office as held at the date, else as ever held: what it is held for does not change.
    const sameRole = [...held, ...person.roles].filter((r) => r.role === title.role);
    const known = sameRole.find((r) => (!title.country || r.country === title.country) && (!title.organization || r.organization === title.organization)) ?? sameRole[0];
    // What the title is held for: as the text says, else as the knowledge base's same role says
    // (a CSTO office is held for the organization, not for the holder's country).
    const organization = title.organization ?? (title.country ? undefined : known?.organization);
    // An organization's post the text names alone ("Secretary General Tasmagambetov") is held for
    // that organization, never for the holder's country: it is left for the annotator to say.
    const country = title.country ?? (known ? known.country : organization || ORGANIZATION_POSTS.has(title.role) ? undefined : person.country);
    out.push({ role: title.role, country, organization, source: 'text' });
  }
  for (const r of held) {
    if (out.some((s) => s.role === r.role && s.country === r.country && s.organization === r.organization)) continue;
    out.push({ role: r.role, country: r.country, organization: r.organization, source: 'knowledge base' });
  }
  return out;
}

/** States by every folded name, alias and demonym: "belarusian", "bielorussi", "белорусский". */
export class StateNames {
  private readonly byWord = new Map<string, string>();

  constructor(knowledgeBase: KnowledgeBase) {
    for (const entity of knowledgeBase.entities()) {
      if (entity.type !== 'place' || entity.kind !== 'state') continue;
      for (const name of namesAndDemonyms(entity)) {
        const folded = foldString(name);
        if (!this.byWord.has(folded)) this.byWord.set(folded, entity.id);
      }
    }
  }

  /** The state a single word or name names, or undefined. */
  stateOf(word: string): string | undefined {
    return this.byWord.get(foldString(word));
  }

  /** The states named by the words of `text` (names of one word, and demonyms), in order, each once. */
  statesIn(text: string): { id: string; start: number; end: number }[] {
    const out: { id: string; start: number; end: number }[] = [];
    const seen = new Set<string>();
    for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const id = this.stateOf(match[0]);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      out.push({ id, start: match.index, end: match.index + match[0].length });
    }
    return out;
  }
}

function namesAndDemonyms(place: Extract<Entity, { type: 'place' }>): string[] {
  const names = [place.name, ...Object.values(place.aliases).flat()];
  for (const list of Object.values(place.demonyms ?? {})) names.push(...list);
  return names;
}
