// Where a mention is expected in the new text. Anchors that are certain (still exact, or whose quote
// and whole context occur once) are landmarks: pairs of an old and a new offset. A mention moves
// with its nearest landmarks: the last one before it and the first one after it, in the old text.
// When the two moved by different amounts, something was inserted or deleted between them, either
// before the mention or after it, so both shifts are kept as hypotheses, each as likely as the
// edit is to lie on the other side of the mention (the nearer landmark is the likelier guide). Landmarks are not filtered
// for order: those of a moved paragraph are exactly what places the other mentions in it.
import { partitionPoint } from '../text/binarySearch';

export interface Landmark {
  old: number;
  new: number;
}

export interface Expectation {
  /** Where the mention is expected to start in the new text: one or two hypotheses, likeliest first. */
  at: number[];
  /** How likely each is, relative to the likeliest (1). */
  weight: number[];
  /** How far off each guess may be. */
  spread: number;
}

export class OffsetMap {
  private readonly olds: Int32Array;
  private readonly news: Int32Array;

  /** `landmarks` in any order; the start of the text is one too. */
  constructor(
    landmarks: Landmark[],
    private readonly oldLength: number | undefined,
    private readonly newLength: number,
  ) {
    const sorted = [{ old: 0, new: 0 }, ...landmarks].sort((a, b) => a.old - b.old || a.new - b.new);
    this.olds = Int32Array.from(sorted, (l) => l.old);
    this.news = Int32Array.from(sorted, (l) => l.new);
  }

  expect(oldOffset: number): Expectation {
    const { olds, news, oldLength, newLength } = this;
    // The last landmark at or before the offset (there is one: the start), and the first after it.
    const low = partitionPoint(0, olds.length, (i) => olds[i] <= oldOffset);
    const before = Math.max(0, low - 1);
    const shiftBefore = news[before] - olds[before];
    if (low >= olds.length) {
      // Past the last landmark. With no landmark at all but the start, the best guess scales the
      // offset by the change in length, when the old length is known.
      if (olds.length === 1 && oldLength !== undefined && oldLength > 0) {
        return { at: [Math.round((oldOffset * newLength) / oldLength)], weight: [1], spread: 64 + Math.abs(newLength - oldLength) };
      }
      const tail = oldLength === undefined ? 32 : Math.abs(newLength - news[before] - (oldLength - olds[before]));
      return { at: [Math.max(0, oldOffset + shiftBefore)], weight: [1], spread: 32 + tail };
    }
    const shiftAfter = news[low] - olds[low];
    const fromBefore = Math.max(0, oldOffset + shiftBefore);
    const fromAfter = Math.max(0, oldOffset + shiftAfter);
    if (fromBefore === fromAfter) return { at: [fromBefore], weight: [1], spread: 32 };
    // The nearer landmark's shift first; the other as likely as the edit is to lie beyond the mention.
    const toBefore = Math.max(1, oldOffset - olds[before]);
    const toAfter = Math.max(1, olds[low] - oldOffset);
    return toBefore <= toAfter
      ? { at: [fromBefore, fromAfter], weight: [1, toBefore / toAfter], spread: 32 }
      : { at: [fromAfter, fromBefore], weight: [1, toAfter / toBefore], spread: 32 };
  }
}
