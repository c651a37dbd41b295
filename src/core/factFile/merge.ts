// A three-way merge of fact files by what their entries are, for git's merge driver
// (`news-annotator merge-facts %O %A %B`): two annotators who annotated the same article on two
// branches get one fact file with both sets of annotations. Mentions and facts are matched by id,
// "not an entity" marks by their span, the article's fields one by one. What either side added is
// kept, what either side removed is removed, an entry changed on one side takes that change; only
// where both sides changed the same entry differently (or one changed what the other removed) is
// there a conflict, written between standard markers around those entries alone. The result is
// written over the document of our side by the fact-file writer's own lists, so that it is the
// file the extension would have written, our comments and order kept.
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Problem } from '../problems';
import { OURS_MARKER, SEPARATOR_MARKER, THEIRS_MARKER } from './conflicts';
import type { ArticleMetadata, Fact, FactFile, FactFileMention, Rejection } from './schema';
import { compareFacts, compareMentions, compareRejections, type EditableList, type Entry, EMPTY_FACT_FILE_MESSAGE, openFactFileForEditing, parseFactFile } from './store';
import { yamlText } from '../yaml/write';

export type MergeSide = 'base' | 'ours' | 'theirs';

/** Entries both sides changed differently, in one of the fact file's lists or in `article`. */
export interface MergeConflict {
  section: 'mentions' | 'facts' | 'rejections' | 'article';
  /** What each side has there: entry ids (a rejection's text and offsets), or the article's field. */
  ours: string[];
  theirs: string[];
}

export type MergeResult =
  /** The merged text: a valid fact file, or one with conflict markers when `conflicts` is not empty. */
  | { ok: true; text: string; conflicts: MergeConflict[] }
  /** A side that could not be read as a fact file, and why. */
  | { ok: false; side: MergeSide | 'merged'; problems: Problem[] };

type ListName = 'mentions' | 'facts' | 'rejections';
type Item = FactFileMention | Fact | Rejection;

/** Which side an entry of the merge comes from: unchanged, changed on one side, or on both alike. */
type Origin = 'base' | 'ours' | 'theirs' | 'both';

/** An entry of the merge: its key (an id, or a rejection's span), its value, where it came from, and whether the ancestor lacked it. */
interface Merged<T> {
  key: string;
  value: T;
  origin: Origin;
  added: boolean;
}

/** A conflict of one list, with the entries of each side in it. */
interface ListConflict<T> {
  ours: T[];
  theirs: T[];
}

interface ListMerge<T> {
  merged: Merged<T>[];
  conflicts: ListConflict<T>[];
}

/** The fields of an entry that change together: a mention's anchor is one thing, not five. */
const ANCHOR_FIELDS = ['quote', 'prefix', 'suffix', 'start', 'end', 'orphaned'];

interface ListRules<T> {
  key: (item: T) => string;
  /** Fields merged as one value. */
  groups: string[][];
  /** A field that holds a set of ids, merged as a set. */
  set?: string;
}

const MENTIONS: ListRules<FactFileMention> = { key: (m) => m.id, groups: [ANCHOR_FIELDS] };
const FACTS: ListRules<Fact> = { key: (f) => f.id, groups: [], set: 'evidence' };
const REJECTIONS: ListRules<Rejection> = { key: spanKey, groups: [ANCHOR_FIELDS] };

function spanKey(item: { start: number; end: number; quote: string }): string {
  return `${item.start}|${item.end}|${item.quote}`;
}

/** Values compared as data: fields in any order, fields set to undefined absent. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

const CONFLICT = Symbol('conflict');

/** The three-way merge of one value: the side that changed it, or CONFLICT when both did, differently. */
function mergeValue<V>(base: V, ours: V, theirs: V): { value: V; origin: Origin } | typeof CONFLICT {
  if (same(ours, theirs)) return { value: ours, origin: same(base, ours) ? 'base' : 'both' };
  if (same(base, ours)) return { value: theirs, origin: 'theirs' };
  if (same(base, theirs)) return { value: ours, origin: 'ours' };
  return CONFLICT;
}

/**
 * A set of ids merged: what either side added is in, what either side took out is out. The order
 * is the common ancestor's, each id a side added placed after the ancestor's id it follows on that
 * side (where the writer puts a replacement: in the place of the id it replaces), ours before theirs.
 */
