// Span agreement between two annotators of one text, per type of mention. A span of one side is
// matched when the other side has a span of the same type at the same offsets (exact), or one
// that shares at least one character with it (overlapping). With A as the reference, recall is the
// share of A's spans matched and precision the share of B's; their F1 is the same whichever side is
// the reference.
import type { MentionKind } from '../export/prepare';

export interface Span {
  start: number;
  end: number;
  kind: MentionKind;
  /** The entity id, for entity mentions (dates have none). */
  entity?: string;
}

/** How many spans each side marked, and how many of them the other side matched. */
export interface SpanCounts {
  a: number;
  b: number;
  exactA: number;
  exactB: number;
  overlapA: number;
  overlapB: number;
}

export const noSpanCounts = (): SpanCounts => ({ a: 0, b: 0, exactA: 0, exactB: 0, overlapA: 0, overlapB: 0 });

export function addSpanCounts(into: SpanCounts, more: SpanCounts): SpanCounts {
  into.a += more.a;
  into.b += more.b;
  into.exactA += more.exactA;
  into.exactB += more.exactB;
  into.overlapA += more.overlapA;
  into.overlapB += more.overlapB;
  return into;
}

export interface F1 {
  /** The share of B's spans that A matches; null when B marked none. */
  precision: number | null;
  /** The share of A's spans that B matches; null when A marked none. */
  recall: number | null;
  /** Null only when neither side marked a span. */
  f1: number | null;
}

export function f1Of(a: number, matchedA: number, b: number, matchedB: number): F1 {
  const precision = b > 0 ? matchedB / b : null;
  const recall = a > 0 ? matchedA / a : null;
  if (precision === null && recall === null) return { precision, recall, f1: null };
  // One side marked nothing: nothing of the other's is matched.
  if (precision === null || recall === null || precision + recall === 0) return { precision, recall, f1: 0 };
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

export function exactF1(c: SpanCounts): F1 {
  return f1Of(c.a, c.exactA, c.b, c.exactB);
}

export function overlapF1(c: SpanCounts): F1 {
  return f1Of(c.a, c.overlapA, c.b, c.overlapB);
}

function overlaps(x: Span, y: Span): boolean {
  return x.start < y.end && y.start < x.end;
}

/**
 * One side's spans, found by position without looking at every one: those at the same offsets and
 * type by a key, those that overlap a span by a binary search in start order. A span that overlaps
 * [start, end) starts before `end` and less than the longest span's length before `start`.
 */
export class SpanIndex<S extends Span> {
  private readonly byStart: S[];
  private readonly longest: number;
  private readonly bySpot = new Map<string, S[]>();

  constructor(spans: readonly S[]) {
    this.byStart = [...spans].sort((x, y) => x.start - y.start);
    let longest = 0;
    for (const s of spans) {
      longest = Math.max(longest, s.end - s.start);
      const key = spotKey(s);
      const same = this.bySpot.get(key);
      if (same) same.push(s);
      else this.bySpot.set(key, [s]);
    }
    this.longest = longest;
  }

  /** The spans of the same type at the same offsets as `x`. */
  at(x: Span): readonly S[] {
    return this.bySpot.get(spotKey(x)) ?? [];
  }

  /** The spans of the same type that share at least one character with `x`. */
  overlapping(x: Span): S[] {
    const out: S[] = [];
    for (let i = this.firstStartingFrom(x.start - this.longest + 1); i < this.byStart.length && this.byStart[i].start < x.end; i++) {
      const y = this.byStart[i];
      if (y.kind === x.kind && overlaps(x, y)) out.push(y);
    }
    return out;
  }

  private firstStartingFrom(offset: number): number {
    let low = 0;
    let high = this.byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.byStart[middle].start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function spotKey(s: Span): string {
  return `${s.kind} ${s.start} ${s.end}`;
}

/** How many of `spans` the other side matches, exactly and by overlap (same type in both). */
function matched(spans: readonly Span[], other: SpanIndex<Span>): { exact: number; overlap: number } {
  let exact = 0;
  let overlap = 0;
  for (const s of spans) {
    if (other.at(s).length > 0) exact++;
    if (other.overlapping(s).length > 0) overlap++;
  }
  return { exact, overlap };
}

/** The counts for spans of one type (both lists hold only that type), or for all of them together. */
export function spanCounts(a: readonly Span[], b: readonly Span[]): SpanCounts {
  const fromA = matched(a, new SpanIndex(b));
  const fromB = matched(b, new SpanIndex(a));
  return { a: a.length, b: b.length, exactA: fromA.exact, exactB: fromB.exact, overlapA: fromA.overlap, overlapB: fromB.overlap };
}

/**
 * Entity links on the spans both marked: each span of A is paired with at most one span of B of the
 * same type that overlaps it, the largest overlaps first (exact ones before others of the same
 * size), and a pair agrees when both name the same entity. Dates have no entity and are left out.
 */
export interface LinkCounts {
  /** Pairs of overlapping spans, exact ones included. */
  pairs: number;
  sameEntity: number;
  /** Of those, the pairs at exactly the same offsets. */
  exactPairs: number;
  exactSameEntity: number;
}

export const noLinkCounts = (): LinkCounts => ({ pairs: 0, sameEntity: 0, exactPairs: 0, exactSameEntity: 0 });

export function addLinkCounts(into: LinkCounts, more: LinkCounts): LinkCounts {
  into.pairs += more.pairs;
  into.sameEntity += more.sameEntity;
  into.exactPairs += more.exactPairs;
  into.exactSameEntity += more.exactSameEntity;
  return into;
}

export function linkCounts(a: readonly Span[], b: readonly Span[]): LinkCounts {
  const candidates: { i: number; j: number; size: number; exact: boolean }[] = [];
  const indexOfB = new Map(b.map((y, j) => [y, j]));
  const others = new SpanIndex(b.filter((y) => y.entity !== undefined));
  a.forEach((x, i) => {
    if (x.entity === undefined) return;
    for (const y of others.overlapping(x)) {
      candidates.push({ i, j: indexOfB.get(y)!, size: Math.min(x.end, y.end) - Math.max(x.start, y.start), exact: x.start === y.start && x.end === y.end });
    }
  });
  candidates.sort((p, q) => q.size - p.size || Number(q.exact) - Number(p.exact) || a[p.i].start - a[q.i].start || b[p.j].start - b[q.j].start || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const counts = noLinkCounts();
  for (const { i, j, exact } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const same = a[i].entity === b[j].entity;
    counts.pairs++;
    if (same) counts.sameEntity++;
    if (exact) {
      counts.exactPairs++;
      if (same) counts.exactSameEntity++;
    }
  }
  return counts;
}
