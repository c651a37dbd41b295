// Label Studio's JSON export: an array of tasks, each with `data` (the text, under `data.text` or
// the task's only text field) and `annotations` (`completions` in exports before 1.0), each a list
// of results. A `labels` result is a span: `value.start`/`value.end` with `value.text` and
// `value.labels`; a `relation` result links two of them by their `id` (`from_id`, `to_id`).
// Results of other kinds (choices, ratings, free text about the whole task) are left out, counted.
// A cancelled (skipped) annotation is left out; a task with several annotations gives a document per
// annotation, so that each annotator's work is matched and reported on its own. Predictions are not
// annotations and are not read.
//
// Offsets: Label Studio's Text tag counts Unicode code points (its editor's tests select "test" in
// "🐱 Warning: This is a test text" at 21-25); versions before 2022 counted UTF-16 code units,
// which the emoji and characters outside the BMP tell apart. Each span is checked against its
// `value.text`: code points first, then UTF-16 units (reported); a span whose offsets hold other
// text keeps only its quote, for the importer to find.
//
// Links: a region's meta text (`"meta": {"text": [...]}`, or a per-region TextArea result with the
// same id) may say `entity: person:vladimir-putin`, `wikidata: Q7747` or `date: 2022-11-23`, as
// this project's Label Studio export writes them; a bare entity id, Q-id or ISO date is read too.
//
// The task's `data` may give its article's `language`, `publisher` and `published` (date), for a
// fact file the import creates.
//
// The JSON-MIN export (flat objects: `text`, and a list of `{start, end, text, labels}` under the
// Labels tag's name) is read the same way.
import { CodePointIndex } from '../../text/codePoints';
import type { FormatReader, ImportedDocument, ImportedFact, ImportedSpan, SourceFile } from '../document';
import { ARTICLE_FIELDS, arrayElementLines, articleFieldsOf, factFromRelation, isRecord, problemAt, quoteWithContext } from './common';

interface Task {
  path: string;
  /** The line the task starts on, and its number in the file (1-based). */
  line: number | undefined;
  number: number;
}

function where(task: Task): string {
  return `task ${task.number}`;
}

/** What a region's meta or per-region text says about its entity, date or Wikidata item. */
export function readLinks(lines: readonly unknown[]): Pick<ImportedSpan, 'entity' | 'wikidata' | 'date' | 'note'> {
  const out: Pick<ImportedSpan, 'entity' | 'wikidata' | 'date' | 'note'> = {};
  const notes: string[] = [];
  for (const raw of lines) {
    if (typeof raw !== 'string') continue;
    for (const piece of raw.split(/\r?\n/)) {
      const line = piece.trim();
      if (line === '') continue;
      const keyed = /^(entity|wikidata|date)\s*[:=]\s*(.+)$/i.exec(line);
      const [key, value] = keyed ? [keyed[1].toLowerCase(), keyed[2].trim()] : ['', line];
      if ((key === 'entity' || key === '') && /^(person|organization|place|event):\S+$/.test(value)) out.entity = value;
      else if ((key === 'wikidata' || key === '') && /^Q[1-9]\d*$/.test(value)) out.wikidata = value;
      // A keyed date is taken as written (the fact file's forms include --10-06, a date without a year).
      else if (key === 'date' || (key === '' && /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/.test(value))) out.date = value;
      else notes.push(line);
    }
  }
  if (notes.length > 0) out.note = notes.join('\n');
  return out;
}

/** A span's offsets checked against its text: code points, else UTF-16 units, else none. */
function placeSpan(text: string, index: CodePointIndex, value: Record<string, unknown>, report: (message: string) => void): Pick<ImportedSpan, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'> | undefined {
  const { start, end } = value;
  const quote = typeof value.text === 'string' ? value.text : undefined;
  const whole = Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number);
  if (!whole) {
    if (quote === undefined || quote === '') {
      report(`start ${JSON.stringify(start)} and end ${JSON.stringify(end)} are not a span, and there is no text to find it by; left out`);
      return undefined;
    }
    report(`start ${JSON.stringify(start)} and end ${JSON.stringify(end)} are not a span; its text ${JSON.stringify(quote)} is given to the importer to find`);
    return { quote };
  }
  const s = start as number;
  const e = end as number;
  if (e <= index.codePointLength) {
    const units = { start: index.toUtf16(s), end: index.toUtf16(e) };
    if (quote === undefined || text.slice(units.start, units.end) === quote) return { ...units, ...quoteWithContext(text, units.start, units.end) };
  }
  if (quote !== undefined && e <= text.length && text.slice(s, e) === quote) {
    report(`${s}-${e} counts UTF-16 code units (as Label Studio did before it counted code points): read so`);
    return { start: s, end: e, ...quoteWithContext(text, s, e) };
  }
  if (quote === undefined) {
    report(`the span ${s}-${e} runs past the end of the text (${index.codePointLength} code points); left out`);
    return undefined;
  }
  report(`the text at ${s}-${e} is not its text ${JSON.stringify(quote)}; the text is given to the importer to find`);
  return { quote };
}

