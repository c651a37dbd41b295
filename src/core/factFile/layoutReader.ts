// Reads a fact file laid out as the writer lays it out (`newFactFileText`, `applyFactFileEdits`:
// the `yaml` Document written with lineWidth 0) in one pass over its text, building the validated
// fact file directly, with no YAML parser, no intermediate data and no zod. The writer's layout is
// narrow: comment lines at the top, then `schema:`, an `article:` mapping and the `mentions:`,
// `facts:` and `rejections:` block sequences of flat mappings, indented by two; values plain,
// single- or double-quoted on one line, double-quoted and folded over lines, or literal block
// scalars (`|`, `|-`, `|+`, `|2-`...); integers in decimal; `true` and `false`.
//
// Anything else, and anything that could be read in more than one way, is declined (undefined),
// and the caller reads the file as before, which also says what is wrong and where: anchors,
// aliases, tags, flow collections other than an empty list, folded block scalars, comments below
// the top, blank lines between entries, other indentation, tabs, carriage returns, non-printable
// characters, a byte-order mark, escapes the writer does not write, keys it does not write (or
// twice), plain scalars the YAML 1.2 core schema reads as anything but the string or integer
// expected, and a fact file that fails any rule of the schema. A test compares the result with
// the `yaml` path's on random fact files written by the writer, mutated, and on hostile ones.
import { ENTITY_ID_PATTERN, idPatternOf, PARTIAL_ISO_DATE_PATTERN } from '../knowledgeBase/schema';
import { coreScalarKind } from '../yaml/coreSchema';
import {
  ARTICLE_FILE_PATTERN,
  ARTICLE_LANGUAGE_PATTERN,
  type ArticleMetadata,
  ATTENDANCE_STATUSES,
  FACT_FILE_SCHEMA,
  FACT_ID_PATTERN,
  type Fact,
  type FactFile,
  type FactFileMention,
  ISO_DATE_OR_RANGE_PATTERN,
  MENTION_ID_PATTERN,
  type Rejection,
  TEXT_HASH_PATTERN,
} from './schema';

/** Thrown (never an Error: no stack to capture) when the text is not in the writer's layout, or not valid. */
const DECLINE = { declined: true } as const;
function decline(): never {
  throw DECLINE;
}

const LF = 0x0a;
const SPACE = 0x20;
const QUOTE = 0x22;
const HASH = 0x23;
const APOSTROPHE = 0x27;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;

