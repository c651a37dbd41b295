// Re-anchoring: after an article's text changes (edited in the editor, or on disk), finds each
// mention's text-quote anchor again, or says it cannot. A mention is never knowingly moved onto
// other text: when the evidence is not strong enough it is orphaned and keeps its stored anchor.
//
// All the mentions of one article are re-anchored at once:
//
// 1. exact: the stored offsets still hold the quote, and the stored prefix and suffix still stand
//    beside it unit for unit (when the caller passes the old text and it is the same string, the
//    quote alone is enough). Offsets that still hold the quote while the context around them
//    changed are not trusted on their own (an edit may have slid another occurrence of the name
//    under them): such a mention goes through the search below like any other, and is `exact`
//    again only if the search picks the same span.
// 2. moved: the quote occurs in the new text after typographic normalization (curly and straight
//    quotes, dashes, every kind of whitespace and line break folded: reanchor/normalize.ts). Each
//    occurrence is scored by how well the stored prefix and suffix agree beside it (see
//    reanchor/context.ts) and, to break near-ties, by its closeness to where the mention is
//    expected: landmarks (anchors still exact, or whose quote and whole context occur once) map
//    old offsets to new ones, so a mention moves with the text around it (reanchor/landmarks.ts).
//    An occurrence is trusted only if (a) the context agrees for at least `MIN_EVIDENCE` units or
//    45 % of what the anchor has, (b) one side agrees unit for unit for 8 units next to the quote
//    (or all of that side, if shorter), (c) a quote that began or ended a word still does (Russia
//    is not found inside Russian), (d) it does not sit inside an occurrence of another mention's
//    longer quote unless its own context says it did (a lost "Kazakistan" is not taken from a
//    "Ministero della Difesa del Kazakistan"), and (e) it does not look like a copy of another
//    mention of the same quote: one already placed with certainty would rank at least as high on
//    it, or one placed elsewhere in the same assignment clearly higher (a pasted copy of one list
//    of countries is not taken for a deleted mention in another, similar list).
//    Mentions whose whole context occurs are placed first. The others of the same quote then share
//    the occurrences by the assignment of highest total score (reanchor/matching.ts; a greedy
//    choice would let a mention take a neighbour's occurrence and leave the neighbour nothing),
//    exact ties going to the earlier mention and keeping the mentions' order. A span goes to one
//    mention only, unless their old spans overlapped too.
// 3. fuzzy: no trusted occurrence, but the quote occurs approximately near where it is expected:
//    a bounded window is searched allowing one edit per eight units of the quote (none for shorter
//    quotes, so that Iran is never taken for Iraq nor Putin for Medvedev), under the same rules and
//    with 60 % of the context agreeing. A quote found only after normalization (a curly
//    apostrophe straightened inside it, a line break inside a name) is fuzzy too.
// 4. orphaned: nothing trustworthy; the stored anchor is returned as it was.
//
// Cost: O(n) to normalize the text and find every occurrence of every quote in one pass
// (Aho-Corasick); per mention, a bounded number of candidates each scored in O(context²) at most;
// per component of mentions competing for the same occurrences, an assignment in O(k³); and for the
// few mentions that need it, a fuzzy search in O(quote × window), the window capped.
import { ANCHOR_CONTEXT, anchorAt, anchorHolds, type TextAnchor } from './anchor';
import { approximateMatches, editDistance } from './align';
import { Claims } from './claims';
import { agreeAfter, agreeBefore, END_MARK, sideEvidence, START_MARK } from './context';
import { type Expectation, type Landmark, OffsetMap } from './landmarks';
import { type Edge, maxWeightMatching } from './matching';
import { type NormalizedText, normalizedOffset, normalizeString, normalizeText } from './normalize';
import { AhoCorasick } from './ahoCorasick';
import type { FactFileMention } from '../factFile/schema';
import { isWordCode } from '../text/fold';
import { lowerBound } from '../text/binarySearch';
import { splitsSurrogatePair } from '../text/surrogates';

