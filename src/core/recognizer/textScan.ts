// Reading text a code unit at a time the way the recognizer's expressions read it, for scans that
// find the few places worth running an expression at instead of running it everywhere.
import { isInvisible } from '../text/fold';
import { isHighSurrogate, isLowSurrogate, isSurrogate, widthAt } from '../text/surrogates';
import { capitalUnits, MAY_START_CAPITAL } from './unitCase';

/** \p{L} */
export const LETTER = 1;
/** \p{N} */
export const NUMBER = 2;
/** \s */
export const SPACE = 4;
/** \p{M} */
export const MARK = 16;
/** \p{Lu} */
export const UPPER = 32;

const LETTER_CHAR = /\p{L}/u;
const NUMBER_CHAR = /\p{N}/u;
const SPACE_CHAR = /\s/;
const MARK_CHAR = /\p{M}/u;
const UPPER_CHAR = /\p{Lu}/u;
/** Per UTF-16 unit: its LETTER, NUMBER, SPACE, MARK and UPPER bits, plus 8 once known (a memo of a pure function of the unit, shared by every caller). */
const unitClasses = new Uint8Array(65536);
const KNOWN = 8;

function classify(ch: string): number {
  return (
    (LETTER_CHAR.test(ch) ? LETTER : 0) |
    (NUMBER_CHAR.test(ch) ? NUMBER : 0) |
    (SPACE_CHAR.test(ch) ? SPACE : 0) |
    (MARK_CHAR.test(ch) ? MARK : 0) |
    (UPPER_CHAR.test(ch) ? UPPER : 0)
  );
}

/** The classes of one UTF-16 unit read on its own (a lone surrogate is none of them). */
export function unitClass(code: number): number {
  let known = unitClasses[code];
  if (known === 0) {
    known = classify(String.fromCharCode(code)) | KNOWN;
    unitClasses[code] = known;
  }
  return known & ~KNOWN;
}

/** The classes of the code point that starts at `i`, as a /u expression reads it. */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) return classify(text.slice(i, i + 2));
  return unitClass(code);
}

/** The classes of the code point that ends right before `end` (0 at the start of the text). */
export function classBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const code = text.charCodeAt(end - 1);
  if (isLowSurrogate(code) && end >= 2 && isHighSurrogate(text.charCodeAt(end - 2))) return classify(text.slice(end - 2, end));
  return unitClass(code);
}

/** Whether the code point before `end` is a letter or digit, as `(?<![\p{L}\p{N}])` asks. */
export function wordCharBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const code = text.charCodeAt(end - 1);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return (classBefore(text, end) & (LETTER | NUMBER)) !== 0;
}

/** Whether a code unit ends a line (\n or \r), as the incremental recognizer cuts lines. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Whether a line ends in [from, to) of `text`. */
export function lineBreakWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k))) return true;
  return false;
}

/** Whether a sentence ends in [from, to) of `text` (see `endsSentenceAt`). */
export function sentenceEndWithin(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (endsSentenceAt(text, p)) return true;
  return false;
}

/** Whether the unit at `p` ends a sentence: a full stop, "!" or "?" before a space or the end, or a line break. */
export function endsSentenceAt(text: string, p: number): boolean {
  const code = text.charCodeAt(p);
  if (isLineBreak(code)) return true;
  return (code === 0x2e || code === 0x21 || code === 0x3f) && (p + 1 >= text.length || text.charCodeAt(p + 1) === 0x20);
}

/** Whether a code unit is of the Cyrillic block (U+0400–U+04FF). */
export function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/**
 * Whether a code unit is a space between two words of one line: a space or a no-break space. A
 * tab or a line break is more than that: no name and no phrase of a rule runs across it.
 */
export function isWordSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}

