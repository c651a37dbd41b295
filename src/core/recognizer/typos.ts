// A long place name written with one slip ("Tajkistan", "Kazakshtan") is still that place. Kept
// conservative, since an ordinary word one edit from a name would become a place: only names of
// one word and seven letters or more, only words written with a capital and the same first letter,
// exactly one edit (a letter added, dropped, changed, or two neighbours swapped), never a word the
// knowledge base has as any entity's name or demonym ("Armenian" is not a typo of Armenia) nor the
// name with a letter after it ("Uzbekistani"), never one word away from two places, and never
// inside a longer capitalised name, unless that longer name is a place's or an organization's
// whose first word it misspells and whose other words follow as written ("Shangai Cooperation
// Organisation").
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { foldedUnitInfo, foldString, isWordCode, UNIT_KIND, UNIT_SIMPLE, UNIT_WORD } from '../text/fold';
import { type EntityNames, entityNamesOf } from './entityNames';
import type { Mention } from './mention';
import { capitalWordsOf, isWordSpace, type TextWords, upperAt } from './textScan';
import { isCapitalUnit } from './unitCase';

const MIN_LETTERS = 7;
/** A name of several words: a first word of letters, a space, a letter. */
const LONGER_NAME = /^\p{L}+ \p{L}/u;
/** How many words' answers `TypoFinder` remembers before it forgets them all. */
const MEMO_LIMIT = 50_000;

/** A space, then a capital: /^[ \u00a0]\p{Lu}/u at `at`, without a copy of the text. */
function nameGoesOn(text: string, at: number): boolean {
  return isWordSpace(text.charCodeAt(at)) && upperAt(text, at + 1);
}

/** A capital's small letter: Latin and Cyrillic read directly, others asked of the runtime. */
function smallLetter(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f)) return code + 32;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** The size of the tables of `NameShapes` (a power of two). */
const SHAPE_TABLE_SIZE = 1 << 12;

/**
 * What words one edit from some names look like, to rule most words out from their units alone,
 * without folding them into strings: the lengths such a word may have (one bit each), by the
 * name's first two units, and by its first and last two, each pair or triple mixed into a small
 * table's index (those that share an index share their bits, letting a few more words through,
 * never fewer). For names and words of seven letters or more that start alike.
 */
class NameShapes {
  private readonly heads = new Int32Array(SHAPE_TABLE_SIZE);
  private readonly tails = new Int32Array(SHAPE_TABLE_SIZE);

  /** A name, folded. */
  add(folded: string): void {
    const first = folded.charCodeAt(0);
    const lengths = 0b111 << (folded.length - 1);
    this.heads[headIndex(first, folded.charCodeAt(1))] |= lengths;
    this.tails[tailIndex(first, folded.charCodeAt(folded.length - 2), folded.charCodeAt(folded.length - 1))] |= lengths;
  }

  /**
   * False only for a word (`WordUnits`, read) that is one edit from none of the names, with the
   * same first letter: when each of its units folds to one letter or digit, the folded word is
   * those units, and a name one edit from it with its first unit has a length at most one apart;
   * where the edit is not at the second unit, the second unit too, and where it is, the two end
   * alike (both being seven letters or more).
   */
  mayBeNear(word: WordUnits): boolean {
    const { length } = word;
    if (length >= 30 || !word.simple) return true;
    const bit = 1 << length;
    return (this.heads[headIndex(word.first, word.second)] & bit) !== 0 || (this.tails[tailIndex(word.first, word.beforeLast, word.last)] & bit) !== 0;
  }
}

/**
 * What the checks of a word for a slip read of its units, read once per word: whether each folds
 * to one letter or digit (then the folded word is those units), the folded first two and last
 * two, and the hash of the units as written, which the words remembered are found by.
 */
class WordUnits {
  length = 0;
  simple = false;
  first = 0;
  second = 0;
  beforeLast = 0;
  last = 0;
  /** `unitsHash` of the word. */
  hash = 0;