/** The characters that cannot start a plain scalar (YAML's indicators, and a space); `-`, `?` and `:` can before a character other than a space. */
const NOT_PLAIN_START = new Set([...' ,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const PLAIN_START_BEFORE_CHARACTER = new Set([...'-?:'].map((c) => c.charCodeAt(0)));
/** A decimal integer as the writer writes one, small enough to be exact. */
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;

const PERSON_ID = idPatternOf('person');
const PLACE_ID = idPatternOf('place');
const ORGANIZATION_ID = idPatternOf('organization');
const EVENT_ID = idPatternOf('event');

/**
 * Where a character outside printable ASCII at `i` ends: `i`, or `i + 1` for a surrogate pair.
 * Declines those YAML does not allow, or that one reader could take for a line break or a
 * byte-order mark where another does not.
 */
function endOfSpecial(text: string, i: number, c: number): number {
  // (NaN, past the end of the text, too.)
  if (!(c >= 0xa0)) decline();
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return i + 1;
    decline();
  }
  if ((c >= 0xdc00 && c <= 0xdfff) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe) decline();
  return i;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return decline();
}

/** YAML's escapes of one letter (`\U` and escaped line breaks, which the writer never writes, are declined). */
const SIMPLE_ESCAPES = new Map([
  ['0', '\0'],
  ['a', '\x07'],
  ['b', '\b'],
  ['t', '\t'],
  ['n', '\n'],
  ['v', '\v'],
  ['f', '\f'],
  ['r', '\r'],
  ['e', '\x1b'],
  [' ', ' '],
  ['"', '"'],
  ['/', '/'],
  ['\\', '\\'],
  ['N', '\x85'],
  ['_', '\xa0'],
  ['L', '\u2028'],
  ['P', '\u2029'],
]);

class LayoutReader {
  private pos = 0;
  /** What the last escape of a double-quoted scalar stands for. */
  private escaped = '';

  constructor(private readonly text: string) {}

  read(): FactFile {
    const { text } = this;
    if (text.length === 0 || text.charCodeAt(text.length - 1) !== LF) decline();
    while (text.charCodeAt(this.pos) === HASH) this.pos = this.printableTo(this.pos + 1, LF) + 1;
    let schema: unknown;
    let article: ArticleMetadata | undefined;
    let mentions: FactFileMention[] | undefined;
    let facts: Fact[] | undefined;
    let rejections: Rejection[] | undefined;
    let seen = 0;
    while (this.pos < text.length) {
      const field = this.readKeyOf(TOP_KEYS);
      if (seen & (1 << field)) decline();
      seen |= 1 << field;
      switch (TOP_KEYS.names[field]) {
        case 'schema':
          this.expect(SPACE);
          // (The writer writes it plain; a block scalar at the top is not its layout.)
          if (text.charCodeAt(this.pos) === PIPE) decline();
          schema = this.readScalar(0);
          break;
        case 'article':
          this.expect(LF);
          this.expectIndent(2);
          article = this.readArticle();
          break;
        case 'mentions':
          mentions = this.readList(() => this.readMention());
          break;
        case 'facts':
          facts = this.readList(() => this.readFact());
          break;
        default:
          rejections = this.readList(() => this.readRejection());
      }
    }
    if (schema !== FACT_FILE_SCHEMA || !article) decline();
    const factFile: FactFile = { schema: FACT_FILE_SCHEMA, article, mentions: mentions ?? [], facts: facts ?? [], rejections: rejections ?? [] };
    checkReferences(factFile);
    return factFile;
  }

  // ---- Layout

  private expect(code: number): void {
    if (this.text.charCodeAt(this.pos) !== code) decline();
    this.pos++;
  }

  /** Exactly `indent` spaces, then a key. */
  private expectIndent(indent: number): void {
    if (!this.atKey(indent)) decline();
    this.pos += indent;
  }

  /** Whether the line at the position is exactly `indent` spaces and then a key's first letter. */
  private atKey(indent: number): boolean {
    const { text, pos } = this;
    for (let k = 0; k < indent; k++) if (text.charCodeAt(pos + k) !== SPACE) return false;
    const c = text.charCodeAt(pos + indent);
    return c >= 0x61 && c <= 0x7a;
  }

  /** After a list's key: ` []` for none, or its items, each `  - ` and a mapping. */
  private readList<T>(readItem: () => T): T[] {
    const { text } = this;
    if (text.startsWith(' []\n', this.pos)) {
      this.pos += 4;
      return [];
    }
    this.expect(LF);
    const items: T[] = [];
    while (text.startsWith('  - ', this.pos)) {
      this.pos += 4;
      items.push(readItem());
    }
    if (items.length === 0) decline();
    return items;
  }

  /** Whether another key of the mapping at `indent` follows; the position is then on it. */
  private nextKey(indent: number): boolean {
    if (!this.atKey(indent)) return false;
    this.pos += indent;
    return true;
  }

  // ---- Scalars. Each reads the rest of its key's line (and the lines it continues on) and leaves
  // the position at the start of the next line.

  /** A string, an integer or a boolean, in any style the writer writes; `indent` is that of the key's mapping. */
  private readScalar(indent: number): string | number | boolean {
    switch (this.text.charCodeAt(this.pos)) {
      case QUOTE:
        return this.readDoubleQuoted(indent);
      case APOSTROPHE:
        return this.readSingleQuoted();
      case PIPE:
        return this.readLiteral(indent);
      default:
        return this.readPlain();
    }
  }

  /** Checks that every character from `from` to the next `stop` (a line feed or quote) is printable; returns where `stop` is. */
  private printableTo(from: number, stop: number): number {
    const { text } = this;
    for (let i = from; ; i++) {
      const c = text.charCodeAt(i);
      if (c === stop) return i;
      if (c >= SPACE && c <= 0x7e) continue;
      i = endOfSpecial(text, i, c);
    }
  }

  /** A plain scalar: the rest of the line, read as the core schema reads it. */
  private readPlain(): string | number | boolean {
    const { text } = this;
    const start = this.pos;
    const first = text.charCodeAt(start);
    // Offsets, most often: digits alone, as the writer writes a number.
    if (first >= 0x30 && first <= 0x39) {
      let end = start + 1;
      let value = first - 0x30;
      for (let c = text.charCodeAt(end); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++end)) value = value * 10 + c - 0x30;
      if (text.charCodeAt(end) === LF && (first !== 0x30 || end === start + 1) && end - start <= 15) {
        this.pos = end + 1;
        return value;
      }
    }
    if (NOT_PLAIN_START.has(first)) decline();
    if (PLAIN_START_BEFORE_CHARACTER.has(first) && (text.charCodeAt(start + 1) === SPACE || text.charCodeAt(start + 1) === LF)) decline();
    let i = start;
    let spaced = false;
    for (; ; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) break;
      if (c >= 0x21 && c <= 0x7e) {
        // `: ` (or a `:` at the end) would make a key, ` #` a comment.
        if (c === COLON) {
          const next = text.charCodeAt(i + 1);
          if (next === SPACE || next === LF) decline();
        } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) decline();
      } else if (c === SPACE) spaced = true;
      else i = endOfSpecial(text, i, c);
    }
    if (text.charCodeAt(i - 1) === SPACE) decline();
    this.pos = i + 1;
    const value = text.slice(start, i);
    // Most are words, ids, dates and phrases, which no type of the core schema but strings reads
    // (none of its forms has a space).
    const lower = first | 0x20;
    if (spaced || (lower >= 0x61 && lower <= 0x7a && lower !== 0x74 && lower !== 0x66 && lower !== 0x6e)) return value;
    switch (coreScalarKind(value)) {
      case 'string':
        return value;
      case 'int':
        return DECIMAL.test(value) ? Number(value) : decline();
      case 'bool':
        return value.charCodeAt(0) === 0x74 || value.charCodeAt(0) === 0x54;
      default:
        return decline();
    }
  }

  /** A single-quoted scalar on one line. */
  private readSingleQuoted(): string {
    const { text } = this;
    let out = '';
    let run = this.pos + 1;
    let i = run;
    for (;;) {
      i = this.printableTo(i, APOSTROPHE);
      if (text.charCodeAt(i + 1) !== APOSTROPHE) break;
      // `''` is a quote.
      out += text.slice(run, i + 1);
      i += 2;
      run = i;
    }
    out += text.slice(run, i);
    if (text.charCodeAt(i + 1) !== LF) decline();
    this.pos = i + 2;
    return out;
  }

  /**
   * A double-quoted scalar, with its escapes; over several lines as the writer folds it: a line
   * break followed by k empty lines is k line feeds, and the next line is indented by two more
   * than the key.
   */
  private readDoubleQuoted(indent: number): string {
    const { text } = this;
    const continuation = indent + 2;
    let out = '';
    let run = this.pos + 1;
    let i = run;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        out += text.slice(run, i);
        i = this.readEscape(i + 1);
        out += this.escaped;
        run = i;
      } else if (c === LF) {
        // A space before a line break would be dropped: the writer escapes it.
        if (i > run && text.charCodeAt(i - 1) === SPACE) decline();
        out += text.slice(run, i);
        let next = i + 1;
        while (text.charCodeAt(next) === LF) next++;
        const empty = next - i - 1;
        for (let k = 0; k < continuation; k++) if (text.charCodeAt(next + k) !== SPACE) decline();
        const first = text.charCodeAt(next + continuation);
        if (first === SPACE || first === LF) decline();
        out += empty === 0 ? ' ' : '\n'.repeat(empty);
        i = next + continuation;
        run = i;
      } else if (c >= SPACE && c <= 0x7e) i++;
      else i = endOfSpecial(text, i, c) + 1;
    }
    out += text.slice(run, i);
    if (text.charCodeAt(i + 1) !== LF) decline();
    this.pos = i + 2;
    return out;
  }

  /** The escape whose letter is at `at`: sets `escaped`, returns where the escape ends. */
  private readEscape(at: number): number {
    const { text } = this;
    const letter = text[at];
    const simple = SIMPLE_ESCAPES.get(letter);
    if (simple !== undefined) {
      this.escaped = simple;
      return at + 1;
    }
    const digits = letter === 'x' ? 2 : letter === 'u' ? 4 : decline();
    let code = 0;
    for (let k = 1; k <= digits; k++) code = code * 16 + hexDigit(text.charCodeAt(at + k));
    this.escaped = String.fromCharCode(code);
    return at + 1 + digits;
  }

  /**
   * A literal block scalar (`|`, with an indentation indicator and chomping as the writer gives
   * them) of a key in the mapping at `indent`: its lines are indented by the indicator more than
   * the key, or by two without one.
   */
  private readLiteral(indent: number): string {
    const { text } = this;
    let i = this.pos + 1;
    let indicator = 0;
    let c = text.charCodeAt(i);
    if (c >= 0x31 && c <= 0x39) {
      indicator = c - 0x30;
      c = text.charCodeAt(++i);
    }
    const chomping = c === 0x2d ? 'strip' : c === 0x2b ? 'keep' : 'clip';
    if (chomping !== 'clip') c = text.charCodeAt(++i);
    if (c !== LF) decline();
    const contentIndent = indent + (indicator || 2);
    let out = '';
    let hasContent = false;
    /** Empty lines since the last line with content (or since the start). */
    let empty = 0;
    let line = i + 1;
    while (line < text.length) {
      let s = line;
      while (text.charCodeAt(s) === SPACE) s++;
      const spaces = s - line;
      const first = text.charCodeAt(s);
      if (first === LF && (spaces === 0 || spaces === contentIndent)) {
        empty++;
        line = s + 1;
        continue;
      }
      if (spaces < contentIndent) {
        // A line of fewer spaces than the content's, and nothing else, or a line of the next key.
        if (first === LF) decline();
        break;
      }
      // Without an indicator, the first line with content sets the indentation: it must be the writer's.
      if (!indicator && !hasContent && spaces !== contentIndent) decline();
      const end = this.printableTo(s, LF);
      out += (hasContent ? '\n' : '') + '\n'.repeat(empty) + text.slice(line + contentIndent, end);
      hasContent = true;
      empty = 0;
      line = end + 1;
    }
    this.pos = line;
    // Empty lines only: the writer writes a string of line feeds so, kept.
    if (!hasContent) return chomping === 'keep' && empty > 0 ? '\n'.repeat(empty) : decline();
    if (chomping === 'strip') return out;
    return chomping === 'clip' ? `${out}\n` : `${out}\n${'\n'.repeat(empty)}`;
  }

  // ---- The fact file's mappings. Each starts on its first key and ends at the start of the line
  // after its last value; fields go in the order of the schema, as zod gives them.

  /** Reads a mapping's fields at `indent` into `values` (by their place in `keys`); returns which were there, a bit each. */
  private readFields(keys: Keys, indent: number, values: unknown[]): number {
    let seen = 0;
    do {
      const field = this.readKeyOf(keys);
      const bit = 1 << field;
      if (seen & bit) decline();
      seen |= bit;
      const kind = keys.kinds[field];
      if (kind === EVIDENCE) {
        values[field] = this.readEvidence();
        continue;
      }
      this.expect(SPACE);
      const value = this.readScalar(indent);
      if (typeof value !== kind) decline();
      values[field] = value;
    } while (this.nextKey(indent));
    return seen;
  }

  /** The place in `keys` of the key at the position (which is then after its `:`). */
  private readKeyOf(keys: Keys): number {
    const { text } = this;
    const start = this.pos;
    let i = start;
    let c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) decline();
    do c = text.charCodeAt(++i);
    while ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a));
    if (c !== COLON) decline();
    this.pos = i + 1;
    return keys.find(text, start, i);
  }

  private readonly values: unknown[] = [];

  private readArticle(): ArticleMetadata {
    const v = this.values;
    const seen = this.readFields(ARTICLE_KEYS, 2, v);
    const [file, language, publisher, published, textHash] = v as string[];
    const has = (bit: number) => (seen & bit) !== 0;
    if ((seen & ARTICLE_REQUIRED) !== ARTICLE_REQUIRED || !ARTICLE_FILE_PATTERN.test(file) || !TEXT_HASH_PATTERN.test(textHash)) decline();
    if (has(ARTICLE.language) && !ARTICLE_LANGUAGE_PATTERN.test(language)) decline();
    if (has(ARTICLE.published) && !PARTIAL_ISO_DATE_PATTERN.test(published)) decline();
    const article = { file } as ArticleMetadata;
    if (has(ARTICLE.language)) article.language = language;
    if (has(ARTICLE.publisher)) article.publisher = publisher;
    if (has(ARTICLE.published)) article.published = published;
    article.textHash = textHash;
    return article;
  }

  private readMention(): FactFileMention {
    const v = this.values;
    const seen = this.readFields(MENTION_KEYS, 4, v);
    const [id, entity, date, quote, prefix, suffix] = v as string[];
    const [start, end] = [v[6] as number, v[7] as number];
    const target = seen & (MENTION.entity | MENTION.date);
    // The fields it cannot go without, and either an entity or a date.
    if ((seen & MENTION_REQUIRED) !== MENTION_REQUIRED || (target !== MENTION.entity && target !== MENTION.date)) decline();
    if (!MENTION_ID_PATTERN.test(id) || quote.length === 0 || end <= start || end - start !== quote.length) decline();
    const before = seen & MENTION.prefix ? prefix : '';
    const after = seen & MENTION.suffix ? suffix : '';
    let mention: FactFileMention;
    if (target === MENTION.entity) {
      if (!ENTITY_ID_PATTERN.test(entity)) decline();
      mention = { id, entity, quote, prefix: before, suffix: after, start, end };
    } else {
      if (!ISO_DATE_OR_RANGE_PATTERN.test(date)) decline();
      mention = { id, date, quote, prefix: before, suffix: after, start, end };
    }
    if (seen & MENTION.orphaned) mention.orphaned = v[8] as boolean;
    return mention;
  }

  private readRejection(): Rejection {
    const v = this.values;
    const seen = this.readFields(REJECTION_KEYS, 4, v);
    const [quote, prefix, suffix] = v as string[];
    const [start, end, entity] = [v[3] as number, v[4] as number, v[5] as string];
    if ((seen & REJECTION_REQUIRED) !== REJECTION_REQUIRED || quote.length === 0) decline();
    const rejection: Rejection = { quote, prefix: seen & REJECTION.prefix ? prefix : '', suffix: seen & REJECTION.suffix ? suffix : '', start, end };
    if (seen & REJECTION.entity) {
      if (!ENTITY_ID_PATTERN.test(entity)) decline();
      rejection.entity = entity;
    }
    return rejection;
  }

  private readFact(): Fact {
    const v = this.values;
    const seen = this.readFields(FACT_KEYS, 4, v);
    const kind = FACT_KINDS.get(v[1] as string);
    if (!(seen & 2) || !kind || (seen & kind.required) !== kind.required || (seen & ~kind.allowed) !== 0) decline();
    const fact: Record<string, unknown> = {};
    for (const field of kind.order) {
      if (!(seen & (1 << field))) continue;
      const value = v[field];
      if (field !== FACT_EVIDENCE && !FACT_FIELD_RULES[field](value as string)) decline();
      fact[FACT_KEYS.names[field]] = value;
    }
    return fact as unknown as Fact;
  }

  /** A fact's evidence: mention ids, `      - ` each. */
  private readEvidence(): string[] {
    const { text } = this;
    this.expect(LF);
    const ids: string[] = [];
    while (text.startsWith('      - ', this.pos)) {
      this.pos += 8;
      if (text.charCodeAt(this.pos) === PIPE) decline();
      const id = this.readScalar(6);
      if (typeof id !== 'string' || !MENTION_ID_PATTERN.test(id)) decline();
      ids.push(id);
    }
    if (ids.length === 0) decline();
    return ids;
  }
}

