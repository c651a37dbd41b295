// Names the knowledge base does not know yet, found where a title or role introduces them:
// "President …", "il presidente …", "portavoce del Ministero … Maria Zakharova", or after a name:
// "Sagynbek Abdumutalip, capo del dipartimento …".
import { type FoldedText, foldString, originalSpan, withoutInvisibles } from '../text/fold';
import { isCommonWord } from '../knowledgeBase/aliasRules';
import { inOriginal, type Mention } from './mention';
import { isSurrogate, widthAt, widthBefore } from '../text/surrogates';
import { classAt, classBefore, isWordSpace, LETTER, MARK, skipWordSpaces, type TextWords, wordCharWidthAt, wordsOf } from './textScan';
import { capitalisedStart, hasSurnameEndingAt, isKnownFirstNameAt, NamesByShape, OUTLET_CUE, VERBS_AFTER_SUBJECT } from './personShape';
import { HEADS, InstitutionNames, isInstitutionHead, isInstitutionHeadAt, TITLE_SMALL_WORDS } from './institutions';
import { numberedEvents } from './numberedEvents';
import { quotedNamesWithPlaces } from './quotedPlaceNames';
import { isInitialAt, LATIN_DIGRAPH_INITIALS } from './initials';
import { isUpperUnit } from './unitCase';
import { asciiLower, WordSet } from './wordSet';

/**
 * The roles of those the news quotes ("political scientist …", "an Almaty-based analyst, …"): unlike
 * an office, such a role is followed by where the person works ("an analyst at the Carnegie
 * Endowment, …"), so its name is the one right after it or right after the comma that follows.
 */
const QUOTED_ROLES = [
  'analyst', 'political scientist', 'expert', 'researcher', 'economist', 'professor', 'activist', 'founder', 'co-founder', 'archbishop', 'bishop', 'lawyer',
  'analista', 'politologo', 'politologa', 'esperto', 'esperta', 'ricercatore', 'ricercatrice', 'economista', 'professore', 'professoressa', 'attivista',
  'fondatore', 'fondatrice', 'arcivescovo', 'vescovo', 'avvocato', 'avvocata',
  // … and the people reports ask in the street: "pensioner Halina Sachuk, 71, said".
  'pensioner', 'teacher', 'farmer', 'student', 'villager', 'shopkeeper', 'doctor', 'nurse', 'businessman', 'businesswoman', 'entrepreneur',
  'pensionato', 'pensionata', 'insegnante', 'agricoltore', 'studente', 'studentessa', 'medico', 'imprenditore', 'imprenditrice', 'commerciante',
  'driver', 'truck driver', 'taxi driver', 'worker', 'engineer', 'miner', 'trader', 'vendor', 'mechanic', 'builder', 'retiree',
  'autista', 'camionista', 'tassista', 'operaio', 'operaia', 'ingegnere', 'minatore', 'venditore', 'venditrice', 'meccanico',
  // … and officials below any title.
  'official', 'officer', 'funzionario', 'funzionaria',
];

/**
 * Journalists, as reports and their credits name them ("Associated Press writer …", "il nostro
 * inviato …"): in the singular only, as the plural starts the names of their bodies ("Journalists
 * Without Borders", "Correspondents Club"); "writers" in small letters, of a wire story's credit, is
 * the one plural ("The Writers Union" is a body).
 */
const JOURNALIST_ROLES = [
  'journalist', 'correspondent', 'writer', 'columnist', 'photographer',
  'giornalista', 'corrispondente', 'inviato', 'inviata', 'cronista', 'editorialista', 'fotografo', 'fotografa',
];
const JOURNALIST_ROLE_SET = new Set(JOURNALIST_ROLES);
/** "inviato" after an auxiliary is the verb "sent", not the envoy: "ha inviato Caschi Blu", "è stata inviata". */
const SENT = new Set(['inviato', 'inviata']);
const ITALIAN_AUXILIARY_BEFORE = /(?<![\p{L}\p{N}])(?:ha|hanno|ho|abbiamo|avete|abbia|abbiano|aveva|avevano|avrebbe|avrebbero|avrà|avranno|è|sono|era|erano|stato|stata|stati|state|sia|siano|fu|furono|viene|vengono|venne)[ \u00a0]+$/iu;

// Titles and roles that introduce a name, in English and Italian: offices and ranks, and the roles
// of those the news quotes.
const TITLES = [
  // English
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'first deputy prime minister',
  'foreign minister', 'deputy foreign minister', 'defence minister', 'defense minister', 'minister', 'secretary general',
  'secretary-general', 'deputy secretary general', 'chief of staff', 'chief of the general staff', 'colonel general',
  'lieutenant general', 'major general', 'army general', 'general', 'admiral', 'spokesman', 'spokeswoman', 'spokesperson',
  'press secretary', 'aide', 'presidential aide', 'assistant', 'ambassador', 'chairman', 'chairwoman', 'speaker', 'senator',
  'head', 'leader', 'chancellor', 'executive secretary', 'secretary', 'lawmaker', 'deputy', 'member of parliament',
  'deputy minister', 'deputy head', 'deputy chairman', 'deputy director', 'deputy speaker', 'deputy chief', 'deputy commander',
  'deputy defence minister', 'deputy defense minister', 'deputy interior minister',
  'secretary of state', 'envoy', 'special envoy', 'adviser', 'advisor', 'presidential adviser', 'governor', 'mayor',
  'foreign policy chief', 'chief', 'commander', 'director',
  // Italian
  'presidente', 'presidente del consiglio', 'presidente del consiglio dei ministri', 'vicepresidente', 'vicepresidente del consiglio',
  'vicepresidente del consiglio dei ministri', 'ministro degli affari esteri e della cooperazione internazionale', 'primo ministro', 'vice primo ministro', 'premier', 'ministro degli esteri',
  'ministro degli affari esteri', 'ministro della difesa', 'viceministro degli esteri', 'viceministro', 'ministro',
  'portavoce', 'capo del dipartimento', 'capo della diplomazia', 'capo di stato maggiore', 'segretario generale',
  'vicesegretario generale', 'colonnello generale', 'generale', 'assistente presidenziale', 'assistente', 'consigliere',
  'ambasciatore', 'ambasciatrice', 'cancelliere', 'segretario esecutivo', 'segretario',
  'sindaco', 'vicepremier', 'governatore', 'inviato speciale', 'comandante', 'direttore', 'segretario di stato',
  // members of parliament, as parliamentary questions and reports on them name them
  'onorevole', 'deputato', 'deputata', 'senatore', 'senatrice',
  ...JOURNALIST_ROLES,
  'writers',
  ...QUOTED_ROLES,
];

