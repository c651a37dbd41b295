// Reads and edits fact files through the `yaml` Document model, so that comments, key
// order and formatting survive, and lists stay in one stable order for clean merges in git.
// A file that does not parse or validate is never rewritten: edits are refused with its problems.
import { Document, isMap, isPair, isScalar, isSeq, type LineCounter, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { fieldToPath, pathToField } from '../yaml/fields';
import { documentLocator, positionOf } from '../yaml/locate';
import { readYamlMapping } from '../yaml/pieces';
import { readYaml } from '../yaml/read';
import { hasPrototypeKey, issueProblems, prototypeKeyProblems } from '../yaml/zodProblems';
import { type Problem } from '../problems';
import { mergeConflictProblems } from './conflicts';
import { factKey } from './ids';
import { readFactFileAsWritten } from './layoutReader';
import {
  type ArticleMetadata,
  type Fact,
  type Rejection,
  FactFile,
  FACT_FILE_SCHEMA,
  type FactFileMention,
} from './schema';
import { yamlText } from '../yaml/write';

export interface ParsedFactFile {
  factFile?: FactFile;
  problems: Problem[];
}

interface LoadedDocument extends ParsedFactFile {
  document?: Document;
  lines?: LineCounter;
}

const FACT_ORDER: Record<Fact['type'], number> = { summit: 0, attendance: 1, role: 2 };

/** The order the writer keeps each list in: mentions by position, facts by kind and subject, rejections by position. */
export function compareMentions(a: FactFileMention, b: FactFileMention): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
export function compareFacts(a: Fact, b: Fact): number {
  const ka = factKey(a);
  const kb = factKey(b);
  return FACT_ORDER[a.type] - FACT_ORDER[b.type] || (ka < kb ? -1 : ka > kb ? 1 : 0);
}
export function compareRejections(a: Rejection, b: Rejection): number {
  return a.start - b.start || a.end - b.end;
}

/** What a blank fact file means: no annotations yet. The editor starts a new fact file over it. */
export const EMPTY_FACT_FILE_MESSAGE = `empty file: no annotations (a fact file starts with "schema: ${FACT_FILE_SCHEMA}")`;

/** The message for a fact file of another schema, or of none. */
function schemaMessage(schema: unknown): string {
  const supported = `this version of News Annotator reads ${FACT_FILE_SCHEMA} only`;
  if (schema === undefined) return `missing schema: expected schema: ${FACT_FILE_SCHEMA}`;
  if (typeof schema === 'string' && schema.startsWith('news-annotator/facts@')) return `unsupported schema version ${schema}: ${supported}`;
  return `unknown schema ${JSON.stringify(schema)}: expected schema: ${FACT_FILE_SCHEMA}`;
}

function load(text: string, file: string): LoadedDocument {
  // A file git left with conflict markers is two versions in one: say which entries conflict,
  // rather than where the markers break the YAML.
  const conflicts = mergeConflictProblems(text, file);
  if (conflicts.length > 0) return { problems: conflicts };
  const { document, lines, data, empty, problems } = readYaml(text, file);
  if (empty && problems.length === 0) return { problems: [{ file, line: 1, column: 1, field: '', message: EMPTY_FACT_FILE_MESSAGE, severity: 'warning' }] };
  if (!document || problems.length > 0) return { problems };
  const locator = documentLocator(document, lines);
  const at = (path: readonly PropertyKey[], message: string): Problem => ({ file, ...locator.at(path), field: pathToField(path), message, severity: 'error' });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [at([], `expected a mapping of schema, article, mentions, facts and rejections, starting with "schema: ${FACT_FILE_SCHEMA}"`)] };
  }
  // Another version's fields mean other things: say which version is read, and nothing else.
  const { schema } = data as { schema?: unknown };
  if (schema !== FACT_FILE_SCHEMA) return { problems: [at(['schema'], schemaMessage(schema))] };
  const result = FactFile.safeParse(data);
  const found = result.success ? [] : issueProblems(result.error.issues, locator, file);
  found.push(...prototypeKeyProblems(data, locator, file, [], found));
  if (!result.success || found.length > 0) return { problems: found };
  return { document, lines, factFile: result.data, problems };
}