  /** Reads the word [start, end) of `text`, of two units or more. */
  read(text: string, start: number, end: number): void {
    let simple = true;
    let hash = 0;
    for (let k = start; k < end; k++) {
      const code = text.charCodeAt(k);
      hash = (Math.imul(hash, 31) + code) | 0;
      // An ASCII letter or digit folds to itself in small letters; other ASCII is no word's.
      if (code < 0x80) {
        if (ASCII_WORD_UNIT[code] === 0) simple = false;
      } else if ((foldedUnitInfo(code) & (UNIT_KIND | UNIT_WORD)) !== (UNIT_SIMPLE | UNIT_WORD)) simple = false;
    }
    this.length = end - start;
    this.simple = simple;
    this.hash = hash;
    if (!simple) return;
    this.first = foldedUnit(text.charCodeAt(start));
    this.second = foldedUnit(text.charCodeAt(start + 1));
    this.beforeLast = foldedUnit(text.charCodeAt(end - 2));
    this.last = foldedUnit(text.charCodeAt(end - 1));
  }
}

/** 1 for an ASCII letter or digit. */
const ASCII_WORD_UNIT = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) ASCII_WORD_UNIT[code] = isWordCode(code) ? 1 : 0;

/** The one unit a letter or digit folds to (see `foldedUnitInfo`). */
function foldedUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  return foldedUnitInfo(code) & 0xffff;
}

/** Two units mixed into an index of a shape table. */
function headIndex(a: number, b: number): number {
  return (Math.imul(a, 31) + b) & (SHAPE_TABLE_SIZE - 1);
}

/** Three units mixed into an index of a shape table. */
function tailIndex(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 31) + b, 31) + c) & (SHAPE_TABLE_SIZE - 1);
}

/**
 * Whether the folded word is a slip of the folded place name: one edit from it, with the same
 * first letter, and not the name with a letter after it, a word made from it ("Uzbekistani",
 * "Dagestani", "Chechnyan").
 */
export function isSlipOf(name: string, word: string): boolean {
  return name[0] === word[0] && oneEditApart(name, word) && !(word.length > name.length && word.startsWith(name));
}

/** Whether `a` and `b` differ by exactly one edit: an insertion, a deletion, a substitution or a swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The hash of `s` without its unit at `drop` (the whole of it when `drop` is its length). */
export function hashWithout(s: string, drop: number): number {
  let hash = 0;
  for (let k = 0; k < s.length; k++) if (k !== drop) hash = (Math.imul(hash, 31) + s.charCodeAt(k)) | 0;
  return hash;
}

/** Room for `deletionHashes`, grown for a longer word. */
let deletionHashRoom = new Int32Array(64);

/**
 * `hashWithout(s, drop)` for every drop from 0 to the length of `s`, in one pass rather than one
 * per drop: the hash of the units before the drop, times 31 to the power of those after it, plus
 * the hash of those after. In a shared array, valid until the next call.
 */
export function deletionHashes(s: string): Int32Array {
  const length = s.length;
  if (length + 1 > deletionHashRoom.length) deletionHashRoom = new Int32Array(2 * (length + 1));
  const out = deletionHashRoom;
  // The hash of each prefix, the whole word's last.
  let prefix = 0;
  for (let k = 0; k < length; k++) {
    out[k] = prefix;
    prefix = (Math.imul(prefix, 31) + s.charCodeAt(k)) | 0;
  }
  out[length] = prefix;
  // From the end: the hash of the units after the drop, and 31 to the power of their count.
  let suffix = 0;
  let power = 1;
  for (let drop = length - 1; drop >= 0; drop--) {
    out[drop] = (Math.imul(out[drop], power) + suffix) | 0;
    suffix = (Math.imul(s.charCodeAt(drop), power) + suffix) | 0;
    power = Math.imul(power, 31);
  }
  return out;
}

