// The import of annotations made elsewhere: each document a format's reader read (./document.ts)
// is matched to an article of the workspace, each of its spans anchored in the article's text by
// the re-anchoring used after edits, linked to an entity of the knowledge base (or read as a date),
// and each of its facts tied to the mentions that are its evidence. What comes out is added to the
// article's fact file and never replaces what it holds: a mention already there is skipped, one at
// the same span as another entity is a disagreement, reported and not written.
//
// Two steps, so that the editor can make the second against the fact file as its writer finds it:
// `resolveImport` (documents → mentions and facts per article, with everything left out and why)
// and `importEdits` (those → the fact-file edits that add them). `planImport` does both for the
// command line, fact files' texts in, new texts out. Nothing here touches a file.
import { articleYear, datelineDay, datelineYear, findDates } from '../recognizer/dates';
import { recordedMention, sameTarget, targetOf, type MentionTarget } from '../annotation/corrections';
import { type ArticleDescription, describeArticle } from '../annotation/articleMetadata';
import { dateOfSelection } from '../annotation/dates';
import { makeFact } from '../annotation/status';
import { factKey, textHash, type FactContent } from '../factFile/ids';
import { fileNameOf } from '../factFile/paths';
import { Fact, type FactFile, type FactFileMention, IsoDateOrRange } from '../factFile/schema';
import { applyFactFileEdits, type FactFileEdit, newFactFileText, parseFactFile } from '../factFile/store';
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { ENTITY_ID_PATTERN, type Entity, type EntityType } from '../knowledgeBase/schema';
import { EntitySearch } from '../knowledgeBase/search';
import type { Problem } from '../problems';
import { anchorAt } from '../reanchor/anchor';
import { type NormalizedText, normalizeString, normalizeText } from '../reanchor/normalize';
import { reanchor, type ReanchorResult, type ReanchorStatus, type StoredAnchor } from '../reanchor/reanchor';
import { resolveAnchors } from '../reanchor/resolve';
import { publicationOptions, type Recognizer } from '../recognizer/recognizer';
import { CodePointIndex } from '../text/codePoints';
import { foldString, isWordCode } from '../text/fold';
import type { ImportedDocument, ImportedFact, ImportedSpan } from './document';
import { type ImportType, LabelMap } from './labels';

/** An article of the workspace an import may go to. */
export interface WorkspaceArticle {
  /** Relative to the workspace root, with forward slashes. */
  path: string;
  text: string;
  /** The publication date its fact file records, when it has one: dates without a year are read at it. */
  published?: string;
}

/** How a document was matched to its article. */
export type MatchedBy = 'name' | 'text' | 'similar text';

/** Why a span or a fact was left out. */
export type LeftOutReason =
  | 'label ignored'
  | 'label not mapped'
  | 'no text to anchor'
  | 'ambiguous quote'
  | 'not anchored'
  | 'not linked'
  | 'no date'
  | 'disagrees'
  | 'invalid fact'
  | 'no evidence';

export interface LeftOut {
  /** The document it came from (a file, a record). */
  source: string;
  /** A span's quote, or a fact's kind and source id. */
  what: string;
  reason: LeftOutReason;
  /** The particulars: the label, the ids that disagree, the field that is wrong. */
  detail?: string;
}

/** A fact read and tied to the mentions that are its evidence (by their ids here). */
export interface ResolvedFact {
  source: string;
  fact: Fact;
}

/** What the documents matched to one article add to it, before the fact file is looked at. */
export interface ResolvedArticle {
  path: string;
  /** The article's text the spans were anchored in. */
  articleText: string;
  documents: { source: string; matchedBy: MatchedBy }[];
  /** What the documents say of the article itself (the first to give a field gives it): for a fact file the import creates. */
  article?: ArticleDescription;
  /** The mentions anchored and linked, each once. */
  mentions: FactFileMention[];
  facts: ResolvedFact[];
  /** The document each mention came from, by mention id. */
  mentionSources: Map<string, string>;
  counts: { spans: number; anchored: number; linked: number; facts: number };
  /** How the anchored spans were found: at the same offsets, moved, or by an approximate quote. */
  anchoring: Partial<Record<Exclude<ReanchorStatus, 'orphaned'>, number>>;
  leftOut: LeftOut[];
}

