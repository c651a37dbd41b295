// The contract between `runExport` and the format writers.
import type { Problem } from '../problems';
import type { ExportOutput } from '../workspace/files';
import type { EntityResolver } from './entities';
import type { PreparedArticle } from './prepare';

export interface ExportContext {
  entities: EntityResolver;
  output: ExportOutput;
  /** The IRI of the W3C annotation collection. */
  collectionId: string;
}

/** What one article contributed. */
export interface ArticleResult {
  mentions: number;
  facts: number;
  /** The format's own unit: JSONL lines, CSV rows, W3C annotations, brat text-bound annotations, CoNLL tokens, Label Studio tasks, spaCy lines. */
  records: number;
  /** Mentions the format could not hold (beyond the stale ones `prepareArticle` dropped). */
  skippedMentions?: number;
  problems?: Problem[];
}

/**
 * A format writer. `begin` runs once before the first article, `article` once per article in
 * path order, `end` once at the end; each writes through the context's output as it goes.
 */
export interface Exporter {
  begin(): Promise<void>;
  article(article: PreparedArticle): Promise<ArticleResult>;
  end(): Promise<void>;
  /** How many files it has written (1 for the single-file formats). */
  readonly filesWritten: number;
}
