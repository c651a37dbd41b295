// What every exporter needs from one annotated article: its mentions checked against the text,
// in one order, with code-point offsets; its facts in one order; and the problems found on the way.
import { ANCHOR_CONTEXT } from '../reanchor/anchor';
import type { StoredAnchor } from '../reanchor/reanchor';
import { resolveAnchors } from '../reanchor/resolve';
import type { Problem } from '../problems';
import type { EntityType } from '../knowledgeBase/schema';
import { factKey } from '../factFile/ids';
import type { Fact, FactFileMention } from '../factFile/schema';
import { CodePointIndex, trimBrokenSurrogates } from '../text/codePoints';
import type { AnnotatedArticle } from '../workspace/articles';

/** What a mention names: one of the knowledge-base entity types, or a date. */
export type MentionKind = EntityType | 'date';

export interface PreparedMention {
  id: string;
  kind: MentionKind;
  /** The entity id, for entity mentions. */
  entity?: string;
  /** The ISO date, for date mentions. */
  date?: string;
  quote: string;
  /** The text just before and after the quote, cut to whole code points. */
  prefix: string;
  suffix: string;
  /** UTF-16 offsets, as the fact file stores them. */
  start: number;
  end: number;
  /** Unicode code-point offsets, as the W3C model and brat count them. */
  codePointStart: number;
  codePointEnd: number;
}

export interface PreparedArticle {
  path: string;
  factFilePath: string;
  text: string;
  article: AnnotatedArticle;
  index: CodePointIndex;
  /** The mentions found in the text, where they are (see resolveAnchors), by start, then end, then id. */
  mentions: PreparedMention[];
  /** The anchored mentions that facts cite, by id. */
  anchored: ReadonlyMap<string, PreparedMention>;
  /**
   * The facts, summits first, then attendances, then roles, each by what they say; each fact's
   * evidence lists only the mentions in `mentions`, each once.
   */
  facts: Fact[];
  /** Every entity id the anchored mentions and the facts refer to, sorted (`referencedEntities`). */
  entityIds: readonly string[];
  /** Mentions left out because their text was not found. */
  staleMentions: number;
  problems: Problem[];
}

/** What a fact file says of its article besides its file and text: those of the three it gives. */
export interface ArticleRecord {
  language?: string;
  publisher?: string;
  published?: string;
}

/** The article's record, for the formats that carry it beside the text (the importers read it back). */
export function articleRecord(article: PreparedArticle): ArticleRecord {
  const { language, publisher, published } = article.article.factFile.article;
  const record: ArticleRecord = {};
  if (language !== undefined) record.language = language;
  if (publisher !== undefined) record.publisher = publisher;
  if (published !== undefined) record.published = published;
  return record;
}

const FACT_ORDER: Record<Fact['type'], number> = { summit: 0, attendance: 1, role: 2 };

/** Compares by UTF-16 code units, the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFacts(a: Fact, b: Fact): number {
  return FACT_ORDER[a.type] - FACT_ORDER[b.type] || compareText(factKey(a), factKey(b)) || compareText(a.id, b.id);
}

export function compareMentions(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || a.end - b.end || compareText(a.id, b.id);
}

/** The entity type an id names, from its prefix (`person:…`). */
export function entityTypeOf(id: string): EntityType {
  return id.slice(0, id.indexOf(':')) as EntityType;
}

/**
 * The stored prefix when the text still has it before the quote, else the text's own context.
 * `held`: the stored prefix is known to stand there (resolveAnchors said so), not compared again.
 */
function contextBefore(text: string, start: number, stored: string, held: boolean): string {
  const kept = stored !== '' && (held || (start >= stored.length && text.slice(start - stored.length, start) === stored));
  return trimBrokenSurrogates(kept ? stored : text.slice(Math.max(0, start - ANCHOR_CONTEXT), start));
}

function contextAfter(text: string, end: number, stored: string, held: boolean): string {
  const kept = stored !== '' && (held || text.slice(end, end + stored.length) === stored);
  return trimBrokenSurrogates(kept ? stored : text.slice(end, end + ANCHOR_CONTEXT));
}

/** A quote for a message: JSON-quoted, and cut when it is long. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/** Whether the mention's quote is in the text at its stored offsets (its context aside). */
function quoteAtOffsets(m: FactFileMention, text: string): boolean {
  return m.end <= text.length && text.slice(m.start, m.end) === m.quote;
}

/**
 * Why a stored mention cannot be exported, in words that are true of it; undefined when it was
 * found (`at`, where resolveAnchors places it).
 */
function whyLeftOut(m: FactFileMention, at: StoredAnchor | undefined, text: string, index: CodePointIndex, articlePath: string): string | undefined {
  if (m.orphaned) {
    return quoteAtOffsets(m, text)
      ? `is marked orphaned: true, though its quote is at ${m.start}-${m.end} of ${articlePath} again (re-attach it in the editor)`
      : 'is marked orphaned: true (its text was not found again after an edit)';
  }
  if (!at) {
    // Stored offsets are a hint; the quote with its context is what was annotated.
    const nowhere = 'and no other place in it is certainly its own';
    if (m.start > text.length || m.end > text.length) return `is at ${m.start}-${m.end}, which runs past the end of ${articlePath} (${text.length} UTF-16 code units), ${nowhere}`;
    if (!quoteAtOffsets(m, text)) return `is not in ${articlePath} at ${m.start}-${m.end}, which holds ${quoted(text.slice(m.start, m.end))}, ${nowhere} (the article changed?)`;
    return `is at ${m.start}-${m.end} of ${articlePath} without the words the fact file records around it, ${nowhere} (the article changed?)`;
  }
  if (!index.isBoundary(at.start) || !index.isBoundary(at.end)) return `is at ${at.start}-${at.end}, which cuts a character of ${articlePath} in two`;
  return undefined;
}

