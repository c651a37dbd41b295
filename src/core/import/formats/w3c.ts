// W3C Web Annotation (JSON-LD), as this project's export writes it and as others do: a file holds
// one annotation, a JSON array of them, an AnnotationPage (`items`), an AnnotationCollection whose
// `first` page is embedded, or JSON Lines of any of those. Each annotation's targets are spans of
// the document their `source` names (one document per source):
//   - a TextQuoteSelector gives the quote, prefix and suffix; a TextPositionSelector the offsets,
//     in code points as the model says (kept as such: the importer converts them against the
//     matched article's text, as no text comes with the annotations); other selectors are reported;
//   - a body that is a Wikidata item (http://www.wikidata.org/entity/Q…, or …/wiki/Q…) gives the
//     span's Wikidata id; `urn:news-annotator:entity:<id>` this project's entity id;
//   - a TextualBody that classifies or tags gives the label (a classifying one first); an ISO date
//     tagged on a span classified `date` is its date; a describing or commenting one is its note;
//   - this project's fact annotations (a TextualBody in application/json holding the fact) are
//     facts, their targets the spans that are their evidence.
// Anything not read is reported with the file and the annotation's place (line for JSON Lines,
// item number otherwise).
import { URN_PREFIX } from '../../export/entities';
import { FACT_FIELDS_FORMAT } from '../../export/w3c';
import type { FormatReader, ImportedDocument, ImportedFact, ImportedSpan, SourceFile } from '../document';

type Json = Record<string, unknown>;

const ARTICLE_PREFIX = `${URN_PREFIX}article:`;
const ENTITY_PREFIX = `${URN_PREFIX}entity:`;
const WIKIDATA = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q\d+)$/;
const ISO_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})(\/(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2}))?$/;
const FACT_KINDS = new Set<string>(['summit', 'attendance', 'role']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function hasType(value: Json, type: string): boolean {
  return list(value.type).includes(type);
}

/** An annotation, with where it was found for messages. */
interface Found {
  annotation: Json;
  where: string;
}

/** The annotations of a parsed JSON value: an annotation, an array, a page or a collection. */
function annotationsIn(value: unknown, where: string, problems: string[]): Found[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => annotationsIn(item, `${where}, item ${i + 1}`, problems));
  if (!isObject(value)) {
    problems.push(`${where}: not a JSON object; left out`);
    return [];
  }
  if (hasType(value, 'AnnotationCollection')) {
    if (isObject(value.first)) return annotationsIn(value.first, where, problems);
    problems.push(`${where}: an AnnotationCollection whose first page is not in the file${typeof value.first === 'string' ? ` (${value.first})` : ''}; its annotations are not read`);
    return [];
  }
  if (hasType(value, 'AnnotationPage') || (value.items !== undefined && value.target === undefined)) {
    return list(value.items).flatMap((item, i) => annotationsIn(item, `${where}, item ${i + 1}`, problems));
  }
  if (hasType(value, 'Annotation') || value.target !== undefined) return [{ annotation: value, where }];
  problems.push(`${where}: neither an Annotation nor a page or collection of them; left out`);
  return [];
}

