// Reads a large YAML file fast, with js-yaml, and says where each top-level entry and each item of
// a top-level block sequence lies, so that a problem's line, column and field can be found by
// reading only that piece again with the `yaml` package (see `pieceLocator`). The `yaml` package
// builds a concrete syntax tree and then a document of node objects, far too slow and too large
// for a knowledge base of many thousands of entities; js-yaml builds the data directly.
//
// The data must be what the `yaml` package's `toJS` gives (test/unit/yamlPieces.test.ts compares
// the two on generated files). So a file is read here only when nothing in it could be read
// differently: anything js-yaml refuses or warns about, and anything the two read differently or
// where js-yaml is the more lenient (keys that are not strings, explicit `?` keys, tags, anchors
// and aliases, directives, empty items of block sequences, over-long keys, comments glued to what
// precedes them, tabs in indentation), gives undefined, and the caller reads the file with the
// `yaml` package, which also says what is wrong and where.
import { load, type State } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './coreSchema';
import { MAX_YAML_DEPTH } from './limits';
import type { LineRange, YamlPieces } from './locate';

export interface YamlWithPieces extends YamlPieces {
  /** The top-level mapping, as `yaml`'s `toJS` gives it. */
  data: Record<string, unknown>;
}

/** The longest implicit key read here: the `yaml` package takes implicit keys of up to 1024 characters. */
const MAX_KEY_LENGTH = 1000;

const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
const GLUED_COMMENT = /["'[\]{},]#/;
const GLUED_MARKER = /^(?:---|\.\.\.)[^ \t\r\n]/m;
const TAB_INDENT = /^ *\t/m;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** A node of the document's top level (the root mapping's keys and values), as the listener saw it. */
interface TopNode {
  /** Where it opened (for a value, before the space after its key's `:`). */
  open: number;
  /** The start of the line it opened on. */
  lineStart: number;
  /** Where each node nested directly in it opened: a sequence's items. */
  children: number[];
}

// What a node in a flow mapping is: its keys and values come in turn, but a key may stand alone.
const NOT_FLOW_MAPPING = 1;
const EXPECT_KEY = 2;
const EXPECT_VALUE = 3;

/**
 * Follows js-yaml's parse through its `listener` ('open' and 'close' of every node, with the
 * parser's position): notes where the top level's keys and values and their items are, and
 * whether the file holds anything the two readers could read differently.
 */
class PieceListener {
  /** Something js-yaml could read otherwise than the `yaml` package: the file is left to the latter. */
  differs = false;
  readonly keys: { key: string; node: TopNode }[] = [];
  readonly values: TopNode[] = [];
  // The nodes open now, outermost first (js-yaml nests no deeper than its maxDepth): where each
  // opened, how many nodes opened in it, and, once its first child opens, whether it is a flow
  // mapping and which comes next in it. Arrays rather than an object per node: millions of them.
  private depth = 0;
  private readonly openedAt = new Int32Array(MAX_YAML_DEPTH + 2);
  private readonly children = new Int32Array(MAX_YAML_DEPTH + 2);
  private readonly flow = new Uint8Array(MAX_YAML_DEPTH + 2);
  private top: TopNode | undefined;

  /** `shift`: what js-yaml cut from the start of the text (a byte-order mark). */
  constructor(
    private readonly text: string,
    private readonly shift: number,
  ) {}

