// Finds every alias of every entity in one pass, on whole words, longest match first, with case
// and diacritics folded.
import { aliasRefusal } from '../knowledgeBase/aliasRules';
import { foldString, isInvisible } from '../text/fold';
import type { Entity } from '../knowledgeBase/schema';
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { russianCaseForms } from './russianForms';
import { FoldedWordMatcher } from './wordMatcher';
import type { Mention } from './mention';

// Per alias, in `aliasInfo`: these flags, and above them the index of its entity.
const CAPITALS_ONLY = 1;
const AMBIGUOUS = 2;
const INITIAL_CAPITAL = 4;
const ENTITY_SHIFT = 3;

/** An alias in capitals, such as CSTO or ОДКБ, of at most six letters. */
function isAcronym(alias: string): boolean {
  // Most aliases are names with a small letter early on: no need to look further.
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f)) return false;
  }
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function hasLowercase(s: string): boolean {
  return s !== s.toUpperCase();
}

function hasUppercase(s: string): boolean {
  return s !== s.toLowerCase();
}

// When one alias names several entities, the one for which it is the canonical name wins, then
// people before organizations before places before events.
const TYPE_ORDER: Record<Entity['type'], number> = { person: 0, organization: 1, place: 2, event: 3 };

export class EntityMatcher {
  private readonly words: FoldedWordMatcher;
  // What a mention of each alias says, in flat arrays by alias index rather than in an object per
  // alias: building a hundred thousand mentions then reads a few neighbouring cells, not objects
  // spread over the heap, and small enough to stay in the processor's cache. `entityFields` holds
  // each entity's type, id and name, three cells each.
  private readonly entityFields: string[] = [];
  private readonly aliasInfo: Int32Array;
  /** The other entities of an ambiguous alias: a mention gets its own copy. */
  private readonly alternatives: (string[] | undefined)[] = [];

  constructor(knowledgeBase: KnowledgeBase) {
    // Per distinct folded alias, in the order first met: its first entity, whether that entity
    // has it as its canonical name, the other entities that have it, and whether every spelling
    // of it is an acronym (then capitals are required). Flat arrays rather than an object per
    // alias: a large knowledge base has hundreds of thousands.
    const indexOf = new Map<string, number>();
    const folds: string[] = [];
    const firstIds: string[] = [];
    const firstCanonical: boolean[] = [];
    const capitalsOnly: boolean[] = [];
    const initialCapital: boolean[] = [];
    const others = new Map<number, { id: string; canonical: boolean }[]>();
    const add = (entity: Entity, folded: string, canonical: boolean, acronym: boolean, capitalized: boolean): void => {
      const k = indexOf.get(folded);
      if (k === undefined) {
        indexOf.set(folded, folds.length);
        folds.push(folded);
        firstIds.push(entity.id);
        firstCanonical.push(canonical);
        capitalsOnly.push(acronym);
        initialCapital.push(capitalized);
        return;
      }
      // Capitals are required only when every spelling of the alias requires them.
      if (capitalsOnly[k] && !acronym) capitalsOnly[k] = false;
      if (initialCapital[k] && !capitalized) initialCapital[k] = false;
      if (firstIds[k] === entity.id) {
        if (canonical) firstCanonical[k] = true;
        return;
      }
      let list = others.get(k);
      if (!list) others.set(k, (list = []));
      const known = list.find((o) => o.id === entity.id);
      if (known) known.canonical ||= canonical;
      else list.push({ id: entity.id, canonical });
    };
    const entities = [...knowledgeBase.entities()];
    for (const entity of entities) {
      const foldedName = foldString(entity.name);
      for (const alias of allNames(entity)) {
        const folded = alias === entity.name ? foldedName : foldString(alias);
        // Punctuation, one letter or a common word would be found everywhere (aliasRules.ts).
        if (aliasRefusal(alias, entity, folded)) continue;
        add(entity, folded, folded === foldedName, isAcronym(alias), false);
      }
    }
    // The Russian case forms of the names, after every name as written: a form that is another
    // entity's name as written ("Жапарова", the nominative of a woman's surname) stays that
    // entity's. A one-word form is matched only with its capital, as names are written: in small
    // letters it is as likely an ordinary word ("запада", "мира").
    const written = indexOf.size;
    for (const entity of entities) {
      for (const alias of allNames(entity)) {
        for (const form of russianCaseForms(alias, entity.type)) {
          const folded = foldString(form);
          const k = indexOf.get(folded);
          if ((k !== undefined && k < written) || aliasRefusal(form, entity, folded)) continue;
          add(entity, folded, false, false, !form.includes(' ') && hasUppercase(form[0]));
        }
      }
    }
    this.aliasInfo = new Int32Array(folds.length);
    const entityIndex = new Map<string, number>();
    for (let index = 0; index < folds.length; index++) {
      let entityIds = [firstIds[index]];
      const more = others.get(index);
      if (more) {
        const candidates = [{ id: firstIds[index], canonical: firstCanonical[index] }, ...more];
        candidates.sort((a, b) => {
          if (a.canonical !== b.canonical) return a.canonical ? -1 : 1;
          const ta = TYPE_ORDER[knowledgeBase.get(a.id)!.type];
          const tb = TYPE_ORDER[knowledgeBase.get(b.id)!.type];
          return ta - tb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        });
        entityIds = candidates.map((c) => c.id);
      }
      const entity = knowledgeBase.get(entityIds[0])!;
      let entityAt = entityIndex.get(entity.id);
      if (entityAt === undefined) {
        entityAt = entityIndex.size;
        entityIndex.set(entity.id, entityAt);
        this.entityFields.push(entity.type, entity.id, entity.name);
      }
      this.alternatives.push(entityIds.length > 1 ? entityIds.slice(1) : undefined);
      this.aliasInfo[index] =
        (entityAt << ENTITY_SHIFT) | (capitalsOnly[index] ? CAPITALS_ONLY : 0) | (initialCapital[index] ? INITIAL_CAPITAL : 0) | (entityIds.length > 1 ? AMBIGUOUS : 0);
    }
    this.words = new FoldedWordMatcher(folds);
    this.writtenNameCount = written;
  }

