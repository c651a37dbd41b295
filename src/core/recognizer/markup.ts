// Articles saved from the web carry what is no text to annotate: web addresses ("Source:
// http://en.kremlin.ru/events/…", "Credit: mil.ru", the target of a Markdown link), Markdown's
// marks of emphasis ("*By Helen Marwick*", "Analyst **Helen Marwick** said"), a social network's
// handles ("@CSTO_official"), and, in a PDF's text, footnotes' numbers glued to words
// ("Tokayev³"). The recognizer reads such an article with them blanked: a word of an address is
// no name ("kremlin" in a link to kremlin.ru), and the words beside a mark of emphasis are read as
// if it were not there (a byline, a title before a name). Blanking keeps the length, so offsets
// hold, and it looks no further than a line: a piece of an article (cuts.ts) is blanked as it is
// within the whole.
import { LETTER, NUMBER, unitClass } from './textScan';
import { isLowerUnit } from './unitCase';

/** Top-level domains of a bare host that is blanked: the region's and the common ones. */
export const DOMAINS: ReadonlySet<string> = new Set(['ru', 'su', 'by', 'kz', 'kg', 'tj', 'uz', 'am', 'az', 'ge', 'ua', 'md', 'tm', 'cn', 'com', 'org', 'net', 'int', 'info', 'eu', 'it', 'news', 'tv']);

/**
 * `text` with what is no text to annotate as spaces, or undefined when it has none: an address
 * with its scheme ("https://…") or a bare host in small letters with one of DOMAINS ("mil.ru",
 * "www.kremlin.ru/events"; a name in capitals, "INTERFAX.RU", is the agency's), a Markdown link's
 * target ("](…)"), runs of "*" or "_" that mark emphasis, footnotes' numbers and handles.
 */
export function withoutMarkup(text: string): string | undefined {
  const ranges: number[] = [];
  // Read by the characters that start each, found by indexOf: most of a text is passed over at its speed.
  for (let at = text.indexOf('://'); at >= 0; ) {
    const end = addAddress(text, at, ranges);
    at = text.indexOf('://', Math.max(at + 3, end));
  }
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    if (at + 1 < text.length && isHostUnit(text.charCodeAt(at + 1)) && at > 0 && isHostUnit(text.charCodeAt(at - 1))) at = addHost(text, at, ranges);
  }
  for (let at = text.indexOf('](', 0); at >= 0; at = text.indexOf('](', at + 2)) addLinkTarget(text, at + 1, ranges);
  for (const mark of ['*', '_']) addEmphasis(text, mark, ranges);
  addFootnoteMarks(text, ranges);
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) addHandle(text, at, ranges);
  if (ranges.length === 0) return undefined;
  return blank(text, ranges);
}