export type ReanchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/** What re-anchoring needs of a stored mention. */
export type StoredAnchor = Pick<TextAnchor, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>;

export interface ReanchorResult extends TextAnchor {
  /**
   * exact: the same span and quote. moved: the same quote at another span. fuzzy: a span whose
   * text differs from the stored quote (typographically or by a small edit). orphaned: not found;
   * the anchor fields are the stored ones.
   */
  status: ReanchorStatus;
  /**
   * Confidence in [0, 1]: 1 for an exact anchor whose context agrees; otherwise the share of the
   * stored context that agrees beside the span, times the quote's similarity when fuzzy; 0 when
   * orphaned.
   */
  score: number;
}

export interface ReanchorOptions {
  /**
   * The text the anchors were taken from, when the caller still has it (the editor's last version).
   * The same string means nothing changed: every anchor that holds is exact, in O(n).
   */
  oldText?: string;
  /** The old text's length, when only that is known: helps place mentions no landmark places. */
  oldLength?: number;
  /** The context length the anchors were taken with; `ANCHOR_CONTEXT` unless told. */
  context?: number;
  /** The farthest the fuzzy search looks on each side of where a mention is expected, in units. */
  searchWindow?: number;
}

/** Context units that must agree for an occurrence to be trusted, at most... */
const MIN_EVIDENCE = 26;
/** ...or this share of the context the anchor has (less near the ends of a short text). */
const EVIDENCE_SHARE = 0.45;
/** Units one side must agree one for one next to the quote. */
const ANCHORED_UNITS = 8;
/** How much higher another mention chosen in the same assignment must rank on an occurrence to veto it. */
const CLEARLY = 1.5;
/** How many placed mentions of the same quote, the nearest, an occurrence is checked against. */
const RIVALS = 32;
/** A fuzzy match needs this share of its context to agree. */
const FUZZY_SHARE = 0.6;
/** One edit allowed per this many units of the quote in a fuzzy match. */
const UNITS_PER_EDIT = 8;
/** Ranking: each unit of one-for-one agreement counts this much on top of the evidence. */
const CONTIGUOUS_WEIGHT = 0.5;
/** Ranking: closeness to the expected place is worth at most this many units of evidence. */
const POSITION_BONUS = 6;
/** Breaks exact ties in the assignment; far below any real difference in score. */
const TIE = 1e-6;
/** Above this many occurrences of a quote, only the nearest and those whose context keys agree are scored. */
const MAX_CANDIDATES = 48;
const NEAREST = 24;
/** Length of the context keys that find far-moved occurrences of frequent quotes. */
const KEY = 8;
const DEFAULT_SEARCH_WINDOW = 2048;
const MIN_SEARCH_WINDOW = 256;
/** The most alignment cells a fuzzy search may fill for one mention. */
const FUZZY_CELLS = 200_000;

interface Prepared {
  index: number;
  /** Other anchors identical to this one: they get the same result. */
  twins: number[];
  anchor: StoredAnchor;
  /** Normalized quote, prefix and suffix; the prefix and suffix with their text-boundary marks. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Units of context the anchor has, and how many must agree. */
  available: number;
  threshold: number;
  /** Whether the quote began and ended a word: it must still. */
  wordStart: boolean;
  wordEnd: boolean;
  group: Occurrences;
  /** Occurrences with the whole stored context beside them. */
  perfect: number[];
  expected: Expectation;
}

interface Scored {
  /** Span in the new text, and in the normalized text. */
  start: number;
  end: number;
  s: number;
  e: number;
  evidence: number;
  rank: number;
}

/** The occurrences of one normalized quote, with context keys built when the quote is frequent. */
class Occurrences {
  readonly positions: number[] = [];
  private byPrefix?: Map<string, number[]>;
  private bySuffix?: Map<string, number[]>;

  constructor(
    readonly quote: string,
    readonly id: number,
  ) {}

