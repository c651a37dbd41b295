// The recognizer's alias matching as it was first written, kept as the benchmark's oracle: fold the
// whole text with its offset map, run the plain automaton over it, keep whole words, map back. The
// fast matcher must find exactly the same mentions; the benchmark refuses to report otherwise.
import type { KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { AhoCorasick } from '../../src/core/reanchor/ahoCorasick';
import { EntityMatcher, foldedNamesOf, selectLongest } from '../../src/core/recognizer/entityMatcher';
import type { Mention } from '../../src/core/recognizer/mention';
import { foldText, isWordCode } from '../../src/core/text/fold';

/** The folded names the recognizer looks for: the knowledge base's, with their case forms. */
export function foldedAliases(knowledgeBase: KnowledgeBase): readonly string[] {
  return foldedNamesOf(knowledgeBase);
}

/**
 * Scans as the first matcher did; what a match means (the entity, capitals, an edition's year) is
 * the recognizer's own rule, asked of it per match: the reference checks the scanning.
 */
export class ReferenceMatcher {
  private readonly matcher: EntityMatcher;
  private readonly automaton: AhoCorasick;

  constructor(knowledgeBase: KnowledgeBase) {
    this.matcher = new EntityMatcher(knowledgeBase);
    this.automaton = new AhoCorasick(foldedNamesOf(knowledgeBase));
  }

  entities(text: string): Mention[] {
    const { text: f, origin } = foldText(text);
    const found: Mention[] = [];
    this.automaton.forEachMatch(f, (index, end) => {
      if (end < f.length && isWordCode(f.charCodeAt(end))) return;
      const start = end - this.automaton.patternLengths[index];
      if (start > 0 && isWordCode(f.charCodeAt(start - 1))) return;
      const mention = this.matcher.mentionAt(text, index, origin[start], origin[end]);
      if (mention) found.push(mention);
    });
    return this.matcher.splitCompounds(text, selectLongest(found));
  }
}

/** The first difference between two lists of mentions, or undefined when they are the same. */
export function firstDifference(a: readonly Mention[], b: readonly Mention[]): string | undefined {
  const key = (m: Mention) => `${m.start}-${m.end} ${m.type} ${m.id ?? ''} ${JSON.stringify(m.text)} ${(m.alternatives ?? []).join(',')}`;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ka = a[i] ? key(a[i]) : '(none)';
    const kb = b[i] ? key(b[i]) : '(none)';
    if (ka !== kb) return `mention ${i}: ${ka} ≠ ${kb}`;
  }
  return undefined;
}
