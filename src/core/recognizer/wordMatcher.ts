// Whole-word matching of many folded aliases in one pass over the original text, word by word.
//
// A match can only start where a word starts, and an alias is a sequence of whole words with the
// same separators between them as in the text. So the scan only hashes each word of the text as it
// reads it, without branching per character, and asks a bit filter whether some alias starts with a
// word of that hash. Only then does it read on, word by word, along a trie of tokens (a separator
// and the word after it) kept in a hash table, comparing each token unit for unit with the one in
// the table. Characters that do not fold to exactly one unit of their own (combining marks, ß,
// surrogate pairs, characters not met yet) are left to a careful path that folds them as
// `foldText` does.
import { foldCodePoint, foldedUnitInfo, isWordCode, UNIT_KIND, UNIT_SIMPLE, UNIT_SPACE, UNIT_WORD } from '../text/fold';
import { isHighSurrogate } from '../text/surrogates';
import { plainWordUnit, type WordBoundaries, WORDS_PIECE } from './textScan';

/** Matches found by `FoldedWordMatcher.findAll`, in parallel arrays; valid until its next call. */
export interface WordMatches {
  count: number;
  pattern: Int32Array;
  /** UTF-16 offsets in the original text. */
  start: Int32Array;
  end: Int32Array;
}

/**
 * What `FoldedWordMatcher.findLongest` asks of a match of `pattern` at [start, end) in `text`:
 * where the span taken for it ends when it is taken, or -1 when it is refused there.
 */
export type MatchChoice = (text: string, pattern: number, start: number, end: number) => number;

// What the scan needs to know of a code unit, in one number of `codes`:
//   > 0  it folds to one word unit u; the number is u's share of a word's hash, `unitCode(u)`;
//   0    it folds to one unit that separates words, or to a space;
//   < 0  anything else: the careful path reads it (CODE_UNKNOWN until it has been looked at).
const CODE_IRREGULAR = -1;
const CODE_UNKNOWN = -2;
// How a code unit folds, in `kinds`, for the careful reading.
const KIND_UNKNOWN = 0;
const KIND_WORD = 1;
const KIND_SEPARATOR = 2;
const KIND_SPACE = 3;
/** Folds to nothing or to several units, or is half a surrogate pair: `foldCodePoint` says. */
const KIND_IRREGULAR = 4;

/** A folded unit's share of a hash: never 0 and always 2 modulo 4, so that a word's hash is neither. */
function unitCode(unit: number): number {
  return unit * 4 + 2;
}

// A multiple of 4, so that a word's hash stays 2 modulo 4. Unlike a shift by 5, which kept only a
// word's last six or so units, it keeps sixteen: words that end alike no longer share a hash, and
// with it the filter's bit and a first word's slot (in the generated benchmark such clashes were
// common, each one more slot read and units compared).
const HASH_MULTIPLIER = 36;

/** The hash of a run of units, one unit code at a time. */
function extend(hash: number, code: number): number {
  return (Math.imul(hash, HASH_MULTIPLIER) + code) | 0;
}

/**
 * A table of 2^bits empty slots. A slot is empty while its token's length is 0 (every token has
 * a unit at least): a new table is empty as allocated, with no pass over its memory to mark it
 * (for 100,000 entities, 128 MiB written before the first slot was placed).
 */
function emptySlots(bits: number): Int32Array {
  return new Int32Array((1 << bits) * SLOT_SIZE);
}

/**
 * The key of a token's slot: its hash, mixed with the node it leaves so that equal tokens after
 * different nodes differ (a bijection of the field for a given hash). Different tokens may share
 * a key: a slot is only taken after its units have been compared.
 */
function keyOf(field: number, hash: number): number {
  return (hash + Math.imul(field, FIELD_MIX)) | 0;
}

// The filter of first words: one bit per word hash, mixed by an odd factor chosen when it is built
// so that no first word shares the bit of 0 (no word ended here): between words the filter says
// no. (A factor rather than a salt: one operation fewer for each unit the scan reads.) The bit of
// -1 (a unit for the careful path) is always set.
const FILTER_BITS = 20;
function filterBit(hash: number, mix: number): number {
  return Math.imul(hash, mix) >>> (32 - FILTER_BITS);
}
// A filter of the slots' keys, with another mix, checked before looking for the slot of a token
// after a first word: a slot is most often far in memory, and nearly half of those tokens have
// none. (Most words that the first filter lets through do have one: they go to the slot.)
const KEY_FILTER_BITS = 21;
const KEY_FILTER_MIX = 0x85ebca6b;
function keyFilterBit(key: number): number {
  return Math.imul(key, KEY_FILTER_MIX) >>> (32 - KEY_FILTER_BITS);
}

// The trie's edges live in an open-addressed table of SLOT_SIZE numbers per slot: the key (the
// token's hash mixed with the node it leaves), the info of the node it leads to, the token's length
// in units, and the token's units themselves, packed two to a number when there are at most
// INLINE_UNITS of them, else the offset of their copy in `longTokens`. One slot is half a cache
// line: finding a token and checking it unit by unit costs one read from memory.
const SLOT_SIZE = 8;
const INLINE_UNITS = 10;
const SLOT_MIX = 0x9e3779b1;
const FIELD_MIX = 0x27d4eb2f;
// A node's info: its flags, and above them the pattern that ends there, plus one (0 for none).
const HAS_NEXT = 1;
const HAS_TRAILING = 2;
/** The tokens after the node are placed from the slot after its own (see `finalTable`). */
const NEAR_CHILDREN = 4;
const TERMINAL_SHIFT = 3;
/**
 * How many tokens may follow a node for them to be placed near it. Most nodes below the root have
 * one or two; placing all those of a node that many follow (a first name) near it made a long run
 * of full slots there, which every lookup nearby read through.
 */
const NEAR_CHILDREN_MAX = 16;
/**
 * The largest table, in bits, that `finalTable` builds again at the same size to place tokens
 * near their nodes: a second table while the first is still held, and the memory of a large
 * knowledge base has a ceiling. (A table of another size is built again anyway.)
 */
const NEAR_REBUILD_BITS_MAX = 20;
// How many candidate words a scan gathers before they are tried, so that the scan's loop runs on
// rather than returning at each; few enough for the text they end in to stay in the nearest cache.
const CANDIDATES = 128;
const STOP_END = 0;
const STOP_FULL = 1;
const STOP_CAREFUL = 2;
/** The field of the root; any other node's is one more than the index of the slot that leads to it. */
const ROOT = 0;

