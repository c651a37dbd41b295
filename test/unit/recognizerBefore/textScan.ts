// A copy of src/core/recognizer/textScan.ts (its imports aside) as it was before recognition's single word walk and its
// cheap tests before expressions: the reference that test/unit/recognizeUnchanged.test.ts holds the recognizer to.
// Reading text a code unit at a time the way the recognizer's expressions read it, for scans that
// find the few places worth running an expression at instead of running it everywhere.
import { isHighSurrogate, isLowSurrogate, widthAt } from '../../../src/core/text/surrogates';

/** \p{L} */
export const LETTER = 1;
/** \p{N} */
export const NUMBER = 2;
/** \s */
export const SPACE = 4;

const LETTER_CHAR = /\p{L}/u;
const NUMBER_CHAR = /\p{N}/u;
const SPACE_CHAR = /\s/;
/** Per UTF-16 unit: its LETTER, NUMBER and SPACE bits, plus 8 once known (a memo of a pure function of the unit, shared by every caller). */
const unitClasses = new Uint8Array(65536);
const KNOWN = 8;

function classify(ch: string): number {
  return (LETTER_CHAR.test(ch) ? LETTER : 0) | (NUMBER_CHAR.test(ch) ? NUMBER : 0) | (SPACE_CHAR.test(ch) ? SPACE : 0);
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

/** The width (1 or 2) of the code point at `i` when it is a letter or digit (\p{L} or \p{N}), else 0. */
export function wordCharWidthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  const width = widthAt(text, i);
  return ((width === 2 ? classAt(text, i) : unitClass(code)) & (LETTER | NUMBER)) !== 0 ? width : 0;
}

/**
 * Calls `onWord(start, end)` for every run of letters and digits (code points in \p{L} or \p{N})
 * in `text`: the words that `(?<![\p{L}\p{N}])` lets an expression start at.
 */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code < 0x80) word = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    else {
      width = widthAt(text, i);
      word = ((width === 2 ? classAt(text, i) : unitClass(code)) & (LETTER | NUMBER)) !== 0;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      onWord(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) onWord(start, n);
}
