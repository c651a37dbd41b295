// What `recognize` prints: a table for people, or JSON for programs, in one of two shapes:
//   --json   an array, indented as JSON.stringify(mentions, null, 2) writes it (what people read);
//   --jsonl  one compact JSON object per line, per mention (what pipelines read, line by line).
// Each mention has the same fields in both, in this order: start, end (UTF-16 offsets), text, type,
// and, when they apply, id and name (the entity), alternatives (other entities the words may name),
// iso (a date's ISO 8601 value), role and guess (a candidate's title, and what it may be besides a
// person) and approximate.
// The JSON is written field by field straight into UTF-8 bytes rather than through JSON.stringify of
// each mention and a string per chunk: at 350,000 mentions building, joining and encoding strings
// took a quarter of the whole run. A unit test checks it against JSON.stringify.
import type { Mention } from '../core/recognizer/mention';
import { escapeUnsafeCharacters } from '../core/text/printable';
import { JsonBytes } from '../core/text/jsonBytes';

export type MentionFormat = 'table' | 'json' | 'jsonl';

/** Where the output goes, as UTF-8: resolves when the chunk is written (its buffer is then filled again). */
export type Writer = (chunk: Uint8Array) => Promise<void>;

/** Writes `chunk` to stdout, resolving once it is written, so that a large output is not all held in memory. */
export function writeToStdout(chunk: Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    // The stream also emits a failed write's error: this listener takes it (a closed pipe is a rejection, not a crash).
    const onError = (error: Error) => fail(error);
    process.stdout.once('error', onError);
    process.stdout.write(chunk, (error) => {
      if (error) return fail(error);
      process.stdout.off('error', onError);
      done();
    });
  });
}

/** Output is handed to the writer in pieces of about this many bytes (UTF-16 units for the table). */
const CHUNK = 1 << 20;

/** Collects the table's text and hands it to the writer a chunk at a time. */
class ChunkedWriter {
  private buffer = '';

  constructor(private readonly write: Writer) {}

  async add(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.write(Buffer.from(chunk, 'utf8'));
  }
}

/** A cell of the table: whitespace runs as one space, and nothing that could act on the terminal. */
function printable(text: string): string {
  return escapeUnsafeCharacters(text.replace(/\s+/g, ' '));
}

/** The mentions as a table, column widths from the widest cell (at most 48), written as it goes. */
async function printTable(mentions: readonly Mention[], write: Writer): Promise<void> {
  const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.type, printable(m.text), printable(m.iso ?? m.id ?? (m.role ? `(${m.role})` : ''))]);
  // A loop, not Math.max(...cells): a spread of a million arguments overflows the stack.
  const widths = [0, 0, 0];
  for (const row of rows) for (let c = 0; c < 3; c++) widths[c] = Math.min(48, Math.max(widths[c], row[c].length));
  if (rows.length === 0) {
    await write(JsonBytes.ascii('\n'));
    return;
  }
  const out = new ChunkedWriter(write);
  for (const row of rows) await out.add(`${row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ')}\n`);
  await out.flush();
}

/**
 * Mentions as JSON objects, written into UTF-8 bytes field by field. `layout` gives the bytes
 * around them: compact (`--jsonl`) or indented as JSON.stringify(mentions, null, 2) (`--json`).
 * The entity's part (`"id"` and `"name"`) is the same for each of its mentions, so it is encoded
 * once per entity.
 */
class MentionJson {
  private readonly entityParts = new Map<string, { name: string | undefined; bytes: Uint8Array }>();
  /** `"type":` and the type, by type: a handful of them. */
  private readonly typeParts = new Map<string, Uint8Array>();
  private readonly keys: Record<'start' | 'end' | 'text' | 'type' | 'id' | 'name' | 'alternatives' | 'iso' | 'role' | 'guess' | 'approximate', Uint8Array>;
  /** The bytes that open a list, go between its items and close it (`alternatives`). */
  private readonly list: { open: Uint8Array; between: Uint8Array; close: Uint8Array; empty: Uint8Array };
  readonly out: JsonBytes;

