// Reads and edits sidecar fact files through the `yaml` Document model, so that comments, key
// order and formatting survive, and lists stay in one stable order for clean merges in git.
// A file that does not parse or validate is never rewritten: edits are refused with its problems.
import { Document, isMap, isSeq, type LineCounter, type YAMLMap, type YAMLSeq } from 'yaml';
import { fieldToPath, issueProblems, pathToField, positionOf, type Problem, prototypeKeyProblems, readYaml } from '../knowledgeBase/loadFile';
import { stripByteOrderMark } from '../text/articleText';
import { factKey } from './ids';
import {
  type ArticleMetadata,
  type Fact,
  type Rejection,
  Sidecar,
  SIDECAR_SCHEMA,
  type SidecarMention,
} from './schema';

export interface ParsedSidecar {
  sidecar?: Sidecar;
  problems: Problem[];
}

interface LoadedDocument extends ParsedSidecar {
  document?: Document;
  lines?: LineCounter;
}

const FACT_ORDER: Record<Fact['type'], number> = { summit: 0, attendance: 1, role: 2 };

function compareMentions(a: SidecarMention, b: SidecarMention): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function compareFacts(a: Fact, b: Fact): number {
  const ka = factKey(a);
  const kb = factKey(b);
  return FACT_ORDER[a.type] - FACT_ORDER[b.type] || (ka < kb ? -1 : ka > kb ? 1 : 0);
}
function compareRejections(a: Rejection, b: Rejection): number {
  return a.start - b.start || a.end - b.end;
}

/** What a blank sidecar means: no annotations yet. The editor starts a new sidecar over it. */
export const EMPTY_SIDECAR_MESSAGE = `empty file: no annotations (a sidecar starts with "schema: ${SIDECAR_SCHEMA}")`;

/** The message for a sidecar of another schema, or of none. */
function schemaMessage(schema: unknown): string {
  const supported = `this version of News Annotator reads ${SIDECAR_SCHEMA} only`;
  if (schema === undefined) return `missing schema: expected schema: ${SIDECAR_SCHEMA}`;
  if (typeof schema === 'string' && schema.startsWith('news-annotator/facts@')) return `unsupported schema version ${schema}: ${supported}`;
  return `unknown schema ${JSON.stringify(schema)}: expected schema: ${SIDECAR_SCHEMA}`;
}

function load(text: string, file: string): LoadedDocument {
  const { document, lines, data, empty, problems } = readYaml(text, file);
  if (empty && problems.length === 0) return { problems: [{ file, line: 1, column: 1, field: '', message: EMPTY_SIDECAR_MESSAGE, severity: 'warning' }] };
  if (!document || problems.length > 0) return { problems };
  const at = (path: readonly PropertyKey[], message: string): Problem => ({ file, ...positionOf(document, lines, path), field: pathToField(path), message, severity: 'error' });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [at([], `expected a mapping of schema, article, mentions, facts and rejections, starting with "schema: ${SIDECAR_SCHEMA}"`)] };
  }
  // Another version's fields mean other things: say which version is read, and nothing else.
  const { schema } = data as { schema?: unknown };
  if (schema !== SIDECAR_SCHEMA) return { problems: [at(['schema'], schemaMessage(schema))] };
  const result = Sidecar.safeParse(data);
  const found = result.success ? [] : issueProblems(result.error.issues, document, lines, file);
  found.push(...prototypeKeyProblems(data, document, lines, file, [], found));
  if (!result.success || found.length > 0) return { problems: found };
  return { document, lines, sidecar: result.data, problems };
}

/**
 * Parses and validates a sidecar; every problem names its line and field. Never throws. A blank
 * file (or one of comments only) gives no sidecar and a warning, `EMPTY_SIDECAR_MESSAGE`.
 */
export function parseSidecar(text: string, file: string): ParsedSidecar {
  const { sidecar, problems } = load(text, file);
  return { sidecar, problems };
}

