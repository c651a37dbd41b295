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
import type { Entity } from '../knowledgeBase/schema';
import { JsonBytes } from '../text/jsonBytes';
import { entityRecord, type EntityRecord } from './entities';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import type { PreparedArticle, PreparedMention } from './prepare';

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
  for (const id of article.entityIds) {
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

/** The writer hands the output its bytes in chunks of about this size. */
const CHUNK_BYTES = 1 << 16;

const ascii = JsonBytes.ascii;
const MENTION_KEYS = {
  id: ascii('{"id":'),
  type: ascii(',"type":'),
  entity: ascii(',"entity":'),
  date: ascii(',"date":'),
  quote: ascii(',"quote":'),
  prefix: ascii(',"prefix":'),
  suffix: ascii(',"suffix":'),
  start: ascii(',"start":'),
  end: ascii(',"end":'),
  codePointStart: ascii(',"codePointStart":'),
  codePointEnd: ascii(',"codePointEnd":'),
};
const PATH = ascii('{"path":');
const METADATA = ascii(',"metadata":');
const MENTIONS = ascii(',"mentions":[');
const FACTS = ascii('],"facts":[');
const ENTITIES = ascii('],"entities":[');
const MISSING_ENTITIES = ascii('],"missingEntities":');
const LINE_END = ascii('}\n');
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;

/**
 * Writes each article's line, `jsonLine(jsonlRecord(article))` and its line feed, straight into
 * UTF-8 bytes, handing them to the output at the article's end, or a chunk at a time within a long
 * one: an article of a hundred thousand mentions is never one string or one array of records in
 * memory. Encoding as it goes, rather
 * than through JSON.stringify and strings encoded when written, took the export of 10,000 articles
 * from a third of its time in building, encoding and collecting strings.
 */
export class JsonlWriter {
  private readonly out = new JsonBytes(CHUNK_BYTES, true);
  /** Each entity's record, encoded once: the same few are cited by article after article. */
  private readonly entities = new Map<string, { entity: Entity; bytes: Uint8Array }>();
  /** The mention types with their key before them. */
  private readonly types = new Map<string, Uint8Array>();
  private readonly decoder = new TextDecoder();

  constructor(private readonly context: ExportContext) {}

  async article(article: PreparedArticle): Promise<void> {
    const { out } = this;
    const { language, publisher, published, textHash } = article.article.factFile.article;
    out.raw(PATH);
    out.string(article.path);
    out.raw(METADATA);
    out.value({ language, publisher, published, textHash });
    out.raw(MENTIONS);
    for (let i = 0; i < article.mentions.length; i++) {
      if (i > 0) out.byte(COMMA);
      this.mention(article.mentions[i]);
      if (out.full) await this.flush();
    }
    out.raw(FACTS);
    for (let i = 0; i < article.facts.length; i++) {
      if (i > 0) out.byte(COMMA);
      this.fact(article.facts[i]);
    }
    out.raw(ENTITIES);
    const missing: string[] = [];
    let first = true;
    for (const id of article.entityIds) {
      const entity = this.context.entities.get(id);
      if (!entity) {
        missing.push(id);
        continue;
      }
      if (!first) out.byte(COMMA);
      first = false;
      out.raw(this.entity(id, entity));
    }
    out.raw(MISSING_ENTITIES);
    out.value(missing);
    out.raw(LINE_END);
    // Each article is written before the next is read, as every format does.
    await this.flush();
  }

  private mention(m: PreparedMention): void {
    const { out } = this;
    out.raw(MENTION_KEYS.id);
    out.string(m.id);
    out.raw(this.type(m.kind));
    if (m.entity !== undefined) {
      out.raw(MENTION_KEYS.entity);
      out.string(m.entity);
    } else if (m.date !== undefined) {
      out.raw(MENTION_KEYS.date);
      out.string(m.date);
    }
    out.raw(MENTION_KEYS.quote);
    out.string(m.quote);
    out.raw(MENTION_KEYS.prefix);
    out.string(m.prefix);
    out.raw(MENTION_KEYS.suffix);
    out.string(m.suffix);
    out.raw(MENTION_KEYS.start);
    out.number(m.start);
    out.raw(MENTION_KEYS.end);
    out.number(m.end);
    out.raw(MENTION_KEYS.codePointStart);
    out.number(m.codePointStart);
    out.raw(MENTION_KEYS.codePointEnd);
    out.number(m.codePointEnd);
    out.byte(CLOSE_BRACE);
  }

  private type(kind: string): Uint8Array {
    let bytes = this.types.get(kind);
    if (bytes === undefined) {
      bytes = this.out.encoded((json) => {
        json.raw(MENTION_KEYS.type);
        json.string(kind);
      });
      this.types.set(kind, bytes);
    }
    return bytes;
  }

  /** `factRecord(fact)`, written without building it. */
  private fact(fact: Fact): void {
    const { out } = this;
    const source = fact as unknown as Record<string, unknown>;
    let first = true;
    out.byte(0x7b);
    for (const key of FACT_FIELDS[fact.type]) {
      const value = source[key];
      if (value === undefined) continue;
      out.raw(factKey(key, first));
      first = false;
      out.value(value);
    }
    out.byte(CLOSE_BRACE);
  }

  private entity(id: string, entity: Entity): Uint8Array {
    const known = this.entities.get(id);
    if (known !== undefined && known.entity === entity) return known.bytes;
    const bytes = this.out.encoded((json) => json.value(entityRecord(entity)));
    this.entities.set(id, { entity, bytes });
    return bytes;
  }

  private async flush(): Promise<void> {
    const { output } = this.context;
    // The chunk ends between two values, so it is whole UTF-8 text.
    await this.out.flush(output.writeBytes ? (chunk) => output.writeBytes!(chunk) : (chunk) => output.write(this.decoder.decode(chunk)));
  }
}

/** `"key":`, with the comma before it but for the first; the schemas' keys need no escaping. */
const factKeys = new Map<string, { first: Uint8Array; next: Uint8Array }>();
function factKey(key: string, first: boolean): Uint8Array {
  let bytes = factKeys.get(key);
  if (bytes === undefined) {
    bytes = { first: ascii(`"${key}":`), next: ascii(`,"${key}":`) };
    factKeys.set(key, bytes);
  }
  return first ? bytes.first : bytes.next;
}

export function jsonlExporter(context: ExportContext): Exporter {
  const writer = new JsonlWriter(context);
  return {
    filesWritten: 1,
    async begin() {},
    async article(article): Promise<ArticleResult> {
      await writer.article(article);
      return { mentions: article.mentions.length, facts: article.facts.length, records: 1 };
    },
    async end() {},
  };
}