/**
 * The fact file read by the reader of the writer's layout, or else with js-yaml, both far faster
 * than the `yaml` Document model, when it reads the text as `yaml` does and the data is a valid
 * fact file; undefined otherwise, for `load` to read it again and say what is wrong and where.
 */
function loadValidFast(text: string, layoutReader: boolean): FactFile | undefined {
  // Most fact files are as the writer left them: read in one pass, without a YAML parser.
  const written = layoutReader ? readFactFileAsWritten(text) : undefined;
  if (written) return written;
  const data = readYamlMapping(text);
  if (data?.schema !== FACT_FILE_SCHEMA) return undefined;
  const result = FactFile.safeParse(data);
  return result.success && !hasPrototypeKey(data) ? result.data : undefined;
}

export interface ParseOptions {
  /**
   * Whether a valid file is read by a fast reader (the default: the reader of the writer's layout,
   * else js-yaml), or by the `yaml` package alone; both give the same fact files and problems (the
   * tests compare them).
   */
  fastReader?: boolean;
  /** Whether the fast reader tries the reader of the writer's layout first (the default); false when the caller has tried it. */
  layoutReader?: boolean;
}

/**
 * Parses and validates a fact file; every problem names its line and field. Never throws. A blank
 * file (or one of comments only) gives no fact file and a warning, `EMPTY_FACT_FILE_MESSAGE`.
 */
export function parseFactFile(text: string, file: string, options: ParseOptions = {}): ParsedFactFile {
  const fast = options.fastReader === false ? undefined : loadValidFast(text, options.layoutReader !== false);
  if (fast) return { factFile: fast, problems: [] };
  const { factFile, problems } = load(text, file);
  return { factFile, problems };
}

/** The line and column of a field of a fact file's text, such as `mentions[3]`; 1:1 when it is not there. */
export function locateFactFileField(text: string, field: string): { line: number; column: number } {
  const { document, lines, problems } = readYaml(text, '');
  return document && problems.length === 0 ? positionOf(document, lines, fieldToPath(field)) : { line: 1, column: 1 };
}

/** The text of a new fact file for an article. */
export function newFactFileText(article: ArticleMetadata): string {
  const factFile: FactFile = { schema: FACT_FILE_SCHEMA, article, mentions: [], facts: [], rejections: [] };
  const body = yamlText(new Document(factFile));
  return `# Annotations of ${article.file}, kept by News Annotator. Hand edits are welcome: keep ids unique.\n${body}`;
}

export type FactFileEdit =
  /** Adds a mention; a rejection of the same span goes, so that a span is never both. */
  | { kind: 'addMention'; mention: FactFileMention }
  | { kind: 'removeMention'; id: string }
  /** Moves a rejection (the `index`th, as the file lists them before these edits) to where its text is now. */
  | { kind: 'updateRejection'; index: number; patch: Partial<Pick<Rejection, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>> }
  | { kind: 'updateMention'; id: string; patch: Partial<Omit<FactFileMention, 'id'>> }
  /**
   * Puts `mention` in the place of mention `id` (another entity, date or span, so another id): the
   * facts that cite it cite the new id; a rejection of the new span goes.
   */
  | { kind: 'replaceMention'; id: string; mention: FactFileMention }
  /** Takes a mention out of one fact's evidence; a fact left with none goes. */
  | { kind: 'removeEvidence'; fact: string; mention: string }
  /** Adds a fact, or when the same fact is there (same key), updates it and merges the evidence. */
  | { kind: 'addFact'; fact: Fact }
  | { kind: 'removeFact'; id: string }
  /** Adds a rejection; a mention of the same span goes (with it, the evidence it gave). */
  | { kind: 'addRejection'; rejection: Rejection }
  /** Removes the rejection of a span: its mention is offered for annotation again. */
  | { kind: 'removeRejection'; rejection: SpanAnchor }
  | { kind: 'setArticle'; patch: Partial<ArticleMetadata> };

/** What names a span of the article: its offsets and its text there. */
export type SpanAnchor = Pick<Rejection, 'quote' | 'start' | 'end'>;

export type EditResult = { ok: true; text: string; factFile: FactFile; changed: boolean } | { ok: false; problems: Problem[] };

function sameSpan(a: SpanAnchor, b: SpanAnchor): boolean {
  return a.start === b.start && a.end === b.end && a.quote === b.quote;
}

