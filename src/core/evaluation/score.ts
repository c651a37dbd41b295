// Scores recognized mentions against gold spans, the way evaluation/GUIDELINES.md marks them: a gold
// span is found when a predicted span of a compatible type overlaps it; a predicted span is right
// when it overlaps a gold span of a compatible type; exact boundaries are counted apart, among the
// found spans.
import type { Mention, MentionType } from '../recognizer/mention';

export const GOLD_TYPES = ['PERSON', 'ORG', 'PLACE', 'DATE', 'EVENT'] as const;
export type GoldType = (typeof GOLD_TYPES)[number];

/** A span a careful reader marked; offsets are UTF-16 offsets into the text, end exclusive. */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type: GoldType;
  canonical: string;
}

/** A recognized span, in the gold's types. */
export interface PredictedSpan {
  start: number;
  end: number;
  text: string;
  type: GoldType;
}

/**
 * Our types in the gold's. A candidate is a name the knowledge base does not know: a person unless
 * the recognizer guesses otherwise (a body found by its head noun), and scored as what it guesses.
 */
const GOLD_TYPE_OF: Record<MentionType, GoldType> = {
  person: 'PERSON',
  candidate: 'PERSON',
  organization: 'ORG',
  place: 'PLACE',
  date: 'DATE',
  event: 'EVENT',
};

export function goldTypeOf(type: MentionType): GoldType {
  return GOLD_TYPE_OF[type];
}

/** A mention's type in the gold's: a candidate's guess, when it has one, decides. */
export function goldTypeOfMention(mention: Pick<Mention, 'type' | 'guess'>): GoldType {
  return goldTypeOf(mention.type === 'candidate' && mention.guess ? mention.guess : mention.type);
}

/** Counts for one type, one article or one language; precision, recall and F1 are derived from them. */
export interface Counts {
  /** Gold spans. */
  gold: number;
  /** Gold spans a compatible predicted span overlaps. */
  found: number;
  /** Found gold spans a compatible predicted span covers exactly. */
  exact: number;
  /** Predicted spans. */
  predicted: number;
  /** Predicted spans that overlap a gold span of a compatible type. */
  correct: number;
}

export const noCounts = (): Counts => ({ gold: 0, found: 0, exact: 0, predicted: 0, correct: 0 });

export function addCounts(into: Counts, more: Counts): Counts {
  into.gold += more.gold;
  into.found += more.found;
  into.exact += more.exact;
  into.predicted += more.predicted;
  into.correct += more.correct;
  return into;
}

/** Precision, recall, F1 and the rate of exact boundaries among found spans; undefined where nothing was counted. */
export interface Rates {
  precision: number | undefined;
  recall: number | undefined;
  f1: number | undefined;
  exact: number | undefined;
}

export function rates(c: Counts): Rates {
  const precision = c.predicted > 0 ? c.correct / c.predicted : undefined;
  const recall = c.gold > 0 ? c.found / c.gold : undefined;
  const f1 = precision !== undefined && recall !== undefined ? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) : undefined;
  return { precision, recall, f1, exact: c.found > 0 ? c.exact / c.found : undefined };
}

/** A gold span no compatible prediction overlaps, with what the recognizer made of its text, if anything. */
export interface Miss {
  gold: GoldSpan;
  /** Predicted spans of another type over it. */
  seenAs: PredictedSpan[];
}

/** A found gold span whose boundaries no compatible prediction matches exactly. */
export interface Inexact {
  gold: GoldSpan;
  predicted: PredictedSpan[];
}

export interface ArticleScore {
  /** Per gold type: gold spans counted by their type, predicted spans by theirs. */
  byType: Record<GoldType, Counts>;
  misses: Miss[];
  inexact: Inexact[];
  /** Predicted spans that overlap no gold span of their type. */
  spurious: PredictedSpan[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function byTypeCounts(): Record<GoldType, Counts> {
  return Object.fromEntries(GOLD_TYPES.map((t) => [t, noCounts()])) as Record<GoldType, Counts>;
}

/** Scores one article. Both lists are small (an article's spans): each is compared with the other. */
export function scoreArticle(gold: readonly GoldSpan[], predicted: readonly PredictedSpan[]): ArticleScore {
  const byType = byTypeCounts();
  const misses: Miss[] = [];
  const inexact: Inexact[] = [];
  for (const g of gold) {
    const counts = byType[g.type];
    counts.gold++;
    const over = predicted.filter((p) => overlaps(p, g));
    const same = over.filter((p) => p.type === g.type);
    if (same.length === 0) {
      misses.push({ gold: g, seenAs: over });
      continue;
    }
    counts.found++;
    if (same.some((p) => p.start === g.start && p.end === g.end)) counts.exact++;
    else inexact.push({ gold: g, predicted: same });
  }
  const spurious: PredictedSpan[] = [];
  for (const p of predicted) {
    const counts = byType[p.type];
    counts.predicted++;
    if (gold.some((g) => g.type === p.type && overlaps(p, g))) counts.correct++;
    else spurious.push(p);
  }
  return { byType, misses, inexact, spurious };
}

/** The sum over types. */
export function totalOf(byType: Record<GoldType, Counts>): Counts {
  return GOLD_TYPES.reduce((sum, t) => addCounts(sum, byType[t]), noCounts());
}
