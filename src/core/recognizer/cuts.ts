// Where an article is cut into pieces that the recognizer reads on their own: after a line feed
// that no mention can cross (see incremental.ts). The soft wraps of a hard-wrapped paragraph are
// read within its piece (softWraps.ts).
import { isInvisible } from '../text/fold';
import { isSurrogate } from '../text/surrogates';
import { SHORTENED_BEFORE_NAMES } from './candidates';
import { MONTH_ABBREVIATIONS } from './dates';
import { LETTER, NUMBER, SPACE, unitClass } from './textScan';

/**
 * Finds the cuts of a text one after the other, from a cut (or the start): after a line feed when
 * the last character before it that is not a space (line breaks included) cannot continue a mention.
 */
export class Cutter {
  /** The last line feed looked at, and whether a cut was allowed after it: a line of spaces only inherits it. */
  private feed: number;
  private allowed = true;
  /** Where the last character that decided a cut stands (-1 when inherited from before `from`). */
  private decidedBy = -1;

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.feed = from - 1;
  }

  /** The next cut (the offset after its line feed), or -1 when there is none before the end. */
  next(): number {
    const { text } = this;
    for (let feed = text.indexOf('\n', this.feed + 1); feed >= 0 && feed + 1 < text.length; feed = text.indexOf('\n', feed + 1)) {
      let at = feed;
      // Invisible characters count as nothing, as they do for the recognizer.
      while (at > this.feed + 1 && (isSpace(text.charCodeAt(at - 1)) || isInvisible(text.charCodeAt(at - 1)))) at--;
      if (at > this.feed + 1 || this.feed < 0) {
        // The line has a character that is not a space (or this is the first line of the text).
        const last = at - 1;
        const abbreviation = last > 0 && text.charCodeAt(last) === 0x2e ? abbreviationBefore(text, last) : -1;
        this.allowed = at === 0 || (endsNothing(text.charCodeAt(last)) && abbreviation < 0);
        this.decidedBy = abbreviation >= 0 ? abbreviation : last;
      }
      this.feed = feed;
      if (this.allowed) return feed + 1;
    }
    return -1;
  }

  /** Whether the last cut was decided by a character at or after `offset`. */
  decidedAfter(offset: number): boolean {
    return this.decidedBy >= offset;
  }
}

/** The pieces of `text` as [start, end) ranges that cover it (see `Cutter`). */
export function cutPoints(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const cuts = new Cutter(text, 0);
  let start = 0;
  for (let end = cuts.next(); end >= 0; end = cuts.next()) {
    ranges.push([start, end]);
    start = end;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/**
 * Words whose full stop at a line's end may not end what the line says: a mention may go on after
 * it on the next line of a hard-wrapped article ("il 15 gen.⏎2025", "St.⏎Petersburg", "Col.⏎Gen.").
 */
const ABBREVIATIONS = new Set([...MONTH_ABBREVIATIONS, ...SHORTENED_BEFORE_NAMES.map((word) => word.toLowerCase()), 'st']);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/**
 * Where the word starts whose full stop at `stop` may not end a mention: one of ABBREVIATIONS, in
 * any case, or an initial (a capital alone: "В.⏎Путин"); -1 when it is no such word.
 */
function abbreviationBefore(text: string, stop: number): number {
  let first = stop;
  while (first > 0 && stop - first <= LONGEST_ABBREVIATION && (unitClass(text.charCodeAt(first - 1)) & LETTER) !== 0) first--;
  if (first === stop || stop - first > LONGEST_ABBREVIATION || (first > 0 && (unitClass(text.charCodeAt(first - 1)) & LETTER) !== 0)) return -1;
  const word = text.slice(first, stop);
  if (word.length === 1 && word !== word.toLowerCase()) return first;
  return ABBREVIATIONS.has(word.toLowerCase()) ? first : -1;
}

function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (unitClass(code) & SPACE) !== 0;
}

/** Whether a line that ends with this character (the last that is not a space) can be cut after. */
export function endsNothing(code: number): boolean {
  if (code < 0x80) {
    const letterOrDigit = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    return !letterOrDigit && code !== 0x2c && code !== 0x2d;
  }
  // Any other letter, digit or mark (and surrogates, read as such), the en dash, the degree sign.
  if (code === 0x2013 || code === 0xb0 || isSurrogate(code)) return false;
  return (unitClass(code) & (LETTER | NUMBER)) === 0 && !MARK.test(String.fromCharCode(code));
}
const MARK = /\p{M}/u;