/** `text` with the [start, end) pairs of `ranges` (in any order, overlapping or not) as spaces. */
function blank(text: string, ranges: number[]): string {
  const pairs: [number, number][] = [];
  for (let k = 0; k < ranges.length; k += 2) pairs.push([ranges[k], ranges[k + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end] of pairs) {
    if (end <= from) continue;
    const blankFrom = Math.max(start, from);
    out += text.slice(from, blankFrom) + ' '.repeat(end - blankFrom);
    from = end;
  }
  return out + text.slice(from);
}

/** An address whose "://" is at `at`: from its scheme's letters to its end, which it returns (`at` when there is none). */
function addAddress(text: string, at: number, ranges: number[]): number {
  let start = at;
  while (start > 0 && at - start < MAX_SCHEME && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === at) return at;
  const end = addressEnd(text, at + 3);
  ranges.push(start, end);
  return end;
}
/** The longest scheme ("https") and address read: a longer run of text is no address, and each is read once. */
const MAX_SCHEME = 8;
const MAX_ADDRESS = 2048;

/**
 * A bare host around the full stop at `dot` ("mil.ru", "www.kremlin.ru/events/123"), if its
 * words are small letters, digits and hyphens, it follows no other letter, "@" or "/", and its last
 * label is one of DOMAINS, unless it is figures and the domain alone. Returns where to look for the next full stop.
 */
function addHost(text: string, dot: number, ranges: number[]): number {
  let start = dot;
  while (start > 0 && (isHostUnit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e)) start--;
  let end = dot + 1;
  while (end < text.length && (isHostUnit(text.charCodeAt(end)) || (text.charCodeAt(end) === 0x2e && end + 1 < text.length && isHostUnit(text.charCodeAt(end + 1))))) end++;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  if (before === 0x40 || before === 0x2f || isWordUnit(before) || (end < text.length && isWordUnit(text.charCodeAt(end)))) return end;
  if (!DOMAINS.has(text.slice(text.lastIndexOf('.', end - 1) + 1, end))) return end;
  // Figures and a domain alone are an outlet's name as much as its address: "24.kg".
  if (text.charCodeAt(end) !== 0x2f && /^\d+$/.test(text.slice(start, dot)) && !text.slice(dot + 1, end).includes('.')) return end;
  const stop = text.charCodeAt(end) === 0x2f ? addressEnd(text, end) : end;
  ranges.push(start, stop);
  return stop;
}

/** A Markdown link's target, from the "(" at `open`, if it closes on its line with no space. */
function addLinkTarget(text: string, open: number, ranges: number[]): void {
  let close = open + 1;
  const limit = Math.min(text.length, open + MAX_ADDRESS);
  // A target holds no bracket: the scan stops at the next, so each part of the text is read once.
  while (close < limit && !ENDS_ADDRESS.has(text.charCodeAt(close)) && !isSpace(text.charCodeAt(close))) close++;
  if (close < text.length && text.charCodeAt(close) === 0x29) ranges.push(open, close + 1);
}

/** Where an address that goes on from `at` ends: at a space, a bracket or a quote, less a sentence's closing mark. */
function addressEnd(text: string, at: number): number {
  let end = at;
  const limit = Math.min(text.length, at + MAX_ADDRESS);
  while (end < limit && !ENDS_ADDRESS.has(text.charCodeAt(end)) && !isSpace(text.charCodeAt(end))) end++;
  while (end > at && isClosingPunctuation(text.charCodeAt(end - 1))) end--;
  return end;
}
const ENDS_ADDRESS = new Set([...'<>"«»()[]'].map((c) => c.charCodeAt(0)));

function isHostUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * The runs of `mark` ("*" or "_", one to three) that open and close an emphasis on one line: one
 * that opens stands before a word and after none ("*By", "**Putin"), one that closes the same
 * after a word or its closing mark ("Marwick*", "Putin**,"), and they pair in order, as Markdown
 * pairs them. A run that pairs with none is text ("(.*)", "2 * 3", a footnote's "Meta*").
 */
function addEmphasis(text: string, mark: string, ranges: number[]): void {
  let open = -1;
  let openEnd = -1;
  // The first line feed after the opening run: read forwards once over the text, never back.
  let feed = -1;
  let openFeed = -1;
  for (let at = text.indexOf(mark); at >= 0; ) {
    if (feed !== Infinity && feed < at) {
      feed = text.indexOf('\n', at);
      if (feed < 0) feed = Infinity;
    }
    let end = at + 1;
    while (end < text.length && end - at < 3 && text[end] === mark) end++;
    const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
    const after = end < text.length ? text.charCodeAt(end) : 0x20;
    // "_" between letters is part of a word ("snake_case").
    const inWord = mark === '_' && isWordUnit(before) && isWordUnit(after);
    if (open >= 0 && openFeed < at) open = -1;
    if (!inWord && open >= 0 && end - at === openEnd - open && closesAfter(before) && !isWordUnit(after)) {
      ranges.push(open, openEnd, at, end);
      open = -1;
    } else if (!inWord && !isWordUnit(before) && opensBefore(after)) {
      open = at;
      openEnd = end;
      openFeed = feed;
    }
    at = text.indexOf(mark, end);
  }
}

/**
 * A footnote's number glued to the word or the sentence it marks, as a PDF's text keeps it:
 * superscript digits after a letter or a closing mark ("Tokayev³", "Лавров³,"), and one to three
 * digits after a word in small letters and its full stop, comma or quote ("activities.2
 * President"). Figures glued to a word itself stay: they may be a name's ("France24"), as often
 * as a footnote's ("Lukashenko15").
 */
function addFootnoteMarks(text: string, ranges: number[]): void {
  // Each run of digits, found by the expression at its speed; most follow a space.
  FIGURES.lastIndex = 0;
  for (let m = FIGURES.exec(text); m !== null; m = FIGURES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0) continue;
    const before = text.charCodeAt(start - 1);
    if (isSuperscriptDigit(text.charCodeAt(start))) {
      if (isWordUnit(before) || closesAfter(before)) ranges.push(start, end);
      continue;
    }
    if (end - start > 3 || end >= text.length) continue;
    if (start > 1 && FOOTNOTE_AFTER.has(before) && isLowerUnit(text.charCodeAt(start - 2)) && !isWordUnit(text.charCodeAt(end))) ranges.push(start, end);
  }
}
/** A run of digits, or of superscript digits. */
const FIGURES = /[0-9]+|[\u00b9\u00b2\u00b3\u2070-\u2079]+/g;
/** The marks a footnote's number follows after a word in small letters. */
const FOOTNOTE_AFTER = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0xbb, 0x201d, 0x22, 0x29]);

function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079);
}

/** A handle of a social network after its "@" ("@CSTO_official", "@KremlinRussia_E"), not an address's ("press@mid.ru"): the "@" and the handle. */
function addHandle(text: string, at: number, ranges: number[]): void {
  if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) return;
  let end = at + 1;
  while (end < text.length && end - at <= MAX_HANDLE && (isWordUnit(text.charCodeAt(end)) || text.charCodeAt(end) === 0x5f)) end++;
  if (end > at + 1) ranges.push(at, end);
}
/** The longest handle read. */
const MAX_HANDLE = 64;

/** Whether an emphasis may open before this unit: a word's, or a quote's or a bracket's that opens one. */
function opensBefore(code: number): boolean {
  return isWordUnit(code) || code === 0xab || code === 0x201c || code === 0x22 || code === 0x28 || code === 0x5b;
}

/** Whether an emphasis may close after this unit: a word's, or a sentence's or a quote's closing mark. */
function closesAfter(code: number): boolean {
  return isWordUnit(code) || code === 0xbb || code === 0x201d || code === 0x22 || code === 0x29 || code === 0x5d || isClosingPunctuation(code);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

function isWordUnit(code: number): boolean {
  return (unitClass(code) & (LETTER | NUMBER)) !== 0;
}

function isClosingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;
}
