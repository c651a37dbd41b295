// Dates written without a number, in English, Italian and Russian: a weekday ("on Friday",
// "giovedì scorso", "в прошлую пятницу"), resolved against the article's date; a month after a
// preposition ("in September", "a ottobre", "в сентябре"); a part of a month ("mid-October",
// "inizio di settembre", "в середине октября", "во второй декаде сентября"), in the reference year
// (the next one when a sentence announces a month earlier in the year than the article's day);
// and a Russian day written in words ("двадцать пятого мая"). A reader marks these as dates whether
// or not they can be resolved: without the article's date (for a weekday) or a year (for a month),
// the mention is found with no ISO value rather than a guessed one.
import type { Mention } from './mention';
import { partitionPoint } from '../text/binarySearch';
import { isHighSurrogate, isLowSurrogate } from '../text/surrogates';
import { classAt, LETTER, skipWordSpaces, SPACE, type TextWords, unitClass } from './textScan';
import { caseChanges, isCapitalUnit, isUpperUnit, LOWERING_CHANGES } from './unitCase';

type Language = 'en' | 'it' | 'ru';

/** Weekday names by language, Monday first; Russian in the forms "в …" and "до …" take. */
const WEEKDAYS: Record<Language, string[][]> = {
  en: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  it: [['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato'], ['domenica']],
  ru: [
    ['понедельник', 'понедельника'],
    ['вторник', 'вторника'],
    ['среду', 'среды'],
    ['четверг', 'четверга'],
    ['пятницу', 'пятницы'],
    ['субботу', 'субботы'],
    ['воскресенье', 'воскресенья'],
  ],
};

/**
 * Month names a month alone is written with: English and Italian, Russian after "в" (prepositional)
 * and after a part of the month (genitive); the Russian nominative only opens a range of months with its year ("Январь–февраль 2022 года").
 */
const MONTH_WORDS: Record<Language, string[][]> = {
  en: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  ru: [
    ['январе', 'января', 'январь'],
    ['феврале', 'февраля', 'февраль'],
    ['марте', 'марта', 'март'],
    ['апреле', 'апреля', 'апрель'],
    ['мае', 'мая', 'май'],
    ['июне', 'июня', 'июнь'],
    ['июле', 'июля', 'июль'],
    ['августе', 'августа', 'август'],
    ['сентябре', 'сентября', 'сентябрь'],
    ['октябре', 'октября', 'октябрь'],
    ['ноябре', 'ноября', 'ноябрь'],
    ['декабре', 'декабря', 'декабрь'],
  ],
};

/**
 * Words before a month that name a part of it, and are in the date's span (the preposition before
 * them is not): "mid-October", "early September", "the end of September", "a metà ottobre",
 * "all'inizio di settembre", "ai primi di ottobre", "в середине октября", "к концу сентября".
 */
const MONTH_PARTS: Record<Language, Set<string>> = {
  en: new Set(['early', 'mid', 'late', 'beginning', 'start', 'middle', 'end']),
  it: new Set(['inizio', 'metà', 'fine', 'primi', 'ultimi']),
  ru: new Set(['начале', 'начала', 'началу', 'начало', 'середине', 'середины', 'середину', 'конце', 'конца', 'концу', 'конец']),
};

/** The nouns of a month's ten days and half, in the prepositional, accusative and genitive (see RUSSIAN_DECADES). */
const RUSSIAN_DECADE_NOUNS = new Set(['декаде', 'декаду', 'декады']);
const RUSSIAN_HALF_NOUNS = new Set(['половине', 'половину', 'половины']);
/** "в первых числах января", "на последние числа декабря": the month's first or last days, read as a part of it. */
const RUSSIAN_DAYS_NOUNS = new Set(['числах', 'числа']);
const RUSSIAN_DAYS_ORDINALS = new Set(['первых', 'первые', 'последних', 'последние']);

/** Words before a month alone that make it a time: "in September", "a ottobre", "в сентябре", "до сентября", and the parts of a month. */
const MONTH_PREPOSITIONS: Record<Language, Set<string>> = {
  en: new Set(['in', 'by', 'since', 'until', 'till', 'through', 'from', 'of', 'during', 'before', 'after', 'between', 'for', ...MONTH_PARTS.en]),
  it: new Set(['a', 'ad', 'in', 'nel', 'dal', 'di', 'da', 'entro', 'fino', 'dopo', 'prima', 'tra', 'fra', 'per', ...MONTH_PARTS.it]),
  ru: new Set(['в', 'во', 'до', 'с', 'со', 'после', ...RUSSIAN_DECADE_NOUNS, ...RUSSIAN_HALF_NOUNS, ...RUSSIAN_DAYS_NOUNS, ...MONTH_PARTS.ru]),
};

/** "as early as", "as late as", "as soon as" before a month, which make it a time: "as early as January". */
const AS_EARLY_AS = /(?:^|[^\p{L}])as[ \u00a0]+(?:early|late|soon)[ \u00a0]+as$/iu;

/**
 * A word in small letters after a month: after "for", the month is then a word of another kind
 * ("called for March rallies", "voted for May in 2016"), not a time ("planned for September.").
 */
const WORD_IN_SMALL_LETTERS_AFTER = /^[ \u00a0]+\p{Ll}/u;

/**
 * A preposition or a conjunction after a month after "for", which leaves it a time ("scheduled for
 * December in Minsk"), but not after "May", as often a name ("voted for May in 2016").
 */
const LINK_AFTER_MONTH = /^[ \u00a0]+(?:in|at|on|and|or|with|when|to)(?![\p{L}\p{N}])/u;
function linkAfterMonthAfterFor(text: string, self: { start: number; end: number }): boolean {
  return !text.startsWith('May', self.start) && LINK_AFTER_MONTH.test(text.slice(self.end, self.end + 8));
}

/**
 * A noun in small letters after a month that "the" opens: the month is its time ("the January
 * unrest"). Not a word that joins ("the March of the Living") nor a verb.
 */
