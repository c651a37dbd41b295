// Random edit scripts over an annotated article, with the ground truth of where each mention's
// text went. Every UTF-16 unit of the edited text remembers where it came from: `origin` is its
// offset in the original text (units that moved with a paragraph keep it), or -1 for new text;
// `copyOf` is the original offset a pasted copy was copied from. A mention survived when all its
// units are still there, in one piece, in order, and (if it was a whole word) still a whole word.
//
// Edits are canonical, so the truth does not depend on an arbitrary choice the text cannot show:
// a replacement gives up the head and tail it shares with what it replaces, and a pure insertion or
// deletion, among the places it could equally have been made, is made where it damages the fewest
// mentions, and then as far right as it can go (inserting "Belarusian … B" before "Bishkek" is not
// taken to split the name after its B; deleting "Putin Y " or " Y Putin" from "X Putin Y Putin Z"
// is the same edit, and the first Putin is the one that stays). A paragraph move whose cut could
// equally have been another, identical paragraph holding a mention is not made.
import type { StoredAnchor, ReanchorResult } from '../../src/core/reanchor/reanchor';
import { isWordCode } from '../../src/core/text/fold';

/** A seeded PRNG (mulberry32): the same seed gives the same scripts on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `prng` as property tests use it: a whole number below n, an item of a list, a yes with probability p. */
export interface Choices {
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function choices(seed: number): Choices {
  const next = prng(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: (items) => items[int(items.length)], chance: (p) => next() < p };
}

export interface Doc {
  text: string;
  origin: Int32Array;
  copyOf: Int32Array;
  /** By original offset: the mention whose quote holds that unit, or -1. */
  mentionAt?: Int32Array;
}

/** The document before any edit; `mentions` tell canonical edits what not to damage needlessly. */
export function original(text: string, mentions: readonly StoredAnchor[] = []): Doc {
  const mentionAt = new Int32Array(text.length).fill(-1);
  mentions.forEach((m, i) => mentionAt.fill(i, m.start, m.end));
  return { text, origin: Int32Array.from({ length: text.length }, (_, i) => i), copyOf: new Int32Array(text.length).fill(-1), mentionAt };
}

interface Piece {
  text: string;
  origin: Int32Array;
  copyOf: Int32Array;
}

function slice(doc: Piece, start: number, end: number): Piece {
  return { text: doc.text.slice(start, end), origin: doc.origin.slice(start, end), copyOf: doc.copyOf.slice(start, end) };
}

function fresh(text: string): Piece {
  return { text, origin: new Int32Array(text.length).fill(-1), copyOf: new Int32Array(text.length).fill(-1) };
}

/** A pasted copy of [start, end): new units that remember what they were copied from. */
function copied(doc: Doc, start: number, end: number): Piece {
  const origin = new Int32Array(end - start).fill(-1);
  const copyOf = Int32Array.from({ length: end - start }, (_, i) => (doc.origin[start + i] >= 0 ? doc.origin[start + i] : doc.copyOf[start + i]));
  return { text: doc.text.slice(start, end), origin, copyOf };
}

function join(pieces: Piece[], mentionAt?: Int32Array): Doc {
  const length = pieces.reduce((n, p) => n + p.text.length, 0);
  const origin = new Int32Array(length);
  const copyOf = new Int32Array(length);
  let at = 0;
  for (const p of pieces) {
    origin.set(p.origin, at);
    copyOf.set(p.copyOf, at);
    at += p.text.length;
  }
  return { text: pieces.map((p) => p.text).join(''), origin, copyOf, mentionAt };
}

/** The mention whose quote unit `i` of the document is, or -1. */
function mentionOfUnit(doc: Doc, i: number): number {
  if (!doc.mentionAt || i < 0 || i >= doc.text.length || doc.origin[i] < 0) return -1;
  return doc.mentionAt[doc.origin[i]];
}

/** Mentions an insertion at `at` would split, or glue a word to. */
function insertionDamage(doc: Doc, at: number, insert: string): number {
  const before = mentionOfUnit(doc, at - 1);
  const after = mentionOfUnit(doc, at);
  if (before >= 0 && before === after) return 1;
  let damage = 0;
  if (after >= 0 && insert.length > 0 && isWordCode(insert.charCodeAt(insert.length - 1)) && isWordCode(doc.text.charCodeAt(at))) damage++;
  if (before >= 0 && insert.length > 0 && isWordCode(insert.charCodeAt(0)) && isWordCode(doc.text.charCodeAt(at - 1))) damage++;
  return damage;
}

/** Mentions a deletion of [start, end) would touch. */
function deletionDamage(doc: Doc, start: number, end: number): number {
  const touched = new Set<number>();
  for (let i = start; i < end; i++) {
    const m = mentionOfUnit(doc, i);
    if (m >= 0) touched.add(m);
  }
  for (const i of [start - 1, end]) {
    const m = mentionOfUnit(doc, i);
    if (m >= 0 && (isWordCode(doc.text.charCodeAt(i)) || touched.has(m))) touched.add(m);
  }
  return touched.size;
}

/** Replaces [start, end) by `insert`, canonically (see the file comment). */
export function replace(doc: Doc, start: number, end: number, insert: Piece | string): Doc {
  let ins = typeof insert === 'string' ? fresh(insert) : insert;
  // Shared head and tail are kept, not replaced.
  while (start < end && ins.text.length > 0 && doc.text.charCodeAt(start) === ins.text.charCodeAt(0)) {
    start++;
    ins = slice(ins, 1, ins.text.length);
  }
  while (start < end && ins.text.length > 0 && doc.text.charCodeAt(end - 1) === ins.text.charCodeAt(ins.text.length - 1)) {
    end--;
    ins = slice(ins, 0, ins.text.length - 1);
  }
  if (start === end && ins.text.length === 0) return doc;
  const text = doc.text;
  if (ins.text.length === 0) {
    // Equivalent deletions: slide left, then right, as far as the text repeats.
    while (start > 0 && text.charCodeAt(start - 1) === text.charCodeAt(end - 1)) {
      start--;
      end--;
    }
    let best = start;
    let bestDamage = deletionDamage(doc, start, end);
    for (let s = start + 1, e = end + 1; e <= text.length && text.charCodeAt(s - 1) === text.charCodeAt(e - 1); s++, e++) {
      const damage = deletionDamage(doc, s, e);
      if (damage <= bestDamage) {
        best = s;
        bestDamage = damage;
      }
    }
    end += best - start;
    start = best;
  } else if (start === end) {
    // Equivalent insertions: the inserted text rotates as it slides past units equal to its ends.
    while (start > 0 && text.charCodeAt(start - 1) === ins.text.charCodeAt(ins.text.length - 1)) {
      ins = join([slice(ins, ins.text.length - 1, ins.text.length), slice(ins, 0, ins.text.length - 1)]);
      start--;
    }
    let best = start;
    let bestIns = ins;
    let bestDamage = insertionDamage(doc, start, ins.text);
    while (start < text.length && text.charCodeAt(start) === ins.text.charCodeAt(0)) {
      ins = join([slice(ins, 1, ins.text.length), slice(ins, 0, 1)]);
      start++;
      const damage = insertionDamage(doc, start, ins.text);
      if (damage <= bestDamage) {
        best = start;
        bestIns = ins;
        bestDamage = damage;
      }
    }
    start = end = best;
    ins = bestIns;
  }
  return join([slice(doc, 0, start), ins, slice(doc, end, doc.text.length)], doc.mentionAt);
}

/** Moves [start, end) to `to`, an offset in the text without that block. */
export function move(doc: Doc, start: number, end: number, to: number): Doc {
  const block = slice(doc, start, end);
  const rest = join([slice(doc, 0, start), slice(doc, end, doc.text.length)]);
  return join([slice(rest, 0, to), block, slice(rest, to, rest.text.length)], doc.mentionAt);
}

/** Replaces every unit for which `map` returns a string. */
export function mapUnits(doc: Doc, map: (unit: string, at: number) => string | undefined): Doc {
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i < doc.text.length; i++) {
    const to = map(doc.text[i], i);
    if (to === undefined || to === doc.text[i]) continue;
    pieces.push(slice(doc, from, i));
    // A unit that stays the first or last of its replacement keeps its provenance.
    if (to.startsWith(doc.text[i])) pieces.push(slice(doc, i, i + 1), fresh(to.slice(1)));
    else if (to.endsWith(doc.text[i])) pieces.push(fresh(to.slice(0, -1)), slice(doc, i, i + 1));
    else pieces.push(fresh(to));
    from = i + 1;
  }
  if (pieces.length === 0) return doc;
  pieces.push(slice(doc, from, doc.text.length));
  return join(pieces, doc.mentionAt);
}