/** An item of a list of the fact file: its data and its node in the YAML document. */
export interface Entry<T> {
  value: T;
  node: YAMLMap;
}

/**
 * One list of the fact file, with each item's data beside its own YAML node. Edits find an item
 * by what it is (an id, a span) and change its node, never a node at some position: the data and
 * the document cannot drift apart, whatever order the file lists them in.
 */
export class EditableList<T extends object> {
  readonly entries: Entry<T>[];
  private seq: YAMLSeq | undefined;

  constructor(
    private readonly document: Document,
    private readonly key: string,
    values: readonly T[],
  ) {
    const seq = document.get(key, true);
    this.seq = isSeq(seq) ? seq : undefined;
    const nodes = this.seq?.items ?? [];
    // Validation read the values from these very nodes, in this order: the only place they are paired by position.
    if (nodes.length !== values.length || !nodes.every(isMap)) throw new Error(`${key}: the document and its data differ`);
    // A comment above the first item is read as the list's own; it belongs to that item, so it
    // goes wherever the item goes.
    if (this.seq?.commentBefore && nodes[0]) {
      const first = nodes[0];
      first.commentBefore = first.commentBefore ? `${this.seq.commentBefore}\n${first.commentBefore}` : this.seq.commentBefore;
      this.seq.commentBefore = undefined;
    }
    this.entries = values.map((value, i) => ({ value, node: nodes[i] as YAMLMap }));
  }

  find(test: (value: T) => boolean): Entry<T> | undefined {
    return this.entries.find((entry) => test(entry.value));
  }

  filter(test: (value: T) => boolean): Entry<T>[] {
    return this.entries.filter((entry) => test(entry.value));
  }

  has(entry: Entry<T>): boolean {
    return this.entries.includes(entry);
  }

  /** Adds `value` before the first item `compare` puts after it; as `node` when given (another document's, with its comments). */
  insert(value: T, compare: (a: T, b: T) => number, node: YAMLMap = this.document.createNode(stripUndefined(value)) as YAMLMap): void {
    const seq = this.list();
    const before = this.entries.find((entry) => compare(value, entry.value) < 0);
    const at = before ? seq.items.indexOf(before.node) : seq.items.length;
    seq.items.splice(at, 0, node);
    this.entries.splice(before ? this.entries.indexOf(before) : this.entries.length, 0, { value, node });
  }

  remove(entry: Entry<T>): void {
    this.list().items.splice(this.list().items.indexOf(entry.node), 1);
    this.entries.splice(this.entries.indexOf(entry), 1);
  }

  /** Puts `value` in the place of an item, with the comments around it; true when it differs. */
  replace(entry: Entry<T>, value: T): boolean {
    const next = stripUndefined(value);
    if (sameFields(next, stripUndefined(entry.value))) return false;
    const node = this.document.createNode(next) as YAMLMap;
    node.commentBefore = entry.node.commentBefore;
    node.comment = entry.node.comment;
    const seq = this.list();
    seq.items[seq.items.indexOf(entry.node)] = node;
    entry.node = node;
    entry.value = next;
    return true;
  }

  /** Sets the fields of an item that differ (a field set to undefined is deleted); true when one did. */
  update(entry: Entry<T>, patch: Partial<T>): boolean {
    let changed = false;
    const value = entry.value as Record<string, unknown>;
    for (const [field, next] of Object.entries(patch)) {
      if (value[field] === next) continue;
      if (next === undefined) {
        entry.node.delete(field);
        delete value[field];
      } else {
        // A new node, not the old one with a new value: the value is written in the style it
        // needs (see yamlText), not in the one the old value was read in.
        entry.node.set(field, typeof next === 'string' ? this.document.createNode(next) : next);
        value[field] = next;
      }
      changed = true;
    }
    return changed;
  }

  /** Orders the items (and their nodes) by `compare`, when they are out of order. */
  sort(compare: (a: T, b: T) => number): void {
    if (this.entries.every((entry, i) => i === 0 || compare(this.entries[i - 1].value, entry.value) <= 0)) return;
    this.entries.sort((a, b) => compare(a.value, b.value));
    this.list().items = this.entries.map((entry) => entry.node);
  }