function mergeSet(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const removed = new Set([...base.filter((id) => !ours.includes(id)), ...base.filter((id) => !theirs.includes(id))]);
  // Each id's place: after which of the ancestor's ids, from which side, and where on that side.
  const places = new Map<string, [after: number, side: number, index: number]>();
  base.forEach((id, i) => removed.has(id) || places.set(id, [i, 0, 0]));
  [ours, theirs].forEach((side, s) => {
    let after = -1;
    side.forEach((id, i) => {
      const inBase = base.indexOf(id);
      if (inBase >= 0) after = inBase;
      else if (!places.has(id)) places.set(id, [after + 0.5, s + 1, i]);
    });
  });
  return [...places].sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]).map(([id]) => id);
}

/**
 * Two changed versions of one entry merged field by field (a group of fields as one); CONFLICT when
 * a field was changed differently; undefined when the sides took out all of its evidence between
 * them, a fact the writer would have removed.
 */
function mergeFields<T extends object>(base: T | undefined, ours: T, theirs: T, rules: ListRules<T>): T | undefined | typeof CONFLICT {
  const record = (item: T | undefined) => (item ?? {}) as Record<string, unknown>;
  const [b, o, t] = [record(base), record(ours), record(theirs)];
  const fields = [...new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)])];
  const groups = [...rules.groups.map((group) => group.filter((field) => fields.includes(field))), ...fields.filter((field) => !rules.groups.some((g) => g.includes(field))).map((field) => [field])];
  const result: Record<string, unknown> = {};
  for (const group of groups) {
    if (group.length === 0) continue;
    if (group[0] === rules.set) {
      const merged = mergeSet((b[group[0]] as string[]) ?? [], (o[group[0]] as string[]) ?? [], (t[group[0]] as string[]) ?? []);
      if (merged.length === 0) return undefined;
      result[group[0]] = merged;
      continue;
    }
    const pick = (r: Record<string, unknown>) => Object.fromEntries(group.map((field) => [field, r[field]]));
    const merged = mergeValue(pick(b), pick(o), pick(t));
    if (merged === CONFLICT) return CONFLICT;
    Object.assign(result, merged.value);
  }
  // Fields in our order, then theirs' new ones, as the writer would keep them.
  return Object.fromEntries(fields.filter((field) => result[field] !== undefined).map((field) => [field, result[field]])) as T;
}

/** One list merged entry by entry: each key's three versions. */
function mergeList<T extends object>(base: readonly T[], ours: readonly T[], theirs: readonly T[], rules: ListRules<T>): ListMerge<T> {
  const byKey = (items: readonly T[]) => new Map(items.map((item) => [rules.key(item), item]));
  const [b, o, t] = [byKey(base), byKey(ours), byKey(theirs)];
  const keys = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])];
  const result: ListMerge<T> = { merged: [], conflicts: [] };
  for (const key of keys) {
    const [baseItem, oursItem, theirsItem] = [b.get(key), o.get(key), t.get(key)];
    const merged = mergeValue(baseItem, oursItem, theirsItem);
    if (merged !== CONFLICT) {
      if (merged.value !== undefined) result.merged.push({ key, value: merged.value, origin: merged.origin, added: baseItem === undefined });
      continue;
    }
    // Both changed it: changes to different fields combine; a removal and a change do not.
    const fields = oursItem && theirsItem ? mergeFields(baseItem, oursItem, theirsItem, rules) : CONFLICT;
    if (fields === CONFLICT) result.conflicts.push({ ours: oursItem ? [oursItem] : [], theirs: theirsItem ? [theirsItem] : [] });
    else if (fields !== undefined) result.merged.push({ key, value: fields, origin: 'both', added: baseItem === undefined });
  }
  return result;
}

/**
 * Entries one side added and the other side added at the same span of the article, with other
 * ids: the same text annotated as two entities (each side re-annotated a mention, or annotated it
 * anew), or annotated on one side and marked "not an entity" on the other. Each such span is a
 * conflict; its entries leave the merge.
 */
