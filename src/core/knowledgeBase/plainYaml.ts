// A fast reader for the plain YAML that knowledge-base files are written in: block mappings and
// sequences, one-line flow collections, one-line plain and quoted scalars, comments. The `yaml`
// package takes some 40 s over a file of 100,000 entities (23 MB) and holds 2 GB while doing it (a
// concrete syntax tree, then a document of node objects, for millions of tokens); this reads the
// same file some thirty times faster, into plain data and nothing more.
//
// It reads only what it is sure of. Anything else (anchors, aliases, tags, block scalars,
// multi-line scalars or flow collections, tabs, document markers, duplicate keys, keys that are
// not strings, and every kind of syntax error) makes it give up, and the caller reads the file
// with the `yaml` package, which also says what is wrong and where. Where it does read a file,
// the data is what the `yaml` package's `toJS` gives (test/unit/plainYaml.test.ts compares the
// two on generated files), and it says where each top-level entry and each item of a top-level
// sequence lies, so that a problem's position can be read from that piece alone.
import type { LineRange, YamlPieces } from '../yaml/locate';

export interface PlainYaml extends YamlPieces {
  /** The top-level mapping, as `yaml`'s `toJS` gives it. */
  data: Record<string, unknown>;
  /** Whether some mapping has a `__proto__` key (an own property, as `yaml` makes it). */
  hasPrototypeKey: boolean;
}

/** Thrown, and caught below, where the text leaves the plain subset. */
class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain();

// Characters the plain subset never holds: control characters (a tab among them: YAML gives tabs
// meanings this reader does not follow), a lone carriage return, a byte-order mark, and the
// characters that YAML 1.1 read as line breaks.
const OUTSIDE_SUBSET = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
/**
 * How deeply collections may nest in the subset. Deeper files go to the `yaml` package, which
 * refuses them past its own limit (MAX_YAML_DEPTH in core/yaml/limits.ts); a knowledge base needs five levels.
 */
const MAX_DEPTH = 32;