/** The line and column of a field of a sidecar's text, such as `mentions[3]`; 1:1 when it is not there. */
export function locateSidecarField(text: string, field: string): { line: number; column: number } {
  const { document, lines, problems } = readYaml(text, '');
  return document && problems.length === 0 ? positionOf(document, lines, fieldToPath(field)) : { line: 1, column: 1 };
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Checks a sidecar against its article's text: each mention's and rejection's offsets must lie
 * inside the text (errors otherwise), on whole characters, and hold its quote (warnings when the
 * article changed since: the mention is stale). The problems name the sidecar, line and field.
 * The article's byte-order mark is dropped first, as editors do. Problems of the sidecar itself
 * come back instead when it does not parse.
 */
export function checkSidecarAgainstArticle(sidecarText: string, file: string, articleText: string, articlePath: string): Problem[] {
  const { document, lines, sidecar, problems } = load(sidecarText, file);
  if (!document || !lines || !sidecar) return problems;
  const text = stripByteOrderMark(articleText);
  const out: Problem[] = [];
  const report = (path: (string | number)[], message: string, severity: Problem['severity']) =>
    out.push({ file, ...positionOf(document, lines, path), field: pathToField(path), message, severity });
  const check = (list: 'mentions' | 'rejections', items: readonly { quote: string; start: number; end: number; id?: string }[]) =>
    items.forEach((item, i) => {
      const name = item.id ?? `the rejection of "${item.quote}"`;
      if (item.start > text.length || item.end > text.length) {
        const key = item.start > text.length ? 'start' : 'end';
        report([list, i, key], `${name}: offsets ${item.start}-${item.end} are beyond the end of ${articlePath} (${text.length} UTF-16 code units)`, 'error');
      } else if (splitsSurrogatePair(text, item.start) || splitsSurrogatePair(text, item.end)) {
        report([list, i, splitsSurrogatePair(text, item.start) ? 'start' : 'end'], `${name}: offsets ${item.start}-${item.end} cut a character of ${articlePath} in two`, 'error');
      } else if (text.slice(item.start, item.end) !== item.quote) {
        const found = text.slice(item.start, item.end);
        report([list, i, 'quote'], `${name}: ${articlePath} has ${JSON.stringify(found.length > 60 ? `${found.slice(0, 57)}…` : found)} at ${item.start}-${item.end}, not the quote ${JSON.stringify(item.quote)} (the article changed?)`, 'warning');
      }
    });
  check('mentions', sidecar.mentions);
  check('rejections', sidecar.rejections);
  return out;
}

/** The text of a new sidecar for an article. */
export function newSidecarText(article: ArticleMetadata): string {
  const sidecar: Sidecar = { schema: SIDECAR_SCHEMA, article, mentions: [], facts: [], rejections: [] };
  const body = new Document(sidecar).toString({ lineWidth: 0 });
  return `# Annotations of ${article.file}, kept by News Annotator. Hand edits are welcome: keep ids unique.\n${body}`;
}

export type SidecarEdit =
  | { kind: 'addMention'; mention: SidecarMention }
  | { kind: 'removeMention'; id: string }
  /** Moves a rejection (the `index`th, as the file lists them before these edits) to where its text is now. */
  | { kind: 'updateRejection'; index: number; patch: Partial<Pick<Rejection, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>> }
  | { kind: 'updateMention'; id: string; patch: Partial<Omit<SidecarMention, 'id'>> }
  /** Adds a fact, or when the same fact is there (same key), updates it and merges the evidence. */
  | { kind: 'addFact'; fact: Fact }
  | { kind: 'removeFact'; id: string }
  | { kind: 'addRejection'; rejection: Rejection }
  | { kind: 'setArticle'; patch: Partial<ArticleMetadata> };

export type EditResult = { ok: true; text: string; sidecar: Sidecar; changed: boolean } | { ok: false; problems: Problem[] };

function seqAt(document: Document, key: string): YAMLSeq {
  let node = document.get(key, true);
  if (!isSeq(node)) {
    node = document.createNode([]);
    document.set(key, node);
  }
  // An empty list is written `[]`; once it has items, one per line merges best.
  if ((node as YAMLSeq).items.length === 0) (node as YAMLSeq).flow = false;
  return node as YAMLSeq;
}

/** Inserts `value` where `compare` puts it among the list's current items. */
function insertSorted<T>(document: Document, key: string, value: T, compare: (a: T, b: T) => number, current: T[]): void {
  const seq = seqAt(document, key);
  let index = current.findIndex((item) => compare(value, item) < 0);
  if (index < 0) index = seq.items.length;
  // A comment above the first item is read as the list's own; it belongs to that item, so it
  // moves down with it when something is inserted before it.
  const first = seq.items[0] as { commentBefore?: string | null } | undefined;
  if (index === 0 && first && seq.commentBefore) {
    first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
    seq.commentBefore = undefined;
  }
  seq.items.splice(index, 0, document.createNode(value));
}

function indexById(items: { id: string }[], id: string): number {
  return items.findIndex((item) => item.id === id);
}

/**
 * The text last written and the document read back from it. An annotator's next quick fix is
 * usually on the same article: its edits start from a copy of this document instead of parsing
 * the text again (a third of a write's time in the parser).
 */
let lastWritten: { file: string; text: string; document: Document; sidecar: Sidecar } | undefined;

/** The fact file's document and data, fresh copies that edits may change. */
function loadForEditing(text: string, file: string): LoadedDocument {
  if (lastWritten && lastWritten.file === file && lastWritten.text === text) {
    return { document: lastWritten.document.clone(), sidecar: structuredClone(lastWritten.sidecar), problems: [] };
  }
  return load(text, file);
}

/**
 * Applies edits to a sidecar's text. Refuses, with the file's problems, when the text does not
 * parse or validate, or when the edits would leave it invalid; otherwise returns the new text.
 */
export function applySidecarEdits(text: string, file: string, edits: readonly SidecarEdit[]): EditResult {
  const loaded = loadForEditing(text, file);
  if (!loaded.document || !loaded.sidecar) return { ok: false, problems: loaded.problems };
  const { document } = loaded;
  const state = loaded.sidecar;
  // Rejections have no id: an update names one by its place in the file as it was read.
  const rejectionsBefore = [...state.rejections];
  let changed = false;

  for (const edit of edits) {
    switch (edit.kind) {
      case 'addMention': {
        if (indexById(state.mentions, edit.mention.id) >= 0) break;
        insertSorted(document, 'mentions', stripUndefined(edit.mention), compareMentions, state.mentions);
        state.mentions.push(edit.mention);
        state.mentions.sort(compareMentions);
        changed = true;
        break;
      }
      case 'removeMention': {
        const index = indexById(state.mentions, edit.id);
        if (index < 0) break;
        seqAt(document, 'mentions').items.splice(index, 1);
        state.mentions.splice(index, 1);
        // Facts lose this evidence; a fact left with none goes too.
        for (let f = state.facts.length - 1; f >= 0; f--) {
          const fact = state.facts[f];
          const e = fact.evidence.indexOf(edit.id);
          if (e < 0) continue;
          const factNode = seqAt(document, 'facts').items[f] as YAMLMap;
          if (fact.evidence.length === 1) {
            seqAt(document, 'facts').items.splice(f, 1);
            state.facts.splice(f, 1);
          } else {
            const evidence = factNode.get('evidence', true);
            if (isSeq(evidence)) evidence.items.splice(e, 1);
            fact.evidence.splice(e, 1);
          }
        }
        changed = true;
        break;
      }
      case 'updateMention': {
        const index = indexById(state.mentions, edit.id);
        if (index < 0) break;
        const node = seqAt(document, 'mentions').items[index];
        if (!isMap(node)) break;
        for (const [key, value] of Object.entries(edit.patch)) {
          if (value === undefined) node.delete(key);
          else node.set(key, value);
        }
        Object.assign(state.mentions[index], edit.patch);
        changed = true;
        break;
      }
      case 'updateRejection': {
        const target = rejectionsBefore[edit.index];
        const node = target ? seqAt(document, 'rejections').items[state.rejections.indexOf(target)] : undefined;
        if (!isMap(node) || !target) break;
        for (const [key, value] of Object.entries(edit.patch)) if (value !== undefined) node.set(key, value);
        Object.assign(target, edit.patch);
        changed = true;
        break;
      }
      case 'addFact': {
        const key = factKey(edit.fact);
        const index = state.facts.findIndex((f) => factKey(f) === key);
        if (index < 0) {
          insertSorted(document, 'facts', stripUndefined(edit.fact), compareFacts, state.facts);
          state.facts.push(edit.fact);
          state.facts.sort(compareFacts);
          changed = true;
          break;
        }
        // The same fact again: the newer statement (a changed status) wins, evidence accumulates.
        const existing = state.facts[index];
        const node = seqAt(document, 'facts').items[index] as YAMLMap;
        for (const [field, value] of Object.entries(edit.fact)) {
          if (field === 'id' || field === 'evidence' || value === undefined) continue;
          if ((existing as Record<string, unknown>)[field] !== value) {
            node.set(field, value);
            (existing as Record<string, unknown>)[field] = value;
            changed = true;
          }
        }
        const evidence = node.get('evidence', true);
        for (const id of edit.fact.evidence) {
          if (existing.evidence.includes(id) || !isSeq(evidence)) continue;
          evidence.items.push(document.createNode(id));
          existing.evidence.push(id);
          changed = true;
        }
        break;
      }
      case 'removeFact': {
        const index = indexById(state.facts, edit.id);
        if (index < 0) break;
        seqAt(document, 'facts').items.splice(index, 1);
        state.facts.splice(index, 1);
        changed = true;
        break;
      }
      case 'addRejection': {
        const r = edit.rejection;
        if (state.rejections.some((x) => x.start === r.start && x.end === r.end && x.quote === r.quote)) break;
        insertSorted(document, 'rejections', stripUndefined(r), compareRejections, state.rejections);
        state.rejections.push(r);
        state.rejections.sort(compareRejections);
        changed = true;
        break;
      }
      case 'setArticle': {
        const node = document.get('article', true);
        if (!isMap(node)) break;
        for (const [key, value] of Object.entries(edit.patch)) {
          if (value === undefined) continue;
          if (node.get(key) !== value) {
            node.set(key, value);
            changed = true;
          }
        }
        Object.assign(state.article, edit.patch);
        break;
      }
    }
  }
  if (!changed) return { ok: true, text, sidecar: state, changed: false };
  // Updated offsets can change the order (a paragraph moved): lists stay sorted, for clean merges.
  keepSorted(document, 'mentions', state.mentions, compareMentions);
  keepSorted(document, 'rejections', state.rejections, compareRejections);
  const next = document.toString({ lineWidth: 0 });
  // Never write what could not be read back.
  const check = load(next, file);
  if (!check.sidecar || !check.document) return { ok: false, problems: check.problems };
  lastWritten = { file, text: next, document: check.document, sidecar: structuredClone(check.sidecar) };
  return { ok: true, text: next, sidecar: check.sidecar, changed: true };
}

/** Sorts a list and its document's items the same way, when they are out of order. */
function keepSorted<T>(document: Document, key: string, items: T[], compare: (a: T, b: T) => number): void {
  if (items.every((item, i) => i === 0 || compare(items[i - 1], item) <= 0)) return;
  const seq = document.get(key, true);
  if (!isSeq(seq) || seq.items.length !== items.length) return;
  const order = items.map((_, i) => i).sort((a, b) => compare(items[a], items[b]) || a - b);
  const nodes = order.map((i) => seq.items[i]);
  const sorted = order.map((i) => items[i]);
  seq.items.splice(0, nodes.length, ...nodes);
  items.splice(0, sorted.length, ...sorted);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
