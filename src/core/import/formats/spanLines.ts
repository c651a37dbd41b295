// JSON Lines of texts with character spans, as Python tools write them: a document per line, its
// `text`, and its spans as
//   - doccano's sequence labeling: `"label": [[start, end, "LABEL"], ...]`;
//   - doccano's relation extraction: `"entities": [{id, start_offset, end_offset, label}]` and
//     `"relations": [{id, from_id, to_id, type}]`;
//   - spaCy and Prodigy: `"spans": [{start, end, label, kb_id?}]`, with Prodigy's `"answer"`.
// Offsets count Unicode code points (Python's str), converted here to UTF-16 code units. The
// document's name comes from `meta.path` (this project's spaCy export, kept by doccano among an
// example's extra fields) or a top-level `path`; its language, publisher and publication date
// likewise. A spaCy `kb_id` that is a Wikidata Q-id or one of
// this project's entity ids links the span; an ISO date is a date's value. Relations labelled with an attendance status are
// attendance facts; others are reported.
import type { ArticleDescription } from '../../annotation/articleMetadata';
import { CodePointIndex } from '../../text/codePoints';
import type { ImportedDocument, ImportedFact, ImportedSpan, SourceFile } from '../document';
import { ARTICLE_FIELDS, articleFieldsOf, factFromRelation, isRecord, jsonLines, problemAt, quoteWithContext, spanFromCodePoints } from './common';

interface RawSpan {
  sourceId?: string;
  start: unknown;
  end: unknown;
  label: unknown;
  kbId?: unknown;
  /** Where it was found, for messages: `label[2]`, `spans[0]`. */
  at: string;
}

/** The spans of a record, in whichever of the shapes it uses. */
function rawSpans(record: Record<string, unknown>, report: (message: string) => void): RawSpan[] {
  const out: RawSpan[] = [];
  if (Array.isArray(record.spans)) {
    record.spans.forEach((s, k) => {
      if (isRecord(s)) out.push({ start: s.start, end: s.end, label: s.label, kbId: s.kb_id, at: `spans[${k}]`, ...(s.id !== undefined ? { sourceId: String(s.id) } : {}) });
      else report(`spans[${k}] is not an object; left out`);
    });
  }
  if (Array.isArray(record.entities)) {
    record.entities.forEach((e, k) => {
      if (isRecord(e)) out.push({ start: e.start_offset, end: e.end_offset, label: e.label, at: `entities[${k}]`, ...(e.id !== undefined ? { sourceId: String(e.id) } : {}) });
      else report(`entities[${k}] is not an object; left out`);
    });
  }
  // doccano calls the label column `label` by default; a text classification's labels are strings.
  if (Array.isArray(record.label)) {
    record.label.forEach((l, k) => {
      if (Array.isArray(l) && l.length >= 3) out.push({ start: l[0], end: l[1], label: l[2], at: `label[${k}]` });
      else report(`label[${k}] is not a [start, end, label] triple; left out`);
    });
  }
  return out;
}

function readRelations(record: Record<string, unknown>, spans: readonly ImportedSpan[], report: (message: string) => void): ImportedFact[] {
  if (!Array.isArray(record.relations)) return [];
  const ids = new Set(spans.map((s) => s.sourceId).filter((id) => id !== undefined));
  const facts: ImportedFact[] = [];
  record.relations.forEach((r, k) => {
    if (!isRecord(r)) return report(`relations[${k}] is not an object; left out`);
    const from = r.from_id === undefined ? undefined : String(r.from_id);
    const to = r.to_id === undefined ? undefined : String(r.to_id);
    const type = typeof r.type === 'string' ? r.type : '';
    if (from === undefined || to === undefined || !ids.has(from) || !ids.has(to)) return report(`relations[${k}] links entities that are not spans of this line (${from} to ${to}); left out`);
    const fact = factFromRelation(type, from, to, r.id === undefined ? undefined : String(r.id));
    if (fact) facts.push(fact);
    else report(`relations[${k}] (${JSON.stringify(type)}, ${from} to ${to}) names no fact (attendance, or a status: attended, expected, absent, uncertain); left out`);
  });
  return facts;
}