  private list(): YAMLSeq {
    if (!this.seq) {
      this.seq = this.document.createNode([]) as YAMLSeq;
      this.document.set(this.key, this.seq);
    }
    // An empty list is written `[]`; once it has items, one per line merges best (the default style:
    // set to block, a list emptied again would be written `[]` on a line of its own).
    if (this.seq.items.length === 0) this.seq.flow = undefined;
    return this.seq;
  }
}

/** A fact file being edited: its document, and its lists item by item. */
export class EditableFactFile {
  readonly mentions: EditableList<FactFileMention>;
  readonly facts: EditableList<Fact>;
  readonly rejections: EditableList<Rejection>;
  /** Rejections have no id: an update names one by its place in the file as it was read. */
  readonly rejectionsAsRead: readonly Entry<Rejection>[];

  constructor(
    readonly document: Document,
    factFile: FactFile,
  ) {
    this.mentions = new EditableList(document, 'mentions', factFile.mentions);
    this.facts = new EditableList(document, 'facts', factFile.facts);
    this.rejections = new EditableList(document, 'rejections', factFile.rejections);
    this.rejectionsAsRead = [...this.rejections.entries];
  }

  /** Lists sorted (mentions by position, facts by kind and subject), for clean merges in git. */
  sort(): void {
    this.mentions.sort(compareMentions);
    this.facts.sort(compareFacts);
    this.rejections.sort(compareRejections);
  }

  /** The document as the writer writes it. */
  toText(): string {
    return yamlText(this.document);
  }
}

function addMention(file: EditableFactFile, mention: FactFileMention): boolean {
  const unrejected = removeRejection(file, mention);
  if (file.mentions.find((m) => m.id === mention.id)) return unrejected;
  file.mentions.insert(mention, compareMentions);
  return true;
}

function removeMention(file: EditableFactFile, id: string): boolean {
  const entry = file.mentions.find((m) => m.id === id);
  if (!entry) return false;
  dropMention(file, entry);
  return true;
}

/** Removes a mention; the facts it was evidence for lose it, and a fact left with none goes too. */
function dropMention(file: EditableFactFile, entry: Entry<FactFileMention>): void {
  const { id } = entry.value;
  file.mentions.remove(entry);
  for (const fact of file.facts.filter((f) => f.evidence.includes(id))) dropEvidence(file, fact, id);
}

/** Takes mention `id` out of a fact's evidence; the fact goes when it was its only evidence. */
function dropEvidence(file: EditableFactFile, fact: Entry<Fact>, id: string): void {
  if (fact.value.evidence.length === 1) {
    file.facts.remove(fact);
    return;
  }
  const evidence = fact.node.get('evidence', true);
  if (isSeq(evidence)) evidence.items = evidence.items.filter((item) => (isScalar(item) ? item.value : item) !== id);
  fact.value.evidence = fact.value.evidence.filter((e) => e !== id);
}

function removeEvidence(file: EditableFactFile, factId: string, mentionId: string): boolean {
  const fact = file.facts.find((f) => f.id === factId && f.evidence.includes(mentionId));
  if (fact) dropEvidence(file, fact, mentionId);
  return fact !== undefined;
}

function replaceMention(file: EditableFactFile, id: string, mention: FactFileMention): boolean {
  const entry = file.mentions.find((m) => m.id === id);
  if (!entry) return false;
  const unrejected = removeRejection(file, mention);
  if (mention.id === id) return file.mentions.replace(entry, mention) || unrejected;
  // The same mention recorded already: this one goes, and the facts cite that one.
  if (file.mentions.find((m) => m.id === mention.id)) file.mentions.remove(entry);
  else file.mentions.replace(entry, mention);
  for (const fact of file.facts.filter((f) => f.evidence.includes(id))) citeInstead(file, fact, id, mention.id);
  return true;
}

/** A fact's evidence names mention `to` where it named `from`, once. */
function citeInstead(file: EditableFactFile, fact: Entry<Fact>, from: string, to: string): void {
  const evidence = fact.node.get('evidence', true);
  if (fact.value.evidence.includes(to)) {
    if (isSeq(evidence)) evidence.items = evidence.items.filter((item) => (isScalar(item) ? item.value : item) !== from);
    fact.value.evidence = fact.value.evidence.filter((e) => e !== from);
    return;
  }
  if (isSeq(evidence)) {
    evidence.items = evidence.items.map((item) => ((isScalar(item) ? item.value : item) === from ? file.document.createNode(to) : item));
  }
  fact.value.evidence = fact.value.evidence.map((e) => (e === from ? to : e));
}

