// This project's own JSON Lines export read back (see ../../export/jsonl.ts): one article per line,
// its mentions with entity ids or dates, quotes, context and UTF-16 offsets, its facts citing
// mentions by id, the entities with their Wikidata ids, and the article's language, publisher and
// publication date in its metadata. The record carries no text: spans are anchored by their quote
// and context.
import type { ImportedDocument, ImportedFact, ImportedSpan, SourceFile } from '../document';
import { articleFieldsOf } from './common';

const FACT_KINDS = ['summit', 'attendance', 'role'] as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function offset(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** One mention record as a span; a problem (without the place) when it cannot be one. */
function spanOf(record: unknown, wikidataOf: ReadonlyMap<string, string>): ImportedSpan | string {
  if (!isObject(record)) return 'a mention is not an object';
  const quote = text(record.quote);
  if (!quote) return `mention ${String(record.id)} has no quote`;
  const type = text(record.type) ?? '';
  const entity = text(record.entity);
  const span: ImportedSpan = { sourceId: text(record.id), label: type, quote, prefix: text(record.prefix) ?? '', suffix: text(record.suffix) ?? '' };
  const start = offset(record.start);
  const end = offset(record.end);
  if (start !== undefined && end !== undefined && end - start === quote.length) {
    span.start = start;
    span.end = end;
  }
  if (entity !== undefined) {
    span.entity = entity;
    const wikidata = wikidataOf.get(entity);
    if (wikidata) span.wikidata = wikidata;
  }
  const date = text(record.date);
  if (date !== undefined) span.date = date;
  return span;
}

function factOf(record: unknown): ImportedFact | string {
  if (!isObject(record)) return 'a fact is not an object';
  const kind = FACT_KINDS.find((k) => k === record.type);
  if (!kind) return `fact ${String(record.id)} has an unknown type ${JSON.stringify(record.type)}`;
  if (!Array.isArray(record.evidence) || !record.evidence.every((e) => typeof e === 'string')) return `fact ${String(record.id)} has no list of evidence`;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || key === 'type' || key === 'evidence') continue;
    if (typeof value === 'string') fields[key] = value;
    else return `fact ${String(record.id)}: ${key} is not a string`;
  }
  return { sourceId: text(record.id), kind, fields, evidence: record.evidence as string[] };
}

/** One line of the export as a document; undefined for a blank line. */
function documentOf(file: SourceFile, line: string, number: number): ImportedDocument | undefined {
  if (line.trim() === '') return undefined;
  const at = `${file.path}:${number}`;
  const document: ImportedDocument = { source: at, spans: [], facts: [], problems: [] };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    document.problems.push(`${at}: not JSON: ${(error as Error).message}`);
    return document;
  }
  if (!isObject(record)) {
    document.problems.push(`${at}: expected an object with path, mentions and facts`);
    return document;
  }
  const path = text(record.path);
  if (path === undefined) document.problems.push(`${at}: path: expected the article's path`);
  else document.name = path;
  // The fact file's record of the article, for a fact file the import creates (its text hash is the exporting workspace's).
  if (isObject(record.metadata)) {
    const article = articleFieldsOf(record.metadata, (message) => document.problems.push(`${at}: metadata.${message}`));
    if (article) document.article = article;
  } else if (record.metadata !== undefined) document.problems.push(`${at}: metadata: expected an object`);
  const wikidataOf = new Map<string, string>();
  for (const entity of Array.isArray(record.entities) ? record.entities : []) {
    if (isObject(entity) && typeof entity.id === 'string' && typeof entity.wikidata === 'string') wikidataOf.set(entity.id, entity.wikidata);
  }
  const mentions = Array.isArray(record.mentions) ? record.mentions : [];
  if (!Array.isArray(record.mentions)) document.problems.push(`${at}: mentions: expected a list`);
  mentions.forEach((m, i) => {
    const span = spanOf(m, wikidataOf);
    if (typeof span === 'string') document.problems.push(`${at}: mentions[${i}]: ${span}`);
    else document.spans.push(span);
  });
  const facts = Array.isArray(record.facts) ? record.facts : [];
  if (record.facts !== undefined && !Array.isArray(record.facts)) document.problems.push(`${at}: facts: expected a list`);
  facts.forEach((f, i) => {
    const fact = factOf(f);
    if (typeof fact === 'string') document.problems.push(`${at}: facts[${i}]: ${fact}`);
    else document.facts.push(fact);
  });
  return document;
}

/** Reads JSON Lines files written by `news-annotator export --format jsonl`. Never throws. */
export function readJsonl(files: readonly SourceFile[]): ImportedDocument[] {
  const documents: ImportedDocument[] = [];
  for (const file of files) {
    file.text.split('\n').forEach((line, i) => {
      const document = documentOf(file, line.replace(/\r$/, ''), i + 1);
      if (document) documents.push(document);
    });
  }
  return documents;
}