function spanClashes(mentions: ListMerge<FactFileMention>, rejections: ListMerge<Rejection>): void {
  const bySpan = new Map<string, { mentions: Merged<FactFileMention>[]; rejections: Merged<Rejection>[] }>();
  const slot = (span: string) => bySpan.get(span) ?? bySpan.set(span, { mentions: [], rejections: [] }).get(span)!;
  const oneSided = (entry: Merged<unknown>) => entry.added && (entry.origin === 'ours' || entry.origin === 'theirs');
  for (const entry of mentions.merged) if (oneSided(entry)) slot(spanKey(entry.value)).mentions.push(entry);
  for (const entry of rejections.merged) if (oneSided(entry)) slot(spanKey(entry.value)).rejections.push(entry);
  for (const { mentions: m, rejections: r } of bySpan.values()) {
    const sides = new Set([...m, ...r].map((entry) => entry.origin));
    if (sides.size < 2) continue;
    const of = <T>(entries: Merged<T>[], side: Origin) => entries.filter((entry) => entry.origin === side).map((entry) => entry.value);
    if (m.length > 0) mentions.conflicts.push({ ours: of(m, 'ours'), theirs: of(m, 'theirs') });
    if (r.length > 0) rejections.conflicts.push({ ours: of(r, 'ours'), theirs: of(r, 'theirs') });
    mentions.merged = mentions.merged.filter((entry) => !m.includes(entry));
    rejections.merged = rejections.merged.filter((entry) => !r.includes(entry));
  }
}

/**
 * The mentions a side put in the place of others (annotated as another entity, another span: a
 * new id at the same span), as the writer does it: the facts that cited the old id cite the new one.
 */
function replacements(base: readonly FactFileMention[], side: readonly FactFileMention[]): Map<string, string> {
  const baseIds = new Set(base.map((m) => m.id));
  const sideIds = new Set(side.map((m) => m.id));
  const added = new Map(side.filter((m) => !baseIds.has(m.id)).map((m) => [spanKey(m), m.id]));
  const replaced = new Map<string, string>();
  for (const m of base) {
    const by = added.get(spanKey(m));
    if (!sideIds.has(m.id) && by) replaced.set(m.id, by);
  }
  return replaced;
}

/**
 * Facts whose evidence names a mention the merge does not keep (one side removed or replaced it,
 * the other cited it): a replaced mention is cited by its replacement, a removed one is dropped
 * from the evidence, as the writer does; a fact left with no evidence is a conflict.
 */
function fixEvidence(facts: ListMerge<Fact>, kept: ReadonlySet<string>, replaced: readonly Map<string, string>[], sides: { ours: readonly Fact[]; theirs: readonly Fact[] }): void {
  const cited = (id: string): string | undefined => {
    if (kept.has(id)) return id;
    for (const map of replaced) {
      const by = map.get(id);
      if (by && kept.has(by)) return by;
    }
    return undefined;
  };
  facts.merged = facts.merged.filter((entry) => {
    const evidence = [...new Set(entry.value.evidence.map(cited).filter((id): id is string => id !== undefined))];
    if (evidence.length === 0) {
      const ofSide = (list: readonly Fact[]) => list.filter((f) => f.id === entry.value.id);
      facts.conflicts.push({ ours: ofSide(sides.ours), theirs: ofSide(sides.theirs) });
      return false;
    }
    if (!same(evidence, entry.value.evidence)) entry.value = { ...entry.value, evidence };
    return true;
  });
}

/** A fact file with nothing in it: the base of a file both sides added. */
const NOTHING: Pick<FactFile, 'mentions' | 'facts' | 'rejections'> & { article?: ArticleMetadata } = { mentions: [], facts: [], rejections: [] };

/** What a conflict's side is called in the result: ids, or a rejection's text and offsets. */
function entryName(item: Item): string {
  return 'id' in item ? item.id : `"${item.quote}" at ${item.start}–${item.end}`;
}

/** The lines the writer gives the items of list `key` (or the fields of `article`), without the key's own line. */
function linesOf(key: string, content: unknown[] | Record<string, unknown>, nodes?: unknown[]): string {
  const document = new Document({ [key]: content });
  const seq = document.get(key, true);
  if (nodes && isSeq(seq)) seq.items = nodes;
  const text = yamlText(document);
  return text.slice(text.indexOf('\n') + 1);
}

/**
 * The conflicts of the merge as they are written: each has a stand-in in the document, an entry
 * of ours (else of theirs) that the writer puts in its place among the others; once the lists are
 * in order, each stand-in becomes a placeholder line, and that line the markers and both versions.
 */