  constructor(
    /** What goes between two members, and between a key and its value. */
    separator: string,
    space: string,
    escapeLineSeparators: boolean,
  ) {
    const key = (name: string, first = false) => JsonBytes.ascii(`${first ? '' : separator}"${name}":${space}`);
    this.keys = {
      start: key('start', true),
      end: key('end'),
      text: key('text'),
      type: key('type'),
      id: key('id'),
      name: key('name'),
      alternatives: key('alternatives'),
      iso: key('iso'),
      role: key('role'),
      guess: key('guess'),
      approximate: key('approximate'),
    };
    // A list's items one level deeper than the members, as JSON.stringify indents them; compact, none.
    const itemSeparator = separator.includes('\n') ? `${separator}  ` : separator;
    const itemIndent = itemSeparator.slice(1);
    this.list = {
      open: JsonBytes.ascii(`[${itemIndent}`),
      between: JsonBytes.ascii(itemSeparator),
      close: JsonBytes.ascii(`${separator.slice(1)}]`),
      empty: JsonBytes.ascii('[]'),
    };
    this.out = new JsonBytes(CHUNK, escapeLineSeparators);
  }

  private entityPart(id: string, name: string | undefined): Uint8Array {
    const known = this.entityParts.get(id);
    if (known !== undefined && known.name === name) return known.bytes;
    const bytes = this.out.encoded((json) => {
      json.raw(this.keys.id);
      json.string(id);
      if (name === undefined) return;
      json.raw(this.keys.name);
      json.string(name);
    });
    this.entityParts.set(id, { name, bytes });
    return bytes;
  }

  private typePart(type: string): Uint8Array {
    let bytes = this.typeParts.get(type);
    if (bytes === undefined) {
      bytes = this.out.encoded((json) => {
        json.raw(this.keys.type);
        json.string(type);
      });
      this.typeParts.set(type, bytes);
    }
    return bytes;
  }

  /** The members of `m`, without the braces. */
  members(m: Mention): void {
    const { out, keys } = this;
    out.raw(keys.start);
    out.number(m.start);
    out.raw(keys.end);
    out.number(m.end);
    out.raw(keys.text);
    out.string(m.text);
    out.raw(this.typePart(m.type));
    if (m.id !== undefined) out.raw(this.entityPart(m.id, m.name));
    else this.optionalString(keys.name, m.name);
    if (m.alternatives !== undefined) {
      out.raw(keys.alternatives);
      this.strings(m.alternatives);
    }
    this.optionalString(keys.iso, m.iso);
    this.optionalString(keys.role, m.role);
    this.optionalString(keys.guess, m.guess);
    if (m.approximate !== undefined) {
      out.raw(keys.approximate);
      out.boolean(m.approximate);
    }
  }

  /** The member `key` (its bytes) with `value`, when there is one. */
  private optionalString(key: Uint8Array, value: string | undefined): void {
    if (value === undefined) return;
    this.out.raw(key);
    this.out.string(value);
  }

  /** A list of strings, laid out as the members are. */
  private strings(values: readonly string[]): void {
    const { out, list } = this;
    if (values.length === 0) {
      out.raw(list.empty);
      return;
    }
    out.raw(list.open);
    for (let i = 0; i < values.length; i++) {
      if (i > 0) out.raw(list.between);
      out.string(values[i]);
    }
    out.raw(list.close);
  }
}

/** The same text as JSON.stringify(mentions, null, 2) of each mention's fields, written a chunk at a time. */
async function printJson(mentions: readonly Mention[], write: Writer): Promise<void> {
  if (mentions.length === 0) {
    await write(JsonBytes.ascii('[]\n'));
    return;
  }
  const json = new MentionJson(',\n    ', ' ', false);
  const { out } = json;
  const open = JsonBytes.ascii('[\n  {\n    ');
  const between = JsonBytes.ascii('\n  },\n  {\n    ');
  out.raw(open);
  for (let i = 0; i < mentions.length; i++) {
    if (i > 0) out.raw(between);
    json.members(mentions[i]);
    if (out.full) await out.flush(write);
  }
  out.raw(JsonBytes.ascii('\n  }\n]\n'));
  await out.flush(write);
}

/** One compact JSON object per mention, one per line; U+2028 and U+2029 escaped, so that a line is a mention. */
async function printJsonLines(mentions: readonly Mention[], write: Writer): Promise<void> {
  if (mentions.length === 0) return;
  const json = new MentionJson(',', '', true);
  const { out } = json;
  const open = JsonBytes.ascii('{');
  const close = JsonBytes.ascii('}\n');
  for (const m of mentions) {
    out.raw(open);
    json.members(m);
    out.raw(close);
    if (out.full) await out.flush(write);
  }
  await out.flush(write);
}

/** Prints the mentions in `format` through `write` (stdout by default). */
export async function printMentions(mentions: readonly Mention[], format: MentionFormat, write: Writer = writeToStdout): Promise<void> {
  switch (format) {
    case 'table':
      return printTable(mentions, write);
    case 'json':
      return printJson(mentions, write);
    case 'jsonl':
      return printJsonLines(mentions, write);
  }
}