export interface Mention extends StoredAnchor {
  id: string;
}

export interface EditContext {
  random: () => number;
  mentions: readonly Mention[];
  /** Words of the articles, to insert. */
  words: readonly string[];
  /** Names (quotes) of the articles, to insert or to put in place of a mention. */
  names: readonly string[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function int(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function phrase(c: EditContext, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(c.random() < 0.1 ? pick(c.random, c.names) : pick(c.random, c.words));
  return words.join(' ');
}

/** Where a mention's units are now, if they are all there in one piece. */
function currentSpan(doc: Doc, m: Mention): [number, number] | undefined {
  let first = -1;
  for (let i = 0; i < doc.text.length; i++) {
    if (doc.origin[i] === m.start) {
      first = i;
      break;
    }
  }
  if (first < 0) return undefined;
  for (let k = 1; k < m.end - m.start; k++) if (doc.origin[first + k] !== m.start + k) return undefined;
  return [first, first + m.end - m.start];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' && i + 1 < text.length) starts.push(i + 1);
  return starts;
}

export type EditKind =
  | 'insert' | 'delete' | 'replace' | 'moveParagraph' | 'whitespace' | 'quoteStyle' | 'touchMention' | 'copySnippet' | 'insertName';

const KINDS: [EditKind, number][] = [
  ['touchMention', 24], ['insert', 12], ['delete', 12], ['replace', 10], ['moveParagraph', 9],
  ['whitespace', 10], ['quoteStyle', 8], ['copySnippet', 8], ['insertName', 7],
];
const TOTAL = KINDS.reduce((n, [, w]) => n + w, 0);

function kind(random: () => number): EditKind {
  let r = random() * TOTAL;
  for (const [k, w] of KINDS) {
    if ((r -= w) < 0) return k;
  }
  return 'insert';
}

const SPACES = ['  ', '\n', '\u00a0', '\t', ' \n', '\r\n'];
const BREAKS = ['\r\n', '\n\n', ' \n', '\n '];

/** Applies one random edit; returns the edited document and what the edit was. */
export function randomEdit(doc: Doc, c: EditContext): { doc: Doc; kind: EditKind } {
  const { random } = c;
  const n = doc.text.length;
  const k = kind(random);
  switch (k) {
    case 'insert': {
      const at = int(random, 0, n);
      return { doc: replace(doc, at, at, (random() < 0.5 ? ' ' : '') + phrase(c, int(random, 1, 8)) + ' '), kind: k };
    }
    case 'delete': {
      const length = random() < 0.7 ? int(random, 1, 20) : int(random, 20, 400);
      const at = int(random, 0, Math.max(0, n - length));
      return { doc: replace(doc, at, Math.min(n, at + length), ''), kind: k };
    }
    case 'replace': {
      const length = int(random, 1, 30);
      const at = int(random, 0, Math.max(0, n - length));
      return { doc: replace(doc, at, Math.min(n, at + length), phrase(c, int(random, 1, 4))), kind: k };
    }
    case 'moveParagraph': {
      // A paragraph is a line with its line break; it goes to the start of another line.
      const starts = lineStarts(doc.text);
      if (starts.length < 3) return { doc, kind: k };
      const line = int(random, 0, starts.length - 2);
      const start = starts[line];
      const end = starts[line + 1];
      if (cutIsAmbiguous(doc, start, end)) return { doc, kind: k };
      const rest = doc.text.slice(0, start) + doc.text.slice(end);
      const targets = lineStarts(rest).concat(rest.endsWith('\n') ? [rest.length] : []);
      return { doc: move(doc, start, end, pick(random, targets)), kind: k };
    }
    case 'whitespace': {
      if (random() < 0.1) return { doc: mapUnits(doc, (u) => (u === '\n' ? '\r\n' : undefined)), kind: k };
      let d = doc;
      for (let times = int(random, 1, 3); times > 0; times--) {
        const at = int(random, 0, d.text.length - 1);
        const space = d.text.indexOf(random() < 0.75 ? ' ' : '\n', at);
        if (space < 0) continue;
        const to = d.text[space] === ' ' ? pick(random, SPACES) : pick(random, BREAKS);
        d = replace(d, space, space + 1, to);
      }
      return { doc: d, kind: k };
    }
    case 'quoteStyle': {
      const styles: [string, string][] = [['\u2019', "'"], ["'", '\u2019'], ['\u201c', '"'], ['\u201d', '"'], ['"', '\u201d']];
      const [from, to] = pick(random, styles);
      if (random() < 0.5) return { doc: mapUnits(doc, (u) => (u === from ? to : undefined)), kind: k };
      const at = doc.text.indexOf(from, int(random, 0, n));
      return { doc: at < 0 ? doc : replace(doc, at, at + 1, to), kind: k };
    }
    case 'touchMention':
      return { doc: touchMention(doc, c), kind: k };
    case 'copySnippet': {
      const m = pick(random, c.mentions);
      const span = currentSpan(doc, m);
      if (!span) return { doc, kind: k };
      const start = Math.max(0, span[0] - int(random, 0, 48));
      const end = Math.min(n, span[1] + int(random, 0, 48));
      const at = int(random, 0, n);
      return { doc: replace(doc, at, at, copied(doc, start, end)), kind: k };
    }
    case 'insertName': {
      const at = int(random, 0, n);
      const name = pick(random, c.names);
      return { doc: replace(doc, at, at, random() < 0.5 ? ` ${name} ` : `${pick(random, c.words)} ${name}, `), kind: k };
    }
  }
}

/** True when cutting [start, end) is the same as cutting another span that moves other mention units. */
function cutIsAmbiguous(doc: Doc, start: number, end: number): boolean {
  const { text } = doc;
  for (let s = start, e = end; s > 0 && text[s - 1] === text[e - 1]; s--, e--) {
    if (mentionOfUnit(doc, s - 1) >= 0 || mentionOfUnit(doc, e - 1) >= 0) return true;
  }
  for (let s = start, e = end; e < text.length && text[s] === text[e]; s++, e++) {
    if (mentionOfUnit(doc, s) >= 0 || mentionOfUnit(doc, e) >= 0) return true;
  }
  return false;
}

/** An edit at, inside or right beside one mention. */
function touchMention(doc: Doc, c: EditContext): Doc {
  const { random } = c;
  const m = pick(random, c.mentions);
  const span = currentSpan(doc, m);
  if (!span) return doc;
  const [s, e] = span;
  const quote = doc.text.slice(s, e);
  switch (int(random, 0, 9)) {
    case 0: // text right before it
      return replace(doc, s, s, phrase(c, int(random, 1, 3)) + ' ');
    case 1: // text right after it
      return replace(doc, e, e, ' ' + phrase(c, int(random, 1, 3)));
    case 2: { // one unit inside it changed
      const at = int(random, s, e - 1);
      return replace(doc, at, at + 1, pick(random, ['a', 'e', 'o', 'x', 'k']));
    }
    case 3: // deleted
      return replace(doc, s, e, '');
    case 4: { // another name in its place
      const other = c.names.filter((name) => name !== quote);
      return replace(doc, s, e, pick(random, other));
    }
    case 5: { // a unit inserted inside it
      if (e - s < 2) return doc;
      const at = int(random, s + 1, e - 1);
      return replace(doc, at, at, pick(random, ['a', '-', 'h', ' ']));
    }
    case 6: { // its context before or after rewritten
      const length = int(random, 1, 20);
      return random() < 0.5
        ? replace(doc, Math.max(0, s - length - 1), Math.max(0, s - 1), phrase(c, int(random, 1, 2)))
        : replace(doc, Math.min(doc.text.length, e + 1), Math.min(doc.text.length, e + 1 + length), phrase(c, int(random, 1, 2)));
    }
    case 7: { // a space inside it changed, or the one beside it
      const space = quote.indexOf(' ');
      if (space >= 0) return replace(doc, s + space, s + space + 1, pick(random, ['\u00a0', '\n', '  ']));
      return e < doc.text.length && doc.text[e] === ' ' ? replace(doc, e, e + 1, pick(random, ['\u00a0', '\n', '  '])) : doc;
    }
    case 8: { // quotes and apostrophes inside it or around it restyled
      const from = Math.max(0, s - 3);
      const to = Math.min(doc.text.length, e + 3);
      return mapUnits(doc, (u, at) => (at < from || at >= to ? undefined : u === '\u2019' ? "'" : u === "'" ? '\u2019' : u === '"' ? '\u201c' : undefined));
    }
    default: { // the whole sentence around it rewritten but the name kept
      const before = int(random, 5, 40);
      const after = int(random, 5, 40);
      const d = replace(doc, e, Math.min(doc.text.length, e + after), ' ' + phrase(c, int(random, 2, 6)) + '.');
      return replace(d, Math.max(0, s - before), s, phrase(c, int(random, 2, 6)) + ' ');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The truth and the verdict

export type Verdict =
  /** Survived, and found exactly where it went. */
  | 'correct'
  /** Survived, found on another occurrence of the quote whose context agrees at least as well. */
  | 'ambiguous'
  /** Survived, orphaned. */
  | 'missed'
  /** Did not survive, orphaned. */
  | 'orphaned'
  /** Did not survive, fuzzily anchored onto what is left of it. */
  | 'remnant'
  /** Did not survive, anchored onto a pasted copy of it. */
  | 'clone'
  /**
   * Did not survive, anchored onto its quote typed again right against its own surviving
   * neighbour: the text an edit that kept it would have left ("…ad Azerbaijanon etichetta Astana si
   * trova" is "…ad Astana si trova" with "Azerbaijanon etichetta " inserted before the name).
   */
  | 'retyped'
  | 'wrong';

export interface Truth {
  survived: boolean;
  /** Where it went, when it survived. */
  span?: [number, number];
  /** The hull of its surviving units, if any. */
  remnant?: [number, number];
}

function isWord(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordCode(text.charCodeAt(at));
}

export function truthOf(doc: Doc, m: StoredAnchor, where: Int32Array): Truth {
  const length = m.end - m.start;
  let low = Infinity;
  let high = -1;
  let present = 0;
  for (let k = 0; k < length; k++) {
    const at = where[m.start + k];
    if (at < 0) continue;
    present++;
    low = Math.min(low, at);
    high = Math.max(high, at);
  }
  const remnant: [number, number] | undefined = present > 0 ? [low, high + 1] : undefined;
  const text = doc.text;
  const q = m.quote;
  let span: [number, number] | undefined;
  if (present === length && high - low + 1 === length) {
    span = [low, high + 1];
    for (let k = 0; k < length && span; k++) if (where[m.start + k] !== low + k) span = undefined;
  }
  // An edit undone by a later one (a quote restyled, then restyled back) leaves the same text.
  if (!span && remnant) {
    for (const at of [remnant[0], remnant[1] - length]) {
      if (at >= 0 && text.startsWith(q, at) && at <= remnant[0] && at + length >= remnant[1]) span = [at, at + length];
    }
  }
  if (!span) return { survived: false, remnant };
  const [s, e] = span;
  // A name that was a whole word and is now part of a longer one did not survive.
  const wasWordStart = !isWordCode(q.charCodeAt(0)) || m.prefix.length === 0 || !isWordCode(m.prefix.charCodeAt(m.prefix.length - 1));
  const wasWordEnd = !isWordCode(q.charCodeAt(q.length - 1)) || m.suffix.length === 0 || !isWordCode(m.suffix.charCodeAt(0));
  if ((wasWordStart && isWord(text, s - 1) && isWord(text, s)) || (wasWordEnd && isWord(text, e) && isWord(text, e - 1))) {
    return { survived: false, remnant };
  }
  return { survived: true, span, remnant };
}

/** Where each original unit is now (-1 when gone). */
export function whereNow(doc: Doc, originalLength: number): Int32Array {
  const where = new Int32Array(originalLength).fill(-1);
  for (let i = 0; i < doc.text.length; i++) if (doc.origin[i] >= 0) where[doc.origin[i]] = i;
  return where;
}

/** The oracle's own typographic folding (whitespace runs, curly quotes), independent of the code under test. */
function fold(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
}

/** The stored context and the text's context beside [start, end), folded and cut to the same lengths. */
function contexts(text: string, m: StoredAnchor, start: number, end: number): { prefix: string; suffix: string; before: string; after: string } {
  const prefix = fold(m.prefix);
  const suffix = fold(m.suffix);
  const before = fold(text.slice(Math.max(0, start - 2 * m.prefix.length - 8), start)).slice(-prefix.length || text.length);
  const after = fold(text.slice(end, end + 2 * m.suffix.length + 8)).slice(0, suffix.length);
  return { prefix, suffix, before: prefix.length === 0 ? '' : before, after };
}

/** Units of stored context that agree beside [start, end), unit for unit from the quote outward. */
export function agreement(text: string, m: StoredAnchor, start: number, end: number): number {
  const c = contexts(text, m, start, end);
  let before = 0;
  while (before < c.prefix.length && before < c.before.length && c.before[c.before.length - 1 - before] === c.prefix[c.prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < c.suffix.length && after < c.after.length && c.after[after] === c.suffix[after]) after++;
  return before + after;
}

/** Levenshtein distance between the stored context and the text's context of the same length beside [start, end). */
export function contextDistance(text: string, m: StoredAnchor, start: number, end: number): number {
  const c = contexts(text, m, start, end);
  return levenshtein(c.prefix, c.before) + levenshtein(c.suffix, c.after);
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}

/** True when [start, start + quote length) is a pasted copy of the mention's own quote. */
function isClone(doc: Doc, m: StoredAnchor, start: number): boolean {
  for (let k = 0; k < m.end - m.start; k++) if (doc.copyOf[start + k] !== m.start + k) return false;
  return true;
}

/**
 * True when [start, end) abuts a unit of the mention's original context: the one before it or the
 * one after it, or the same a few units on, past units equal to the stored context (an insertion
 * that slid by an equal unit leaves the same text).
 */
function againstOwnNeighbour(doc: Doc, m: StoredAnchor, start: number, end: number): boolean {
  const { text, origin } = doc;
  for (let j = 0; j < 8 && start - 1 - j >= 0; j++) {
    if (origin[start - 1 - j] === m.start - 1 - j) return true;
    if (text[start - 1 - j] !== m.prefix[m.prefix.length - 1 - j]) break;
  }
  for (let j = 0; j < 8 && end + j < text.length; j++) {
    if (origin[end + j] === m.end + j) return true;
    if (text[end + j] !== m.suffix[j]) break;
  }
  return false;
}

/**
 * The verdict on one result. Fair to the ambiguous: when the quote survived, another occurrence of
 * it is accepted if the stored context does not tell the true one apart from it: by either measure
 * (units agreeing from the quote out, or edit distance of the context windows, both after folding
 * whitespace and quote styles) it fits within a twentieth of the stored context as well as the true
 * one (a tenth, for a pasted copy of the mention itself), or it is the quote again right against the
 * mention's own original neighbour (another edit history leaves the same text with the mention
 * there). When the quote did not survive, a pasted copy of it is accepted, its quote again against
 * its own neighbour, and a fuzzy anchor that covers some of its surviving units.
 */
export function verdict(doc: Doc, m: StoredAnchor, truth: Truth, r: ReanchorResult): Verdict {
  const text = doc.text;
  if (truth.survived) {
    const [s, e] = truth.span!;
    if (r.status === 'orphaned') return 'missed';
    if (r.start === s && r.end === e) return 'correct';
    if (text.slice(r.start, r.end) !== m.quote) return 'wrong';
    if (againstOwnNeighbour(doc, m, r.start, r.end)) return 'ambiguous';
    const tolerance = (m.prefix.length + m.suffix.length) / (isClone(doc, m, r.start) ? 10 : 20);
    if (
      agreement(text, m, r.start, r.end) + tolerance >= agreement(text, m, s, e) ||
      contextDistance(text, m, r.start, r.end) <= contextDistance(text, m, s, e) + tolerance
    ) {
      return 'ambiguous';
    }
    return 'wrong';
  }
  if (r.status === 'orphaned') return 'orphaned';
  if (r.status === 'fuzzy') {
    for (let i = r.start; i < r.end; i++) if (doc.origin[i] >= m.start && doc.origin[i] < m.end) return 'remnant';
  }
  if (text.slice(r.start, r.end) === m.quote && isClone(doc, m, r.start)) return 'clone';
  if (text.slice(r.start, r.end) === m.quote && againstOwnNeighbour(doc, m, r.start, r.end)) return 'retyped';
  return 'wrong';
}