/** Fields of a task's data that name or describe its article, and are not its text. */
const NOT_TEXT = new Set<string>(['path', 'file', 'filename', ...ARTICLE_FIELDS]);

/** The task's text: `data.text`, or its only text field. */
function taskText(data: Record<string, unknown>): string | undefined {
  if (typeof data.text === 'string') return data.text;
  const strings = Object.entries(data).filter(([key, value]) => typeof value === 'string' && !NOT_TEXT.has(key));
  return strings.length === 1 ? (strings[0][1] as string) : undefined;
}

function taskName(fields: Record<string, unknown>): string | undefined {
  for (const key of ['path', 'file', 'filename']) if (typeof fields[key] === 'string' && fields[key] !== '') return fields[key] as string;
  return undefined;
}

interface Counts {
  [kind: string]: number;
}

function countsMessage(counts: Counts): string {
  return Object.entries(counts)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

/** One annotation's results as spans and facts. */
function readResults(results: unknown, text: string, index: CodePointIndex, task: Task, problems: string[]): { spans: ImportedSpan[]; facts: ImportedFact[] } {
  const report = (message: string) => problems.push(problemAt(task.path, task.line, `${where(task)}: ${message}`));
  const spans: ImportedSpan[] = [];
  const facts: ImportedFact[] = [];
  if (!Array.isArray(results)) {
    report('its result is not a list; nothing read');
    return { spans, facts };
  }
  // A per-region TextArea shares its region's id: its text is read like the region's meta.
  const regionTexts = new Map<string, unknown[]>();
  for (const r of results) {
    if (isRecord(r) && r.type === 'textarea' && typeof r.id === 'string' && isRecord(r.value) && Array.isArray(r.value.text)) {
      regionTexts.set(r.id, [...(regionTexts.get(r.id) ?? []), ...r.value.text]);
    }
  }
  const regionIds = new Set(results.filter((r) => isRecord(r) && r.type === 'labels' && typeof r.id === 'string').map((r) => (r as { id: string }).id));
  const ignored: Counts = {};
  results.forEach((r, k) => {
    const at = `result ${k + 1}`;
    if (!isRecord(r)) return report(`${at} is not an object; left out`);
    if (r.type === 'labels') {
      const value = r.value;
      if (!isRecord(value) || !Array.isArray(value.labels) || typeof value.labels[0] !== 'string') return report(`${at} has no value.labels; left out`);
      const placed = placeSpan(text, index, value, (message) => report(`${at}: ${message}`));
      if (!placed) return;
      const [label, ...more] = value.labels as string[];
      if (more.length > 0) report(`${at} has ${value.labels.length} labels; only the first, ${JSON.stringify(label)}, is read`);
      const meta = isRecord(r.meta) && Array.isArray(r.meta.text) ? r.meta.text : [];
      const links = readLinks([...meta, ...(typeof r.id === 'string' ? (regionTexts.get(r.id) ?? []) : [])]);
      spans.push({ ...(typeof r.id === 'string' ? { sourceId: r.id } : {}), label, ...placed, ...links });
      return;
    }
    if (r.type === 'relation') {
      const from = r.from_id;
      const to = r.to_id;
      const labels = Array.isArray(r.labels) ? r.labels.filter((l): l is string => typeof l === 'string') : [];
      if (typeof from !== 'string' || typeof to !== 'string' || !regionIds.has(from) || !regionIds.has(to)) return report(`${at}: a relation between regions that are not spans of this annotation; left out`);
      const fact = labels.length === 1 ? factFromRelation(labels[0], from, to) : undefined;
      if (fact) facts.push(fact);
      else report(`${at}: a relation labelled ${labels.length === 0 ? 'with nothing' : JSON.stringify(labels.join(', '))} between ${from} and ${to} names no fact (attendance, or a status: attended, expected, absent, uncertain); left out`);
      return;
    }
    if (r.type === 'textarea' && typeof r.id === 'string' && regionIds.has(r.id)) return;
    const kind = typeof r.type === 'string' ? r.type : 'untyped';
    ignored[kind] = (ignored[kind] ?? 0) + 1;
  });
  if (Object.keys(ignored).length > 0) report(`results that are not spans or relations left out: ${countsMessage(ignored)}`);
  return { spans, facts };
}

/** A task of the full export: a document per annotation that was not cancelled. */
function readTask(value: Record<string, unknown>, task: Task): ImportedDocument[] {
  const problems: string[] = [];
  const source = `${task.path}#${task.number}`;
  const report = (message: string) => problems.push(problemAt(task.path, task.line, `${where(task)}: ${message}`));
  const data = isRecord(value.data) ? value.data : undefined;
  const text = data ? taskText(data) : undefined;
  const name = data ? taskName(data) : undefined;
  const article = data ? articleFieldsOf(data, (message) => report(`data.${message}`)) : undefined;
  const base = { source, ...(name !== undefined ? { name } : {}), ...(article ? { article } : {}) };
  if (text === undefined) {
    report(data ? 'data has no text field (data.text, or a single text field)' : 'it has no data object; nothing read');
    return [{ ...base, spans: [], facts: [], problems }];
  }
  const index = new CodePointIndex(text);
  const annotations = Array.isArray(value.annotations) ? value.annotations : Array.isArray(value.completions) ? value.completions : [];
  const predictions = Array.isArray(value.predictions) ? value.predictions.length : 0;
  if (predictions > 0) report(`${predictions} ${predictions === 1 ? 'prediction' : 'predictions'} not read: only annotations are`);
  const documents: ImportedDocument[] = [];
  annotations.forEach((annotation, k) => {
    if (!isRecord(annotation)) return report(`annotation ${k + 1} is not an object; left out`);
    const id = typeof annotation.id === 'string' || typeof annotation.id === 'number' ? String(annotation.id) : String(k + 1);
    if (annotation.was_cancelled === true) return report(`annotation ${id} was cancelled (skipped) in Label Studio; left out`);
    const own: string[] = [];
    const { spans, facts } = readResults(annotation.result, text, index, task, own);
    documents.push({ ...base, source: annotations.length > 1 ? `${source} annotation ${id}` : source, text, spans, facts, problems: own });
  });
  if (documents.length === 0) {
    if (annotations.length === 0) report('no annotations');
    return [{ ...base, text, spans: [], facts: [], problems }];
  }
  // What is about the task as a whole goes with its first document.
  documents[0].problems.unshift(...problems);
  return documents;
}

/** A task of the JSON-MIN export: `text` and, under the Labels tag's name, `{start, end, text, labels}`. */
function readMinTask(value: Record<string, unknown>, task: Task): ImportedDocument {
  const problems: string[] = [];
  const report = (message: string) => problems.push(problemAt(task.path, task.line, `${where(task)}: ${message}`));
  const name = taskName(value);
  const article = articleFieldsOf(value, report);
  const base = { source: `${task.path}#${task.number}`, ...(name !== undefined ? { name } : {}), ...(article ? { article } : {}) };
  const text = typeof value.text === 'string' ? value.text : undefined;
  if (text === undefined) {
    report('it has neither data nor text; nothing read');
    return { ...base, spans: [], facts: [], problems };
  }
  const index = new CodePointIndex(text);
  const spans: ImportedSpan[] = [];
  for (const [key, regions] of Object.entries(value)) {
    if (!Array.isArray(regions) || !regions.every((r) => isRecord(r) && Array.isArray(r.labels))) continue;
    regions.forEach((region, k) => {
      const r = region as Record<string, unknown>;
      const at = `${key}[${k}]`;
      const label = (r.labels as unknown[])[0];
      if (typeof label !== 'string') return report(`${at} has no label; left out`);
      const placed = placeSpan(text, index, r, (message) => report(`${at}: ${message}`));
      if (placed) spans.push({ label, ...placed });
    });
  }
  return { ...base, text, spans, facts: [], problems };
}

function readFile(file: SourceFile): ImportedDocument[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text.replace(/^\ufeff/, ''));
  } catch (error) {
    return [{ source: file.path, spans: [], facts: [], problems: [problemAt(file.path, undefined, `not JSON: ${(error as Error).message}`)] }];
  }
  const tasks = Array.isArray(parsed) ? parsed : [parsed];
  const lines = Array.isArray(parsed) ? arrayElementLines(file.text) : [1];
  return tasks.flatMap((value, i) => {
    const task: Task = { path: file.path, line: lines[i], number: i + 1 };
    if (!isRecord(value)) return [{ source: `${file.path}#${i + 1}`, spans: [], facts: [], problems: [problemAt(file.path, task.line, `${where(task)} is not an object; left out`)] }];
    const full = 'data' in value || 'annotations' in value || 'completions' in value || 'predictions' in value;
    return full ? readTask(value, task) : [readMinTask(value, task)];
  });
}

export const readLabelStudio: FormatReader = (files) => files.flatMap(readFile);
