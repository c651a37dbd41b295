// How recognized mentions relate to what an article's fact file records: annotated, rejected or
// still to do; and the fact file entries an annotation writes.
import { anchorAt } from '../reanchor/anchor';
import type { Mention } from '../recognizer/mention';
import { factId, type FactContent } from '../factFile/ids';
import { mentionId } from '../factFile/ids';
import type { Fact, Rejection, FactFile, FactFileMention } from '../factFile/schema';

export type AnnotationState = 'annotated' | 'rejected' | 'pending';

export interface MentionStatus {
  mention: Mention;
  state: AnnotationState;
  /** The fact file's mention at the same place, when annotated. */
  recorded?: FactFileMention;
}

/** Entity mentions and dates can be annotated; candidates first need a knowledge-base entry. */
export function isAnnotatable(mention: Mention): boolean {
  return mention.type !== 'candidate';
}

/** Pairs each recognized mention with what the fact file says about the same span. */
export function annotationStatus(mentions: readonly Mention[], factFile: FactFile | undefined): MentionStatus[] {
  const recorded = new Map<string, FactFileMention>();
  const rejected = new Set<string>();
  // An orphaned mention's offsets point at text it is no longer in: it annotates nothing there.
  for (const m of factFile?.mentions ?? []) if (!m.orphaned) recorded.set(`${m.start}:${m.end}`, m);
  // A rejection holds only while its text is still there: after an edit, other words can sit at its offsets.
  for (const r of factFile?.rejections ?? []) rejected.add(`${r.start}:${r.end}:${r.quote}`);
  return mentions.map((mention) => {
    const key = `${mention.start}:${mention.end}`;
    const found = recorded.get(key);
    if (found) return { mention, state: 'annotated', recorded: found };
    if (rejected.has(`${key}:${mention.text}`)) return { mention, state: 'rejected' };
    return { mention, state: 'pending' };
  });
}

/** The fact file mention that records `mention` as naming `entityId` (or, for a date, its ISO value). */
export function factFileMention(text: string, mention: Mention, entityId: string | undefined = mention.id): FactFileMention {
  const anchor = anchorAt(text, mention.start, mention.end);
  if (mention.type === 'date') {
    return { id: mentionId(`date:${mention.iso}`, mention.start, anchor.quote), date: mention.iso, ...anchor };
  }
  if (!entityId) throw new Error(`no entity for "${mention.text}"`);
  return { id: mentionId(entityId, mention.start, anchor.quote), entity: entityId, ...anchor };
}

export function rejection(text: string, mention: Mention): Rejection {
  return { ...anchorAt(text, mention.start, mention.end), ...(mention.id ? { entity: mention.id } : {}) };
}

export function makeFact(content: FactContent, evidence: string[]): Fact {
  return { id: factId(content), ...content, evidence: [...new Set(evidence)].sort() } as Fact;
}