const NOUN_AFTER_MONTH = /^[ \u00a0]+(?!(?:of|and|or|to|in|on|at|for|by|with|from|as|is|was|were|will|would|has|had|have|that|which)(?![\p{L}\p{N}]))\p{Ll}{3,}(?![\p{L}\p{N}'’-])/u;

/**
 * "во второй декаде сентября", "на вторую декаду мая", "до первой половины октября": which ten
 * days (or half) of a month, the noun and its ordinal in the prepositional, accusative or genitive.
 */
const RUSSIAN_DECADES = new Map([
  ['первой', 1], ['первую', 1], ['второй', 2], ['вторую', 2], ['третьей', 3], ['третью', 3], ['последней', 3], ['последнюю', 3],
]);
const RUSSIAN_HALVES = new Map([['первой', 1], ['первую', 1], ['второй', 2], ['вторую', 2]]);
/** "nella prima metà di ottobre", "the second half of November": the noun of a month's half, and which half its ordinal says. */
const HALVES = {
  it: { noun: 'metà', link: 'di', ordinals: new Map([['prima', 1], ['seconda', 2]]) },
  en: { noun: 'half', link: 'of', ordinals: new Map([['first', 1], ['second', 2]]) },
};
/** "negli anni Novanta", "gli anni Duemila": Italian decades in words, by their first year. */
const ITALIAN_DECADES = new Map([
  ['trenta', 1930], ['quaranta', 1940], ['cinquanta', 1950], ['sessanta', 1960], ['settanta', 1970], ['ottanta', 1980], ['novanta', 1990], ['duemila', 2000],
]);

/**
 * Russian days of the month in words, as ordinals in the genitive ("двадцать пятого мая") or the
 * neuter nominative ("первое сентября"): units and teens by their ordinal, 21–31 as "двадцать" or
 * "тридцать" and a unit.
 */
const RUSSIAN_DAY_ORDINALS = new Map<string, number>();
const RUSSIAN_DAY_TENS = new Map([['двадцать', 20], ['тридцать', 30]]);
[
  'перв', 'втор', 'треть', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят',
  'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат',
].forEach((stem, i) => {
  const forms = stem === 'треть' ? ['третьего', 'третье'] : [`${stem}ого`, `${stem}ое`];
  if (stem === 'четверт') forms.push('четвёртого', 'четвёртое');
  for (const form of forms) RUSSIAN_DAY_ORDINALS.set(form, i + 1);
});
RUSSIAN_DAY_ORDINALS.set('тридцатого', 30).set('тридцатое', 30);

/** Words that make a weekday the one before or after the article's date. */
const LAST = new Set(['last', 'scorso', 'scorsa', 'прошлый', 'прошлую', 'прошлое', 'прошлой', 'минувший', 'минувшую', 'минувшее']);
const NEXT = new Set(['next', 'prossimo', 'prossima', 'следующий', 'следующую', 'следующее', 'ближайший', 'ближайшую', 'ближайшее']);
/** Words that make "в"/"во" before a Russian weekday optional: "прошлую пятницу". */
const RUSSIAN_WEEKDAY_BEFORE = new Set(['в', 'во', 'до', 'с', 'со', 'к', 'ко', 'по', 'на', ...LAST, ...NEXT]);

/** "giovedì scorso", "venerdì prossimo": the word after an Italian weekday that says which one. */
const ITALIAN_DIRECTION_AFTER = /^[ \u00a0]+(scors[oa]|prossim[oa])(?![\p{L}\p{N}])/u;

/** Whether spaces, then an s or a p, follow `end`: what ITALIAN_DIRECTION_AFTER needs before it is tried. */
function mayBeDirectionAfter(text: string, end: number): boolean {
  const k = skipWordSpaces(text, end);
  return k > end && (text.charCodeAt(k) === 0x73 || text.charCodeAt(k) === 0x70);
}

/** Words in the sentence before a date that make it the coming one: the report announces, or plans. */
const FUTURE = new Set([
  ...['will', 'would', 'shall', 'scheduled', 'expected', 'expects', 'plans', 'planned', 'upcoming', 'coming', 'slated', 'forthcoming'],
  // Preparing for an event puts it ahead: "briefed the council on preparations for an exercise from May 19 to 23".
  ...['preparations', 'preparing', 'preparativi', 'preparazione', 'подготовке', 'подготовки', 'подготовка', 'подготовку'],
  ...['terrà', 'terranno', 'sarà', 'saranno', 'previsto', 'prevista', 'previsti', 'previste', 'programmato', 'programmata', 'programmati', 'programmate', 'fissato', 'fissata', 'fissati', 'fissate'],
  ...['dovrà', 'dovranno', 'parteciperà', 'incontrerà', 'prossimo', 'prossima', 'prossimi', 'prossime', 'atteso', 'attesa', 'attesi', 'attese'],
  ...['будет', 'будут', 'состоится', 'состоятся', 'пройдет', 'пройдёт', 'пройдут', 'планируется', 'планируются', 'ожидается', 'ожидаются', 'намерен', 'примет', 'предстоящем', 'предстоящей', 'предстоит'],
  ...['следующий', 'следующая', 'следующее', 'следующие', 'следующем', 'следующей', 'следующего'],
  // Perfective verbs of the reports' visits and meetings, whose present forms tell the future.
  ...['посетит', 'посетят', 'проведет', 'проведёт', 'проведут', 'обсудит', 'обсудят', 'встретится', 'встретятся', 'прибудет', 'прибудут', 'приедет', 'приедут'],
  ...['рассмотрит', 'рассмотрят', 'подпишет', 'подпишут', 'примут', 'соберется', 'соберётся', 'соберутся', 'откроется', 'откроются', 'выступит', 'выступят'],
  ...['отправится', 'отправятся', 'совершит', 'совершат', 'прилетит', 'прилетят', 'начнется', 'начнётся', 'начнутся', 'завершится', 'завершатся', 'продлится', 'продлятся'],
  ...['проведем', 'проведём', 'обсудим', 'встретимся', 'подпишем', 'посетим'],
  ...['намечен', 'намечена', 'намечено', 'намечены', 'запланирован', 'запланирована', 'запланировано', 'запланированы', 'назначен', 'назначена', 'назначено', 'назначены'],
  // The present of verbs that open or bring a scheduled event tells of it to come ("The drills start
  // on Thursday", "Le manovre iniziano giovedì", "Министра ждут в четверг"); not forms that are
  // also nouns ("start", "heads", "visits").
  ...['starts', 'begins', 'begin', 'opens', 'resumes', 'arrives', 'convenes', 'kicks', 'departs'],
  ...['inizia', 'iniziano', 'comincia', 'cominciano', 'riprende', 'riprendono', 'arriva', 'arrivano', 'apre', 'aprono', 'partono'],
  ...['начинается', 'начинаются', 'стартует', 'стартуют', 'открывается', 'открываются', 'ожидают', 'ждут', 'прибывает', 'прибывают', 'вылетает'],
  // … and of taking over, entering into force, holding: "Kazakhstan takes over on January 1", "si tiene il 2 gennaio".
  ...['takes', 'enters', 'passes', 'tiene', 'tengono', 'entra', 'entrano', 'passa', 'passano', 'переходит', 'переходят'],
  ...['вступит', 'вступят', 'перейдет', 'перейдёт', 'перейдут', 'возглавит', 'возглавят', 'начнет', 'начнёт', 'начнут', 'станет', 'станут', 'откроет', 'откроют'],
  ...['вылетит', 'вылетят', 'пропустит', 'пропустят', 'приступит', 'приступят', 'вернется', 'вернётся', 'вернутся', 'покинет', 'покинут', 'уйдет', 'уйдёт', 'уйдут', 'заступит'],
  ...['полетит', 'полетят', 'поедет', 'поедут', 'объявит', 'объявят', 'получит', 'получат', 'выйдет', 'выйдут', 'dovrebbe', 'dovrebbero'],
  // Modals and verbs of intent, which put what they govern ahead: "могут встретиться в пятницу",
  // "potrebbero incontrarsi venerdì", "might meet on Friday" (not "could", as often the past of
  // "can"; "may" is read apart, in small letters only: "May" is the month).
  ...['might', 'should', 'intends', 'intend', 'aims', 'hopes', 'potrebbe', 'potrebbero', 'intende', 'intendono', 'punta', 'puntano'],
  ...['может', 'могут', 'планирует', 'планируют', 'намерена', 'намерено', 'намерены', 'собирается', 'собираются', 'рассчитывает', 'рассчитывают'],
  // Being ready to do it puts it ahead too: "депутаты готовы рассмотреть соглашение в феврале", "pronti a firmare a febbraio".
  ...['готов', 'готова', 'готово', 'готовы', 'pronti', 'pronte'],
]);
const LONGEST_FUTURE = Math.max(...[...FUTURE].map((w) => w.length));
/** The modal "may", which announces as FUTURE's words do, in small letters only ("in May" is the month). */
const isModalMay = (text: string, start: number, end: number) => end - start === 3 && text.startsWith('may', start);
/** "due" announces after a form of "be" ("is due to meet"): elsewhere it is as likely the Italian "two" ("i due leader"). */
const BE_BEFORE_DUE = new Set(['is', 'are', 'was', 'were', 'be', 'being']);
/**
 * An Italian verb in the future tense, listed in FUTURE or not, by its ending: -rà in the singular
 * ("ospiterà"), -ranno in the plural ("ospiteranno"); "tiranno" is a noun.
 */
const isItalianFuture = (lower: string) => lower.endsWith('rà') || (lower.length >= 7 && lower.endsWith('ranno') && lower !== 'tiranno');
/** `isItalianFuture` for a word [start, end) in ASCII letters, which only the plural ending may be. */
const isItalianFuturePlural = (text: string, start: number, end: number) => end - start >= 7 && (text.charCodeAt(end - 1) | 0x20) === 0x6f && isItalianFuture(text.slice(start, end).toLowerCase());
/** The lengths of the words of FUTURE in ASCII letters, by their first letter, one bit each: most words of a sentence are ruled out on one read. */
const FUTURE_ASCII_LENGTHS = new Int32Array(128);
for (const w of FUTURE) if (/^[a-z]+$/.test(w)) FUTURE_ASCII_LENGTHS[w.charCodeAt(0)] |= 1 << w.length;
/** Whether the word [start, end) in ASCII letters may be a word of FUTURE in any case (0x20 makes an ASCII capital small). */
const mayBeFutureWord = (text: string, start: number, end: number) => end - start <= LONGEST_FUTURE && (FUTURE_ASCII_LENGTHS[text.charCodeAt(start) | 0x20] & (1 << (end - start))) !== 0;

interface WordInfo {
  language: Language;
  weekday?: number;
  month?: number;
  /** A Russian month in the genitive, as after a day ("пятого мая"). */
  genitive?: boolean;
  /** A Russian month in the nominative ("январь"): a date only as the start of a range of months with its year. */
  nominative?: boolean;
  /** An Italian decade's word ("Novanta"): its first year, a date only after "anni". */
  decade?: number;
}

const WORDS = new Map<string, WordInfo[]>();
const addWord = (word: string, info: WordInfo) => WORDS.set(word, [...(WORDS.get(word) ?? []), info]);
for (const language of ['en', 'it', 'ru'] as const) {
  WEEKDAYS[language].forEach((forms, i) => forms.forEach((w) => addWord(w, { language, weekday: i })));
  MONTH_WORDS[language].forEach((forms, i) =>
    forms.forEach((w, k) => addWord(w, { language, month: i + 1, genitive: language === 'ru' && k === 1, nominative: language === 'ru' && k === 2 })),
  );
}
for (const [word, decade] of ITALIAN_DECADES) addWord(word, { language: 'it', decade });
const LONGEST = Math.max(...[...WORDS.keys()].map((w) => w.length));
/** Every trigger has a second letter, which `mayBeTrigger` reads. */
const SHORTEST = Math.min(...[...WORDS.keys()].map((w) => w.length));

/** Per UTF-16 unit, the unit it lower-cases to (itself when that is not one unit), filled in as met. */
const lowerUnits = new Uint16Array(65536);

export function lowerUnit(code: number): number {
  let lower = lowerUnits[code];
  if (lower === 0) {
    const lowered = String.fromCharCode(code).toLowerCase();
    lower = lowered.length === 1 ? lowered.charCodeAt(0) : code;
    lowerUnits[code] = lower;
  }
  return lower;
}

// A word can be a trigger only if a trigger has its length and its first, second and last
// letters: a table by a hash of those letters holds the lengths, one bit each. Nearly every word is
// rejected on a few reads of it, without a string made.
const triggerShapes = new Uint32Array(65536);
const shapeOf = (first: number, second: number, last: number) => (Math.imul(first, 961) + Math.imul(second, 31) + last) & 0xffff;
for (const w of WORDS.keys()) triggerShapes[shapeOf(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(w.length - 1))] |= 1 << w.length;

/** Whether the word [start, end) may be a trigger (no word that is one is refused). */
function mayBeTrigger(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > LONGEST || length < SHORTEST) return false;
  const lengths = triggerShapes[shapeOf(lowerUnit(text.charCodeAt(start)), lowerUnit(text.charCodeAt(start + 1)), lowerUnit(text.charCodeAt(end - 1)))];
  return (lengths & (1 << length)) !== 0;
}

/**
 * The lengths of a few words by the unit each starts with in lower case, one bit per length, kept
 * per unit as met: a word of another length, or whose first unit lower-cases to no word's first
 * letter, is none of them, and is ruled out on one read of the text, without a string made.
 * (Lower-casing a whole word lower-cases its first unit alone, or makes it more than one unit,
 * which no word here starts with.)
 */
export class LengthsByInitial {
  private readonly byInitial = new Map<number, number>();
  private readonly byUnit = new Int32Array(65536);

  /** `fold`, if given, is applied to each lower-cased first unit, as the words are looked up. */
  constructor(
    words: Iterable<string>,
    private readonly fold: (lower: number) => number = (lower) => lower,
  ) {
    for (const word of words) {
      if (word.length >= LENGTHS_KNOWN_BIT) throw new Error(`"${word}" is too long to be ruled out by its length`);
      const initial = word.charCodeAt(0);
      this.byInitial.set(initial, (this.byInitial.get(initial) ?? 0) | (1 << word.length));
    }
  }

  /** Whether a word of `length` units that starts with the unit `code` may be one of the words. */
  may(code: number, length: number): boolean {
    let lengths = this.byUnit[code];
    if (lengths === 0) {
      lengths = (this.byInitial.get(this.fold(lowerUnit(code))) ?? 0) | (1 << LENGTHS_KNOWN_BIT);
      this.byUnit[code] = lengths;
    }
    return length < LENGTHS_KNOWN_BIT && (lengths & (1 << length)) !== 0;
  }
}
/** The bit of `LengthsByInitial`'s table that says a unit is known; the bits below it are lengths. */
const LENGTHS_KNOWN_BIT = 30;

const DATE_WORD_INITIALS = new LengthsByInitial(WORDS.keys());
/** The words before a weekday that say which one, and those before a month that make it a time: most words before a trigger are neither, nor lower-cased. */
const LAST_OR_NEXT_INITIALS = new LengthsByInitial([...LAST, ...NEXT]);
const MONTH_PREPOSITION_INITIALS = new LengthsByInitial(Object.values(MONTH_PREPOSITIONS).flatMap((words) => [...words]));

/**
 * Whether a word of `length` units that starts with the unit `code` may be one that
 * `WordDateFinder.word` takes: most words are not, and need not be shown to it.
 */
export const mayBeDateWord = (code: number, length: number): boolean => DATE_WORD_INITIALS.may(code, length);

/**
 * What a few words are, by each word as written, kept as met (up to a thousand, then forgotten at
 * once): texts repeat the few words a rule looks up, which need lower-casing first.
 */
export class KeptAsWritten<T> {
  private readonly kept = new Map<string, T>();

  constructor(private readonly read: (word: string) => T) {}

  get(word: string): T {
    let value = this.kept.get(word);
    if (value === undefined && !this.kept.has(word)) {
      value = this.read(word);
      if (this.kept.size >= 1000) this.kept.clear();
      this.kept.set(word, value);
    }
    return value as T;
  }
}

/** What a word is as a trigger, by the word as written. */
const triggersAsWritten = new KeptAsWritten((word) => WORDS.get(word.toLowerCase()));

/** A word as the rules read it: its offsets, and its lower case, made only when a rule asks for it. */
class Word {
  private lowered: string | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The word in lower case (a long word is none of the rules'). */
  get lower(): string {
    return (this.lowered ??= this.end - this.start <= 16 ? this.text.slice(this.start, this.end).toLowerCase() : '');
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Whether the unit at `at` changes when lower-cased. */
function isCapitalized(text: string, at: number): boolean {
  return (caseChanges(text.charCodeAt(at)) & LOWERING_CHANGES) !== 0;
}

/** The reference for dates without a number: the year for months, the article's day for weekdays. */
export interface WordDateReference {
  year: number | undefined;
  /** The article's date, YYYY-MM-DD. */
  day: string | undefined;
}

/**
 * Finds the dates without a number as it is shown the words of a text, in order, one call each:
 * for the walk that looks for numbered dates too (see `findDatesIn`), so that the text is walked once.
 */
export class WordDateFinder {
  readonly found: Mention[] = [];

  constructor(
    private readonly text: string,
    private readonly reference: WordDateReference,
  ) {}

  /** The year of a date in month `month` written without one at the text's word `k` (see `yearOfMonth`). */
  yearOf(words: TextWords, k: number, month: number, day?: number): number | undefined {
    return yearOfMonth(this.text, words, k, month, this.reference, day);
  }

  /**
   * Whether the sentence before the date that starts at `start` (a word of `words`) announces it
   * (see `announces`): a date after the article's day is the report's only when it does.
   */
  announcesAt(words: TextWords, start: number): boolean {
    const k = partitionPoint(0, words.count, (j) => words.starts[j] < start);
    return k < words.count && announces(this.text, words, k);
  }

  /**
   * The date of day `day` of a month not written ("on the 3rd", "il 3 scorso", "3-го числа") at
   * the text's word `k`: the last such day up to the article's, or the next from it when the
   * sentence announces it or the words after it say so (`coming`, from "prossimo"; false from
   * "scorso"). Undefined without the article's day, or when the month has no such day.
   */
  dayOfMonthAlone(words: TextWords, k: number, day: number, coming?: boolean): string | undefined {
    const articleDay = this.reference.day;
    if (articleDay === undefined) return undefined;
    let year = Number(articleDay.slice(0, 4));
    let month = Number(articleDay.slice(5, 7));
    const today = Number(articleDay.slice(8, 10));
    const future = coming ?? (announces(this.text, words, k) || announcedAfter(this.text, words, k));
    if (future && day < today) month++;
    else if (!future && (day > today || (coming === false && day === today))) month--;
    if (month === 13) [year, month] = [year + 1, 1];
    if (month === 0) [year, month] = [year - 1, 12];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : undefined;
  }

  /**
   * The year of day `day` of month `month`, written without one from `start` to `end`, that the
   * words around it say ("next year", "dell'anno scorso", "lo scorso 12 aprile"), else undefined.
   */
  yearSaidAround(start: number, end: number, month: number, day: number): number | undefined {
    return yearSaidAround(this.text, start, end, month, day, this.reference);
  }

  /**
   * The text's word `k` among its words (`wordsOf`), shown in order; the words before a trigger
   * are read from the same lists, only at a trigger, and the words after it from the text.
   */
  word(words: TextWords, k: number): void {
    const { text } = this;
    const start = words.starts[k];
    const end = words.ends[k];
    if (!mayBeTrigger(text, start, end)) return;
    const infos = triggersAsWritten.get(text.slice(start, end));
    if (!infos) return;
    const around = new WordsAround(text, words, k);
    for (const info of infos) {
      const mention =
        info.weekday !== undefined
          ? weekdayDate(text, around, info, this.reference.day, this.found[this.found.length - 1])
          : info.decade !== undefined
            ? italianDecade(text, around, info.decade)
          : info.nominative
            ? (nominativeMonthsRange(text, around, info) ?? accusativeMonth(text, around, info, this.reference))
            : ((info.genitive ? russianDayInWords(text, around, info, this.reference.year) : undefined) ?? monthDate(text, around, info, this.reference, this.found[this.found.length - 1]));
      if (mention) {
        this.found.push(mention);
        break;
      }
    }
  }
}

/** Whether [from, to) is one or more spaces (plain or no-break), or a single hyphen. */
function onlySpacesOrHyphen(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  if (to - from === 1 && text.charCodeAt(from) === 0x2d) return true;
  return skipWordSpaces(text, from, to) === to;
}

/** A trigger, word `k` of the text's words, and the words before it, each made a `Word` when a rule first reads it. */
class WordsAround {
  readonly self: Word;
  private oneBefore: Word | undefined;
  private twoBefore: Word | undefined;

  constructor(
    private readonly text: string,
    readonly words: TextWords,
    readonly k: number,
  ) {
    this.self = new Word(text, words.starts[k], words.ends[k]);
  }

  /** The word `back` words before the trigger, if only spaces (or, for "mid-", a hyphen) stand between it and the next. */
  previous(back = 1): Word | undefined {
    const { words } = this;
    const i = this.k - back;
    if (i < 0 || !onlySpacesOrHyphen(this.text, words.ends[i], words.starts[i + 1])) return undefined;
    if (back === 1) return (this.oneBefore ??= new Word(this.text, words.starts[i], words.ends[i]));
    if (back === 2) return (this.twoBefore ??= new Word(this.text, words.starts[i], words.ends[i]));
    return new Word(this.text, words.starts[i], words.ends[i]);
  }
}

/**
 * Words that join two weekdays or two months: "on Tuesday and Wednesday", "martedì e mercoledì",
 * "во вторник и среду", "in October and November", "в октябре и ноябре".
 */
const DATE_JOINERS = new Set(['and', 'or', 'e', 'o', 'и', 'или']);

/**
 * A weekday: resolved against the article's day when it is known, else found with no ISO value;
 * one joined by "and" to the weekday found just before it (`previous`) is the next such day after that one.
 */
function weekdayDate(text: string, around: WordsAround, info: WordInfo, day: string | undefined, previous: Mention | undefined): Mention | undefined {
  const { self } = around;
  // English writes weekdays capitalized; Italian and Russian write them lowercase, where a capital is a name (Domenica).
  if (info.language === 'en' ? !isCapitalized(text, self.start) : isCapitalized(text, self.start) && !capitalizedWeekday(text, self)) return undefined;
  let start = self.start;
  let end = self.end;
  let direction: Direction | undefined;
  const before = around.previous();
  if (before && LAST_OR_NEXT_INITIALS.may(text.charCodeAt(before.start), before.end - before.start) && (LAST.has(before.lower) || NEXT.has(before.lower))) {
    direction = LAST.has(before.lower) ? 'last' : 'next';
    start = before.start;
  }
  const joinedTo = joinedByWord(around, previous) ? previous : undefined;
  if (info.language === 'ru' && !(before && RUSSIAN_WEEKDAY_BEFORE.has(before.lower)) && !joinedTo) return undefined;
  const after = info.language === 'it' && mayBeDirectionAfter(text, end) ? ITALIAN_DIRECTION_AFTER.exec(text.slice(end, end + 12)) : null;
  if (after) {
    direction = after[1].startsWith('scors') ? 'last' : 'next';
    end += after[0].length;
  }
  // "Friday next week", "giovedì della scorsa settimana", "на следующей неделе в пятницу": the weekday of that week.
  const week = direction === undefined ? weekNamedAround(text, start, end) : undefined;
  if (week?.end !== undefined) end = week.end;
  // A sentence that announces means the coming one, which may be the article's own day.
  if (day === undefined) return { start, end, text: text.slice(start, end), type: 'date', iso: undefined };
  if (week) return { start, end, text: text.slice(start, end), type: 'date', iso: weekdayOfWeek(day, info.weekday!, week.shift) };
  if (joinedTo?.iso?.length === 10 && direction === undefined) return { start, end, text: text.slice(start, end), type: 'date', iso: resolveWeekday(joinedTo.iso, info.weekday!, 'next') };
  direction ??=
    !saidOnTheDay(text, around.words, around.k) &&
    (announces(text, around.words, around.k) || announcedAfter(text, around.words, around.k)) &&
    !toldPastInItsLine(text, start) &&
    !pastParticipleRightBefore(text, around.words, around.k)
      ? 'ahead'
      : undefined;
  const iso = resolvedWeekday(day, info.weekday!, direction);
  return { start, end, text: text.slice(start, end), type: 'date', iso };
}

// A week said from the article's: "next week", "la settimana scorsa", "della prossima settimana", "на прошлой неделе".
const WEEK_NAMED =
  '(?:(next|last|this)[ \\u00a0]+week|(?:della|la)[ \\u00a0]+(prossima|scorsa)[ \\u00a0]+settimana|(?:della|la)[ \\u00a0]+settimana[ \\u00a0]+(prossima|scorsa)|на[ \\u00a0]+(следующей|будущей|прошлой|этой)[ \\u00a0]+неделе)';
const WEEK_AFTER = new RegExp(`^[ \\u00a0]+${WEEK_NAMED}(?![\\p{L}\\p{N}])`, 'iu');
const WEEK_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${WEEK_NAMED},?[ \\u00a0]+(?:on[ \\u00a0]+|в[ \\u00a0]+|во[ \\u00a0]+)?$`, 'iu');
const WEEK_SHIFTS = new Map([
  ['next', 1], ['last', -1], ['this', 0], ['prossima', 1], ['scorsa', -1],
  ['следующей', 1], ['будущей', 1], ['прошлой', -1], ['этой', 0],
]);

/** The week a weekday at [start, end) is said to be in, from the article's, and where the words end when they follow it. */
function weekNamedAround(text: string, start: number, end: number): { shift: number; end?: number } | undefined {
  const after = WEEK_AFTER.exec(text.slice(end, end + 32));
  const found = after ?? WEEK_BEFORE.exec(text.slice(Math.max(0, start - 36), start));
  if (!found) return undefined;
  const shift = WEEK_SHIFTS.get((found[1] ?? found[2] ?? found[3] ?? found[4]).toLowerCase())!;
  return after ? { shift, end: end + after[0].length } : { shift };
}

/** The day of weekday `weekday` (Monday 0) in the week `shift` weeks from that of `day`. */
function weekdayOfWeek(day: string, weekday: number, shift: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  const today = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - today + 7 * shift + weekday);
  return date.toISOString().slice(0, 10);
}

/**
 * Whether the sentence before the trigger `k` of the text's words (at `at`) announces (a verb or
 * word of the future): a word of FUTURE, in any case, among the 200 units before it, after the
 * last full stop, mark or line break that a space follows. What splitting those units at the
 * marks, lower-casing the last part and splitting it at non-letters reads, word by word: a word
 * in ASCII letters is lower-cased alone, any other read as the whole part would be (the two ways
 * of finding the part's start differ at most by a space, which is no word). The marks and spaces
 * stand between the text's words, and the letters within them: only those units are read.
 */
function announces(text: string, words: TextWords, k: number): boolean {
  const { starts, ends } = words;
  const at = starts[k];
  const from = Math.max(0, at - 200);
  let start = from;
  sentence: for (let j = k; j >= 0; j--) {
    // The units between word j - 1 and word j, from the last.
    const gapStart = j > 0 ? ends[j - 1] : 0;
    for (let p = starts[j] - 1; p >= gapStart && p > from; p--) {
      if ((unitClass(text.charCodeAt(p)) & SPACE) !== 0 && isSentenceEnd(text.charCodeAt(p - 1))) {
        start = p + 1;
        break sentence;
      }
    }
    if (gapStart <= from + 1) break;
  }
  let first = k;
  while (first > 0 && ends[first - 1] > start) first--;
  for (let j = first; j < k; j++) {
    const wordStart = Math.max(start, starts[j]);
    const wordEnd = ends[j];
    if (inAsciiLetters(text, wordStart, wordEnd)) {
      if (mayBeFutureWord(text, wordStart, wordEnd) && FUTURE.has(text.slice(wordStart, wordEnd).toLowerCase())) return true;
      if (isModalMay(text, wordStart, wordEnd)) return true;
      if (isItalianFuturePlural(text, wordStart, wordEnd)) return true;
      if (j > first && (isDueAfterBe(text, words, j) || isToAfterBe(text, words, j))) return true;
      if (j > first && isHeadlineInfinitive(text, words, j, k)) return true;
      if (setsATime(text, words, j, k)) return true;
      if (j === k - 2 && isPresentRightBeforeDay(text, words, j)) return true;
    } else if (announcesWithin(text, wordStart, wordEnd, at)) return true;
  }
  return false;
}

/** Words that may open a sentence before the weekday or the day that starts it: "On Friday", "By Friday", "В пятницу", "С 1 января", "Dal 1° gennaio". */
const SENTENCE_OPENERS = new Set(['on', 'by', 'from', 'в', 'во', 'с', 'со', 'dal', 'il']);
/** Words after which a word of the future belongs to another clause than the weekday's ("On Friday, Putin said he will …"). */
const CLAUSE_BREAKS = new Set(['said', 'says', 'told', 'announced', 'stated', 'that', 'and', 'but', 'ha', 'hanno', 'che', 'e', 'ma', 'заявил', 'заявила', 'сообщил', 'сказал', 'что', 'и', 'но', 'а']);
/** How many words after a weekday that starts its sentence or a clause are read for the verb that announces; after one elsewhere. */
const ANNOUNCING_WORDS_AFTER = 10;
const ANNOUNCING_WORDS_RIGHT_AFTER = 1;

/**
 * Whether a word of FUTURE, or an Italian future, follows the weekday at the trigger `k` in its
 * clause: within a few words when the weekday starts its sentence (after one of SENTENCE_OPENERS
 * at most: "On Friday, Putin will fly back", "Venerdì il presidente rientrerà"), right after it
 * elsewhere ("Жапаров в понедельник встретится"). A report writes the verb after the day it
 * fronts, which `announces`, reading before the day, does not see. A date of several words, a
 * day and its month, is read after its `last` word.
 */
function announcedAfter(text: string, words: TextWords, k: number, last = k): boolean {
  const { starts, ends, count } = words;
  const lower = (j: number) => text.slice(starts[j], ends[j]).toLowerCase();
  const first = k > 0 && SENTENCE_OPENERS.has(lower(k - 1)) && !endsSentenceBetween(text, ends[k - 1], starts[k]) ? k - 1 : k;
  // A weekday opening its sentence or a clause ("По его словам, в понедельник …", "ha spiegato che
  // martedì …"); elsewhere only a verb right after the day: "Жапаров в понедельник встретится с Путиным".
  const opensSentence = first === 0 || endsSentenceBetween(text, ends[first - 1], starts[first]) || opensClauseAt(text, words, first);
  const reach = opensSentence ? ANNOUNCING_WORDS_AFTER : ANNOUNCING_WORDS_RIGHT_AFTER;
  for (let j = last + 1; j < count && j <= last + reach; j++) {
    if (endsSentenceBetween(text, ends[j - 1], starts[j])) return false;
    const word = lower(j);
    if (CLAUSE_BREAKS.has(word)) return false;
    // A verb in the past first makes the day's clause a told one: "В среду Жапаров провел заседание, а …".
    if (PAST_IN_SENTENCE.test(word)) return false;
    if (FUTURE.has(word) || isModalMay(text, starts[j], ends[j]) || isItalianFuture(word) || (word === 'due' && BE_BEFORE_DUE.has(lower(j - 1)))) return true;
    // "is set to fly", "is to fly".
    if ((j + 1 < count && word === 'set' && (lower(j + 1) === 'to' || lower(j + 1) === 'for')) || isToAfterBe(text, words, j)) return true;
  }
  return false;
}

const BE_BEFORE_TO = new Set(['is', 'are']);
/** Words that open a clause of reported speech: "said that …", "ha spiegato che …", "заявил, что …". */
const CLAUSE_OPENERS = new Set(['that', 'che', 'что']);

/** Whether word `k` opens a clause: after a comma, a colon or a semicolon, or after "that", "che", "что". */
function opensClauseAt(text: string, words: TextWords, k: number): boolean {
  if (k === 0) return true;
  const { starts, ends } = words;
  const gap = text.slice(ends[k - 1], starts[k]);
  return /[,:;]/.test(gap) || CLAUSE_OPENERS.has(text.slice(starts[k - 1], ends[k - 1]).toLowerCase());
}

/** Verbs of saying in the past, whose day a weekday right beside them is: "the Kremlin said on Wednesday". */
const SAID = new Set(
  (
    'said told announced stated reported added noted confirmed wrote declared explained stressed ' +
    'detto dichiarato annunciato affermato riferito spiegato scritto aggiunto comunicato sottolineato precisato confermato ' +
    'заявил заявила заявили сообщил сообщила сообщили сказал сказала сказали отметил отметила отметили подчеркнул подчеркнула подчеркнули ' +
    'объявил объявила объявили написал написала написали добавил добавила добавили уточнил уточнила уточнили рассказал рассказала рассказали'
  ).split(' '),
);
/** How many words before a weekday, and after it, are read for a verb of saying. */
const SAID_WORDS_BEFORE = 2;
const SAID_WORDS_AFTER = 2;
/** The same before a day and its month, which may have a preposition, an article and the day's number between ("ha detto il 20 giugno"). */
const SAID_WORDS_BEFORE_DAY = 3;

/**
 * Whether a verb of saying in the past stands within a couple of words of the weekday at the
 * trigger `k`, in its sentence ("said on Wednesday", "в среду заявил", "ha detto mercoledì"):
 * the day is the saying's, which a word of the future earlier in the sentence ("…were expected,
 * the Kremlin said on Wednesday") does not move to the coming week.
 */
function saidOnTheDay(text: string, words: TextWords, k: number, wordsBefore = SAID_WORDS_BEFORE): boolean {
  const { starts, ends, count } = words;
  const lower = (j: number) => text.slice(starts[j], ends[j]).toLowerCase();
  // A participle after "be" or a future is passive or to come: "will be announced on Friday", "sarà annunciato venerdì".
  const said = (j: number) => SAID.has(lower(j)) && !(j > 0 && FUTURE_OR_PASSIVE_BEFORE.has(lower(j - 1)));
  for (let j = k - 1; j >= 0 && j >= k - wordsBefore; j--) {
    if (endsSentenceBetween(text, ends[j], starts[j + 1])) break;
    // "ha spiegato che martedì …": the day is the reported clause's, not the saying's.
    if (CLAUSE_OPENERS.has(lower(j))) break;
    if (said(j)) return true;
  }
  for (let j = k + 1; j < count && j <= k + SAID_WORDS_AFTER; j++) {
    if (endsSentenceBetween(text, ends[j - 1], starts[j])) break;
    if (said(j)) return true;
  }
  return false;
}

/** Words before a participle that make it passive or still to come. */
const FUTURE_OR_PASSIVE_BEFORE = new Set(['be', 'been', 'being', 'is', 'are', 'will', 'sarà', 'saranno', 'verrà', 'verranno', 'будет', 'будут']);

/**
 * Whether a full stop, a mark, a line break or a dash stands in [from, to): a sentence, or a
 * dateline, ends there; not a full stop a word in small letters follows with no space: a web address's ("Kaktus.media").
 */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    if (code === 0x2e && to - from === 1 && !isUpperUnit(text.charCodeAt(to))) continue;
    if (isSentenceEnd(code) || code === 0x0d || code === 0x2014 || code === 0x2013) return true;
  }
  return false;
}

/** Whether word `j` is "due" and the word before it a form of "be". */
function isDueAfterBe(text: string, words: TextWords, j: number): boolean {
  const { starts, ends } = words;
  if (ends[j] - starts[j] !== 3 || (text.charCodeAt(starts[j]) | 0x20) !== 0x64 || text.slice(starts[j], ends[j]).toLowerCase() !== 'due') return false;
  return BE_BEFORE_DUE.has(text.slice(starts[j - 1], ends[j - 1]).toLowerCase());
}

/** Present verbs of the plural that are nouns as often ("start", "end"): they announce only right before the day. */
const PRESENT_RIGHT_BEFORE_DAY = new Set(['start', 'open', 'end', 'meet', 'resume', 'gather']);
/** Words in -s before such a verb that are no plural subject. */
const NOT_PLURAL_IN_S = new Set(['this', 'thus', 'plus', 'hers', 'ours', 'yours', 'theirs', 'always', 'perhaps']);

/**
 * Whether word `j` is a present verb of PRESENT_RIGHT_BEFORE_DAY after a plural subject ("drills",
 * "leaders", "they", "we"), followed by "on" or "in" and then the day: "The drills start on
 * Thursday". After anything else it may be a noun ("a slow start on Thursday") or an infinitive
 * ("failed to meet on Thursday").
 */
function isPresentRightBeforeDay(text: string, words: TextWords, j: number): boolean {
  const { starts, ends } = words;
  if (j === 0 || !PRESENT_RIGHT_BEFORE_DAY.has(text.slice(starts[j], ends[j]).toLowerCase())) return false;
  const next = text.slice(starts[j + 1], ends[j + 1]).toLowerCase();
  if (next !== 'on' && next !== 'in') return false;
  const subject = text.slice(starts[j - 1], ends[j - 1]).toLowerCase();
  if (subject === 'they' || subject === 'we') return true;
  return subject.length > 3 && subject.endsWith('s') && !subject.endsWith('ss') && !NOT_PLURAL_IN_S.has(subject) && /^[a-z]+$/.test(subject);
}

/** Whether word `j` is "to" and the word before it "is" or "are": "Tokayev is to hold a meeting on January 2". */
function isToAfterBe(text: string, words: TextWords, j: number): boolean {
  const { starts, ends } = words;
  if (ends[j] - starts[j] !== 2 || text.slice(starts[j], ends[j]).toLowerCase() !== 'to') return false;
  return j > 0 && BE_BEFORE_TO.has(text.slice(starts[j - 1], ends[j - 1]).toLowerCase());
}

/**
 * Whether word `j` is "to" and the next one a verb headlines put in the infinitive for what is to
 * come ("Putin to Visit Minsk on Friday", "Leaders to meet in Astana"), on a line with no full
 * stop: a headline's ("went to visit", in a sentence, is another matter).
 */
function isHeadlineInfinitive(text: string, words: TextWords, j: number, k: number): boolean {
  const { starts, ends } = words;
  if (ends[j] - starts[j] !== 2 || j + 1 >= k || text.slice(starts[j], ends[j]).toLowerCase() !== 'to') return false;
  if (!HEADLINE_VERBS.has(text.slice(starts[j + 1], ends[j + 1]).toLowerCase())) return false;
  const lineEnd = text.indexOf('\n', ends[k]);
  const line = text.slice(text.lastIndexOf('\n', starts[j]) + 1, lineEnd < 0 ? text.length : lineEnd);
  return !SENTENCE_MARK_IN_LINE.test(line);
}
/** A full stop, a question or an exclamation mark that ends a sentence: no headline's line has one. */
const SENTENCE_MARK_IN_LINE = /[.!?…]["'»”’)]*(?:\s|$)/;
const HEADLINE_VERBS = new Set(['visit', 'meet', 'hold', 'host', 'attend', 'sign', 'discuss', 'travel', 'fly', 'open', 'launch', 'start', 'begin', 'join', 'skip', 'chair', 'address', 'receive', 'review', 'resume', 'vote', 'unveil', 'debate']);

/**
 * Whether word `j`, before word `k`, is "set" and the next one "for" or "to" ("talks are set for
 * 10 January", "set to meet"), or "in" and the next one "programma" or "calendario" ("la sessione
 * in programma a novembre"): a time set for what is to come.
 */
function setsATime(text: string, words: TextWords, j: number, k: number): boolean {
  const { starts, ends } = words;
  const length = ends[j] - starts[j];
  if ((length !== 3 && length !== 2) || j + 1 >= k) return false;
  const word = text.slice(starts[j], ends[j]).toLowerCase();
  const next = text.slice(starts[j + 1], ends[j + 1]).toLowerCase();
  return word === 'set' ? next === 'for' || next === 'to' : word === 'in' && (next === 'programma' || next === 'calendario');
}

/** Whether every unit from `start` up to `end` is an ASCII letter. */
function inAsciiLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** Whether a word of FUTURE is among the runs of letters from `start` up to `end`, read as `announces` reads them, a pair cut at `at` read as two lone halves. */
function announcesWithin(text: string, start: number, end: number, at: number): boolean {
  for (let i = start; i < end; ) {
    if (letterWidth(text, i, at) === 0) {
      i++;
      continue;
    }
    let j = i;
    let ascii = true;
    for (let width = letterWidth(text, j, at); width > 0; width = letterWidth(text, j, at)) {
      if (text.charCodeAt(j) >= 0x80) ascii = false;
      j += width;
    }
    if (ascii ? (mayBeFutureWord(text, i, j) && FUTURE.has(text.slice(i, j).toLowerCase())) || isModalMay(text, i, j) || isItalianFuturePlural(text, i, j) : hasFutureWordIn(text.slice(i, j))) return true;
    i = j;
  }
  return false;
}

const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;

/** The width of the letter (\p{L}) at `i` when it is one and ends by `to`, else 0: a pair cut at `to` is two lone halves. */
function letterWidth(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (isHighSurrogate(code) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) return (classAt(text, i) & LETTER) !== 0 ? 2 : 0;
  return (unitClass(code) & LETTER) !== 0 ? 1 : 0;
}

/** Whether a word of FUTURE, or an Italian future, is among the words of `word` (a word of letters not all ASCII, or a clause), lower-cased and split as `announces` does (a letter may lower-case to more than letters: İ). */
export function hasFutureWordIn(word: string): boolean {
  return word
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => FUTURE.has(w) || isItalianFuture(w));
}

/** What may come before a word that has its capital for its place: a sentence's end, a line's start with a list's mark or not, a colon. */
const CAPITAL_START_BEFORE = /(?:^|[.!?\n]["”»]?\s*|(?:^|\n)[ \t]*[-–—•*·][ \t]+|:[ \u00a0]+)$/;

/**
 * An Italian or Russian weekday written with a capital: at the start of a sentence, of a list's
 * item ("- Lunedì scorso …", "• Martedì") or after a colon. A capitalised word after it is the one
 * the sentence goes on with ("Giovedì Tajani si sposterà"), unless the weekday is also a first name,
 * as "Domenica" and "Sabato" are ("Domenica Rossi"), or "Santo" makes it a feast ("Venerdì Santo").
 */
function capitalizedWeekday(text: string, self: Word): boolean {
  const sentenceStart = CAPITAL_START_BEFORE.test(text.slice(Math.max(0, self.start - 6), self.start));
  if (!sentenceStart || HOLY_AFTER.test(text.slice(self.end, self.end + 8))) return false;
  return !WEEKDAY_FIRST_NAMES.has(self.lower) || !/^[ \u00a0]+\p{Lu}/u.test(text.slice(self.end, self.end + 3));
}
/** "Venerdì Santo", "Giovedì Santo": a feast of the year, not the week's day. */
const HOLY_AFTER = /^[ \u00a0]+Sant[oa](?![\p{L}\p{N}])/u;
const WEEKDAY_FIRST_NAMES = new Set(['domenica', 'sabato']);

/**
 * Which way a weekday points from the article's day: said ("last", "next": never the day itself),
 * announced by the sentence ("ahead": that day or a later one), or neither (that day or an earlier one).
 */
type Direction = 'last' | 'next' | 'ahead';

/** The last article day's weekdays as `resolveWeekday` resolves them, by weekday and direction: an article names few. */
const resolvedWeekdays = { day: '', dates: new Map<string, string>() };

function resolvedWeekday(day: string, weekday: number, direction: Direction | undefined): string {
  if (resolvedWeekdays.day !== day) {
    resolvedWeekdays.day = day;
    resolvedWeekdays.dates.clear();
  }
  const key = `${weekday}${direction ?? ''}`;
  let date = resolvedWeekdays.dates.get(key);
  if (date === undefined) {
    date = resolveWeekday(day, weekday, direction);
    resolvedWeekdays.dates.set(key, date);
  }
  return date;
}

/**
 * The weekday's date: the article's own day when it is that weekday (unless "last" or "next" says
 * otherwise); else, as a report tells what happened, the one before, unless the text says or
 * announces the one after.
 */
export function resolveWeekday(day: string, weekday: number, direction: Direction | undefined): string {
  const date = new Date(`${day}T00:00:00Z`);
  const today = (date.getUTCDay() + 6) % 7; // Monday 0
  let shift: number;
  if (direction === 'next') shift = (weekday - today + 7) % 7 || 7;
  else if (direction === 'ahead') shift = (weekday - today + 7) % 7;
  else if (direction === 'last') shift = -((today - weekday + 7) % 7 || 7);
  else shift = -((today - weekday + 7) % 7);
  date.setUTCDate(date.getUTCDate() + shift);
  return date.toISOString().slice(0, 10);
}

/**
 * The year of a month (or of day `day` of it) written without one: the reference year; the next
 * one when the month comes earlier in the year than the article's day and the sentence announces
 * it ("in December: the ministers will meet in March"); the one before when the month, in the
 * reference year, would come more than half a year after the article's day and the sentence
 * announces nothing: a report tells the nearer past ("on 20 December", in an article of 5 January).
 */
function yearOfMonth(text: string, words: TextWords, k: number, month: number, reference: WordDateReference, day?: number): number | undefined {
  const { year, day: articleDay } = reference;
  if (year === undefined) return year;
  // "Il prossimo anno … a fine novembre", "Last year, the summit met on 20 November".
  const shift = yearShiftInSentence(text, words.starts[k]);
  if (shift !== undefined) return year + shift;
  if (articleDay === undefined || Number(articleDay.slice(0, 4)) !== year) return year;
  const articleMonth = Number(articleDay.slice(5, 7));
  if (month < articleMonth) {
    if (announces(text, words, k)) {
      const toldPast = toldPastInRelativeClause(text, words.starts[k]) || toldPastInCoordinateClause(text, words.starts[k]) || toldPastRightBefore(text, words, k);
      return toldPast ? year : year + 1;
    }
    // A day before the verb that announces it, opening its sentence or right before it: "С 1 января
    // председательство перейдёт …", "Председательство с 1 января переходит …" (a day's date is two words).
    if (announcedAfter(text, words, k, day === undefined ? k : k + 1)) return year + 1;
    // A day a few weeks into the next year, in a sentence that tells nothing as past, is the coming
    // one: "on January 1" in an article of 29 December.
    return day !== undefined && withinDaysIntoNextYear(articleDay, month, day) && !toldPastAround(text, words.starts[k]) ? year + 1 : year;
  }
  if (!furtherThanHalfAYear(articleDay, month, day)) {
    // A day to come, unless the sentence tells it as past: "The previous summit was held on Nov. 23".
    const later = day === undefined ? month > articleMonth : month > articleMonth || day > Number(articleDay.slice(8, 10));
    if (!later) return year;
    // "Pashinyan said on June 20", "заявил 20 июня", "ha detto il 20 giugno": the day of a saying, which is past.
    if (day !== undefined && saidOnTheDay(text, words, k, SAID_WORDS_BEFORE_DAY)) return year - 1;
    if (toldPastRightBefore(text, words, k)) return year - 1;
    return (tellsPast(text, words.starts[k]) || (day !== undefined && toldPastRightAfter(text, words, k))) && !announces(text, words, k) ? year - 1 : year;
  }
  return announces(text, words, k) && !toldPastRightBefore(text, words, k) ? year : year - 1;
}

/** A verb in the past right after a date, in its clause: "2 июля президент прилетел", "On July 2 the president flew". */
const PAST_VERB_AFTER = /^(?:\p{Ll}{2,}(?:[иеыяу]л[аои]?|ал[аои]|лся|лась|лось|лись)|[a-z]{3,}ed|flew|went|came|met|held|took|gave|made|left|told|said|began|fled|fell|won|lost)$/u;
/** Russian nouns of those endings. */
const NOT_PAST_VERBS = new Set(['отдел', 'раздел', 'предел', 'удел', 'пробел', 'hundred', 'need', 'speed', 'seed', 'feed', 'indeed']);
/** How many words after a date its clause is read for such a verb. */
const PAST_VERB_REACH = 6;

/**
 * Whether the clause of the date at word `k` goes on, within a few words, to a verb in the past
 * before any word of the future: a report that names the day first tells what happened on it
 * ("2 июля президент прилетел в Нукус", "On July 2 the president flew to Nukus", "il 2 luglio è
 * volato"), the day in the year before when the article's year would put it ahead.
 */
function toldPastRightAfter(text: string, words: TextWords, k: number): boolean {
  const { starts, ends, count } = words;
  for (let j = k + 1; j < count && j - k <= PAST_VERB_REACH; j++) {
    if (/[,.;:!?\n]/.test(text.slice(ends[j - 1], starts[j]))) return false;
    const word = text.slice(starts[j], ends[j]);
    const lower = word.toLowerCase();
    if (FUTURE.has(lower)) return false;
    if (word === lower && PAST_VERB_AFTER.test(word) && !NOT_PAST_VERBS.has(word)) return true;
    if (j > k + 1 && PAST_IN_SENTENCE.test(text.slice(starts[j - 1], ends[j]))) return true;
  }
  return false;
}

/**
 * A participle in the past, English or Russian ("signed", "парафированные", "принятый"), or
 * "since": what tells a date right after it as past. Not in the cases nouns in -т share
 * ("депутатом"); an English one in small letters only ("the United States" is no participle).
 */
const PAST_PARTICIPLE = /^(?:[a-z]{3,}ed|since|\p{L}{3,}нн(?:ый|ая|ое|ые|ого|ой|ую|ым|ых|ом)|\p{L}{3,}т(?:ый|ая|ое|ые))$/u;
/** An Italian participle in the past, which tells the past only after its auxiliary ("ha approvato"; "i delegati" is a noun). */
const ITALIAN_PARTICIPLE = /^\p{L}{3,}(?:at|it|ut)[oaie]$/u;
const ITALIAN_AUXILIARIES = new Set(['ha', 'hanno', 'è', 'sono', 'era', 'erano', 'fu', 'furono', 'stato', 'stata', 'stati', 'state']);
/**
 * Participles that tell a date right after them as past without an auxiliary: the Italian ones of
 * happening ("la visita, avvenuta martedì", "la riunione svoltasi lunedì") and the Russian active
 * ones in -вш- ("встрече, состоявшейся в понедельник", "прошедшей во вторник").
 */
const HAPPENED_PARTICIPLE = /^(?:avvenut[oaie]|(?:svolt|tenut|conclus)[oaie]si|\p{L}{3,}вш\p{L}{2,5}|прошедш\p{L}{2,3})$/u;
/** Words between such a participle and a date that make the date a time to come: "delayed until January 10". */
const TOWARDS = new Set(['until', 'till', 'to', 'for', 'by', 'entro', 'fino', 'al', 'per', 'до', 'к', 'на']);

/** Prepositions between a participle and the weekday it tells of: "signed on Monday", "состоявшейся в понедельник". */
const WEEKDAY_PREPOSITIONS = new Set(['on', 'в', 'во']);

/**
 * Whether a participle in the past stands right before the weekday at the trigger `k`, or before
 * its preposition: "the deal signed on Monday", "la visita, avvenuta martedì", "на встрече,
 * состоявшейся во вторник"; not one made passive or future ("will be signed on Friday").
 */
function pastParticipleRightBefore(text: string, words: TextWords, k: number): boolean {
  const { starts, ends } = words;
  const lower = (j: number) => text.slice(starts[j], ends[j]).toLowerCase();
  let j = k - 1;
  if (j >= 0 && WEEKDAY_PREPOSITIONS.has(lower(j))) j--;
  if (j < 0 || endsSentenceBetween(text, ends[j], starts[k])) return false;
  const word = lower(j);
  if (HAPPENED_PARTICIPLE.test(word)) return true;
  if (!PAST_PARTICIPLE.test(word) || FUTURE.has(word) || isCapitalUnit(text.charCodeAt(starts[j]))) return false;
  const before = j > 0 ? lower(j - 1) : '';
  return !FUTURE_OR_PASSIVE_BEFORE.has(before) && before !== 'to';
}

/**
 * "In force since": a state that began before the date, whatever the sentence announces ("l'accordo,
 * in vigore dal 15 maggio", "entrato in vigore il 15 maggio", "договор, действующий с 15 мая",
 * "вступивший в силу 15 мая"; "in force since" has its "since"); not "entrerà in vigore dal".
 */
const IN_FORCE_SINCE =
  /(?<![\p{L}\p{N}])(?:(?<!entrer\p{L}{1,4}[ \u00a0]+)in[ \u00a0]+vigore[ \u00a0]+(?:dal|dalla|dall['’]|da)|entrat[oaie][ \u00a0]+in[ \u00a0]+vigore[ \u00a0]+(?:il|l['’]|dal|dall['’])|действу\p{L}*[ \u00a0]+с|вступивш\p{L}*[ \u00a0]+в[ \u00a0]+силу|вступил\p{L}*[ \u00a0]+в[ \u00a0]+силу)[ \u00a0]*$/iu;

/**
 * Whether a participle in the past (PAST_PARTICIPLE, or ITALIAN_PARTICIPLE after its auxiliary)
 * stands among the three words before the trigger `k`, in its sentence, not made passive or future
 * by the word before it ("will be signed") nor followed by a word of TOWARDS: "the deal signed on August 8", "since the August 8
 * summit", "договоренности, парафированные 8 августа", "ha approvato a dicembre". A sentence may
 * announce, and still tell of such a day as past.
 */
function toldPastRightBefore(text: string, words: TextWords, k: number): boolean {
  const { starts, ends } = words;
  if (IN_FORCE_SINCE.test(text.slice(Math.max(0, starts[k] - 32), starts[k]))) return true;
  const lower = (j: number) => text.slice(starts[j], ends[j]).toLowerCase();
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (endsSentenceBetween(text, ends[j], starts[j + 1])) return false;
    const word = lower(j);
    if (TOWARDS.has(word)) return false;
    const before = j > 0 ? lower(j - 1) : '';
    if (ITALIAN_PARTICIPLE.test(word) && ITALIAN_AUXILIARIES.has(before)) return true;
    if (HAPPENED_PARTICIPLE.test(word)) return true;
    if (!PAST_PARTICIPLE.test(word) || FUTURE.has(word) || isCapitalUnit(text.charCodeAt(starts[j]))) continue;
    return !FUTURE_OR_PASSIVE_BEFORE.has(before) && before !== 'to';
  }
  return false;
}

/**
 * Words of a sentence that tell of the past: forms of "be" and "have" in the past, verbs of
 * meeting and holding ("met", "took place", "si è tenuto", "ha ospitato", "прошёл", "состоялся",
 * "заседали"), "previous"; not verbs of saying, whose reports tell of days to come as often.
 */
const PAST_IN_SENTENCE =
  /(?<![\p{L}\p{N}])(?:was|were|had|met|took[ \u00a0]+place|previous|preceding|(?:è|sono|ha|hanno)[ \u00a0]+\p{L}+(?:at|it|ut)[oaie]|era|erano|fu|furono|precedente|был|была|было|были|прош[её]л|прошла|прошли|провел|провёл|провела|провели|заседали|подписали|приняли|обсудили|посетил|посетила|посетили|предыдущ\p{L}*|\p{L}{2,}(?:лся|лась|лось|лись))(?![\p{L}\p{N}])/iu;

/**
 * Whether the clause before `at` tells of the past (PAST_IN_SENTENCE), in a sentence with no verb
 * of saying (SAID, "says"): what was said may be of days to come.
 */
function tellsPast(text: string, at: number): boolean {
  const sentence = text.slice(sentenceStartBefore(text, at), at);
  // The clause of the date only: "ha incontrato oggi …, alla vigilia del vertice in programma il 28 novembre".
  const clauseStart = lastClauseMark(sentence) + 1;
  if (!PAST_IN_SENTENCE.test(sentence.slice(clauseStart))) return false;
  return !hasSayingIn(sentence);
}

/** Whether a verb of saying (SAID, "says") is among the words of `sentence`. */
function hasSayingIn(sentence: string): boolean {
  return sentence
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => SAID.has(word) || word === 'says');
}

/**
 * Whether the sentence of the date at `at` in its line, up to it, tells of the past and announces
 * nothing: what a headline above it announces ("Armenia Will Leave CSTO", a line break, "Pashinyan spoke on
 * Wednesday") is not the day's.
 */
function toldPastInItsLine(text: string, at: number): boolean {
  // Only where `announces` may have read across a line break: one within its reach, after a line
  // that ends with no sentence's mark (a headline). Elsewhere the announcing word is in the day's
  // own sentence.
  let lineBreak = at - 1;
  while (lineBreak > 0 && at - lineBreak <= YEAR_SHIFT_REACH && text.charCodeAt(lineBreak) !== 0x0a) lineBreak--;
  if (lineBreak <= 0 || text.charCodeAt(lineBreak) !== 0x0a || isSentenceEnd(text.charCodeAt(lineBreak - 1))) return false;
  // The sentence up to the date, within its line: an earlier sentence's past is its own ("On
  // Tuesday he received the envoy. On Thursday the minister will fly").
  const sentence = text.slice(sentenceStartBefore(text, at), at);
  // Its clause: what was said before "that" or a comma is the saying's ("ha spiegato che martedì …").
  const clause = sentence.slice(Math.max(lastClauseMark(sentence), lastClauseOpener(sentence)) + 1);
  return (PAST_IN_SENTENCE.test(clause) || PAST_IN_CLAUSE.test(clause)) && !hasFutureWordIn(clause);
}

/** Where the last comma, semicolon or colon of `sentence` stands, or -1: its last clause starts after it. */
function lastClauseMark(sentence: string): number {
  return Math.max(sentence.lastIndexOf(';'), sentence.lastIndexOf(','), sentence.lastIndexOf(':'));
}

/** Where the last word of CLAUSE_OPENERS in `sentence` ends, or -1. */
function lastClauseOpener(sentence: string): number {
  let end = -1;
  for (const m of sentence.matchAll(CLAUSE_OPENER_WORD)) end = m.index + m[0].length - 1;
  return end;
}
const CLAUSE_OPENER_WORD = /(?<![\p{L}\p{N}])(?:that|che|что)(?![\p{L}\p{N}])/giu;

/** Words that open a clause of place or time within a sentence: "…, where clashes broke out in January". */
const RELATIVE_CLAUSE_OPENING = /^[ \u00a0]*(?:where|when|dove|quando|где|когда)(?![\p{L}\p{N}])/iu;
/** Verbs in the past that such a clause may hold beyond PAST_IN_SENTENCE's: English in -ed and common irregular ones, Russian in -л, -ла, -ло, -ли. */
const PAST_IN_CLAUSE = /(?<![\p{L}\p{N}])(?:[a-z]{3,}ed|did|broke|began|came|fought|took|fell|rose|spoke|said|told|\p{L}{3,}(?:ил|ыл|ал|ел|ла|ли|ло))(?![\p{L}\p{N}])/iu;

/** The rest of a clause: up to its comma, semicolon, colon or sentence's end. */
const CLAUSE_REST = /^[^,;:.!?\n]*/;

/**
 * Whether the date at `at` stands in a clause of place or time that tells of the past, inside a
 * sentence that may announce: "Leaders will discuss the border, where clashes broke out in
 * January", "…, где в конце января произошла перестрелка".
 */
function toldPastInRelativeClause(text: string, at: number): boolean {
  const sentence = text.slice(sentenceStartBefore(text, at), at);
  const before = sentence.slice(lastClauseMark(sentence) + 1);
  if (!RELATIVE_CLAUSE_OPENING.test(before)) return false;
  // The verb may come after the date: "dove a gennaio ci sono stati scontri".
  const after = CLAUSE_REST.exec(text.slice(at, at + YEAR_SHIFT_REACH))![0];
  const clause = before + after;
  return !hasFutureWordIn(clause) && (PAST_IN_SENTENCE.test(clause) || PAST_IN_CLAUSE.test(clause));
}

/** Words that open a clause of its own after a comma: "…, and on May 25 the minister did not attend", "…, e il 25 maggio …", "…, а 25 мая …". */
const COORDINATE_CLAUSE_OPENING = /^[ \u00a0]*(?:and|but|while|e|ma|mentre|а|но|и)(?![\p{L}\p{N}])/iu;

/**
 * Whether the date at `at` stands in a clause joined by "and", "but" and the like after a comma
 * that tells of the past, whatever the clause before it announces: "Yerevan skipped the drills
 * planned for 2023, and on May 25 the minister did not attend", "…, e il 25 maggio il ministro
 * non si era presentato".
 */
function toldPastInCoordinateClause(text: string, at: number): boolean {
  const sentence = text.slice(sentenceStartBefore(text, at), at);
  const mark = lastClauseMark(sentence);
  if (mark < 0) return false;
  const before = sentence.slice(mark + 1);
  if (!COORDINATE_CLAUSE_OPENING.test(before)) return false;
  const clause = before + CLAUSE_REST.exec(text.slice(at, at + YEAR_SHIFT_REACH))![0];
  // What was said keeps the tenses of the saying: "He said … was set for January, and that a visit was being prepared for February".
  return !hasFutureWordIn(clause) && !hasSayingIn(sentence) && (PAST_IN_SENTENCE.test(clause) || PAST_IN_CLAUSE.test(clause));
}

/**
 * Words earlier in a sentence that say the year of its dates without one: "next year", "l'anno
 * scorso", "в прошлом году"; "this year", "quest'anno", "в этом году" keep the reference year.
 */
const YEAR_SHIFT_IN_SENTENCE =
  /(?<![\p{L}\p{N}])(?:(next|last|this)[ \u00a0]+year|(?:il|lo)[ \u00a0]+(prossimo|scorso)[ \u00a0]+anno|l['’]anno[ \u00a0]+(prossimo|scorso)|(quest)['’]anno|в[ \u00a0]+(следующем|будущем|наступающем|прошлом|минувшем|позапрошлом|этом|текущем)[ \u00a0]+году)(?![\p{L}\p{N}])/iu;
const SENTENCE_YEAR_SHIFTS = new Map([
  ['next', 1], ['last', -1], ['this', 0], ['prossimo', 1], ['scorso', -1], ['quest', 0],
  ['следующем', 1], ['будущем', 1], ['наступающем', 1], ['прошлом', -1], ['минувшем', -1], ['позапрошлом', -2], ['этом', 0], ['текущем', 0],
]);
/** How far back in its sentence a date's year-shifting words are looked for. */
const YEAR_SHIFT_REACH = 200;

/** The shift of the year that words earlier in the sentence of a date at `at` give (YEAR_SHIFT_IN_SENTENCE), else undefined. */
function yearShiftInSentence(text: string, at: number): number | undefined {
  const found = YEAR_SHIFT_IN_SENTENCE.exec(text.slice(sentenceStartBefore(text, at), at));
  return found ? SENTENCE_YEAR_SHIFTS.get((found[1] ?? found[2] ?? found[3] ?? found[4] ?? found[5]).toLowerCase()) : undefined;
}

/** Where the sentence of `at` starts: after the last line break, or full stop, mark or line break a space follows, within YEAR_SHIFT_REACH units. */
export function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - YEAR_SHIFT_REACH);
  for (let p = at - 1; p > from; p--) {
    const code = text.charCodeAt(p);
    if (code === 0x0a || code === 0x0d || ((unitClass(code) & SPACE) !== 0 && isSentenceEnd(text.charCodeAt(p - 1)))) return p + 1;
  }
  return from;
}

/** How many days into the next year a day without a year, in a sentence that tells nothing as past, is taken for the coming one. */
const DAYS_INTO_NEXT_YEAR = 31;

/** Whether day `day` of `month` in the year after `articleDay`'s comes at most DAYS_INTO_NEXT_YEAR days after it. */
function withinDaysIntoNextYear(articleDay: string, month: number, day: number): boolean {
  const from = Date.UTC(Number(articleDay.slice(0, 4)), Number(articleDay.slice(5, 7)) - 1, Number(articleDay.slice(8, 10)));
  const to = Date.UTC(Number(articleDay.slice(0, 4)) + 1, month - 1, day);
  return to - from <= DAYS_INTO_NEXT_YEAR * 24 * 3600 * 1000;
}

/** Whether the sentence of the date at `at`, up to it and on to its clause's end, has a verb in the past or of saying. */
function toldPastAround(text: string, at: number): boolean {
  const sentence = text.slice(sentenceStartBefore(text, at), at) + CLAUSE_REST.exec(text.slice(at, at + YEAR_SHIFT_REACH))![0];
  return PAST_IN_SENTENCE.test(sentence) || PAST_IN_CLAUSE.test(sentence) || hasSayingIn(sentence);
}

/** Whether day `day` of `month` (the month alone: its middle) comes more than half a year after `articleDay` in its year. */
function furtherThanHalfAYear(articleDay: string, month: number, day: number | undefined): boolean {
  const from = Date.UTC(Number(articleDay.slice(0, 4)), Number(articleDay.slice(5, 7)) - 1, Number(articleDay.slice(8, 10)));
  const to = Date.UTC(Number(articleDay.slice(0, 4)), month - 1, day ?? 15);
  return to - from > HALF_A_YEAR_MS;
}

const HALF_A_YEAR_MS = 183 * 24 * 3600 * 1000;

/** Whether the date `previous` ends at the word before a joining word (`DATE_JOINERS`) right before the trigger: "on Tuesday and Wednesday". */
function joinedByWord(around: WordsAround, previous: Mention | undefined): boolean {
  const before = around.previous();
  return previous !== undefined && before !== undefined && DATE_JOINERS.has(before.lower) && previous.end === around.previous(2)?.end;
}

/** Whether the date `previous` is joined to the trigger by a word (`joinedByWord`) or ends at the word before it, a comma between them. */
function joinedToDateBefore(text: string, around: WordsAround, previous: Mention): boolean {
  const { words, k } = around;
  if (k >= 1 && previous.end === words.ends[k - 1] && COMMA_BETWEEN.test(text.slice(words.ends[k - 1], words.starts[k]))) return true;
  return joinedByWord(around, previous);
}

/** A comma and spaces, and nothing else, between two words. */
const COMMA_BETWEEN = /^,[ \u00a0]+$/;

/**
 * Whether `before`, the word before month `self`, makes the month a time: a preposition of
 * MONTH_PREPOSITIONS ("for" only when no word in small letters follows the month, or a link does),
 * or the last "as" of "as early as".
 */
function monthTimeWordBefore(text: string, self: Word, before: Word, language: Language): boolean {
  if (language === 'en' && before.lower === 'as') return AS_EARLY_AS.test(text.slice(Math.max(0, before.start - 12), before.end));
  return (
    MONTH_PREPOSITION_INITIALS.may(text.charCodeAt(before.start), before.end - before.start) &&
    MONTH_PREPOSITIONS[language].has(before.lower) &&
    !(before.lower === 'for' && WORD_IN_SMALL_LETTERS_AFTER.test(text.slice(self.end, self.end + 3)) && !linkAfterMonthAfterFor(text, self))
  );
}

/**
 * A month alone or a part of it: in the reference year (see `yearOfMonth`) when there is one, else
 * with no ISO value. A month joined to the date found just before it (`previous`) by "and" or a
 * comma needs no preposition of its own, and takes that date's year: "in October 2021 and
 * November", "в октябре и ноябре", "a ottobre, novembre e dicembre".
 */
function monthDate(text: string, around: WordsAround, info: WordInfo, reference: WordDateReference, previous: Mention | undefined): Mention | undefined {
  const { self } = around;
  // English writes months capitalized ("may", "march" are words); Italian and Russian lowercase ("Marzo" is a name).
  if (isCapitalized(text, self.start) !== (info.language === 'en')) return undefined;
  const before = around.previous();
  const joinedTo = previous !== undefined && joinedToDateBefore(text, around, previous) ? previous : undefined;
  // "il primo dicembre": Italian writes the first of a month as a word.
  const first = info.language === 'it' && before !== undefined && before.end - before.start === 5 && before.lower === 'primo';
  const prepositionBefore = before !== undefined && monthTimeWordBefore(text, self, before, info.language);
  // "the January unrest", "the November summit": English puts a month before a noun as its time.
  const attributive = info.language === 'en' && before !== undefined && before.lower === 'the' && NOUN_AFTER_MONTH.test(text.slice(self.end, self.end + 24));
  if (!joinedTo && !first && !prepositionBefore && !attributive) return saidMonth(text, around, info, reference);
  if (info.language === 'it' && !joinedTo && !first && mayBeDirectionAfter(text, self.end)) {
    // "a dicembre scorso", "nel marzo prossimo": the word after says which.
    const after = ITALIAN_DIRECTION_AFTER.exec(text.slice(self.end, self.end + 12));
    if (after) return saidMonthDate(text, self.start, self.end + after[0].length, info.month!, after[1].startsWith('scors') ? -1 : 1, reference);
  }
  // A year written after the month is its year, and part of the date: "early December 2023",
  // "в начале декабря 2023 года", "all'inizio di dicembre 2023", "marzo del 2021". Without one, the
  // reference year, or the next one for a month the sentence announces (`yearOfMonth`).
  const written = (info.language === 'it' ? ITALIAN_YEAR_AFTER : YEAR_AFTER).exec(text.slice(self.end, self.end + 12));
  const joinedYear = joinedTo?.iso !== undefined && /^\d{4}/.test(joinedTo.iso) ? Number(joinedTo.iso.slice(0, 4)) : undefined;
  const monthYear = written ? Number(written[1]) : (joinedYear ?? yearShiftedAfter(text, self.end, reference.year) ?? yearOfMonth(text, around.words, around.k, info.month!, reference));
  const end = written ? self.end + written[0].length : self.end;
  const month = monthYear === undefined ? undefined : `${monthYear}-${pad(info.month!)}`;
  if (joinedTo || !before) return { start: self.start, end, text: text.slice(self.start, end), type: 'date', iso: month };
  if (first) return { start: before.start, end, text: text.slice(before.start, end), type: 'date', iso: `${month ?? `--${pad(info.month!)}`}-01` };
  const half = info.language !== 'ru' && before.lower === HALVES[info.language].link ? halfBefore(around, info.language) : undefined;
  if (half) {
    const last = half.half === 1 ? 15 : monthYear === undefined ? undefined : new Date(Date.UTC(monthYear, info.month!, 0)).getUTCDate();
    const iso = month && last ? `${month}-${pad(half.half === 1 ? 1 : 16)}/${month}-${pad(last)}` : undefined;
    return { start: half.start, end, text: text.slice(half.start, end), type: 'date', iso };
  }
  const decade = RUSSIAN_DECADE_NOUNS.has(before.lower);
  if (decade || RUSSIAN_HALF_NOUNS.has(before.lower)) {
    const ordinal = around.previous(2);
    const part = ordinal && (decade ? RUSSIAN_DECADES : RUSSIAN_HALVES).get(ordinal.lower);
    if (!ordinal || !part) return undefined;
    const [days, parts] = decade ? [10, 3] : [15, 2];
    // The last part runs to the month's end.
    const last = part < parts ? part * days : monthYear === undefined ? undefined : new Date(Date.UTC(monthYear, info.month!, 0)).getUTCDate();
    const iso = month && last ? `${month}-${pad((part - 1) * days + 1)}/${month}-${pad(last)}` : undefined;
    return { start: ordinal.start, end, text: text.slice(ordinal.start, end), type: 'date', iso };
  }
  if (RUSSIAN_DAYS_NOUNS.has(before.lower)) {
    const ordinal = around.previous(2);
    if (!ordinal || !RUSSIAN_DAYS_ORDINALS.has(ordinal.lower)) return undefined;
    return { start: ordinal.start, end, text: text.slice(ordinal.start, end), type: 'date', iso: month };
  }
  // "inizio di settembre", "the end of": the part of the month before "di" or "of".
  const part = before.lower === 'di' || before.lower === 'of' ? around.previous(2) : before;
  const start = part && MONTH_PARTS[info.language].has(part.lower) ? part.start : self.start;
  const range = start === self.start ? (laterMonthAfterDash(text, around, info) ?? (SPAN_OPENERS.has(before.lower) ? laterMonthAfterAnd(text, around, info) : undefined)) : undefined;
  if (range) {
    const y = range.year ?? monthYear;
    const iso = y === undefined ? undefined : `${y}-${pad(info.month!)}/${y}-${pad(range.month)}`;
    return { start, end: range.end, text: text.slice(start, range.end), type: 'date', iso };
  }
  return { start, end, text: text.slice(start, end), type: 'date', iso: month };
}

/** The words before a month that say which one it is from the article's day: the last, the next or this year's. */
const MONTH_DIRECTIONS: Record<Language, Map<string, -1 | 0 | 1>> = {
  en: new Map([['last', -1], ['next', 1], ['this', 0]]),
  it: new Map([['scorso', -1], ['prossimo', 1]]),
  ru: new Map(),
};

/** A month said to be the last, the next or this year's ("last December", "lo scorso dicembre"), the word in its span. */
function saidMonth(text: string, around: WordsAround, info: WordInfo, reference: WordDateReference): Mention | undefined {
  const before = around.previous();
  const direction = before === undefined ? undefined : MONTH_DIRECTIONS[info.language].get(before.lower);
  return direction === undefined ? undefined : saidMonthDate(text, before!.start, around.self.end, info.month!, direction, reference);
}

/**
 * The month `month`, from `start` to `end`, the last one before the article's day (`direction`
 * -1: "last March" in March is a year before), the next one after it (1), or the one of its year
 * (0); with no ISO value when the article's day is not known.
 */
function saidMonthDate(text: string, start: number, end: number, month: number, direction: -1 | 0 | 1, reference: WordDateReference): Mention {
  const { year, day } = reference;
  let iso: string | undefined;
  if (direction === 0 && year !== undefined) iso = `${year}-${pad(month)}`;
  else if (day !== undefined) {
    const dayYear = Number(day.slice(0, 4));
    const dayMonth = Number(day.slice(5, 7));
    const monthYear = direction < 0 ? (month < dayMonth ? dayYear : dayYear - 1) : month > dayMonth ? dayYear : dayYear + 1;
    iso = `${monthYear}-${pad(month)}`;
  }
  return { start, end, text: text.slice(start, end), type: 'date', iso };
}

/**
 * A Russian range of months in the nominative with its year, as the subject of a sentence
 * ("Январь–февраль 2022 года стали…"): with no year written it is no date ("март-апрель — время
 * посевной"), and a month alone in the nominative is read with its year by the numbered forms.
 */
function nominativeMonthsRange(text: string, around: WordsAround, info: WordInfo): Mention | undefined {
  const { self } = around;
  const range = laterMonthAfterDash(text, around, info);
  if (!range || range.year === undefined) return undefined;
  const iso = `${range.year}-${pad(info.month!)}/${range.year}-${pad(range.month)}`;
  return { start: self.start, end: range.end, text: text.slice(self.start, range.end), type: 'date', iso };
}

/** The prepositions a Russian month in the accusative, written as the nominative, is a time after: "перенесен на март", "за январь". */
const RUSSIAN_ACCUSATIVE_MONTH_BEFORE = new Set(['на', 'за']);

/** A Russian month in the accusative after "на" or "за", with its year when one is written after it. */
function accusativeMonth(text: string, around: WordsAround, info: WordInfo, reference: WordDateReference): Mention | undefined {
  const { self } = around;
  const before = around.previous();
  if (before === undefined || !RUSSIAN_ACCUSATIVE_MONTH_BEFORE.has(before.lower) || isCapitalized(text, self.start)) return undefined;
  const written = YEAR_AFTER.exec(text.slice(self.end, self.end + 12));
  const year = written ? Number(written[1]) : (yearShiftedAfter(text, self.end, reference.year) ?? yearOfMonth(text, around.words, around.k, info.month!, reference));
  const end = written ? self.end + written[0].length : self.end;
  return { start: self.start, end, text: text.slice(self.start, end), type: 'date', iso: year === undefined ? undefined : `${year}-${pad(info.month!)}` };
}

/** A dash between two months, with or without spaces around it ("январе-феврале", "January – March"). */
const MONTHS_DASH = /^(?:[-‐‑]|[ \u00a0]?[–—][ \u00a0]?)$/;

/**
 * A later month of the same language right after a month alone and a dash, and a year after it if
 * one is written: the range of months "в январе-феврале", "in January–March 2022", "a gennaio-febbraio".
 */
function laterMonthAfterDash(text: string, around: WordsAround, info: WordInfo): LaterMonth | undefined {
  const { words, k, self } = around;
  if (k + 1 >= words.count) return undefined;
  const start = words.starts[k + 1];
  if (start - self.end > 3 || !MONTHS_DASH.test(text.slice(self.end, start))) return undefined;
  return laterMonthAt(text, words.starts[k + 1], words.ends[k + 1], info);
}

/** The words that open a span of two months joined by "e" or "and": "tra settembre e ottobre", "between September and October". */
const SPAN_OPENERS = new Set(['tra', 'fra', 'between']);
/** A span's "and", by language. */
const SPAN_AND: Record<Language, string> = { en: 'and', it: 'e', ru: 'и' };

/** The later month of "tra settembre e ottobre" after "e" or "and" (word k + 1), as `laterMonthAfterDash` reads it after a dash. */
function laterMonthAfterAnd(text: string, around: WordsAround, info: WordInfo): LaterMonth | undefined {
  const { words, k, self } = around;
  if (k + 2 >= words.count || !onlySpaces(text, self.end, words.starts[k + 1]) || !onlySpaces(text, words.ends[k + 1], words.starts[k + 2])) return undefined;
  if (text.slice(words.starts[k + 1], words.ends[k + 1]) !== SPAN_AND[info.language]) return undefined;
  return laterMonthAt(text, words.starts[k + 2], words.ends[k + 2], info);
}

/** Whether [from, to) is one space or more, and nothing else. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isWordSpaceAt(text, i)) return false;
  return true;
}

/** A month after the month being read, and where it ends (past its year, if one is written). */
interface LaterMonth {
  month: number;
  end: number;
  year: number | undefined;
}

/** The month written at [start, end), when it comes after the month being read in the year, with the year written after it. */
function laterMonthAt(text: string, start: number, end: number, info: WordInfo): LaterMonth | undefined {
  if (!mayBeTrigger(text, start, end)) return undefined;
  if (isCapitalized(text, start) !== (info.language === 'en')) return undefined;
  const later = triggersAsWritten.get(text.slice(start, end))?.find((i) => i.language === info.language && i.month !== undefined);
  if (!later || later.month! <= info.month!) return undefined;
  const written = YEAR_AFTER.exec(text.slice(end, end + 8));
  return written ? { month: later.month!, end: end + written[0].length, year: Number(written[1]) } : { month: later.month!, end, year: undefined };
}

/**
 * The words after a date without its year that say which year it is, from the reference year:
 * "next year", "of last year", "this year", "dell'anno prossimo", "del prossimo anno", "dello
 * scorso anno", "следующего года", "прошлого года".
 */
const YEAR_SHIFT_AFTER = /[ \u00a0]+(?:of[ \u00a0]+)?(?:(next|last|this)[ \u00a0]+year|dell['’]anno[ \u00a0]+(prossimo|scorso)|del(?:lo)?[ \u00a0]+(prossimo|scorso)[ \u00a0]+anno|(следующего|будущего|наступающего|прошлого|минувшего|позапрошлого|этого|текущего)[ \u00a0]+года)(?![\p{L}\p{N}])/iuy;
const YEAR_SHIFTS = new Map([
  ['next', 1], ['last', -1], ['this', 0], ['prossimo', 1], ['scorso', -1],
  ['следующего', 1], ['будущего', 1], ['наступающего', 1], ['прошлого', -1], ['минувшего', -1], ['позапрошлого', -2], ['этого', 0], ['текущего', 0],
]);

/** The year that words right after `end` give a date written without one (see YEAR_SHIFT_AFTER), else undefined. */
function yearShiftedAfter(text: string, end: number, year: number | undefined): number | undefined {
  if (year === undefined || !isWordSpaceAt(text, end)) return undefined;
  YEAR_SHIFT_AFTER.lastIndex = end;
  const m = YEAR_SHIFT_AFTER.exec(text);
  if (!m) return undefined;
  return year + YEAR_SHIFTS.get((m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase())!;
}

const isWordSpaceAt = (text: string, at: number) => text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0;

/** "lo scorso 12 aprile", "il prossimo 3 marzo": the Italian word before a day that says which one. */
const ITALIAN_DIRECTION_BEFORE = /(?<![\p{L}\p{N}])(scors[oa]|prossim[oa])[ \u00a0]+$/iu;

/**
 * The year of day `day` of month `month`, written without one from `start` to `end`: the one
 * the words after it say ("next year"), or, for a day said to be the last or the next one ("lo
 * scorso 12 aprile", "il 3 marzo prossimo"), the one before or after the article's day; else undefined.
 */
function yearSaidAround(text: string, start: number, end: number, month: number, day: number, reference: WordDateReference): number | undefined {
  const shifted = yearShiftedAfter(text, end, reference.year);
  if (shifted !== undefined) return shifted;
  const { year, day: articleDay } = reference;
  if (year === undefined || articleDay === undefined || Number(articleDay.slice(0, 4)) !== year) return undefined;
  const after = mayBeDirectionAfter(text, end) ? ITALIAN_DIRECTION_AFTER.exec(text.slice(end, end + 12)) : null;
  const before = after ? null : ITALIAN_DIRECTION_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const direction = (after ?? before)?.[1].toLowerCase();
  if (direction === undefined) return undefined;
  const said = month * 100 + day;
  const today = Number(articleDay.slice(5, 7)) * 100 + Number(articleDay.slice(8, 10));
  if (direction.startsWith('scors')) return said >= today ? year - 1 : year;
  return said <= today ? year + 1 : year;
}

/** A year written after a date in words: "двадцать пятого мая 2023 (года)". */
const YEAR_AFTER = /^[ \u00a0]+((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
/** The same, as Italian also writes it after a month: "marzo 2021", "marzo del 2021". */
const ITALIAN_YEAR_AFTER = /^[ \u00a0]+(?:del[ \u00a0]+)?((?:19|20)\d\d)(?![\p{L}\p{N}])/u;

/** "prima metà di", "first half of" before a month (its "di" or "of" right before it): the half, and where its ordinal starts. */
function halfBefore(around: WordsAround, language: 'it' | 'en'): { half: number; start: number } | undefined {
  const { noun, ordinals } = HALVES[language];
  const part = around.previous(2);
  if (part?.lower !== noun) return undefined;
  const ordinal = around.previous(3);
  const half = ordinal && ordinals.get(ordinal.lower);
  return ordinal && half ? { half, start: ordinal.start } : undefined;
}

/** An Italian decade in words after "anni": "anni Novanta" (1990/1999), the span from "anni". */
function italianDecade(text: string, around: WordsAround, decade: number): Mention | undefined {
  const before = around.previous();
  if (before?.lower !== 'anni') return undefined;
  const end = around.self.end;
  return { start: before.start, end, text: text.slice(before.start, end), type: 'date', iso: `${decade}/${decade + 9}` };
}
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A Russian day of the month in words before a month in the genitive: "пятого мая", "двадцать первого июня 2024". */
function russianDayInWords(text: string, around: WordsAround, info: WordInfo, referenceYear: number | undefined): Mention | undefined {
  const { self } = around;
  const ordinal = around.previous();
  const unit = ordinal && RUSSIAN_DAY_ORDINALS.get(ordinal.lower);
  if (!ordinal || !unit) return undefined;
  const tens = unit < 10 ? around.previous(2) : undefined;
  const ten = tens && RUSSIAN_DAY_TENS.get(tens.lower);
  const day = unit + (ten ?? 0);
  const month = info.month!;
  const written = YEAR_AFTER.exec(text.slice(self.end, self.end + 8));
  const year = written ? Number(written[1]) : referenceYear;
  if (day > DAYS_IN_MONTH[month - 1] || (year !== undefined && day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return undefined;
  const end = written ? self.end + written[0].length : self.end;
  const date = `${year === undefined ? '-' : year}-${pad(month)}-${pad(day)}`;
  const first = russianFirstDayInWords(text, around, ten ? 3 : 2, day);
  if (first) {
    const iso = `${year === undefined ? '-' : year}-${pad(month)}-${pad(first.day)}/${date}`;
    return { start: first.start, end, text: text.slice(first.start, end), type: 'date', iso };
  }
  const start = ten ? tens!.start : ordinal.start;
  return { start, end, text: text.slice(start, end), type: 'date', iso: date };
}

/** The words between the two days of a Russian range in words, after "с": "с пятого по девятое мая", "с первого до десятого июня". */
const RUSSIAN_DAY_RANGE_JOINERS = new Set(['по', 'до']);
const RUSSIAN_RANGE_OPENERS = new Set(['с', 'со']);

/**
 * The first day of a Russian range of days in words that ends with the day read `back` words
 * before the month: a day in the genitive, earlier than `lastDay`, after "с" and before "по" or
 * "до" ("с двадцать пятого по тридцатое октября"; the preposition stays outside the span, as for
 * days in figures), or joined to it by a hyphen ("седьмого-восьмого ноября").
 */
function russianFirstDayInWords(text: string, around: WordsAround, back: number, lastDay: number): { day: number; start: number } | undefined {
  const joiner = around.previous(back);
  if (!joiner) return undefined;
  const hyphened = text.charCodeAt(joiner.end) === 0x2d;
  if (!hyphened && !RUSSIAN_DAY_RANGE_JOINERS.has(joiner.lower)) return undefined;
  const ordinal = hyphened ? joiner : around.previous(back + 1);
  const unit = ordinal && isGenitiveOrdinal(ordinal.lower) ? RUSSIAN_DAY_ORDINALS.get(ordinal.lower) : undefined;
  if (!ordinal || !unit) return undefined;
  const firstBack = hyphened ? back : back + 1;
  const tens = unit < 10 ? around.previous(firstBack + 1) : undefined;
  const ten = tens && RUSSIAN_DAY_TENS.get(tens.lower);
  const day = unit + (ten ?? 0);
  if (day >= lastDay) return undefined;
  if (!hyphened) {
    const opener = around.previous(firstBack + (ten ? 2 : 1));
    if (!opener || !RUSSIAN_RANGE_OPENERS.has(opener.lower)) return undefined;
  }
  return { day, start: ten ? tens!.start : ordinal.start };
}

/** Whether an ordinal of RUSSIAN_DAY_ORDINALS is in the genitive: "пятого", "третьего". */
const isGenitiveOrdinal = (lower: string) => lower.endsWith('ого') || lower.endsWith('его');