/** What a field holds: the `typeof` of its value, or a list of mention ids. */
type FieldKind = 'string' | 'number' | 'boolean' | typeof EVIDENCE;
const EVIDENCE = 'evidence';

/** The keys of one kind of mapping: a key's place among them is found by its length and first letter, then checked, without slicing it out of the text. */
class Keys {
  readonly names: readonly string[];
  readonly kinds: readonly FieldKind[];
  private readonly byShape = new Map<number, number[]>();

  constructor(fields: readonly (readonly [string, FieldKind])[]) {
    this.names = fields.map(([name]) => name);
    this.kinds = fields.map(([, kind]) => kind);
    this.names.forEach((name, i) => {
      const shape = name.length * 128 + name.charCodeAt(0);
      this.byShape.set(shape, [...(this.byShape.get(shape) ?? []), i]);
    });
  }

  /** The bits of these keys in what `readFields` returns. */
  bits(...names: string[]): number {
    return names.reduce((bits, name) => bits | (1 << this.names.indexOf(name)), 0);
  }

  /** The place of the key `text.slice(start, end)`; declines a key not among them. */
  find(text: string, start: number, end: number): number {
    const candidates = this.byShape.get((end - start) * 128 + text.charCodeAt(start));
    if (candidates) for (const i of candidates) if (text.startsWith(this.names[i], start)) return i;
    return decline();
  }
}