/** Whether `a` without its unit at `i` is `b` without its unit at `j` (nothing dropped at a string's length). */
function sameWithout(a: string, i: number, b: string, j: number): boolean {
  const length = i < a.length ? a.length - 1 : a.length;
  if ((j < b.length ? b.length - 1 : b.length) !== length) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(k < i ? k : k + 1) !== b.charCodeAt(k < j ? k : k + 1)) return false;
  return true;
}

/**
 * Names by their one-letter deletions and by themselves, one entry per deletion and owner (the
 * owner's first name with that deletion stands for it). An open-addressed table of (hash, name,
 * dropped unit) in typed arrays, not a map of strings: a large knowledge base has hundreds of
 * thousands of deletions, and a string, a list and a map entry for each made most of the cost of
 * building it. Entries are compared by the deletion itself, so clashing hashes do no harm.
 */
class DeletionIndex {
  private readonly hashes: Int32Array;
  /** The name of each slot plus one; 0 for an empty slot. */
  private readonly names: Int32Array;
  private readonly drops: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** `owners[n]` is the owner of name `n`, such as its entity. */
  constructor(
    private readonly words: readonly string[],
    owners: readonly number[],
  ) {
    let entries = 0;
    for (const word of words) entries += word.length + 1;
    // At most three quarters full: a place's names share many deletions, entered once, so the
    // table is in fact less than half full.
    let bits = 4;
    while ((1 << bits) * 3 < 4 * entries) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.hashes = new Int32Array(1 << bits);
    this.names = new Int32Array(1 << bits);
    this.drops = new Int32Array(1 << bits);
    const { hashes, names, drops } = this;
    for (let n = 0; n < words.length; n++) {
      const word = words[n];
      const hashesWithout = deletionHashes(word);
      adding: for (let drop = 0; drop <= word.length; drop++) {
        const hash = hashesWithout[drop];
        let s = this.slotOf(hash);
        for (; names[s] !== 0; s = (s + 1) & this.mask) {
          const other = names[s] - 1;
          if (hashes[s] === hash && owners[other] === owners[n] && sameWithout(words[other], drops[s], word, drop)) continue adding;
        }
        hashes[s] = hash;
        names[s] = n + 1;
        drops[s] = drop;
      }
    }
  }

  /** Calls `visit` with each name entered under a deletion of `word` or under `word` itself. */
  forEachSharing(word: string, visit: (name: number) => void): void {
    const hashesWithout = deletionHashes(word);
    for (let drop = 0; drop <= word.length; drop++) this.forEachWithout(word, drop, hashesWithout[drop], visit);
  }

  /**
   * Calls `visit` with each name entered under `word` without its unit at `drop` (the whole of it
   * when `drop` is its length), whose `hashWithout` is `hash`.
   */
  forEachWithout(word: string, drop: number, hash: number, visit: (name: number) => void): void {
    const { hashes, names, drops, words } = this;
    for (let s = this.slotOf(hash); names[s] !== 0; s = (s + 1) & this.mask) {
      if (hashes[s] === hash && sameWithout(words[names[s] - 1], drops[s], word, drop)) visit(names[s] - 1);
    }
  }

  private slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}

/**
 * Numbers remembered by word, looked up by a word's units where it stands in a text: a table
 * that is open-addressed and at most a third full, of (hash, word, number).
 */
class WordMemo {
  /** Per slot, its word's hash, then its number plus FILLED (0: an empty slot). */
  private values: Int32Array;
  private words: (string | undefined)[];
  private shift = 0;
  private mask = 0;
  /** The most slots: a third full at the limit. */
  private readonly maxBits: number;
  size = 0;

  constructor(limit: number) {
    let bits = 4;
    while (1 << bits < 3 * limit) bits++;
    this.maxBits = bits;
    // Grown as words come: a table no larger than its words need stays in the processor's caches.
    this.values = new Int32Array(0);
    this.words = [];
    this.allocate(Math.min(10, bits));
  }