/** A pattern that matches `s` in any letter case, while the rest of the expression stays case-sensitive. */
function anyCase(s: string): string {
  return [...s]
    .map((c) => (c === ' ' || c === '-' ? '[-\\s]+' : c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c))
    .join('');
}
const TITLE_SOURCE = [...new Set(TITLES)].sort((a, b) => b.length - a.length).map(anyCase).join('|');
/** A title, tried only where one can start (see `titleStarts`). */
const TITLE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLE_SOURCE})s?(?![\\p{L}\\p{N}])`, 'uy');
/** ", capo del …", ", the CSTO Chief of Staff", ", il presidente …" right after a name. */
const TITLE_AFTER_COMMA = new RegExp(
  `^,[ \\u00a0]+(?:(?:the|il|la|lo|l'|l’|un'|un’)[ \\u00a0]*)?(?:[\\p{L}.-]+[ \\u00a0]+){0,2}?(?:${TITLE_SOURCE})(?![\\p{L}\\p{N}])`,
  'u',
);

// A title starts with one of these words, in ASCII letters of any case: the first three letters of
// a word say whether it may start one, without copying it.
/** The first three units at `at`, in ASCII lower case, as an index below 26³; -1 unless they are ASCII letters. */
function prefixIndex(text: string, at: number): number {
  if (at + 3 > text.length) return -1;
  return letterIndex(text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2));
}

/**
 * Three units in ASCII lower case as an index below 26³, -1 unless they are ASCII letters. On
 * codes, not on a string: the scans read one text, and the tables are made from other strings.
 */
function letterIndex(a: number, b: number, c: number): number {
  const x = asciiLower(a) - 0x61;
  const y = asciiLower(b) - 0x61;
  const z = asciiLower(c) - 0x61;
  return x >>> 0 < 26 && y >>> 0 < 26 && z >>> 0 < 26 ? (x * 26 + y) * 26 + z : -1;
}

function mayStartTitle(text: string, at: number): boolean {
  const index = prefixIndex(text, at);
  return index >= 0 && TITLE_PREFIX_LENGTHS[index] !== 0;
}

// A title matches at a word only if the whole word, in ASCII letters of any case, is the title's
// first word (the words of a title are apart: "vice president", "vice-president"), or a title of
// one word with its plural "s": most words that pass `mayStartTitle` ("state", "present") stop here.
const TITLE_FIRST_WORDS = new Set(TITLES.flatMap((t) => (/[\s-]/.test(t) ? [t.split(/[\s-]/)[0]] : [t, `${t}s`])));
/** The lengths of those words by their first letter in ASCII lower case, one bit each: most words are ruled out on one read. */
const TITLE_FIRST_WORD_LENGTHS = new Int32Array(128);
for (const w of TITLE_FIRST_WORDS) TITLE_FIRST_WORD_LENGTHS[w.charCodeAt(0)] |= 1 << w.length;

/**
 * By the first three letters of those words (`prefixIndex`), their lengths, one bit each: a word
 * that passes its first letter (most often "p", "s", "c") is ruled out on one more read.
 */
const TITLE_PREFIX_LENGTHS = new Int32Array(26 * 26 * 26);
for (const w of TITLE_FIRST_WORDS) TITLE_PREFIX_LENGTHS[letterIndex(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] |= 1 << w.length;

/** Those words, asked about in place: no copy of a word in its lower case. */
const TITLE_FIRST_WORD_SET = new WordSet(TITLE_FIRST_WORDS, true);

/** Whether the word [start, end) may be where a title starts. */
function mayBeTitleWord(text: string, start: number, end: number): boolean {
  const first = asciiLower(text.charCodeAt(start));
  const length = end - start;
  if (first >= 128 || length >= 32 || (TITLE_FIRST_WORD_LENGTHS[first] & (1 << length)) === 0) return false;
  const prefix = prefixIndex(text, start);
  if (prefix < 0 || (TITLE_PREFIX_LENGTHS[prefix] & (1 << length)) === 0) return false;
  // In ASCII, lower case is a unit for a unit; any other unit may lower-case to ASCII (K, the Kelvin sign).
  for (let k = start + 3; k < end; k++) if (text.charCodeAt(k) >= 0x80) return TITLE_FIRST_WORDS.has(text.slice(start, end).toLowerCase());
  return TITLE_FIRST_WORD_SET.hasAt(text, start, end);
}

const KEY_BITS = 20;

/** A key of a word, below 2^KEY_BITS, made of its length and its first two and last units as written. */
function wordKey(first: number, second: number, last: number, length: number): number {
  let hash = Math.imul(first, 0x9e3779b1) ^ second;
  hash = Math.imul(hash, 0x85ebca6b) ^ last;
  hash = Math.imul(hash, 0xc2b2ae35) ^ length;
  return Math.imul(hash, 0x9e3779b1) >>> (32 - KEY_BITS);
}

/** A unit as written in either ASCII case (a letter), or as it is. */
function asciiCases(code: number): number[] {
  const lower = asciiLower(code);
  return lower >= 0x61 && lower <= 0x7a ? [lower, lower - 32] : [code];
}

/**
 * One bit at the key of each title's first word and of each institution's head, in every ASCII
 * case of the units the key reads: most words, neither, are ruled out on one read, with no further
 * look at their units and no case to work out. K, the Kelvin sign, is the one unit besides the ASCII
 * capitals that lower-cases to an ASCII letter: a title's word that ends with a "k" may end with it.
 */
const TITLE_OR_HEAD_KEYS = new Int32Array(1 << (KEY_BITS - 5));
for (const w of [...TITLE_FIRST_WORDS, ...HEADS]) {
  const lasts = asciiCases(w.charCodeAt(w.length - 1));
  if (w.endsWith('k')) lasts.push(0x212a);
  for (const first of asciiCases(w.charCodeAt(0))) {
    for (const second of asciiCases(w.charCodeAt(1))) {
      for (const last of lasts) {
        const key = wordKey(first, second, last, w.length);
        TITLE_OR_HEAD_KEYS[key >>> 5] |= 1 << (key & 31);
      }
    }
  }
}

/**
 * Where a title may start: words whose first letters begin a title. The capitalised words also go
 * to `shapes`, and the heads to `institutions`: one scan of the words for the three.
 */
function titleStarts(text: string, words: TextWords, shapes: NamesByShape, institutions: InstitutionNames): number[] {
  const starts: number[] = [];
  const { count, starts: wordStarts, ends: wordEnds } = words;
  for (let k = 0; k < count; k++) {
    const start = wordStarts[k];
    const end = wordEnds[k];
    const first = text.charCodeAt(start);
    const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    if (end - start > 1 && capitalisedStart(first, second)) shapes.capitalised(start, end);
    const key = wordKey(first, second, text.charCodeAt(end - 1), end - start);
    if ((TITLE_OR_HEAD_KEYS[key >>> 5] & (1 << (key & 31))) === 0) continue;
    if (mayBeTitleWord(text, start, end)) starts.push(start);
    institutions.word(k);
  }
  shapes.end();
  return starts;
}

const ARTICLES = ['the', 'il', 'la', 'lo', "l'", 'l’', "un'", 'un’'];

/**
 * Whether TITLE_AFTER_COMMA may match at the comma at `comma`: false only when it cannot, because
 * no title can start at any of the few places the expression allows (after the spaces, an article,
 * and at most two words). Most commas are ruled out after reading a few characters.
 */
function titleMayFollowComma(text: string, comma: number): boolean {
  const end = Math.min(text.length, comma + 80);
  if (comma + 1 >= end || !isWordSpace(text.charCodeAt(comma + 1))) return false;
  const afterSpaces = skipWordSpaces(text, comma + 1, end);
  if (titleWithinWords(text, afterSpaces, end)) return true;
  for (const article of ARTICLES) if (text.startsWith(article, afterSpaces) && titleWithinWords(text, skipWordSpaces(text, afterSpaces + article.length, end), end)) return true;
  return false;
}

/** Whether [from, to) holds one space or more and nothing else (no-break spaces count). */
function onlyWordSpaces(text: string, from: number, to: number): boolean {
  return to > from && skipWordSpaces(text, from, to) === to;
}

/**
 * Where the letters and digits from `at` end, reading no further than `end`: the expression that
 * looks for a title after a comma reads only up to there, and its title ends at a non-word there.
 */
function wordEndBefore(text: string, at: number, end: number): number {
  let k = at;
  for (let width = wordCharWidthAt(text, k); width > 0 && k + width <= end; width = wordCharWidthAt(text, k)) k += width;
  return k;
}

/** Whether a title may start at `base` or after one or two words from there (before `end`). */
function titleWithinWords(text: string, base: number, end: number): boolean {
  let at = base;
  for (let words = 0; ; words++) {
    if (at + 3 <= end && mayStartTitle(text, at) && mayBeTitleWord(text, at, wordEndBefore(text, at, end))) return true;
    if (words === 2) return false;
    // A word of letters, full stops and hyphens, then spaces.
    let wordEnd = at;
    while (wordEnd < end) {
      const code = text.charCodeAt(wordEnd);
      if (code === 0x2e || code === 0x2d || (classAt(text, wordEnd) & LETTER) !== 0) wordEnd += widthAt(text, wordEnd);
      else break;
    }
    if (wordEnd === at || wordEnd >= end || !isWordSpace(text.charCodeAt(wordEnd))) return false;
    at = skipWordSpaces(text, wordEnd, end);
  }
}

const WORD = /[\p{L}\p{M}’'-]+/gu;
/** Ranks and forms of address as wire copy shortens them before a name: "Col. Gen. Sherali Mirzo", "Mr. Peskov". */
export const SHORTENED_BEFORE_NAMES = ['Col', 'Gen', 'Lt', 'Maj', 'Adm', 'Capt', 'Sgt', 'Brig', 'Cmdr', 'Dr', 'Mr', 'Mrs', 'Ms'];
/** A clause ends at a full stop, but not at the one of a shortened rank or of an initial: the name follows it. */
const CLAUSE_END = new RegExp(`(?<!(?<![\\p{L}])(?:${SHORTENED_BEFORE_NAMES.join('|')}|\\p{Lu}|${[...LATIN_DIGRAPH_INITIALS].join('|')}))\\.|[;:!?()"“”«»\\n]`, 'gu');

/** Where the first clause end after `from` is, before `to`; `to` when there is none. Read in the text, not in a copy of it. */
function clauseEnd(text: string, from: number, to: number): number {
  CLAUSE_END.lastIndex = from;
  const m = CLAUSE_END.exec(text);
  return m && m.index < to ? m.index : to;
}

// Particles inside a name, in small letters or with their capital ("Pieter van der Berg", "Marco Di Lorenzo").
const PARTICLES = new Set(
  ['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el'].flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]),
);
// Capitalised words that start sentences or are no part of a person's name.
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Una', 'He', 'She', 'It', 'They', 'His', 'Her',
  ...SHORTENED_BEFORE_NAMES,
  'Secondo', 'According', 'In', 'On', 'At', 'By', 'Of', 'Di', 'Del', 'Della', 'Stato', 'State', 'Repubblica', 'Republic',
  'Ministero', 'Ministry', 'Consiglio', 'Council',
  // Parliaments named by their own word, never written as a body's head noun: "presidente della Duma …".
  'Duma', 'Rada',
]);
/** The capitalised nouns of an area, which end a place's name: never a person's. */
const AREA_NOUN_SET = new WordSet(['District', 'Region', 'Province', 'Oblast', 'Okrug', 'Krai', 'Territory', 'Republic', 'Repubblica', 'Regione', 'Provincia', 'Distretto']);
/** Single words of titles ("General", "Presidente"): never part of the name they introduce. */
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/[\s-]+/)).filter((w) => w.length > 3));
// The same words, told on a word of the text in place (`mayBeNameWordAt`).
const PARTICLE_SET = new WordSet(PARTICLES);
const NOT_NAME_SET = new WordSet(NOT_NAMES);
const TITLE_WORD_SET = new WordSet(TITLE_WORDS, true);
/** The words that join two titles of one person ("vice primo ministro e ministro degli Esteri"). */
const AND_WORDS = new WordSet(['e', 'and', 'ed']);
const LOOKAHEAD_CHARS = 140;
const MAX_WORDS_BETWEEN = 8;

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface CandidateContext {
  /** The known mention (entity or date) that overlaps [start, end), if any. */
  knownAt(start: number, end: number): Mention | undefined;
  /** Whether a known mention may begin a longer body's name ("Baku" of "Baku Higher Command School"); none when not given. */
  partOfName?(mention: Mention): boolean;
  /** Whether a word in small letters is a demonym ("russa" of "ministero della Difesa russa"); none when not given. */
  isDemonym?(word: string): boolean;
}