/** A file's annotations: the file as one JSON value, else as JSON Lines. */
function readFile(file: SourceFile, problems: string[]): Found[] {
  const text = file.text.replace(/^\ufeff/, '');
  try {
    return annotationsIn(JSON.parse(text), file.path, problems);
  } catch {
    // Not one JSON value: JSON Lines, one value a line.
  }
  const found: Found[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${file.path}:${i + 1}: not JSON (${(error as Error).message}); the line is left out`);
      return;
    }
    found.push(...annotationsIn(value, `${file.path}:${i + 1}`, problems));
  });
  return found;
}

/** The document a target's source names: this project's article path, else the source IRI's last segment. */
function documentName(source: string): string {
  if (source.startsWith(ARTICLE_PREFIX)) {
    try {
      return decodeURIComponent(source.slice(ARTICLE_PREFIX.length));
    } catch {
      return source.slice(ARTICLE_PREFIX.length);
    }
  }
  const path = source.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || source;
  } catch {
    return last || source;
  }
}

/** What an annotation's bodies say of its spans. */
interface BodyReading {
  label?: string;
  tags: string[];
  wikidata?: string;
  entity?: string;
  notes: string[];
  fact?: Json;
}

function readBodies(annotation: Json, where: string, problems: string[]): BodyReading {
  const reading: BodyReading = { tags: [], notes: [] };
  let classified: string | undefined;
  const bodies = [...list(annotation.body), ...(typeof annotation.bodyValue === 'string' ? [{ type: 'TextualBody', value: annotation.bodyValue }] : [])];
  for (const body of bodies) {
    const iri = typeof body === 'string' ? body : isObject(body) ? (typeof body.source === 'string' ? body.source : typeof body.id === 'string' && body.value === undefined ? body.id : undefined) : undefined;
    if (iri !== undefined) {
      const wikidata = WIKIDATA.exec(iri);
      if (wikidata) reading.wikidata ??= wikidata[1];
      else if (iri.startsWith(ENTITY_PREFIX)) reading.entity ??= decodeURIComponent(iri.slice(ENTITY_PREFIX.length));
      continue;
    }
    if (!isObject(body) || typeof body.value !== 'string') continue;
    const purpose = list(body.purpose).find((p): p is string => typeof p === 'string');
    const value = body.value;
    if (body.format === FACT_FIELDS_FORMAT) {
      try {
        const parsed: unknown = JSON.parse(value);
        if (isObject(parsed) && typeof parsed.type === 'string' && FACT_KINDS.has(parsed.type)) reading.fact = parsed;
        else problems.push(`${where}: a JSON body that is not a fact (summit, attendance, role); not read`);
      } catch {
        problems.push(`${where}: a body in ${FACT_FIELDS_FORMAT} that is not JSON; not read`);
      }
    } else if (purpose === 'classifying') classified ??= value;
    else if (purpose === 'tagging') reading.tags.push(value);
    else reading.notes.push(value);
  }
  reading.label = classified ?? reading.tags[0];
  return reading;
}

interface Target {
  source: string;
  span: Omit<ImportedSpan, 'sourceId' | 'label'>;
}

/** A target as a span of its source; undefined (and a problem) when it selects no text. */
function readTarget(target: unknown, where: string, problems: string[]): Target | undefined {
  if (typeof target === 'string' || (isObject(target) && target.source === undefined && target.selector === undefined)) {
    problems.push(`${where}: its target is a whole resource, not a span of text; left out`);
    return undefined;
  }
  if (!isObject(target) || typeof target.source !== 'string') {
    problems.push(`${where}: a target without a source; left out`);
    return undefined;
  }
  const span: Target['span'] = {};
  for (const selector of list(target.selector)) {
    if (!isObject(selector)) continue;
    if (hasType(selector, 'TextQuoteSelector') && typeof selector.exact === 'string' && selector.exact !== '') {
      span.quote = selector.exact;
      if (typeof selector.prefix === 'string') span.prefix = selector.prefix;
      if (typeof selector.suffix === 'string') span.suffix = selector.suffix;
    } else if (hasType(selector, 'TextPositionSelector')) {
      const { start, end } = selector;
      if (Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number)) {
        span.codePointStart = start as number;
        span.codePointEnd = end as number;
      } else {
        problems.push(`${where}: a TextPositionSelector whose start and end (${JSON.stringify(start)}, ${JSON.stringify(end)}) are not a span; not read`);
      }
    } else {
      problems.push(`${where}: a ${JSON.stringify(selector.type ?? 'selector')} is not read (only TextQuoteSelector and TextPositionSelector)`);
    }
  }
  if (span.quote === undefined && span.codePointStart === undefined) {
    problems.push(`${where}: no TextQuoteSelector or TextPositionSelector it can read; left out`);
    return undefined;
  }
  return { source: target.source, span };
}

/** Where a span is, to find the mention a fact's target is. */
function spanKey(source: string, span: Target['span']): string {
  return `${source}\u0000${span.codePointStart ?? ''}\u0000${span.codePointEnd ?? ''}\u0000${span.quote ?? ''}`;
}

/** The documents of W3C Web Annotation files, one per target source, in the order first met. */
export const readW3c: FormatReader = (files) => {
  const documents = new Map<string, ImportedDocument>();
  const spanIds = new Map<string, string>();
  const fileProblems: ImportedDocument[] = [];
  const documentOf = (source: string, file: string): ImportedDocument => {
    let doc = documents.get(source);
    if (!doc) {
      doc = { source: `${file} (${source})`, name: documentName(source), spans: [], facts: [], problems: [] };
      documents.set(source, doc);
    }
    return doc;
  };
  const facts: { found: Found; fact: Json; targets: Target[]; file: string }[] = [];

  for (const file of files) {
    const problems: string[] = [];
    const found = readFile(file, problems);
    found.forEach((item, n) => {
      const { annotation, where } = item;
      const id = typeof annotation.id === 'string' ? annotation.id : `${file.path}#${n + 1}`;
      const bodies = readBodies(annotation, where, problems);
      const targets = list(annotation.target)
        .map((t) => readTarget(t, where, problems))
        .filter((t): t is Target => t !== undefined);
      if (bodies.fact) {
        facts.push({ found: item, fact: bodies.fact, targets, file: file.path });
        return;
      }
      targets.forEach((target, i) => {
        const sourceId = targets.length === 1 ? id : `${id}#target-${i + 1}`;
        const date = bodies.label === 'date' ? bodies.tags.find((t) => ISO_DATE.test(t)) : undefined;
        const span: ImportedSpan = {
          sourceId,
          label: bodies.label ?? '',
          ...target.span,
          ...(bodies.wikidata !== undefined ? { wikidata: bodies.wikidata } : {}),
          ...(bodies.entity !== undefined ? { entity: bodies.entity } : {}),
          ...(date !== undefined ? { date } : {}),
          ...(bodies.notes.length > 0 ? { note: bodies.notes.join('\n') } : {}),
        };
        documentOf(target.source, file.path).spans.push(span);
        spanIds.set(spanKey(target.source, target.span), sourceId);
      });
    });
    if (problems.length > 0) fileProblems.push({ source: file.path, spans: [], facts: [], problems });
  }

  // Facts last: their targets are the spans of the mention annotations, wherever those came.
  for (const { found, fact, targets, file } of facts) {
    if (targets.length === 0) continue;
    const doc = documentOf(targets[0].source, file);
    const evidence: string[] = [];
    targets.forEach((target, i) => {
      if (target.source !== targets[0].source) {
        doc.problems.push(`${found.where}: a fact whose targets are in two documents; the one in ${target.source} is left out of its evidence`);
        return;
      }
      const key = spanKey(target.source, target.span);
      let sourceId = spanIds.get(key);
      if (sourceId === undefined) {
        // Evidence no mention annotation marks: a span of its own, without a label.
        sourceId = `${typeof found.annotation.id === 'string' ? found.annotation.id : found.where}#evidence-${i + 1}`;
        doc.spans.push({ sourceId, label: '', ...target.span });
        spanIds.set(key, sourceId);
      }
      evidence.push(sourceId);
    });
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(fact)) if (key !== 'id' && key !== 'type' && key !== 'evidence' && typeof value === 'string') fields[key] = value;
    const imported: ImportedFact = {
      sourceId: typeof fact.id === 'string' ? fact.id : typeof found.annotation.id === 'string' ? found.annotation.id : found.where,
      kind: fact.type as ImportedFact['kind'],
      fields,
      evidence: [...new Set(evidence)],
    };
    doc.facts.push(imported);
  }
  // Problems of a file that no document holds are kept on a document of their own, naming the file.
  return [...documents.values(), ...fileProblems];
};