  withKeys(text: string, prefixKey: string, suffixKey: string): number[] {
    if (!this.byPrefix || !this.bySuffix) {
      this.byPrefix = new Map();
      this.bySuffix = new Map();
      for (const o of this.positions) {
        push(this.byPrefix, keyBefore(text, o), o);
        push(this.bySuffix, keyAfter(text, o + this.quote.length), o);
      }
    }
    const a = prefixKey.length === KEY ? this.byPrefix.get(prefixKey) ?? [] : [];
    const b = suffixKey.length === KEY ? this.bySuffix.get(suffixKey) ?? [] : [];
    return a.length === 0 ? b : b.length === 0 ? a : [...new Set([...a, ...b])];
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function keyBefore(text: string, at: number): string {
  return at >= KEY ? text.slice(at - KEY, at) : (START_MARK + text.slice(0, at)).slice(-KEY);
}

function keyAfter(text: string, at: number): string {
  return at + KEY <= text.length ? text.slice(at, at + KEY) : (text.slice(at) + END_MARK).slice(0, KEY);
}

/**
 * Every occurrence of every quote being searched for, by start: a candidate inside an occurrence
 * of a longer quote is that longer name's text, unless the mention's own context says otherwise.
 */
class Containers {
  private readonly starts: Int32Array;
  private readonly groups: Occurrences[];
  private readonly longest: number;

  constructor(groups: Occurrences[]) {
    const all: [number, Occurrences][] = [];
    let longest = 0;
    for (const g of groups) {
      longest = Math.max(longest, g.quote.length);
      for (const o of g.positions) all.push([o, g]);
    }
    all.sort((a, b) => a[0] - b[0]);
    this.starts = Int32Array.from(all, (x) => x[0]);
    this.groups = all.map((x) => x[1]);
    this.longest = longest;
  }

  /** True when [start, end) lies inside a longer quote's occurrence that `p`'s context does not show. */
  blocks(start: number, end: number, p: Prepared): boolean {
    if (p.quote.length >= this.longest) return false;
    const stored = p.prefix + p.quote + p.suffix;
    let i = lowerBound(this.starts, start - this.longest);
    for (; i < this.starts.length && this.starts[i] <= start; i++) {
      const q = this.groups[i].quote;
      const s = this.starts[i];
      if (s + q.length < end || q.length <= end - start) continue;
      const at = p.prefix.length - (start - s);
      if (at < 0 || !stored.startsWith(q, at)) return true;
    }
    return false;
  }
}


/**
 * Re-anchors every stored anchor of one article in its new text. Returns one result per anchor, in
 * the same order.
 */
export function reanchor(newText: string, anchors: readonly StoredAnchor[], options: ReanchorOptions = {}): ReanchorResult[] {
  const context = options.context ?? ANCHOR_CONTEXT;
  const results: (ReanchorResult | undefined)[] = new Array(anchors.length);
  const sameText = options.oldText !== undefined && options.oldText === newText;
  const claims = new Claims();
  const landmarks: Landmark[] = [];
  const pending: number[] = [];

  anchors.forEach((a, i) => {
    if (a.quote.length > 0 && a.start >= 0 && anchorHolds(newText, a) && (sameText || contextAgrees(newText, a))) {
      results[i] = { ...anchorAt(newText, a.start, a.end, context), status: 'exact', score: 1 };
      claims.add(a.start, a.end, a.start, a.end);
      landmarks.push({ old: a.start, new: a.start });
    } else pending.push(i);
  });
  if (pending.length > 0 && newText.length > 0) {
    new Search(newText, anchors, results, claims, context, options).run(pending, landmarks);
  }
  return anchors.map((a, i) => results[i] ?? orphan(a));
}

class Search {
  private readonly normalized: NormalizedText;
  private readonly N: string;
  private readonly oldLength: number | undefined;
  private containers!: Containers;
  private map!: OffsetMap;
  private byQuote?: Map<string, { indexes: number[]; starts: number[] }>;
  private readonly contexts = new Map<number, { prefix: string; suffix: string }>();

  constructor(
    private readonly text: string,
    private readonly anchors: readonly StoredAnchor[],
    private readonly results: (ReanchorResult | undefined)[],
    private readonly claims: Claims,
    private readonly context: number,
    private readonly options: ReanchorOptions,
  ) {
    this.normalized = normalizeText(text);
    this.N = this.normalized.text;
    this.oldLength = options.oldText?.length ?? options.oldLength;
  }

  run(pending: number[], landmarks: Landmark[]): void {
    const { N } = this;
    const groups = new Map<string, Occurrences>();
    const prepared: Prepared[] = [];
    const byAnchor = new Map<string, Prepared>();
    for (const index of pending) {
      const a = this.anchors[index];
      const key = `${a.start}:${a.end}:${a.quote}\u0000${a.prefix}\u0000${a.suffix}`;
      const twin = byAnchor.get(key);
      if (twin) {
        twin.twins.push(index);
        continue;
      }
      const p = this.prepare(a, index, groups);
      if (!p) continue;
      byAnchor.set(key, p);
      prepared.push(p);
    }
    if (prepared.length === 0) return;

    // Every occurrence of every quote, in one pass.
    const list = [...groups.values()];
    const automaton = new AhoCorasick(list.map((g) => g.quote));
    automaton.forEachMatch(N, (pattern, end) => list[pattern].positions.push(end - automaton.patternLengths[pattern]));
    this.containers = new Containers(list);

    // Landmarks: a quote whose whole context occurs once is where it is.
    for (const p of prepared) {
      p.perfect = this.perfectCandidates(p);
      if (p.perfect.length === 1) {
        const span = this.spanOf(p.perfect[0], p.quote.length);
        if (this.wordsKept(span.start, span.end, p)) landmarks.push({ old: p.anchor.start, new: span.start });
      }
    }
    this.map = new OffsetMap(landmarks, this.oldLength, this.text.length);
    for (const p of prepared) p.expected = this.map.expect(p.anchor.start);

    // Round one places the mentions whose whole context occurs (the usual case when text moved as
    // a whole); round two scores every candidate of the others.
    this.assign(prepared.filter((p) => p.perfect.length > 0).map((p) => [p, p.perfect]));
    this.assign(prepared.filter((p) => !this.results[p.index]).map((p) => [p, this.candidates(p)]));
    const searchWindow = this.options.searchWindow ?? DEFAULT_SEARCH_WINDOW;
    for (const p of prepared) if (!this.results[p.index]) this.fuzzy(p, searchWindow);

    for (const p of prepared) {
      const result = this.results[p.index];
      if (result) for (const twin of p.twins) this.results[twin] = { ...result };
    }
  }

  private prepare(anchor: StoredAnchor, index: number, groups: Map<string, Occurrences>): Prepared | undefined {
    const quote = normalizeString(anchor.quote);
    if (quote.length === 0) return undefined;
    const { prefix, suffix } = this.contextOf(index);
    const available = prefix.length + suffix.length;
    let group = groups.get(quote);
    if (!group) {
      group = new Occurrences(quote, groups.size);
      groups.set(quote, group);
    }
    const first = anchor.quote.charCodeAt(0);
    const last = anchor.quote.charCodeAt(anchor.quote.length - 1);
    return {
      index,
      twins: [],
      anchor,
      quote,
      prefix,
      suffix,
      available,
      threshold: Math.min(MIN_EVIDENCE, Math.ceil(EVIDENCE_SHARE * available)),
      wordStart: !isWordCode(first) || anchor.prefix.length === 0 || !isWordCode(anchor.prefix.charCodeAt(anchor.prefix.length - 1)),
      wordEnd: !isWordCode(last) || anchor.suffix.length === 0 || !isWordCode(anchor.suffix.charCodeAt(0)),
      group,
      perfect: [],
      expected: { at: [anchor.start], weight: [1], spread: 64 },
    };
  }

  /** Occurrences with the whole stored context beside them, unit for unit. */
  private perfectCandidates(p: Prepared): number[] {
    const { N } = this;
    const { positions } = p.group;
    const pool = positions.length <= MAX_CANDIDATES ? positions : p.group.withKeys(N, p.prefix.slice(-KEY), p.suffix.slice(0, KEY));
    return pool.filter((o) => agreeBefore(N, o, p.prefix) === p.prefix.length && agreeAfter(N, o + p.quote.length, p.suffix) === p.suffix.length);
  }

  /** The occurrences worth scoring: all, or for a frequent quote the nearest and those whose context keys agree. */
  private candidates(p: Prepared): number[] {
    const { positions } = p.group;
    if (positions.length <= MAX_CANDIDATES) return positions;
    const chosen = new Set(p.group.withKeys(this.N, p.prefix.slice(-KEY), p.suffix.slice(0, KEY)));
    for (const at of p.expected.at) {
      const center = normalizedOffset(this.normalized, at);
      let right = lowerBound(positions, center);
      let left = right - 1;
      for (let taken = 0; taken < NEAREST / p.expected.at.length && (left >= 0 || right < positions.length); taken++) {
        const takeLeft = right >= positions.length || (left >= 0 && center - positions[left] <= positions[right] - center);
        chosen.add(positions[takeLeft ? left-- : right++]);
      }
    }
    return [...chosen];
  }

  /**
   * Scores a normalized span [s, e) for `p`; undefined when it is not to be trusted. The check
   * against placed mentions of the same quote (`looksPlaced`) is left to the caller.
   */
  private score(p: Prepared, s: number, e: number, minEvidence: number): Scored | undefined {
    const span = this.spanOf(s, e - s);
    if (!this.wordsKept(span.start, span.end, p)) return undefined;
    if (!this.claims.isFree(span.start, span.end, p.anchor.start, p.anchor.end)) return undefined;
    // Unit-for-unit agreement first: it is cheap, and without it nothing is trusted.
    const contiguousBefore = agreeBefore(this.N, s, p.prefix);
    const contiguousAfter = agreeAfter(this.N, e, p.suffix);
    const anchored =
      (p.prefix.length > 0 && contiguousBefore >= Math.min(ANCHORED_UNITS, p.prefix.length)) ||
      (p.suffix.length > 0 && contiguousAfter >= Math.min(ANCHORED_UNITS, p.suffix.length));
    if (p.available > 0 && !anchored) return undefined;
    const evidence = sideEvidence(this.N, s, p.prefix, true, contiguousBefore) + sideEvidence(this.N, e, p.suffix, false, contiguousAfter);
    if (p.available > 0 && evidence < minEvidence) return undefined;
    if (this.containers.blocks(s, e, p)) return undefined;
    const rank = evidence + CONTIGUOUS_WEIGHT * (contiguousBefore + contiguousAfter) + closeness(p.expected, span.start);
    return { ...span, s, e, evidence, rank };
  }

  private looksLikePlaced(p: Prepared, scored: Scored, chosen?: ReadonlySet<number>): boolean {
    return scored.evidence < p.available && this.looksPlaced(p, scored.s, scored.e, scored.start, scored.rank, chosen);
  }

  /**
   * True when [s, e) (starting at `start` in the text) would rank at least as high for another
   * mention of the same quote that is already placed with certainty (exact, or found with its whole
   * context) as for `p`, or clearly higher (`CLEARLY` times) for one `chosen` elsewhere in the same
   * assignment: a copy of that mention's text, not `p`.
   */
  private looksPlaced(p: Prepared, s: number, e: number, start: number, rank: number, chosen?: ReadonlySet<number>): boolean {
    const { indexes: rivals, starts } = this.rivals(p.quote);
    if (rivals.length <= 1) return false;
    // The nearest rivals by old offset.
    let right = lowerBound(starts, p.anchor.start);
    let left = right - 1;
    for (let taken = 0; taken < RIVALS && (left >= 0 || right < rivals.length); taken++) {
      const takeLeft =
        right >= rivals.length || (left >= 0 && p.anchor.start - this.anchors[rivals[left]].start <= this.anchors[rivals[right]].start - p.anchor.start);
      const other = rivals[takeLeft ? left-- : right++];
      const a = this.anchors[other];
      const placed = this.results[other] !== undefined;
      if ((!placed && !chosen?.has(other)) || (a.start < p.anchor.end && p.anchor.start < a.end)) continue;
      // A copy of the other mention's text carries its context unit for unit on one side at least.
      const context = this.contextOf(other);
      const before = agreeBefore(this.N, s, context.prefix);
      const after = agreeAfter(this.N, e, context.suffix);
      if (before < Math.min(ANCHORED_UNITS, context.prefix.length) && after < Math.min(ANCHORED_UNITS, context.suffix.length)) continue;
      const evidence = sideEvidence(this.N, s, context.prefix, true, before) + sideEvidence(this.N, e, context.suffix, false, after);
      const theirs = evidence + CONTIGUOUS_WEIGHT * (before + after) + closeness(this.map.expect(a.start), start);
      if (theirs >= (placed ? rank : CLEARLY * rank)) return true;
    }
    return false;
  }

  /** Every anchor whose quote normalizes to `quote`, by old offset, with those offsets. */
  private rivals(quote: string): { indexes: number[]; starts: number[] } {
    if (!this.byQuote) {
      this.byQuote = new Map();
      const order = this.anchors.map((_, i) => i).sort((a, b) => this.anchors[a].start - this.anchors[b].start);
      for (const i of order) {
        const q = normalizeString(this.anchors[i].quote);
        let list = this.byQuote.get(q);
        if (!list) {
          list = { indexes: [], starts: [] };
          this.byQuote.set(q, list);
        }
        list.indexes.push(i);
        list.starts.push(this.anchors[i].start);
      }
    }
    return this.byQuote.get(quote) ?? { indexes: [], starts: [] };
  }

  private contextOf(index: number): { prefix: string; suffix: string } {
    let context = this.contexts.get(index);
    if (!context) {
      context = this.normalizedContext(this.anchors[index]);
      this.contexts.set(index, context);
    }
    return context;
  }

  /** The normalized prefix and suffix, with marks where they reached the ends of the old text. */
  private normalizedContext(anchor: StoredAnchor): { prefix: string; suffix: string } {
    // A prefix that reaches back to offset 0 began at the start of the text; a suffix shorter than
    // the context (while the prefix is not) ended at its end.
    const reachesStart = anchor.start === anchor.prefix.length;
    const reachesEnd =
      this.oldLength !== undefined
        ? anchor.end + anchor.suffix.length >= this.oldLength
        : anchor.suffix.length < this.context && (anchor.prefix.length >= this.context || reachesStart);
    return {
      prefix: (reachesStart ? START_MARK : '') + normalizeString(anchor.prefix),
      suffix: normalizeString(anchor.suffix) + (reachesEnd ? END_MARK : ''),
    };
  }

  /** Gives mentions their occurrences: the assignment of highest total score, then by score. */
  private assign(work: [Prepared, number[]][]): void {
    const edges: Edge[] = [];
    const scored: Scored[] = [];
    const rows: Prepared[] = [];
    work.sort((a, b) => a[0].anchor.start - b[0].anchor.start || a[0].index - b[0].index);
    const length = this.N.length + 1;
    work.forEach(([p, occurrences], row) => {
      rows.push(p);
      for (const o of occurrences) {
        const s = this.score(p, o, o + p.quote.length, p.threshold);
        if (!s) continue;
        // Exact ties go to the earlier mention, and keep the mentions' order (the second term is
        // largest when earlier mentions take earlier occurrences).
        const tie = TIE * (work.length - row) + TIE * TIE * row * (o / length);
        edges.push({ row, col: p.group.id * length + o, weight: s.rank + tie, id: scored.length });
        scored.push(s);
      }
    });
    // Occurrences that look like a copy of a placed mention are checked only once chosen, and the
    // assignment is solved again without them.
    let chosen: [Prepared, Scored][] = [];
    for (let live = edges; ; ) {
      chosen = [];
      const vetoed = new Set<number>();
      const matching = maxWeightMatching(rows.length, live);
      const taken = new Set<number>();
      matching.forEach((edge, row) => {
        if (edge) for (const index of [rows[row].index, ...rows[row].twins]) taken.add(index);
      });
      matching.forEach((edge, row) => {
        if (!edge) return;
        if (this.looksLikePlaced(rows[row], scored[edge.id], taken)) vetoed.add(edge.id);
        else chosen.push([rows[row], scored[edge.id]]);
      });
      if (vetoed.size === 0) break;
      live = live.filter((edge) => !vetoed.has(edge.id));
    }
    chosen.sort((a, b) => b[1].rank - a[1].rank || a[0].anchor.start - b[0].anchor.start || a[0].index - b[0].index);
    for (const [p, s] of chosen) {
      if (!this.claims.isFree(s.start, s.end, p.anchor.start, p.anchor.end)) continue;
      this.claims.add(s.start, s.end, p.anchor.start, p.anchor.end);
      this.results[p.index] = this.found(p, s.start, s.end, s.evidence);
    }
  }

  /**
   * An approximate match of the quote where it is expected, with strongly agreeing context: first
   * near each place the mention may be, then, if nothing is found, in wider windows; every window is
   * capped so that one mention never costs more than `FUZZY_CELLS` alignment cells.
   */
  private fuzzy(p: Prepared, searchWindow: number): void {
    const maxCost = Math.floor(p.quote.length / UNITS_PER_EDIT);
    if (maxCost === 0) return;
    const cap = Math.floor(FUZZY_CELLS / p.quote.length / 2 / p.expected.at.length);
    const near = Math.min(Math.max(MIN_SEARCH_WINDOW, 2 * p.expected.spread), searchWindow, cap);
    const wide = Math.min(searchWindow, cap);
    let best = this.fuzzyWithin(p, maxCost, near);
    if (!best && wide > near) best = this.fuzzyWithin(p, maxCost, wide);
    if (!best) return;
    this.claims.add(best.start, best.end, p.anchor.start, p.anchor.end);
    this.results[p.index] = this.found(p, best.start, best.end, best.evidence);
  }

  private fuzzyWithin(p: Prepared, maxCost: number, window: number): Scored | undefined {
    const { N } = this;
    const minEvidence = Math.max(p.threshold, Math.ceil(FUZZY_SHARE * p.available));
    // One window around each place the mention may be, merged where they overlap.
    const ranges: [number, number][] = [];
    for (const at of [...p.expected.at].sort((a, b) => a - b)) {
      const center = normalizedOffset(this.normalized, at);
      const from = Math.max(0, center - window);
      const to = Math.min(N.length, center + p.quote.length + window);
      const last = ranges[ranges.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(to, last[1]);
      else ranges.push([from, to]);
    }
    let best: Scored | undefined;
    for (const [from, to] of ranges) {
      for (const match of approximateMatches(p.quote, N, from, to, maxCost)) {
        for (const [s, e] of snapToWords(N, match.start, match.end, p, maxCost)) {
          const cost = editDistance(p.quote, N.slice(s, e));
          if (cost > maxCost) continue;
          const scored = this.score(p, s, e, minEvidence);
          if (!scored || !onCodePointBoundaries(this.text, scored.start, scored.end) || this.looksLikePlaced(p, scored)) continue;
          const rank = scored.rank - 2 * cost;
          if (!best || rank > best.rank) best = { ...scored, rank };
        }
      }
    }
    return best;
  }

  private found(p: Prepared, start: number, end: number, evidence: number): ReanchorResult {
    const anchor = anchorAt(this.text, start, end, this.context);
    const agreement = p.available === 0 ? 1 : Math.min(1, evidence / p.available);
    if (anchor.quote === p.anchor.quote) {
      const status = start === p.anchor.start && end === p.anchor.end ? 'exact' : 'moved';
      return { ...anchor, status, score: agreement };
    }
    const similarity = 1 - editDistance(p.anchor.quote, anchor.quote) / Math.max(p.anchor.quote.length, anchor.quote.length);
    return { ...anchor, status: 'fuzzy', score: agreement * similarity };
  }

  /** The original span of a normalized one. */
  private spanOf(start: number, length: number): { start: number; end: number } {
    return { start: this.normalized.start[start], end: this.normalized.end[start + length - 1] };
  }

  /** A quote that began or ended a word still does. */
  private wordsKept(start: number, end: number, p: Prepared): boolean {
    const { text } = this;
    if (p.wordStart && start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) return false;
    if (p.wordEnd && end < text.length && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1))) return false;
    return true;
  }
}

/**
 * The spans to try for an approximate match: as found, and moved to whole-word boundaries where the
 * quote began or ended a word and the match cuts one (by at most `slack` units).
 */
function snapToWords(N: string, start: number, end: number, p: Prepared, slack: number): [number, number][] {
  const isWord = (i: number) => i >= 0 && i < N.length && isWordCode(N.charCodeAt(i));
  const starts = [start];
  const ends = [end];
  if (p.wordStart && isWord(start - 1) && isWord(start)) {
    let s = start;
    while (start - s < slack && isWord(s - 1)) s--;
    if (!isWord(s - 1)) starts.push(s);
    s = start;
    while (s < end && s - start < slack && isWord(s)) s++;
    if (s < end && !isWord(s - 1)) starts.push(s);
  }
  if (p.wordEnd && isWord(end) && isWord(end - 1)) {
    let e = end;
    while (e - end < slack && isWord(e)) e++;
    if (!isWord(e)) ends.push(e);
    e = end;
    while (e > start && end - e < slack && isWord(e - 1)) e--;
    if (e > start && !isWord(e)) ends.push(e);
  }
  const spans: [number, number][] = [];
  for (const s of starts) for (const e of ends) if (e > s) spans.push([s, e]);
  return spans;
}

/**
 * Up to POSITION_BONUS for a span starting where the mention is expected, less the farther it is
 * and the less likely that expectation.
 */
function closeness(expected: Expectation, start: number): number {
  let best = 0;
  expected.at.forEach((at, i) => {
    best = Math.max(best, (expected.weight[i] * POSITION_BONUS) / (1 + Math.abs(start - at) / expected.spread));
  });
  return best;
}

function orphan(a: StoredAnchor): ReanchorResult {
  return { quote: a.quote, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end, status: 'orphaned', score: 0 };
}

/** The stored prefix and suffix stand beside the stored span, unit for unit. */
function contextAgrees(text: string, a: StoredAnchor): boolean {
  return a.start >= a.prefix.length && text.startsWith(a.prefix, a.start - a.prefix.length) && text.startsWith(a.suffix, a.end);
}

function onCodePointBoundaries(text: string, start: number, end: number): boolean {
  return !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);
}

/**
 * The fact file edit (`updateMention` patch) that records a result: the new anchor with the orphaned
 * flag cleared, or the orphaned flag set; undefined when the stored mention already says the same.
 */
export function reanchorPatch(stored: StoredAnchor & { orphaned?: boolean }, result: ReanchorResult): Partial<Omit<FactFileMention, 'id'>> | undefined {
  if (result.status === 'orphaned') return stored.orphaned ? undefined : { orphaned: true };
  const patch: Partial<Omit<FactFileMention, 'id'>> = {};
  for (const key of ['quote', 'prefix', 'suffix', 'start', 'end'] as const) {
    if (stored[key] !== result[key]) (patch as Record<string, unknown>)[key] = result[key];
  }
  if (stored.orphaned) patch.orphaned = undefined;
  return Object.keys(patch).length > 0 ? patch : undefined;
}
