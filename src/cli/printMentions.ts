// What `recognize` prints: a table for people, or JSON for programs, in one of two shapes:
//   --json   an array, indented as JSON.stringify(mentions, null, 2) writes it (what people read);
//   --jsonl  one compact JSON object per line, per mention (what pipelines read, line by line).
// Each mention has the same fields in both, in this order: start, end (UTF-16 offsets), text, type,
// and, when they apply, id and name (the entity), iso (a date's ISO 8601 value) and approximate.
// The JSON is built field by field rather than through JSON.stringify of each mention: at 350,000
// mentions that took a quarter of the whole run. A unit test checks it against JSON.stringify.
import type { Mention } from '../core/recognizer/mention';
import { escapeUnsafeCharacters } from '../core/text/printable';

export type MentionFormat = 'table' | 'json' | 'jsonl';

/** Where the text goes: resolves when it may be given more. */
export type Writer = (chunk: string) => Promise<void>;

/** Writes `chunk` to stdout, waiting when the pipe is full so that a large output is not all held in memory. */
export function writeToStdout(chunk: string): Promise<void> {
  return new Promise((done, fail) => {
    const onError = (error: Error) => fail(error);
    process.stdout.once('error', onError);
    const finish = () => {
      process.stdout.off('error', onError);
      done();
    };
    if (process.stdout.write(chunk)) finish();
    else process.stdout.once('drain', finish);
  });
}

/** Text is handed to the writer in pieces of about this many UTF-16 units. */
const CHUNK = 1 << 16;

/** Collects text and hands it to the writer a chunk at a time. */
class ChunkedWriter {
  private buffer = '';

  constructor(
    private readonly write: Writer,
    private readonly finishChunk: (chunk: string) => string = (chunk) => chunk,
  ) {}

  async add(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.write(this.finishChunk(chunk));
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
    await write('\n');
    return;
  }
  const out = new ChunkedWriter(write);
  for (const row of rows) await out.add(`${row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ')}\n`);
  await out.flush();
}

/**
 * One mention's fields as JSON members after `"type"`, each preceded by `separator` (`,` or
 * `,\n    `) and `"key":` plus `space`. The entity's part is the same for each of its mentions, so it
 * is made once per entity.
 */
class MentionJson {
  private readonly entityParts = new Map<string, { name: string | undefined; json: string }>();

  constructor(
    private readonly separator: string,
    private readonly space: string,
  ) {}

  private member(key: string, json: string): string {
    return `${this.separator}"${key}":${this.space}${json}`;
  }

  private entityPart(id: string, name: string | undefined): string {
    const known = this.entityParts.get(id);
    if (known !== undefined && known.name === name) return known.json;
    const json = this.member('id', JSON.stringify(id)) + (name === undefined ? '' : this.member('name', JSON.stringify(name)));
    this.entityParts.set(id, { name, json });
    return json;
  }

  /** The members of `m`, without the braces. */
  members(m: Mention): string {
    let json = `"start":${this.space}${m.start}${this.member('end', String(m.end))}${this.member('text', JSON.stringify(m.text))}${this.member('type', JSON.stringify(m.type))}`;
    if (m.id !== undefined) json += this.entityPart(m.id, m.name);
    else if (m.name !== undefined) json += this.member('name', JSON.stringify(m.name));
    if (m.iso !== undefined) json += this.member('iso', JSON.stringify(m.iso));
    if (m.approximate !== undefined) json += this.member('approximate', String(m.approximate));
    return json;
  }
}

/** The same text as JSON.stringify(mentions, null, 2) of each mention's fields, written a piece at a time. */
async function printJson(mentions: readonly Mention[], write: Writer): Promise<void> {
  if (mentions.length === 0) {
    await write('[]\n');
    return;
  }
  const json = new MentionJson(',\n    ', ' ');
  const out = new ChunkedWriter(write);
  await out.add('[\n');
  for (let i = 0; i < mentions.length; i++) await out.add(`${i > 0 ? ',\n' : ''}  {\n    ${json.members(mentions[i])}\n  }`);
  await out.add('\n]\n');
  await out.flush();
}

/** JSON allows U+2028 and U+2029 raw in strings, but some line readers take them for line ends. */
function escapeLineSeparators(chunk: string): string {
  if (!chunk.includes('\u2028') && !chunk.includes('\u2029')) return chunk;
  return chunk.replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** One compact JSON object per mention, one per line; U+2028 and U+2029 escaped, so that a line is a mention. */
async function printJsonLines(mentions: readonly Mention[], write: Writer): Promise<void> {
  const json = new MentionJson(',', '');
  // Outside strings JSON here is ASCII: a line separator in a chunk is always inside a string.
  const out = new ChunkedWriter(write, escapeLineSeparators);
  for (const m of mentions) await out.add(`{${json.members(m)}}\n`);
  await out.flush();
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
