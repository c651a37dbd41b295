// brat standoff: each `<name>.ann` with the `<name>.txt` beside it is a document. Other files
// (annotation.conf, tools.conf, visual.conf…) are not read. What is read of an .ann file, line by line:
//   T  text-bound spans `T1<TAB>Type START END[;START END…]<TAB>text`, offsets in code points; a
//      discontinuous span is read as its whole extent, and the report says so;
//   #  notes (`AnnotatorNotes`): on a span, an entity id (`person:…`) or an ISO date as this
//      project's export writes them, else kept as the span's note; on an event, this project's
//      fact note (`id=f-… person=… status=…`), or the status its earlier versions noted on a
//      relation (`expected (f-…)`);
//   N  normalizations: `Wikidata:Q…` gives the span's Wikidata id (other databases are reported);
//   R  relations: `Attendance Arg1:T1 Arg2:T2` is an attendance; a relation labelled with a status
//      (`attended`, `expected`…) too, with that status;
//   E  events of type Summit, Attendance or Role (any case): a fact whose evidence is its arguments;
//      its trigger is not a span;
//   A/M attributes: `Status E1 expected` gives an attendance's status;
//   *  equivalences: not read, reported.
// Everything else that is not read is reported with its file and line.
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../factFile/schema';
import { ANCHOR_CONTEXT } from '../../reanchor/anchor';
import { CodePointIndex, trimBrokenSurrogates } from '../../text/codePoints';
import type { FormatReader, ImportedDocument, ImportedFact, ImportedSpan, SourceFile } from '../document';

type FactKind = ImportedFact['kind'];

const FACT_KINDS: Record<string, FactKind> = { summit: 'summit', attendance: 'attendance', role: 'role' };
const STATUSES = new Set<string>(ATTENDANCE_STATUSES);
const ENTITY_ID = /^(person|organization|place|event):[\p{L}\p{N}._~-]+$/u;
const ISO_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})(\/(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2}))?$/;
/** The fields of this project's fact note that are not spans. */
const NOTE_FIELDS = new Set(['person', 'event', 'status', 'role', 'country', 'organization', 'city', 'start', 'end']);

function at(path: string, line: number, message: string): string {
  return `${path}:${line}: ${message}`;
}

/** A parsed line of an .ann file, with its 1-based line number. */
interface Line {
  line: number;
  id: string;
  /** The field after the id. */
  data: string;
  /** The field after that, when there is one. */
  tail?: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const [id, data = '', ...rest] = line.split('\t');
    lines.push({ line: i + 1, id, data, ...(rest.length > 0 ? { tail: rest.join('\t') } : {}) });
  });
  return lines;
}