/** How many tokens (a separator and the word after it, or a trailing separator) the patterns have at most. */
function countTokens(patterns: readonly string[]): number {
  let tokens = 0;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p];
    let inWord = false;
    for (let k = 0; k < pattern.length; k++) {
      const word = isWordCode(pattern.charCodeAt(k));
      if (word && !inWord) tokens++;
      inWord = word;
    }
    if (pattern.length > 0 && !inWord) tokens++;
  }
  return tokens;
}

/** The bits of the smallest table, a power of two, that `entries` fill to at most `load`. */
function bitsAtLoad(entries: number, load: number): number {
  let bits = 4;
  while ((1 << bits) * load < entries) bits++;
  return bits;
}

/**
 * The bits of a table for `entries`: at most half full, which the scan needs to stay fast, up to
 * 2^ROOMY_BITS_MAX slots (64 MiB); a larger one may be as full as `fullerLoad` (a knowledge base
 * of 100,000 entities has 1.2 million slots: 64 MiB rather than 128).
 */
function bitsFor(entries: number, fullerLoad: number): number {
  const roomy = bitsAtLoad(entries, 0.5);
  return roomy <= ROOMY_BITS_MAX ? roomy : Math.max(ROOMY_BITS_MAX, bitsAtLoad(entries, fullerLoad));
}
const ROOMY_BITS_MAX = 21;
// How full a large table may be. The builder's is sized for every token, most of which repeat (a
// first name in many aliases): it is that full only when none do. The scan's is sized for the
// slots placed: at 0.6 the generated knowledge base of 100,000 entities sat at the edge, and the
// first 0.1 % more aliases doubled the table to 128 MiB (peak memory +106 MiB); 0.65 leaves room.
const BUILD_LOAD = 7 / 8;
const SCAN_LOAD = 0.65;

/** The hash of pattern[from, to) as the scan computes it. */
function hashOf(pattern: string, from: number, to: number): number {
  let hash = 0;
  for (let k = from; k < to; k++) hash = extend(hash, unitCode(pattern.charCodeAt(k)));
  return hash;
}

/**
 * The trie, built straight into the table of slots, pattern by pattern: a node's field is the
 * index of the slot that leads to it, known as soon as that slot is found or placed. (A trie of
 * objects first cost most of the build for a few hundred thousand aliases, and gigabytes of
 * short-lived maps.) The table starts with room for every token, at most one slot each; once the
 * slots are counted, `finalTable` moves them into a table of the size the scan wants.
 */
class TrieBuilder {
  readonly bits: number;
  private readonly slots: Int32Array;
  private readonly slotUnits: Uint16Array;
  private readonly shift: number;
  private readonly mask: number;
  // Each slot placed, in the order placed, and the field of the node it leaves.
  private readonly placedSlots: Int32Array;
  private readonly placedFrom: Int32Array;
  private placed = 0;
  /** The units of the tokens too long to be inline, `longTokenUnits` of them used. */
  longTokens = new Uint16Array(1024);
  longTokenUnits = 0;
  rootFlags = 0;
  nodeCount = 1;
  /** The hash of each pattern's first word that is new: the words the scan's filter lets through. */
  readonly firstWords: number[] = [];

  constructor(tokens: number) {
    this.bits = bitsFor(tokens, BUILD_LOAD);
    this.shift = 32 - this.bits;
    this.mask = (1 << this.bits) * SLOT_SIZE - 1;
    this.slots = emptySlots(this.bits);
    this.slotUnits = new Uint16Array(this.slots.buffer);
    this.placedSlots = new Int32Array(tokens);
    this.placedFrom = new Int32Array(tokens);
  }

  /** Adds a pattern's tokens along the trie, and marks its last node as where pattern `index` ends. */
  add(pattern: string, index: number, leadingSeparator: Uint8Array): void {
    const { slots } = this;
    const length = pattern.length;
    if (length === 0) return;
    if (!isWordCode(pattern.charCodeAt(0))) leadingSeparator[pattern.charCodeAt(0)] = 1;
    // The node the pattern has led to: its field, and the slot that leads to it (-1 for the root).
    let field = ROOT;
    let leading = -1;
    for (let at = 0; ; ) {
      const from = at;
      while (at < length && !isWordCode(pattern.charCodeAt(at))) at++;
      if (at === length) {
        // A pattern that ends with a separator. Two equal patterns: the first one wins; callers
        // merge duplicates before building.
        this.findOrPlace(field, pattern, from, at, (index + 1) << TERMINAL_SHIFT);
        this.flag(leading, HAS_TRAILING);
        return;
      }
      while (at < length && isWordCode(pattern.charCodeAt(at))) at++;
      let slot = this.findOrPlace(field, pattern, from, at, 0);
      if (slot < 0) {
        slot = -1 - slot;
        this.nodeCount++;
        if (field === ROOT && from === 0) this.firstWords.push(hashOf(pattern, 0, at));
      }
      this.flag(leading, HAS_NEXT);
      leading = slot;
      field = slot / SLOT_SIZE + 1;
      if (at === length) {
        if (slots[slot + 1] >> TERMINAL_SHIFT === 0) slots[slot + 1] |= (index + 1) << TERMINAL_SHIFT;
        return;
      }
    }
  }

  /** Sets `bit` in the info of the node that `slot` leads to, the root for -1. */
  private flag(slot: number, bit: number): void {
    if (slot < 0) this.rootFlags |= bit;
    else this.slots[slot + 1] |= bit;
  }

  /** The slot of the token pattern[from, to) after the node of `field`, placed with `info` if it is new; -1 - slot when it is new. */
  private findOrPlace(field: number, pattern: string, from: number, to: number, info: number): number {
    const { slots, slotUnits, longTokens } = this;
    const key = keyOf(field, hashOf(pattern, from, to));
    const length = to - from;
    let s = (Math.imul(key, SLOT_MIX) >>> this.shift) * SLOT_SIZE;
    for (; slots[s + 2] !== 0; s = (s + SLOT_SIZE) & this.mask) {
      if (slots[s] !== key || slots[s + 2] !== length) continue;
      const inline = length <= INLINE_UNITS;
      const at = inline ? 2 * (s + 3) : slots[s + 3];
      let k = 0;
      if (inline) while (k < length && slotUnits[at + k] === pattern.charCodeAt(from + k)) k++;
      else while (k < length && longTokens[at + k] === pattern.charCodeAt(from + k)) k++;
      if (k === length) return s;
    }
    slots[s] = key;
    slots[s + 1] = info;
    slots[s + 2] = length;
    if (length <= INLINE_UNITS) {
      for (let k = 0; k < length; k++) slotUnits[2 * (s + 3) + k] = pattern.charCodeAt(from + k);
    } else {
      slots[s + 3] = this.longTokenUnits;
      this.keepLongToken(pattern, from, to);
    }
    this.placedSlots[this.placed] = s;
    this.placedFrom[this.placed++] = field;
    return -1 - s;
  }