function updateMention(file: EditableFactFile, id: string, patch: Partial<Omit<FactFileMention, 'id'>>): boolean {
  const entry = file.mentions.find((m) => m.id === id);
  return entry ? file.mentions.update(entry, patch) : false;
}

function updateRejection(file: EditableFactFile, index: number, patch: Partial<SpanAnchor & Pick<Rejection, 'prefix' | 'suffix'>>): boolean {
  const entry = file.rejectionsAsRead[index];
  // Gone since it was read: removed earlier in the same batch.
  if (!entry || !file.rejections.has(entry)) return false;
  return file.rejections.update(entry, stripUndefined(patch));
}

function addFact(file: EditableFactFile, fact: Fact): boolean {
  const key = factKey(fact);
  const existing = file.facts.find((f) => factKey(f) === key);
  if (!existing) {
    file.facts.insert(fact, compareFacts);
    return true;
  }
  // The same fact again: the newer statement (a changed status) wins, evidence accumulates.
  const { id: _id, evidence, ...statement } = fact;
  let changed = file.facts.update(existing, stripUndefined(statement) as Partial<Fact>);
  const evidenceNode = existing.node.get('evidence', true);
  for (const mentionId of evidence) {
    if (existing.value.evidence.includes(mentionId) || !isSeq(evidenceNode)) continue;
    evidenceNode.items.push(file.document.createNode(mentionId));
    existing.value.evidence.push(mentionId);
    changed = true;
  }
  return changed;
}

function removeFact(file: EditableFactFile, id: string): boolean {
  const entry = file.facts.find((f) => f.id === id);
  if (entry) file.facts.remove(entry);
  return entry !== undefined;
}

function addRejection(file: EditableFactFile, rejection: Rejection): boolean {
  // An orphaned mention's offsets point at text it is no longer in: it annotates nothing there.
  const annotated = file.mentions.filter((m) => !m.orphaned && sameSpan(m, rejection));
  for (const entry of annotated) dropMention(file, entry);
  if (file.rejections.find((r) => sameSpan(r, rejection))) return annotated.length > 0;
  file.rejections.insert(rejection, compareRejections);
  return true;
}

function removeRejection(file: EditableFactFile, span: SpanAnchor): boolean {
  const rejected = file.rejections.filter((r) => sameSpan(r, span));
  for (const entry of rejected) file.rejections.remove(entry);
  return rejected.length > 0;
}

function setArticle(file: EditableFactFile, patch: Partial<ArticleMetadata>): boolean {
  const node = file.document.get('article', true);
  if (!isMap(node)) return false;
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || node.get(key) === value) continue;
    // A new node, as for a list item's field: written in the style the value needs, not the old one's.
    node.set(key, file.document.createNode(value));
    changed = true;
  }
  return changed;
}

/** Applies one edit to the document and its data; true when it changed something. */
function applyEdit(file: EditableFactFile, edit: FactFileEdit): boolean {
  switch (edit.kind) {
    case 'addMention':
      return addMention(file, edit.mention);
    case 'removeMention':
      return removeMention(file, edit.id);
    case 'updateMention':
      return updateMention(file, edit.id, edit.patch);
    case 'replaceMention':
      return replaceMention(file, edit.id, edit.mention);
    case 'removeEvidence':
      return removeEvidence(file, edit.fact, edit.mention);
    case 'updateRejection':
      return updateRejection(file, edit.index, edit.patch);
    case 'addFact':
      return addFact(file, edit.fact);
    case 'removeFact':
      return removeFact(file, edit.id);
    case 'addRejection':
      return addRejection(file, edit.rejection);
    case 'removeRejection':
      return removeRejection(file, edit.rejection);
    case 'setArticle':
      return setArticle(file, edit.patch);
  }
}

/**
 * Edits change one node each. An alias (`*name`) repeats a node elsewhere, so an edit there would
 * change both places, or miss the data read through it: a fact file with one is not edited.
 */
