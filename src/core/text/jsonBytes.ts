// JSON text written straight into UTF-8 bytes, a buffer at a time: what is written by the hundred
// thousand (recognize's mentions, the JSON Lines export's records) is escaped and encoded in one
// pass over each string, with no intermediate strings to build, join, scan again and encode.

const HEX = '0123456789abcdef';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** The short escapes JSON.stringify writes for these control characters; the others are \u00XX. */
const SHORT_ESCAPES: Readonly<Record<number, number>> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };

/** The most bytes one UTF-16 unit can take once escaped (`\u001f`, `\udc00`); a pair takes 4 for 2 units. */
const MAX_BYTES_PER_UNIT = 6;

export class JsonBytes {
  private buffer: Uint8Array;
  private at = 0;

  /**
   * `chunkBytes`: how full the buffer is when `full` says to hand it over. `escapeLineSeparators`:
   * write U+2028 and U+2029 as escapes (JSON allows them raw, but some line readers take them for
   * line ends).
   */
  constructor(
    private readonly chunkBytes: number,
    private readonly escapeLineSeparators = false,
  ) {
    this.buffer = new Uint8Array(chunkBytes);
  }

  /** Whether the buffer holds a chunk's worth: time to `flush` it. */
  get full(): boolean {
    return this.at >= this.chunkBytes;
  }

  /**
   * Hands what was written to `write`, then writes the next bytes over them in the same buffer:
   * `write` must be done with its chunk when it resolves. Filling one buffer again and again, rather
   * than a new one each time, saves the system mapping fresh memory for every megabyte of output.
   */
  async flush(write: (chunk: Uint8Array) => Promise<void>): Promise<void> {
    await write(this.buffer.subarray(0, this.at));
    this.at = 0;
  }

  /** What was written, as bytes of their own. */
  copy(): Uint8Array {
    return this.buffer.slice(0, this.at);
  }

  /** Room for `bytes` more, growing the buffer when a single value is larger than what is left. */
  private reserve(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const larger = new Uint8Array(Math.max(2 * this.buffer.length, this.at + bytes));
    larger.set(this.buffer.subarray(0, this.at));
    this.buffer = larger;
  }

