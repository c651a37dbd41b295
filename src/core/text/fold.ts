// Case and diacritic folding that remembers where every folded character came from, so that a
// match found in folded text maps back to exact UTF-16 offsets in the original.
import { isHighSurrogate, isSurrogate } from './surrogates';

/** Text folded for matching, with a map back to the original. */
export interface FoldedText {
  readonly text: string;
  /**
   * `origin[i]` is the UTF-16 offset in the original text of the character that folded unit `i`
   * came from; `origin[text.length]` is the original length, so a folded range [s, e) maps back to
   * [origin[s], origin[e]).
   */
  readonly origin: Int32Array;
}

// Letters that Unicode decomposition leaves whole but readers treat as plain Latin letters.
const SPECIAL: Record<string, string> = {
  ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŀ: 'l',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u02bb': "'", '\u0060': "'", '\u00b4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
const COMBINING_MARK = /\p{M}/gu;
const HORIZONTAL_SPACE = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;

/**
 * Characters a reader does not see, which copied text carries inside words: the soft hyphen, the
 * zero-width space, non-joiner and joiner, the word joiner and the byte-order mark (a zero-width
 * no-break space). They fold to nothing, so "Luka\u00ADshenko" reads as Lukashenko.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE.source, 'g');

/** Whether the UTF-16 unit `code` is one of the invisible characters that fold to nothing. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

// How each code point folds, once looked at. Tables like this one stay at module level: they memo
// pure functions of a character, so an answer never goes stale and every caller may share it, and
// they hold at most one entry per character.
const cache = new Map<string, string>();

/** Folds one code point (given as a string of one or two UTF-16 units). */
export function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  let folded = cache.get(ch);
  if (folded === undefined) {
    if (HORIZONTAL_SPACE.test(ch)) folded = ' ';
    else if (INVISIBLE.test(ch)) folded = '';
    else {
      folded = ch.normalize('NFD').replace(COMBINING_MARK, '').toLowerCase();
      folded = folded.normalize('NFD').replace(COMBINING_MARK, '');
      folded = [...folded].map((c) => SPECIAL[c] ?? c).join('');
    }
    cache.set(ch, folded);
  }
  return folded;
}

/**
 * Folds case and diacritics (Biškek → biskek, ОДКБ → одкб, ’ → '), and collapses runs of spaces
 * and tabs to one space, so that aliases match whatever spacing the article uses.
 */
export function foldText(original: string): FoldedText {
  const n = original.length;
  const parts: string[] = [];
  // One folded unit per original unit is the rule; ß → ss and the like grow the map.
  let origin = new Int32Array(n + 1);
  let length = 0;
  const reserve = (extra: number) => {
    if (length + extra + 1 <= origin.length) return;
    const grown = new Int32Array(Math.max(origin.length * 2, length + extra + 1));
    grown.set(origin);
    origin = grown;
  };
  let lastWasSpace = false;
  let asciiRunStart = -1;

  // ASCII runs are the common case in both languages: copy them in one slice.
  const flushAscii = (end: number) => {
    if (asciiRunStart < 0) return;
    reserve(end - asciiRunStart);
    parts.push(original.slice(asciiRunStart, end).toLowerCase());
    for (let j = asciiRunStart; j < end; j++) origin[length++] = j;
    asciiRunStart = -1;
  };

  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80 && code !== 0x20 && code !== 0x09) {
      if (asciiRunStart < 0) asciiRunStart = i;
      lastWasSpace = false;
      i++;
      continue;
    }
    flushAscii(i);
    const width = isHighSurrogate(code) && i + 1 < n ? 2 : 1;
    const folded = code === 0x20 || code === 0x09 ? ' ' : foldCodePoint(original.slice(i, i + width));
    if (folded === ' ') {
      if (!lastWasSpace) {
        reserve(1);
        parts.push(' ');
        origin[length++] = i;
      }
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
      if (folded.length > 0) {
        reserve(folded.length);
        parts.push(folded);
        for (let k = 0; k < folded.length; k++) origin[length++] = i;
      }
    }
    i += width;
  }
  flushAscii(n);
  const text = parts.join('');
  const map = length + 1 === origin.length ? origin : origin.slice(0, length + 1);
  map[length] = n;
  return { text, origin: map };
}

/**
 * The text without its invisible characters, with the map back to the original, for matchers
 * that read the text itself rather than its folded form (dates, candidate names); undefined when
 * it has none, which is the common case and costs one scan.
 */
export function withoutInvisibles(original: string): FoldedText | undefined {
  if (!INVISIBLE.test(original)) return undefined;
  const n = original.length;
  const origin = new Int32Array(n + 1);
  let length = 0;
  for (let i = 0; i < n; i++) if (!isInvisible(original.charCodeAt(i))) origin[length++] = i;
  origin[length] = n;
  return { text: original.replace(INVISIBLE_GLOBAL, ''), origin: origin.slice(0, length + 1) };
}

/**
 * The original span of the span [start, end) of `view` (see `withoutInvisibles`): from its first
 * character to its last, with the invisible characters between them, not those after.
 */
export function originalSpan(view: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: view.origin[start], end: end > start ? view.origin[end - 1] + 1 : view.origin[start] };
}

/** How each UTF-16 unit that is a code point of its own folds, once looked at (see `foldString`; a memo like `cache`). */
const unitFolds: (string | undefined)[] = [];

