// Corrections of what an article's fact file records: a mention annotated as another entity or
// date, or moved to another span. The recorded mention is replaced (its id comes from what it
// records, so the id changes) and the facts that cite it follow; a fact keeps it as evidence while
// it still names what the fact states, and loses it otherwise.
import { mentionId } from '../factFile/ids';
import type { Fact, FactFile, FactFileMention } from '../factFile/schema';
import type { FactFileEdit } from '../factFile/store';
import { anchorAt } from '../reanchor/anchor';

/** What a mention names: an entity of the knowledge base, or a date (ISO 8601). */
export type MentionTarget = { entity: string } | { date: string };

/** The fact file mention that records [start, end) of `text` as naming `target`. */
export function recordedMention(text: string, start: number, end: number, target: MentionTarget): FactFileMention {
  const anchor = anchorAt(text, start, end);
  if ('date' in target) return { id: mentionId(`date:${target.date}`, start, anchor.quote), date: target.date, ...anchor };
  return { id: mentionId(target.entity, start, anchor.quote), entity: target.entity, ...anchor };
}

/** The target of a recorded mention. */
export function targetOf(mention: FactFileMention): MentionTarget {
  return mention.date !== undefined ? { date: mention.date } : { entity: mention.entity! };
}

export function sameTarget(a: MentionTarget, b: MentionTarget): boolean {
  return 'date' in a ? 'date' in b && a.date === b.date : 'entity' in b && a.entity === b.entity;
}

/** What a fact states, as the entities and dates a mention that is its evidence may name. */
function namedBy(fact: Fact): Set<string> {
  switch (fact.type) {
    case 'summit':
      return new Set([fact.organization, fact.city, fact.event, `date:${fact.start}`, fact.end && `date:${fact.end}`].filter((x): x is string => !!x));
    case 'attendance':
      return new Set([fact.person, fact.event]);
    case 'role':
      return new Set([fact.person, fact.country, fact.organization].filter((x): x is string => !!x));
  }
}

function key(target: MentionTarget): string {
  return 'date' in target ? `date:${target.date}` : target.entity;
}

/** A fact that no longer cites the corrected mention, and whether it went with it (its only evidence). */
export interface LostEvidence {
  fact: Fact;
  removed: boolean;
}

export interface Correction {
  edits: FactFileEdit[];
  /** The facts that stop citing the mention. */
  lost: LostEvidence[];
}

/**
 * The edits that put `next` in the place of the recorded mention `recorded`, against the fact file
 * as the write finds it. A fact that cites it keeps citing it, under its new id, unless the mention
 * named something the fact states (its person, summit, city, organization, country, date) and, as
 * corrected, no longer does: a person re-annotated as another person is no evidence of the first
 * one's attendance. The mention may also have moved (a corrected span): what it names is the same,
 * and every fact keeps it.
 */
export function correction(factFile: FactFile | undefined, recorded: FactFileMention, next: FactFileMention): Correction {
  const before = key(targetOf(recorded));
  const after = key(targetOf(next));
  const lost: LostEvidence[] = [];
  const edits: FactFileEdit[] = [];
  for (const fact of factFile?.facts ?? []) {
    if (!fact.evidence.includes(recorded.id)) continue;
    const named = namedBy(fact);
    if (!named.has(before) || named.has(after)) continue;
    lost.push({ fact, removed: fact.evidence.length === 1 });
    edits.push({ kind: 'removeEvidence', fact: fact.id, mention: recorded.id });
  }
  edits.push({ kind: 'replaceMention', id: recorded.id, mention: next });
  return { edits, lost };
}