/** Whether the code point at `at` changes in lower case and stays in upper case. */
function isCapitalisedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // In ASCII only A–Z change in lower case and stay in upper case.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (!isSurrogate(code)) return isUpperUnit(code);
  const c = String.fromCodePoint(text.codePointAt(at)!);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Whether the word [start, end) may be part of a person's name: capitalised, and neither a word
 * that starts sentences, an institution's head nor a title's word in any case. Read in place.
 */
export function mayBeNameWordAt(text: string, start: number, end: number): boolean {
  return isCapitalisedAt(text, start) && !NOT_NAME_SET.hasAt(text, start, end) && !isInstitutionHeadAt(text, start, end) && !isTitleWordAt(text, start, end);
}

/** The plain reading `mayBeNameWordAt` stands for, on a copy of the word. */
export function mayBeNameWord(word: string): boolean {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
  return capitalised && !NOT_NAMES.has(word) && !isInstitutionHead(word) && !TITLE_WORDS.has(word.toLowerCase());
}

/**
 * `TITLE_WORDS.has(word.toLowerCase())` of the word [start, end). K, the Kelvin sign, is the one
 * unit besides the ASCII capitals that lower-cases to an ASCII letter: a word with it is copied.
 */
function isTitleWordAt(text: string, start: number, end: number): boolean {
  if (TITLE_WORD_SET.hasAt(text, start, end)) return true;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 0x212a) return TITLE_WORDS.has(text.slice(start, end).toLowerCase());
  return false;
}

