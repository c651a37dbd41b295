// The recognizer's alias matching as it was first written, kept as the benchmark's oracle: fold the
// whole text with its offset map, run the plain automaton over it, keep whole words, map back. The
// fast matcher must find exactly the same mentions; the benchmark refuses to report otherwise.
import { aliasRefusal } from '../../src/core/knowledgeBase/aliasRules';
import { allNames, type KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { Entity } from '../../src/core/knowledgeBase/schema';
import { AhoCorasick } from '../../src/core/reanchor/ahoCorasick';
import { selectLongest } from '../../src/core/recognizer/entityMatcher';
import type { Mention } from '../../src/core/recognizer/mention';
import { foldString, foldText, isWordCode } from '../../src/core/text/fold';

const TYPE_ORDER: Record<Entity['type'], number> = { person: 0, organization: 1, place: 2, event: 3 };

function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The folded aliases of a knowledge base, deduplicated, with what each one names. */
export function foldedAliases(knowledgeBase: KnowledgeBase): { folded: string; entityIds: string[]; capitalsOnly: boolean }[] {
  const byFolded = new Map<string, { entityIds: string[]; capitalsOnly: boolean; canonical: Set<string> }>();
  for (const entity of knowledgeBase.entities()) {
    for (const alias of allNames(entity)) {
      const folded = foldString(alias);
      if (aliasRefusal(alias, entity, folded)) continue;
      let entry = byFolded.get(folded);
      if (!entry) byFolded.set(folded, (entry = { entityIds: [], capitalsOnly: true, canonical: new Set() }));
      if (!entry.entityIds.includes(entity.id)) entry.entityIds.push(entity.id);
      if (!isAcronym(alias)) entry.capitalsOnly = false;
      if (foldString(entity.name) === folded) entry.canonical.add(entity.id);
    }
  }
  return [...byFolded].map(([folded, { entityIds, capitalsOnly, canonical }]) => {
    entityIds.sort((a, b) => {
      const ca = canonical.has(a) ? 0 : 1;
      const cb = canonical.has(b) ? 0 : 1;
      if (ca !== cb) return ca - cb;
      const ta = TYPE_ORDER[knowledgeBase.get(a)!.type];
      const tb = TYPE_ORDER[knowledgeBase.get(b)!.type];
      return ta - tb || (a < b ? -1 : a > b ? 1 : 0);
    });
    return { folded, entityIds, capitalsOnly };
  });
}

export class ReferenceMatcher {
  private readonly aliases;
  private readonly automaton: AhoCorasick;

  constructor(private readonly knowledgeBase: KnowledgeBase) {
    this.aliases = foldedAliases(knowledgeBase);
    this.automaton = new AhoCorasick(this.aliases.map((a) => a.folded));
  }

  entities(text: string): Mention[] {
    const { text: f, origin } = foldText(text);
    const found: Mention[] = [];
    this.automaton.forEachMatch(f, (index, end) => {
      if (end < f.length && isWordCode(f.charCodeAt(end))) return;
      const start = end - this.automaton.patternLengths[index];
      if (start > 0 && isWordCode(f.charCodeAt(start - 1))) return;
      const alias = this.aliases[index];
      const original = text.slice(origin[start], origin[end]);
      if (alias.capitalsOnly && original !== original.toUpperCase()) return;
      const entity = this.knowledgeBase.get(alias.entityIds[0])!;
      const mention: Mention = { start: origin[start], end: origin[end], text: original, type: entity.type, id: entity.id, name: entity.name };
      if (alias.entityIds.length > 1) mention.alternatives = alias.entityIds.slice(1);
      found.push(mention);
    });
    return selectLongest(found);
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