  /** The number remembered for the word [start, end) of `text`, whose hash (`WordUnits.hash`) is `hash`; -2 if none. */
  get(text: string, start: number, end: number, hash: number): number {
    const { values, words, mask } = this;
    // A slot's hash and value side by side, read before its word: most slots read are empty or
    // hold another word, told from one place in memory.
    for (let s = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      if (values[2 * s + 1] === 0) return -2;
      if (values[2 * s] !== hash) continue;
      const word = words[s]!;
      if (word.length === end - start && sameUnits(word, text, start)) return values[2 * s + 1] - FILLED;
    }
  }

  /** Remembers `value` for `word` (not remembered yet), whose hash (`WordUnits.hash`) is `hash`. */
  set(word: string, hash: number, value: number): void {
    if (3 * (this.size + 1) > this.mask + 1 && 32 - this.shift < this.maxBits) this.grow();
    this.place(word, hash, value + FILLED);
    this.size++;
  }

  clear(): void {
    this.values.fill(0);
    this.words.fill(undefined);
    this.size = 0;
  }

  private place(word: string, hash: number, filled: number): void {
    const { values, words, mask } = this;
    let s = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    while (values[2 * s + 1] !== 0) s = (s + 1) & mask;
    values[2 * s] = hash;
    values[2 * s + 1] = filled;
    words[s] = word;
  }

  private allocate(bits: number): void {
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.values = new Int32Array(2 << bits);
    this.words = new Array<string | undefined>(1 << bits).fill(undefined);
  }

  /** Twice the slots, the words remembered placed again. */
  private grow(): void {
    const { values, words } = this;
    this.allocate(33 - this.shift);
    for (let s = 0; s < words.length; s++) if (values[2 * s + 1] !== 0) this.place(words[s]!, values[2 * s], values[2 * s + 1]);
  }
}

/** Added to the numbers `WordMemo` keeps (-1 or more), so that 0 marks an empty slot. */
const FILLED = 2;

