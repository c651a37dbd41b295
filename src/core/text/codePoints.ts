// JavaScript strings count UTF-16 code units; the W3C Web Annotation model and brat count Unicode
// code points. A character outside the Basic Multilingual Plane (an emoji, 𝕏, a CJK Extension B
// ideograph) is two units but one code point, so every such character before an offset moves it.
//
// `CodePointIndex` scans a text once, remembering where its surrogate pairs are, and then converts
// any number of offsets either way by binary search: O(n) once, O(log k) per offset, where k is the
// number of characters outside the BMP (and O(1) when there are none).
import { lowerBound } from './binarySearch';
import { isHighSurrogate, isLowSurrogate, splitsSurrogatePair } from './surrogates';

/** The number of code points in a text (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  return new CodePointIndex(text).codePointLength;
}

/** True when `offset` (UTF-16) does not fall between the two halves of a surrogate pair. */
export function isCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  return !splitsSurrogatePair(text, offset);
}

/**
 * Trims a text to whole code points: drops a low surrogate at its start and a high surrogate at its
 * end, the halves a UTF-16 slice can leave when it cuts through a pair.
 */
export function trimBrokenSurrogates(text: string): string {
  let start = 0;
  let end = text.length;
  if (end > 0 && isLowSurrogate(text.charCodeAt(0))) start = 1;
  if (end > start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Converts offsets in one text between UTF-16 code units and Unicode code points. */
export class CodePointIndex {
  /** The UTF-16 offset of the high surrogate of each surrogate pair, ascending. */
  private readonly pairUnits: Uint32Array;
  /** The code-point offset of each of those pairs, ascending. */
  private readonly pairCodePoints: Uint32Array;
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(readonly text: string) {
    const units: number[] = [];
    // Most texts have no character outside the BMP: the engine's scan for a high surrogate says so
    // several times faster than reading unit by unit (an export builds one index per article).
    const end = HIGH_SURROGATE.test(text) ? text.length - 1 : 0;
    for (let i = 0; i < end; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        units.push(i);
        i++;
      }
    }
    this.pairUnits = Uint32Array.from(units);
    this.pairCodePoints = Uint32Array.from(units, (unit, k) => unit - k);
    this.utf16Length = text.length;
    this.codePointLength = text.length - units.length;
  }

  /** True when the text has no character outside the BMP, so both counts agree. */
  get isBmpOnly(): boolean {
    return this.pairUnits.length === 0;
  }

  /**
   * The code-point offset of a UTF-16 offset. An offset between the halves of a surrogate pair
   * (which no well-formed anchor has) maps to the start of that pair's code point.
   */
  toCodePoint(utf16Offset: number): number {
    checkOffset(utf16Offset, this.utf16Length);
    if (this.pairUnits.length === 0) return utf16Offset;
    // Each pair that starts before the offset is two units but one code point. An offset inside a
    // pair counts its pair too, which lands on the start of that pair's code point.
    return utf16Offset - lowerBound(this.pairUnits, utf16Offset);
  }

  /** The UTF-16 offset of a code-point offset. */
  toUtf16(codePointOffset: number): number {
    checkOffset(codePointOffset, this.codePointLength);
    if (this.pairCodePoints.length === 0) return codePointOffset;
    return codePointOffset + lowerBound(this.pairCodePoints, codePointOffset);
  }

  /** True when the UTF-16 offset is not inside a surrogate pair. */
  isBoundary(utf16Offset: number): boolean {
    checkOffset(utf16Offset, this.utf16Length);
    if (this.pairUnits.length === 0) return true;
    const before = lowerBound(this.pairUnits, utf16Offset);
    return !(before > 0 && this.pairUnits[before - 1] === utf16Offset - 1);
  }

  /** The text between two code-point offsets. */
  sliceCodePoints(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

function checkOffset(offset: number, length: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`offset ${offset} is outside the text (0..${length})`);
  }
}

