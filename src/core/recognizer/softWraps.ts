// A hard-wrapped article (saved at 72 columns, as wire copy and mail often are) breaks its lines
// wherever the next word would not fit: a name ("Commonwealth of Independent⏎States"), a date
// ("on 26⏎November") or a preposition and its month may be split by a line break. The recognizer
// reads such a break as a space, in an article that is hard-wrapped: several of its lines of a
// wrap's width go on onto the next line mid-sentence, and no more of them are wider than a wrap.
// (A headline over a shorter first paragraph, or a letterhead over "PRESS SERVICE", is no such
// article.) A break is taken for a wrap the way a wrapping editor makes one: within a piece of the
// article (cuts.ts), the next line's first word would not have fitted on the line before it, at
// the width of the piece's longest line, and that next line goes on the same way or ends its
// paragraph. A headline above a longer paragraph, a byline under a long headline, or a short line
// of a list keeps its break; so does a paragraph written on one long line, since no one wraps at
// hundreds of columns. A word a typeset page hyphenated at a line's end (a PDF's text) is read
// whole (`hyphenationAt`).
import { cutPoints, endsNothing } from './cuts';

/** The narrowest and the widest measure a piece is taken to be wrapped at. */
const NARROWEST_WRAP = 32;
const WIDEST_WRAP = 160;

/** How many lines of a wrap's width must go on onto the next mid-sentence for an article to be hard-wrapped. */
const WRAPPED_LINES = 3;

/**
 * Whether `text` is hard-wrapped: at least WRAPPED_LINES lines of a wrap's width go on onto a
 * next line without ending a sentence, and they outnumber the lines wider than a wrap.
 */
export function isHardWrapped(text: string): boolean {
  // Read at every keystroke over the whole article: a loop of its own, with no array of its lines.
  let goOn = 0;
  let wide = 0;
  let previous = 0;
  let previousLast = 0;
  for (let lineStart = 0; ; ) {
    const feed = text.indexOf('\n', lineStart);
    const lineEnd = feed < 0 ? text.length : feed;
    let contentEnd = lineEnd;
    while (contentEnd > lineStart && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const length = contentEnd - lineStart;
    if (length > WIDEST_WRAP) wide++;
    if (length > 0 && previous >= NARROWEST_WRAP && previous <= WIDEST_WRAP && !endsNothing(previousLast)) goOn++;
    previous = length;
    previousLast = length > 0 ? text.charCodeAt(contentEnd - 1) : 0;
    if (feed < 0) break;
    lineStart = feed + 1;
  }
  return goOn >= WRAPPED_LINES && goOn > wide;
}

/** A text with the line breaks of its wraps read as spaces. */
export interface SoftWraps {
  /** The same length as the text: each wrap's \n (or \r\n) is a space (two), a hyphenation's hyphen and break are soft hyphens. */
  text: string;
}

/** A wrap to read: the units [start, end) of the text read as `as` each. */
interface Join {
  start: number;
  end: number;
  as: string;
}

/** The wraps of `text`, an article or a piece of one that is hard-wrapped; undefined when it has none. */
export function softWraps(text: string): SoftWraps | undefined {
  if (text.indexOf('\n') < 0) return undefined;
  const joins: Join[] = [];
  for (const [start, end] of cutPoints(text)) wrapsIn(text, start, end, joins);
  if (joins.length === 0) return undefined;
  let joined = '';
  let from = 0;
  for (const { start, end, as } of joins) {
    joined += text.slice(from, start) + as.repeat(end - start);
    from = end;
  }
  return { text: joined + text.slice(from) };
}

/** Adds to `joins`, in order, the wraps of the piece [start, end). */
function wrapsIn(text: string, start: number, end: number, joins: Join[]): void {
  // Most pieces are one line: a paragraph written on one line ends with its full stop.
  const firstFeed = text.indexOf('\n', start);
  if (firstFeed < 0 || firstFeed >= end - 1) return;
  const lines = linesOf(text, start, end);
  if (lines.widest < NARROWEST_WRAP || lines.widest > WIDEST_WRAP) return;
  const count = lines.starts.length;
  for (let k = 0; k + 1 < count; k++) {
    const hyphenation = hyphenationAt(text, lines, k);
    if (hyphenation !== undefined) {
      joins.push(hyphenation);
      continue;
    }
    // A line that only fits the next one's first word is a wrap when that line goes on too (or ends
    // in a hyphenated word), or ends its paragraph: a short line with another after it is a line of
    // its own (a byline under a long headline, an item of a list).
    if (!fills(text, lines, k)) continue;
    if (k + 2 < count && lines.lengths[k + 2] > 0 && !fills(text, lines, k + 1) && hyphenationAt(text, lines, k + 1) === undefined) continue;
    const feed = lines.starts[k + 1] - 1;
    const crlf = feed > 0 && text.charCodeAt(feed - 1) === 0x0d;
    joins.push({ start: crlf ? feed - 1 : feed, end: feed + 1, as: ' ' });
  }
}

/**
 * A word hyphenated at the end of line `k`, as a typeset page breaks it (a PDF's text): a letter
 * and a hyphen end the line, and the next line goes on with a letter or a digit. In
 * small letters, the word's parts join ("Lukashen-⏎ko", "Организа-⏎ции", "feb-⏎braio"): the hyphen,
 * the break and the indent are read as soft hyphens, which the recognizer reads through. With a
 * capital or a digit, or a word that English joins with a hyphen ("Russia-⏎led"), the hyphen is
 * the name's own ("Kassym-⏎Jomart", "Interaction-⏎2024"): only the break and the indent are.
 */
function hyphenationAt(text: string, { starts, lengths, indents }: Lines, k: number): Join | undefined {
  const hyphen = starts[k] + lengths[k] - 1;
  if (lengths[k] < 2 || lengths[k + 1] === 0 || text.charCodeAt(hyphen) !== 0x2d || !LETTER.test(text[hyphen - 1])) return undefined;
  // The next line at the same indent, or less (a paragraph's first line may be set in).
  if (indents[k + 1] > indents[k]) return undefined;
  const next = starts[k + 1] + indents[k + 1];
  const first = text[next];
  if (!LETTER_OR_DIGIT.test(first)) return undefined;
  const joinsWord = SMALL_LETTER.test(first) && !JOINED_WITH_HYPHEN.has(wordAt(text, next).toLowerCase());
  return { start: joinsWord ? hyphen : hyphen + 1, end: next, as: SOFT_HYPHEN };
}
const SOFT_HYPHEN = '\u00ad';
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Second parts of English compounds written with a hyphen, which a line may end before: "Russia-⏎led", "Moscow-⏎based". */
const JOINED_WITH_HYPHEN = new Set(
  'led backed based born bound era friendly held leaning linked made oriented owned run speaking style type wide level term year years day'.split(' '),
);

/** The word of letters at `at`. */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && LETTER.test(text[end])) end++;
  return text.slice(at, end);
}

