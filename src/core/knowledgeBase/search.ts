// Finds entities by what an annotator types: any name or alias, in any language and script, folded
// the way the recognizer folds text ("lukas" finds Lukashenko, "erevan" Yerevan, "одкб" the CSTO),
// best matches first. Used by the pick behind "Annotate selection as…".
import { foldString } from '../text/fold';
import type { KnowledgeBase } from './knowledgeBase';
import { allNames } from './knowledgeBase';
import type { Entity, EntityType } from './schema';

export interface EntityMatch {
  entity: Entity;
  /** The name or alias that matched best, as written in the knowledge base. */
  name: string;
  score: number;
}

export interface SearchOptions {
  /** At most this many matches (default 50). */
  limit?: number;
  /** Only entities of this type. */
  type?: EntityType;
  /** Entities to rank first among equals (the recognizer's reading of the text). */
  preferred?: readonly string[];
}

interface IndexedName {
  /** As written in the knowledge base. */
  name: string;
  folded: string;
  /** The folded words of the name. */
  words: string[];
}

interface IndexedEntity {
  entity: Entity;
  names: IndexedName[];
}

// How well a name matches, from best to worst; the gaps leave room for the small bonuses below.
const EXACT = 1000;
const PREFIX = 800;
const WORD_PREFIX = 600;
const ALL_WORDS = 500;
const INSIDE = 300;
/** A match on the canonical name rather than an alias. */
const CANONICAL_BONUS = 5;
const PREFERRED_BONUS = 50;

function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** How well `name` matches the folded query; 0 when it does not. */
function nameScore(name: IndexedName, query: string, queryWords: readonly string[]): number {
  const { folded, words } = name;
  if (folded === query) return EXACT;
  // Shorter names first among prefixes: "Minsk" before "Minsk Region" for "mins".
  if (folded.startsWith(query)) return PREFIX - Math.min(100, folded.length - query.length);
  if (queryWords.length === 1 && words.some((w) => w.startsWith(query))) return WORD_PREFIX;
  if (queryWords.length > 1 && everyWordStartsOne(queryWords, words)) return ALL_WORDS;
  if (query.length >= 3 && folded.includes(query)) return INSIDE;
  return 0;
}

/** True when each query word starts a different word of the name ("vlad put" → Vladimir Putin). */
function everyWordStartsOne(queryWords: readonly string[], words: readonly string[]): boolean {
  const used = new Set<number>();
  return queryWords.every((q) => {
    const i = words.findIndex((w, k) => !used.has(k) && w.startsWith(q));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

/** The entities of a knowledge base, indexed once by their folded names. */
export class EntitySearch {
  private indexed: IndexedEntity[] | undefined;

  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  private index(): IndexedEntity[] {
    this.indexed ??= [...this.knowledgeBase.entities()].map((entity) => {
      // The id's slug is a name too: "vladimir-putin" is how the fact files spell it.
      const slug = entity.id.slice(entity.id.indexOf(':') + 1).replace(/-/g, ' ');
      const names = [...allNames(entity), slug].map((name): IndexedName => {
        const folded = foldString(name);
        return { name, folded, words: wordsOf(folded) };
      });
      return { entity, names: names.filter((n) => n.folded.length > 0) };
    });
    return this.indexed;
  }

  /**
   * The entities whose names match `query`, best first. An empty query gives the preferred
   * entities, then the rest by name.
   */
  search(query: string, options: SearchOptions = {}): EntityMatch[] {
    const limit = options.limit ?? 50;
    const preferred = new Set(options.preferred ?? []);
    const folded = foldString(query);
    const queryWords = wordsOf(folded);
    const matches: EntityMatch[] = [];
    for (const { entity, names } of this.index()) {
      if (options.type && entity.type !== options.type) continue;
      const bonus = preferred.has(entity.id) ? PREFERRED_BONUS : 0;
      if (folded === '') {
        matches.push({ entity, name: entity.name, score: bonus });
        continue;
      }
      let best: EntityMatch | undefined;
      for (const [i, name] of names.entries()) {
        const score = nameScore(name, folded, queryWords);
        if (score === 0) continue;
        const total = score + (i === 0 ? CANONICAL_BONUS : 0) + bonus;
        if (!best || total > best.score) best = { entity, name: name.name, score: total };
      }
      if (best) matches.push(best);
    }
    matches.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name) || (a.entity.id < b.entity.id ? -1 : 1));
    return matches.slice(0, limit);
  }
}