const TOP_KEYS = new Keys([
  ['schema', 'string'],
  ['article', 'string'],
  ['mentions', 'string'],
  ['facts', 'string'],
  ['rejections', 'string'],
]);
const ARTICLE_KEYS = new Keys([
  ['file', 'string'],
  ['language', 'string'],
  ['publisher', 'string'],
  ['published', 'string'],
  ['textHash', 'string'],
]);
const MENTION_KEYS = new Keys([
  ['id', 'string'],
  ['entity', 'string'],
  ['date', 'string'],
  ['quote', 'string'],
  ['prefix', 'string'],
  ['suffix', 'string'],
  ['start', 'number'],
  ['end', 'number'],
  ['orphaned', 'boolean'],
]);
const REJECTION_KEYS = new Keys([
  ['quote', 'string'],
  ['prefix', 'string'],
  ['suffix', 'string'],
  ['start', 'number'],
  ['end', 'number'],
  ['entity', 'string'],
]);
const FACT_KEYS = new Keys([
  ['id', 'string'],
  ['type', 'string'],
  ['event', 'string'],
  ['organization', 'string'],
  ['city', 'string'],
  ['start', 'string'],
  ['end', 'string'],
  ['person', 'string'],
  ['status', 'string'],
  ['role', 'string'],
  ['country', 'string'],
  ['evidence', EVIDENCE],
]);
const FACT_EVIDENCE = FACT_KEYS.names.indexOf('evidence');

