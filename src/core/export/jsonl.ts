// JSON Lines: one JSON object per article, one line each, LF line ends, articles in path order.
//
//   { "path", "metadata": { language, publisher, published, textHash },
//     "mentions": [{ id, type, entity | date, quote, prefix, suffix, start, end, codePointStart, codePointEnd }],
//     "facts": [ as stored in the fact file, each citing as evidence only mentions in "mentions" ],
//     "entities": [{ id, type, name, wikidata, …typed attributes }],
//     "missingEntities": [ ids the knowledge base does not know ] }
//
// `start`/`end` count UTF-16 code units (JavaScript string offsets), `codePointStart`/`codePointEnd`
// Unicode code points (Python string offsets). Mentions whose text is not found are left out.
// Keys always come in the order above; optional fields that have no value are left out.
import { AttendanceFact, type Fact, RoleFact, SummitFact } from '../factFile/schema';
import { entityRecord, type EntityRecord } from './entities';
import { jsonLine } from './json';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import { type PreparedArticle, type PreparedMention, referencedEntities } from './prepare';

const FACT_FIELDS: Record<Fact['type'], string[]> = {
  summit: Object.keys(SummitFact.shape),
  attendance: Object.keys(AttendanceFact.shape),
  role: Object.keys(RoleFact.shape),
};

/** A fact with its keys in the schema's order, whatever order the fact file had them in. */
export function factRecord(fact: Fact): Record<string, unknown> {
  const source = fact as unknown as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  for (const key of FACT_FIELDS[fact.type]) if (source[key] !== undefined) record[key] = source[key];
  return record;
}

export function mentionRecord(m: PreparedMention): Record<string, unknown> {
  // Built key by key rather than with a spread: half a million of these in a large export.
  const record: Record<string, unknown> = { id: m.id, type: m.kind };
  if (m.entity !== undefined) record.entity = m.entity;
  else record.date = m.date;
  record.quote = m.quote;
  record.prefix = m.prefix;
  record.suffix = m.suffix;
  record.start = m.start;
  record.end = m.end;
  record.codePointStart = m.codePointStart;
  record.codePointEnd = m.codePointEnd;
  return record;
}

export interface JsonlRecord {
  path: string;
  metadata: { language?: string; publisher?: string; published?: string; textHash: string };
  mentions: Record<string, unknown>[];
  facts: Record<string, unknown>[];
  entities: EntityRecord[];
  missingEntities: string[];
}

/** The article's record but its mentions, which `jsonlLine` writes one at a time. */
function recordWithoutMentions(article: PreparedArticle, context: ExportContext): Omit<JsonlRecord, 'mentions'> {
  const { language, publisher, published, textHash } = article.article.factFile.article;
  const entities: EntityRecord[] = [];
  const missingEntities: string[] = [];
  for (const id of referencedEntities(article)) {
    const entity = context.entities.get(id);
    if (entity) entities.push(entityRecord(entity));
    else missingEntities.push(id);
  }
  return { path: article.path, metadata: { language, publisher, published, textHash }, facts: article.facts.map(factRecord), entities, missingEntities };
}

export function jsonlRecord(article: PreparedArticle, context: ExportContext): JsonlRecord {
  const { path, metadata, facts, entities, missingEntities } = recordWithoutMentions(article, context);
  return { path, metadata, mentions: article.mentions.map(mentionRecord), facts, entities, missingEntities };
}

/**
 * The article's line, `jsonLine(jsonlRecord(article))` and its line feed, in pieces: a mention at
 * a time, so that an article of a hundred thousand mentions is never one string or one array of
 * records in memory.
 */
export function* jsonlLine(article: PreparedArticle, context: ExportContext): Generator<string> {
  const { path, metadata, facts, entities, missingEntities } = recordWithoutMentions(article, context);
  yield `{"path":${jsonLine(path)},"metadata":${jsonLine(metadata)},"mentions":[`;
  for (let i = 0; i < article.mentions.length; i++) yield `${i === 0 ? '' : ','}${jsonLine(mentionRecord(article.mentions[i]))}`;
  yield `],"facts":${jsonLine(facts)},"entities":${jsonLine(entities)},"missingEntities":${jsonLine(missingEntities)}}\n`;
}

export function jsonlExporter(context: ExportContext): Exporter {
  return {
    filesWritten: 1,
    async begin() {},
    async article(article): Promise<ArticleResult> {
      // The output gathers the pieces into chunks of its own size.
      for (const piece of jsonlLine(article, context)) await context.output.write(piece);
      return { mentions: article.mentions.length, facts: article.facts.length, records: 1 };
    },
    async end() {},
  };
}