function aliasProblems(document: Document, lines: LineCounter, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Alias(_, node, ancestors) {
      const path: (string | number)[] = [];
      [...ancestors, node].forEach((item, i, chain) => {
        if (isPair(item) && isScalar(item.key)) path.push(String(item.key.value));
        if (isSeq(item)) path.push(item.items.indexOf(chain[i + 1] as never));
      });
      const { line, col } = lines.linePos(node.range?.[0] ?? 0);
      problems.push({ file, line, column: col, field: pathToField(path), message: `an alias (*${node.source}) stands for content written elsewhere in the file; write it out in full, so that an annotation changes one place only`, severity: 'error' });
      return visit.BREAK;
    },
  });
  return problems;
}

/**
 * Applies edits to fact files' texts, and remembers the text it last wrote with the document read
 * back from it: an annotator's next quick fix is usually on the same article, and its edits then
 * start from a copy of that document instead of parsing the text again. The writer of fact files
 * owns one, for as long as it writes.
 */
export class FactFileEditor {
  /**
   * The document this editor last wrote, with the data read back from its text: the next edit of
   * that text starts from it instead of parsing the text again with the `yaml` Document model.
   * Taken (not copied) by the edit that uses it, so a failed edit leaves nothing half-edited here.
   */
  private lastWritten: { file: string; text: string; document: Document; factFile: FactFile } | undefined;

  /**
   * Applies edits to a fact file's text. Refuses, with the file's problems, when the text does not
   * parse or validate, or when the edits would leave it invalid; otherwise returns the new text.
   */
  apply(text: string, file: string, edits: readonly FactFileEdit[]): EditResult {
    const loaded = this.loadForEditing(text, file);
    if (!loaded.document || !loaded.factFile) return { ok: false, problems: loaded.problems };
    const editable = new EditableFactFile(loaded.document, loaded.factFile);
    let changed = false;
    for (const edit of edits) changed = applyEdit(editable, edit) || changed;
    if (!changed) return { ok: true, text, factFile: loaded.factFile, changed: false };
    // Updated offsets can change the order (a paragraph moved), and a hand edit can leave it out of order.
    editable.sort();
    const next = editable.toText();
    // Never write what could not be read back: read as the index reads it (the fast readers give
    // what the Document model gives; the model says what is wrong when they do not read it).
    const { factFile: written, problems } = parseFactFile(next, file);
    if (!written) return { ok: false, problems };
    this.lastWritten = { file, text: next, document: editable.document, factFile: structuredClone(written) };
    return { ok: true, text: next, factFile: written, changed: true };
  }

  /** The fact file's document and data, for this edit alone to change. */
  private loadForEditing(text: string, file: string): LoadedDocument {
    const last = this.lastWritten;
    this.lastWritten = undefined;
    if (last && last.file === file && last.text === text) return { document: last.document, factFile: last.factFile, problems: [] };
    return loadEditable(text, file);
  }
}

/** A fact file's document and data for editing; refused when it does not parse or validate, or holds an alias. */
function loadEditable(text: string, file: string): LoadedDocument {
  const loaded = load(text, file);
  if (!loaded.document || !loaded.lines) return loaded;
  const aliases = aliasProblems(loaded.document, loaded.lines, file);
  return aliases.length > 0 ? { problems: aliases } : loaded;
}

/**
 * A fact file opened for edits made item by item (a merge of two versions of it), written back
 * with `toText()`; or the problems that keep it from being edited, as the writer gives them.
 */
export function openFactFileForEditing(text: string, file: string): { editable: EditableFactFile; factFile: FactFile } | { problems: Problem[] } {
  const loaded = loadEditable(text, file);
  if (!loaded.document || !loaded.factFile) return { problems: loaded.problems };
  const factFile = structuredClone(loaded.factFile);
  return { editable: new EditableFactFile(loaded.document, loaded.factFile), factFile };
}

/** `FactFileEditor.apply` for a single edit, with nothing remembered. */
export function applyFactFileEdits(text: string, file: string, edits: readonly FactFileEdit[]): EditResult {
  return new FactFileEditor().apply(text, file, edits);
}

/** True when two items of a list hold the same fields with the same values, in whatever order. */
function sameFields(a: object, b: object): boolean {
  const keys = (o: object) => Object.keys(o).sort();
  return JSON.stringify(keys(a)) === JSON.stringify(keys(b)) && keys(a).every((k) => JSON.stringify((a as Record<string, unknown>)[k]) === JSON.stringify((b as Record<string, unknown>)[k]));
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