  /** Bytes as they are: text already encoded (`JsonBytes.ascii`, or an earlier `encoded`). */
  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    const { buffer } = this;
    let at = this.at;
    if (bytes.length > 16) {
      buffer.set(bytes, at);
      at += bytes.length;
    } else for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i];
    this.at = at;
  }

  /** A number as JSON.stringify writes it. */
  number(value: number): void {
    if (!(Number.isSafeInteger(value) && value >= 0)) {
      this.raw(JsonBytes.ascii(JSON.stringify(value)));
      return;
    }
    this.reserve(16);
    const { buffer } = this;
    // Offsets fit in 31 bits: integer division is then a shift of the float division's result.
    const small = value <= 0x7fffffff;
    let digits = 1;
    for (let rest = value; rest >= 10; rest = small ? (rest / 10) | 0 : Math.floor(rest / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let rest = value;
    do {
      const tenth = small ? (rest / 10) | 0 : Math.floor(rest / 10);
      buffer[--at] = 0x30 + (rest - 10 * tenth);
      rest = tenth;
    } while (rest > 0);
  }

  /** `true` or `false`. */
  boolean(value: boolean): void {
    this.raw(value ? TRUE : FALSE);
  }

  /** A string as JSON.stringify writes it (quoted, escaped, lone surrogates as \uXXXX), in UTF-8. */
  string(value: string): void {
    const n = value.length;
    this.reserve(2 + MAX_BYTES_PER_UNIT * n);
    const { buffer } = this;
    let at = this.at;
    buffer[at++] = QUOTE;
    // Most of what is written is printable ASCII, copied as it is until the first unit that is not.
    let i = 0;
    for (; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x20 || c >= 0x80 || c === QUOTE || c === BACKSLASH) break;
      buffer[at++] = c;
    }
    for (; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) buffer[at++] = c;
        else {
          buffer[at++] = BACKSLASH;
          const short = c < 0x20 ? SHORT_ESCAPES[c] : c;
          if (short !== undefined) buffer[at++] = short;
          else at = writeUnicodeEscape(buffer, at, c);
        }
      } else if (c < 0x800) {
        buffer[at++] = 0xc0 | (c >> 6);
        buffer[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < n ? value.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          buffer[at++] = 0xf0 | (point >> 18);
          buffer[at++] = 0x80 | ((point >> 12) & 0x3f);
          buffer[at++] = 0x80 | ((point >> 6) & 0x3f);
          buffer[at++] = 0x80 | (point & 0x3f);
          i++;
        } else {
          // A lone surrogate is not text UTF-8 can hold: JSON.stringify escapes it.
          buffer[at++] = BACKSLASH;
          at = writeUnicodeEscape(buffer, at, c);
        }
      } else if ((c === 0x2028 || c === 0x2029) && this.escapeLineSeparators) {
        buffer[at++] = BACKSLASH;
        at = writeUnicodeEscape(buffer, at, c);
      } else {
        buffer[at++] = 0xe0 | (c >> 12);
        buffer[at++] = 0x80 | ((c >> 6) & 0x3f);
        buffer[at++] = 0x80 | (c & 0x3f);
      }
    }
    buffer[at++] = QUOTE;
    this.at = at;
  }

  /**
   * Any JSON value as JSON.stringify writes it: members whose value is undefined, a function or a
   * symbol left out of objects and written as null in arrays; what needs more than plain data
   * (`toJSON`) taken through JSON.stringify.
   */
  value(value: unknown): void {
    switch (typeof value) {
      case 'string':
        return this.string(value);
      case 'number':
        return this.number(value);
      case 'boolean':
        return this.boolean(value);
      case 'object':
        if (value === null) return this.raw(NULL_BYTES);
        if (Array.isArray(value)) return this.array(value);
        if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return this.value(JSON.parse(JSON.stringify(value)));
        return this.object(value as Record<string, unknown>);
      case 'bigint':
        JSON.stringify(value); // throws, as JSON.stringify does
    }
    this.raw(NULL_BYTES);
  }

  private array(items: readonly unknown[]): void {
    this.byte(0x5b);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.value(items[i]);
    }
    this.byte(0x5d);
  }

  private object(record: Record<string, unknown>): void {
    this.byte(0x7b);
    let first = true;
    for (const key of Object.keys(record)) {
      const member = record[key];
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      if (!first) this.byte(0x2c);
      first = false;
      this.string(key);
      this.byte(0x3a);
      this.value(member);
    }
    this.byte(0x7d);
  }

  /** One ASCII byte: punctuation. */
  byte(code: number): void {
    this.reserve(1);
    this.buffer[this.at++] = code;
  }

  /** What `write` would add here, as bytes of their own, to be given to `raw` again and again. */
  encoded(write: (json: JsonBytes) => void): Uint8Array {
    const json = new JsonBytes(256, this.escapeLineSeparators);
    write(json);
    return json.copy();
  }

  /** ASCII text (punctuation, keys) as bytes, to be given to `raw`. */
  static ascii(text: string): Uint8Array {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }
}

const TRUE = JsonBytes.ascii('true');
const NULL_BYTES = JsonBytes.ascii('null');
const FALSE = JsonBytes.ascii('false');

/** `u` and four small hexadecimal digits, after the backslash. */
function writeUnicodeEscape(buffer: Uint8Array, at: number, code: number): number {
  buffer[at++] = 0x75;
  buffer[at++] = HEX.charCodeAt((code >> 12) & 0xf);
  buffer[at++] = HEX.charCodeAt((code >> 8) & 0xf);
  buffer[at++] = HEX.charCodeAt((code >> 4) & 0xf);
  buffer[at++] = HEX.charCodeAt(code & 0xf);
  return at;
}
