// Reading text a code unit at a time the way the recognizer's expressions read it, for scans that
// find the few places worth running an expression at instead of running it everywhere.
import { isInvisible } from '../text/fold';
import { isHighSurrogate, isLowSurrogate, isSurrogate, widthAt } from '../text/surrogates';

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
  // About one word in six or seven units of news; grown when there are more.
  let starts: Int32Array = new Int32Array(16 + Math.floor(n / 6));
  let ends: Int32Array = new Int32Array(starts.length);
  let count = 0;
  let start = -1;
  let unitWords = true;
  let invisibles = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let pairSecondHalf = false;
    if (code < 0x80) word = ASCII_WORD[code] === 1;
    else if (isSurrogate(code)) {
      unitWords = false;
      const width = widthAt(text, i);
      word = ((width === 2 ? classAt(text, i) : unitClass(code)) & (LETTER | NUMBER)) !== 0;
      // A pair's first half stands for it; its second is read with it (skipped below).
      pairSecondHalf = width === 2;
    } else {
      const classes = unitClass(code);
      if ((classes & MARK) !== 0) unitWords = false;
      if (isInvisible(code)) invisibles = true;
      word = (classes & (LETTER | NUMBER)) !== 0;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (count === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
      }
      starts[count] = start;
      ends[count++] = i;
      start = -1;
    }
    if (pairSecondHalf) i++;
  }
  if (start >= 0) {
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
    }
    starts[count] = start;
    ends[count++] = n;
  }
  return { count, starts, ends, unitWords, invisibles };
}

/** 1 for an ASCII letter or digit. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0;

function grown(list: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * list.length);
  bigger.set(list);
  return bigger;
}
