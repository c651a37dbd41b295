// Dataset exports of a workspace's annotations: JSONL, CSV, W3C Web Annotation, brat standoff,
// CoNLL IOB2, Label Studio tasks and spaCy's span JSON Lines. Articles are read one at a time and each format writes as it goes, so a workspace is
// never held in memory whole. The same annotations always give the same bytes: no timestamps, and
// everything in a fixed order (articles by path, mentions by position, facts by what they say).
//
// Offsets: the fact file's are UTF-16 code units; W3C and brat count Unicode code points (converted
// here, see ../text/codePoints), and so do Label Studio and spaCy; JSONL carries both.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Problem } from '../problems';
import type { Mention } from '../recognizer/mention';
import type { AnnotatedArticle } from '../workspace/articles';
import type { ExportOutput } from '../workspace/files';
import { bratExporter } from './brat';
import { conllExporter } from './conll';
import { csvExporter } from './csv';
import { EntityResolver } from './entities';
import type { ExportContext, Exporter } from './exporter';
import { jsonlExporter } from './jsonl';
import { labelStudioExporter } from './labelStudio';
import { type PreparedArticle, prepareArticle } from './prepare';
import { tagsEveryToken, unannotatedNames } from './unannotated';
import { spacyExporter } from './spacy';
import { DEFAULT_COLLECTION_ID, w3cExporter } from './w3c';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'w3c', 'brat', 'conll', 'label-studio', 'spacy'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** brat writes a folder of files (through `ExportOutput.writeFile`); the others one file (through `write`). */
export function writesFolder(format: ExportFormat): boolean {
  return format === 'brat';
}

/** Whether a format writes the articles' facts; the others hold spans only (README, Export formats). */
export function writesFacts(format: ExportFormat): boolean {
  return format === 'jsonl' || format === 'csv' || format === 'w3c' || format === 'brat';
}

/** The usual file extension of a single-file format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  jsonl: '.jsonl',
  csv: '.csv',
  w3c: '.jsonld',
  brat: '',
  conll: '.conll',
  'label-studio': '.json',
  spacy: '.jsonl',
};

export interface ExportProgress {
  /** The article just written. */
  path: string;
  /** How many articles have been written so far. */
  articles: number;
}

export interface ExportOptions {
  onProgress?: (progress: ExportProgress) => void;
  /** The IRI of the W3C AnnotationCollection (default urn:news-annotator:collection). */
  collectionId?: string;
  /**
   * The recognizer, for the formats that write every token (`tagsEveryToken`): the names it
   * finds that the annotations leave out are counted in `unannotated`.
   */
  recognize?: (text: string) => readonly Mention[];
}

/** Where an article's first name written as plain text is, and how many it has. */
export interface UnannotatedInArticle {
  path: string;
  /** The first one's text and 1-based line. */
  quote: string;
  line: number;
  names: number;
}

/** The recognized names an export wrote as plain text (see unannotated.ts). */
export interface UnannotatedNames {
  /** Articles with at least one. */
  articles: number;
  names: number;
  /** The first one, in the first such article. */
  first?: UnannotatedInArticle;
  /** Each such article, in the export's order. */
  inArticles: UnannotatedInArticle[];
}

export interface ExportResult {
  format: ExportFormat;
  articles: number;
  /** Mentions written. */
  mentions: number;
  /** Facts written: always 0 for a format that holds spans only (see `writesFacts`). */
  facts: number;
  /** The format's own unit: JSONL lines, CSV rows, W3C annotations, brat text-bound annotations, CoNLL tokens, Label Studio tasks, spaCy lines. */
  records: number;
  /** Mentions left out: their text is not found (core/reanchor/resolve.ts), or the format cannot hold them. */
  skippedMentions: number;
  filesWritten: number;
  /** Warnings about what was left out, by fact file. */
  problems: Problem[];
  /** The entities the fact files cite that the knowledge base does not define, in code-unit order: the export knows them by their ids only. */
  unknownEntities: string[];
  /** Counted when `recognize` is given and the format writes every token; else none. */
  unannotated: UnannotatedNames;
}

function exporterFor(format: ExportFormat, context: ExportContext): Exporter {
  switch (format) {
    case 'jsonl':
      return jsonlExporter(context);
    case 'csv':
      return csvExporter(context);
    case 'w3c':
      return w3cExporter(context);
    case 'brat':
      return bratExporter(context);
    case 'conll':
      return conllExporter(context);
    case 'label-studio':
      return labelStudioExporter(context);
    case 'spacy':
      return spacyExporter(context);
  }
}

/**
 * Writes the articles' annotations in one format to `output`, article by article. The articles
 * should come in path order, as `annotatedArticles` yields them; fact files it skipped are the
 * caller's to report.
 */
export async function runExport(
  format: ExportFormat,
  articles: AsyncIterable<AnnotatedArticle> | Iterable<AnnotatedArticle>,
  knowledgeBase: KnowledgeBase,
  output: ExportOutput,
  options: ExportOptions | ((progress: ExportProgress) => void) = {},
): Promise<ExportResult> {
  if (!isExportFormat(format)) throw new RangeError(`unknown export format: ${String(format)}`);
  const { onProgress, collectionId = DEFAULT_COLLECTION_ID, recognize } = typeof options === 'function' ? { onProgress: options } : options;
  const countUnannotated = recognize && tagsEveryToken(format) ? recognize : undefined;
  const exporter = exporterFor(format, { entities: new EntityResolver(knowledgeBase), output, collectionId });
  const result: ExportResult = { format, articles: 0, mentions: 0, facts: 0, records: 0, skippedMentions: 0, filesWritten: 0, problems: [], unknownEntities: [], unannotated: { articles: 0, names: 0, inArticles: [] } };
  // Each id is looked up once per export: the same few are cited by article after article.
  const lookedUp = new Set<string>();

  await exporter.begin();
  for await (const annotated of articles) {
    const article = prepareArticle(annotated);
    const written = await exporter.article(article);
    result.articles++;
    result.mentions += written.mentions;
    result.facts += written.facts;
    result.records += written.records;
    result.skippedMentions += article.staleMentions + (written.skippedMentions ?? 0);
    result.problems.push(...article.problems, ...(written.problems ?? []));
    for (const id of article.entityIds) {
      if (lookedUp.has(id)) continue;
      lookedUp.add(id);
      if (knowledgeBase.get(id) === undefined) result.unknownEntities.push(id);
    }
    if (countUnannotated) noteUnannotated(result.unannotated, article, unannotatedNames(article, countUnannotated(article.text)));
    onProgress?.({ path: article.path, articles: result.articles });
  }
  await exporter.end();
  result.filesWritten = exporter.filesWritten;
  result.unknownEntities.sort();
  return result;
}

function noteUnannotated(total: UnannotatedNames, article: PreparedArticle, names: readonly Mention[]): void {
  if (names.length === 0) return;
  const [m] = names;
  const inArticle = { path: article.path, quote: m.text, line: article.text.slice(0, m.start).split('\n').length, names: names.length };
  total.articles++;
  total.names += names.length;
  total.first ??= inArticle;
  total.inArticles.push(inArticle);
}

export type { AnnotatedArticle } from '../workspace/articles';
export type { ExportOutput } from '../workspace/files';
