import { type FoldedText, originalSpan } from '../text/fold';
import type { EntityType } from '../knowledgeBase/schema';

export type MentionType = EntityType | 'date' | 'candidate';
export const MENTION_TYPES: readonly MentionType[] = ['person', 'organization', 'place', 'event', 'date', 'candidate'];

/** A span of an article the recognizer found. Offsets are UTF-16 offsets into the original text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: MentionType;
  /** The entity, for person, organization, place and event mentions. */
  id?: string;
  /** The entity's canonical name. */
  name?: string;
  /** Other entities with the same alias, when the text is ambiguous. */
  alternatives?: string[];
  /** ISO 8601 for dates: `2025-11-27`, `2024-12`, a range `2023-10-06/2023-10-13`, or `--11-23` when no year is known. */
  iso?: string;
  /** For candidates: the title or role that introduced the name. */
  role?: string;
  /** For candidates: what the name most likely is, when not a person ("the Interior Ministry": an organization). */
  guess?: EntityType;
  /** A name written with one slip ("Tajkistan"): less certain than a name as the knowledge base writes it. */
  approximate?: boolean;
}

/**
 * Mentions found in the text without its invisible characters (`withoutInvisibles`), moved to
 * the original text: offsets, and the text they cover there, invisible characters included.
 */
export function inOriginal(mentions: readonly Mention[], view: FoldedText, original: string): Mention[] {
  return mentions.map((m) => {
    const { start, end } = originalSpan(view, m.start, m.end);
    return { ...m, start, end, text: original.slice(start, end) };
  });
}
