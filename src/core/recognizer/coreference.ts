// A person named in full, then by surname alone ("Ivan Petrov … Petrov said", "Сергей Лавров …
// Лаврова", "Sergey Lavrov … Lavrov's") or by first name and patronymic ("Vladimir Putin …
// Vladimir Vladimirovich"): the short forms are mentions of that person, for the rest of the
// article. Rules (the README says them too):
//  - After a full name, a short form of it means that person: the entity for one the knowledge
//    base knows, the same candidate for one it does not. Of two namesakes named in full, the one
//    named last before the short form.
//  - A surname the knowledge base has as an alias, with no full name before it, keeps that alias's
//    person unless the article names a namesake in full further on and not that person: a headline
//    "Japarov" over an article about Akylbek Japarov is his. A word the knowledge base does not know
//    is never taken backwards: before its full name nothing says that it is a name at all.
//  - A short form is taken only capitalized. A word that does not end as the region's surnames do
//    (-ov, -enko, -yan…) may be an ordinary word ("Mir", "Rose"): at a sentence start, where every
//    word has a capital, it is not taken.
//
// The article is read in pieces (incremental.ts): what a piece holds (`namesIn`) is worked out once
// per piece, and `resolve` reads those of every piece, so that an edit costs the names of the piece
// it touched and one pass over what the pieces hold. Reading the whole text as one piece gives the
// same result: a piece ends at a line break, where a sentence starts anyway.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { allNames } from '../knowledgeBase/knowledgeBase';
import { isCommonWord } from '../knowledgeBase/aliasRules';
import { foldedUnitInfo, foldString, UNIT_KIND, UNIT_SIMPLE, UNIT_WORD } from '../text/fold';
import type { Mention } from './mention';
import { hasSurnameEnding, isKnownFirstName, isPatronymic } from './personShape';
import { russianCaseForms } from './russianForms';
import { capitalWordsOf, isWordSpace, type TextWords, wordCharBefore, wordCharWidthAt } from './textScan';
import { caseChanges, isCapitalUnit, RAISING_CHANGES } from './unitCase';

/** Whom a short form refers to: a person the knowledge base knows, or a candidate named in full. */
interface Referent {
  /** `id` for a known person, `candidate:` and the full name for one the knowledge base does not know. */
  key: string;
  id?: string;
  name: string;
}

/** A person named in full in a piece, and the short forms that refer to them from there on, folded. */
interface Introduction {
  at: number;
  referent: Referent;
  forms: readonly string[];
  /**
   * A candidate whose first word starts a sentence and is no first name the region uses: it may
   * be an ordinary word before a surname ("Later Petrov added"), and is no new person when the
   * surname already has one.
   */
  doubtful: boolean;
}

/** Where a short form may stand in a piece. */
interface Slot {
  start: number;
  end: number;
  folded: string;
  /** The mention there: its index in the piece's mentions, or -1 for a word nothing recognized. */
  mention: number;
}

/** What one piece of an article holds for coreference, whatever the rest of the article holds. */
export interface PieceNames {
  readonly introductions: readonly Introduction[];
  readonly slots: readonly Slot[];
}

/** A piece of an article with its mentions and what `namesIn` found in it. */
export interface ArticlePiece {
  readonly text: string;
  /** Its offset in the article. */
  readonly start: number;
  readonly mentions: readonly Mention[];
  readonly names: PieceNames;
}

/** A short form and whom it refers to. */
export interface Resolution {
  readonly slot: Slot;
  readonly referent: Referent;
}

/** A piece's short forms that refer to someone else than the recognizer read, and the mentions they make, made when asked for. */
export interface ResolvedPiece {
  readonly changes: readonly Resolution[];
  mentions(): readonly Mention[];
}

/**
 * Whether two resolutions of the same piece make the same mentions. A piece's slots are the same
 * objects for as long as the piece is kept (`namesIn` is asked once per piece), so most keystrokes
 * find a piece's resolution unchanged by comparing a few references.
 */
export function sameResolutions(a: readonly Resolution[], b: readonly Resolution[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k].slot !== b[k].slot || a[k].referent.key !== b[k].referent.key) return false;
  return true;
}