  readonly listen = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') this.opened(state);
    else this.closed(state);
  };

  private opened(state: State): void {
    const at = state.position + this.shift;
    const parent = this.depth - 1;
    if (parent < 0 && hasDirectives(state)) this.differs = true;
    if (this.isExplicitKey(at)) this.differs = true;
    if (parent >= 0) {
      if (this.flow[parent] === 0) {
        // (js-yaml may open a node twice at one place: it tries a flow collection as a key first.)
        const content = contentStart(this.text, this.openedAt[parent]);
        this.flow[parent] = this.text.charCodeAt(content) === 0x7b && at > content ? EXPECT_KEY : NOT_FLOW_MAPPING;
      }
      this.children[parent]++;
    }
    this.openedAt[this.depth] = at;
    this.children[this.depth] = 0;
    this.flow[this.depth] = 0;
    this.depth++;
    if (this.depth === 2) this.top = { open: at, lineStart: state.lineStart + this.shift, children: [] };
    else if (this.depth === 3) this.top?.children.push(at);
  }

  private closed(state: State): void {
    this.depth--;
    const { text, depth } = this;
    const at = this.openedAt[depth];
    const end = state.position + this.shift;
    // A tag (`!`), an anchor (`&`) or an alias (`*`), before the node's content.
    const opening = text.charCodeAt(at);
    const first = opening === SPACE || opening === LF || opening === CR || opening === 0x23 ? text.charCodeAt(contentStart(text, at)) : opening;
    if (first === 0x21 || first === 0x26 || first === 0x2a) this.differs = true;
    // An item with nothing after its `-` opens no node; js-yaml then reads on past the end of a
    // nested sequence, where `yaml` does not.
    if (state.kind === 'sequence' && this.children[depth] < (state.result as unknown[]).length) this.differs = true;
    const isKey = text.charCodeAt(skipSpaces(text, end)) === 0x3a;
    // In a flow mapping, a key may stand without a `:` and a value.
    const parent = depth - 1;
    const inKeyPlace = parent >= 0 && this.flow[parent] === EXPECT_KEY;
    if (parent >= 0 && this.flow[parent] !== NOT_FLOW_MAPPING) this.flow[parent] = inKeyPlace && isKey ? EXPECT_VALUE : EXPECT_KEY;
    if ((isKey || inKeyPlace) && (state.kind !== 'scalar' || typeof state.result !== 'string' || end - at > MAX_KEY_LENGTH)) this.differs = true;
    if (depth === 1 && this.top) {
      if (isKey) this.keys.push({ key: state.result as string, node: this.top });
      else this.values.push(this.top);
    }
  }

  /** Whether a node opening at `position` follows a `?` indicator: an explicit key. */
  private isExplicitKey(position: number): boolean {
    let p = position - 1;
    while (p >= 0 && (this.text.charCodeAt(p) === SPACE || this.text.charCodeAt(p) === TAB)) p--;
    if (this.text.charCodeAt(p) !== 0x3f) return false;
    const before = p > 0 ? this.text.charCodeAt(p - 1) : LF;
    return before === SPACE || before === TAB || before === LF || before === CR || before === 0x7b || before === 0x5b || before === 0x2c;
  }
}

/** `%YAML` or `%TAG` directives: `yaml` then reads the document by another version or tags. */
function hasDirectives(state: State): boolean {
  const { version, tagMap } = state as State & { version: string | null; tagMap: Record<string, string> };
  return version !== null || Object.keys(tagMap).length > 0;
}

function skipSpaces(text: string, from: number): number {
  let p = from;
  while (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB) p++;
  return p;
}

/** The start of the line after the one `offset` is on (the text's length on the last line). */
function nextLineStart(text: string, offset: number): number {
  const feed = text.indexOf('\n', offset);
  return feed < 0 ? text.length : feed + 1;
}

/** The first character at or after `from` that is not a space, a line break or in a comment. */
function contentStart(text: string, from: number): number {
  let p = from;
  for (;;) {
    p = skipSpaces(text, p);
    const c = text.charCodeAt(p);
    if (c === LF || c === CR) p++;
    else if (c === 0x23) p = nextLineStart(text, p);
    else return p;
  }
}

/**
 * Where the items of the block sequence whose first `-` is at `first` lie, up to `end`: from the
 * line of each item's `-` to the next one's. A `-` of the sequence stands first on its line, after
 * the sequence's indentation; each item js-yaml read (`opened`, where each opened) must fall in its
 * own range, so that a `-` line inside a multi-line value cannot be taken for an item's.
 * Undefined when they do not.
 */
