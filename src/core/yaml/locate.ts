// Where a path into a YAML document's data is written in its text, for the line and column of a
// problem: from the `yaml` package's document, or, for a file read without one, from where each of
// its pieces lies.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** Where the nodes of a read file are, for its problems. */
export interface Locator {
  /** The position of the node at `path`, or of its nearest ancestor that exists. */
  at(path: readonly PropertyKey[]): Position;
  /** The position of the key `key` of the mapping at `path`; of its value (or an ancestor) if it has none. */
  keyAt(path: readonly PropertyKey[], key: string): Position;
}

/** The offset of the node at `path`, or of its nearest ancestor that exists. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    const offset = node?.range?.[0] ?? (depth === 0 ? doc.contents?.range?.[0] : undefined);
    if (offset !== undefined) return offset;
  }
  return undefined;
}

/** The offset of the key `key` of the mapping at `path` (rather than of its value), if it is there. */
function keyOffsetOf(doc: Document, path: readonly PropertyKey[], key: string): number | undefined {
  const map = doc.getIn(path as unknown[], true) ?? (path.length === 0 ? doc.contents : undefined);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function linePosition(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** The position of the node at `path`, or of its nearest ancestor that exists. */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): Position {
  const offset = offsetOf(doc, path);
  return offset === undefined ? { line: 1, column: 1 } : linePosition(lines, offset);
}

/** Positions in a document parsed by the `yaml` package. */
export function documentLocator(doc: Document, lines: LineCounter): Locator {
  return {
    at: (path) => positionOf(doc, lines, path),
    keyAt: (path, key) => {
      const offset = keyOffsetOf(doc, path, key);
      return offset === undefined ? positionOf(doc, lines, [...path, key]) : linePosition(lines, offset);
    },
  };
}

/** [start, end) offsets of a piece of the text: whole lines, from the start of the first. */
export interface LineRange {
  start: number;
  end: number;
}

/** Where the pieces of a document whose top level is a mapping lie in its text. */
export interface YamlPieces {
  /** Where the top-level mapping starts: its first key. */
  start: number;
  /** Where each top-level entry lies: its key's line to the end of its value. */
  entries: Map<string, LineRange>;
  /** For each top-level entry whose value is a block sequence: where each of its items lies. */
  items: Map<string, LineRange[]>;
}

/**
 * Positions in a file read without a `yaml` document: the top-level entry or the item of a
 * top-level sequence that a path leads into is parsed again on its own with the `yaml` package,
 * the first time a problem is in it, and its offsets are moved to where it stands.
 */
export function pieceLocator(text: string, pieces: YamlPieces): Locator {
  let lines: LineCounter | undefined;
  const lineCounter = () => {
    if (!lines) {
      lines = new LineCounter();
      lines.addNewLine(0);
      for (let feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', feed + 1)) lines.addNewLine(feed + 1);
    }
    return lines;
  };
  const parsed = new Map<number, Document>();
  /** The piece that `path` leads into, and the path within it. */
  const pieceOf = (path: readonly PropertyKey[]): { start: number; doc: Document; path: PropertyKey[] } | undefined => {
    const key = String(path[0]);
    const items = pieces.items.get(key);
    const index = path[1];
    let range: LineRange | undefined;
    let inner: PropertyKey[];
    if (items && typeof index === 'number' && index < items.length) {
      range = items[index];
      inner = [0, ...path.slice(2)];
    } else {
      range = pieces.entries.get(key);
      inner = [...path];
    }
    if (!range) return undefined;
    let doc = parsed.get(range.start);
    if (!doc) {
      doc = parseDocument(text.slice(range.start, range.end), { uniqueKeys: false, logLevel: 'silent' });
      parsed.set(range.start, doc);
    }
    return { start: range.start, doc, path: inner };
  };
  const top = () => linePosition(lineCounter(), pieces.start);
  const at = (path: readonly PropertyKey[]) => {
    const piece = path.length > 0 ? pieceOf(path) : undefined;
    const offset = piece && offsetOf(piece.doc, piece.path);
    return piece && offset !== undefined ? linePosition(lineCounter(), piece.start + offset) : top();
  };
  return {
    at,
    keyAt: (path, key) => {
      if (path.length === 0) {
        const entry = pieces.entries.get(key);
        return entry ? linePosition(lineCounter(), entry.start) : top();
      }
      const piece = pieceOf(path);
      const offset = piece && keyOffsetOf(piece.doc, piece.path, key);
      return piece && offset !== undefined ? linePosition(lineCounter(), piece.start + offset) : at([...path, key]);
    },
  };
}