  /** Distinct names as the knowledge base writes them, before their case forms are added. */
  readonly writtenNameCount: number;

  /** Distinct names matched, case forms included. */
  get aliasCount(): number {
    return this.aliasInfo.length;
  }

  /**
   * All whole-word alias matches, before overlaps are resolved: for each one its original span and
   * pattern. Callers choose among overlapping matches (see `selectLongest`). Left out are those
   * that start where a longer match starts: leftmost-longest never chooses them, whatever other
   * spans it is given (the longer one comes first and either is chosen or is skipped for a span
   * that covers their start too).
   */
  findAll(text: string): Mention[] {
    // Whole words only, with case and diacritics folded: the matcher reads the text as `foldText`
    // folds it, without the folded copy, and gives offsets in the original, sorted by start and
    // longest first, the order `selectLongest` wants.
    const matches = this.words.findAll(text);
    const found: Mention[] = [];
    let taken = -1;
    for (let k = 0; k < matches.count; k++) {
      const start = matches.start[k];
      if (start === taken || !this.accepts(text, matches.pattern[k], start, matches.end[k])) continue;
      taken = start;
      found.push(this.mention(text, matches.pattern[k], start, matches.end[k]));
    }
    return found;
  }

  /**
   * `selectLongest(findAll(text))`, choosing on the matcher's numbers before building any mention:
   * most of the cost of a match is its object, and leftmost-longest drops many of them.
   */
  findLongest(text: string): Mention[] {
    const matches = this.words.findAll(text);
    const { start: starts, end: ends, pattern: patterns } = matches;
    const found: Mention[] = [];
    let taken = -1;
    let reached = -1;
    for (let k = 0; k < matches.count; k++) {
      const start = starts[k];
      // `selectLongest` takes a sorted list as it is; the matcher promises that order.
      if (k > 0 && (start < starts[k - 1] || (start === starts[k - 1] && ends[k] >= ends[k - 1]))) return selectLongest(this.findAll(text));
      if (start === taken || start < reached || !this.accepts(text, patterns[k], start, ends[k])) continue;
      taken = start;
      reached = ends[k];
      found.push(this.mention(text, patterns[k], start, ends[k]));
    }
    return found;
  }

  private accepts(text: string, alias: number, start: number, end: number): boolean {
    const info = this.aliasInfo[alias];
    if ((info & INITIAL_CAPITAL) !== 0 && !hasUppercase(text[start])) return false;
    return (info & CAPITALS_ONLY) === 0 || !hasLowercase(text.slice(start, end));
  }

  private mention(text: string, alias: number, start: number, end: number): Mention {
    // An invisible character right after the alias folds to nothing and ends no word, so the
    // match reaches past it; the mention ends where the name does.
    while (end > start && text.charCodeAt(end - 1) >= 0xad && isInvisible(text.charCodeAt(end - 1))) end--;
    const info = this.aliasInfo[alias];
    const at = 3 * (info >> ENTITY_SHIFT);
    const { entityFields } = this;
    const type = entityFields[at] as Entity['type'];
    const id = entityFields[at + 1];
    const name = entityFields[at + 2];
    const original = text.slice(start, end);
    // One literal per shape, so that every mention is built the same way.
    return (info & AMBIGUOUS) === 0
      ? { start, end, text: original, type, id, name }
      : { start, end, text: original, type, id, name, alternatives: this.alternatives[alias]!.slice() };
  }
}

/**
 * Leftmost-longest selection: among overlapping spans the one that starts first wins, and of those
 * that start together the longest; the result is sorted and free of overlaps.
 */
export function selectLongest<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = isSorted(spans) ? spans : [...spans].sort(byStartThenLongest);
  const chosen: T[] = [];
  let reached = -1;
  for (const span of sorted) {
    if (span.start >= reached) {
      chosen.push(span);
      reached = span.end;
    }
  }
  return chosen;
}

function byStartThenLongest(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function isSorted(spans: readonly { start: number; end: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStartThenLongest(spans[i - 1], spans[i]) > 0) return false;
  return true;
}