class ConflictWriter {
  private readonly pending: { conflict: MergeConflict; ours: string; theirs: string; place: (placeholder: string) => void }[] = [];

  add(conflict: MergeConflict, ours: string, theirs: string, place: (placeholder: string) => void): void {
    this.pending.push({ conflict, ours, theirs, place });
  }

  get conflicts(): MergeConflict[] {
    return this.pending.map((entry) => entry.conflict);
  }

  /** Puts a placeholder in the place of each stand-in; call once the lists are in order. */
  placeAll(): void {
    this.pending.forEach((entry, index) => entry.place(placeholderOf(index)));
  }

  /** The document's text with each placeholder line replaced by the markers around both versions; undefined if one is missing. */
  write(text: string): string | undefined {
    let written = text;
    for (const [index, entry] of this.pending.entries()) {
      const line = new RegExp(`^[^\\n]*${placeholderOf(index)}\\n`, 'm');
      if (!line.test(written)) return undefined;
      written = written.replace(line, () => `${OURS_MARKER}\n${entry.ours}${SEPARATOR_MARKER}\n${entry.theirs}${THEIRS_MARKER}\n`);
    }
    return written;
  }
}

function placeholderOf(index: number): string {
  return `news-annotator-merge-conflict-${index}`;
}

/**
 * Writes one merged list over our list in the document: our entries the merge dropped go, those it
 * changed take the change (their comments kept), new ones go where the writer puts them; each
 * conflict keeps a stand-in in its place.
 */
function writeList<T extends Item>(
  document: Document,
  list: EditableList<T>,
  theirList: EditableList<T>,
  section: ListName,
  merge: ListMerge<T>,
  keyOf: (item: T) => string,
  compare: (a: T, b: T) => number,
  conflicts: ConflictWriter,
): void {
  // Their entries are written as their file has them: key order and comments.
  const theirNodes = new Map(theirList.entries.map((entry) => [keyOf(entry.value), entry.node]));
  const values = new Map(merge.merged.map((entry) => [entry.key, entry.value]));
  const conflictOf = new Map<string, number>();
  merge.conflicts.forEach((conflict, index) => conflict.ours.forEach((item) => conflictOf.set(keyOf(item), index)));
  const standIns = new Map<number, Entry<T>>();
  const ourNodes = new Map<string, YAMLMap>();
  for (const entry of [...list.entries]) {
    const key = keyOf(entry.value);
    const conflict = conflictOf.get(key);
    if (conflict !== undefined) {
      ourNodes.set(key, entry.node);
      if (standIns.has(conflict)) list.remove(entry);
      else standIns.set(conflict, entry);
      continue;
    }
    const value = values.get(key);
    if (value === undefined) list.remove(entry);
    else list.update(entry, changedFields(entry.value, value));
    values.delete(key);
  }
  for (const [key, value] of values) {
    const theirs = theirNodes.get(key);
    list.insert(value, compare, theirs && same(theirList.find((v) => keyOf(v) === key)?.value, value) ? (theirs.clone() as YAMLMap) : undefined);
  }
  merge.conflicts.forEach((conflict, index) => {
    let standIn = standIns.get(index);
    if (!standIn) {
      const [first] = conflict.theirs;
      if (!first) return;
      list.insert(first, compare);
      standIn = list.find((value) => value === first)!;
    }
    const node = standIn.node;
    const ours = linesOf(section, [], conflict.ours.map((item) => ourNodes.get(keyOf(item))));
    const theirs = linesOf(section, [], conflict.theirs.map((item) => theirNodes.get(keyOf(item)) ?? document.createNode(withoutUndefined(item))));
    const named = { section, ours: conflict.ours.map(entryName), theirs: conflict.theirs.map(entryName) };
    conflicts.add(named, conflict.ours.length > 0 ? ours : '', conflict.theirs.length > 0 ? theirs : '', (placeholder) => {
      const seq = document.get(section, true);
      if (isSeq(seq)) seq.items[seq.items.indexOf(node)] = document.createNode(placeholder);
    });
  });
}

/** The fields of `merged` that differ from `current`, those it lacks set to undefined: the patch that makes one the other. */
function changedFields<T extends object>(current: T, merged: T): Partial<T> {
  const [c, m] = [current as Record<string, unknown>, merged as Record<string, unknown>];
  const fields = new Set([...Object.keys(c), ...Object.keys(m)]);
  return Object.fromEntries([...fields].filter((field) => !same(c[field], m[field])).map((field) => [field, m[field]])) as Partial<T>;
}

