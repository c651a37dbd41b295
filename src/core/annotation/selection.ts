// What a selection annotates: the selected text without the spaces and punctuation a hand takes
// along (a comma, a quote, a bracket, a full stop), keeping what belongs to the name ("D.C.",
// "Interaction-2024", «Взаимодействие» inside "учения «Взаимодействие»"); and, with nothing
// selected, the word at the cursor.

export interface Span {
  start: number;
  end: number;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '“': '”', '„': '“', '‘': '’', '‹': '›' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(OPENERS).map(([open, close]) => [close, open]));
/** Quotes written the same on both sides. */
const SYMMETRIC = new Set(['"', "'"]);

const SPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]/u;
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Joins two words into one name at the cursor: "Interaction-2024", "O'Neill", "Nur-Sultan". */
const JOINER = /[-'’‐‑]/u;

/** How many times `char` occurs in `text`. */
function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/**
 * Whether the last character of `inner` (a closing bracket or quote, or a full stop) belongs to
 * the name `inner` is: a bracket or quote opened within it, the stop of an initial ("D.C.").
 */
function endBelongs(inner: string): boolean {
  const last = inner[inner.length - 1];
  const body = inner.slice(0, -1);
  if (last in CLOSERS) return count(body, CLOSERS[last]) > count(body, last);
  if (SYMMETRIC.has(last)) return count(body, last) % 2 === 1;
  // A stop after a single letter that follows a stop or starts the name: an initial.
  if (last === '.') return body.length > 0 && LETTER.test(body[body.length - 1]) && (body.length === 1 || body[body.length - 2] === '.');
  return false;
}

/** Whether the first character of `inner` (an opening bracket or quote) is closed within it. */
function startBelongs(inner: string): boolean {
  const first = inner[0];
  const rest = inner.slice(1);
  if (first in OPENERS) return count(rest, OPENERS[first]) > count(rest, first);
  if (SYMMETRIC.has(first)) return count(rest, first) % 2 === 1;
  return false;
}

/** Whether `inner` is all in one pair of brackets or quotes: "(CSTO)", «ОДКБ». */
function enclosed(inner: string): boolean {
  if (inner.length < 2) return false;
  const first = inner[0];
  const last = inner[inner.length - 1];
  const middle = inner.slice(1, -1);
  if (SYMMETRIC.has(first)) return last === first && !middle.includes(first);
  return OPENERS[first] === last && count(middle, first) === count(middle, last);
}

/**
 * The part of `text` between `start` and `end` that a selection there annotates: without the
 * spaces and punctuation around it that are not part of the name. Empty (start === end) when
 * the selection holds nothing else.
 */
export function trimSelection(text: string, start: number, end: number): Span {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  for (;;) {
    const inner = text.slice(from, to);
    if (inner.length === 0) return { start: from, end: from };
    if (enclosed(inner)) {
      from++;
      to--;
    } else if (SPACE_OR_PUNCTUATION.test(inner[inner.length - 1]) && !endBelongs(inner)) to--;
    else if (SPACE_OR_PUNCTUATION.test(inner[0]) && !startBelongs(inner)) from++;
    else return { start: from, end: to };
  }
}

/**
 * The word at `offset` (or just before it, at the end of a word): letters and digits, joined
 * by hyphens and apostrophes between them. Undefined between words.
 */
export function wordAt(text: string, offset: number): Span | undefined {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD.test(text[i]);
  const joins = (i: number) => JOINER.test(text[i] ?? '') && isWord(i - 1) && isWord(i + 1);
  let at = offset;
  if (!isWord(at) && isWord(at - 1)) at--;
  if (!isWord(at)) return undefined;
  let start = at;
  let end = at + 1;
  while (isWord(start - 1) || joins(start - 1)) start--;
  while (isWord(end) || joins(end)) end++;
  return { start, end };
}