/** Whether a code unit is blank within a line: a space, a tab or a no-break space (`[ \t\u00a0]`). */
export function isBlankInLine(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** The first offset from `at` on, before `end`, that holds no word space (`isWordSpace`). */
export function skipWordSpaces(text: string, at: number, end = text.length): number {
  while (at < end && isWordSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Where the word spaces that end at `end` begin, no earlier than `from`. */
export function wordSpacesStart(text: string, end: number, from = 0): number {
  while (end > from && isWordSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the code point at `i` is a capital letter (\p{Lu}). */
export function upperAt(text: string, i: number): boolean {
  return i < text.length && (classAt(text, i) & UPPER) !== 0;
}

/** The width (1 or 2) of the code point at `i` when it is a letter or digit (\p{L} or \p{N}), else 0. */
export function wordCharWidthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  const width = widthAt(text, i);
  return ((width === 2 ? classAt(text, i) : unitClass(code)) & (LETTER | NUMBER)) !== 0 ? width : 0;
}

/**
 * The words of a text: every run of letters and digits (code points in \p{L} or \p{N}), the
 * words that `(?<![\p{L}\p{N}])` lets an expression start at, by their offsets in order. Read
 * once per text and shared by what looks at words (dates, candidate names).
 */
export interface TextWords {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Whether the text has no combining mark and no surrogate: then its words are also the runs of
   * units that are letters, digits or marks, one at a time, as `isWordCode` reads them.
   */
  readonly unitWords: boolean;
  /** Whether the text has a character that folds to nothing (see `isInvisible`). */
  readonly invisibles: boolean;
}

export function wordsOf(text: string): TextWords {
  const n = text.length;
  const boundaries = new WordBoundaries(n);
  for (let from = 0; from < n; ) from = boundaries.read(text, from, Math.min(n, from + WORDS_PIECE));
  return boundaries.words(n);
}

const capitalsOfWords = new WeakMap<TextWords, Int32Array>();

/**
 * The indices of the words of `text` (`words`, as `wordsOf` reads them), in order, that may
 * start with a capital (`isCapitalUnit`) or follow a capital outside ASCII (Ⓐ, a capital that is
 * no letter): every such word, and a few more in scripts beyond Cyrillic, which whoever reads
 * them tells apart (`capitalUnits`). The quarter of a text's words that short forms of names and
 * slips of place names are looked for among, listed once for both. Each word's index is written,
 * and kept (the count moved on) only for a capital's: no branch on which it is, which the
 * processor cannot foresee.
 */
export function capitalWordsOf(text: string, words: TextWords): Int32Array {
  let capitals = capitalsOfWords.get(words);
  if (capitals) return capitals;
  const { count, starts } = words;
  const list = new Int32Array(count);
  let listed = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k];
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    list[listed] = k;
    listed += (capitalUnits[text.charCodeAt(start)] | (capitalUnits[before] >> 1)) & MAY_START_CAPITAL;
  }
  capitals = list.slice(0, listed);
  capitalsOfWords.set(words, capitals);
  return capitals;
}

/**
 * How many units `WordBoundaries.read` is given at a time. A loop that runs once over a whole
 * text is compiled while it runs, around the values it has on the stack then, and runs slower
 * than a function called for each piece, which is compiled as a function once called a few times.
 */
export const WORDS_PIECE = 16384;

/**
 * The words of a text being read in order, a piece at a time (`wordsOf`, or the word matcher as
 * it reads the text for names): where each word starts and where it ends, in turn, in one array,
 * so that an odd count means that the last word read goes on.
 */
export class WordBoundaries {
  /** Offsets where a word starts, then where it ends, and so on; `count` of them. */
  bounds: Int32Array;
  count = 0;
  unitWords = true;
  invisibles = false;

  /** For a text of `length` units. */
  constructor(length: number) {
    // About one word in six or seven units of news; grown when there are more.
    this.bounds = new Int32Array(32 + Math.floor(length / 3));
  }

  /**
   * Room for the boundaries of `units` more units, and one to write ahead: each unit's offset is
   * written as the next boundary and kept (the count moves on) only where a word begins or ends.
   */
  makeRoom(units: number): void {
    const needed = this.count + units + 2;
    if (needed <= this.bounds.length) return;
    const bounds = new Int32Array(Math.max(needed, 2 * this.bounds.length));
    bounds.set(this.bounds.subarray(0, this.count));
    this.bounds = bounds;
  }

  /**
   * Reads text[from, to) on from what was read before it; returns where the next piece starts
   * (after `to` when a surrogate pair straddles it). No branch on where words begin and end,
   * which the processor cannot foresee.
   */
  read(text: string, from: number, to: number): number {
    this.makeRoom(to - from + 1);
    const { bounds } = this;
    let count = this.count;
    let i = from;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      let word = unitScan[code];
      if (word > SCAN_WORD) {
        word = this.readRareUnit(text, i, code);
        if (word >= SCAN_PAIR) {
          // A pair's first half stands for it; its second is read with it.
          bounds[count] = i;
          count += (word ^ count) & 1;
          i++;
          continue;
        }
      }
      bounds[count] = i;
      count += (word ^ count) & 1;
    }
    this.count = count;
    return i;
  }

  /**
   * A unit not met yet, or one that changes what the text's words say: notes what it says, and
   * returns SCAN_WORD or SCAN_OTHER, plus SCAN_PAIR when it starts a surrogate pair.
   */
  private readRareUnit(text: string, i: number, code: number): number {
    const scan = unitScan[code] === SCAN_UNKNOWN ? learnUnit(code) : unitScan[code];
    if (isSurrogate(code)) {
      this.unitWords = false;
      const width = widthAt(text, i);
      const word = ((width === 2 ? classAt(text, i) : unitClass(code)) & (LETTER | NUMBER)) !== 0 ? SCAN_WORD : SCAN_OTHER;
      return width === 2 ? word | SCAN_PAIR : word;
    }
    if ((unitClass(code) & MARK) !== 0) this.unitWords = false;
    if (isInvisible(code)) this.invisibles = true;
    return scan & SCAN_WORD;
  }

  /** The words read, once the whole text of `length` units is. */
  words(length: number): TextWords {
    this.makeRoom(0);
    const { bounds } = this;
    if ((this.count & 1) === 1) bounds[this.count++] = length;
    const count = this.count >> 1;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      starts[k] = bounds[2 * k];
      ends[k] = bounds[2 * k + 1];
    }
    return { count, starts, ends, unitWords: this.unitWords, invisibles: this.invisibles };
  }
}