/** `key=value key="a value"`: this project's fact note; undefined when the note is not one. */
export function parseFactNote(note: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  const pair = /\s*([a-z]+)=("(?:[^"\\]|\\.)*"|[^\s"=]+)/y;
  let at = 0;
  while (at < note.length) {
    pair.lastIndex = at;
    const m = pair.exec(note);
    if (!m) return note.slice(at).trim() === '' ? fields : undefined;
    try {
      fields[m[1]] = m[2].startsWith('"') ? (JSON.parse(m[2]) as string) : m[2];
    } catch {
      return undefined;
    }
    at = pair.lastIndex;
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

interface Reading {
  path: string;
  text?: string;
  index?: CodePointIndex;
  problems: string[];
}

/** A `T` line as a span; undefined (and a problem) when its offsets cannot be read. */
function readTextBound(reading: Reading, { line, id, data, tail }: Line): ImportedSpan | undefined {
  const space = data.indexOf(' ');
  const label = space < 0 ? data : data.slice(0, space);
  const fragments = space < 0 ? [] : data.slice(space + 1).split(';').map((f) => f.trim().split(/\s+/));
  if (fragments.length === 0 || fragments.some((f) => f.length !== 2 || !f.every((n) => /^\d+$/.test(n)))) {
    reading.problems.push(at(reading.path, line, `${id}: expected a type and offsets such as "Person 10 24" (or "10 24;30 35"), found ${JSON.stringify(data.slice(0, 60))}; left out`));
    return undefined;
  }
  const pairs = fragments.map(([s, e]) => [Number(s), Number(e)] as const);
  if (pairs.some(([s, e]) => e <= s)) {
    reading.problems.push(at(reading.path, line, `${id}: the span ${data.slice(space + 1)} is empty or runs backwards; left out`));
    return undefined;
  }
  const start = Math.min(...pairs.map(([s]) => s));
  const end = Math.max(...pairs.map(([, e]) => e));
  if (pairs.length > 1) reading.problems.push(at(reading.path, line, `${id} is discontinuous (${pairs.length} pieces); read as its whole extent ${start}-${end}`));
  const { text, index } = reading;
  if (text === undefined || index === undefined) {
    // Without the text, only the quote the line gives; a discontinuous one is not the text's.
    return pairs.length === 1 && tail ? { sourceId: id, label, quote: tail } : undefined;
  }
  if (end > index.codePointLength) {
    reading.problems.push(at(reading.path, line, `${id}: the span ${start}-${end} runs past the end of the text (${index.codePointLength} code points); left out`));
    return undefined;
  }
  const from = index.toUtf16(start);
  const to = index.toUtf16(end);
  const quote = text.slice(from, to);
  if (pairs.length === 1 && tail !== undefined && tail !== quote) {
    reading.problems.push(at(reading.path, line, `${id}: its text ${JSON.stringify(tail.slice(0, 60))} differs from the .txt at ${start}-${end} (${JSON.stringify(quote.slice(0, 60))}); the .txt is taken`));
  }
  return {
    sourceId: id,
    label,
    start: from,
    end: to,
    quote,
    prefix: trimBrokenSurrogates(text.slice(Math.max(0, from - ANCHOR_CONTEXT), from)),
    suffix: trimBrokenSurrogates(text.slice(to, to + ANCHOR_CONTEXT)),
  };
}

/** `Type:T1 Role:T2 Role2:T3` (an event) or `Type Arg1:T1 Arg2:T2` (a relation): its type, trigger and arguments. */
function readArguments(data: string): { type: string; trigger?: string; args: { role: string; target: string }[] } | undefined {
  const [head, ...rest] = data.trim().split(/\s+/);
  const args = rest.map((arg) => {
    const colon = arg.indexOf(':');
    return colon > 0 ? { role: arg.slice(0, colon), target: arg.slice(colon + 1) } : undefined;
  });
  if (args.some((a) => a === undefined || a.target === '')) return undefined;
  const colon = head.indexOf(':');
  return colon < 0 ? { type: head, args: args as { role: string; target: string }[] } : { type: head.slice(0, colon), trigger: head.slice(colon + 1), args: args as { role: string; target: string }[] };
}

/** One .ann file (and its text, when there is one) as a document. */
export function readBratDocument(ann: SourceFile, txt: SourceFile | undefined): ImportedDocument {
  const reading: Reading = { path: ann.path, problems: [] };
  if (txt) {
    reading.text = txt.text;
    reading.index = new CodePointIndex(txt.text);
  } else {
    reading.problems.push(`${ann.path}: no ${ann.path.replace(/\.ann$/i, '.txt')} beside it; its spans are read by their text alone`);
  }
  const lines = splitLines(ann.text);
  const triggers = new Set<string>();
  for (const l of lines) {
    if (!l.id.startsWith('E')) continue;
    const trigger = readArguments(l.data)?.trigger;
    if (trigger) triggers.add(trigger);
  }

  const spans = new Map<string, ImportedSpan>();
  const facts = new Map<string, ImportedFact>();
  const factLines = new Map<string, number>();
  const notes: Line[] = [];
  const later: Line[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    const kind = l.id[0];
    if (kind !== '*' && seen.has(l.id)) {
      reading.problems.push(at(ann.path, l.line, `${l.id} is given a second time; the first is kept`));
      continue;
    }
    seen.add(l.id);
    if (kind === 'T') {
      if (triggers.has(l.id)) continue;
      const span = readTextBound(reading, l);
      if (span) spans.set(l.id, span);
    } else if (kind === 'E' || kind === 'R') {
      const fact = readFact(reading, l);
      if (fact) {
        facts.set(l.id, fact);
        factLines.set(l.id, l.line);
      }
    } else if (kind === '#') notes.push(l);
    else if (kind === 'N' || kind === 'A' || kind === 'M') later.push(l);
    else if (kind === '*') reading.problems.push(at(ann.path, l.line, `${l.data.split(' ')[0] || 'an equivalence'} ${l.data.split(' ').slice(1).join(', ')}: equivalences are not read`));
    else reading.problems.push(at(ann.path, l.line, `${JSON.stringify(l.id.slice(0, 20))} is not a brat annotation id (T, R, E, A, M, N, #, *); the line is left out`));
  }
  for (const l of later) {
    if (l.id[0] === 'N') readNormalization(reading, l, spans);
    else readAttribute(reading, l, spans, facts);
  }
  for (const l of notes) readNote(reading, l, spans, facts);

  // Evidence that names no span read here (a trigger, a line left out) is dropped; a fact with none left out.
  const kept: ImportedFact[] = [];
  for (const [id, fact] of facts) {
    const line = factLines.get(id)!;
    const missing = fact.evidence.filter((e) => !spans.has(e));
    fact.evidence = fact.evidence.filter((e) => spans.has(e));
    if (missing.length > 0) reading.problems.push(at(ann.path, line, `${id}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not a span read here; left out of its evidence`));
    if (fact.evidence.length === 0) reading.problems.push(at(ann.path, line, `${id} has no span as its evidence; left out`));
    else kept.push(fact);
  }
  return {
    source: ann.path,
    ...(txt ? { name: txt.path, text: txt.text } : {}),
    spans: [...spans.values()],
    facts: kept,
    problems: reading.problems,
  };
}

function readFact(reading: Reading, l: Line): ImportedFact | undefined {
  const parsed = readArguments(l.data);
  if (!parsed || (l.id.startsWith('E') && parsed.trigger === undefined) || (l.id.startsWith('R') && parsed.args.length !== 2)) {
    const expected = l.id.startsWith('E') ? '"Type:T1 Role:T2 …"' : '"Type Arg1:T1 Arg2:T2"';
    reading.problems.push(at(reading.path, l.line, `${l.id}: expected ${expected}, found ${JSON.stringify(l.data.slice(0, 60))}; left out`));
    return undefined;
  }
  const type = parsed.type.toLowerCase();
  const status = STATUSES.has(type) ? (type as AttendanceStatus) : undefined;
  const kind = FACT_KINDS[type] ?? (status !== undefined && l.id.startsWith('R') ? 'attendance' : undefined);
  if (kind === undefined) {
    reading.problems.push(at(reading.path, l.line, `${l.id}: ${l.id.startsWith('E') ? 'an event' : 'a relation'} of type ${parsed.type} is not a fact kept here (Summit, Attendance, Role); left out`));
    return undefined;
  }
  const evidence = [...new Set(parsed.args.map((a) => a.target))];
  return { sourceId: l.id, kind, fields: status !== undefined ? { status } : {}, evidence };
}

function readNormalization(reading: Reading, l: Line, spans: Map<string, ImportedSpan>): void {
  const m = /^(\S+) (\S+) (\S+?):(\S+)$/.exec(l.data.trim());
  if (!m) {
    reading.problems.push(at(reading.path, l.line, `${l.id}: expected "Reference T1 Wikidata:Q…", found ${JSON.stringify(l.data.slice(0, 60))}; left out`));
    return;
  }
  const [, , target, database, key] = m;
  const span = spans.get(target);
  if (!span) {
    reading.problems.push(at(reading.path, l.line, `${l.id} normalizes ${target}, which is not a span read here; left out`));
  } else if (database.toLowerCase() === 'wikidata' && /^Q\d+$/.test(key)) {
    span.wikidata = key;
  } else {
    reading.problems.push(at(reading.path, l.line, `${l.id} links ${target} to ${database}:${key}, not a Wikidata item (Wikidata:Q…); left out`));
  }
}

function readAttribute(reading: Reading, l: Line, spans: Map<string, ImportedSpan>, facts: Map<string, ImportedFact>): void {
  const [name = '', target = '', value] = l.data.trim().split(/\s+/);
  const fact = facts.get(target);
  if (fact && name.toLowerCase() === 'status' && fact.kind === 'attendance' && value !== undefined && STATUSES.has(value.toLowerCase())) {
    fact.fields.status = value.toLowerCase();
    return;
  }
  const on = fact ? `the fact ${target}` : spans.has(target) ? `the span ${target}` : `${target}, which is not read here`;
  reading.problems.push(at(reading.path, l.line, `${l.id}: the attribute ${name}${value !== undefined ? `=${value}` : ''} on ${on} is not read (only Status on an attendance: ${ATTENDANCE_STATUSES.join(', ')})`));
}

function readNote(reading: Reading, l: Line, spans: Map<string, ImportedSpan>, facts: Map<string, ImportedFact>): void {
  const target = l.data.trim().split(/\s+/)[1] ?? '';
  const note = (l.tail ?? '').trim();
  const span = spans.get(target);
  if (span) {
    if (ENTITY_ID.test(note)) span.entity = note;
    else if (ISO_DATE.test(note)) span.date = note;
    else if (note !== '') span.note = span.note === undefined ? note : `${span.note}\n${note}`;
    return;
  }
  const fact = facts.get(target);
  const fields = fact ? parseFactNote(note) : undefined;
  if (fact && fields) {
    for (const [key, value] of Object.entries(fields)) if (NOTE_FIELDS.has(key)) fact.fields[key] = value;
    return;
  }
  // The note earlier versions of this export gave an Attendance relation: `expected (f-…)`.
  const earlier = /^(\w+) \(f-[0-9a-z]+\)$/.exec(note);
  if (fact?.kind === 'attendance' && earlier && STATUSES.has(earlier[1])) {
    fact.fields.status ??= earlier[1];
    return;
  }
  if (note !== '') reading.problems.push(at(reading.path, l.line, `${l.id}: the note on ${target || 'nothing'} is not read`));
}

/** The documents of a brat folder: each .ann with the .txt of the same name beside it. */
export const readBrat: FormatReader = (files) => {
  const texts = new Map<string, SourceFile>();
  for (const file of files) if (/\.txt$/i.test(file.path)) texts.set(file.path.slice(0, -'.txt'.length), file);
  return files
    .filter((file) => /\.ann$/i.test(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((ann) => readBratDocument(ann, texts.get(ann.path.slice(0, -'.ann'.length))));
};