const CYRILLIC = /[А-ЯЁа-яё]/;
const SPACES = /[ \u00a0]+/;

/** Endings of the oblique cases of Russian surnames, longest first; what is left is the nominative, or it with -а (Петровой → Петрова). */
const OBLIQUE_ENDINGS = ['ым', 'ом', 'ем', 'ой', 'ою', 'ую', 'у', 'е', 'а', 'ю', 'я'];

/**
 * The nominatives a Russian surname written in some case may have: "Петровым" → Петров,
 * "Петровой" → Петрова, "Петрова" → itself and Петров.
 */
function russianNominatives(word: string): string[] {
  const found = [word];
  for (const ending of OBLIQUE_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const nominative of [stem, `${stem}а`, `${stem}й`]) {
      if (!found.includes(nominative) && russianCaseForms(nominative, 'person').includes(word)) found.push(nominative);
    }
  }
  return found;
}

/** A name and its Russian case forms, folded, into `forms`. */
function addForms(forms: Set<string>, name: string, nominatives: readonly string[] = [name]): void {
  for (const nominative of nominatives) {
    forms.add(foldString(nominative));
    for (const form of russianCaseForms(nominative, 'person')) forms.add(foldString(form));
  }
}

/** The short forms of a full name's words: the surname, and the first name with the patronymic when there is one. */
function shortForms(forms: Set<string>, words: readonly string[], inflected: boolean): void {
  const surname = words[words.length - 1];
  addForms(forms, surname, inflected && CYRILLIC.test(surname) ? russianNominatives(surname) : [surname]);
  if (words.length === 3 && isPatronymic(words[1])) addForms(forms, `${words[0]} ${words[1]}`);
}

function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether the text before `at`, spaces and opening quotes aside, ends a sentence (or a line, or is the start). */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ' \t\u00a0«“"(\''.includes(text[i])) i--;
  return i < 0 || '.!?…:;\n\r'.includes(text[i]);
}

/** A person candidate: a name the recognizer found that is not guessed to be a body. */
function isPersonCandidate(m: Mention): boolean {
  return m.type === 'candidate' && m.guess === undefined;
}

export class Coreference {
  /** The short forms of each known person, by id, made when first needed. */
  private readonly formsOfPerson = new Map<string, readonly string[]>();

  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  /** What a piece of text holds: the people named in full, and the places a short form may stand. */
  namesIn(text: string, mentions: readonly Mention[]): PieceNames {
    const read = readMentions(mentions);
    return { introductions: this.introductionsIn(text, mentions, read), slots: slotsIn(text, mentions, read) };
  }

  /**
   * Each piece's mentions with the short forms resolved (the same array when nothing changed), given
   * the article's pieces in order.
   */
  resolve(pieces: readonly ArticlePiece[]): ResolvedPiece[] {
    const named = namedInFull(pieces.map((p) => ({ start: p.start, introductions: p.names.introductions })));
    return pieces.map((piece) => (named.size === 0 ? { changes: [], mentions: () => piece.mentions } : resolvePiece(piece, named)));
  }

  /**
   * `resolve` for a whole text read as one piece, looking only at the words that may be short
   * forms; `words`, the text's words (`wordsOf`), when the caller has them.
   */
  resolveText(text: string, mentions: Mention[], words?: TextWords): Mention[] {
    const read = readMentions(mentions);
    const introductions = this.introductionsIn(text, mentions, read);
    const named = namedInFull([{ start: 0, introductions }]);
    if (named.size === 0) return mentions;
    // A word nothing recognized is followed only after a full name: the words before the first are not read.
    const wanted = new FoldedWords(named.keys());
    const names = { introductions, slots: slotsIn(text, mentions, read, wanted, introductions[0].at, words) };
    return resolvePiece({ text, start: 0, mentions, names }, named, read).mentions() as Mention[];
  }