/** ' ’ - */
function isWordTrail(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/**
 * The words that start between `from` and `to`, read with WORD: a word that starts before `to`
 * is read to its end, and is taken without the apostrophes and hyphens that end it.
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && isWordTrail(text.charCodeAt(end - 1))) end--;
    if (end > m.index) words.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return words;
}

/** `wordsIn`, read one word at a time as the words after a title are (`WordReader`). */
export function wordsReadIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const reader = new WordReader(text, from, to);
  while (reader.next()) words.push(reader.word());
  return words;
}

/** Whether the code point at `i` is one that WORD reads: a letter, a mark, an apostrophe or a hyphen. */
function wordCodeAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x27 || code === 0x2d;
  return code === 0x2019 || (classAt(text, i) & (LETTER | MARK)) !== 0;
}

/** Whether the code point before `end` is one that WORD reads: a letter, a mark, an apostrophe or a hyphen. */
function wordCodeBefore(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  return isWordTrail(code) || (classBefore(text, end) & (LETTER | MARK)) !== 0;
}

/**
 * The last `most` words of `wordsIn(text, from, to)` (all of them when there are fewer), read back
 * from `to`; a word is cut at `from` as reading forward from there cuts it. None when `from` cuts a
 * character in two, where reading forward may take the whole character.
 */