/** Folds a short string (an alias) the same way as `foldText`, without the offset map, and trims it. */
export function foldString(s: string): string {
  if (isPlainAscii(s)) return s.toLowerCase();
  return foldUnitByUnit(s) ?? foldCodePoints(s);
}

/** Room for the folded units of a string, for `foldUnitByUnit`. */
const foldBuffer = new Uint16Array(256);
/** Views of its first units, by length, made once: a view made per string cost more than the string. */
const foldBufferViews: Uint16Array[] = [];
for (let length = 0; length <= foldBuffer.length; length++) foldBufferViews.push(foldBuffer.subarray(0, length));
/**
 * Makes the string of a view's units (none is half a surrogate pair: those are not folded unit by
 * unit) without the list of arguments `String.fromCharCode.apply` copies them into first; where
 * the machine stores units big-end first, undefined, and `apply` does it.
 */
const unitDecoder = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/**
 * `foldString` of a string whose every unit folds to one unit or to a space, as most names in
 * any script do: the units gathered in a buffer and made into one string, rather than a string
 * made for each unit. Undefined for any other string.
 */
function foldUnitByUnit(s: string): string | undefined {
  if (s.length > foldBuffer.length) return undefined;
  let length = 0;
  // Spaces at the start are trimmed; runs of them fold to one.
  let lastWasSpace = true;
  for (let i = 0; i < s.length; i++) {
    const info = foldedUnitInfo(s.charCodeAt(i));
    const kind = info & UNIT_KIND;
    if (kind === UNIT_SIMPLE) {
      foldBuffer[length++] = info & 0xffff;
      lastWasSpace = false;
    } else if (kind === UNIT_SPACE) {
      if (!lastWasSpace) foldBuffer[length++] = 0x20;
      lastWasSpace = true;
    } else return undefined;
  }
  // The rest of what `trim` takes off the ends (a line break, say) is no space to the fold.
  const view = foldBufferViews[length];
  return (unitDecoder ? unitDecoder.decode(view) : String.fromCharCode.apply(null, view as unknown as number[])).trim();
}

/** `foldString` code point by code point. */
function foldCodePoints(s: string): string {
  let out = '';
  let lastWasSpace = false;
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    let folded: string;
    let width = 1;
    if (code < 0x80) folded = code === 0x20 || code === 0x09 ? ' ' : code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : s[i];
    else if (isHighSurrogate(code) && i + 1 < s.length) {
      width = 2;
      folded = foldCodePoint(s.slice(i, i + 2));
    } else folded = unitFolds[code] ??= foldCodePoint(s[i]);
    if (folded === ' ') {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
      out += folded;
    }
    i += width;
  }
  return out.trim();
}

// How each UTF-16 code unit folds when read on its own, for matchers that fold as they scan instead
// of building the folded text (see FoldedWordMatcher). Packed in one number, computed on first use:
// the kind, the folded unit (for UNIT_SIMPLE) and whether the first folded unit is a word character.
/** Folds to exactly one unit, given in the low 16 bits. */
export const UNIT_SIMPLE = 1 << 16;
/** Folds to a space: runs of such units fold to one space. */
export const UNIT_SPACE = 2 << 16;
/** Folds to nothing, like a combining mark. */
export const UNIT_EMPTY = 3 << 16;
/** Folds to several units (ß → ss); `foldCodePoint` gives them. */
export const UNIT_MULTI = 4 << 16;
/** Half of a surrogate pair: the code point is read with the unit after it, as `foldText` does. */
export const UNIT_SURROGATE = 5 << 16;
export const UNIT_KIND = 7 << 16;
/** The first folded unit is a letter or a digit. */
export const UNIT_WORD = 1 << 19;

/** `foldedUnitInfo` of each code unit, once looked at (a memo like `cache`). */
const unitInfo = new Int32Array(65536);

/** How the code unit `code` folds on its own: a UNIT_* kind, with UNIT_WORD and the folded unit. */
export function foldedUnitInfo(code: number): number {
  const known = unitInfo[code];
  if (known !== 0) return known;
  let info: number;
  if (isSurrogate(code)) info = UNIT_SURROGATE;
  else {
    // The same reading as foldText: a tab is a space there, while foldCodePoint keeps ASCII as is.
    const folded = code === 0x09 ? ' ' : foldCodePoint(String.fromCharCode(code));
    const first = folded.charCodeAt(0);
    const word = folded.length > 0 && isWordCode(first) ? UNIT_WORD : 0;
    if (folded === ' ') info = UNIT_SPACE;
    else if (folded.length === 0) info = UNIT_EMPTY;
    else if (folded.length === 1) info = UNIT_SIMPLE | word | first;
    else info = UNIT_MULTI | word;
  }
  unitInfo[code] = info;
  return info;
}

/** Printable ASCII without runs of spaces or spaces at either end: what `foldString` gives is `s.toLowerCase()`. */
function isPlainAscii(s: string): boolean {
  let lastWasSpace = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 || code < 0x20) return false;
    const space = code === 0x20;
    if (space && lastWasSpace) return false;
    lastWasSpace = space;
  }
  return !lastWasSpace || s.length === 0;
}

/** Letters and digits make words; everything else (spaces, punctuation, apostrophes) separates them. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  let known = wordUnits[code];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnits[code] = known;
  }
  return known === 1;
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 unit, once looked at: 1 for a word unit, 2 for another. */
const wordUnits = new Uint8Array(65536);