  /** The people a piece names in full, in order. */
  private introductionsIn(text: string, mentions: readonly Mention[], read: MentionsRead): Introduction[] {
    const introductions: Introduction[] = [];
    for (let p = 0; p < read.people.length; p++) {
      if (read.spaces[p] === 0) continue;
      const m = mentions[read.people[p]];
      const known = m.type === 'person' && m.id !== undefined;
      if (!known && !isPersonCandidate(m)) continue;
      if (known) {
        introductions.push({ at: m.start, referent: { key: m.id!, id: m.id, name: m.name ?? m.text }, forms: this.personForms(m.id!), doubtful: false });
        continue;
      }
      const words = m.text.split(SPACES);
      if (words.length <= 4 && words.every(isCapitalized) && !isPatronymic(words[words.length - 1])) {
        // (A first name and a patronymic alone are a short form, not a full name.)
        const forms = new Set<string>();
        shortForms(forms, words, true);
        const doubtful = !isKnownFirstName(words[0]) && startsSentence(text, m.start);
        introductions.push({ at: m.start, referent: { key: `candidate:${m.text}`, name: m.text }, forms: [...forms], doubtful });
      }
    }
    return introductions;
  }

  private personForms(id: string): readonly string[] {
    let known = this.formsOfPerson.get(id);
    if (known) return known;
    const forms = new Set<string>();
    const entity = this.knowledgeBase.get(id);
    for (const name of entity ? allNames(entity) : []) {
      const words = name.split(SPACES);
      // The knowledge base writes names in the nominative: their case forms are made from it. A
      // description ("Belarusian leader") has no surname.
      if (words.length >= 2 && words.every(isCapitalized)) shortForms(forms, words, false);
      else if (words.length === 1) addForms(forms, name);
    }
    known = [...forms].filter((form) => !isCommonWord(form));
    this.formsOfPerson.set(id, known);
    return known;
  }
}

/** Who each short form may refer to, in the order the article names them in full (`at` in the article). */
function namedInFull(pieces: readonly { start: number; introductions: readonly Introduction[] }[]): Map<string, { at: number; referent: Referent }[]> {
  const named = new Map<string, { at: number; referent: Referent }[]>();
  // Per referent named already, how many of its forms others named since: none, and naming it
  // again adds nothing (an article names the same few people again and again). A referent's key
  // says its forms.
  const taken = new Map<string, number>();
  for (const piece of pieces) {
    for (const { at, referent, forms, doubtful } of piece.introductions) {
      if (doubtful && forms.some((form) => named.has(form))) continue;
      if (taken.get(referent.key) === 0) continue;
      for (const form of forms) {
        let list = named.get(form);
        if (!list) named.set(form, (list = []));
        const last = list[list.length - 1];
        if (last?.referent.key === referent.key) continue;
        if (last) taken.set(last.referent.key, (taken.get(last.referent.key) ?? 0) + 1);
        list.push({ at: piece.start + at, referent });
      }
      taken.set(referent.key, 0);
    }
  }
  return named;
}

/**
 * Where a short form may stand in a piece, in order: a known person named by one word, a candidate
 * of one or two words ("President Ushakov", "Vladimir Vladimirovich"), and a capitalized word
 * nothing recognized, whole (not part of a hyphenated word), unless it may be an ordinary word at a
 * sentence start. `wanted`, if given, says which words (folded) are worth keeping, and `from` where
 * such words start to be; `words`, the text's words, when the caller has them.
 */
function slotsIn(text: string, mentions: readonly Mention[], read: MentionsRead, wanted?: FoldedWords, from = 0, words?: TextWords): Slot[] {
  const slots: Slot[] = [];
  for (let p = 0; p < read.people.length; p++) {
    const spaces = read.spaces[p];
    if (spaces > 1) continue;
    const k = read.people[p];
    const m = mentions[k];
    if (spaces === 1 && m.type !== 'candidate') continue;
    // A name none of the wanted words is refers to no one: no slot, as no one is looked up for it.
    if (wanted && !wanted.mayHold(m.text, 0, m.text.length)) continue;
    const folded = foldString(m.text);
    if (!wanted || wanted.has(folded)) slots.push({ start: m.start, end: m.end, folded, mention: k });
  }
  const wordSlots = new WordSlots(text, read, wanted, slots);
  if (words) forEachShortFormWordOf(text, words, from, wordSlots);
  else forEachShortFormWord(text, from, wordSlots);
  return slots.sort((a, b) => a.start - b.start);
}