/** What a spaCy `kb_id` says: a Wikidata item, one of this project's entity ids, or a date's ISO value. */
function linkOf(kbId: unknown): Pick<ImportedSpan, 'entity' | 'wikidata' | 'date'> {
  if (typeof kbId !== 'string') return {};
  if (/^Q[1-9]\d*$/.test(kbId)) return { wikidata: kbId };
  if (/^(person|organization|place|event):\S+$/.test(kbId)) return { entity: kbId };
  // The fact files' date forms: 2022, 2022-11, 2022-11-23, --11-23 (no year), and ranges of them.
  if (/^(\d{4}|--\d{2})(-\d{2}){0,2}(\/(\d{4}|--\d{2})(-\d{2}){0,2})?$/.test(kbId)) return { date: kbId };
  return {};
}

/** The article's language, publisher and publication date, from `meta` (Prodigy, this project's spaCy export) or the line itself (doccano writes an example's extra fields there). */
function articleOf(record: Record<string, unknown>, report: (message: string) => void): ArticleDescription | undefined {
  const fields: Record<string, unknown> = {};
  for (const key of ARTICLE_FIELDS) if (record[key] !== undefined) fields[key] = record[key];
  if (isRecord(record.meta)) for (const key of ARTICLE_FIELDS) if (record.meta[key] !== undefined) fields[key] = record.meta[key];
  return articleFieldsOf(fields, report);
}

function nameOf(record: Record<string, unknown>): string | undefined {
  if (isRecord(record.meta) && typeof record.meta.path === 'string' && record.meta.path !== '') return record.meta.path;
  return typeof record.path === 'string' && record.path !== '' ? record.path : undefined;
}

function readLine(file: SourceFile, line: number, value: unknown): ImportedDocument {
  const problems: string[] = [];
  const report = (message: string) => problems.push(problemAt(file.path, line, message));
  const source = `${file.path}:${line}`;
  if (!isRecord(value)) {
    report('the line is not a JSON object; left out');
    return { source, spans: [], facts: [], problems };
  }
  const name = nameOf(value);
  const article = articleOf(value, report);
  const base = { source, ...(name !== undefined ? { name } : {}), ...(article ? { article } : {}) };
  const text = typeof value.text === 'string' ? value.text : typeof value.data === 'string' ? value.data : undefined;
  if (text === undefined) {
    report('the line has no "text"; left out');
    return { ...base, spans: [], facts: [], problems };
  }
  if (value.answer === 'reject' || value.answer === 'ignore') {
    report(`the example was answered "${value.answer}" in Prodigy; its spans are left out`);
    return { ...base, text, spans: [], facts: [], problems };
  }
  const index = new CodePointIndex(text);
  const spans: ImportedSpan[] = [];
  for (const raw of rawSpans(value, report)) {
    if (typeof raw.label !== 'string' || raw.label === '') {
      report(`${raw.at} has no label; left out`);
      continue;
    }
    const offsets = spanFromCodePoints(index, raw.start, raw.end);
    if ('error' in offsets) {
      report(`${raw.at} (${raw.label}): ${offsets.error}; left out`);
      continue;
    }
    spans.push({ ...(raw.sourceId !== undefined ? { sourceId: raw.sourceId } : {}), label: raw.label, start: offsets.start, end: offsets.end, ...quoteWithContext(text, offsets.start, offsets.end), ...linkOf(raw.kbId) });
  }
  const facts = readRelations(value, spans, report);
  return { ...base, text, spans, facts, problems };
}

/** Every line of every file, a document each; blank lines are skipped. */
export function readSpanLines(files: readonly SourceFile[]): ImportedDocument[] {
  const documents: ImportedDocument[] = [];
  for (const file of files) {
    for (const { line, value, error } of jsonLines(file.text)) {
      if (error !== undefined) documents.push({ source: `${file.path}:${line}`, spans: [], facts: [], problems: [problemAt(file.path, line, `${error}; the line is left out`)] });
      else documents.push(readLine(file, line, value));
    }
  }
  return documents;
}