  /** Appends pattern[from, to) to `longTokens`, which grows by half when full. */
  private keepLongToken(pattern: string, from: number, to: number): void {
    const needed = this.longTokenUnits + to - from;
    if (needed > this.longTokens.length) {
      const larger = new Uint16Array(Math.max(needed, Math.ceil(this.longTokens.length * 1.5)));
      larger.set(this.longTokens.subarray(0, this.longTokenUnits));
      this.longTokens = larger;
    }
    for (let k = from; k < to; k++) this.longTokens[this.longTokenUnits++] = pattern.charCodeAt(k);
  }

  /**
   * The table the scan reads, of the size SCAN_LOAD asks for the slots placed (tokens that repeat
   * take one slot, so the counted slots may fit a smaller table than the tokens did, or need a
   * larger one when few repeat). They move there in the order placed, so that a node's new field
   * is known before the slots that leave it; a slot's key is its token's hash mixed with that
   * field, so each key is mixed again. The tokens after a node that at most NEAR_CHILDREN_MAX
   * follow are placed from the slot after the node's own rather than where their keys say
   * (`NEAR_CHILDREN`): a match's next token is then most often in the memory just read for the
   * one before, where in a large table it was one more read from far away, waited for at each
   * token.
   */
  finalTable(): { slots: Int32Array; bits: number } {
    const fitting = bitsFor(this.placed, SCAN_LOAD);
    if (fitting === this.bits && fitting > NEAR_REBUILD_BITS_MAX) return { slots: this.slots, bits: this.bits };
    const { slots } = this;
    const table = emptySlots(fitting);
    const finalShift = 32 - fitting;
    const finalMask = (1 << fitting) * SLOT_SIZE - 1;
    /** By old slot number (field - 1): how many tokens follow its node, then its new slot number. */
    const moved = new Int32Array(1 << this.bits);
    for (let k = 0; k < this.placed; k++) if (this.placedFrom[k] !== ROOT) moved[this.placedFrom[k] - 1]++;
    for (let k = 0; k < this.placed; k++) {
      const s = this.placedSlots[k];
      const from = this.placedFrom[k];
      const parent = from === ROOT ? -1 : moved[from - 1] * SLOT_SIZE;
      const key = keyOf(from === ROOT ? ROOT : parent / SLOT_SIZE + 1, (slots[s] - Math.imul(from, FIELD_MIX)) | 0);
      const near = parent >= 0 && (table[parent + 1] & NEAR_CHILDREN) !== 0;
      let t = near ? (parent + SLOT_SIZE) & finalMask : (Math.imul(key, SLOT_MIX) >>> finalShift) * SLOT_SIZE;
      while (table[t + 2] !== 0) t = (t + SLOT_SIZE) & finalMask;
      const children = moved[s / SLOT_SIZE];
      table.set(slots.subarray(s, s + SLOT_SIZE), t);
      table[t] = key;
      if (children > 0 && children <= NEAR_CHILDREN_MAX) table[t + 1] |= NEAR_CHILDREN;
      moved[s / SLOT_SIZE] = t / SLOT_SIZE;
    }
    return { slots: table, bits: fitting };
  }
}

/** The filter of the slots' keys (see KEY_FILTER_BITS). */
function keyFilterOf(slots: Int32Array): Int32Array {
  const keyFilter = new Int32Array(1 << (KEY_FILTER_BITS - 5));
  for (let s = 0; s < slots.length; s += SLOT_SIZE) {
    if (slots[s + 2] === 0) continue;
    const bit = keyFilterBit(slots[s]);
    keyFilter[bit >>> 5] |= 1 << bit;
  }
  return keyFilter;
}

/** The filter of first words (see FILTER_BITS), and the mix that keeps every first word off the bit of 0. */
function firstWordFilter(firstWords: readonly number[]): { filter: Int32Array; mix: number } {
  let mix = 0;
  for (let attempt = 1; attempt <= 64; attempt++) {
    // A few tries find one with high odds; failing that, the last one is right, only slower.
    mix = (Math.imul(attempt, 0x6d2b79f5) ^ 0x9e3779b1) | 1;
    const none = filterBit(0, mix);
    if (filterBit(-1, mix) !== none && firstWords.every((hash) => filterBit(hash, mix) !== none)) break;
  }
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const set = (hash: number) => {
    const bit = filterBit(hash, mix);
    filter[bit >>> 5] |= 1 << bit;
  };
  set(-1);
  firstWords.forEach(set);
  return { filter, mix };
}

/**
 * Reads a text's folded units one at a time from an offset, as `foldText` folds it: runs of spaces
 * as one space, nothing for what folds to nothing, and a code point that folds to several units
 * unit by unit, each with the offset of the code point it comes from.
 */
class FoldedUnitReader {
  /** Where the next code point to fold starts. */
  pos = 0;
  /** Where the last unit read comes from (the text's length after its end). */
  origin = 0;
  /** Whether the last unit read is a word unit. */
  isWord = false;
  private text = '';
  private lastWasSpace = false;
  // The rest of a code point that folds to several units.
  private pending = '';
  private pendingAt = 0;
  private pendingOrigin = 0;

  /** The matcher's tables of how code units fold, and how to fill them in for a unit not met yet. */
  constructor(
    private readonly codes: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly simpleUnit: Uint16Array,
    private readonly learn: (c: number) => void,
  ) {}

  start(text: string, pos: number): void {
    this.text = text;
    this.pos = pos;
    this.lastWasSpace = false;
    this.pending = '';
    this.pendingAt = 0;
  }

  /** Whether units of a code point that folds to several are still to come. */
  inCodePoint(): boolean {
    return this.pendingAt < this.pending.length;
  }