/** Each field's bit, by name. */
function bitsOf(keys: Keys): Record<string, number> {
  return Object.fromEntries(keys.names.map((name) => [name, keys.bits(name)]));
}
const ARTICLE = bitsOf(ARTICLE_KEYS);
const ARTICLE_REQUIRED = ARTICLE_KEYS.bits('file', 'textHash');
const MENTION = bitsOf(MENTION_KEYS);
const MENTION_REQUIRED = MENTION_KEYS.bits('id', 'quote', 'start', 'end');
const REJECTION = bitsOf(REJECTION_KEYS);
const REJECTION_REQUIRED = REJECTION_KEYS.bits('quote', 'start', 'end');

/** What each field of a fact must match (evidence was checked as it was read), by its place in FACT_KEYS. */
const FACT_FIELD_RULES: ((value: string) => boolean)[] = FACT_KEYS.names.map((name) => {
  switch (name) {
    case 'id':
      return (v) => FACT_ID_PATTERN.test(v);
    case 'event':
      return (v) => EVENT_ID.test(v);
    case 'organization':
      return (v) => ORGANIZATION_ID.test(v);
    case 'city':
    case 'country':
      return (v) => PLACE_ID.test(v);
    case 'person':
      return (v) => PERSON_ID.test(v);
    case 'start':
    case 'end':
      return (v) => PARTIAL_ISO_DATE_PATTERN.test(v);
    case 'status':
      return (v) => (ATTENDANCE_STATUSES as readonly string[]).includes(v);
    case 'role':
      return (v) => v.length > 0;
    default:
      // The type, checked before.
      return () => true;
  }
});

