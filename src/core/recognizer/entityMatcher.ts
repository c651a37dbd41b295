// Finds every alias of every entity in one pass, on whole words, longest match first, with case
// and diacritics folded.
import { aliasRefusal } from '../knowledgeBase/aliasRules';
import { foldString, isInvisible } from '../text/fold';
import type { Entity } from '../knowledgeBase/schema';
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { FoldedWordMatcher } from './wordMatcher';
import type { Mention } from './mention';

interface AliasPattern {
  /** Entities with this folded alias; the first is the recognized one. */
  entityIds: string[];
  /** Acronyms (CSTO, UN, ОДКБ) only match text written in capitals too: "un" is an Italian article. */
  capitalsOnly: boolean;
}

// Per alias, in `aliasInfo`: these flags, and above them the index of its entity.
const CAPITALS_ONLY = 1;
const AMBIGUOUS = 2;
const ENTITY_SHIFT = 2;

/** An alias in capitals, such as CSTO or ОДКБ, of at most six letters. */
function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function hasLowercase(s: string): boolean {
  return s !== s.toUpperCase();
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
    const byFolded = new Map<string, { pattern: AliasPattern; canonical: Set<string> }>();
    for (const entity of knowledgeBase.entities()) {
      for (const alias of allNames(entity)) {
        const folded = foldString(alias);
        // Punctuation, one letter or a common word would be found everywhere (aliasRules.ts).
        if (aliasRefusal(alias, entity, folded)) continue;
        let entry = byFolded.get(folded);
        if (!entry) {
          entry = { pattern: { entityIds: [], capitalsOnly: true }, canonical: new Set() };
          byFolded.set(folded, entry);
        }
        if (!entry.pattern.entityIds.includes(entity.id)) entry.pattern.entityIds.push(entity.id);
        // Capitals are required only when every spelling of the alias is an acronym.
        if (!isAcronym(alias)) entry.pattern.capitalsOnly = false;
        if (foldString(entity.name) === folded) entry.canonical.add(entity.id);
      }
    }
    const folds: string[] = [];
    this.aliasInfo = new Int32Array(byFolded.size);
    const entityIndex = new Map<string, number>();
    for (const [folded, { pattern, canonical }] of byFolded) {
      pattern.entityIds.sort((a, b) => {
        const ca = canonical.has(a) ? 0 : 1;
        const cb = canonical.has(b) ? 0 : 1;
        if (ca !== cb) return ca - cb;
        const ta = TYPE_ORDER[knowledgeBase.get(a)!.type];
        const tb = TYPE_ORDER[knowledgeBase.get(b)!.type];
        return ta - tb || (a < b ? -1 : a > b ? 1 : 0);
      });
      const entity = knowledgeBase.get(pattern.entityIds[0])!;
      const index = folds.length;
      let entityAt = entityIndex.get(entity.id);
      if (entityAt === undefined) {
        entityAt = entityIndex.size;
        entityIndex.set(entity.id, entityAt);
        this.entityFields.push(entity.type, entity.id, entity.name);
      }
      this.alternatives.push(pattern.entityIds.length > 1 ? pattern.entityIds.slice(1) : undefined);
      this.aliasInfo[index] = (entityAt << ENTITY_SHIFT) | (pattern.capitalsOnly ? CAPITALS_ONLY : 0) | (pattern.entityIds.length > 1 ? AMBIGUOUS : 0);
      folds.push(folded);
    }
    this.words = new FoldedWordMatcher(folds);
  }

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
   * most of the cost of a match is its object, and leftmost-longest drops a third of them.
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
    return (this.aliasInfo[alias] & CAPITALS_ONLY) === 0 || !hasLowercase(text.slice(start, end));
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