  /** The next folded unit, or -1 at the end of the text; `origin` and `isWord` tell about it. */
  next(): number {
    if (this.pendingAt < this.pending.length) {
      const unit = this.pending.charCodeAt(this.pendingAt++);
      this.origin = this.pendingOrigin;
      this.isWord = isWordCode(unit);
      return unit;
    }
    const { text, codes, kinds } = this;
    const n = text.length;
    while (this.pos < n) {
      const at = this.pos;
      const c = text.charCodeAt(at);
      const code = codes[c];
      if (code > 0) return this.simple((code - 2) >> 2, true);
      if (kinds[c] === KIND_UNKNOWN) this.learn(c);
      const kind = kinds[c];
      if (kind === KIND_WORD || kind === KIND_SEPARATOR) return this.simple(this.simpleUnit[c], kind === KIND_WORD);
      const width = kind === KIND_IRREGULAR && isHighSurrogate(c) && at + 1 < n ? 2 : 1;
      const folded = kind === KIND_SPACE ? ' ' : foldCodePoint(text.slice(at, at + width));
      this.pos += width;
      if (folded === ' ') {
        // Runs of spaces fold to their first one.
        if (this.lastWasSpace) continue;
        this.lastWasSpace = true;
        this.origin = at;
        this.isWord = false;
        return 0x20;
      }
      this.lastWasSpace = false;
      if (folded.length === 0) continue;
      this.pending = folded;
      this.pendingAt = 1;
      this.pendingOrigin = at;
      this.origin = at;
      const unit = folded.charCodeAt(0);
      this.isWord = isWordCode(unit);
      return unit;
    }
    this.origin = n;
    this.isWord = false;
    return -1;
  }

  /** A code unit that folds to one unit of its own. */
  private simple(unit: number, isWord: boolean): number {
    this.origin = this.pos++;
    this.isWord = isWord;
    this.lastWasSpace = false;
    return unit;
  }
}

