// Where an article is cut into pieces that the recognizer reads on their own: after a line feed
// that no mention can cross (see incremental.ts). The soft wraps of a hard-wrapped paragraph are
// read within its piece (softWraps.ts).
import { isInvisible } from '../text/fold';
import { isSurrogate } from '../text/surrogates';
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
        this.allowed = at === 0 || endsNothing(text.charCodeAt(at - 1));
        this.decidedBy = at - 1;
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
