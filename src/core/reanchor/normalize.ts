// Typographic normalization for re-anchoring: the changes an article goes through without its words
// changing (curly or straight quotes, dashes, non-breaking spaces, line breaks, CRLF, soft hyphens)
// are folded away, so a quote and its context can be found again by plain string search. Case and
// letters are kept as they are: a different spelling is a different text.
//
// The normalized text remembers where each of its units came from, so that a span found in it maps
// back to exact UTF-16 offsets in the original.
import { lowerBound } from '../text/binarySearch';

/** Text normalized for matching, with a map back to the original. */
export interface NormalizedText {
  readonly text: string;
  /** `start[i]` is the original offset of the character that normalized unit `i` came from. */
  readonly start: Int32Array;
  /**
   * `end[i]` is where that character ends in the original; for a run of whitespace folded into one
   * space, where the run ends. A normalized span [s, e) is the original span [start[s], end[e - 1]).
   */
  readonly end: Int32Array;
}

const APOSTROPHE = 0x27;
const QUOTATION_MARK = 0x22;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const DROP = -1;
const ELLIPSIS = -2;

// What each non-ASCII character becomes; characters not listed stay as they are.
const FOLD = new Map<number, number>();
for (const c of '\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc\u02bb\u2039\u203a\u0060') FOLD.set(c.charCodeAt(0), APOSTROPHE);
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') FOLD.set(c.charCodeAt(0), QUOTATION_MARK);
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') FOLD.set(c.charCodeAt(0), HYPHEN);
for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') FOLD.set(c.charCodeAt(0), DROP);
FOLD.set(0x2026, ELLIPSIS);

function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/**
 * Normalizes a text: runs of whitespace of any kind (spaces, tabs, line breaks, CRLF, NBSP and the
 * other Unicode spaces) become one space; curly and angle quotes become straight ones; dashes
 * become a hyphen-minus; the ellipsis becomes three full stops; soft hyphens, zero-width
 * characters and byte-order marks are dropped. O(n).
 */
export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  let capacity = n + 16;
  let codes = new Uint16Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let length = 0;
  const push = (code: number, from: number, to: number) => {
    if (length === capacity) {
      capacity *= 2;
      const c = new Uint16Array(capacity);
      c.set(codes);
      codes = c;
      const s = new Int32Array(capacity);
      s.set(start);
      start = s;
      const e = new Int32Array(capacity);
      e.set(end);
      end = e;
    }
    codes[length] = code;
    start[length] = from;
    end[length] = to;
    length++;
  };

  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (isWhitespace(code)) {
      const from = i;
      i++;
      while (i < n && (isWhitespace(original.charCodeAt(i)) || FOLD.get(original.charCodeAt(i)) === DROP)) i++;
      push(SPACE, from, i);
      continue;
    }
    if (code < 0x80) {
      push(code, i, i + 1);
      i++;
      continue;
    }
    const folded = FOLD.get(code);
    if (folded === undefined) push(code, i, i + 1);
    else if (folded === ELLIPSIS) {
      for (let k = 0; k < 3; k++) push(0x2e, i, i + 1);
    } else if (folded !== DROP) push(folded, i, i + 1);
    i++;
  }

  const parts: string[] = [];
  const CHUNK = 8192;
  for (let p = 0; p < length; p += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(p, Math.min(length, p + CHUNK)) as unknown as number[]));
  }
  return { text: parts.join(''), start: start.slice(0, length), end: end.slice(0, length) };
}

/** The normalized form of a short string (a quote or its context), without the map. */
export function normalizeString(s: string): string {
  // Most quotes and contexts are plain: skip the work when nothing would change.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 || (code !== SPACE && isWhitespace(code)) || (code === SPACE && s.charCodeAt(i + 1) === SPACE)) plain = false;
  }
  return plain ? s : normalizeText(s).text;
}

/** The first normalized unit that comes from the original offset `offset` or after it. */
export function normalizedOffset(normalized: NormalizedText, offset: number): number {
  return lowerBound(normalized.start, offset);
}