export function lastWordsIn(text: string, from: number, to: number, most: number): Word[] | undefined {
  const words: Word[] = [];
  let at = to;
  while (words.length < most) {
    while (at > from && !wordCodeBefore(text, at)) at -= widthBefore(text, at);
    if (at < from) return undefined;
    if (at === from) break;
    const end = at;
    while (at > from && wordCodeBefore(text, at)) at -= widthBefore(text, at);
    if (at < from) return undefined;
    // Without the apostrophes and hyphens that end it, as the reader forward takes it.
    let wordEnd = end;
    while (wordEnd > at && isWordTrail(text.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd > at) words.push({ text: text.slice(at, wordEnd), start: at, end: wordEnd });
  }
  return words.reverse();
}

/**
 * The words from `from` to `to` one at a time, each read when asked for, as `wordsIn` reads them:
 * by code points, reading WORD's classes off each unit rather than running the expression. `from`
 * is where a code point starts (the end of a title), not inside a pair.
 */
class WordReader {
  private at: number;
  /** The word read last, by its offsets: most words after a title are no name's, and become no object. */
  start = 0;
  end = 0;

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.at = from;
  }

  /** Reads the next word (`start`, `end`); false when there is none. */
  next(): boolean {
    const { text, to } = this;
    for (;;) {
      let start = this.at;
      while (start < to && !wordCodeAt(text, start)) start += widthAt(text, start);
      if (start >= to) {
        this.at = to;
        return false;
      }
      // A word that starts before `to` is read to its end.
      let end = start;
      while (end < text.length && wordCodeAt(text, end)) end += widthAt(text, end);
      this.at = end;
      // Without the apostrophes and hyphens that end it, read off the text rather than replaced.
      while (end > start && isWordTrail(text.charCodeAt(end - 1))) end--;
      if (end > start) {
        this.start = start;
        this.end = end;
        return true;
      }
    }
  }

  /** The word read last. */
  word(): Word {
    return { text: this.text.slice(this.start, this.end), start: this.start, end: this.end };
  }
}

/**
 * Names introduced by a title or role that the knowledge base does not know. Invisible characters
 * (a soft hyphen, a zero-width space) do not cut a name; its span covers them.
 */
export function findCandidates(text: string, context: CandidateContext): Mention[] {
  return findCandidatesIn(text, withoutInvisibles(text), context);
}

/**
 * `findCandidates`, given what `withoutInvisibles(text)` gives, for callers that need it too, and
 * the words of the visible text (`wordsOf`) when they have them.
 */
export function findCandidatesIn(text: string, visible: FoldedText | undefined, context: CandidateContext, words?: TextWords): Mention[] {
  if (!visible) return findVisibleCandidates(text, context, words ?? wordsOf(text));
  const knownAt = (start: number, end: number) => {
    const span = originalSpan(visible, start, end);
    return context.knownAt(span.start, span.end);
  };
  return inOriginal(findVisibleCandidates(visible.text, { ...context, knownAt }, words ?? wordsOf(visible.text)), visible, text);
}

/** `end`, or before the English possessive "'s" that ends the word there: "Heydar Aliyev's" names Heydar Aliyev. */
function withoutPossessive(text: string, end: number): number {
  const apostrophe = text.charCodeAt(end - 2);
  return end >= 3 && text.charCodeAt(end - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) ? end - 2 : end;
}

function findVisibleCandidates(text: string, context: CandidateContext, words: TextWords): Mention[] {
  const found = new Map<string, Mention>();
  const add = (run: readonly Word[], role: string) => {
    const start = run[0].start;
    const end = withoutPossessive(text, run[run.length - 1].end);
    const key = `${start}:${end}`;
    if (!found.has(key)) found.set(key, { start, end, text: text.slice(start, end), type: 'candidate', role: role.replace(/\s+/g, ' ') });
  };
  // People named without a title (personShape.ts), found in the same scan of the words as the
  // places a title may start, and kept where no title found one.
  const byShape: Mention[] = [];
  const shapes = new NamesByShape(
    text,
    (start, end) => context.knownAt(start, end) !== undefined,
    (run, cue, role) => {
      const start = run[0].start;
      if (cue === OUTLET_CUE) {
        // The outlet a byline names after its author.
        byShape.push({ start, end: run[0].end, text: text.slice(start, run[0].end), type: 'candidate', guess: 'organization' });
        return;
      }
      const end = withoutPossessive(text, run[run.length - 1].end);
      byShape.push(role === undefined ? { start, end, text: text.slice(start, end), type: 'candidate' } : { start, end, text: text.slice(start, end), type: 'candidate', role });
    },
  );
  const institutions = new InstitutionNames(text, words);
  const starts = titleStarts(text, words, shapes, institutions);
  namesAfterTitles(text, starts, context, add);
  namesBeforeTitles(text, new CommaTitles(text, words, starts), context, add);
  const byTitle = [...found.values()].sort((a, b) => a.start - b.start);
  const people = byShape.length === 0 ? byTitle : mergeApart(byTitle, byShape);
  // A phrase with an institution's head noun names a body, never a person (or a training ground, a place, or an exercise, an event).
  const headed: Mention[] = institutions
    .find({ knownAt: context.knownAt, partOfName: context.partOfName ?? (() => false), isDemonym: context.isDemonym ?? (() => false) })
    .map(({ start, end, place, event }) => ({ start, end, text: text.slice(start, end), type: 'candidate', guess: place ? 'place' : event ? 'event' : 'organization' }));
  // A name in quotes that holds a known place among its words is a party's, a newspaper's or a channel's.
  const quoted: Mention[] = quotedNamesWithPlaces(text, context.knownAt).map(({ start, end }) => ({ start, end, text: text.slice(start, end), type: 'candidate', guess: 'organization' }));
  const numbered: Mention[] = numberedEvents(text, context.knownAt).map(({ start, end }) => ({ start, end, text: text.slice(start, end), type: 'candidate', guess: 'event' }));
  const named = numbered.length === 0 ? headed : mergeApart(headed, numbered);
  const bodies = quoted.length === 0 ? named : mergeApart(named, quoted);
  return bodies.length === 0 ? people : mergeApart(bodies, people);
}

