// What the readers of peer formats share: code-point offsets turned into UTF-16 ones, the context
// around a span, JSON read record by record with the line each record starts on, and relations
// read as attendance facts.
import type { ArticleDescription } from '../../annotation/articleMetadata';
import { ANCHOR_CONTEXT } from '../../reanchor/anchor';
import { ArticleMetadata, ATTENDANCE_STATUSES } from '../../factFile/schema';
import { CodePointIndex, trimBrokenSurrogates } from '../../text/codePoints';
import type { ImportedFact, ImportedSpan } from '../document';

/** A problem's text: the file, the line when known, and what is wrong. */
export function problemAt(path: string, line: number | undefined, message: string): string {
  return line === undefined ? `${path}: ${message}` : `${path}:${line}: ${message}`;
}

export type SpanOffsets = { start: number; end: number } | { error: string };

/**
 * A span given in code points (as Python counts), in UTF-16 code units of `index.text`; or why it
 * cannot be: offsets that are not whole numbers, run backwards or past the end of the text.
 */
export function spanFromCodePoints(index: CodePointIndex, start: unknown, end: unknown): SpanOffsets {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return { error: `start and end must be whole numbers (they are ${JSON.stringify(start)} and ${JSON.stringify(end)})` };
  const s = start as number;
  const e = end as number;
  if (s < 0 || e <= s) return { error: `the span ${s}-${e} is empty or runs backwards` };
  if (e > index.codePointLength) return { error: `the span ${s}-${e} runs past the end of the text (${index.codePointLength} code points)` };
  return { start: index.toUtf16(s), end: index.toUtf16(e) };
}

/** The span's quote and the text around it, as an anchor holds them, cut to whole code points. */
export function quoteWithContext(text: string, start: number, end: number): Pick<ImportedSpan, 'quote' | 'prefix' | 'suffix'> {
  return {
    quote: text.slice(start, end),
    prefix: trimBrokenSurrogates(text.slice(Math.max(0, start - ANCHOR_CONTEXT), start)),
    suffix: trimBrokenSurrogates(text.slice(end, end + ANCHOR_CONTEXT)),
  };
}

/** The 1-based line of each offset of `text`, for offsets in ascending order. */
function linesOf(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return lines;
}

/**
 * Where each element of a top-level JSON array starts (its line), found by scanning the text once
 * with strings and nesting in mind; empty when the text is not an array. Only for messages: the
 * values themselves come from JSON.parse.
 */
export function arrayElementLines(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\ufeff') continue;
    if (depth === 1 && expectElement && c !== ']') {
      starts.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) {
        if (c !== '[') return [];
        expectElement = true;
      }
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return linesOf(text, starts);
}

export interface JsonLine {
  line: number;
  value?: unknown;
  error?: string;
}

/** Each non-blank line of a JSON Lines text, parsed, with its line number. */
export function* jsonLines(text: string): Generator<JsonLine> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const source = i === 0 ? lines[i].replace(/^\ufeff/, '') : lines[i];
    if (source.trim() === '') continue;
    try {
      yield { line: i + 1, value: JSON.parse(source) };
    } catch (error) {
      yield { line: i + 1, error: `not JSON: ${(error as Error).message}` };
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The attendance statuses a relation's label may name (any case). */
const STATUSES = new Map(ATTENDANCE_STATUSES.map((s) => [s.toLowerCase(), s]));

/**
 * A relation between two spans read as a fact, as the brat reader reads one: a relation labelled
 * `attendance`, or with an attendance status (`attended`, `expected`, `absent`, `uncertain`, then
 * its status), is an attendance whose evidence is both spans. Undefined for any other label.
 */
export function factFromRelation(label: string, from: string, to: string, sourceId?: string): ImportedFact | undefined {
  const name = label.trim().toLowerCase();
  const status = STATUSES.get(name);
  if (status === undefined && name !== 'attendance') return undefined;
  return { ...(sourceId !== undefined ? { sourceId } : {}), kind: 'attendance', fields: status !== undefined ? { status } : {}, evidence: [from, to] };
}

/** The fields of a fact file's `article` record that a source may give about its article. */
export const ARTICLE_FIELDS = ['language', 'publisher', 'published'] as const;

/**
 * The article's language, publisher and publication date where `fields` gives them, each checked as
 * a fact file checks it: one that does not pass is reported (`report` gets the field's name and
 * what is wrong) and left out. Undefined when none is given.
 */
export function articleFieldsOf(fields: Record<string, unknown>, report: (message: string) => void): ArticleDescription | undefined {
  const article: ArticleDescription = {};
  for (const key of ARTICLE_FIELDS) {
    const value = fields[key];
    if (value === undefined || value === null || value === '') continue;
    const checked = ArticleMetadata.shape[key].safeParse(value);
    if (checked.success && checked.data !== undefined) article[key] = checked.data;
    else report(`${key}: ${checked.success ? 'expected a value' : checked.error.issues[0].message} (it is ${JSON.stringify(value)}); left out`);
  }
  return Object.keys(article).length > 0 ? article : undefined;
}

/** The last path segment of a file path, for a document's name. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export { CodePointIndex };