/**
 * The slots of the words nothing recognized, taken as a scan meets them in order. An object, not
 * a function made for each piece: the scan's loop, compiled around the function it was given
 * first, would be thrown away when the next piece gave it another.
 */
class WordSlots {
  /** The first mention that ends after the last word met. */
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly spans: MentionSpans,
    private readonly wanted: FoldedWords | undefined,
    private readonly slots: Slot[],
  ) {}

  /** The word [start, end), capitalized, met after every word before it. */
  word(start: number, end: number): void {
    const { text, wanted } = this;
    const { count, starts, ends } = this.spans;
    // A word a mention covers is none: told from the spans, before the word's units are read.
    let next = this.next;
    while (next < count && ends[next] <= start) next++;
    this.next = next;
    if (next < count && starts[next] < end) return;
    // Most words are none of those wanted: told from their units, before any string is made.
    if (wanted && !wanted.mayHold(text, start, end)) return;
    if (text.charCodeAt(start - 1) === 0x2d || (text.charCodeAt(end) === 0x2d && end + 1 < text.length && text[end + 1] !== ' ')) return;
    const word = text.slice(start, end);
    const folded = foldString(word);
    if ((wanted && !wanted.has(folded)) || isCommonWord(folded) || (!hasSurnameEnding(word) && startsSentence(text, start))) return;
    this.slots.push({ start, end, folded, mention: -1 });
  }
}

/** The spans of a piece's mentions, in two arrays. */
interface MentionSpans {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * What coreference reads of a piece's mentions, in one pass over them: their spans, and which are
 * people (persons, known or not, and person candidates) with how many runs of spaces their text has.
 */
interface MentionsRead extends MentionSpans {
  /** The indices of the people among the mentions, in order, and their runs of spaces (`spacesIn`). */
  readonly people: number[];
  readonly spaces: number[];
}

/** The spans of `mentions`, as `readMentions` reads them, without the people. */
function readSpans(mentions: readonly Mention[]): MentionSpans {
  const count = mentions.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    starts[k] = mentions[k].start;
    ends[k] = mentions[k].end;
  }
  return { count, starts, ends };
}

/** The spans and the people of `mentions`, reading each mention once. */
function readMentions(mentions: readonly Mention[]): MentionsRead {
  const count = mentions.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const people: number[] = [];
  const spaces: number[] = [];
  for (let k = 0; k < count; k++) {
    const m = mentions[k];
    starts[k] = m.start;
    ends[k] = m.end;
    if (m.type === 'person' || isPersonCandidate(m)) {
      people.push(k);
      spaces.push(spacesIn(m.text));
    }
  }
  return { count, starts, ends, people, spaces };
}

/** How many runs of spaces (and no-break spaces) `s` has: `s.split(SPACES).length - 1`, without the parts. */
function spacesIn(s: string): number {
  let runs = 0;
  let lastWasSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const space = isWordSpace(code);
    if (space && !lastWasSpace) runs++;
    lastWasSpace = space;
  }
  return runs;
}

/** Whether the unit at `i` is one that upper case changes, as `text[i] !== text[i].toUpperCase()` asks (not past the end). */
function isSmallLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return (caseChanges(code) & RAISING_CHANGES) !== 0;
}

/**
 * The folded words a short form may be, with a check that reads a word's units in the text and
 * rules out most others before the word is made a string: first by its first two units and its
 * last, then by a hash of all its folded units.
 */
class FoldedWords {
  private readonly names: Set<string>;
  /** 1 at the index of each name's hash (`index`); sixteen places or more a name, for few to share one. */
  private readonly hashes: Uint8Array;
  /** 1 at the index of each name's first two units and last (`shapeIndex`), as many places. */
  private readonly shapes: Uint8Array;
  private readonly mask: number;