/** `first` and the spans of `second` that overlap none of it, both sorted by start, sorted. */
function mergeApart(first: readonly Mention[], second: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  for (const m of second) {
    while (i < first.length && first[i].end <= m.start) out.push(first[i++]);
    if (i < first.length && first[i].start < m.end) continue;
    out.push(m);
  }
  while (i < first.length) out.push(first[i++]);
  return out;
}

/**
 * The titles of `text`, tried only where one may start (`titleStarts`), in order, as a global scan
 * would: a match hides the starts it covers.
 */
function* titlesAt(text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let scannedTo = 0;
  for (const start of starts) {
    if (start < scannedTo) continue;
    TITLE.lastIndex = start;
    const m = TITLE.exec(text);
    if (!m) continue;
    scannedTo = start + m[0].length;
    yield m;
  }
}

/** The titles of `text` that the candidate scan finds, by their offsets and text. */
export function titlesIn(text: string): { index: number; title: string }[] {
  const words = wordsOf(text);
  const starts = titleStarts(text, words, new NamesByShape(text, () => false, () => undefined), new InstitutionNames(text, words));
  return [...titlesAt(text, starts)].map((m) => ({ index: m.index, title: m[0] }));
}

/** What the candidate scan finds titles with, to be run over a whole text at once ('g'). */
export function titleExpression(): RegExp {
  return new RegExp(TITLE.source, 'gu');
}

/** Title first: the words after each title, up to the end of the clause. */
function namesAfterTitles(text: string, starts: readonly number[], context: CandidateContext, add: (run: readonly Word[], role: string) => void): void {
  for (const m of titlesAt(text, starts)) {
    if (m[0].endsWith('s') && m[0] !== 'writers' && JOURNALIST_ROLE_SET.has(m[0].slice(0, -1).toLowerCase())) continue;
    if (SENT.has(m[0].toLowerCase()) && ITALIAN_AUXILIARY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const from = m.index + m[0].length;
    const words = new WordReader(text, from, clauseEnd(text, from, Math.min(text.length, from + LOOKAHEAD_CHARS)));
    const found = isQuotedRole(m[0]) ? nameAfterRole(text, from, words, context) : nameAfterTitle(text, words, context);
    const name = found && nameInHeadline(text, m.index, found);
    if (name) add(name, m[0]);
  }
}

const HEADLINE_LINE_CHARS = 200;

/**
 * The name a title is followed by, read again when it stands in a headline in title case: there
 * every word has its capital, and the words after "Chief of Staff" or "Leaders" are as likely the
 * verb and its object ("… Chief Of Staff Visits Dushanbe", "Leaders Agree Statement"). Such a name
 * ends at its first surname of the region's shape ("Minister Mukhtarov Arrives": Mukhtarov), or is
 * a known first name and the word after it ("President John Smith Visits"); any other is none.
 */
function nameInHeadline(text: string, titleStart: number, name: Word[]): Word[] | undefined {
  if (!inTitleCaseLine(text, titleStart, name[name.length - 1].end)) return name;
  const surname = name.findIndex((word) => hasSurnameEndingAt(text, word.start, word.end));
  if (surname >= 0) return name.slice(0, surname + 1);
  return name.length > 1 && isKnownFirstNameAt(text, name[0].start, name[0].end) ? name.slice(0, 2) : undefined;
}

/** Whether the line around [from, to) is a short one in title case: no word in small letters but "of", "the" and the like. */
export function inTitleCaseLine(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', from) + 1;
  let lineEnd = text.indexOf('\n', to);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > HEADLINE_LINE_CHARS) return false;
  let capitalised = 0;
  for (const word of wordsIn(text, lineStart, lineEnd)) {
    if (isCapitalisedAt(text, word.start)) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(word.text)) return false;
  }
  return capitalised >= 3;
}

/**
 * The name among the words after a title: right after it a surname alone is a name ("President
 * Ushakov"); further on only a full name is trusted ("il presidente della Repubblica" names no
 * one). None when the title belongs to someone the knowledge base knows.
 */
