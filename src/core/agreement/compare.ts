// Agreement between two annotations of the same workspace (two copies, or two revisions): each
// article both annotated is compared on its spans, entity links, IOB2 tokens and facts, and the
// counts are added up for the whole. Articles are paired by their path in the workspace.
import { ENTITY_TYPES } from '../knowledgeBase/schema';
import { compareText, type MentionKind, type PreparedArticle, type PreparedMention, prepareArticle } from '../export/prepare';
import type { AnnotatedArticle } from '../workspace/articles';
import { type Alpha, krippendorffAlphaNominal } from './alpha';
import { type FactUnit, attendanceUnits, roleUnits } from './facts';
import { AgreementTable, cohenKappa, type Kappa } from './kappa';
import { addLinkCounts, addSpanCounts, exactF1, type F1, type LinkCounts, linkCounts, noLinkCounts, noSpanCounts, overlapF1, type SpanCounts, spanCounts, SpanIndex } from './spans';
import { tokenTable } from './tokens';

export const MENTION_KINDS: readonly MentionKind[] = [...ENTITY_TYPES, 'date'];

export interface SpanFigures {
  counts: SpanCounts;
  exact: F1;
  overlap: F1;
}

export interface LinkFigures extends LinkCounts {
  /** sameEntity / pairs: on overlapping spans (exact ones included); null when there is no pair. */
  agreement: number | null;
  /** exactSameEntity / exactPairs: on exactly matching spans only. */
  exactAgreement: number | null;
}

/** The spans of all types together, and of each type. */
export interface SpanTotals {
  all: SpanFigures;
  byType: Record<MentionKind, SpanFigures>;
}

/** A span only one side marked (no span of the same type at the same offsets on the other side). */
export interface UnmatchedSpan {
  side: 'a' | 'b';
  start: number;
  end: number;
  kind: MentionKind;
  quote: string;
  entity?: string;
}

/** Spans both marked at the same offsets and type, linked to different entities (or, for dates, resolved to different dates). */
export interface LinkDisagreement {
  start: number;
  end: number;
  quote: string;
  a: string;
  b: string;
}

/** What the two sides of one article disagree on. */
export interface Disagreements {
  spans: UnmatchedSpan[];
  links: LinkDisagreement[];
  /** Dates both marked at the same offsets, resolved to different ISO dates. */
  dates: LinkDisagreement[];
  /** The units of facts on which the two differ, with what each gave. */
  attendance: FactUnit[];
  roles: FactUnit[];
}

export interface ArticleAgreement {
  path: string;
  /** False when the two sides' texts of the article differ: spans, links and tokens are then null, as offsets cannot be compared. */
  sameText: boolean;
  spans: SpanTotals | null;
  links: LinkFigures | null;
  tokens: Kappa | null;
  attendance: Alpha;
  roles: Alpha;
  disagreements: Disagreements;
  /** Mentions each side left out because their text is no longer where they say (as the export does). */
  leftOutMentions: { a: number; b: number };
}

export interface Totals {
  /** Articles both sides annotated, and of those, the ones whose texts differ. */
  articles: number;
  textDiffers: string[];
  spans: SpanTotals;
  links: LinkFigures;
  tokens: Kappa;
  attendance: Alpha;
  roles: Alpha;
}

export interface WorkspaceAgreement {
  articles: ArticleAgreement[];
  total: Totals;
  /** Articles annotated by one side only, by path. */
  onlyA: string[];
  onlyB: string[];
}

function spanFigures(counts: SpanCounts): SpanFigures {
  return { counts, exact: exactF1(counts), overlap: overlapF1(counts) };
}

function linkFigures(c: LinkCounts): LinkFigures {
  return { ...c, agreement: c.pairs > 0 ? c.sameEntity / c.pairs : null, exactAgreement: c.exactPairs > 0 ? c.exactSameEntity / c.exactPairs : null };
}

function byKind<T>(make: (kind: MentionKind) => T): Record<MentionKind, T> {
  return Object.fromEntries(MENTION_KINDS.map((kind) => [kind, make(kind)])) as Record<MentionKind, T>;
}

/** What each side marked that the other did not. */
function unmatchedSpans(a: readonly PreparedMention[], b: readonly PreparedMention[]): UnmatchedSpan[] {
  const unmatched: UnmatchedSpan[] = [];
  const only = (side: 'a' | 'b', mine: readonly PreparedMention[], theirs: readonly PreparedMention[]) => {
    const index = new SpanIndex(theirs);
    for (const m of mine) {
      if (index.at(m).length === 0) unmatched.push({ side, start: m.start, end: m.end, kind: m.kind, quote: m.quote, ...(m.entity !== undefined ? { entity: m.entity } : {}) });
    }
  };
  only('a', a, b);
  only('b', b, a);
  return unmatched.sort((x, y) => x.start - y.start || x.end - y.end || compareText(x.side, y.side));
}

/**
 * The spans both marked at the same offsets and type whose values differ: the entity, or the date.
 * When one side has two mentions of a spot (two entities), the other agrees by naming either.
 */
function differentValues(a: readonly PreparedMention[], b: readonly PreparedMention[], valueOf: (m: PreparedMention) => string | undefined): LinkDisagreement[] {
  const out: LinkDisagreement[] = [];
  const index = new SpanIndex(b);
  for (const m of a) {
    const mine = valueOf(m);
    if (mine === undefined) continue;
    const theirs = index.at(m).map(valueOf).filter((v) => v !== undefined);
    if (theirs.length > 0 && !theirs.includes(mine)) out.push({ start: m.start, end: m.end, quote: m.quote, a: mine, b: theirs[0]! });
  }
  return out;
}