  constructor(folded: Iterable<string>) {
    this.names = new Set(folded);
    let size = 256;
    while (size < 16 * this.names.size && size < 1 << 16) size *= 2;
    this.hashes = new Uint8Array(size);
    this.shapes = new Uint8Array(size);
    this.mask = size - 1;
    for (const name of this.names) {
      let hash = 0;
      for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
      this.hashes[this.index(hash)] = 1;
      if (name.length >= 2) this.shapes[this.shapeIndex(name.charCodeAt(0), name.charCodeAt(1), name.charCodeAt(name.length - 1))] = 1;
    }
  }

  has(folded: string): boolean {
    return this.names.has(folded);
  }

  /**
   * False only when `foldString` of the word [start, end) is none of the names. Each unit folds
   * on its own: when its first two units and its last each fold to one letter or digit, the
   * folded word starts with those two and ends with that one, whatever the others fold to, and
   * most words are ruled out by these three units alone. When every unit folds to one letter or
   * digit, the folded word is those units, nothing trimmed, and their hash must take a name's place.
   */
  mayHold(text: string, start: number, end: number): boolean {
    if (end - start >= 2) {
      const first = foldedUnitInfo(text.charCodeAt(start));
      const second = foldedUnitInfo(text.charCodeAt(start + 1));
      const last = foldedUnitInfo(text.charCodeAt(end - 1));
      if (isOneWordUnit(first) && isOneWordUnit(second) && isOneWordUnit(last) && this.shapes[this.shapeIndex(first & 0xffff, second & 0xffff, last & 0xffff)] === 0) return false;
    }
    let hash = 0;
    for (let i = start; i < end; i++) {
      const info = foldedUnitInfo(text.charCodeAt(i));
      if (!isOneWordUnit(info)) return true;
      hash = (Math.imul(hash, 31) + (info & 0xffff)) | 0;
    }
    return this.hashes[this.index(hash)] === 1;
  }

  private index(hash: number): number {
    return ((hash >>> 16) ^ hash) & this.mask;
  }

  private shapeIndex(first: number, second: number, last: number): number {
    return (Math.imul(Math.imul(first, 31) + second, 31) + last) & this.mask;
  }
}

/** Whether a unit of `foldedUnitInfo` folds to one letter or digit. */
function isOneWordUnit(info: number): boolean {
  return (info & (UNIT_KIND | UNIT_WORD)) === (UNIT_SIMPLE | UNIT_WORD);
}

/** Whether the word [start, end) may be a short form as written: three units or more, the second a small letter. */
function mayBeShortForm(text: string, start: number, end: number): boolean {
  return end - start >= 3 && isSmallLetter(text, start + 1);
}

/**
 * Gives `slots` each word from `from` (a run of letters and digits, as `forEachWord` reads them)
 * that starts with a capital (`isCapitalUnit`) and may be a short form (`mayBeShortForm`). Most
 * units are small letters, spaces and punctuation, told apart from a capital by their code alone:
 * only a capital's word is read.
 */
function forEachShortFormWord(text: string, from: number, slots: WordSlots): void {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isCapitalUnit(code) || wordCharBefore(text, i)) continue;
    let end = i + 1;
    for (let width = wordCharWidthAt(text, end); width > 0; width = wordCharWidthAt(text, end)) end += width;
    if (mayBeShortForm(text, i, end)) slots.word(i, end);
    i = end - 1;
  }
}

/**
 * `forEachShortFormWord`, given the text's words (`wordsOf`): what it reads at the start of each
 * word that may start with a capital (`capitalWordsOf`), and at the unit before it. A capital there that is no letter nor digit (Ⓐ, the one kind of
 * unit with a small form that is neither, and never ASCII) starts the word it stands before, as
 * the scan of units reads it.
 */
function forEachShortFormWordOf(text: string, words: TextWords, from: number, slots: WordSlots): void {
  const { starts, ends } = words;
  const capitals = capitalWordsOf(text, words);
  let c = 0;
  while (c < capitals.length && starts[capitals[c]] < from) c++;
  for (; c < capitals.length; c++) {
    const k = capitals[c];
    const start = starts[k];
    const before = start - 1;
    const unitBefore = text.charCodeAt(before);
    let first = start;
    if (unitBefore >= 0x80 && before >= from && isCapitalUnit(unitBefore) && !wordCharBefore(text, before)) first = before;
    else if (!isCapitalUnit(text.charCodeAt(start))) continue;
    if (mayBeShortForm(text, first, ends[k])) slots.word(first, ends[k]);
  }
}

