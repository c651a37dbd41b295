// How recognized mentions relate to what an article's fact file records: annotated, rejected or
// still to do; and the fact file entries an annotation writes.
import { factId, type FactContent } from '../factFile/ids';
import type { Fact, FactFile, FactFileMention, Rejection } from '../factFile/schema';
import type { EntityType } from '../knowledgeBase/schema';
import { anchorAt } from '../reanchor/anchor';
import type { Mention } from '../recognizer/mention';
import { lowerBound } from '../text/binarySearch';
import { recordedMention } from './corrections';

export type AnnotationState = 'annotated' | 'rejected' | 'pending';

export interface MentionStatus {
  mention: Mention;
  state: AnnotationState;
  /** The fact file's mention at the same place, when annotated. */
  recorded?: FactFileMention;
  /** Annotated by hand: where the recognizer finds nothing, another span, or another entity. */
  manual?: true;
}

/** Entity mentions and dates can be annotated; candidates first need a knowledge-base entry. */
export function isAnnotatable(mention: Mention): boolean {
  return mention.type !== 'candidate';
}

/**
 * Whether a mention can be recorded as the recognizer read it, without asking: not a date it
 * found with no ISO value (a weekday in an article whose date is not known), whose value only
 * the annotator can give.
 */
export function isRecordableAsRead(mention: Mention): boolean {
  return isAnnotatable(mention) && (mention.type !== 'date' || mention.iso !== undefined);
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

/**
 * Everything an article's annotation view shows, in text order: each recognized mention with its
 * state, and each mention annotated by hand where the recognizer finds nothing at that span. A
 * recognized mention that overlaps an annotation of another span is left out: the annotator
 * chose the span (a longer name, a shorter one), and it is not offered again. `nameOf` gives an
 * entity's canonical name, for the mentions annotated by hand.
 */
export function articleStatuses(mentions: readonly Mention[], factFile: FactFile | undefined, nameOf: (id: string) => string | undefined = () => undefined): MentionStatus[] {
  const recorded = (factFile?.mentions ?? []).filter((m) => !m.orphaned).sort((a, b) => a.start - b.start || a.end - b.end);
  if (recorded.length === 0) return annotationStatus(mentions, factFile);
  const starts = recorded.map((m) => m.start);
  const matched = new Set<FactFileMention>();
  // Recorded spans are few and short: the ones that can overlap [start, end) start within the
  // longest span's length before it.
  const longest = recorded.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  const overlapping = (start: number, end: number): FactFileMention[] => {
    const out: FactFileMention[] = [];
    for (let i = lowerBound(starts, start - longest); i < recorded.length && recorded[i].start < end; i++) {
      if (recorded[i].end > start) out.push(recorded[i]);
    }
    return out;
  };
  const statuses: MentionStatus[] = [];
  for (const status of annotationStatus(mentions, factFile)) {
    const { start, end } = status.mention;
    const over = overlapping(start, end);
    const same = over.find((m) => m.start === start && m.end === end);
    if (!same) {
      if (over.length === 0) statuses.push(status);
      continue;
    }
    matched.add(same);
    // Annotated as another entity or date than the recognizer read: the annotation is what counts.
    const differs = same.date !== undefined ? same.date !== status.mention.iso : same.entity !== status.mention.id;
    statuses.push(differs ? { mention: manualMention(same, nameOf), state: 'annotated', recorded: same, manual: true } : status);
  }
  for (const m of recorded) {
    if (matched.has(m)) continue;
    statuses.push({ mention: manualMention(m, nameOf), state: 'annotated', recorded: m, manual: true });
  }
  return statuses.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
}

/** What a mention annotated by hand looks like to the features that show mentions. */
function manualMention(m: FactFileMention, nameOf: (id: string) => string | undefined): Mention {
  if (m.date !== undefined) return { start: m.start, end: m.end, text: m.quote, type: 'date', iso: m.date };
  const id = m.entity!;
  const type = id.slice(0, id.indexOf(':')) as EntityType;
  return { start: m.start, end: m.end, text: m.quote, type, id, name: nameOf(id) ?? id };
}

/** The fact file mention that records `mention` as naming `entityId` (or, for a date, its ISO value). */
export function factFileMention(text: string, mention: Mention, entityId: string | undefined = mention.id): FactFileMention {
  if (mention.type === 'date') {
    if (mention.iso === undefined) throw new Error(`no ISO value for the date "${mention.text}"`);
    return recordedMention(text, mention.start, mention.end, { date: mention.iso });
  }
  if (!entityId) throw new Error(`no entity for "${mention.text}"`);
  return recordedMention(text, mention.start, mention.end, { entity: entityId });
}

export function rejection(text: string, mention: Mention): Rejection {
  return { ...anchorAt(text, mention.start, mention.end), ...(mention.id ? { entity: mention.id } : {}) };
}

export function makeFact(content: FactContent, evidence: string[]): Fact {
  return { id: factId(content), ...content, evidence: [...new Set(evidence)].sort() } as Fact;
}