/**
 * The fact with only the evidence the export holds, each mention once; and, when some was left
 * out, the warning that says so.
 */
function factWithExportedEvidence(fact: Fact, index: number, anchored: ReadonlyMap<string, PreparedMention>, factFilePath: string): { fact: Fact; problem?: Problem } {
  const kept = [...new Set(fact.evidence.filter((id) => anchored.has(id)))];
  const lost = [...new Set(fact.evidence.filter((id) => !anchored.has(id)))];
  if (lost.length === 0) return { fact: kept.length === fact.evidence.length ? fact : { ...fact, evidence: kept } };
  const rest = kept.length > 0 ? `it is exported with the rest of its evidence (${kept.join(', ')})` : 'it is exported without evidence';
  return {
    fact: { ...fact, evidence: kept },
    problem: {
      file: factFilePath,
      line: 1,
      column: 1,
      field: `facts[${index}].evidence`,
      message: `fact ${fact.id} (${fact.type}) cites ${lost.length === 1 ? 'mention' : 'mentions'} ${lost.join(', ')}, left out of the export; ${rest}`,
      severity: 'warning',
    },
  };
}

/**
 * The mention where it was found. Built as one literal of either shape, entity or date, with no
 * spread: a large export prepares half a million of these.
 */
function preparedMention(m: FactFileMention, at: StoredAnchor, text: string, index: CodePointIndex, held: boolean): PreparedMention {
  const prefix = contextBefore(text, at.start, at.prefix, held);
  const suffix = contextAfter(text, at.end, at.suffix, held);
  const codePointStart = index.toCodePoint(at.start);
  const codePointEnd = index.toCodePoint(at.end);
  if (m.entity !== undefined) {
    return { id: m.id, kind: entityTypeOf(m.entity), entity: m.entity, quote: at.quote, prefix, suffix, start: at.start, end: at.end, codePointStart, codePointEnd };
  }
  return { id: m.id, kind: 'date', date: m.date, quote: at.quote, prefix, suffix, start: at.start, end: at.end, codePointStart, codePointEnd };
}

/** Checks an article's mentions against its text and puts everything in export order. */
export function prepareArticle(article: AnnotatedArticle): PreparedArticle {
  const { text, factFile, factFilePath } = article;
  const index = new CodePointIndex(text);
  const problems: Problem[] = [];
  const mentions: PreparedMention[] = [];
  let staleMentions = 0;

  // Stored offsets are hints: a mention is where its quote and context are (core/reanchor/resolve.ts);
  // in the usual case, every one at its stored offsets.
  const resolved = resolveAnchors(text, factFile.mentions, factFile.rejections);
  const stored = factFile.mentions;
  for (let i = 0; i < stored.length; i++) {
    const m = stored[i];
    const found: StoredAnchor | undefined = resolved.held ? m : resolved.mentions[i].status === 'orphaned' ? undefined : resolved.mentions[i];
    const why = whyLeftOut(m, found, text, index, article.path);
    if (why !== undefined) {
      staleMentions++;
      problems.push({ file: factFilePath, line: 1, column: 1, field: `mentions[${i}]`, message: `mention ${m.id} (${quoted(m.quote)}) ${why}; it is left out of the export`, severity: 'warning' });
      continue;
    }
    mentions.push(preparedMention(m, found!, text, index, resolved.held));
  }
  mentions.sort(compareMentions);
  // Only the mentions that facts cite are looked up by id: a map of them all would be a fifth of
  // what a long article's preparation holds.
  const cited = new Set(factFile.facts.flatMap((fact) => fact.evidence));
  const anchored = new Map<string, PreparedMention>();
  for (const m of mentions) if (cited.has(m.id)) anchored.set(m.id, m);

  const facts = factFile.facts.map((fact, i) => {
    const checked = factWithExportedEvidence(fact, i, anchored, factFilePath);
    if (checked.problem) problems.push(checked.problem);
    return checked.fact;
  });

  facts.sort(compareFacts);
  return {
    path: article.path,
    factFilePath,
    text,
    article,
    index,
    mentions,
    anchored,
    facts,
    // Made once: the writer and the export's list of unknown entities both go through them.
    entityIds: referencedEntities(mentions, facts),
    staleMentions,
    problems,
  };
}

/** The entity ids a fact refers to, in the order of its fields. */
export function factEntities(fact: Fact): string[] {
  switch (fact.type) {
    case 'summit':
      return [fact.event, fact.organization, fact.city].filter((id): id is string => id !== undefined);
    case 'attendance':
      return [fact.person, fact.event];
    case 'role':
      return [fact.person, fact.country, fact.organization].filter((id): id is string => id !== undefined);
  }
}

/** Every entity id the mentions and the facts refer to, sorted. */
function referencedEntities(mentions: readonly PreparedMention[], facts: readonly Fact[]): string[] {
  const ids = new Set<string>();
  for (const m of mentions) if (m.entity !== undefined) ids.add(m.entity);
  for (const fact of facts) for (const id of factEntities(fact)) ids.add(id);
  // The default order is compareText's (UTF-16 code units), without a call per comparison.
  return [...ids].sort();
}

/** The anchored evidence of a fact, in text order, each mention once. */
export function anchoredEvidence(article: PreparedArticle, fact: Fact): PreparedMention[] {
  const seen = new Set<string>();
  const out: PreparedMention[] = [];
  for (const id of fact.evidence) {
    const m = article.anchored.get(id);
    if (m && !seen.has(id)) {
      seen.add(id);
      out.push(m);
    }
  }
  return out.sort(compareMentions);
}
