// Agreement between two annotations of the same workspace (two copies, or two revisions): each
// article both annotated is compared on its spans, entity links, IOB2 tokens and facts, and the
// counts are added up for the whole. Articles are paired by their path in the workspace.
import { ENTITY_TYPES } from '../knowledgeBase/schema';
import { compareText, type MentionKind, type PreparedArticle, type PreparedMention, prepareArticle } from '../export/prepare';
import type { AnnotatedArticle } from '../workspace/articles';
import { type Alpha, krippendorffAlphaNominal } from './alpha';
import { type FactUnit, attendanceUnits, roleUnits } from './facts';
import { AgreementTable, cohenKappa, type Kappa } from './kappa';
import { addLinkCounts, addSpanCounts, exactF1, type F1, type LinkCounts, linkCounts, noLinkCounts, noSpanCounts, overlapF1, type SpanCounts, spanCounts } from './spans';
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

export interface FactFigures extends Alpha {
  /** The units on which the two sides differ, with what each gave. */
  disagreements: FactUnit[];
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

/** Spans both marked at the same offsets and type, linked to different entities. */
export interface LinkDisagreement {
  start: number;
  end: number;
  quote: string;
  a: string;
  b: string;
}

export interface SpanComparison {
  all: SpanFigures;
  byType: Record<MentionKind, SpanFigures>;
  links: LinkFigures;
  tokens: Kappa;
  unmatched: UnmatchedSpan[];
  linkDisagreements: LinkDisagreement[];
}

export interface ArticleAgreement {
  path: string;
  /**
   * The offset-based figures (spans, links, tokens), or null when the two sides' texts of the
   * article differ and offsets cannot be compared.
   */
  text: SpanComparison | null;
  attendance: FactFigures;
  roles: FactFigures;
  /** Mentions each side left out because their text is no longer where they say (as the export does). */
  leftOutMentions: { a: number; b: number };
}

export interface Totals {
  /** Articles both sides annotated, and of those, the ones whose texts differ. */
  articles: number;
  textDiffers: string[];
  all: SpanFigures;
  byType: Record<MentionKind, SpanFigures>;
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

const sameSpot = (x: PreparedMention, y: PreparedMention) => x.start === y.start && x.end === y.end && x.kind === y.kind;

/** What each side marked that the other did not, and the links they gave the same span differently. */
function differences(a: readonly PreparedMention[], b: readonly PreparedMention[]): { unmatched: UnmatchedSpan[]; linkDisagreements: LinkDisagreement[] } {
  const unmatched: UnmatchedSpan[] = [];
  const only = (side: 'a' | 'b', mine: readonly PreparedMention[], theirs: readonly PreparedMention[]) => {
    for (const m of mine) {
      if (!theirs.some((o) => sameSpot(m, o))) unmatched.push({ side, start: m.start, end: m.end, kind: m.kind, quote: m.quote, ...(m.entity !== undefined ? { entity: m.entity } : {}) });
    }
  };
  only('a', a, b);
  only('b', b, a);
  unmatched.sort((x, y) => x.start - y.start || x.end - y.end || compareText(x.side, y.side));
  const linkDisagreements: LinkDisagreement[] = [];
  for (const m of a) {
    if (m.entity === undefined) continue;
    const theirs = b.filter((o) => sameSpot(m, o) && o.entity !== undefined);
    // Two mentions of one spot on one side (two entities) agree when the other names either.
    if (theirs.length > 0 && !theirs.some((o) => o.entity === m.entity)) linkDisagreements.push({ start: m.start, end: m.end, quote: m.quote, a: m.entity, b: theirs[0].entity! });
  }
  return { unmatched, linkDisagreements };
}

function compareSpans(a: PreparedArticle, b: PreparedArticle): { comparison: SpanComparison; counts: Record<MentionKind, SpanCounts>; links: LinkCounts; table: AgreementTable } {
  const counts = byKind((kind) => spanCounts(a.mentions.filter((m) => m.kind === kind), b.mentions.filter((m) => m.kind === kind)));
  const all = MENTION_KINDS.reduce((sum, kind) => addSpanCounts(sum, counts[kind]), noSpanCounts());
  const links = linkCounts(a.mentions, b.mentions);
  const table = tokenTable(a.text, a.mentions, b.mentions);
  const comparison: SpanComparison = {
    all: spanFigures(all),
    byType: byKind((kind) => spanFigures(counts[kind])),
    links: linkFigures(links),
    tokens: cohenKappa(table),
    ...differences(a.mentions, b.mentions),
  };
  return { comparison, counts, links, table };
}

function factFigures(units: readonly FactUnit[]): FactFigures {
  return { ...krippendorffAlphaNominal(units.map((u) => [u.a, u.b])), disagreements: units.filter((u) => u.a !== u.b) };
}

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
    const all = MENTION_KINDS.reduce((sum, kind) => addSpanCounts(sum, this.counts[kind]), noSpanCounts());
    return {
      articles: this.articles,
      textDiffers: this.textDiffers,
      all: spanFigures(all),
      byType: byKind((kind) => spanFigures(this.counts[kind])),
      links: linkFigures(this.links),
      tokens: cohenKappa(this.table),
      attendance: krippendorffAlphaNominal(this.attendance.map((u) => [u.a, u.b])),
      roles: krippendorffAlphaNominal(this.roles.map((u) => [u.a, u.b])),
    };
  }
}

function compareArticle(a: AnnotatedArticle, b: AnnotatedArticle, into: Accumulator): ArticleAgreement {
  const preparedA = prepareArticle(a);
  const preparedB = prepareArticle(b);
  let text: SpanComparison | null = null;
  into.articles++;
  if (a.text === b.text) {
    const spans = compareSpans(preparedA, preparedB);
    text = spans.comparison;
    for (const kind of MENTION_KINDS) addSpanCounts(into.counts[kind], spans.counts[kind]);
    addLinkCounts(into.links, spans.links);
    into.table.addTable(spans.table);
  } else into.textDiffers.push(a.path);
  const attendance = attendanceUnits(preparedA.facts, preparedB.facts);
  const roles = roleUnits(preparedA.facts, preparedB.facts);
  // Units of different articles are different units, even about the same person.
  into.attendance.push(...attendance.map((u) => ({ ...u, unit: `${a.path} ${u.unit}` })));
  into.roles.push(...roles.map((u) => ({ ...u, unit: `${a.path} ${u.unit}` })));
  return { path: a.path, text, attendance: factFigures(attendance), roles: factFigures(roles), leftOutMentions: { a: preparedA.staleMentions, b: preparedB.staleMentions } };
}

/** Compares the articles two sides annotated, paired by path. */
export function compareWorkspaces(a: Iterable<AnnotatedArticle>, b: Iterable<AnnotatedArticle>): WorkspaceAgreement {
  const byPathB = new Map([...b].map((article) => [article.path, article]));
  const pathsA = new Set<string>();
  const totals = new Accumulator();
  const articles: ArticleAgreement[] = [];
  const onlyA: string[] = [];
  for (const article of [...a].sort((x, y) => compareText(x.path, y.path))) {
    pathsA.add(article.path);
    const other = byPathB.get(article.path);
    if (other) articles.push(compareArticle(article, other, totals));
    else onlyA.push(article.path);
  }
  const onlyB = [...byPathB.keys()].filter((path) => !pathsA.has(path)).sort(compareText);
  return { articles, total: totals.totals(), onlyA, onlyB };
}