/**
 * Whether unit `code` is read on its own, as `wordsOf` reads it: a letter or digit (true), or a
 * unit that is neither and separates words (false); undefined for a surrogate, a combining mark or
 * an invisible character, which `WordBoundaries.read` must see.
 */
export function plainWordUnit(code: number): boolean | undefined {
  const scan = unitScan[code] === SCAN_UNKNOWN ? learnUnit(code) : unitScan[code];
  return scan > SCAN_WORD ? undefined : scan === SCAN_WORD;
}

// What `wordsOf` needs to know of a UTF-16 unit, in `unitScan`: a word unit (a letter or digit
// read on its own) or not, plus SCAN_RARE for a unit that changes what the text's words say
// (a surrogate, a combining mark, an invisible character), or SCAN_UNKNOWN until looked at.
const SCAN_OTHER = 0;
const SCAN_WORD = 1;
const SCAN_RARE = 2;
const SCAN_UNKNOWN = 4;
/** In what `readRareUnit` returns: the unit starts a surrogate pair. */
const SCAN_PAIR = 8;
const unitScan = new Uint8Array(65536).fill(SCAN_UNKNOWN);

/** Looks at unit `code` for `unitScan`; returns what it holds now. */
function learnUnit(code: number): number {
  const classes = unitClass(code);
  const rare = isSurrogate(code) || (classes & MARK) !== 0 || isInvisible(code);
  const scan = ((classes & (LETTER | NUMBER)) !== 0 ? SCAN_WORD : SCAN_OTHER) | (rare ? SCAN_RARE : 0);
  unitScan[code] = scan;
  return scan;
}
for (let code = 0; code < 128; code++) learnUnit(code);