function itemRanges(text: string, first: number, end: number, opened: readonly number[]): LineRange[] | undefined {
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  const indent = first - lineStart;
  const dashes: number[] = [];
  for (let line = lineStart; line < end; line = nextLineStart(text, line)) {
    const dash = line + indent;
    const after = text.charCodeAt(dash + 1);
    if (skipSpaces(text, line) === dash && text.charCodeAt(dash) === 0x2d && (after === SPACE || after === TAB || after === LF || after === CR || dash + 1 === text.length)) dashes.push(line);
  }
  if (dashes.length !== opened.length) return undefined;
  const ranges = dashes.map((start, k) => ({ start, end: k + 1 < dashes.length ? dashes[k + 1] : end }));
  return ranges.every((range, k) => opened[k] >= range.start && opened[k] < range.end) ? ranges : undefined;
}

/** Where each top-level entry and item lies, from what the listener saw; undefined when it cannot tell. */
function piecesOf(text: string, listener: PieceListener, data: Record<string, unknown>): YamlPieces | undefined {
  const { keys, values } = listener;
  if (keys.length === 0 || keys.length !== values.length) return undefined;
  // Block style: each key starts its line, after the same indentation.
  const indent = keys[0].node.open - keys[0].node.lineStart;
  if (keys.some(({ node }) => node.open - node.lineStart !== indent || skipSpaces(text, node.lineStart) !== node.open)) return undefined;
  const entries = new Map<string, LineRange>();
  const items = new Map<string, LineRange[]>();
  for (let k = 0; k < keys.length; k++) {
    const { key, node } = keys[k];
    // Each entry ends where the next one starts: comments between them go with the first.
    const end = k + 1 < keys.length ? keys[k + 1].node.lineStart : text.length;
    entries.set(key, { start: node.lineStart, end });
    const value = data[key];
    const first = contentStart(text, values[k].open);
    if (!Array.isArray(value) || value.length === 0 || text.charCodeAt(first) !== 0x2d) continue;
    const ranges = itemRanges(text, first, end, values[k].children);
    if (!ranges) return undefined;
    items.set(key, ranges);
  }
  return { start: keys[0].node.open, entries, items };
}

/**
 * The text as js-yaml reads it, with what its listener saw; undefined when the `yaml` package could
 * read it otherwise (or not at all).
 */
function readListened(text: string): { data: unknown; listener: PieceListener } | undefined {
  // A carriage return alone ends a line for js-yaml, not for the line counts of `yaml` that the
  // pieces are read with.
  if (text.includes('\r') && LONE_CARRIAGE_RETURN.test(text)) return undefined;
  // Where js-yaml is more lenient than `yaml`: a comment glued to a quote, bracket or comma, a
  // document marker glued to what follows, a tab in a line's indentation.
  if (GLUED_COMMENT.test(text) || GLUED_MARKER.test(text) || (text.includes('\t') && TAB_INDENT.test(text))) return undefined;
  const listener = new PieceListener(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let data: unknown;
  try {
    data = load(text, {
      schema: YAML_CORE_SCHEMA,
      listener: listener.listen,
      onWarning: () => {
        listener.differs = true;
      },
      maxDepth: MAX_YAML_DEPTH,
    } as Parameters<typeof load>[1]);
  } catch {
    return undefined;
  }
  return listener.differs ? undefined : { data, listener };
}

/**
 * The text's top-level mapping as plain data, as `yaml`'s `toJS` gives it; or undefined when the
 * text is not a mapping that js-yaml reads as the `yaml` package does, for the `yaml` package to
 * read. For a file whose problems, if any, the `yaml` package reads again.
 */
export function readYamlMapping(text: string): Record<string, unknown> | undefined {
  const read = readListened(text);
  const data = read?.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/**
 * The text's top-level mapping as plain data, with where its entries and their items lie; or
 * undefined when the text is not a block mapping that js-yaml reads as the `yaml` package does,
 * for the `yaml` package to read.
 */
export function readYamlPieces(text: string): YamlWithPieces | undefined {
  const read = readListened(text);
  const data = read?.data;
  if (!read || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const pieces = piecesOf(text, read.listener, record);
  return pieces && { data: record, ...pieces };
}