/** A piece's lines: where each starts, its length without the blanks at its end, its indent, and the widest. */
interface Lines {
  starts: number[];
  lengths: number[];
  indents: number[];
  widest: number;
}

function linesOf(text: string, start: number, end: number): Lines {
  const lines: Lines = { starts: [], lengths: [], indents: [], widest: 0 };
  for (let lineStart = start; lineStart < end; ) {
    let feed = text.indexOf('\n', lineStart);
    if (feed < 0 || feed >= end) feed = end;
    let contentEnd = feed;
    while (contentEnd > lineStart && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    let indent = 0;
    while (lineStart + indent < contentEnd && isBlank(text.charCodeAt(lineStart + indent))) indent++;
    lines.starts.push(lineStart);
    lines.lengths.push(contentEnd - lineStart);
    lines.indents.push(indent);
    lines.widest = Math.max(lines.widest, contentEnd - lineStart);
    lineStart = feed + 1;
  }
  return lines;
}

/**
 * Whether line `k` is full: the next line goes on with its text (see `goesOn`), and its first word
 * would not have fitted on line `k` at the piece's widest. A line in capitals alone is a letterhead
 * or a headline, not a paragraph's.
 */
function fills(text: string, { starts, lengths, indents, widest }: Lines, k: number): boolean {
  if (k + 1 >= starts.length || lengths[k] === 0 || lengths[k + 1] === 0 || !goesOn(text, starts[k], indents[k], starts[k + 1], indents[k + 1])) return false;
  if (!SMALL_LETTER.test(text.slice(starts[k], starts[k] + lengths[k]))) return false;
  const word = starts[k + 1] + indents[k + 1];
  let wordEnd = word;
  while (wordEnd < starts[k + 1] + lengths[k + 1] && !isBlank(text.charCodeAt(wordEnd))) wordEnd++;
  return lengths[k] + 1 + (wordEnd - word) > widest;
}
const SMALL_LETTER = /\p{Ll}/u;

/**
 * Whether the line at `next` goes on with the text of the line at `line`: it is no item of a list,
 * a line of dialogue, a quoted line of mail ("> ") nor a row of a table ("| "), and it has the
 * same indent (a quotation set in), or the indent of the text of a list item it follows (a
 * hanging indent).
 */
function goesOn(text: string, line: number, indent: number, next: number, nextIndent: number): boolean {
  if (LIST_ITEM.test(text.slice(next + nextIndent, next + nextIndent + 6))) return false;
  if (nextIndent === indent) return true;
  const item = LIST_ITEM.exec(text.slice(line + indent, line + indent + 6));
  return item !== null && nextIndent === indent + item[0].length;
}
const LIST_ITEM = /^(?:[-*•–—>|]\s|\d{1,3}[.)]\s)/u;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000;
}