export interface ResolvedImport {
  articles: ResolvedArticle[];
  /** Documents no article was found for, and why. */
  unmatched: { source: string; name?: string; reason: string }[];
  /** Labels that mapped to nothing, with how many spans had them. */
  unmappedLabels: { label: string; count: number }[];
  /** What the readers could not read. */
  readerProblems: string[];
}

export interface ImportSettings {
  knowledgeBase: KnowledgeBase;
  /** The user's labels file, read (see ./labels.ts). */
  labels?: LabelMap;
}

// ---------------------------------------------------------------------------------------------
// Matching documents to articles

function baseName(path: string): string {
  const name = path.replace(/\\/g, '/');
  return name.slice(name.lastIndexOf('/') + 1);
}

function withoutExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A text as compared between a source and an article: typography folded, and the ends trimmed. */
function comparable(text: string): string {
  return normalizeString(text.replace(/^\uFEFF/, '')).trim();
}

/** The words of a text in overlapping triples, for "nearly the same text". */
function shingles(text: string): Set<string> {
  const words = foldString(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (words.length < 3 && words.length > 0) set.add(words.join(' '));
  return set;
}

/** Texts this alike (the share of word triples they have in common, Jaccard) are the same article with small differences. */
const SIMILAR_TEXT = 0.8;

class ArticleMatcher {
  private byText?: Map<string, WorkspaceArticle[]>;
  private triples?: Map<WorkspaceArticle, Set<string>>;
  private postings?: Map<string, WorkspaceArticle[]>;

  constructor(private readonly articles: readonly WorkspaceArticle[]) {}

  /** The articles a source name may mean: the same path, a path ending with it, the same file name, the same name without extension. */
  byName(name: string): WorkspaceArticle[] {
    const path = name.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const tests: ((a: WorkspaceArticle) => boolean)[] = [
      (a) => a.path === path,
      (a) => a.path.endsWith(`/${path}`),
      (a) => baseName(a.path) === baseName(path),
      (a) => withoutExtension(baseName(a.path)) === withoutExtension(baseName(path)),
      (a) => withoutExtension(baseName(a.path)) === baseName(path),
    ];
    for (const test of tests) {
      const found = this.articles.filter(test);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** The articles whose text is the document's, typography aside. */
  sameText(text: string, among: readonly WorkspaceArticle[] = this.articles): WorkspaceArticle[] {
    if (!this.byText) {
      this.byText = new Map();
      for (const article of this.articles) {
        const key = comparable(article.text);
        this.byText.set(key, [...(this.byText.get(key) ?? []), article]);
      }
    }
    return (this.byText.get(comparable(text)) ?? []).filter((a) => among.includes(a));
  }

  /** The one article whose text is nearly the document's, clearly more than any other; undefined when none is or two are. */
  similarText(text: string, among: readonly WorkspaceArticle[] = this.articles): WorkspaceArticle | undefined {
    if (!this.triples || !this.postings) {
      this.triples = new Map(this.articles.map((a) => [a, shingles(a.text)]));
      this.postings = new Map();
      for (const [article, set] of this.triples) {
        for (const s of set) {
          const list = this.postings.get(s);
          if (list) list.push(article);
          else this.postings.set(s, [article]);
        }
      }
    }
    // Only the articles that share a triple with the document are compared: the cost follows the overlap, not the workspace.
    const mine = shingles(text);
    const common = new Map<WorkspaceArticle, number>();
    for (const s of mine) for (const a of this.postings.get(s) ?? []) common.set(a, (common.get(a) ?? 0) + 1);
    const allowed = new Set(among);
    const scored = [...common]
      .filter(([a]) => allowed.has(a))
      .map(([a, shared]) => ({ a, score: shared / (mine.size + this.triples!.get(a)!.size - shared) }))
      .filter((s) => s.score >= SIMILAR_TEXT);
    scored.sort((x, y) => y.score - x.score);
    return scored.length === 1 || (scored.length > 1 && scored[0].score > scored[1].score) ? scored[0]?.a : undefined;
  }

  /** The document's article and how it was found, or why none was. */
  match(document: ImportedDocument): { article: WorkspaceArticle; matchedBy: MatchedBy } | { reason: string } {
    const named = document.name === undefined ? [] : this.byName(document.name);
    if (named.length === 1) return { article: named[0], matchedBy: 'name' };
    const among = named.length > 1 ? named : this.articles;
    if (document.text !== undefined) {
      const same = this.sameText(document.text, among);
      if (same.length === 1) return { article: same[0], matchedBy: 'text' };
      if (same.length === 0) {
        const similar = this.similarText(document.text, among);
        if (similar) return { article: similar, matchedBy: 'similar text' };
      }
    }
    if (named.length > 1) return { reason: `its name ${document.name} fits ${named.length} articles (${named.map((a) => a.path).join(', ')}) and its text does not tell them apart` };
    if (document.text === undefined) return { reason: document.name === undefined ? 'it has neither a name nor a text to match an article by' : `no article is named ${document.name}` };
    return { reason: `no article is named ${document.name ?? '(no name)'} or has its text` };
  }
}

// ---------------------------------------------------------------------------------------------
// Anchoring, linking, facts

/** How far around a span the source's text is taken as its context, as the fact files take it. */
const CONTEXT = 32;

interface SpanAnchor {
  span: ImportedSpan;
  anchor: StoredAnchor;
  /** No offsets and no context: only a quote that occurs once can be placed. */
  quoteOnly: boolean;
}

/** What a span is anchored by: its quote and context, from the document's text where the source has it. */
function anchorOf(span: ImportedSpan, text: string | undefined): SpanAnchor | undefined {
  const { start, end } = span;
  const hasOffsets = start !== undefined && end !== undefined && end > start;
  if (text !== undefined && hasOffsets && end <= text.length && (span.quote === undefined || text.slice(start, end) === span.quote)) {
    const taken = anchorAt(text, start, end, CONTEXT);
    return { span, anchor: { ...taken, prefix: span.prefix ?? taken.prefix, suffix: span.suffix ?? taken.suffix }, quoteOnly: false };
  }
  const quote = span.quote ?? (text !== undefined && hasOffsets ? text.slice(start, end) : undefined);
  if (!quote) return undefined;
  const prefix = span.prefix ?? '';
  const suffix = span.suffix ?? '';
  // Without offsets, a place that says nothing: not where the prefix would reach the text's start
  // (the re-anchoring reads that as "the text began here").
  const at = hasOffsets && end - start === quote.length ? start : prefix.length + 1;
  return { span, anchor: { quote, prefix, suffix, start: at, end: at + quote.length }, quoteOnly: !hasOffsets && prefix === '' && suffix === '' };
}

/** How many times a quote occurs in a text, typography folded; stops counting at 2. */
function occurrences(normalizedText: string, quote: string): number {
  const q = normalizeString(quote);
  const first = normalizedText.indexOf(q);
  if (first < 0) return 0;
  return normalizedText.indexOf(q, first + 1) < 0 ? 1 : 2;
}

/**
 * The quote's one occurrence in the text as a whole word (typography folded), when it occurs once:
 * a span whose context was not found (a source that rebuilt the text from tokens) is still placed
 * without a guess.
 */
function onlyOccurrence(text: string, normalized: NormalizedText, quote: string): ReanchorResult | undefined {
  const q = normalizeString(quote).trim();
  if (q.length === 0) return undefined;
  const N = normalized.text;
  const isWord = (i: number) => i >= 0 && i < N.length && isWordCode(N.charCodeAt(i));
  let found: number | undefined;
  for (let at = N.indexOf(q); at >= 0; at = N.indexOf(q, at + 1)) {
    if ((isWord(at - 1) && isWord(at)) || (isWord(at + q.length) && isWord(at + q.length - 1))) continue;
    if (found !== undefined) return undefined;
    found = at;
  }
  if (found === undefined) return undefined;
  const start = normalized.start[found];
  const end = normalized.end[found + q.length - 1];
  const anchor = anchorAt(text, start, end, CONTEXT);
  return { ...anchor, status: anchor.quote === quote ? 'moved' : 'fuzzy', score: 0 };
}

/** The knowledge base's entities by Wikidata id, and its search by name; built once per import. */
class Linker {
  private byWikidata?: Map<string, Entity[]>;
  private search?: EntitySearch;

  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  /** The entity a span names, or why none: this project's id, else a Wikidata id, else the quote as one of the entity's names. */
  link(span: ImportedSpan, quote: string, type: ImportType | undefined): { entity: string } | { reason: LeftOutReason; detail: string } {
    if (span.entity !== undefined && ENTITY_ID_PATTERN.test(span.entity) && this.knowledgeBase.get(span.entity)) return { entity: span.entity };
    if (span.wikidata !== undefined) {
      this.byWikidata ??= this.indexWikidata();
      const found = (this.byWikidata.get(span.wikidata) ?? []).filter((e) => type === undefined || type === 'date' || e.type === type);
      if (found.length === 1) return { entity: found[0].id };
    }
    if (type === undefined) return { reason: 'label not mapped', detail: span.label };
    if (type === 'date') return { reason: 'not linked', detail: 'a date span with an entity' };
    const named = this.byName(quote, type);
    if (named.length === 1) return { entity: named[0].id };
    const tried = [span.entity, span.wikidata].filter((x) => x !== undefined).join(', ');
    const why = named.length > 1 ? `"${quote}" names ${named.length} ${type} entities (${named.map((e) => e.id).join(', ')})` : `no ${type} of the knowledge base is called "${quote}"`;
    return { reason: 'not linked', detail: tried ? `${tried} unknown to the knowledge base; ${why}` : why };
  }

  /** The entities of a type one of whose names is the quote, case and accents aside. */
  private byName(quote: string, type: EntityType): Entity[] {
    this.search ??= new EntitySearch(this.knowledgeBase);
    const folded = foldString(quote).trim();
    return this.search
      .search(quote, { type, limit: 10 })
      .filter((m) => foldString(m.name).trim() === folded)
      .map((m) => m.entity);
  }

  private indexWikidata(): Map<string, Entity[]> {
    const map = new Map<string, Entity[]>();
    for (const entity of this.knowledgeBase.entities()) if (entity.wikidata) map.set(entity.wikidata, [...(map.get(entity.wikidata) ?? []), entity]);
    return map;
  }
}

/** The type a span's entity id says, when it has one. */
function typeOfId(id: string | undefined): EntityType | undefined {
  return id !== undefined && ENTITY_ID_PATTERN.test(id) ? (id.slice(0, id.indexOf(':')) as EntityType) : undefined;
}

/** Reads dates as the recognizer does, at the article's own date (its fact file's, else its dateline's): once per article. */
class ArticleDates {
  private found?: { start: number; end: number; iso?: string }[];
  private readonly year: number | undefined;
  private readonly day: string | undefined;

  constructor(
    private readonly text: string,
    published: string | undefined,
  ) {
    const given = publicationOptions(published);
    const { articleDate } = given;
    this.year = articleYear(text, given);
    this.day = articleDate ?? datelineDay(text, this.year);
  }

  /** The ISO value of the date at [start, end): the recognizer's reading there, else the quote read alone. */
  at(start: number, end: number, quote: string): string | undefined {
    this.found ??= findDates(this.text, this.year, this.day);
    // A day without a year (--11-23) is a value a fact file holds, when the article's year is unknown.
    const exact = this.found.find((d) => d.start === start && d.end === end && d.iso !== undefined && IsoDateOrRange.safeParse(d.iso).success);
    return exact?.iso ?? dateOfSelection(quote, this.year);
  }
}

interface ArticleWork {
  article: WorkspaceArticle;
  resolved: ResolvedArticle;
  dates: ArticleDates;
}

function leftOutSpan(source: string, span: ImportedSpan, reason: LeftOutReason, detail?: string): LeftOut {
  return { source, what: span.quote ?? (span.start !== undefined ? `[${span.start}, ${span.end})` : span.label), reason, ...(detail ? { detail } : {}) };
}

/** Anchors and links the spans of one document in its article; returns the mention id of each span it kept, by source id. */
function resolveSpans(document: ImportedDocument, work: ArticleWork, labels: LabelMap, linker: Linker, unmapped: Map<string, number>): Map<string, string> {
  const { article, resolved } = work;
  const ids = new Map<string, string>();
  const candidates: { anchored: SpanAnchor; type: ImportType | undefined }[] = [];
  let normalizedArticle: NormalizedText | undefined;
  let codePoints: CodePointIndex | undefined;
  for (const source of document.spans) {
    resolved.counts.spans++;
    // Offsets in code points count in the document's text, or, when it carries none, the article's.
    let span = source;
    if (span.start === undefined && span.codePointStart !== undefined && span.codePointEnd !== undefined) {
      codePoints ??= new CodePointIndex(document.text ?? article.text);
      if (span.codePointEnd <= codePoints.codePointLength && span.codePointStart < span.codePointEnd) {
        span = { ...span, start: codePoints.toUtf16(span.codePointStart), end: codePoints.toUtf16(span.codePointEnd) };
        if (document.text === undefined && span.quote === undefined) span.quote = article.text.slice(span.start, span.end);
      }
    }
    const reading = labels.read(span.label);
    if (reading === 'ignore') {
      resolved.leftOut.push(leftOutSpan(document.source, span, 'label ignored', span.label));
      continue;
    }
    const anchored = anchorOf(span, document.text);
    if (!anchored) {
      resolved.leftOut.push(leftOutSpan(document.source, span, 'no text to anchor', 'the source gives neither a quote nor a text its offsets count in'));
      continue;
    }
    if (anchored.quoteOnly) {
      normalizedArticle ??= normalizeText(article.text);
      if (occurrences(normalizedArticle.text, anchored.anchor.quote) > 1) {
        resolved.leftOut.push(leftOutSpan(document.source, span, 'ambiguous quote', 'the quote occurs more than once in the article and the source gives no offsets or context to tell which'));
        continue;
      }
    }
    const type = typeOfId(span.entity) ?? (span.date !== undefined ? 'date' : reading);
    candidates.push({ anchored, type });
  }
  const results = reanchor(
    article.text,
    candidates.map((c) => c.anchored.anchor),
    document.text === undefined ? {} : { oldText: document.text },
  );
  candidates.forEach(({ anchored, type }, i) => {
    const { span } = anchored;
    const result = results[i].status === 'orphaned' ? (onlyOccurrence(article.text, (normalizedArticle ??= normalizeText(article.text)), anchored.anchor.quote) ?? results[i]) : results[i];
    if (result.status === 'orphaned') {
      resolved.leftOut.push(leftOutSpan(document.source, span, 'not anchored', 'its quote and context are not found in the article'));
      return;
    }
    resolved.counts.anchored++;
    resolved.anchoring[result.status] = (resolved.anchoring[result.status] ?? 0) + 1;
    let target: MentionTarget;
    if (type === 'date') {
      const date = span.date !== undefined && IsoDateOrRange.safeParse(span.date).success ? span.date : work.dates.at(result.start, result.end, result.quote);
      if (date === undefined) {
        resolved.leftOut.push(leftOutSpan(document.source, span, 'no date', `"${result.quote}" does not read as a date`));
        return;
      }
      target = { date };
    } else {
      const linked = linker.link(span, result.quote, type);
      if ('reason' in linked) {
        if (linked.reason === 'label not mapped') unmapped.set(span.label, (unmapped.get(span.label) ?? 0) + 1);
        resolved.leftOut.push(leftOutSpan(document.source, span, linked.reason, linked.detail));
        return;
      }
      target = { entity: linked.entity };
    }
    resolved.counts.linked++;
    const mention = recordedMention(article.text, result.start, result.end, target);
    if (span.sourceId !== undefined) ids.set(span.sourceId, mention.id);
    addMention(resolved, mention, document.source, span);
  });
  return ids;
}

/** Adds a mention to what the import brings an article; the same span read as two things by the sources is a disagreement. */
function addMention(resolved: ResolvedArticle, mention: FactFileMention, source: string, span: ImportedSpan): void {
  if (resolved.mentions.some((m) => m.id === mention.id)) return;
  const other = resolved.mentions.find((m) => m.start === mention.start && m.end === mention.end && !sameTarget(targetOf(m), targetOf(mention)));
  if (other) {
    resolved.leftOut.push(leftOutSpan(source, span, 'disagrees', `${describeTarget(targetOf(mention))} here, ${describeTarget(targetOf(other))} in ${resolved.mentionSources.get(other.id)}`));
    return;
  }
  resolved.mentions.push(mention);
  resolved.mentionSources.set(mention.id, source);
}

function describeTarget(target: MentionTarget): string {
  return 'date' in target ? `date ${target.date}` : target.entity;
}

/** A fact of the source as a fact of the fact file, its evidence the mentions its spans became; or why not. */
function resolveFact(fact: ImportedFact, ids: ReadonlyMap<string, string>): Fact | { reason: LeftOutReason; detail: string } {
  const evidence = fact.evidence.map((id) => ids.get(id)).filter((id): id is string => id !== undefined);
  if (evidence.length === 0) return { reason: 'no evidence', detail: `none of its evidence (${fact.evidence.join(', ') || 'none given'}) was imported` };
  const content = { type: fact.kind, ...fact.fields } as unknown as FactContent;
  const candidate = { ...makeFact(content, evidence) };
  const parsed = Fact.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: 'invalid fact', detail: `${issue.path.join('.') || fact.kind}: ${issue.message}` };
  }
  return parsed.data;
}

/**
 * Matches each document to an article, anchors and links its spans, ties its facts to them. Pure:
 * the articles' texts and the knowledge base in, what would be added (and what not, and why) out.
 */
export function resolveImport(documents: readonly ImportedDocument[], articles: readonly WorkspaceArticle[], settings: ImportSettings): ResolvedImport {
  const labels = settings.labels ?? new LabelMap();
  const matcher = new ArticleMatcher(articles);
  const linker = new Linker(settings.knowledgeBase);
  const works = new Map<string, ArticleWork>();
  const unmapped = new Map<string, number>();
  const result: ResolvedImport = { articles: [], unmatched: [], unmappedLabels: [], readerProblems: [] };
  for (const document of documents) {
    result.readerProblems.push(...document.problems);
    if (document.spans.length === 0 && document.facts.length === 0 && document.problems.length > 0 && document.name === undefined) continue;
    const match = matcher.match(document);
    if ('reason' in match) {
      result.unmatched.push({ source: document.source, name: document.name, reason: match.reason });
      continue;
    }
    let work = works.get(match.article.path);
    if (!work) {
      const resolved: ResolvedArticle = {
        path: match.article.path,
        articleText: match.article.text,
        documents: [],
        mentions: [],
        facts: [],
        mentionSources: new Map(),
        counts: { spans: 0, anchored: 0, linked: 0, facts: 0 },
        anchoring: {},
        leftOut: [],
      };
      // Dates without a year are read at the article's date: its fact file's, else the one the source gives.
      work = { article: match.article, resolved, dates: new ArticleDates(match.article.text, match.article.published ?? document.article?.published) };
      works.set(match.article.path, work);
    }
    work.resolved.documents.push({ source: document.source, matchedBy: match.matchedBy });
    if (document.article) work.resolved.article = { ...document.article, ...work.resolved.article };
    const ids = resolveSpans(document, work, labels, linker, unmapped);
    for (const fact of document.facts) {
      work.resolved.counts.facts++;
      const resolvedFact = resolveFact(fact, ids);
      const what = `${fact.kind}${fact.sourceId ? ` ${fact.sourceId}` : ''}`;
      if ('reason' in resolvedFact) work.resolved.leftOut.push({ source: document.source, what, reason: resolvedFact.reason, detail: resolvedFact.detail });
      else work.resolved.facts.push({ source: document.source, fact: resolvedFact });
    }
  }
  result.articles = [...works.values()].map((w) => w.resolved).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.unmappedLabels = [...unmapped].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Adding to a fact file

/** What adding an article's import to its fact file does. */
export interface ArticleEdits {
  edits: FactFileEdit[];
  mentions: { written: number; alreadyThere: number; disagreeing: number };
  facts: { written: number; alreadyThere: number; disagreeing: number };
  /** The mentions and facts not written because the fact file says otherwise. */
  leftOut: LeftOut[];
}

function spanKey(m: { start: number; end: number }): string {
  return `${m.start}:${m.end}`;
}

/** The fields that say what a fact states, without its id and evidence, for comparing two statements. */
function statement(fact: Fact): string {
  const { id: _id, evidence: _evidence, ...rest } = fact;
  return JSON.stringify(Object.entries(rest).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The edits that add an article's import to its fact file as it is now (undefined when there is
 * none yet): what it holds stays; a mention already there is skipped, one at the same span as another
 * entity or date (or a span marked "not an entity") is a disagreement, left out; a fact already
 * there gains the evidence it lacked, one that says otherwise (another status) is a disagreement.
 */
export function importEdits(resolved: ResolvedArticle, factFile: FactFile | undefined): ArticleEdits {
  const out: ArticleEdits = { edits: [], mentions: { written: 0, alreadyThere: 0, disagreeing: 0 }, facts: { written: 0, alreadyThere: 0, disagreeing: 0 }, leftOut: [] };
  // Where the fact file's mentions and marks are now: their stored offsets are only a hint once the
  // article was edited (see resolveAnchors).
  const anchors = factFile ? resolveAnchors(resolved.articleText, factFile.mentions, factFile.rejections, { all: true }) : undefined;
  const bySpan = new Map<string, FactFileMention[]>();
  (factFile?.mentions ?? []).forEach((m, i) => {
    const at = anchors!.mentions[i];
    if (at.status !== 'orphaned') bySpan.set(spanKey(at), [...(bySpan.get(spanKey(at)) ?? []), m]);
  });
  const rejected = new Set((factFile?.rejections ?? []).map((r, i) => `${spanKey(anchors!.rejections[i])}:${r.quote}`));
  /** Each imported mention's id in the fact file: its own, or the one already there. */
  const cited = new Map<string, string>();
  for (const mention of resolved.mentions) {
    const source = resolved.mentionSources.get(mention.id) ?? '';
    const there = bySpan.get(spanKey(mention)) ?? [];
    const same = there.find((m) => sameTarget(targetOf(m), targetOf(mention)));
    if (same) {
      out.mentions.alreadyThere++;
      cited.set(mention.id, same.id);
    } else if (there.length > 0) {
      out.mentions.disagreeing++;
      out.leftOut.push({ source, what: mention.quote, reason: 'disagrees', detail: `imported as ${describeTarget(targetOf(mention))}, the fact file has ${there.map((m) => `${describeTarget(targetOf(m))} (${m.id})`).join(', ')}` });
    } else if (rejected.has(`${spanKey(mention)}:${mention.quote}`)) {
      out.mentions.disagreeing++;
      out.leftOut.push({ source, what: mention.quote, reason: 'disagrees', detail: `imported as ${describeTarget(targetOf(mention))}, the fact file marks it "not an entity"` });
    } else {
      out.mentions.written++;
      out.edits.push({ kind: 'addMention', mention });
      cited.set(mention.id, mention.id);
    }
  }
  const existingByKey = new Map((factFile?.facts ?? []).map((f) => [factKey(f), f]));
  const added = new Map<string, Fact>();
  for (const { source, fact } of resolved.facts) {
    const what = `${fact.type} ${fact.id}`;
    const evidence = [...new Set(fact.evidence.map((id) => cited.get(id)).filter((id): id is string => id !== undefined))].sort();
    if (evidence.length === 0) {
      out.facts.disagreeing++;
      out.leftOut.push({ source, what, reason: 'disagrees', detail: 'its evidence disagrees with the fact file' });
      continue;
    }
    const key = factKey(fact);
    const existing = existingByKey.get(key) ?? added.get(key);
    if (existing && statement(existing) !== statement(fact)) {
      out.facts.disagreeing++;
      out.leftOut.push({ source, what, reason: 'disagrees', detail: `the fact file states it otherwise (${existing.id})` });
      continue;
    }
    const lacking = evidence.filter((id) => !existing?.evidence.includes(id));
    if (existing && lacking.length === 0) {
      out.facts.alreadyThere++;
      continue;
    }
    if (existing) out.facts.alreadyThere++;
    else out.facts.written++;
    const next = { ...fact, id: existing?.id ?? fact.id, evidence: existing ? [...existing.evidence, ...lacking] : evidence } as Fact;
    added.set(key, next);
    out.edits.push({ kind: 'addFact', fact: next });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The whole import, fact files' texts in and out (the command line)

/** An article with its fact file, as the command line reads them. */
export interface ArticleWithFactFile extends WorkspaceArticle {
  factFilePath: string;
  /** The fact file's text; undefined when the article has none yet. */
  factFileText?: string;
}

export interface ArticleImport extends ResolvedArticle {
  factFilePath: string;
  /** Whether the import creates its fact file. */
  created: boolean;
  written: ArticleEdits['mentions'];
  factsWritten: ArticleEdits['facts'];
  /** Problems of the fact file that keep the import from writing it. */
  problems: Problem[];
  /** The fact file's new text; undefined when nothing changes or it cannot be written. */
  text?: string;
}

export interface ImportPlan {
  articles: ArticleImport[];
  unmatched: ResolvedImport['unmatched'];
  unmappedLabels: ResolvedImport['unmappedLabels'];
  readerProblems: string[];
}

/**
 * What a fact file the import creates says of its article: the fields the source gives, and the
 * others as read from the article (`described`, what the editor records when it creates one).
 */
function importedArticle(resolved: Pick<ResolvedArticle, 'article'>, described: ArticleDescription): ArticleDescription {
  const { language, publisher, published } = { ...described, ...resolved.article };
  return { language, publisher, published };
}

/** The fact-file record of a new article: what the source gives, else what the editor records when it creates a fact file. */
async function newArticleMetadata(article: WorkspaceArticle, resolved: ResolvedArticle, knowledgeBase: KnowledgeBase, recognizer: Recognizer | undefined) {
  const mentions = recognizer ? recognizer.recognize(article.text, { candidates: false }) : findDates(article.text, datelineYear(article.text));
  const { language, publisher, published } = importedArticle(resolved, describeArticle(article.text, mentions, knowledgeBase));
  return { file: fileNameOf(article.path), language, publisher, published, textHash: await textHash(article.text) };
}

/**
 * What adding an article's import to its fact file does, the fact file's text `before` given (a new
 * one's text when the article has none): the counts, what is left out, the problems that keep it
 * from being written, and the edits. Does not write.
 */
export function previewArticle(article: ResolvedArticle, factFilePath: string, before: string, created: boolean): { preview: ArticleImport; edits: FactFileEdit[] } {
  const preview: ArticleImport = {
    ...article,
    leftOut: [...article.leftOut],
    factFilePath,
    created,
    written: { written: 0, alreadyThere: 0, disagreeing: 0 },
    factsWritten: { written: 0, alreadyThere: 0, disagreeing: 0 },
    problems: [],
  };
  const parsed = parseFactFile(before, factFilePath);
  if (!parsed.factFile) {
    preview.problems = parsed.problems;
    return { preview, edits: [] };
  }
  if (parsed.factFile.article.file !== fileNameOf(article.path)) {
    preview.problems = [{ file: factFilePath, line: 1, column: 1, field: 'article.file', message: `names ${parsed.factFile.article.file} as its article, not ${fileNameOf(article.path)}`, severity: 'error' }];
    return { preview, edits: [] };
  }
  const edits = importEdits(article, parsed.factFile);
  preview.written = edits.mentions;
  preview.factsWritten = edits.facts;
  preview.leftOut.push(...edits.leftOut);
  return { preview, edits: edits.edits };
}

/**
 * The whole import: every document resolved, and each article's fact file text with the import
 * added. A fact file that does not parse, or would not validate with the import, is not written
 * (its problems are in the plan).
 */
export async function planImport(documents: readonly ImportedDocument[], articles: readonly ArticleWithFactFile[], settings: ImportSettings & { recognizer?: Recognizer }): Promise<ImportPlan> {
  const resolved = resolveImport(documents, articles, settings);
  const byPath = new Map(articles.map((a) => [a.path, a]));
  const plan: ImportPlan = { articles: [], unmatched: resolved.unmatched, unmappedLabels: resolved.unmappedLabels, readerProblems: resolved.readerProblems };
  for (const article of resolved.articles) {
    const source = byPath.get(article.path)!;
    const created = source.factFileText === undefined || source.factFileText.trim() === '';
    const before = created ? newFactFileText(await newArticleMetadata(source, article, settings.knowledgeBase, settings.recognizer)) : source.factFileText!;
    const { preview, edits } = previewArticle(article, source.factFilePath, before, created);
    plan.articles.push(preview);
    // Nothing to add: an existing fact file stays as it is, and none is created empty.
    if (preview.problems.length > 0 || edits.length === 0) continue;
    const applied = applyFactFileEdits(before, source.factFilePath, [...edits, { kind: 'setArticle', patch: { textHash: await textHash(source.text) } }]);
    if (!applied.ok) preview.problems = applied.problems;
    else preview.text = applied.text;
  }
  return plan;
}