function nameAfterTitle(text: string, words: WordReader, context: CandidateContext): Word[] | undefined {
  let run: Word[] = [];
  let between = 0;
  let afterAnd = false;
  const enough = () => run.length >= (between === 0 ? 1 : 2);
  // The first words after the title, read as they are needed.
  for (let read = 0; read < MAX_WORDS_BETWEEN + 4; read++) {
    if (!words.next()) break;
    const { start, end } = words;
    const known = context.knownAt(start, end);
    if (known?.type === 'person') return undefined;
    // "Vicepresidente del Consiglio e Ministro degli Esteri …": the name is the second title's.
    if (run.length === 0 && afterAnd && isTitleWordAt(text, start, end)) return undefined;
    afterAnd = AND_WORDS.hasAt(text, start, end);
    // A demonym in small letters right after the title is part of it, and leaves the surname
    // after it right after the title too ("il presidente turkmeno Gurbanov").
    if (run.length === 0 && between === 0 && !known && !isCapitalisedAt(text, start) && context.isDemonym?.(text.slice(start, end))) continue;
    // A demonym opening the words after the title is the person's nationality, not a name ("The
    // chairman, Tajik leader Emomali Rahmon", "secretary general, Kazakh diplomat …").
    const nameWord = !known && mayBeNameWordAt(text, start, end) && !(run.length === 0 && context.isDemonym?.(text.slice(start, end)));
    // An area's noun after capitalised words makes them a place's name, not the person's: "commander
    // of the Siberian District, Colonel …", "envoy to the Siberian Federal District Anatoly Seryshev".
    if (run.length > 0 && AREA_NOUN_SET.hasAt(text, start, end) && onlyWordSpaces(text, run[run.length - 1].end, start)) {
      between += run.length + 1;
      run = [];
      if (between > MAX_WORDS_BETWEEN) break;
      continue;
    }
    // A name's words stand next to each other, with nothing but spaces between them, or the full
    // stop of the initials that open it ("S. Ordabayev", "С.Ж. Ордабаев"; not "Plan B. Later").
    const adjacent = run.length === 0 || onlyWordSpaces(text, run[run.length - 1].end, start) || afterInitials(text, run, start);
    if (adjacent && (nameWord || (run.length > 0 && PARTICLE_SET.hasAt(text, start, end)))) {
      run.push(words.word());
      continue;
    }
    // A verb after the title makes it the subject's: the name after the verb is another person's
    // ("The president met John Smith", "Il ministro ha incontrato …", "Министр встретился с …").
    if (run.length === 0 && VERBS_AFTER_SUBJECT.hasAt(text, start, end)) return undefined;
    if (run.length > 0) {
      while (run.length > 0 && (PARTICLES.has(run[run.length - 1].text) || isInitialWord(text, run[run.length - 1]))) run.pop();
      if (enough()) return run;
      between += run.length;
      run = [];
      if (nameWord) {
        // Not adjacent: this word starts a new run.
        run.push(words.word());
        continue;
      }
    }
    if (++between > MAX_WORDS_BETWEEN) break;
  }
  while (run.length > 0 && isInitialWord(text, run[run.length - 1])) run.pop();
  return run.length > 0 && enough() ? run : undefined;
}

const isInitialWord = (text: string, word: Word) => isInitialAt(text, word.start, word.end);


/** Whether `run` is initials alone, and the word at `start` follows the last one's full stop, right after it or a space or more on. */
function afterInitials(text: string, run: readonly Word[], start: number): boolean {
  if (!run.every((word) => isInitialWord(text, word))) return false;
  const stop = run[run.length - 1].end;
  return start === stop + 1 || onlyWordSpaces(text, stop + 1, start);
}

const QUOTED_ROLE_SET = new Set(QUOTED_ROLES);

/** Whether a title as written ("Analysts", "political  scientist") is one of QUOTED_ROLES, in the singular or the plural. */
function isQuotedRole(title: string): boolean {
  const role = title.toLowerCase().replace(/[-\s]+/g, ' ');
  return QUOTED_ROLE_SET.has(role) || (role.endsWith('s') && QUOTED_ROLE_SET.has(role.slice(0, -1)));
}

/**
 * The name after a commentator's role (`from`: where the role ends): the capitalised words right
 * after it ("political scientist Rasul Zhumaly"), else a full name right after the first comma
 * that follows ("an analyst at the Carnegie Endowment, Temur Umarov"). None when the role belongs
 * to someone the knowledge base knows.
 */
function nameAfterRole(text: string, from: number, words: WordReader, context: CandidateContext): Word[] | undefined {
  const run: Word[] = [];
  let last = from;
  let afterComma = false;
  for (let read = 0; read < MAX_WORDS_BETWEEN + 4 && words.next(); read++) {
    const { start, end } = words;
    const known = context.knownAt(start, end);
    if (known?.type === 'person') return undefined;
    const nameWord = !known && mayBeNameWordAt(text, start, end);
    if (run.length > 0) {
      if (nameWord && onlyWordSpaces(text, last, start)) {
        run.push(words.word());
        last = end;
        continue;
      }
      break;
    }
    const gap = text.slice(last, start);
    if (gap.includes(',')) {
      // Only the words right after the first comma may be the name.
      if (!nameWord || !/^,[ \u00a0]+$/.test(gap)) return undefined;
      afterComma = true;
      run.push(words.word());
    } else if (read === 0 && nameWord && onlyWordSpaces(text, last, start)) {
      run.push(words.word());
    }
    last = end;
  }
  while (run.length > 0 && PARTICLES.has(run[run.length - 1].text)) run.pop();
  return run.length >= (afterComma ? 2 : 1) ? run : undefined;
}

/**
 * Which commas a title may follow (`titleMayFollowComma`), asked of the commas in order: most are
 * ruled out by the words after them, without reading them again. A title starts at a word, and the
 * words where one may start are known (`titleStarts`); the expression reads 80 units from the comma,
 * so the word cut there is looked at as cut, and an article glued to the word after it ("ilpresidente")
 * starts no word: for those the comma is read as before.
 */
class CommaTitles {
  /** The next title start, and the next word, not yet passed. */
  private nextTitle = 0;
  private nextWord = 0;

  constructor(
    private readonly text: string,
    private readonly words: TextWords,
    private readonly titleStarts: readonly number[],
  ) {}