// The core schema's plain scalars that are not strings, as the `yaml` package resolves them.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the core schema. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Most values are words: a letter other than the first of true, false or null is a string.
  if (((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0x80) && c !== 0x74 && c !== 0x54 && c !== 0x66 && c !== 0x46 && c !== 0x6e && c !== 0x4e) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 0x74 || c === 0x54;
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
/** The longest key read here: the `yaml` package takes implicit keys of up to 1024 characters. */
const MAX_KEY_LENGTH = 1000;

/** Characters that may not start a plain scalar (`-`, `?` and `:` are looked at with what follows). */
function isIndicator(c: number): boolean {
  // , [ ] { } # & * ! | > ' " % @ `
  return c === COMMA || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === HASH || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === SINGLE_QUOTE || c === DOUBLE_QUOTE || c === 0x25 || c === 0x40 || c === 0x60;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** A character of a plain key: ASCII letters, digits, `_`, `-` and `.`. */
function isKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH || c === 0x2e;
}

class Reader {
  pos = 0;
  hasPrototypeKey = false;
  private readonly n: number;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  private at(offset: number): number {
    return offset < this.n ? this.text.charCodeAt(offset) : -1;
  }

  private isLineEnd(offset: number): boolean {
    const c = this.at(offset);
    return c === -1 || c === LF || c === CR;
  }

  /** Past the line break after `offset` (the end of the text if there is none). */
  private nextLineStart(offset: number): number {
    const feed = this.text.indexOf('\n', offset);
    return feed < 0 ? this.n : feed + 1;
  }

  /**
   * Moves to the start of the next line that holds more than spaces and a comment, and returns
   * its indentation; -1 at the end of the text.
   */
  nextContentLine(): number {
    for (;;) {
      if (this.pos >= this.n) return -1;
      let p = this.pos;
      while (this.at(p) === SPACE) p++;
      const c = this.at(p);
      if (c === -1) {
        this.pos = this.n;
        return -1;
      }
      if (c !== LF && c !== CR && c !== HASH) return p - this.pos;
      this.pos = this.nextLineStart(p);
    }
  }

  /** After a value: spaces, perhaps a comment, and the end of the line; moves to the next line. */
  private endLine(): void {
    let p = this.pos;
    while (this.at(p) === SPACE) p++;
    const c = this.at(p);
    if (c === HASH ? p === this.pos : !this.isLineEnd(p)) throw NOT_PLAIN;
    this.pos = this.nextLineStart(p);
  }

  /** The node that starts at `pos`, after its line's `indent` spaces. */
  block(indent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) throw NOT_PLAIN;
    if (this.isSequenceItem(this.pos)) return this.blockSequence(indent, depth, undefined);
    if (this.keyEnd(this.pos) >= 0) return this.blockMapping(indent, depth, undefined);
    // A scalar or flow collection on a line of its own, as a nested value: left to `yaml`.
    throw NOT_PLAIN;
  }

  private isSequenceItem(offset: number): boolean {
    return this.at(offset) === DASH && (this.at(offset + 1) === SPACE || this.isLineEnd(offset + 1));
  }

  /** Where the key that starts at `offset` ends, before its `:`, if a key starts there; else -1. */
  private keyEnd(offset: number): number {
    const c = this.at(offset);
    let end: number;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      end = this.quotedEnd(offset);
      if (end < 0) return -1;
    } else {
      end = offset;
      while (isKeyChar(this.at(end))) end++;
      if (end === offset || c === DASH || c === 0x2e) return -1;
    }
    if (end - offset > MAX_KEY_LENGTH) throw NOT_PLAIN;
    return this.at(end) === COLON && (this.at(end + 1) === SPACE || this.isLineEnd(end + 1)) ? end : -1;
  }

  /** Reads the key at `pos`, up to and past its `:`. */
  private key(): string {
    const end = this.keyEnd(this.pos);
    if (end < 0) throw NOT_PLAIN;
    const c = this.at(this.pos);
    let key: string;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) key = this.quoted();
    else {
      key = this.text.slice(this.pos, end);
      if (typeof resolvePlain(key) !== 'string') throw NOT_PLAIN;
    }
    this.pos = end + 1;
    return key;
  }

  /**
   * A block mapping whose first key is at `pos`, in column `indent`. Returns at the start of the
   * first line after it that is not blank or a comment.
   */
  private blockMapping(indent: number, depth: number, ranges: { entries: Map<string, LineRange>; items: Map<string, LineRange[]> } | undefined): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      const lineStart = this.pos - indent;
      const key = this.key();
      const items: LineRange[] | undefined = ranges ? [] : undefined;
      this.setKey(map, key, this.valueAfterIndicator(indent, depth, items));
      if (ranges) {
        ranges.entries.set(key, { start: lineStart, end: this.pos });
        if (items && items.length > 0) ranges.items.set(key, items);
      }
      const next = this.nextContentLine();
      if (next < indent) return map;
      if (next > indent) throw NOT_PLAIN;
      this.pos += indent;
      if (this.keyEnd(this.pos) < 0) throw NOT_PLAIN;
    }
  }

  /** The top-level mapping, with where its entries and their items lie. */
  topMapping(): PlainYaml {
    const entries = new Map<string, LineRange>();
    const items = new Map<string, LineRange[]>();
    const data = this.blockMapping(0, 1, { entries, items });
    if (this.nextContentLine() >= 0) throw NOT_PLAIN;
    // Each entry ends where the next one starts: comments between them go with the first.
    const ordered = [...entries.values()];
    for (let k = 0; k + 1 < ordered.length; k++) ordered[k].end = ordered[k + 1].start;
    if (ordered.length > 0) ordered[ordered.length - 1].end = this.n;
    return { data, entries, items, hasPrototypeKey: this.hasPrototypeKey };
  }

  /** The value after a mapping's `:` (at `pos`), for a key in column `indent`. */
  private valueAfterIndicator(indent: number, depth: number, items: LineRange[] | undefined): unknown {
    let p = this.pos;
    while (this.at(p) === SPACE) p++;
    const c = this.at(p);
    if (this.isLineEnd(p) || (c === HASH && p > this.pos)) {
      // The value, if any, is on the lines below.
      this.pos = this.nextLineStart(p);
      const next = this.nextContentLine();
      if (next > indent) {
        this.pos += next;
        if (depth + 1 > MAX_DEPTH) throw NOT_PLAIN;
        return this.isSequenceItem(this.pos) ? this.blockSequence(next, depth + 1, items) : this.block(next, depth + 1);
      }
      if (next === indent && this.isSequenceItem(this.pos + indent)) {
        // A sequence may stand in its key's column.
        this.pos += indent;
        return this.blockSequence(indent, depth + 1, items);
      }
      return null;
    }
    this.pos = p;
    return this.inlineValue(depth);
  }

  /**
   * A block sequence whose first `-` is at `pos`, in column `indent`. Returns at the start of the
   * first line after it that is not blank or a comment. `items` gets where each item lies.
   */
  private blockSequence(indent: number, depth: number, items: LineRange[] | undefined): unknown[] {
    if (depth > MAX_DEPTH) throw NOT_PLAIN;
    const list: unknown[] = [];
    for (;;) {
      const lineStart = this.pos - indent;
      this.pos++;
      let p = this.pos;
      while (this.at(p) === SPACE) p++;
      const c = this.at(p);
      if (this.isLineEnd(p) || (c === HASH && p > this.pos)) {
        // The item, if any, is on the lines below.
        this.pos = this.nextLineStart(p);
        const next = this.nextContentLine();
        if (next > indent) {
          this.pos += next;
          list.push(this.block(next, depth + 1));
        } else list.push(null);
      } else {
        this.pos = p;
        if (this.isSequenceItem(p)) throw NOT_PLAIN; // - - x: left to `yaml`
        if (this.keyEnd(p) >= 0) list.push(this.blockMapping(p - lineStart, depth + 1, undefined));
        else {
          list.push(this.inlineValue(depth));
          this.nextContentLine();
        }
      }
      if (items) items.push({ start: lineStart, end: this.pos });
      // At the start of the next line with content.
      const next = this.pos < this.n ? this.indentAt(this.pos) : -1;
      if (next < indent) return list;
      if (next > indent) throw NOT_PLAIN;
      // In the sequence's column, a key ends a sequence that stands in its key's column.
      if (!this.isSequenceItem(this.pos + indent)) return list;
      this.pos += indent;
    }
  }

  /** Sets a key as `yaml`'s `toJS` does: `__proto__`, `constructor` and the like become own properties. */
  private setKey(map: Record<string, unknown>, key: string, value: unknown): void {
    if (Object.hasOwn(map, key)) throw NOT_PLAIN; // a duplicate key: the `yaml` package reports it
    if (key in map) {
      if (key === '__proto__') this.hasPrototypeKey = true;
      Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
    } else map[key] = value;
  }

  private indentAt(lineStart: number): number {
    let p = lineStart;
    while (this.at(p) === SPACE) p++;
    return p - lineStart;
  }

  /** A scalar or flow collection at `pos`, and the rest of its line. */
  private inlineValue(depth: number): unknown {
    const c = this.at(this.pos);
    let value: unknown;
    if (c === 0x5b || c === 0x7b) value = this.flow(depth + 1);
    else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) value = this.quoted();
    else value = this.plain(false);
    this.endLine();
    return value;
  }

  /** A plain scalar at `pos`, on one line; in a flow collection when `inFlow`. */
  private plain(inFlow: boolean): unknown {
    const start = this.pos;
    const c = this.at(start);
    const next = this.at(start + 1);
    if (isIndicator(c) || ((c === DASH || c === 0x3f || c === COLON) && (next === SPACE || next === -1 || next === LF || next === CR || (inFlow && isFlowIndicator(next))))) throw NOT_PLAIN;
    let p = start;
    let end = start;
    for (;;) {
      const ch = this.at(p);
      if (ch === -1 || ch === LF || ch === CR) break;
      if (ch === SPACE) {
        p++;
        continue;
      }
      if (ch === HASH && this.at(p - 1) === SPACE) break;
      if (ch === COLON) {
        const after = this.at(p + 1);
        if (after === SPACE || after === -1 || after === LF || after === CR || (inFlow && isFlowIndicator(after))) throw NOT_PLAIN; // a mapping: left to `yaml`
      }
      if (inFlow && isFlowIndicator(ch)) break;
      p++;
      end = p;
    }
    this.pos = end;
    return resolvePlain(this.text.slice(start, end));
  }

  /** Where the quoted scalar at `offset` ends, past its closing quote, if it closes on its line; else -1. */
  private quotedEnd(offset: number): number {
    const quote = this.at(offset);
    for (let p = offset + 1; ; p++) {
      const c = this.at(p);
      if (c === -1 || c === LF || c === CR) return -1;
      if (quote === DOUBLE_QUOTE && c === BACKSLASH) p++;
      else if (c === quote) {
        if (quote === SINGLE_QUOTE && this.at(p + 1) === SINGLE_QUOTE) p++;
        else return p + 1;
      }
    }
  }

  /** A quoted scalar at `pos`, closed on its line. */
  private quoted(): string {
    const start = this.pos;
    const end = this.quotedEnd(start);
    if (end < 0) throw NOT_PLAIN;
    this.pos = end;
    const body = this.text.slice(start + 1, end - 1);
    if (this.at(start) === SINGLE_QUOTE) return body.includes("'") ? body.replace(/''/g, "'") : body;
    return body.includes('\\') ? unescape(body) : body;
  }

  /** A flow collection at `pos`, closed on its line. */
  private flow(depth: number): unknown {
    if (depth > MAX_DEPTH) throw NOT_PLAIN;
    const isMapping = this.at(this.pos) === 0x7b;
    const close = isMapping ? 0x7d : 0x5d;
    this.pos++;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    this.skipSpaces();
    if (this.at(this.pos) === close) {
      this.pos++;
      return isMapping ? map : list;
    }
    for (;;) {
      if (isMapping) {
        const c = this.at(this.pos);
        const start = this.pos;
        let key: string;
        if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) key = this.quoted();
        else {
          while (isKeyChar(this.at(this.pos))) this.pos++;
          key = this.text.slice(start, this.pos);
          if (key.length === 0 || key.charCodeAt(0) === DASH || key.charCodeAt(0) === 0x2e || typeof resolvePlain(key) !== 'string') throw NOT_PLAIN;
        }
        if (this.pos - start > MAX_KEY_LENGTH || this.at(this.pos) !== COLON || this.at(this.pos + 1) !== SPACE) throw NOT_PLAIN;
        this.pos += 2;
        this.skipSpaces();
        this.setKey(map, key, this.flowValue(depth));
      } else list.push(this.flowValue(depth));
      this.skipSpaces();
      const c = this.at(this.pos);
      if (c === close) {
        this.pos++;
        return isMapping ? map : list;
      }
      if (c !== COMMA) throw NOT_PLAIN;
      this.pos++;
      this.skipSpaces();
      // A trailing comma, or an empty entry: left to `yaml`.
      if (this.at(this.pos) === close || this.at(this.pos) === COMMA) throw NOT_PLAIN;
    }
  }

  private flowValue(depth: number): unknown {
    const c = this.at(this.pos);
    if (c === 0x5b || c === 0x7b) return this.flow(depth + 1);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return this.quoted();
    return this.plain(true);
  }

  private skipSpaces(): void {
    while (this.at(this.pos) === SPACE) this.pos++;
  }
}

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The body of a double-quoted scalar with its escapes read. */
function unescape(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[e];
    const hex = length ? body.slice(i + 1, i + 1 + length) : '';
    if (!length || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) throw NOT_PLAIN;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw NOT_PLAIN;
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}

/**
 * The text's top-level mapping as plain data, with where its entries and their items lie; or
 * undefined when the text is not in the plain subset (or holds no mapping), for the `yaml`
 * package to read.
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  // (Two expressions: one character class is scanned far faster than an alternation.)
  if (OUTSIDE_SUBSET.test(text) || (text.includes('\r') && LONE_CARRIAGE_RETURN.test(text))) return undefined;
  const reader = new Reader(text);
  try {
    if (reader.nextContentLine() !== 0) return undefined;
    return reader.topMapping();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}
