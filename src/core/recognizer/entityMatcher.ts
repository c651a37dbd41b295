// Finds every alias of every entity in one pass, on whole words, longest match first, with case
// and diacritics folded.
import { foldString } from '../text/fold';
import type { Entity } from '../knowledgeBase/schema';
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { FoldedWordAutomaton } from './ahoCorasick';
import type { Mention } from './mention';

interface AliasPattern {
  /** Entities with this folded alias; the first is the recognized one. */
  entityIds: string[];
  /** The recognized entity: the first of `entityIds`. */
  entity?: Entity;
  /** Acronyms (CSTO, UN, ОДКБ) only match text written in capitals too: "un" is an Italian article. */
  capitalsOnly: boolean;
}

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
  private readonly automaton: FoldedWordAutomaton;
  private readonly patterns: AliasPattern[] = [];

  constructor(knowledgeBase: KnowledgeBase) {
    const byFolded = new Map<string, { pattern: AliasPattern; canonical: Set<string> }>();
    for (const entity of knowledgeBase.entities()) {
      for (const alias of allNames(entity)) {
        const folded = foldString(alias);
        // One letter matches everywhere; such an alias would only make noise.
        if (folded.length < 2) continue;
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
    for (const [folded, { pattern, canonical }] of byFolded) {
      pattern.entityIds.sort((a, b) => {
        const ca = canonical.has(a) ? 0 : 1;
        const cb = canonical.has(b) ? 0 : 1;
        if (ca !== cb) return ca - cb;
        const ta = TYPE_ORDER[knowledgeBase.get(a)!.type];
        const tb = TYPE_ORDER[knowledgeBase.get(b)!.type];
        return ta - tb || (a < b ? -1 : a > b ? 1 : 0);
      });
      pattern.entity = knowledgeBase.get(pattern.entityIds[0]);
      folds.push(folded);
      this.patterns.push(pattern);
    }
    this.automaton = new FoldedWordAutomaton(folds);
  }

  get aliasCount(): number {
    return this.patterns.length;
  }

  /**
   * All whole-word alias matches, before overlaps are resolved: for each one its original span and
   * pattern. Callers choose among overlapping matches (see `selectLongest`).
   */
  findAll(text: string): Mention[] {
    // Whole words only, with case and diacritics folded: the automaton reads the text as
    // `foldText` folds it, without the folded copy, and gives offsets in the original.
    const matches = this.automaton.findAll(text);
    const found: Mention[] = [];
    for (let k = 0; k < matches.count; k++) {
      const pattern = this.patterns[matches.pattern[k]];
      const from = matches.start[k];
      const to = matches.end[k];
      const original = text.slice(from, to);
      if (pattern.capitalsOnly && hasLowercase(original)) continue;
      const entity = pattern.entity!;
      const mention: Mention = { start: from, end: to, text: original, type: entity.type, id: entity.id, name: entity.name };
      if (pattern.entityIds.length > 1) mention.alternatives = pattern.entityIds.slice(1);
      found.push(mention);
    }
    // The automaton finds matches by their end; overlapping ones come a little out of start order.
    // Put them in the order `selectLongest` wants, which then needs no sort of its own.
    sortNearlySorted(found);
    return found;
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

/** Sorts by start, longest first, in place: an insertion sort, for input whose few inversions are local. */
function sortNearlySorted(spans: { start: number; end: number }[]): void {
  let moves = 0;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i];
    let j = i - 1;
    if (byStartThenLongest(spans[j], span) <= 0) continue;
    while (j >= 0 && byStartThenLongest(spans[j], span) > 0) {
      spans[j + 1] = spans[j];
      j--;
      // Far from sorted after all: let the general sort finish.
      if (++moves > 4 * spans.length) {
        spans[j + 1] = span;
        spans.sort(byStartThenLongest);
        return;
      }
    }
    spans[j + 1] = span;
  }
}