/** Each kind of fact: its fields in the order of its schema, and which it must have and may have, a bit each. */
function factKind(order: string[], optional: string[]): { order: number[]; required: number; allowed: number } {
  const mask = (names: string[]) => names.reduce((bits, name) => bits | (1 << FACT_KEYS.names.indexOf(name)), 0);
  return { order: order.map((name) => FACT_KEYS.names.indexOf(name)), required: mask(order.filter((name) => !optional.includes(name))), allowed: mask(order) };
}
const FACT_KINDS = new Map<string, ReturnType<typeof factKind>>([
  ['summit', factKind(['id', 'type', 'event', 'organization', 'city', 'start', 'end', 'evidence'], ['event', 'end'])],
  ['attendance', factKind(['id', 'type', 'person', 'event', 'status', 'evidence'], [])],
  ['role', factKind(['id', 'type', 'person', 'role', 'country', 'organization', 'evidence'], ['country', 'organization'])],
]);

/** The rules across lists: mention and fact ids unique, and every fact's evidence a mention of the file. */
function checkReferences(factFile: FactFile): void {
  const mentionIds = new Set<string>();
  for (const mention of factFile.mentions) {
    if (mentionIds.has(mention.id)) decline();
    mentionIds.add(mention.id);
  }
  const factIds = new Set<string>();
  for (const fact of factFile.facts) {
    if (factIds.has(fact.id)) decline();
    factIds.add(fact.id);
    for (const id of fact.evidence) if (!mentionIds.has(id)) decline();
  }
}

/**
 * The fact file, when the text is laid out as the writer lays it out and is valid: the same fact
 * file as `parseFactFile` gives. Undefined for anything else, which the caller reads otherwise.
 */
export function readFactFileAsWritten(text: string): FactFile | undefined {
  try {
    return new LayoutReader(text).read();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}