function spanTotals(counts: Record<MentionKind, SpanCounts>): SpanTotals {
  const all = MENTION_KINDS.reduce((sum, kind) => addSpanCounts(sum, counts[kind]), noSpanCounts());
  return { all: spanFigures(all), byType: byKind((kind) => spanFigures(counts[kind])) };
}

/** The counts behind the offset-based figures of one article whose two texts are the same. */
function countSpans(a: PreparedArticle, b: PreparedArticle): { counts: Record<MentionKind, SpanCounts>; links: LinkCounts; table: AgreementTable } {
  return {
    counts: byKind((kind) => spanCounts(a.mentions.filter((m) => m.kind === kind), b.mentions.filter((m) => m.kind === kind))),
    links: linkCounts(a.mentions, b.mentions),
    table: tokenTable(a.text, a.mentions, b.mentions),
  };
}

const alphaOf = (units: readonly FactUnit[]): Alpha => krippendorffAlphaNominal(units.map((u) => [u.a, u.b]));
const differing = (units: readonly FactUnit[]): FactUnit[] => units.filter((u) => u.a !== u.b);

/** Adds what one article's comparison counted into the workspace's totals as they are gathered. */
class Accumulator {
  readonly counts = byKind(() => noSpanCounts());
  readonly links = noLinkCounts();
  readonly table = new AgreementTable();
  readonly attendance: FactUnit[] = [];
  readonly roles: FactUnit[] = [];
  readonly textDiffers: string[] = [];
  articles = 0;

  totals(): Totals {
    return {
      articles: this.articles,
      textDiffers: this.textDiffers,
      spans: spanTotals(this.counts),
      links: linkFigures(this.links),
      tokens: cohenKappa(this.table),
      attendance: alphaOf(this.attendance),
      roles: alphaOf(this.roles),
    };
  }
}

function compareArticle(a: AnnotatedArticle, b: AnnotatedArticle, into: Accumulator): ArticleAgreement {
  const preparedA = prepareArticle(a);
  const preparedB = prepareArticle(b);
  const sameText = a.text === b.text;
  const counted = sameText ? countSpans(preparedA, preparedB) : undefined;
  into.articles++;
  if (counted) {
    for (const kind of MENTION_KINDS) addSpanCounts(into.counts[kind], counted.counts[kind]);
    addLinkCounts(into.links, counted.links);
    into.table.addTable(counted.table);
  } else into.textDiffers.push(a.path);
  const attendance = attendanceUnits(preparedA.facts, preparedB.facts);
  const roles = roleUnits(preparedA.facts, preparedB.facts);
  // Units of different articles are different units, even about the same person.
  into.attendance.push(...attendance.map((u) => ({ ...u, unit: `${a.path} ${u.unit}` })));
  into.roles.push(...roles.map((u) => ({ ...u, unit: `${a.path} ${u.unit}` })));
  const [ma, mb] = sameText ? [preparedA.mentions, preparedB.mentions] : [[], []];
  return {
    path: a.path,
    sameText,
    spans: counted ? spanTotals(counted.counts) : null,
    links: counted ? linkFigures(counted.links) : null,
    tokens: counted ? cohenKappa(counted.table) : null,
    attendance: alphaOf(attendance),
    roles: alphaOf(roles),
    disagreements: {
      spans: unmatchedSpans(ma, mb),
      links: differentValues(ma, mb, (m) => m.entity),
      dates: differentValues(ma, mb, (m) => m.date),
      attendance: differing(attendance),
      roles: differing(roles),
    },
    leftOutMentions: { a: preparedA.staleMentions, b: preparedB.staleMentions },
  };
}

/**
 * Compares two sides' articles as B's arrive, A's held until their pair comes: only one side is in
 * memory at a time, whatever the order of either.
 */
export class WorkspaceComparison {
  private readonly waiting = new Map<string, AnnotatedArticle>();
  private readonly totals = new Accumulator();
  private readonly articles: ArticleAgreement[] = [];
  private readonly onlyB: string[] = [];

  constructor(a: Iterable<AnnotatedArticle>) {
    for (const article of a) this.waiting.set(article.path, article);
  }

  /** Compares one of B's articles with A's of the same path, or notes that A has none. */
  add(b: AnnotatedArticle): void {
    const a = this.waiting.get(b.path);
    if (!a) {
      this.onlyB.push(b.path);
      return;
    }
    this.waiting.delete(b.path);
    this.articles.push(compareArticle(a, b, this.totals));
  }

  result(): WorkspaceAgreement {
    const byPath = (x: { path: string }, y: { path: string }) => compareText(x.path, y.path);
    this.totals.textDiffers.sort(compareText);
    return {
      articles: [...this.articles].sort(byPath),
      total: this.totals.totals(),
      onlyA: [...this.waiting.keys()].sort(compareText),
      onlyB: [...this.onlyB].sort(compareText),
    };
  }
}

/** Compares the articles two sides annotated, paired by path. */
export function compareWorkspaces(a: Iterable<AnnotatedArticle>, b: Iterable<AnnotatedArticle>): WorkspaceAgreement {
  const comparison = new WorkspaceComparison(a);
  for (const article of b) comparison.add(article);
  return comparison.result();
}