/** The article's fields merged one by one, as scalars, over our `article` mapping. */
function writeArticle(document: Document, base: ArticleMetadata | undefined, ours: ArticleMetadata, theirs: ArticleMetadata, conflicts: ConflictWriter): void {
  const node = document.get('article', true);
  if (!isMap(node)) return;
  const record = (article: ArticleMetadata | undefined) => (article ?? {}) as Record<string, unknown>;
  const [o, a, b] = [record(base), record(ours), record(theirs)];
  for (const field of new Set([...Object.keys(a), ...Object.keys(b), ...Object.keys(o)])) {
    const merged = mergeValue(o[field], a[field], b[field]);
    if (merged === CONFLICT) {
      const side = (value: unknown) => (value === undefined ? '' : linesOf('article', { [field]: value }));
      conflicts.add({ section: 'article', ours: [field], theirs: [field] }, side(a[field]), side(b[field]), (placeholder) => node.set(field, placeholder));
    } else if (merged.value === undefined) node.delete(field);
    else if (!same(node.get(field), merged.value)) node.set(field, merged.value);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Merges the three versions of a fact file: `base` (the common ancestor; blank when both sides
 * added the file), `ours` and `theirs`. `file` names it in problems. Never throws.
 */
export function mergeFactFiles(base: string, ours: string, theirs: string, file: string): MergeResult {
  const opened = openFactFileForEditing(ours, file);
  if ('problems' in opened) return { ok: false, side: 'ours', problems: opened.problems };
  const theirsOpened = openFactFileForEditing(theirs, file);
  if ('problems' in theirsOpened) return { ok: false, side: 'theirs', problems: theirsOpened.problems };
  const baseParsed = parseFactFile(base, file);
  const baseIsBlank = !baseParsed.factFile && baseParsed.problems.every((p) => p.message === EMPTY_FACT_FILE_MESSAGE);
  if (!baseParsed.factFile && !baseIsBlank) return { ok: false, side: 'base', problems: baseParsed.problems };
  const o = baseParsed.factFile ?? NOTHING;
  const a = opened.factFile;
  const b = theirsOpened.factFile;

  const mentions = mergeList(o.mentions, a.mentions, b.mentions, MENTIONS);
  const rejections = mergeList(o.rejections, a.rejections, b.rejections, REJECTIONS);
  spanClashes(mentions, rejections);
  const facts = mergeList(o.facts, a.facts, b.facts, FACTS);
  const inConflict = mentions.conflicts.flatMap((c) => [...c.ours, ...c.theirs]).map((m) => m.id);
  const kept = new Set([...mentions.merged.map((m) => m.key), ...inConflict]);
  fixEvidence(facts, kept, [replacements(o.mentions, a.mentions), replacements(o.mentions, b.mentions)], { ours: a.facts, theirs: b.facts });

  const { editable } = opened;
  const conflicts = new ConflictWriter();
  writeList(editable.document, editable.mentions, theirsOpened.editable.mentions, 'mentions', mentions, MENTIONS.key, compareMentions, conflicts);
  writeList(editable.document, editable.facts, theirsOpened.editable.facts, 'facts', facts, FACTS.key, compareFacts, conflicts);
  writeList(editable.document, editable.rejections, theirsOpened.editable.rejections, 'rejections', rejections, REJECTIONS.key, compareRejections, conflicts);
  writeArticle(editable.document, o.article, a.article, b.article, conflicts);
  editable.sort();
  conflicts.placeAll();
  const text = editable.toText();
  if (conflicts.conflicts.length > 0) {
    const marked = conflicts.write(text);
    // A conflict that could not be placed would be lost: nothing is written instead.
    if (marked === undefined) return { ok: false, side: 'merged', problems: [{ file, line: 1, column: 1, field: '', message: 'the conflicts could not be written between markers', severity: 'error' }] };
    return { ok: true, text: marked, conflicts: conflicts.conflicts };
  }
  // Never write what could not be read back.
  const check = parseFactFile(text, file);
  return check.factFile ? { ok: true, text, conflicts: [] } : { ok: false, side: 'merged', problems: check.problems };
}