/** Whether `word` is written in `text` from `start`. */
function sameUnits(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A name of several words, by its long first word: the rest, folded, after the space that follows it. */
interface LongerName {
  rest: string;
  id: string;
  name: string;
  type: 'place' | 'organization';
  /** Its number among the longer names, in the order met. */
  order: number;
}

/** Finds long place names written with one edit, through an index of the names' one-letter deletions. */
export class TypoFinder {
  // The long place names, by number: folded, and their entity's id and name.
  private readonly folded: string[] = [];
  private readonly ids: string[] = [];
  private readonly entityNames: string[] = [];
  private readonly byDeletion: DeletionIndex;
  /**
   * The first words of the longer names, distinct, by number, and indexed by their deletions as
   * the place names are; per first word, the longer names that start with it. (A map from every
   * deletion to a list of names held a string and a list per deletion: tens of megabytes for a
   * large knowledge base, whose bodies' names share a few long first words such as "ministry".)
   */
  private readonly firstWords: string[] = [];
  private readonly firstWordsByDeletion: DeletionIndex;
  private readonly longerNamesOf: LongerName[][] = [];
  /** The second words of those longer names, folded: a word is tried as a slip of a first word only before one. */
  private readonly secondWords = new Set<string>();
  /** Their first code units in small letters and lengths, as one number, to rule most words out before folding. */
  private readonly secondKeys = new Set<number>();
  /** The places' demonyms, folded: the other words that are never slips of a place. */
  private readonly demonyms = new Set<string>();
  /** The first letters of the indexed names, and the length of the longest. */
  private readonly initials = new Set<string>();
  private longest = 0;
  /** The codes of `initials` that are ASCII. */
  private readonly asciiInitials = new Set<number>();
  /** The shapes of the words one edit from an indexed name, and from the first word of a longer name. */
  private readonly shapes = new NameShapes();
  private readonly longerShapes = new NameShapes();
  /** Words already looked up, as written: the place name each is a slip of, or -1. */
  private readonly memo = new WordMemo(MEMO_LIMIT);
  /** The units of the word looked at last. */
  private readonly word = new WordUnits();
  /** Words met after the first word of a longer name may be, as written: 1 for the second word of one, 0 if not. */
  private readonly secondWordMemo = new WordMemo(MEMO_LIMIT);
  /** Words met as the first word of a longer name may be, as written: their number in `longerNamesMet`, or -1. */
  private readonly firstWordMemo = new WordMemo(MEMO_LIMIT);
  /** The longer names a first word remembered may misspell, as `longerNamesOneEditFrom` gives them. */
  private readonly longerNamesMet: LongerName[][] = [];

  /**
   * `isName` says whether a folded word is a name of some entity as the knowledge base writes it
   * (the entity matcher has them all, folded already); `names`, the knowledge base's names
   * (`entityNamesOf`), when they were made already.
   */
  constructor(
    knowledgeBase: KnowledgeBase,
    private readonly isName: (folded: string) => boolean,
    names: EntityNames = entityNamesOf(knowledgeBase),
  ) {
    const owners: number[] = [];
    const firstWordNumbers = new Map<string, number>();
    let place = 0;
    let longerNames = 0;
    const { entities } = names;
    for (let e = 0; e < entities.length; e++) {
      const entity = entities[e];
      if (entity.type !== 'place' && entity.type !== 'organization') continue;
      if (entity.type === 'place') for (const list of Object.values(entity.demonyms ?? {})) for (const d of list) this.demonyms.add(foldString(d));
      for (const folded of names.folded[e]) {
        if (folded.length < MIN_LETTERS) continue;
        // A long first word of letters, a space and a letter: a longer name.
        const space = folded.indexOf(' ');
        if (space >= MIN_LETTERS && LONGER_NAME.test(folded)) {
          const first = folded.slice(0, space);
          this.longerShapes.add(first);
          const rest = folded.slice(space + 1);
          const second = /^\p{L}+/u.exec(rest)?.[0] ?? '';
          this.secondWords.add(second);
          this.secondKeys.add(second.charCodeAt(0) * 64 + Math.min(second.length, 63));
          let w = firstWordNumbers.get(first);
          if (w === undefined) {
            w = this.firstWords.length;
            firstWordNumbers.set(first, w);
            this.firstWords.push(first);
            this.longerNamesOf.push([]);
          }
          this.longerNamesOf[w].push({ rest, id: entity.id, name: entity.name, type: entity.type, order: longerNames++ });
        } else if (entity.type === 'place' && space < 0 && /^\p{L}+$/u.test(folded)) {
          this.folded.push(folded);
          this.ids.push(entity.id);
          this.entityNames.push(entity.name);
          owners.push(place);
          this.initials.add(folded[0]);
          if (folded.charCodeAt(0) < 0x80) this.asciiInitials.add(folded.charCodeAt(0));
          this.shapes.add(folded);
          this.longest = Math.max(this.longest, folded.length);
        }
      }
      if (entity.type === 'place') place++;
    }
    this.byDeletion = new DeletionIndex(this.folded, owners);
    this.firstWordsByDeletion = new DeletionIndex(
      this.firstWords,
      this.firstWords.map((_, w) => w),
    );
  }

  /**
   * Words one edit from a long place name, outside the spans `taken` reports as already
   * recognized; each a place mention marked `approximate`. One pass over the text's long
   * capitalised words, each looked up in the index by its own deletions. `words`, the text's
   * words as `wordsOf` reads them, spare the pass over its characters when they are the runs of
   * word units this reads (`unitWords`).
   */
  find(text: string, taken: (start: number, end: number) => boolean, words?: TextWords): Mention[] {
    const found: Mention[] = [];
    if (words?.unitWords) {
      let reached = 0;
      // Only the words that start with a capital, and of those most are too short to be looked
      // at: told from the arrays, without reading the text.
      const { starts, ends } = words;
      const capitals = capitalWordsOf(text, words);
      for (let c = 0; c < capitals.length; c++) {
        const k = capitals[c];
        if (ends[k] - starts[k] >= MIN_LETTERS && starts[k] >= reached) reached = this.lookAt(text, starts[k], ends[k], taken, found);
      }
      return found;
    }
    // One pass over the characters, not a regular expression: this runs on every keystroke's text.
    for (let i = 0; i < text.length; ) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      i = this.lookAt(text, i, j, taken, found);
    }
    return found;
  }

  /** Looks at the word [i, j) for a slip, adding what it finds to `found`; returns where the next word may start. */
  private lookAt(text: string, i: number, j: number, taken: (start: number, end: number) => boolean, found: Mention[]): number {
    if (j - i < MIN_LETTERS || !isCapitalUnit(text.charCodeAt(i))) return j;
    // A word already recognized (most often a name as written) is no slip, nor the first word of
    // one: a third of the long capitalized words of news, ruled out before their units are read.
    if (taken(i, j)) return j;
    // Before another capitalised word it is likely part of a longer name the knowledge base does
    // not have ("Shangai Cooperation Organisation"), not the place: it may misspell the first
    // word of a longer name the knowledge base has.
    if (!nameGoesOn(text, j)) {
      const place = this.placeAt(text, i, j);
      if (place >= 0) found.push({ start: i, end: j, text: text.slice(i, j), type: 'place', id: this.ids[place], name: this.entityNames[place], approximate: true });
      return j;
    }
    const longer = this.longerNameAt(text, i, j, taken);
    if (!longer) return j;
    found.push({ start: i, end: longer.end, text: text.slice(i, longer.end), type: longer.name.type, id: longer.name.id, name: longer.name.name, approximate: true });
    return longer.end;
  }

  /**
   * The one name of several words whose first word the word at [start, end) misspells, and whose
   * other words follow it as the knowledge base writes them; and where it ends.
   */
  private longerNameAt(text: string, start: number, end: number, taken: (start: number, end: number) => boolean): { name: LongerName; end: number } | undefined {
    // Most words are one edit from no name's first word; of the others, most are not followed by the second word of a name.
    this.word.read(text, start, end);
    if (!this.longerShapes.mayBeNear(this.word)) return undefined;
    const firstHash = this.word.hash;
    let next = end + 1;
    let secondHash = 0;
    for (let code = text.charCodeAt(next); next < text.length && isWordCode(code); code = text.charCodeAt(++next)) secondHash = (Math.imul(secondHash, 31) + code) | 0;
    const secondKey = smallLetter(text.charCodeAt(end + 1)) * 64 + Math.min(next - end - 1, 63);
    if (!this.secondKeys.has(secondKey) || this.remembered(this.secondWordMemo, text, end + 1, next, secondHash, this.isSecondWord) === 0) return undefined;
    const names = this.remembered(this.firstWordMemo, text, start, end, firstHash, this.longerNamesNumber);
    if (names < 0) return undefined;
    const matches = new Map<string, { name: LongerName; end: number }>();
    for (const name of this.longerNamesMet[names]) {
      if (matches.has(name.id)) continue;
      const to = end + 1 + name.rest.length;
      if (foldString(text.slice(end + 1, to)) !== name.rest || isWordCode(text.charCodeAt(to)) || taken(end, to)) continue;
      matches.set(name.id, { name, end: to });
    }
    return matches.size === 1 ? [...matches.values()][0] : undefined;
  }

  /**
   * The longer names whose first word is one edit from `folded` and starts with the same letter,
   * in the order of the deletions of `folded` they share first (`folded` itself, then without its
   * first unit, its second, and so on), and of the names met.
   */
  private longerNamesOneEditFrom(folded: string): LongerName[] {
    // Each first word, with the first of those deletions it is found under.
    const firstAt = new Map<number, number>();
    const hashesWithout = deletionHashes(folded);
    for (let at = 0; at <= folded.length; at++) {
      const drop = at === 0 ? folded.length : at - 1;
      this.firstWordsByDeletion.forEachWithout(folded, drop, hashesWithout[drop], (w) => {
        if (!firstAt.has(w)) firstAt.set(w, at);
      });
    }
    const found: { at: number; name: LongerName }[] = [];
    for (const [w, at] of firstAt) {
      const first = this.firstWords[w];
      if (first[0] !== folded[0] || !oneEditApart(first, folded)) continue;
      for (const name of this.longerNamesOf[w]) found.push({ at, name });
    }
    if (firstAt.size > 1) found.sort((a, b) => a.at - b.at || a.name.order - b.name.order);
    return found.map((f) => f.name);
  }

  /** Whether `folded` is a name or a place's demonym: never a slip of another name. */
  private isKnown(folded: string): boolean {
    return this.demonyms.has(folded) || this.isName(folded);
  }

  /** A name of the one place the word at [start, end), not before another capitalised word, is a slip of, or -1. */
  private placeAt(text: string, start: number, end: number): number {
    if (end - start > this.longest + 1) return -1;
    // A word that starts with an ASCII capital folds to start with its small letter.
    const first = text.charCodeAt(start);
    if (first < 0x80 && !this.asciiInitials.has(first + 32)) return -1;
    this.word.read(text, start, end);
    if (!this.shapes.mayBeNear(this.word)) return -1;
    // News repeats its words: what a word is a slip of is remembered, so that most long
    // capitalised words cost one lookup.
    return this.slipAt(text, start, end, this.word.hash);
  }

  /**
   * `lookUp` of the word [start, end), whose hash (`WordUnits`) is `hash`, remembered; the memory
   * is bounded, since a long-lived recognizer reads many texts. A word met before is found by its
   * units, without a copy of it.
   */
  private slipAt(text: string, start: number, end: number, hash: number): number {
    return this.remembered(this.memo, text, start, end, hash, this.lookUpWord);
  }

  /**
   * `answer` of the word [start, end) of `text`, whose hash (`WordUnits`) is `hash`, as `memory`
   * remembers it or remembered from now on; a number of -1 or more.
   */
  private remembered(memory: WordMemo, text: string, start: number, end: number, hash: number, answer: (word: string) => number): number {
    let value = memory.get(text, start, end, hash);
    if (value < -1) {
      if (memory.size >= MEMO_LIMIT) memory.clear();
      const word = text.slice(start, end);
      value = answer(word);
      memory.set(word, hash, value);
    }
    return value;
  }

  private readonly lookUpWord = (word: string): number => this.lookUp(word);

  /** 1 when `word` is the second word of a longer name, folded; 0 when not. */
  private readonly isSecondWord = (word: string): number => (this.secondWords.has(foldString(word)) ? 1 : 0);

  /**
   * The number in `longerNamesMet` of the longer names whose first word `word` may misspell
   * (`longerNamesOneEditFrom`), or -1 for none: a word of letters only that is no name itself.
   */
  private readonly longerNamesNumber = (word: string): number => {
    // Asked only of a word not remembered, after the memory is cleared when full: an empty memory
    // holds the number of no list.
    if (this.firstWordMemo.size === 0) this.longerNamesMet.length = 0;
    const folded = foldString(word);
    if (!/^\p{L}+$/u.test(folded) || this.isKnown(folded)) return -1;
    const names = this.longerNamesOneEditFrom(folded);
    if (names.length === 0) return -1;
    this.longerNamesMet.push(names);
    return this.longerNamesMet.length - 1;
  };

  /** A name of the one place `word` is a slip of, whatever stands around it, or -1. */
  private lookUp(word: string): number {
    const folded = foldString(word);
    if (!/^\p{L}+$/u.test(folded) || !this.initials.has(folded[0]) || this.isKnown(folded)) return -1;
    const places = new Map<string, number>();
    this.byDeletion.forEachSharing(folded, (name) => {
      const candidate = this.folded[name];
      if (isSlipOf(candidate, folded)) places.set(this.ids[name], name);
    });
    // A word one edit from two places says nothing certain about either.
    return places.size === 1 ? [...places.values()][0] : -1;
  }
}
