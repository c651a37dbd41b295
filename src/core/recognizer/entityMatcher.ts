// Finds every alias of every entity in one pass, on whole words, longest match first, with case
// and diacritics folded.
import { foldString, foldText, isWordCode } from '../text/fold';
import type { Entity } from '../knowledgeBase/schema';
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { AhoCorasick } from './ahoCorasick';
import type { Mention } from './mention';

interface AliasPattern {
  /** Entities with this folded alias; the first is the recognized one. */
  entityIds: string[];
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
  private readonly automaton: AhoCorasick;
  private readonly patterns: AliasPattern[] = [];

  constructor(private readonly knowledgeBase: KnowledgeBase) {
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
      folds.push(folded);
      this.patterns.push(pattern);
    }
    this.automaton = new AhoCorasick(folds);
  }

  get aliasCount(): number {
    return this.patterns.length;
  }

  /**
   * All whole-word alias matches, before overlaps are resolved: for each one its original span and
   * pattern. Callers choose among overlapping matches (see `selectLongest`).
   */
  findAll(text: string): Mention[] {
    const folded = foldText(text);
    const f = folded.text;
    const origin = folded.origin;
    const found: Mention[] = [];
    const lengths = this.automaton.patternLengths;
    this.automaton.forEachMatch(f, (index, end) => {
      // Whole words only: the folded characters on both sides must not be letters or digits.
      if (end < f.length && isWordCode(f.charCodeAt(end))) return;
      const start = end - lengths[index];
      if (start > 0 && isWordCode(f.charCodeAt(start - 1))) return;
      const pattern = this.patterns[index];
      const from = origin[start];
      const to = origin[end];
      const original = text.slice(from, to);
      if (pattern.capitalsOnly && hasLowercase(original)) return;
      const entity = this.knowledgeBase.get(pattern.entityIds[0])!;
      const mention: Mention = { start: from, end: to, text: original, type: entity.type, id: entity.id, name: entity.name };
      if (pattern.entityIds.length > 1) mention.alternatives = pattern.entityIds.slice(1);
      found.push(mention);
    });
    return found;
  }
}

/**
 * Leftmost-longest selection: among overlapping spans the one that starts first wins, and of those
 * that start together the longest; the result is sorted and free of overlaps.
 */
export function selectLongest<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
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
