// Sets of words told on a word of the article in place, by its offsets, with no copy of it: the
// candidate scan asks of tens of thousands of words a text whether they are a title's or an
// institution's, and a copy of each (and its lower case) was most of what the question cost.

/** Words whose first unit is below this, each shorter than 32 units. */
const FIRST_UNITS = 0x500;

/** ASCII A–Z read as a–z; any other unit as it is. */
export function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 32 : code;
}

/**
 * A set of words, asked about a word of a text in place. With `asciiCase`, the set's words are in
 * ASCII small letters and a word is in it when it is one of them with any of its ASCII letters
 * in capitals: what `set.has(word.toLowerCase())` says of a word of ASCII units.
 */
export class WordSet {
  /** By the first unit of the words, the lengths of those that start with it, one bit each. */
  private readonly lengths = new Int32Array(FIRST_UNITS);
  private readonly words: Set<string>;
  /** The words' units, at their hash or the next free slots after it. */
  private readonly slots: (Uint16Array | undefined)[];
  private readonly mask: number;

  constructor(
    words: Iterable<string>,
    private readonly asciiCase = false,
  ) {
    this.words = new Set(words);
    this.mask = (1 << Math.ceil(Math.log2(this.words.size * 4 + 1))) - 1;
    this.slots = new Array<Uint16Array | undefined>(this.mask + 1).fill(undefined);
    for (const word of this.words) {
      if (word.charCodeAt(0) >= FIRST_UNITS || word.length >= 32) throw new Error(`word out of the table: ${word}`);
      if (asciiCase && /[A-Z]/.test(word)) throw new Error(`word not in small letters: ${word}`);
      const units = Uint16Array.from(word, (c) => c.charCodeAt(0));
      this.lengths[units[0]] |= 1 << units.length;
      let hash = 0;
      for (const unit of units) hash = (Math.imul(hash, 31) + unit) | 0;
      let slot = hash & this.mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.slots[slot] = units;
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether the word [start, end) of `text` is in the set: most words are ruled out by their first unit and length. */
  hasAt(text: string, start: number, end: number): boolean {
    const first = this.asciiCase ? asciiLower(text.charCodeAt(start)) : text.charCodeAt(start);
    const length = end - start;
    if (first >= FIRST_UNITS || length >= 32 || (this.lengths[first] & (1 << length)) === 0) return false;
    let hash = 0;
    if (this.asciiCase) for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + asciiLower(text.charCodeAt(k))) | 0;
    else for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const units = this.slots[slot];
      if (units === undefined) return false;
      if (units.length === length && this.sameAt(units, text, start)) return true;
    }
  }

  private sameAt(units: Uint16Array, text: string, start: number): boolean {
    let k = 0;
    if (this.asciiCase) while (k < units.length && units[k] === asciiLower(text.charCodeAt(start + k))) k++;
    else while (k < units.length && units[k] === text.charCodeAt(start + k)) k++;
    return k === units.length;
  }
}