  mayFollow(comma: number): boolean {
    const { text, titleStarts } = this;
    if (comma + 1 >= text.length || !isWordSpace(text.charCodeAt(comma + 1))) return false;
    const limit = Math.min(text.length, comma + 80);
    while (this.nextTitle < titleStarts.length && titleStarts[this.nextTitle] <= comma) this.nextTitle++;
    const titleAhead = this.nextTitle < titleStarts.length && titleStarts[this.nextTitle] < limit;
    return (titleAhead || this.cutTitle(comma, limit) || this.gluedArticle(comma, limit)) && titleMayFollowComma(text, comma);
  }

  /** Whether the word that the limit cuts, read as the expression reads it (up to the limit), may start a title. */
  private cutTitle(comma: number, limit: number): boolean {
    const { text, words } = this;
    // Most limits fall where no word goes on past them: an ASCII unit there, or before it, that is
    // no letter or digit ends every word.
    if (limit >= text.length || endsWordsAscii(text.charCodeAt(limit - 1)) || endsWordsAscii(text.charCodeAt(limit))) return false;
    // A word cut of ASCII letters and digits up to the limit starts after the ASCII unit before
    // them, and is read up to the limit; any other unit before the limit, and the words are searched.
    let cut = limit;
    while (isAsciiWordUnit(text.charCodeAt(cut - 1))) cut--;
    if (cut < limit && endsWordsAscii(text.charCodeAt(cut - 1))) return cut + 3 <= limit && mayBeTitleWord(text, cut, limit);
    this.nextWord = firstWordEndingAfter(words, limit, this.nextWord);
    cut = this.nextWord < words.count ? words.starts[this.nextWord] : limit;
    return cut > comma && cut + 3 <= limit && mayStartTitle(text, cut) && mayBeTitleWord(text, cut, wordEndBefore(text, cut, limit));
  }

  /** Whether an article without a space after it follows the comma and its spaces. */
  private gluedArticle(comma: number, limit: number): boolean {
    const at = skipWordSpaces(this.text, comma + 1, limit);
    const first = this.text.charCodeAt(at);
    if (first !== 0x74 && first !== 0x69 && first !== 0x6c) return false;
    for (const article of GLUED_ARTICLES) {
      if (this.text.startsWith(article, at) && at + article.length < limit && !isWordSpace(this.text.charCodeAt(at + article.length))) return true;
    }
    return false;
  }
}

/** Whether `code` is an ASCII letter or digit. */
function isAsciiWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Whether `code` is an ASCII unit that is neither a letter nor a digit: no word goes on over it. */
function endsWordsAscii(code: number): boolean {
  return code < 0x80 && !isAsciiWordUnit(code);
}

/**
 * The first of the words from `from` on that ends after `offset`, given that none before `from`
 * does: steps doubling from `from`, then halving, as the commas asked about are far apart in words.
 */
function firstWordEndingAfter(words: TextWords, offset: number, from: number): number {
  const { ends, count } = words;
  let low = from;
  let high = from;
  for (let step = 1; high < count && ends[high] <= offset; step *= 2) {
    low = high + 1;
    high = low + step;
  }
  high = Math.min(high, count);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The commas of `text` that the candidate scan reads on for a title after them; every comma that
 * `titleFollowsComma` matches at must be among them.
 */
export function commasReadForTitles(text: string): number[] {
  const words = wordsOf(text);
  const shapes = new NamesByShape(text, () => false, () => undefined);
  const commas = new CommaTitles(text, words, titleStarts(text, words, shapes, new InstitutionNames(text, words)));
  const read: number[] = [];
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) if (commas.mayFollow(comma)) read.push(comma);
  return read;
}

/** Whether the expression for a title after a name's comma (", capo del …") matches at the comma at `comma`. */
export function titleFollowsComma(text: string, comma: number): boolean {
  return TITLE_AFTER_COMMA.test(text.slice(comma, comma + 80));
}

/** The articles a title may follow with no space between them (those that end with a letter). */
const GLUED_ARTICLES = ARTICLES.filter((a) => /\p{L}$/u.test(a));
if (GLUED_ARTICLES.some((a) => !'til'.includes(a[0]))) throw new Error('an article glued to a title starts with a letter gluedArticle does not look for');

/** Name first: ", capo del dipartimento …" after a run of capitalised words. */
function namesBeforeTitles(text: string, commas: CommaTitles, context: CandidateContext, add: (run: readonly Word[], role: string) => void): void {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (!commas.mayFollow(comma)) continue;
    const title = TITLE_AFTER_COMMA.exec(text.slice(comma, comma + 80));
    if (!title) continue;
    // A name of up to four words: those the words before the comma end with.
    const from = Math.max(0, comma - 80);
    const before = lastWordsIn(text, from, comma, 4) ?? wordsIn(text, from, comma);
    const run: Word[] = [];
    for (let i = before.length - 1; i >= 0 && run.length < 4; i--) {
      const word = before[i];
      const gap = text.slice(word.end, run.length > 0 ? run[0].start : comma);
      if (!/^[ \u00a0]*$/.test(gap)) break;
      if (!mayBeNameWordAt(text, word.start, word.end)) break;
      if (context.knownAt(word.start, word.end)) break;
      // A sentence's first word has its capital too: "Per Giulia Ferri, …", "After Ivan Petrov, …".
      if (isCommonWord(foldString(word.text))) break;
      run.unshift(word);
    }
    if (run.length >= 2) add(run, title[0].replace(ROLE_AFTER_COMMA_LEAD, ''));
  }
}

/** The comma and any article before a role after a name: ", an analyst …" is the role "analyst", as before the name. */
const ROLE_AFTER_COMMA_LEAD = /^,[\s\u00a0]*(?:(?:the|an?|il|lo|la|uno?|una)[\s\u00a0]+|(?:l|un)['’][\s\u00a0]*)?/i;