export class FoldedWordMatcher {
  /** Trie nodes, the root included: a node is a sequence of tokens that starts some pattern. */
  readonly stateCount: number;
  private readonly maxPatternLength: number;
  private readonly codes = new Int32Array(65536).fill(CODE_UNKNOWN);
  private readonly kinds = new Uint8Array(65536);
  /** The folded unit of a code unit whose kind is a word, a separator or a space. */
  private readonly simpleUnit = new Uint16Array(65536);
  /** Folded units with which a pattern starts that does not start with a word. */
  private readonly leadingSeparator = new Uint8Array(65536);
  private readonly filter: Int32Array;
  private readonly filterMix: number;
  private readonly keyFilter: Int32Array;
  private readonly slots: Int32Array;
  /** The same memory as `slots`, by UTF-16 unit, for the tokens' units. */
  private readonly slotUnits: Uint16Array;
  private readonly slotShift: number;
  private readonly slotMask: number;
  private readonly longTokens: Uint16Array;
  private readonly rootFlags: number;
  // Scratch for one match attempt: the folded units of the token being read, at their offset from
  // the match's start, and where each came from.
  private readonly units: Uint16Array;
  private readonly origins: Int32Array;
  // What `walkPlain` found, to report longest first once it knows that it can.
  private readonly plainPatterns: Int32Array;
  private readonly plainEnds: Int32Array;
  // The words that the filter let through in one scan: where each ends, and its hash.
  private readonly candidateEnd = new Int32Array(CANDIDATES);
  private readonly candidateHash = new Int32Array(CANDIDATES);
  private candidateCount = 0;
  /** What `tryCandidates` read ahead, kept so that the compiler keeps the reads. */
  private readAhead = 0;
  /** Why the last scan stopped: STOP_END, STOP_FULL or STOP_CAREFUL. */
  private scanStop = STOP_END;
  /** The hash of the word that `scanReadingWords` stopped in, 0 between words. */
  private scanHash = 0;
  private readonly matches: WordMatches = { count: 0, pattern: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256) };
  /** Reads folded units for `walk`. */
  private readonly reader: FoldedUnitReader;
  // The choice of `findLongest`, and where it stands: the start of the last match taken and
  // where its span reaches (-1 before one), the last match offered, and whether the matches
  // came out of the order promised.
  private choice: MatchChoice | undefined;
  private taken = -1;
  private reached = -1;
  private lastStart = -1;
  private lastEnd = -1;
  private outOfOrder = false;

  constructor(patterns: readonly string[]) {
    // Loops rather than reduce and forEach: these run once, over up to a million patterns, and an
    // iterator's steps each cost an object until the compiler has the loop.
    let longest = 0;
    for (let p = 0; p < patterns.length; p++) longest = Math.max(longest, patterns[p].length);
    this.maxPatternLength = longest;
    this.units = new Uint16Array(this.maxPatternLength + 1);
    this.origins = new Int32Array(this.maxPatternLength + 1);
    this.plainPatterns = new Int32Array(this.maxPatternLength + 1);
    this.plainEnds = new Int32Array(this.maxPatternLength + 1);

    const trie = new TrieBuilder(countTokens(patterns));
    for (let p = 0; p < patterns.length; p++) trie.add(patterns[p], p, this.leadingSeparator);
    this.stateCount = trie.nodeCount;
    this.rootFlags = trie.rootFlags;
    const table = trie.finalTable();
    this.slots = table.slots;
    this.slotUnits = new Uint16Array(table.slots.buffer);
    this.slotShift = 32 - table.bits;
    this.slotMask = (1 << table.bits) * SLOT_SIZE - 1;
    this.longTokens = trie.longTokens.slice(0, trie.longTokenUnits);
    this.keyFilter = keyFilterOf(table.slots);
    const firstWords = firstWordFilter(trie.firstWords);
    this.filter = firstWords.filter;
    this.filterMix = firstWords.mix;
    this.reader = new FoldedUnitReader(this.codes, this.kinds, this.simpleUnit, (c) => this.learn(c));

    // ASCII now; other code units when they are first met.
    for (let c = 0; c < 0x80; c++) this.learn(c);
  }

  /**
   * Every whole-word occurrence of every pattern in `text`, with its original offsets, sorted by
   * start and, at the same start, longest first.
   */
  findAll(text: string): WordMatches {
    this.matches.count = 0;
    const n = text.length;
    for (let at = 0; at < n; ) {
      const stop = this.scan(text, at);
      this.tryCandidates(text);
      if (this.scanStop === STOP_CAREFUL) at = this.readCarefully(text, stop);
      else at = stop;
    }
    return this.matches;
  }

  /**
   * Leftmost-longest among the matches `findAll` finds, chosen as they are found: each match
   * that starts at or after where the last one taken reaches, longest first at a start, goes to
   * `choice`, which takes it or refuses it (then the next at that start goes). A word that ends
   * before where the last match taken reaches is not looked up: every match it starts would be
   * inside that one. (Inside a long name, most words are names too.) Returns false, having
   * stopped, when the matches are not in the order `findAll` promises, for the caller to choose
   * among all of them itself.
   */
  findLongest(text: string, choice: MatchChoice): boolean {
    this.matches.count = 0;
    this.choice = choice;
    this.taken = -1;
    this.reached = -1;
    this.lastStart = -1;
    this.lastEnd = -1;
    this.outOfOrder = false;
    const n = text.length;
    for (let at = 0; at < n && !this.outOfOrder; ) {
      const stop = this.scan(text, at);
      this.tryCandidatesChoosing(text);
      if (this.scanStop !== STOP_CAREFUL) {
        at = stop;
        continue;
      }
      at = this.readCarefully(text, stop);
      this.offerMatches(text);
    }
    this.choice = undefined;
    return !this.outOfOrder;
  }

  /**
   * `findAll`, reading the text's words into `boundaries` (a new one for this text) on the way,
   * as `wordsOf` reads them: one pass over the text for both. Every unit that `wordsOf` reads
   * otherwise than this scan does is one for the careful path (see `learn`), where `boundaries`
   * reads it on its own.
   */
  findAllReadingWords(text: string, boundaries: WordBoundaries): WordMatches {
    this.matches.count = 0;
    this.scanHash = 0;
    const n = text.length;
    for (let at = 0; at < n; ) {
      boundaries.makeRoom(WORDS_PIECE);
      const stop = this.scanReadingWords(text, at, Math.min(n, at + WORDS_PIECE), boundaries);
      if (stop === n && this.scanStop !== STOP_CAREFUL && this.scanHash !== 0) {
        // The text ends in a word: the filter has not seen it.
        this.candidateEnd[this.candidateCount] = n;
        this.candidateHash[this.candidateCount++] = this.scanHash;
        this.scanHash = 0;
      }
      this.tryCandidates(text);
      if (this.scanStop !== STOP_CAREFUL) {
        at = stop;
        continue;
      }
      // The careful path goes on to after a plain separator, where no surrogate pair is cut; or
      // back to the start of the word whose unit it has just learned is plain: read again, the
      // word adds no boundary, as the scan finds itself in it.
      at = this.readCarefully(text, stop);
      if (at > stop) boundaries.read(text, stop, at);
    }
    return this.matches;
  }

  /**
   * Reads from `from`, between words, and keeps the words that the filter lets through as
   * candidates, up to CANDIDATES of them, a unit that needs the careful path, or the end of the
   * text; returns where to go on, or the careful unit's offset, and says which in `scanStop`.
   * The loop is kept apart from what is done with the candidates, so that it stays small and fast.
   */
  private scan(text: string, from: number): number {
    const { codes, filter, filterMix, candidateEnd, candidateHash } = this;
    const n = text.length;
    let count = 0;
    // The hash of the word read so far, 0 between words (a word's is never 0). A word's units
    // only extend it; the filter is asked where a word ends, or where a unit needs the careful
    // path (-1, whose bit is always set), and not between two separators.
    let hash = 0;
    for (let i = from; i < n; i++) {
      const code = codes[text.charCodeAt(i)];
      if (code > 0) {
        hash = (Math.imul(hash, HASH_MULTIPLIER) + code) | 0;
        continue;
      }
      if ((hash | code) !== 0) {
        const ended = hash | (code >> 31);
        const bit = Math.imul(ended, filterMix) >>> (32 - FILTER_BITS);
        if ((filter[bit >>> 5] & (1 << bit)) !== 0) {
          if (ended === -1) {
            this.candidateCount = count;
            this.scanStop = STOP_CAREFUL;
            return i;
          }
          candidateEnd[count] = i;
          candidateHash[count++] = ended;
          if (count === CANDIDATES) {
            this.candidateCount = count;
            this.scanStop = STOP_FULL;
            return i + 1;
          }
        }
        hash = 0;
      }
    }
    // The text ends in a word: the filter has not seen it.
    if (hash !== 0) {
      candidateEnd[count] = n;
      candidateHash[count++] = hash;
    }
    this.candidateCount = count;
    this.scanStop = STOP_END;
    return n;
  }

  /**
   * `scan` from `from` up to `to` at most, which also reads the words of the text into
   * `boundaries` (room made for every unit up to `to`), up to the unit where it stops: each unit's
   * offset is written as the next boundary and kept only where a word begins or ends. A word that
   * `to` cuts goes on in the next call, from the hash kept in `scanHash`; so does the text's last
   * word, for the caller to try. (A loop of its own: the matching of names alone does not pay for
   * the words.)
   */
  private scanReadingWords(text: string, from: number, to: number, boundaries: WordBoundaries): number {
    const { codes, filter, filterMix, candidateEnd, candidateHash } = this;
    const { bounds } = boundaries;
    let written = boundaries.count;
    let count = 0;
    let hash = this.scanHash;
    let stop = STOP_FULL;
    let i = from;
    // As in `scan`, a word's units only extend the hash, and the filter is asked where a word
    // ends or a unit needs the careful path. Each unit's offset is written as the next boundary,
    // kept where a word begins (an even count: between words) or ends (an odd one).
    for (; i < to; i++) {
      const code = codes[text.charCodeAt(i)];
      bounds[written] = i;
      if (code > 0) {
        hash = (Math.imul(hash, HASH_MULTIPLIER) + code) | 0;
        written += ~written & 1;
        continue;
      }
      // This boundary is kept below unless the careful path is to read the unit.
      const next = written + (written & 1);
      if ((hash | code) !== 0) {
        const ended = hash | (code >> 31);
        const bit = Math.imul(ended, filterMix) >>> (32 - FILTER_BITS);
        hash = 0;
        if ((filter[bit >>> 5] & (1 << bit)) !== 0) {
          if (ended === -1) {
            stop = STOP_CAREFUL;
            break;
          }
          candidateEnd[count] = i;
          candidateHash[count++] = ended;
          if (count === CANDIDATES) {
            written = next;
            i++;
            break;
          }
        }
      }
      written = next;
    }
    // One way out of the loop, whatever the stop, and nothing that runs only at the end of the
    // text (`findAllReadingWords` sees to it): code that a compiled loop has never seen run sends
    // it back to the interpreter when it does.
    boundaries.count = written;
    this.scanHash = hash;
    this.candidateCount = count;
    this.scanStop = stop;
    return i;
  }

  /**
   * The index of the pattern that is `folded` exactly (a string folded as the patterns are), or -1:
   * a walk along the trie token by token, as the pattern was added, with no text to scan.
   */
  patternIndex(folded: string): number {
    const length = folded.length;
    if (length === 0) return -1;
    let field = ROOT;
    for (let at = 0; ; ) {
      const from = at;
      while (at < length && !isWordCode(folded.charCodeAt(at))) at++;
      if (at < length) while (at < length && isWordCode(folded.charCodeAt(at))) at++;
      const slot = this.tokenSlot(field, folded, from, at);
      if (slot < 0) return -1;
      if (at === length) return (this.slots[slot + 1] >> TERMINAL_SHIFT) - 1;
      field = slot / SLOT_SIZE + 1;
    }
  }

  /** The slot of the token s[from, to) after the node of `field`, or -1. */
  private tokenSlot(field: number, s: string, from: number, to: number): number {
    const key = keyOf(field, hashOf(s, from, to));
    const bit = keyFilterBit(key);
    if ((this.keyFilter[bit >>> 5] & (1 << bit)) === 0) return -1;
    const { slots, slotUnits, longTokens } = this;
    const length = to - from;
    for (let t = this.firstSlotOf(field, key); ; t = (t + SLOT_SIZE) & this.slotMask) {
      if (slots[t + 2] === 0) return -1;
      if (slots[t] !== key || slots[t + 2] !== length) continue;
      const inline = length <= INLINE_UNITS;
      const stored = inline ? slotUnits : longTokens;
      const at = inline ? 2 * (t + 3) : slots[t + 3];
      let k = 0;
      while (k < length && stored[at + k] === s.charCodeAt(from + k)) k++;
      if (k === length) return t;
    }
  }

  /** Tries a match at each candidate word of the last scan, in order. */
  private tryCandidates(text: string): void {
    const { candidateEnd, candidateHash } = this;
    this.readCandidatesAhead();
    for (let k = 0; k < this.candidateCount; k++) {
      const slot = this.firstWord(text, candidateEnd[k], candidateHash[k]);
      if (slot >= 0) this.afterFirstWord(text, candidateEnd[k], slot);
    }
  }

  /** `tryCandidates` for `findLongest`: the matches of each word offered as found, and words inside the last match taken passed over. */
  private tryCandidatesChoosing(text: string): void {
    const { candidateEnd, candidateHash } = this;
    this.readCandidatesAhead();
    for (let k = 0; k < this.candidateCount && !this.outOfOrder; k++) {
      const end = candidateEnd[k];
      // The word starts before `end`, so before where the last match taken reaches.
      if (end <= this.reached) continue;
      const slot = this.firstWord(text, end, candidateHash[k]);
      if (slot < 0) continue;
      this.afterFirstWord(text, end, slot);
      this.offerMatches(text);
    }
  }

  /**
   * Reads the slot of each candidate's first word, all at once: most are far in memory, and reads
   * that do not wait on one another overlap, where the tries would wait for each in turn. The
   * slot after it too, where the tokens after a first word that few follow begin
   * (NEAR_CHILDREN): most often in the next block of memory. (Hashing the token after, to read
   * its slot ahead, did not pay.)
   */
  private readCandidatesAhead(): void {
    const { candidateHash, slots } = this;
    let readAhead = 0;
    for (let k = 0; k < this.candidateCount; k++) {
      const home = this.slotOf(keyOf(ROOT, candidateHash[k]));
      readAhead ^= slots[home] ^ slots[(home + SLOT_SIZE + 1) & this.slotMask];
    }
    this.readAhead = readAhead;
  }

  /** For `findLongest`: offers the matches reported since the last offer to its choice, in order, and forgets them. */
  private offerMatches(text: string): void {
    const m = this.matches;
    const choice = this.choice!;
    for (let k = 0; k < m.count; k++) {
      const start = m.start[k];
      const end = m.end[k];
      if (start < this.lastStart || (start === this.lastStart && end >= this.lastEnd)) {
        this.outOfOrder = true;
        break;
      }
      this.lastStart = start;
      this.lastEnd = end;
      if (start === this.taken || start < this.reached) continue;
      const reach = choice(text, m.pattern[k], start, end);
      if (reach < 0) continue;
      this.taken = start;
      this.reached = reach;
    }
    m.count = 0;
  }

  /** The slot of the first word of a pattern that ends at `end` with the scan's `hash`, or -1. */
  private firstWord(text: string, end: number, hash: number): number {
    const { codes, slots, slotUnits } = this;
    const key = keyOf(ROOT, hash);
    for (let s = this.slotOf(key); ; s = (s + SLOT_SIZE) & this.slotMask) {
      if (slots[s + 2] === 0) return -1;
      if (slots[s] !== key) continue;
      // The word is this token, unit for unit, and starts where it does. (Units that are not a
      // word's, from code 0 or below, never equal a token's.) Taking the start from the token
      // spares a loop back over the word, whose end the processor could not foresee.
      const length = slots[s + 2];
      const start = end - length;
      if (start < 0 || (start > 0 && codes[text.charCodeAt(start - 1)] > 0)) continue;
      let k = 0;
      if (length <= INLINE_UNITS) {
        const at = 2 * (s + 3);
        while (k < length && slotUnits[at + k] === (codes[text.charCodeAt(start + k)] - 2) >> 2) k++;
      } else {
        const at = slots[s + 3];
        while (k < length && this.longTokens[at + k] === (codes[text.charCodeAt(start + k)] - 2) >> 2) k++;
      }
      if (k === length) return s;
    }
  }

  /**
   * The first word of a pattern, found in `slot`, ended at `end`, before a separator or the end of
   * the text: reports the patterns that start with it.
   */
  private afterFirstWord(text: string, end: number, slot: number): void {
    const length = this.slots[slot + 2];
    const start = end - length;
    const info = this.slots[slot + 1];
    if ((info & (HAS_NEXT | HAS_TRAILING)) !== 0 && length < this.maxPatternLength) {
      const field = slot / SLOT_SIZE + 1;
      const flags = info & (HAS_NEXT | HAS_TRAILING);
      if (flags !== HAS_NEXT || !this.walkPlain(text, start, end, field, length)) this.walk(text, start, end, 0, field, flags, length);
    }
    // After the longer ones: longest first. A plain separator or the end of the text follows.
    if (info >> TERMINAL_SHIFT !== 0) this.report((info >> TERMINAL_SHIFT) - 1, start, end);
  }

  /**
   * The unit at `at` needs folding with care. Reads the word it is in or next to, and on to the
   * next plain separator, folding as `foldText` does and trying a match at every place where one
   * may start. Returns where the scan goes on: after that separator, where the scan's hashing of
   * words is right again.
   */
  private readCarefully(text: string, at: number): number {
    const { codes, kinds, simpleUnit, leadingSeparator } = this;
    const n = text.length;
    // The scan leaves the careful path only after a plain separator, so this finds a word start.
    let pos = at;
    while (pos > 0 && codes[text.charCodeAt(pos - 1)] > 0) pos--;
    if (kinds[text.charCodeAt(at)] === KIND_UNKNOWN && this.learn(text.charCodeAt(at)) >= 0) {
      // A plain unit after all, now known: the scan reads this word again.
      return pos;
    }
    let afterWord = false;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (kinds[c] === KIND_UNKNOWN) this.learn(c);
      const code = codes[c];
      if (code > 0) {
        if (!afterWord) this.walk(text, pos, pos, 0, ROOT, this.rootFlags, 0);
        afterWord = true;
        pos++;
        continue;
      }
      if (code === 0) {
        if (pos > at) return pos + 1;
        afterWord = false;
        pos++;
        continue;
      }
      const kind = kinds[c];
      if (kind === KIND_SEPARATOR) {
        // A separator with which some pattern starts.
        if (!afterWord && leadingSeparator[simpleUnit[c]] === 1) this.walk(text, pos, pos, 0, ROOT, this.rootFlags, 0);
        afterWord = false;
        pos++;
        continue;
      }
      const width = isHighSurrogate(c) && pos + 1 < n ? 2 : 1;
      const folded = foldCodePoint(text.slice(pos, pos + width));
      for (let k = 0; k < folded.length; k++) {
        const unit = folded.charCodeAt(k);
        const word = folded !== ' ' && isWordCode(unit);
        if (!afterWord && (word || leadingSeparator[unit] === 1)) this.walk(text, pos, pos, k, ROOT, this.rootFlags, 0);
        afterWord = word;
      }
      pos += width;
    }
    return n;
  }

  /**
   * `walk` for the common case, read straight from the text: tokens of units that fold to one unit
   * each, and no pattern that ends with a separator on the way. Returns false, having reported
   * nothing, where that case ends, for `walk` to do it all again.
   */
  private walkPlain(text: string, start: number, pos: number, field: number, length: number): boolean {
    const { codes, kinds, simpleUnit, units, slots, slotUnits, longTokens, plainPatterns, plainEnds } = this;
    const n = text.length;
    const limit = this.maxPatternLength;
    let found = 0;
    for (;;) {
      // The separator, into `units`: spaces fold to one, as `foldText` does.
      let tokenLength = 0;
      let hash = 0;
      let lastWasSpace = false;
      let code = 0;
      for (; pos < n && (code = codes[text.charCodeAt(pos)]) === 0; pos++) {
        const c = text.charCodeAt(pos);
        const space = kinds[c] === KIND_SPACE;
        if (space && lastWasSpace) continue;
        lastWasSpace = space;
        if (length + tokenLength === limit) return false;
        units[tokenLength++] = simpleUnit[c];
        hash = extend(hash, unitCode(simpleUnit[c]));
      }
      if (pos === n) break;
      if (code < 0) return false;
      const wordStart = pos;
      for (; pos < n && (code = codes[text.charCodeAt(pos)]) > 0; pos++) hash = extend(hash, code);
      if (pos < n && code < 0) return false;
      const separatorLength = tokenLength;
      tokenLength += pos - wordStart;
      length += tokenLength;
      if (length > limit) return false;
      // The token's slot, checked unit for unit: the separator's, then the word's from the text.
      const key = keyOf(field, hash);
      const bit = keyFilterBit(key);
      if ((this.keyFilter[bit >>> 5] & (1 << bit)) === 0) break;
      let slot = -1;
      for (let s = this.firstSlotOf(field, key); slot < 0; s = (s + SLOT_SIZE) & this.slotMask) {
        if (slots[s + 2] === 0) break;
        if (slots[s] !== key || slots[s + 2] !== tokenLength) continue;
        const inline = tokenLength <= INLINE_UNITS;
        const stored = inline ? slotUnits : longTokens;
        const at = inline ? 2 * (s + 3) : slots[s + 3];
        let k = 0;
        while (k < separatorLength && stored[at + k] === units[k]) k++;
        while (k < tokenLength && stored[at + k] === (codes[text.charCodeAt(wordStart + k - separatorLength)] - 2) >> 2) k++;
        if (k === tokenLength) slot = s;
      }
      if (slot < 0) break;
      const info = slots[slot + 1];
      if ((info & HAS_TRAILING) !== 0) return false;
      if (info >> TERMINAL_SHIFT !== 0) {
        plainPatterns[found] = (info >> TERMINAL_SHIFT) - 1;
        plainEnds[found++] = pos;
      }
      if ((info & HAS_NEXT) === 0 || pos === n) break;
      field = slot / SLOT_SIZE + 1;
    }
    // Found shortest first; longest first is the order promised.
    while (found > 0) {
      found--;
      this.report(plainPatterns[found], start, plainEnds[found]);
    }
    return true;
  }

  /**
   * Reports the patterns that start at original offset `start` (its code point's folded unit
   * `skip`), where the folded unit before is not a word unit, and that are longer than `length`
   * units read already, up to `pos`, which led to the node of `field` with `flags`; longest first.
   * Reads folded units from `pos` token by token along the trie, as long as a pattern may match.
   */
  private walk(text: string, start: number, pos: number, skip: number, field: number, flags: number, length: number): void {
    const { codes, units, origins, slots, reader } = this;
    const n = text.length;
    const limit = this.maxPatternLength;
    const firstMatch = this.matches.count;
    reader.start(text, pos);
    for (let k = 0; k < skip; k++) reader.next();
    // The token being read: its units are from `tokenFrom` in `units` (only its own are needed).
    let inWord = false;
    let tokenFrom = length;
    let tokenHash = 0;
    reading: for (;;) {
      const unit = reader.next();
      const { origin, isWord } = reader;
      if (!inWord) {
        if (unit >= 0 && !isWord) {
          if (length === limit) {
            // Too long for a pattern to go on; one may still end inside this separator.
            if ((flags & HAS_TRAILING) !== 0) this.reportTrailing(field, tokenFrom, length, true, start, origin);
            break;
          }
          units[length] = unit;
          origins[length++] = origin;
          tokenHash = extend(tokenHash, unitCode(unit));
          continue;
        }
        // The separator ends, at a word or at the end of the text.
        if (length > tokenFrom && (flags & HAS_TRAILING) !== 0) this.reportTrailing(field, tokenFrom, length, unit < 0, start, origin);
        if (unit < 0 || (flags & HAS_NEXT) === 0) break;
        inWord = true;
      }
      if (isWord) {
        if (length === limit) break;
        units[length++] = unit;
        tokenHash = extend(tokenHash, unitCode(unit));
        // The rest of the word, as long as each unit folds to one word unit: in a tighter loop.
        // (Only a separator's units need their origins.)
        if (!reader.inCodePoint()) {
          let p = reader.pos;
          for (let code = 0; p < n && (code = codes[text.charCodeAt(p)]) > 0; p++) {
            if (length === limit) break reading;
            units[length++] = (code - 2) >> 2;
            tokenHash = extend(tokenHash, code);
          }
          reader.pos = p;
        }
        continue;
      }
      // The word ends: on along the trie with the token it completes.
      const slot = this.find(field, tokenHash, tokenFrom, length);
      if (slot < 0) break;
      field = slot / SLOT_SIZE + 1;
      const info = slots[slot + 1];
      flags = info & (HAS_NEXT | HAS_TRAILING);
      if (info >> TERMINAL_SHIFT !== 0) this.report((info >> TERMINAL_SHIFT) - 1, start, origin);
      if (flags === 0 || unit < 0 || length === limit) break;
      // This unit starts the next separator.
      inWord = false;
      tokenFrom = length;
      units[length] = unit;
      origins[length++] = origin;
      tokenHash = extend(0, unitCode(unit));
    }
    this.reverseMatchesFrom(firstMatch);
  }

  /** Reverses the order of the matches reported since `first`: found shortest first, longest first is the order promised. */
  private reverseMatchesFrom(first: number): void {
    const m = this.matches;
    for (let a = first, b = m.count - 1; a < b; a++, b--) {
      const pattern = m.pattern[a];
      m.pattern[a] = m.pattern[b];
      m.pattern[b] = pattern;
      const end = m.end[a];
      m.end[a] = m.end[b];
      m.end[b] = end;
    }
  }

  /**
   * After the node of `field`, a separator was read into units [from, to). Reports the patterns
   * that end with a part of it, where the folded unit after them is not a word unit: inside the
   * separator, or at its end when `endIsFree` (the text ends there, or the separator goes on).
   * `after` is where the unit after the separator comes from.
   */
  private reportTrailing(field: number, from: number, to: number, endIsFree: boolean, start: number, after: number): void {
    let hash = 0;
    for (let k = from; k < to; k++) {
      hash = extend(hash, unitCode(this.units[k]));
      if (k + 1 === to && !endIsFree) break;
      const slot = this.find(field, hash, from, k + 1);
      if (slot >= 0) this.report((this.slots[slot + 1] >> TERMINAL_SHIFT) - 1, start, k + 1 < to ? this.origins[k + 1] : after);
    }
  }

  private report(pattern: number, start: number, end: number): void {
    const m = this.matches;
    if (m.count === m.pattern.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      m.pattern = grow(m.pattern);
      m.start = grow(m.start);
      m.end = grow(m.end);
    }
    m.pattern[m.count] = pattern;
    m.start[m.count] = start;
    m.end[m.count] = end;
    m.count++;
  }

  /** The slot of the token read into units [from, to) after the node of `field`, or -1. */
  private find(field: number, hash: number, from: number, to: number): number {
    const key = keyOf(field, hash);
    const bit = keyFilterBit(key);
    if ((this.keyFilter[bit >>> 5] & (1 << bit)) === 0) return -1;
    const { slots, slotUnits, units } = this;
    const length = to - from;
    for (let s = this.firstSlotOf(field, key); ; s = (s + SLOT_SIZE) & this.slotMask) {
      if (slots[s + 2] === 0) return -1;
      if (slots[s] !== key || slots[s + 2] !== length) continue;
      // Same key and length: the units tell.
      let k = 0;
      if (length <= INLINE_UNITS) {
        const at = 2 * (s + 3);
        while (k < length && slotUnits[at + k] === units[from + k]) k++;
      } else {
        const at = slots[s + 3];
        while (k < length && this.longTokens[at + k] === units[from + k]) k++;
      }
      if (k === length) return s;
    }
  }

  private slotOf(key: number): number {
    return (Math.imul(key, SLOT_MIX) >>> this.slotShift) * SLOT_SIZE;
  }

  /** Where the run of full slots that holds `key`, a token after the node of `field`, starts: after the node's own slot when its tokens are placed near it. */
  private firstSlotOf(field: number, key: number): number {
    return field !== ROOT && (this.slots[field * SLOT_SIZE - SLOT_SIZE + 1] & NEAR_CHILDREN) !== 0 ? (field * SLOT_SIZE) & this.slotMask : this.slotOf(key);
  }

  /** Looks at how code unit `c` folds; returns its code for the scan. */
  private learn(c: number): number {
    const info = foldedUnitInfo(c);
    const kind = info & UNIT_KIND;
    if (kind === UNIT_SIMPLE) {
      const unit = info & 0xffff;
      this.simpleUnit[c] = unit;
      if (info & UNIT_WORD) {
        this.kinds[c] = KIND_WORD;
        this.codes[c] = unitCode(unit);
      } else {
        this.kinds[c] = KIND_SEPARATOR;
        this.codes[c] = this.leadingSeparator[unit] === 1 ? CODE_IRREGULAR : 0;
      }
    } else if (kind === UNIT_SPACE) {
      this.simpleUnit[c] = 0x20;
      this.kinds[c] = KIND_SPACE;
      this.codes[c] = 0;
    } else {
      this.kinds[c] = KIND_IRREGULAR;
      this.codes[c] = CODE_IRREGULAR;
    }
    // A unit that `wordsOf` reads otherwise (a symbol that folds to a letter, such as Ⓐ, or a
    // letter that folds to a separator) is left to the careful path, so that the scan's words are
    // those of `wordsOf` wherever it reads them (`findAllReadingWords`).
    if (this.codes[c] >= 0 && plainWordUnit(c) !== this.codes[c] > 0) this.codes[c] = CODE_IRREGULAR;
    return this.codes[c];
  }
}