/** One piece's short forms resolved against everyone the article names in full; the mentions are made only when asked for. */
function resolvePiece(piece: ArticlePiece, named: ReadonlyMap<string, readonly { at: number; referent: Referent }[]>, spans?: MentionsRead): ResolvedPiece {
  const changes: Resolution[] = [];
  for (const slot of piece.names.slots) {
    const list = named.get(slot.folded);
    if (!list) continue;
    const at = piece.start + slot.start;
    let before: Referent | undefined;
    for (const entry of list) if (entry.at < at) before = entry.referent;
    const mention = slot.mention >= 0 ? piece.mentions[slot.mention] : undefined;
    let referent = before;
    if (mention?.type === 'person') {
      // A known surname with no full name before it: its own person, unless the article names only namesakes in full.
      referent ??= list.some((e) => e.referent.id === mention.id) ? undefined : list[0].referent;
      if (!referent || referent.id === mention.id) continue;
    }
    if (referent) changes.push({ slot, referent });
  }
  return { changes, mentions: () => (changes.length === 0 ? piece.mentions : withChanges(piece, changes, spans)) };
}

/**
 * A piece's mentions with the short forms at `changes` referring to their referents; `spans`, the
 * mentions' spans, when the caller has read them.
 */
function withChanges(piece: ArticlePiece, changes: readonly Resolution[], spans?: MentionSpans): Mention[] {
  const mentions = piece.mentions.slice();
  const added: Mention[] = [];
  for (const { slot, referent } of changes) {
    const mention = slot.mention >= 0 ? piece.mentions[slot.mention] : undefined;
    const resolved = referTo(referent, { start: slot.start, end: slot.end, text: piece.text.slice(slot.start, slot.end) }, mention);
    if (mention) mentions[slot.mention] = resolved;
    else added.push(resolved);
  }
  if (added.length === 0) return mentions;
  // The few words that became mentions merged in, rather than the whole list sorted again: the
  // order a stable sort of the mentions and then the added ones gives. A mention resolved keeps
  // its span, read from `spans`.
  const { starts, ends, count } = spans ?? readSpans(piece.mentions);
  let inOrder = true;
  for (let k = 1; k < count && inOrder; k++) inOrder = starts[k - 1] < starts[k] || (starts[k - 1] === starts[k] && ends[k - 1] >= ends[k]);
  for (let k = 1; k < added.length && inOrder; k++) inOrder = byStartThenLongest(added[k - 1], added[k]) <= 0;
  if (!inOrder) return [...mentions, ...added].sort(byStartThenLongest);
  const merged = new Array<Mention>(mentions.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < count && j < added.length) {
    const a = added[j];
    merged[k++] = a.start < starts[i] || (a.start === starts[i] && a.end > ends[i]) ? added[j++] : mentions[i++];
  }
  while (i < count) merged[k++] = mentions[i++];
  while (j < added.length) merged[k++] = added[j++];
  return merged;
}

function byStartThenLongest(x: Mention, y: Mention): number {
  return x.start - y.start || y.end - x.end;
}

/** The mention of a short form at `span` that refers to `referent`; `mention` is what the recognizer found there, if anything. */
function referTo(referent: Referent, span: Pick<Mention, 'start' | 'end' | 'text'>, mention: Mention | undefined): Mention {
  if (!referent.id) return { ...span, type: 'candidate', name: referent.name, ...(mention?.role ? { role: mention.role } : {}) };
  const entity = { ...span, type: 'person' as const, id: referent.id, name: referent.name };
  // A known person's namesake stays among the alternatives the hover card offers.
  const alternatives = mention?.type === 'person' ? [mention.id!, ...(mention.alternatives ?? [])].filter((id) => id !== referent.id) : [];
  return alternatives.length > 0 ? { ...entity, alternatives } : entity;
}
