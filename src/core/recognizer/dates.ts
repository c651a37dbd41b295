// Dates as Italian, English and Russian news write them, normalized to ISO 8601.
import { type FoldedText, withoutInvisibles } from '../text/fold';
import { inOriginal, type Mention } from './mention';
import { isSurrogate, widthBefore } from '../text/surrogates';
import { isBlankInLine, isCyrillic, isLineBreak, LETTER, lineBreakWithin, NUMBER, skipWordSpaces, SPACE, type TextWords, unitClass, wordCharBefore, wordSpacesStart, wordsOf } from './textScan';
import { hasFutureWordIn, KeptAsWritten, LengthsByInitial, mayBeDateWord, sentenceStartBefore, WordDateFinder } from './dateWords';
import { isLowerUnit } from './unitCase';

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['january', 'jan', 'gennaio', 'gen']],
  [2, ['february', 'feb', 'febbraio']],
  [3, ['march', 'mar', 'marzo']],
  [4, ['april', 'apr', 'aprile']],
  [5, ['may', 'maggio', 'mag']],
  [6, ['june', 'jun', 'giugno', 'giu']],
  [7, ['july', 'jul', 'luglio', 'lug']],
  [8, ['august', 'aug', 'agosto', 'ago']],
  [9, ['september', 'sep', 'sept', 'settembre', 'set', 'sett']],
  [10, ['october', 'oct', 'ottobre', 'ott']],
  [11, ['november', 'nov', 'novembre']],
  [12, ['december', 'dec', 'dicembre', 'dic']],
];
/** Russian month names: genitive (after a day), nominative and prepositional (before a year), and abbreviations. */
const russianMonths: [number, string[], string[]][] = [
  [1, ['января', 'январь', 'январе'], ['янв']],
  [2, ['февраля', 'февраль', 'феврале'], ['фев', 'февр']],
  [3, ['марта', 'март', 'марте'], ['мар']],
  [4, ['апреля', 'апрель', 'апреле'], ['апр']],
  [5, ['мая', 'май', 'мае'], []],
  [6, ['июня', 'июнь', 'июне'], ['июн']],
  [7, ['июля', 'июль', 'июле'], ['июл']],
  [8, ['августа', 'август', 'августе'], ['авг']],
  [9, ['сентября', 'сентябрь', 'сентябре'], ['сен', 'сент']],
  [10, ['октября', 'октябрь', 'октябре'], ['окт']],
  [11, ['ноября', 'ноябрь', 'ноябре'], ['ноя', 'нояб']],
  [12, ['декабря', 'декабрь', 'декабре'], ['дек']],
];
for (const [month, names] of monthNames) for (const name of names) MONTHS[name] = month;
for (const [month, full, short] of russianMonths) for (const name of [...full, ...short]) MONTHS[name] = month;
/** Full month names: a full stop after one ends the sentence, it is not part of the date. */
const FULL_NAMES = new Set(monthNames.map(([, names]) => names[0]));
const ITALIAN_FULL = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
for (const name of ITALIAN_FULL) FULL_NAMES.add(name);
for (const [, full] of russianMonths) for (const name of full) FULL_NAMES.add(name);
/** The months' shortened names, written with a full stop ("gen.", "Sept.", "нояб."). */
export const MONTH_ABBREVIATIONS = Object.keys(MONTHS).filter((name) => !FULL_NAMES.has(name) && name !== 'may');

// Longest names first, so that "marzo" is not read as "mar".
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** Each weekday's name, to its day of the week (Sunday 0, as `getUTCDay` counts). */
const WEEKDAY_NUMBERS = new Map<string, number>([
  ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((name, day) => [name, day] as const),
  ...['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'].map((name, day) => [name, day] as const),
  ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi'].map((name, day) => [name, day + 1] as const),
  ...['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'].map((name, day) => [name, day] as const),
  // The accusative after "в" ("в среду, 6 марта"), where it differs from the nominative.
  ['среду', 3],
  ['пятницу', 5],
  ['субботу', 6],
]);
const WEEKDAY_NAMES = [...WEEKDAY_NUMBERS.keys()];
// A weekday before its date, with spaces between, or a comma and one line break ("lunedì,⏎27
// novembre"): a weekday that ends a line without one ends a headline ("Putin to Visit Minsk on
// Friday⏎November 5, 2024").
const WEEKDAY = `(?:(?:${WEEKDAY_NAMES.join('|')})(?:,?[ \\t\\u00a0]+|,[ \\t\\u00a0]*\\r?\\n[ \\t\\u00a0]*))?`;
// A day may carry its ordinal's ending: 1°, 1st, and the Russian "12-го", "7-е", "1-ое", "5-му"
// ("с 5-го по 7-е мая"); a month must follow, so "12-е место" is no day.
const DAY = '([12]\\d|3[01]|0?[1-9])(?:°|º|st|nd|rd|th|-го|-ое|-е|-му)?';
const YEAR = '((?:19|20)\\d\\d)';
/** The Russian ordinal's ending a year may carry, part of its span as a day's is: "до конца 2026-го", "в 2026-м", "2026-й год". */
const RUSSIAN_YEAR_ENDING = '-(?:го|м|й|ом|му)';
const RUSSIAN_YEAR_ENDING_AT = new RegExp(`^${RUSSIAN_YEAR_ENDING}(?![\\p{L}\\p{N}])`, 'u');
const SP = '[ \\t\\u00a0]+';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
// What closes a range opened by "from": "to", or as American wire copy writes it, "through" and "until".
const ENGLISH_TO = '(?:to|through|until)';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
// "the 5th of October": English puts "of" between a day written as an ordinal and its month.
const OF_AFTER_ORDINAL = `(?:(?<=\\d(?:st|nd|rd|th)${SP})of${SP})?`;
// Italian elides the article before a day read with a vowel (8, 11, 1°): "all'11", "l'8".
const ITALIAN_AL = `(?:al${SP}|all['’])`;
const ITALIAN_THE = `(?:il${SP}|l['’])`;

/** Each form, tried in this order at each position; the longest match at a position wins. */
const FORMS: { name: string; pattern: string; single?: string }[] = [
  // dal 6 al 13 ottobre [2023], dal 7 all'11 novembre (the article elided before 8, 11 and 1°)
  { name: 'rangeItalian', pattern: `dal${SP}${DAY}${SP}${ITALIAN_AL}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // dall'8 al 10 novembre [2024]: the elided preposition stays outside, as "dal" does
  { name: 'rangeItalianElided', pattern: `(?<=(?<![\\p{L}\\p{N}])dall['’])${DAY}${SP}${ITALIAN_AL}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // from 6 to 13 October [2023], from 6 through 13 October (see ENGLISH_TO)
  { name: 'rangeEnglish', pattern: `from${SP}${DAY}${SP}${ENGLISH_TO}${SP}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // с 1 по 6 сентября [2025 года], со 2 по 4 июня ("со" before a figure read "второго")
  { name: 'rangeRussian', pattern: `со?${SP}${DAY}${SP}по${SP}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // between 10 and 12 January [2022], между 10 и 12 января [2022 года], (в ночь) с 5 на 6 января
  { name: 'rangeBetween', pattern: `(?:between${SP}${DAY}${SP}and|между${SP}${DAY}${SP}и|с${SP}${DAY}${SP}на)${SP}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // (tra il | fra il) 5 e il 6 gennaio [2022]: the article before the day stays outside, as the preposition does
  // and with the article elided: (tra l' | fra l') 8 e l'11 novembre
  { name: 'rangeItalianBetween', pattern: `(?<=(?<![\\p{L}\\p{N}])[tf]ra${SP}${ITALIAN_THE})${DAY}${SP}e${SP}${ITALIAN_THE}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // between 30 November and 2 December [2022]: two months, the year (if any) written once at the end
  { name: 'rangeBetweenMonths', pattern: `between${SP}${DAY}${SP}${MONTH}${SP}and${SP}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // between October 18 and 23[, 2021], between November 30 and December 2[, 2021]: the month first
  { name: 'rangeBetweenMonthFirst', pattern: `between${SP}${MONTH}${SP}${DAY}${SP}and${SP}(?:${MONTH}${SP})?${DAY}(?:,?${SP}${YEAR})?` },
  // (tra il | fra il) 30 novembre e il 2 dicembre [2022]
  { name: 'rangeItalianBetweenMonths', pattern: `(?<=(?<![\\p{L}\\p{N}])[tf]ra${SP}${ITALIAN_THE})${DAY}${SP}${MONTH}${SP}e${SP}${ITALIAN_THE}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // between 2019 and 2023, from 2019 to 2023, dal 2019 al 2023, с 1992 [года] по 1996 [год]: a span of
  // years, the opening word left out
  { name: 'rangeYearsOpened', pattern: `(?:between${SP}${YEAR}${SP}and|from${SP}${YEAR}${SP}${ENGLISH_TO}|dal${SP}${YEAR}${SP}al|с${SP}${YEAR}(?:${SP}года)?${SP}по)${SP}${YEAR}` },
  // (tra il | fra il) 2022 e il 2024
  { name: 'rangeItalianBetweenYears', pattern: `(?<=(?<![\\p{L}\\p{N}])[tf]ra${SP}il${SP})${YEAR}${SP}e${SP}il${SP}${YEAR}` },
  // 3 and 4 October, 3 e 4 ottobre, 3 и 4 октября [2024]: two days in a row, as a range (two days
  // apart are two dates, the first of them no date written whole); each day may have its weekday,
  // as a weekend does: sabato 12 e domenica 13 ottobre, Saturday 12 and Sunday 13 October
  { name: 'rangeAndDays', pattern: `${WEEKDAY}${DAY}${SP}(?:and|e|и)${SP}${WEEKDAY}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // October 3 and 4[, 2024] (not "Oct. 3 and 4,000 troops")
  { name: 'rangeAndMonthFirst', pattern: `${MONTH}${SP}${DAY}${SP}and${SP}${DAY}(?![,.]\\d)(?:,?${SP}${YEAR})?` },
  // 6-13 October [2023]
  { name: 'rangeDashDay', pattern: `${DAY}\\s?[-–—]\\s?${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // October 6-13[, 2023]
  { name: 'rangeDashMonth', pattern: `${MONTH}${SP}${DAY}\\s?[-–—]\\s?${DAY}(?:,?${SP}${YEAR})?` },
  // Ranges over two months, the year (if any) written once at the end, for both ends:
  // dal 30 novembre al 2 dicembre [2022]
  { name: 'rangeItalianMonths', pattern: `dal${SP}${DAY}${SP}${MONTH}${SP}${ITALIAN_AL}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // dall'8 ottobre al 2 novembre [2024]
  { name: 'rangeItalianElidedMonths', pattern: `(?<=(?<![\\p{L}\\p{N}])dall['’])${DAY}${SP}${MONTH}${SP}${ITALIAN_AL}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // from 30 November to 2 December [2022]
  { name: 'rangeEnglishMonths', pattern: `from${SP}${DAY}${SP}${MONTH}${SP}${ENGLISH_TO}${SP}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // с 30 ноября по 2 декабря [2022 года], со 2 мая по 4 июня
  { name: 'rangeRussianMonths', pattern: `со?${SP}${DAY}${SP}${MONTH}${SP}по${SP}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // между 30 ноября и 2 декабря [2022 года]
  { name: 'rangeRussianBetweenMonths', pattern: `между${SP}${DAY}${SP}${MONTH}${SP}и${SP}${DAY}${SP}${MONTH}(?:${SP}${YEAR})?` },
  // from October 18 to 23[, 2021], from October 30 to November 2[, 2021], from Sept. 2 through Sept. 6: the month first
  { name: 'rangeEnglishMonthFirst', pattern: `from${SP}${MONTH}${SP}${DAY}${SP}${ENGLISH_TO}${SP}(?:${MONTH}${SP})?${DAY}(?:,?${SP}${YEAR})?` },
  // [giovedì] 27 novembre 2025, 1° gennaio 2026, 23 November 2023, the 5th of October, 27 nov 2025, 28 novembre, and a
  // range over two months: 30 November - 2 December [2022], 30 novembre - 2 dicembre [2022]. (In one
  // expression, tried where dates start anyway; `single` is the form without the range, for a
  // range that is no date, such as 5 March - 3 March: then the first date stands alone.)
  {
    name: 'dayMonth',
    pattern: `${WEEKDAY}${DAY}${SP}${OF_AFTER_ORDINAL}${MONTH}(?:\\s?[-–—]\\s?${DAY}${SP}${MONTH})?(?:,?${SP}${YEAR})?`,
    single: `${WEEKDAY}${DAY}${SP}${OF_AFTER_ORDINAL}${MONTH}(?:,?${SP}${YEAR})?`,
  },
  // [Wednesday,] November 23[, 2022], January 1, 2023, and November 30 - December 2[, 2022]
  {
    name: 'monthDay',
    pattern: `${WEEKDAY}${MONTH}${SP}${DAY}(?:\\s?[-–—]\\s?${MONTH}${SP}${DAY})?(?:,?${SP}${YEAR})?`,
    single: `${WEEKDAY}${MONTH}${SP}${DAY}(?:,?${SP}${YEAR})?`,
  },
  // dicembre 2024, December 2024
  { name: 'monthYear', pattern: `(?<!\\d(?:°|º|st|nd|rd|th)?${SP})${MONTH}${SP}${YEAR}` },
  // 2021-2022, 2021–2022: a span of years
  // and 2022-23, the second year by its last two digits, as English writes it
  { name: 'yearRange', pattern: `${YEAR}[-–](?:${YEAR}|(\\d\\d))` },
  // the 1990s, в 1990-х (годах), 1990-е: a decade (its year ends in 0, see toIso)
  { name: 'decade', pattern: `${YEAR}(?:s|-(?:х|е))` },
  // 90-х годов, 90-е годы: a Russian decade of the last century, with the word "years" after it
  { name: 'decadeRussian', pattern: `([3-9]0)-(?:х|е)(?=${SP}(?:годах|годов|годы|годам|годами|гг\\.))` },
  // negli anni '90, anni ’80, anni 1990: an Italian decade
  { name: 'decadeItalian', pattern: `anni${SP}(?:['’]([3-9]0)|((?:19|20)\\d0))` },
  // in 2022, nel 2022, в 2022 году: a year alone, taken only after a word that makes it a time (see YEAR_BEFORE)
  { name: 'year', pattern: `${YEAR}(?:${RUSSIAN_YEAR_ENDING})?(?![-–.,]?\\d|-[хе])` },
  // 2025-11-27
  { name: 'iso', pattern: `${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])` },
  // 27.11.2025, 27/11/2025, and with its weekday: пятницу, 10.10.2025
  { name: 'numeric', pattern: `${WEEKDAY}${DAY}[./](0?[1-9]|1[0-2])[./]${YEAR}` },
  // 25-26.06.2026: two days of one month in figures
  { name: 'numericRange', pattern: `${DAY}\\s?[-–]\\s?${DAY}[./](0?[1-9]|1[0-2])[./]${YEAR}` },
  // il 27/11, dal 5/11, l'8/11: Italian writes a day and its month in figures after the article
  // (a share is no date: "il 3/4 dei voti")
  { name: 'numericItalian', pattern: `(?<=(?<![\\p{L}\\p{N}])(?:(?:il|dal|al|entro${SP}il)${SP}|(?:l|dall|all)['’]))${DAY}/(0?[1-9]|1[0-2])(?![./]?\\d|${SP}(?:dei|degli|delle|del|della|di)${NOT_WORD_AFTER})` },
  // on 10/30: American copy writes the month first (taken only when the day could not be a month)
  { name: 'numericEnglish', pattern: `(?<=(?<![\\p{L}\\p{N}])on${SP})(0?[1-9]|1[0-2])/(1[3-9]|2\\d|3[01])(?![./]?\\d)` },
  // on the 3rd, until the 20th: a day of the month alone (not "the 20th century": see dayAloneAt)
  { name: 'dayAloneEnglish', pattern: `(?<=(?<![\\p{L}\\p{N}])(?:on|by|until|till|since|from|before|after)${SP}the${SP})([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)` },
  // il 3 scorso, il 15 prossimo: the last or the coming day of that number
  { name: 'dayAloneItalian', pattern: `(?<=(?<![\\p{L}\\p{N}])(?:(?:il|dal|al|del)${SP}|l['’]|dall['’]|all['’]|dell['’]))([12]\\d|3[01]|0?[1-9])${SP}(scorso|prossimo)` },
  // 3-го числа, 10-го: a Russian day alone (not "3-го класса": see dayAloneAt)
  { name: 'dayAloneRussian', pattern: `([12]\\d|3[01]|0?[1-9])-го` },
  // 30-GIU-25 13:42: the day stamped at the foot of an Italian agency's item
  { name: 'agencyStamp', pattern: `([012]\\d|3[01])-(GEN|FEB|MAR|APR|MAG|GIU|LUG|AGO|SET|OTT|NOV|DIC)-(\\d\\d)(?=${SP}\\d\\d:\\d\\d)` },
];

// Where a date can start. Every form starts a word (its look-behind says so) and holds a number:
// it starts with that number, or with a month or weekday name, "dal" or "from", that comes before
// the number with only spaces, commas and full stops between (a weekday may come before a month).
// So the scan looks at numbers only, and at the few words just before each.
/** One or two digits: a day. */
const DAY_DIGITS = 1;
/** Four digits: a year. */
const YEAR_DIGITS = 32;
const MONTH_NAME = 2;
const WEEKDAY_NAME = 4;
const DAL = 8;
/** "from", and the words that open a range the same way: "с", "between", "между". */
const FROM = 16;
const ANNI = 64;
const STARTING_WORDS = new Map<string, number>([['dal', DAL], ['from', FROM], ['с', FROM], ['со', FROM], ['between', FROM], ['между', FROM], ['anni', ANNI]]);
for (const name of Object.keys(MONTHS)) STARTING_WORDS.set(name, (STARTING_WORDS.get(name) ?? 0) | MONTH_NAME);
for (const name of WEEKDAY_NAMES) STARTING_WORDS.set(name, (STARTING_WORDS.get(name) ?? 0) | WEEKDAY_NAME);
const LONGEST_STARTING_WORD = Math.max(...[...STARTING_WORDS.keys()].map((w) => w.length));

/** The words each form can start with (a weekday before a date is optional, hence DAY_DIGITS or MONTH_NAME too). */
const FORM_STARTS: Record<string, number> = {
  rangeItalian: DAL,
  rangeEnglish: FROM,
  rangeRussian: FROM,
  rangeBetween: FROM,
  rangeItalianElided: DAY_DIGITS,
  rangeItalianBetween: DAY_DIGITS,
  rangeBetweenMonths: FROM,
  rangeBetweenMonthFirst: FROM,
  rangeItalianBetweenMonths: DAY_DIGITS,
  rangeYearsOpened: FROM | DAL,
  rangeItalianBetweenYears: YEAR_DIGITS,
  rangeAndDays: DAY_DIGITS | WEEKDAY_NAME,
  rangeAndMonthFirst: MONTH_NAME,
  rangeDashDay: DAY_DIGITS,
  rangeDashMonth: MONTH_NAME,
  rangeItalianMonths: DAL,
  rangeItalianElidedMonths: DAY_DIGITS,
  rangeEnglishMonths: FROM,
  rangeRussianMonths: FROM,
  rangeRussianBetweenMonths: FROM,
  rangeEnglishMonthFirst: FROM,
  dayMonth: WEEKDAY_NAME | DAY_DIGITS,
  monthDay: WEEKDAY_NAME | MONTH_NAME,
  monthYear: MONTH_NAME,
  yearRange: YEAR_DIGITS,
  decade: YEAR_DIGITS,
  decadeRussian: DAY_DIGITS,
  decadeItalian: ANNI,
  year: YEAR_DIGITS,
  iso: YEAR_DIGITS,
  numeric: DAY_DIGITS | WEEKDAY_NAME,
  numericRange: DAY_DIGITS,
  numericItalian: DAY_DIGITS,
  numericEnglish: DAY_DIGITS,
  agencyStamp: DAY_DIGITS,
  dayAloneEnglish: DAY_DIGITS,
  dayAloneItalian: DAY_DIGITS,
  dayAloneRussian: DAY_DIGITS,
};

/** Each form, as a sticky expression tried only where a date can start. */
const dateRegex = (pattern: string) => new RegExp(`${NOT_WORD_BEFORE}(?:${pattern})${NOT_WORD_AFTER}`, 'iuy');

// What must follow a start for a form to match there, read off a few code units before its
// expression runs: most numbers are no date, and an expression that fails still costs its run.
// Each test only rules out starts where the expression cannot match (a day is at most two digits
// and a two-letter suffix; a year's four digits are followed by a non-digit).
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** A hyphen, an en dash or, as Russian sets a range with spaces around it ("30 сентября — 2 октября"), an em dash. */
const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;
const isDatePunctuation = (code: number) => code === 0x2e || code === 0x2f;
/** [ \t\u00a0], the spaces between a date's parts. */
const isDateSpace = isBlankInLine;
/**
 * Whether the one-character class `chars` reads a unit when, like the dates' expressions, it
 * ignores case: remembered per unit, since case folding joins letters in ways a table could miss
 * (ſ is an s, ᲁ a д).
 */
function unitReader(chars: string): (code: number) => boolean {
  const regex = new RegExp(`^[${chars}]$`, 'iu');
  const known = new Uint8Array(65536);
  return (code) => {
    let answer = known[code];
    if (answer === 0) {
      answer = regex.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}
/** What may follow a decade's year: "1990s", "1990-х". */
const decadeMark = unitReader('s\\-');
/** What may start a month's name. */
const monthInitial = unitReader([...new Set(Object.keys(MONTHS).map((name) => name[0]))].join(''));

/**
 * Whether a form may match at a start `at` of the given kind, made by the number at `number`
 * (the start itself for a number; for a name, the number after it, which a form that starts with
 * the name reads after spaces).
 */
type MayMatchAt = (text: string, at: number, kind: number, number: number) => boolean;

/**
 * Where dates may start (`at`), in order, and per form (by its index in FORMS) the starts where
 * it may match: each start is checked once, as it is found, against the forms that can begin
 * with what starts there.
 */
class DateStarts {
  count = 0;
  at: Int32Array = new Int32Array(256);
  /** The index among the text's words of the word each start is. */
  word: Int32Array = new Int32Array(256);
  readonly byForm: number[][] = FORMS.map(() => []);

  constructor(
    private readonly text: string,
    readonly words: TextWords,
  ) {}

  /** A start at word `word` (at `at`) of the given kind, made by the number at `number` (see MayMatchAt). */
  add(word: number, at: number, kind: number, number: number): void {
    if (this.count === this.at.length) {
      this.at = doubled(this.at);
      this.word = doubled(this.word);
    }
    const k = this.count++;
    this.at[k] = at;
    this.word[k] = word;
    for (const form of FORMS_BY_KIND[kind]) {
      const mayMatchAt = FORM_REGEXES[form].mayMatchAt;
      if (!mayMatchAt || mayMatchAt(this.text, at, kind, number)) this.byForm[form].push(k);
    }
  }
}

function doubled(list: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * list.length);
  bigger.set(list);
  return bigger;
}

/** How many digits, up to five, stand from `at`: a day is never followed by another digit, a year's four digits only by a dash. */
function digitsAt(text: string, at: number): number {
  let digits = 1;
  while (digits < 5 && at + digits < text.length && text.charCodeAt(at + digits) >= 0x30 && text.charCodeAt(at + digits) <= 0x39) digits++;
  return digits;
}

/** Whether a dash stands from `from` up to `to`. */
function dashWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) if (isDash(text.charCodeAt(k))) return true;
  return false;
}

/** A day at `at`, then spaces and what may start a month name: "27 nov", "1° gennaio", "12-го октября". */
function dayThenMonthAt(text: string, at: number): boolean {
  let k = at + 1;
  while (k < at + 6 && k < text.length && !isDateSpace(text.charCodeAt(k))) k++;
  if (k === at + 6 || k >= text.length) return false;
  while (k < text.length && isDateSpace(text.charCodeAt(k))) k++;
  return k < text.length && monthInitial(text.charCodeAt(k));
}

/** Whether a digit, then spaces, stand just before `at`: what the month of a month and year may not follow. */
function dayBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isDateSpace(text.charCodeAt(k - 1))) k--;
  return k < at && k > 0 && isDigit(text.charCodeAt(k - 1));
}

/**
 * Whether a day and a month written in digits may stand from `at`: its first full stop or slash
 * (after the day and a suffix, which have none) is followed by a digit, and after that digit or
 * the next by another full stop or slash: "27.11.2025", "1/5/2024".
 */
function numericDayAt(text: string, at: number): boolean {
  let k = at + 1;
  while (k < at + 5 && k < text.length && !isDatePunctuation(text.charCodeAt(k))) k++;
  if (k === at + 5 || k >= text.length || !isDigit(text.charCodeAt(k + 1))) return false;
  return isDatePunctuation(text.charCodeAt(k + 2)) || (isDigit(text.charCodeAt(k + 2)) && isDatePunctuation(text.charCodeAt(k + 3)));
}

/**
 * Whether the day in figures at `at`, its ordinal's ending `endingLength` units long, stands alone:
 * the word after it is no noun it counts ("the 20th century", "3-го класса", "the 3rd of them"),
 * but `word` ("числа": "3-го числа"): none in small letters, or one of the words that open a
 * clause or a phrase ("on the 20th they voted").
 */
function dayAloneAt(text: string, at: number, endingLength: number, word: string): boolean {
  const end = at + digitsAt(text, at) + endingLength;
  if (end > text.length || (end < text.length && (unitClass(text.charCodeAt(end)) & LETTER) !== 0)) return false;
  const next = skipSpaces(text, end);
  if (next === end) return true;
  if (text.startsWith(word, next)) return word === 'числа';
  if (!isLowerUnit(text.charCodeAt(next))) return true;
  const nextWord = /^\p{L}+/u.exec(text.slice(next, next + 12))?.[0];
  return nextWord !== undefined && AFTER_DAY_ALONE.has(nextWord);
}
/** Words in small letters that may follow a day alone: pronouns, conjunctions, prepositions, articles. */
const AFTER_DAY_ALONE = new Set('they he she it we you i and but or in at on when while as with to for a an the that there он она они мы и а но в на с когда'.split(' '));

/** Whether one or two figures from `at` are followed by a slash: "27/11", "5/11". */
const slashAfterFigures = (text: string, at: number) => text.charCodeAt(at + 1) === 0x2f || text.charCodeAt(at + 2) === 0x2f;

/** Whether two days of one month in figures may stand from `at`: a day, a dash, and a day and month ("25-26.06.2026"). */
function numericRangeAt(text: string, at: number): boolean {
  const dash = at + digitsAt(text, at);
  if (digitsAt(text, at) > 2) return false;
  let next = dash + (isDateSpace(text.charCodeAt(dash)) ? 1 : 0);
  if (!isDash(text.charCodeAt(next))) return false;
  next++;
  if (isDateSpace(text.charCodeAt(next))) next++;
  return isDigit(text.charCodeAt(next)) && numericDayAt(text, next);
}

/** Whether " e il " or " e l'" stands at `at`, past a day's degree sign: what joins the days of "tra il 5 e il 6 gennaio", "tra l'8 e l'11 novembre". */
function italianAndTheAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 0xb0 || text.charCodeAt(at) === 0xba) at++;
  const e = skipSpaces(text, at);
  if (e === at || (text.charCodeAt(e) | 0x20) !== 0x65) return false;
  const il = skipSpaces(text, e + 1);
  if (il === e + 1) return false;
  // "e l'11": the article elided before the day.
  if ((text.charCodeAt(il) | 0x20) === 0x6c && isApostrophe(text.charCodeAt(il + 1))) return true;
  return (text.charCodeAt(il) | 0x20) === 0x69 && (text.charCodeAt(il + 1) | 0x20) === 0x6c && isDateSpace(text.charCodeAt(il + 2));
}

/** ' or ’. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** Spaces at `at` (after a day's digits or its suffix), then "and", "e" or "и" and a space: what two days in a row need between them. */
function andAt(text: string, at: number): boolean {
  // Past a suffix ("3rd", "3-го"), if one is written.
  for (const limit = Math.min(text.length, at + 3); at < limit && !isDateSpace(text.charCodeAt(at)); ) at++;
  const word = skipSpaces(text, at);
  if (word === at) return false;
  const first = text.charCodeAt(word) | 0x20;
  const length = first === 0x61 ? 3 : 1;
  if (first === 0x61 && ((text.charCodeAt(word + 1) | 0x20) !== 0x6e || (text.charCodeAt(word + 2) | 0x20) !== 0x64)) return false;
  if (first !== 0x61 && first !== 0x65 && text.charCodeAt(word) !== 0x438) return false;
  return isDateSpace(text.charCodeAt(word + length));
}

/** Past a day's degree sign at `at` ("1°", "1º"), if one is there. */
const pastDegree = (text: string, at: number) => (text.charCodeAt(at) === 0xb0 || text.charCodeAt(at) === 0xba ? at + 1 : at);

/** Past the letters and full stop of a month's name from `at`. */
function wordEnd(text: string, at: number): number {
  while (at < text.length && (unitClass(text.charCodeAt(at)) & LETTER) !== 0) at++;
  return text.charCodeAt(at) === 0x2e ? at + 1 : at;
}

/** Past the spaces between a date's parts from `at`. */
function skipSpaces(text: string, at: number): number {
  while (isDateSpace(text.charCodeAt(at))) at++;
  return at;
}

/** "с" or "С". */
function isCyrillicEs(code: number): boolean {
  return code === 0x441 || code === 0x421;
}

/** Per form, what a start of a day or a year needs after it; none where any start may do. */
const MAY_MATCH_AT: Record<string, MayMatchAt> = {
  // "from" and "с" open ranges alike: each form, only at its own word.
  rangeEnglish: (text, at) => (text.charCodeAt(at) | 0x20) === 0x66,
  rangeEnglishMonths: (text, at) => (text.charCodeAt(at) | 0x20) === 0x66,
  rangeEnglishMonthFirst: (text, at) => (text.charCodeAt(at) | 0x20) === 0x66,
  rangeRussian: (text, at) => isCyrillicEs(text.charCodeAt(at)),
  rangeRussianMonths: (text, at) => isCyrillicEs(text.charCodeAt(at)),
  rangeRussianBetweenMonths: (text, at) => text.charCodeAt(at) === 0x43c || text.charCodeAt(at) === 0x41c,
  rangeBetween: (text, at) => isCyrillicEs(text.charCodeAt(at)) || (text.charCodeAt(at) | 0x20) === 0x62 || text.charCodeAt(at) === 0x43c || text.charCodeAt(at) === 0x41c,
  // A day, then " e il ": most numbers are followed by none.
  rangeItalianBetween: (text, at) => italianAndTheAt(text, at + digitsAt(text, at)),
  // A day right after "dall'": most numbers follow no apostrophe.
  rangeItalianElided: (text, at) => isApostrophe(text.charCodeAt(at - 1)),
  rangeItalianElidedMonths: (text, at) => isApostrophe(text.charCodeAt(at - 1)),
  // "between" alone opens these (not "from" nor "с").
  rangeBetweenMonths: (text, at) => (text.charCodeAt(at) | 0x20) === 0x62,
  rangeBetweenMonthFirst: (text, at) => (text.charCodeAt(at) | 0x20) === 0x62,
  // A day and a month, then " e il ".
  rangeItalianBetweenMonths: (text, at) => dayThenMonthAt(text, at) && italianAndTheAt(text, wordEnd(text, skipSpaces(text, pastDegree(text, at + digitsAt(text, at))))),
  // "between", "from", "dal" or "с", then a year (the number after the word).
  rangeYearsOpened: (text, at, _kind, number) => (text.charCodeAt(at) < 0x80 || isCyrillicEs(text.charCodeAt(at))) && digitsAt(text, number) === 4,
  // A year, then " e il ".
  rangeItalianBetweenYears: (text, at) => italianAndTheAt(text, at + 4),
  // (after a weekday, its day: the number after it)
  rangeAndDays: (text, at, kind, number) => andAt(text, number + digitsAt(text, number)) && ((kind & WEEKDAY_NAME) === 0 || digitsAt(text, number) <= 2),
  rangeAndMonthFirst: (text, at, _kind, number) => !isCyrillic(text.charCodeAt(at)) && digitsAt(text, number) <= 2 && andAt(text, number + digitsAt(text, number)),
  rangeDashDay: (text, at) => dashWithin(text, at + 1, at + 6),
  // A month's name, then the number after it: a day and a dash, a day, a year.
  // (Russian writes the day first: "мае. 3 делегации" is a month, then a count.)
  rangeDashMonth: (text, at, _kind, number) => !isCyrillic(text.charCodeAt(at)) && digitsAt(text, number) <= 2 && dashWithin(text, number + 1, number + 6),
  monthDay: (text, at, kind, number) => !isCyrillic(text.charCodeAt(at)) && ((kind & MONTH_NAME) === 0 || digitsAt(text, number) <= 2),
  // (not after a day: "27 novembre 2025" is a day's date, its month no date of its own)
  monthYear: (text, at, _kind, number) => digitsAt(text, number) === 4 && !dayBefore(text, at),
  // (or a weekday: "giovedì 27 novembre")
  dayMonth: (text, at) => !isDigit(text.charCodeAt(at)) || dayThenMonthAt(text, at),
  decadeRussian: (text, at) => text.charCodeAt(at + 2) === 0x2d,
  // (after a weekday, its day: the number after it)
  numeric: (text, _at, _kind, number) => numericDayAt(text, number),
  numericRange: (text, at) => numericRangeAt(text, at),
  // A day or a month, then a slash.
  numericItalian: (text, at) => slashAfterFigures(text, at),
  numericEnglish: (text, at) => slashAfterFigures(text, at),
  agencyStamp: (text, at) => text.charCodeAt(at + 2) === 0x2d && text.charCodeAt(at + 6) === 0x2d,
  // A day, then its ordinal's ending, " scorso" or " prossimo", or "-го", and no noun it counts.
  dayAloneEnglish: (text, at) => dayAloneAt(text, at, 2, 'of'),
  dayAloneItalian: (text, at) => isDateSpace(text.charCodeAt(at + digitsAt(text, at))),
  dayAloneRussian: (text, at) => text.charCodeAt(at + digitsAt(text, at)) === 0x2d && dayAloneAt(text, at, 3, 'числа'),
  yearRange: (text, at) => isDash(text.charCodeAt(at + 4)),
  decade: (text, at) => at + 4 < text.length && decadeMark(text.charCodeAt(at + 4)),
  iso: (text, at) => text.charCodeAt(at + 4) === 0x2d,
  // A year alone is taken only as a time (see yearIsTime) or after a part of a year: most
  // four-digit numbers are neither, and whether one is needs only the text around its four digits.
  // A year with a Russian ordinal's ending is one ("2026-й год стал", "в 2026-м").
  year: (text, at) => partOfYearBefore(text, at) !== undefined || yearIsTime(text, at, at + 4) || (text.charCodeAt(at + 4) === 0x2d && RUSSIAN_YEAR_ENDING_AT.test(text.slice(at + 4, at + 8))),
};
// "dal 6 al 13 ottobre", "from 6 to 13 October", "с 1 по 6 сентября": the word that opens the range
// makes it one, but like any preposition before a date it is not part of the date's span.
const OPENED_BY_PREPOSITION = new Set(['rangeItalian', 'rangeEnglish', 'rangeRussian', 'rangeBetween', 'rangeBetweenMonths', 'rangeBetweenMonthFirst', 'rangeYearsOpened', 'rangeItalianMonths', 'rangeEnglishMonths', 'rangeRussianMonths', 'rangeRussianBetweenMonths', 'rangeEnglishMonthFirst']);
const OPENING_PREPOSITION = /^\p{L}+[ \t\u00a0]+/u;
/** By what starts somewhere (a kind, or kinds), the forms that can begin with it, by their index in FORMS, in order. */
const FORMS_BY_KIND = Array.from({ length: 128 }, (_, kind) => FORMS.flatMap(({ name }, form) => ((FORM_STARTS[name] & kind) !== 0 ? [form] : [])));

// The commonest dates read in place: a day and a month ("27 novembre 2025", "November 23, 2022")
// are most of the dates a text holds, and their expressions, run where they match, cost more than
// the rest of the stage. Their plain shape is read on the text's words: a day in one or two
// digits, spaces, a month's name in ASCII or Cyrillic letters, and a year after spaces (and a
// comma). Whatever else stands there (a weekday, a suffix, a full stop, a dash, other letters) is
// left to the expression, which reads it as before.

/** What reading a form in place at a start says: no date there, a date (in a DateReading), or that only its expression can tell. */
const NO_DATE = 0;
const DATE_READ = 1;
const ASK_EXPRESSION = 2;

/** A date read in place: where it ends, its day, month and year (0 when none is written). */
class DateReading {
  end = 0;
  day = 0;
  month = 0;
  year = 0;
}

/** Reads the form at the start that is word `word` of the text's words, as its expression would. */
type InPlaceReader = (text: string, words: TextWords, word: number, reading: DateReading) => number;

/** A unit's place among the ASCII and basic Cyrillic letters, either case (1 to 58); 0 for any other unit. */
function plainLetter(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  if (code >= 0x41 && code <= 0x5a) return code - 0x40;
  if (code >= 0x430 && code <= 0x44f) return code - 0x430 + 27;
  if (code >= 0x410 && code <= 0x42f) return code - 0x410 + 27;
  return 0;
}
const PLAIN_LETTERS = 59;
/** One number per word of plain letters up to the longest month's name, whatever their case (59 ** 9 is below 2 ** 53). */
function plainKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = key * PLAIN_LETTERS + plainLetter(text.charCodeAt(i));
  return key;
}
const LONGEST_MONTH = Math.max(...Object.keys(MONTHS).map((name) => name.length));
const MONTHS_BY_KEY = new Map<number, number>();
for (const [name, month] of Object.entries(MONTHS)) {
  if ([...name].some((c) => plainLetter(c.charCodeAt(0)) === 0)) throw new Error(`"${name}" is not in plain letters`);
  MONTHS_BY_KEY.set(plainKey(name, 0, name.length), month);
}

/**
 * The month that the word [start, end) names, 0 for none, -1 when the word has a unit other than
 * a plain letter (which ignoring case may read as a letter of a name: ſ). A name in a date is a
 * whole word: one followed by a letter or digit is no month's name there.
 */
function plainMonthAt(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (plainLetter(text.charCodeAt(i)) === 0) return -1;
  return end - start > LONGEST_MONTH ? 0 : (MONTHS_BY_KEY.get(plainKey(text, start, end)) ?? 0);
}

/** The day that the word [start, end) of one or two ASCII digits is, as DAY reads it (1 to 31); 0 for any other word. */
function plainDayAt(text: string, start: number, end: number): number {
  if (end - start > 2) return 0;
  const first = text.charCodeAt(start) - 0x30;
  if (first < 0 || first > 9) return 0;
  if (end - start === 1) return first;
  const second = text.charCodeAt(start + 1) - 0x30;
  if (second < 0 || second > 9) return 0;
  const day = 10 * first + second;
  return day <= 31 ? day : 0;
}

/** Whether the units from `from` up to `to` are one or more of the spaces between a date's parts. */
function dateSpacesWithin(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!isDateSpace(text.charCodeAt(k))) return false;
  return true;
}

/** The year that `(?:,?SP YEAR)?` reads at `end`, which must be word `next` of the text's words; 0 for none. */
function plainYearAt(text: string, words: TextWords, next: number, end: number): number {
  if (next >= words.count) return 0;
  let k = end;
  if (text.charCodeAt(k) === 0x2c) k++;
  const spaces = k;
  while (k < text.length && isDateSpace(text.charCodeAt(k))) k++;
  const start = words.starts[next];
  if (k === spaces || start !== k || words.ends[next] !== start + 4) return 0;
  const century = 10 * (text.charCodeAt(start) - 0x30) + (text.charCodeAt(start + 1) - 0x30);
  const tens = text.charCodeAt(start + 2) - 0x30;
  const units = text.charCodeAt(start + 3) - 0x30;
  if ((century !== 19 && century !== 20) || !(tens >= 0 && tens <= 9) || !(units >= 0 && units <= 9)) return 0;
  return 100 * century + 10 * tens + units;
}

/**
 * The end of a day and month whose last part ends at `end`, word `next` being the word after it:
 * with the year after it, if one is. A full stop, a degree sign or a range's dash there is left
 * to the expression.
 */
function readDateEnd(text: string, words: TextWords, next: number, end: number, day: number, month: number, reading: DateReading): number {
  if (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 0x2e || code === 0xb0 || isDash(code) || ((unitClass(code) & SPACE) !== 0 && end + 1 < text.length && isDash(text.charCodeAt(end + 1)))) return ASK_EXPRESSION;
  }
  const year = plainYearAt(text, words, next, end);
  reading.end = year === 0 ? end : words.ends[next];
  reading.day = day;
  reading.month = month;
  reading.year = year;
  return DATE_READ;
}

/** "27 novembre 2025", "23 November": a day, spaces, then a word that must be a month's name. */
const readDayMonth: InPlaceReader = (text, words, word, reading) => {
  const { starts, ends } = words;
  const day = plainDayAt(text, starts[word], ends[word]);
  if (day === 0 || word + 1 >= words.count || !dateSpacesWithin(text, ends[word], starts[word + 1])) return ASK_EXPRESSION;
  const month = plainMonthAt(text, starts[word + 1], ends[word + 1]);
  if (month <= 0) return month === 0 ? NO_DATE : ASK_EXPRESSION;
  return readDateEnd(text, words, word + 2, ends[word + 1], day, month, reading);
};

/** "November 23, 2022", "May 5": a month's name, spaces, a day. */
const readMonthDay: InPlaceReader = (text, words, word, reading) => {
  const { starts, ends } = words;
  const month = plainMonthAt(text, starts[word], ends[word]);
  if (month <= 0 || word + 1 >= words.count || !dateSpacesWithin(text, ends[word], starts[word + 1])) return ASK_EXPRESSION;
  const day = plainDayAt(text, starts[word + 1], ends[word + 1]);
  if (day === 0) return ASK_EXPRESSION;
  return readDateEnd(text, words, word + 2, ends[word + 1], day, month, reading);
};

const IN_PLACE_READERS: Record<string, InPlaceReader> = { dayMonth: readDayMonth, monthDay: readMonthDay };

const FORM_REGEXES = FORMS.map(({ name, pattern, single }) => ({
  name,
  openedByPreposition: OPENED_BY_PREPOSITION.has(name),
  regex: dateRegex(pattern),
  single: single === undefined ? undefined : dateRegex(single),
  mayMatchAt: MAY_MATCH_AT[name] as MayMatchAt | undefined,
  readInPlace: IN_PLACE_READERS[name] as InPlaceReader | undefined,
}));

/** Whether the units from `from` up to `to` are one or more spaces, commas and full stops: what may stand between a name and the number after it. */
function onlyNameGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (!(code === 0x20 || code === 0x2c || code === 0x2e || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && unitClass(code) & SPACE))) return false;
  }
  return true;
}

/** The starting words by their first unit and length; the long s, which case-insensitive matching reads as s, is read as s. */
const STARTING_WORD_INITIALS = new LengthsByInitial(STARTING_WORDS.keys(), (lower) => (lower === 0x17f ? 0x73 : lower));

/** What the word [start, end) is as the start of a date (0 for none): a name in any case, with the long s that case-insensitive matching reads as s. */
function startingWord(text: string, start: number, end: number): number {
  if (end - start > LONGEST_STARTING_WORD || !STARTING_WORD_INITIALS.may(text.charCodeAt(start), end - start)) return 0;
  return startingWordsAsWritten.get(text.slice(start, end));
}

const startingWordsAsWritten = new KeptAsWritten((word) => {
  const lower = word.toLowerCase();
  return STARTING_WORDS.get(lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower) ?? 0;
});

/**
 * Where a date may start, in order, with what starts there. The text's words (`words`, or read
 * here) are gone through once; with `wordDates`, it is shown those that may be dates without a
 * number too.
 */
function dateStarts(text: string, wordDates?: WordDateFinder, words?: TextWords): DateStarts {
  const allWords = words ?? wordsOf(text);
  const found = new DateStarts(text, allWords);
  // A piece of the words at a time (see WORDS_PIECE): a loop over every word of a text, run once,
  // is compiled while it runs and runs slower than a function called for each piece.
  for (let from = 0; from < allWords.count; from += STARTS_PIECE) startsIn(text, allWords, from, Math.min(allWords.count, from + STARTS_PIECE), found, wordDates);
  return found;
}

/** How many words `startsIn` is given at a time. */
const STARTS_PIECE = 2048;

/** The starts among words `from` up to `to` (see `dateStarts`). */
function startsIn(text: string, words: TextWords, from: number, to: number, found: DateStarts, wordDates: WordDateFinder | undefined): void {
  const { starts, ends } = words;
  for (let k = from; k < to; k++) {
    const start = starts[k];
    const code = text.charCodeAt(start);
    if (code >= 0x30 && code <= 0x39) numberAt(text, words, k, found);
    else if (wordDates !== undefined && mayBeDateWord(code, ends[k] - start)) wordDates.word(words, k);
  }
}

/**
 * The starts a number (word `k`) makes, and the names that may come before it: the word before
 * it, with only spaces, commas and full stops between, and for a month the word before that (a
 * weekday, or "from").
 */
function numberAt(text: string, words: TextWords, k: number, found: DateStarts): void {
  const { starts, ends } = words;
  const i = starts[k];
  const name = k > 0 && onlyNameGap(text, ends[k - 1], i) ? startingWord(text, starts[k - 1], ends[k - 1]) : 0;
  if (name & MONTH_NAME && k > 1 && onlyNameGap(text, ends[k - 2], starts[k - 1])) {
    // A weekday before the month ("Tuesday, September 27"), or "from" opening a range ("from October 18 to 23").
    const before = startingWord(text, starts[k - 2], ends[k - 2]) & (WEEKDAY_NAME | FROM);
    if (before) found.add(k - 2, starts[k - 2], before, i);
  }
  if (name) found.add(k - 1, starts[k - 1], name, i);
  else if (k > 0 && i > 1 && (text.charCodeAt(i - 1) === 0x27 || text.charCodeAt(i - 1) === 0x2019)) {
    // "anni '90": the decade's word before the apostrophe
    if (onlyNameGap(text, ends[k - 1], i - 1) && startingWord(text, starts[k - 1], ends[k - 1]) & ANNI) found.add(k - 1, starts[k - 1], ANNI, i);
  }
  const digits = digitsAt(text, i);
  if (digits <= 2) found.add(k, i, DAY_DIGITS, i);
  else if (digits === 4) found.add(k, i, YEAR_DIGITS, i);
}

// A four-digit number is a year when a word of time comes before it ("in 2022", "fino al 2030",
// "с 2002") or, in Russian, the word "year" after it ("2002 года"); otherwise it may be a count.
const YEAR_BEFORE = new Set([
  ...['in', 'since', 'until', 'till', 'by', 'from', 'of', 'to', 'for', 'before', 'after', 'during', 'between', 'and', 'or', 'the', 'a', 'year', 'early', 'late', 'through', 'throughout'],
  ...['nel', 'dal', 'al', 'del', 'il', 'entro', 'anno', 'tra', 'fra', 'e', 'o', 'fino', 'dopo', 'prima', 'sino', 'nell', 'dall', 'dell', 'all'],
  ...['в', 'во', 'с', 'со', 'до', 'по', 'к', 'от', 'и', 'или', 'между', 'начале', 'конце', 'середине', 'год'],
]);
const YEAR_BEFORE_INITIALS = new LengthsByInitial(YEAR_BEFORE);
/** What a count is of, right after it: "for 2000 years", "the 2000 troops", "в 2000 человек" are no years. */
const COUNTED_AFTER =
  /^[ \u00a0]+(?:years|people|soldiers|troops|servicemen|men|kilometres|kilometers|km|tonnes|tons|cases|locations|migrants|violations|crimes|anni|persone|soldati|militari|casi|migranti|violazioni|reati|лет|человек|военных|военнослужащих|км|тонн|случаях|случаев|случая|мигрантов|нарушений|преступлений)(?![\p{L}\p{N}])/u;
const YEAR_AFTER = /^[ \u00a0]+(?:года|году|год|гг?\.)(?![\p{L}\p{N}])/u;

/** A year and a comma right before a year of a list: "2014, " in "в 2014, 2016 и 2018 годах". */
const YEAR_AND_COMMA_BEFORE = /(?<![\p{N}.,])(?:19|20)\d\d,[ \u00a0]+$/u;

/** Whether spaces, then "г", follow `end`: what YEAR_AFTER needs before it is tried. */
function russianYearWordAt(text: string, end: number): boolean {
  const k = skipWordSpaces(text, end);
  return k > end && text.charCodeAt(k) === 0x433;
}

function yearIsTime(text: string, start: number, end: number): boolean {
  if (russianYearWordAt(text, end) && YEAR_AFTER.test(text.slice(end, end + 8))) return true;
  if (chronologyYear(text, start, end)) return true;
  // One of a list of years after a comma, when the year before it is a time: "в 2014, 2016 и 2018 годах".
  if (text.charCodeAt(wordSpacesStart(text, start) - 1) === 0x2c) {
    const listed = YEAR_AND_COMMA_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    if (listed) {
      const before = start - listed[0].length;
      return yearIsTime(text, before, before + 4);
    }
  }
  let at = wordSpacesStart(text, start);
  const apostrophe = at > 0 && (text[at - 1] === "'" || text[at - 1] === '’');
  if (at === start && !apostrophe) return false;
  if (apostrophe) at--; // nell'2022, dall’anno
  let from = at;
  while (wordCharBefore(text, from) && at - from < 12) from -= widthBefore(text, from);
  return (
    from < at &&
    !wordCharBefore(text, from) &&
    YEAR_BEFORE_INITIALS.may(text.charCodeAt(from), at - from) &&
    YEAR_BEFORE.has(text.slice(from, at).toLowerCase()) &&
    // After "a", a year of this century or the last only: "a 2020 ceasefire deal", not "a 5000 bonus".
    !(at - from === 1 && (text.charCodeAt(from) | 0x20) === 0x61 && !/^(?:19|20)/.test(text.slice(start, end))) &&
    !COUNTED_AFTER.test(text.slice(end, end + 20))
  );
}

/**
 * Whether the year at [start, end) is a chronology's or a table's: alone in brackets ("signed in
 * Tashkent (1992)"), opening a line before a dash or a colon ("2006 – Uzbekistan returns",
 * "1999:"), alone in a table's cell ("| 2025 |"), or opening a sentence as its subject ("2024 was
 * a hard year", "Il 2024 è stato", "2024 год стал").
 */
function chronologyYear(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 0x28 && text.charCodeAt(end) === 0x29) return true;
  let k = start;
  while (k > 0 && isBlankInLine(text.charCodeAt(k - 1))) k--;
  if (text.charCodeAt(k - 1) === 0x7c && TABLE_CELL_END.test(text.slice(end, end + 4))) return true;
  const opensLine = k === 0 || text.charCodeAt(k - 1) === 0x0a;
  if (opensLine && CHRONOLOGY_MARK_AFTER.test(text.slice(end, end + 4))) return true;
  return (opensLine || SENTENCE_END_BEFORE.test(text.slice(Math.max(0, k - 3), k))) && YEAR_AS_SUBJECT.test(text.slice(end, end + 24));
}
/** A dash or a colon after a year, spaces before it allowed. */
const CHRONOLOGY_MARK_AFTER = /^[ \u00a0]*[-–—:]/;
/** The end of a table's cell after a year: "|", or the line's end. */
const TABLE_CELL_END = /^[ \t\u00a0]*(?:\||\r?\n|$)/;
/** A sentence's end before the spaces before a year: a full stop, a question or an exclamation mark, with a quote after it. */
const SENTENCE_END_BEFORE = /[.!?]["”»]?$/;
/** What a year that is a sentence's subject is followed by: a verb in the singular, or the Russian "год" and one. */
const YEAR_AS_SUBJECT = /^[ \u00a0]+(?:год[ \u00a0]+)?(?:was|is|will|has|had|saw|marked|brought|became|è|sarà|fu|ha|segna|segnerà|стал|станет|был|будет|ознаменовался|прошел|прошёл)(?![\p{L}\p{N}])/u;

/** Forms that name a year or years, which a part of a year may come before. */
const YEAR_FORMS = new Set(['year', 'yearRange', 'decade', 'decadeRussian']);
// "mid-2026", "early 2019", "the end of 2025", "a metà 2025", "all'inizio del 2020",
// "в середине 2026 года", and its halves, "the second half of 2025", "la prima metà del 2026",
// "во второй половине 2026 года", and the Russian accusative and dative after "на" and "к" ("на
// вторую половину 2026 года", "к концу 2025 года"), and its quarters ("the third quarter of 2025",
// "il primo trimestre 2026", "nel primo semestre del 2026", "в первом квартале 2026 года", "в первом
// полугодии 2025 г."): the part is in the date's span, as for a part of a month. A half or a quarter
// is a range of months, as a half of a month is one of days ("2026-01/2026-06"); the vaguer parts
// keep the year's value, the precision the text gives.
const PART_OF_YEAR_HYPHENED = /(?<![\p{L}\p{N}])mid[-‐–]$/iu;
const PART_OF_YEAR =
  /(?<![\p{L}\p{N}])(?:(?:early|late|mid|(?:beginning|start|middle|end|(?:first|second)[ \u00a0]+half|(?:first|second|third|fourth|last)[ \u00a0]+quarter)[ \u00a0]+of(?:[ \u00a0]+the)?)|(?:primo|secondo|terzo|quarto|ultimo)[ \u00a0]+trimestre(?:[ \u00a0]+del)?|(?:primo|secondo)[ \u00a0]+semestre(?:[ \u00a0]+del)?|(?:перв|втор|трет|четв[её]рт)\p{L}{1,3}[ \u00a0]+(?:квартал[еау]?|полугоди[иея])|(?:(?:prima|seconda)[ \u00a0]+)?(?:metà|inizio|fine)(?:[ \u00a0]+(?:del|di))?|(?:(?:prima|seconda)[ \u00a0]+)?(?:metà|inizio|fine)[ \u00a0]+dell['’]|(?:первой|второй|первую|вторую)[ \u00a0]+половин[еуы]|середин[еуы]|начал[еаоу]|конц[еау]|конец)[ \u00a0]*$/iu;

/**
 * The units that may end a part of a year before the spaces, in either case, as the two
 * expressions read them: the last letters of early, late, mid, of, the, metà, inizio, fine, del,
 * di, and of the Russian parts in their cases (середине, середину, начало, концу, конец…); the apostrophes of "dell'"; the dashes
 * of "mid-".
 */
const PART_OF_YEAR_ENDS = new Set([...'yedfoliYEDFOLIàÀеЕыЫаАуУоОцЦлЛиИяЯ', "'", '\u2019', '-', '\u2010', '\u2013'].map((c) => c.charCodeAt(0)));

/**
 * Whether the text before `start` may end with a part of a year: one of its last units before the
 * spaces, as both expressions need.
 */
function mayEndPartOfYear(text: string, start: number): boolean {
  const k = wordSpacesStart(text, start);
  return k > 0 && PART_OF_YEAR_ENDS.has(text.charCodeAt(k - 1));
}

/** The last word of each part of a year, as PART_OF_YEAR ends: "dell" before its apostrophe, "mid" before its hyphen. */
const PART_OF_YEAR_LAST_WORD = /^(?:early|late|mid|of|the|metà|inizio|fine|del|di|dell|trimestre|semestre|середин[еуы]|половин[еуы]|начал[еаоу]|конц[еау]|конец|квартал[еау]?|полугоди[иея])$/iu;
const LONGEST_PART_OF_YEAR_WORD = 'полугодии'.length;

/**
 * Whether the word before `start`, past the spaces and an apostrophe or hyphen, within the units
 * from `from` (those the expressions read), may end a part of a year. A part starts a word, so
 * that word is one of the last words of the parts, spelled in letters of one unit each.
 */
function partOfYearWordBefore(text: string, from: number, start: number): boolean {
  let end = wordSpacesStart(text, start, from);
  if (end > from && PART_OF_YEAR_MARKS.has(text.charCodeAt(end - 1))) end--;
  let wordStart = end;
  while (wordStart > from && end - wordStart <= LONGEST_PART_OF_YEAR_WORD && isUnitWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
  return end - wordStart <= LONGEST_PART_OF_YEAR_WORD && wordStart < end && PART_OF_YEAR_LAST_WORD.test(text.slice(wordStart, end));
}

/** What may stand between a part of a year's last word and the spaces before the year: the apostrophe of "dell'", the hyphen of "mid-". */
const PART_OF_YEAR_MARKS = new Set(["'", '\u2019', '-', '\u2010', '\u2013'].map((c) => c.charCodeAt(0)));

/** Whether a unit is a letter or digit on its own (half of a pair never is). */
const isUnitWordChar = (code: number) => !isSurrogate(code) && (unitClass(code) & (LETTER | NUMBER)) !== 0;

/** "first", "seconda", "третьем", "last"…: which half or quarter, from the ordinal's first letters. */
const PART_ORDINALS: readonly [RegExp, number][] = [
  [/^(?:first|prim|перв)/iu, 1],
  [/^(?:second|втор)/iu, 2],
  [/^(?:third|terz|трет)/iu, 3],
  [/^(?:fourth|quart|четв)/iu, 4],
];
/** A half's or a quarter's noun, and how many months it spans. */
const PART_SIZES: readonly [RegExp, number][] = [
  [/(?:half|metà|semestre|половин|полугоди)/iu, 6],
  [/(?:quarter|trimestre|квартал)/iu, 3],
];

/**
 * The months of the half or quarter of `year` that a part of a year names ("the second half of",
 * "il primo trimestre del", "в первом полугодии"): "2026-07/2026-12"; undefined for a vaguer part
 * ("mid-", "l'inizio del", "в конце") or a half without its ordinal ("a metà").
 */
function partOfYearMonths(part: string, year: string): string | undefined {
  const size = PART_SIZES.find(([noun]) => noun.test(part))?.[1];
  if (size === undefined) return undefined;
  const word = part.trim().toLowerCase();
  const n = /^(?:last|ultimo)/.test(word) ? 12 / size : PART_ORDINALS.find(([ordinal]) => ordinal.test(word))?.[1];
  if (n === undefined || n > 12 / size) return undefined;
  return `${year}-${pad((n - 1) * size + 1)}/${year}-${pad(n * size)}`;
}

/** Where the part of a year written just before `start` begins, if one is. */
function partOfYearBefore(text: string, start: number): number | undefined {
  if (!mayEndPartOfYear(text, start)) return undefined;
  // "second half of the " and "seconda metà dell'" are the longest parts.
  const from = Math.max(0, start - 24);
  if (!partOfYearWordBefore(text, from, start)) return undefined;
  const before = text.slice(from, start);
  const m = PART_OF_YEAR_HYPHENED.exec(before) ?? PART_OF_YEAR.exec(before);
  if (!m) return undefined;
  if (m[0].endsWith(' ') || m[0].endsWith('\u00a0') || /['’‐–-]$/.test(m[0])) return start - m[0].length;
  return undefined; // a part word glued to the year is no part of it
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Month numbers by the name as a date writes it (in its case, with its full stop). */
const monthsAsWritten = new KeptAsWritten((name) => MONTHS[name.toLowerCase().replace(/\.$/, '')]);
const monthOf = (name: string): number => monthsAsWritten.get(name);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * Whether day `day` of month `month` is a day of `year`, as a date made of them that does not roll
 * over into the next month says: counted for the years and days the expressions read, and asked of
 * a Date otherwise (which reads a year under 100 as one of the 1900s).
 */
function isDayOfYear(year: number, month: number, day: number): boolean {
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1) {
    return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
  }
  return new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
}

function isoDay(year: number | undefined, month: number, day: number): string | undefined {
  if (year !== undefined) {
    if (!isDayOfYear(year, month, day)) return undefined; // 31 November
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  if (day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]) return undefined;
  return `--${pad(month)}-${pad(day)}`;
}

/**
 * A range from day d1 of month m1 to day d2 of month m2, with the year written at its end (or the
 * reference year): both ends take it, except that a range over the new year (30 December -
 * 2 January 2023) starts in the year before.
 */
function monthsRange(year: number | undefined, m1: number, d1: number, m2: number, d2: number): string | undefined {
  if (m1 === m2 && d1 > d2) return undefined;
  const from = isoDay(year !== undefined && m1 > m2 ? year - 1 : year, m1, d1);
  const to = isoDay(year, m2, d2);
  return from && to ? `${from}/${to}` : undefined;
}

/** The span from day `from` to day `to` of one month, when both are days of it and it runs forwards (or is one day). */
function daysRange(year: number | undefined, month: number, from: number, to: number): string | undefined {
  const first = isoDay(year, month, from);
  const last = isoDay(year, month, to);
  return first && last && from <= to ? `${first}/${last}` : undefined;
}

/** The span from year `from` to year `to`, when it runs forwards. */
const yearsSpan = (from: string, to: string): string | undefined => (Number(from) < Number(to) ? `${from}/${to}` : undefined);
/** "2022-23": the second year by its last two digits, a later year of the same century a few years on at most ("2025-11", a month, is no span). */
function shortYearsSpan(from: string, lastTwo: string): string | undefined {
  const first = Number(from);
  const to = first - (first % 100) + Number(lastTwo);
  return to > first && to - first <= 10 ? `${from}/${to}` : undefined;
}

/** Forms whose groups are another form's, read as that form's: only the words before the first day differ. */
const READ_AS: Record<string, string> = { rangeItalianElided: 'rangeItalian', rangeItalianElidedMonths: 'rangeItalianMonths' };

/** The ISO form of a date that form `name` matched, its groups from `g[1]` on (as a match holds them). */
function toIso(name: string, g: readonly string[], referenceYear: number | undefined): string | undefined {
  if (NUMERIC_FORMS.has(name)) return numericIso(name, g, referenceYear);
  const year = (s: string | undefined) => (s ? Number(s) : referenceYear);
  switch (READ_AS[name] ?? name) {
    case 'rangeBetween': {
      // The first day is in the group of the opening word that was written.
      const [, d1en, d1ru, d1night, d2, m, y] = g;
      const d1 = d1en ?? d1ru ?? d1night;
      return Number(d1) < Number(d2) ? daysRange(year(y), monthOf(m), Number(d1), Number(d2)) : undefined;
    }
    case 'rangeItalian':
    case 'rangeEnglish':
    case 'rangeRussian':
    case 'rangeItalianBetween':
    case 'rangeDashDay': {
      const [, d1, d2, m, y] = g;
      return daysRange(year(y), monthOf(m), Number(d1), Number(d2));
    }
    case 'rangeDashMonth': {
      const [, m, d1, d2, y] = g;
      return daysRange(year(y), monthOf(m), Number(d1), Number(d2));
    }
    case 'rangeAndDays':
    case 'rangeAndMonthFirst': {
      const [d1, d2, m, y] = name === 'rangeAndDays' ? [g[1], g[2], g[3], g[4]] : [g[2], g[3], g[1], g[4]];
      return Number(d2) === Number(d1) + 1 ? daysRange(year(y), monthOf(m), Number(d1), Number(d2)) : undefined;
    }
    case 'rangeBetweenMonths':
    case 'rangeItalianBetweenMonths':
    case 'rangeItalianMonths':
    case 'rangeEnglishMonths':
    case 'rangeRussianMonths':
    case 'rangeRussianBetweenMonths': {
      const [, d1, m1, d2, m2, y] = g;
      return monthsRange(year(y), monthOf(m1), Number(d1), monthOf(m2), Number(d2));
    }
    case 'rangeYearsOpened':
      // The first year is in the group of the opening word that was written.
      return yearsSpan(g[1] ?? g[2] ?? g[3] ?? g[4], g[5]);
    case 'rangeBetweenMonthFirst':
    case 'rangeEnglishMonthFirst': {
      const [, m1, d1, m2, d2, y] = g;
      return monthsRange(year(y), monthOf(m1), Number(d1), monthOf(m2 ?? m1), Number(d2));
    }
    case 'dayMonth': {
      const [, d1, m1, d2, m2, y] = g;
      return m2 ? monthsRange(year(y), monthOf(m1), Number(d1), monthOf(m2), Number(d2)) : isoDay(year(y), monthOf(m1), Number(d1));
    }
    case 'monthDay': {
      const [, m1, d1, m2, d2, y] = g;
      return m2 ? monthsRange(year(y), monthOf(m1), Number(d1), monthOf(m2), Number(d2)) : isoDay(year(y), monthOf(m1), Number(d1));
    }
    case 'monthYear': {
      const [, m, y] = g;
      return `${y}-${pad(monthOf(m))}`;
    }
    case 'rangeItalianBetweenYears':
    case 'yearRange':
      return g[3] === undefined ? yearsSpan(g[1], g[2]) : shortYearsSpan(g[1], g[3]);
    case 'decade': {
      const [, y] = g;
      return Number(y) % 10 === 0 ? `${y}/${Number(y) + 9}` : undefined;
    }
    case 'decadeRussian':
      return `19${g[1]}/19${Number(g[1]) + 9}`;
    case 'decadeItalian': {
      const [, short, full] = g;
      const first = full ? Number(full) : 1900 + Number(short);
      return `${first}/${first + 9}`;
    }
    case 'year':
      return g[1];
    case 'iso': {
      const [, y, m, d] = g;
      return isoDay(Number(y), Number(m), Number(d));
    }
  }
  return undefined;
}

/** The forms `numericIso` reads. */
const NUMERIC_FORMS = new Set(['numeric', 'numericRange', 'numericItalian', 'numericEnglish', 'agencyStamp']);

/** `toIso` of the forms that write a day's month in figures, or its year in two. */
function numericIso(name: string, g: readonly string[], referenceYear: number | undefined): string | undefined {
  switch (name) {
    case 'numeric':
      return isoDay(Number(g[3]), Number(g[2]), Number(g[1]));
    case 'numericRange': {
      const [, d1, d2, m, y] = g;
      return Number(d1) < Number(d2) ? daysRange(Number(y), Number(m), Number(d1), Number(d2)) : undefined;
    }
    case 'numericItalian':
      return isoDay(referenceYear, Number(g[2]), Number(g[1]));
    case 'numericEnglish':
      return isoDay(referenceYear, Number(g[1]), Number(g[2]));
    case 'agencyStamp':
      return isoDay(2000 + Number(g[3]), monthOf(g[2]), Number(g[1]));
  }
  return undefined;
}

/**
 * Every date in the text, with its ISO form. A date without a year takes `referenceYear` (the
 * article's own dateline year), or the year after when a sentence announces it in a month before
 * the article's day; without one it is given as `--MM-DD`. Invisible characters (a
 * soft hyphen, a zero-width space) do not stop a date; its span covers them.
 */
export function findDates(text: string, referenceYear?: number, articleDay?: string): Mention[] {
  return findDatesIn(text, withoutInvisibles(text), referenceYear, articleDay);
}

/**
 * `findDates`, given what `withoutInvisibles(text)` gives, for callers that need it too. Dates
 * written without a number (weekdays, months after a preposition) are found too, a weekday only
 * when the article's day (YYYY-MM-DD) is known. `words`, when given, are those of the visible text
 * (`wordsOf`), read once for dates and candidate names.
 */
export function findDatesIn(text: string, visible: FoldedText | undefined, referenceYear: number | undefined, articleDay?: string, words?: TextWords): Mention[] {
  const find = (t: string) => {
    // One walk over the words finds where numbered dates may start and the dates without a number.
    const wordDates = new WordDateFinder(t, { year: referenceYear, day: articleDay });
    const numbered = findVisibleDates(t, referenceYear, wordDates, words);
    const worded = wordDates.found;
    return inYearsNamedBefore(t, withListedDays(t, joinedRanges(t, worded.length === 0 ? numbered : numbered.concat(worded))), storyYearRule(t, articleDay, wordDates, words));
  };
  return visible ? inOriginal(find(visible.text), visible, text) : find(text);
}

// A range whose ends are dates of their own, a month or a year with or without a part of it:
// "between late 2023 and early 2024", "from October 2023 to March 2024", "tra la fine del 2023 e
// l'inizio del 2024", "dall'ottobre 2023 al marzo 2024", "с конца 2023 по начало 2024 года". The
// forms above read ranges of days and of bare years; these are found as two dates, then joined
// into one span when a word that opens a range comes before the first and one that closes it
// stands between them. The opening word stays outside the span, as in the forms' ranges.
const RANGE_OPENED = /(?<![\p{L}\p{N}])(?:between|from|tra|fra|dal|dall['’]|с|со|от|между)(?:[ \u00a0]+(?:the|la|il))?[ \u00a0]*$/iu;
const RANGE_CLOSED = /^[ \u00a0]+(?:and|to|through|until|e|al|по|и|до)(?:[ \u00a0]+(?:the|il|la)[ \u00a0]+|[ \u00a0]+l['’]|l['’]|[ \u00a0]+)$/iu;
/** The longest text the two expressions read: "between the " before the first date, " through the " between. */
const RANGE_WORDS_MAX = 14;

/** Whether a date's canonical value is one date (no range) that `other`, later in the text, may close a range with. */
function mayOpenRangeWith(first: Mention, second: Mention): boolean {
  const a = first.iso;
  const b = second.iso;
  if (!a || !b || a.includes('/') || b.includes('/')) return false;
  // Both written with a number, so a weekday named alone does not join ("from Monday to 5 May").
  if (!/\d/.test(first.text) || !/\d/.test(second.text)) return false;
  // The start comes first: compared on the precision both have ("2023" and "2024-03" on the year).
  const precision = Math.min(a.length, b.length);
  return a.slice(0, precision) < b.slice(0, precision);
}

/** Whether `first` and `second`, the next date after it, are the ends of a range (see RANGE_OPENED). */
function isRange(text: string, first: Mention, second: Mention): boolean {
  return (
    second.start - first.end <= RANGE_WORDS_MAX &&
    mayOpenRangeWith(first, second) &&
    RANGE_CLOSED.test(text.slice(first.end, second.start)) &&
    RANGE_OPENED.test(text.slice(Math.max(0, first.start - RANGE_WORDS_MAX), first.start))
  );
}

/**
 * `dates` with each range written as two dates (see RANGE_OPENED) joined into one where its first
 * date was, and the dates within a joined range left out; the others as they were, in their order.
 */
function joinedRanges(text: string, dates: Mention[]): Mention[] {
  if (dates.length < 2) return dates;
  const sorted = [...dates].sort((x, y) => x.start - y.start || y.end - x.end);
  const joinedAt = new Map<Mention, Mention>();
  const within = new Set<Mention>();
  let joinedTo = -1;
  for (let k = 0; k < sorted.length; k++) {
    const first = sorted[k];
    if (first.end <= joinedTo) {
      within.add(first);
      continue;
    }
    let next = k + 1;
    while (next < sorted.length && sorted[next].start < first.end) next++;
    const second = sorted[next];
    if (second === undefined || !isRange(text, first, second)) continue;
    joinedAt.set(first, { start: first.start, end: second.end, text: text.slice(first.start, second.end), type: 'date', iso: `${first.iso}/${second.iso}` });
    joinedTo = second.end;
  }
  if (joinedAt.size === 0) return dates;
  const result: Mention[] = [];
  for (const date of dates) if (!within.has(date)) result.push(joinedAt.get(date) ?? date);
  return result;
}

/**
 * Days listed before a day with its month, which they share: "14 и 16 сентября", "on 3, 5 and 9
 * October", "il 14 e 16 settembre". Each earlier day is a date of its own, in that month and year
 * (two days in a row are a range, read as one date before this). A day must be earlier than the
 * one after it, and no letter, digit or comma stands before the list.
 */
const DAYS_LISTED_BEFORE = /(?<![\p{L}\p{N}.,])((?:(?:[12]\d|3[01]|0?[1-9]),[ \u00a0]+)*(?:[12]\d|3[01]|0?[1-9]))[ \u00a0]+(?:and|e|и)[ \u00a0]+$/u;

const ONE_DAY = /^(?:\d{4}|-)-\d\d-\d\d$/;

/**
 * Days listed after a day written after its month, which they share, in English: "September 14
 * and 16, 2022", "on Oct. 3, 5 and 9". Each later day is a date of its own, in that month; a
 * year after the last day is every listed day's, and is part of the last one's span, as in
 * "October 2, 2022". A day must be later than the one before it, and the list must end where a
 * date may ("and 16 soldiers" is a count): at a year, at punctuation, at the text's end, or
 * before "in", "at" or "respectively". (Two days in a row are a range, read before this.)
 */
const DAYS_LISTED_AFTER =
  /^((?:,[ \u00a0]*(?:[12]\d|3[01]|0?[1-9]))*),?[ \u00a0]+(?:and|or)[ \u00a0]+([12]\d|3[01]|0?[1-9])(?:(,?[ \u00a0]+(?:19|20)\d\d)(?![\p{L}\p{N}])|(?=[ \u00a0]*(?:$|[.,;:!?)\]»”"](?!\d)|[ \u00a0](?:in|at|respectively)(?![\p{L}\p{N}]))))/u;
/** A day written after its month, the day its last word: "September 14", "Oct. 3", "Tuesday, September 14". */
const MONTH_THEN_DAY = /^(?:\p{L}+,?[ \u00a0]+)?\p{L}+\.?[ \u00a0]+\d{1,2}$/u;

/** `dates` with the days listed before or after each day with its month (DAYS_LISTED_BEFORE, DAYS_LISTED_AFTER), each on its side of that date. */
function withListedDays(text: string, dates: Mention[]): Mention[] {
  let result: Mention[] | undefined;
  for (let k = 0; k < dates.length; k++) {
    const before = daysListedBefore(text, dates[k]);
    const after = daysListedAfter(text, dates[k]);
    if (before.length > 0 || after !== undefined) result ??= dates.slice(0, k);
    if (result) result.push(...before, ...(after ?? [dates[k]]));
  }
  return result ?? dates;
}

/**
 * `date`, a day written after its month, and the days listed after it, as dates in its month
 * (the year the last one is written with, if any, is every one's); undefined when no list follows.
 */
function daysListedAfter(text: string, date: Mention): Mention[] | undefined {
  const iso = date.iso;
  if (iso === undefined || !ONE_DAY.test(iso) || !isDigit(text.charCodeAt(date.end - 1)) || !MONTH_THEN_DAY.test(date.text)) return undefined;
  const list = DAYS_LISTED_AFTER.exec(text.slice(date.end, date.end + 60));
  if (!list) return undefined;
  const days = [Number(iso.slice(-2)), ...list[1].split(',').slice(1).map(Number), Number(list[2])];
  const month = Number(iso.slice(-5, -3));
  const yearWritten = list[3] === undefined ? undefined : Number(list[3].replace(/\D/g, ''));
  const year = yearWritten ?? (iso.startsWith('-') ? undefined : Number(iso.slice(0, 4)));
  const isos = days.map((day) => isoDay(year, month, day));
  if (isos.some((day) => day === undefined) || days.some((day, k) => k > 0 && day <= days[k - 1])) return undefined;
  const found: Mention[] = [{ ...date, iso: isos[0] }];
  // The listed days' digits, in order; the year's come after them.
  const written = [...list[0].matchAll(/\d+/g)];
  for (let k = 1; k < days.length; k++) {
    const start = date.end + written[k - 1].index;
    const end = k === days.length - 1 && yearWritten !== undefined ? date.end + list[0].length : start + written[k - 1][0].length;
    found.push({ start, end, text: text.slice(start, end), type: 'date', iso: isos[k] });
  }
  return found;
}

/** How far back in its line a day without a year looks for its month named with a year. */
const MONTH_NAMED_BEFORE_MAX = 1000;
/** Whether a date opens with a weekday ("Friday, January 7", "lunedì 14 giugno"): its weekday must fall on it. */
const opensWithWeekday = (written: string) => WEEKDAY_NUMBERS.has(/^\p{L}+/u.exec(written)?.[0].toLowerCase() ?? '');

/**
 * `dates` with each day written without a year in the year its month was last named with one, in
 * its line: "In January 2022 CSTO forces entered … The first units arrived on January 7", "с 20
 * сентября 2022 года … завершились 25 сентября". The story's month, not the article's year (a
 * report of March 2023 looking back). Only the line is read, as the incremental recognizer cuts
 * the text at line ends. A day `inStoryYear` refuses keeps its year.
 */
function inYearsNamedBefore(text: string, dates: Mention[], inStoryYear: (date: Mention, iso: string) => boolean): Mention[] {
  if (dates.length < 2) return dates;
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  let moved: Map<Mention, Mention> | undefined;
  for (let k = 1; k < byStart.length; k++) {
    const date = byStart[k];
    const iso = date.iso;
    if (iso === undefined || !ONE_DAY.test(iso) || FOUR_DIGITS.test(date.text)) continue;
    const month = iso.slice(-5, -3);
    const named = namedWithYearBefore(text, byStart, k, month, iso.slice(-2)) ?? yearOpeningSentence(text, date);
    if (named === undefined || iso.startsWith(named)) continue;
    if (!isDayOfYear(Number(named), Number(month), Number(iso.slice(-2)))) continue;
    // A date written with its weekday takes the year only where that weekday falls on it then
    // ("In June 2010 … On Monday, June 14": 14 June 2010 was a Monday).
    if (opensWithWeekday(date.text) && inWeekdaysYear(`${named}-${iso.slice(-5)}`, date.text).startsWith('-')) continue;
    const storyIso = `${named}-${iso.slice(-5)}`;
    if (!inStoryYear(date, storyIso)) continue;
    (moved ??= new Map()).set(date, { ...date, iso: storyIso });
  }
  return moved ? dates.map((date) => moved!.get(date) ?? date) : dates;
}

/** The year month `month` (MM) is named with last before date `k` of `byStart` (day `day`, DD), in its line and MONTH_NAMED_BEFORE_MAX units; undefined when it is not. */
function namedWithYearBefore(text: string, byStart: readonly Mention[], k: number, month: string, day: string): string | undefined {
  const date = byStart[k];
  // The gaps between the dates read back, each once.
  let read = date.start;
  for (let j = k - 1; j >= 0; j--) {
    const before = byStart[j];
    if (date.start - before.end > MONTH_NAMED_BEFORE_MAX || lineBreakWithin(text, Math.min(before.end, read), read)) return undefined;
    read = Math.min(read, before.start);
    const written = before.iso !== undefined && FOUR_DIGITS.test(before.text) ? /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(before.iso) : null;
    // A whole day before tells the year of the days after it in its month, not of one before it,
    // which is another event's: "Founded on 8 December 1999, the Union State approved its budget on 6 December".
    if (written && written[2] === month) return written[3] !== undefined && day < written[3] ? undefined : written[1];
  }
  return undefined;
}

/** A year that opens a sentence with "in" ("In 2012,", "Nel 2002", "В 2002 году"), after "back" or "already" at most. */
const YEAR_OPENING_SENTENCE = /^(?:(?:back|already|già|ещё|еще)[ \u00a0]+)?(?:in|nel|в)[ \u00a0]+(\d{4})(?:[ \u00a0]+(?:году|г\.))?(?![\p{L}\p{N}])/iu;

/**
 * The year that opens the sentence of `date` (YEAR_OPENING_SENTENCE), which its days without a
 * year take: "In 2012, Uzbekistan suspended its membership on June 28". Not when another year, or
 * a word of the future, stands between them ("In 2012 … and will meet on June 28").
 */
function yearOpeningSentence(text: string, date: Mention): string | undefined {
  const start = sentenceStartBefore(text, date.start);
  const opening = YEAR_OPENING_SENTENCE.exec(text.slice(start, date.start));
  if (!opening) return undefined;
  const between = text.slice(start + opening[0].length, date.start);
  return FOUR_DIGITS.test(between) || hasFutureWordIn(between) ? undefined : opening[1];
}

/** The days listed before `date`, a day with its month, as dates in its month and year. */
function daysListedBefore(text: string, date: Mention): Mention[] {
  const iso = date.iso;
  // A day with its year (2024-10-09) or without it (--10-09).
  if (iso === undefined || !ONE_DAY.test(iso) || !isDigit(text.charCodeAt(date.start))) return [];
  const from = Math.max(0, date.start - 40);
  const list = DAYS_LISTED_BEFORE.exec(text.slice(from, date.start));
  if (!list) return [];
  const day = Number(iso.slice(-2));
  const found: Mention[] = [];
  let at = from + list.index;
  for (const written of list[1].split(',')) {
    const start = at + written.length - written.trimStart().length;
    const end = start + written.trim().length;
    at += written.length + 1;
    const listed = Number(text.slice(start, end));
    if (listed < day) found.push({ start, end, text: text.slice(start, end), type: 'date', iso: `${iso.slice(0, -2)}${String(listed).padStart(2, '0')}` });
  }
  return found;
}

/** The dates with a number; `wordDates`, if given, is shown the text's words (`words`, if given) on the way. */
function findVisibleDates(text: string, referenceYear: number | undefined, wordDates?: WordDateFinder, words?: TextWords, inPlace = true): Mention[] {
  const found: Mention[] = [];
  // Each form is tried only at the starts where it may match (listed as they were found), in
  // order, as a global scan would: a match hides the starts it covers from the same form.
  const starts = dateStarts(text, wordDates, words);
  const reading = new DateReading();
  for (let form = 0; form < FORM_REGEXES.length; form++) {
    const { name, regex, single, openedByPreposition } = FORM_REGEXES[form];
    const readInPlace = inPlace ? FORM_REGEXES[form].readInPlace : undefined;
    let scannedTo = 0;
    for (const k of starts.byForm[form]) {
      const at = starts.at[k];
      if (at < scannedTo) continue;
      const read = readInPlace ? readInPlace(text, starts.words, starts.word[k], reading) : ASK_EXPRESSION;
      if (read === NO_DATE) continue;
      if (read === DATE_READ) {
        scannedTo = reading.end;
        const year =
          reading.year !== 0
            ? reading.year
            : wordDates
              ? (wordDates.yearSaidAround(at, reading.end, reading.month, reading.day) ?? wordDates.yearOf(starts.words, starts.word[k], reading.month, reading.day))
              : referenceYear;
        const iso = isoDay(year, reading.month, reading.day);
        if (iso) found.push({ start: at, end: reading.end, text: text.slice(at, reading.end), type: 'date', iso });
        continue;
      }
      regex.lastIndex = at;
      let m = regex.exec(text);
      if (!m) continue;
      let iso = DAYS_ALONE.has(name) ? wordDates?.dayOfMonthAlone(starts.words, starts.word[k], Number(m[1]), m[2] === undefined ? undefined : m[2].toLowerCase() === 'prossimo') : toIso(name, m, referenceYear);
      if (!iso && single && m[3] !== undefined) {
        // A range that is no date: its first date, as the form without the range reads it.
        single.lastIndex = at;
        const first = single.exec(text);
        if (first) {
          m = first;
          iso = toIso(name, [first[0], first[1], first[2], '', '', first[3]], referenceYear);
        }
      }
      if (iso && wordDates && referenceYear !== undefined && iso.startsWith(`${referenceYear}-`) && !FOUR_DIGITS.test(m[0]) && !DAYS_ALONE.has(name)) {
        const said = iso.length >= 10 ? wordDates.yearSaidAround(m.index, m.index + m[0].length, Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) : undefined;
        iso = said !== undefined ? iso.replaceAll(`${referenceYear}-`, `${said}-`) : inAnnouncedYear(iso, referenceYear, wordDates, starts.words, starts.word[k]);
      }
      if (iso && referenceYear !== undefined && (name === 'dayMonth' || name === 'monthDay') && !FOUR_DIGITS.test(m[0])) iso = inWeekdaysYear(iso, m[0]);
      scannedTo = at + m[0].length;
      const part = YEAR_FORMS.has(name) ? partOfYearBefore(text, m.index) : undefined;
      if (name === 'year' && part === undefined && !yearIsTime(text, m.index, m.index + m[0].length)) continue;
      if (!iso) continue;
      let matched = m[0];
      if (matched.endsWith('.') && FULL_NAMES.has(matched.slice(0, -1).split(/\s+/).pop()!.toLowerCase())) matched = matched.slice(0, -1);
      const opening = openedByPreposition ? OPENING_PREPOSITION.exec(matched)![0].length : 0;
      const start = part ?? m.index + opening;
      const end = m.index + matched.length;
      if (part !== undefined && name === 'year') iso = partOfYearMonths(text.slice(part, m.index), iso) ?? iso;
      found.push({ start, end, text: text.slice(start, end), type: 'date', iso });
    }
  }
  return found;
}

const FOUR_DIGITS = /\d{4}/;
/** The forms of a day of the month alone, dated from the article's day (`dayOfMonthAlone`). */
const DAYS_ALONE = new Set(['dayAloneEnglish', 'dayAloneItalian', 'dayAloneRussian']);

/**
 * `iso`, a day whose year was not written, without that year when the weekday written with it
 * ("пятницу, 7 ноября") falls on another day in it: the year was not the date's (a dateline's year
 * taken from a birth date), and no other is sure. A date written without a weekday, or a range, is
 * `iso` as it is.
 */
function inWeekdaysYear(iso: string, written: string): string {
  const weekday = WEEKDAY_NUMBERS.get(/^\p{L}+/u.exec(written)?.[0].toLowerCase() ?? '');
  if (weekday === undefined || iso.length !== 10) return iso;
  const [year, month, day] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday ? iso : `--${iso.slice(5)}`;
}

/** `iso`, of a date whose year was not written (`referenceYear`), moved to the year `wordDates` gives its month at the text's word `k`. */
function inAnnouncedYear(iso: string, referenceYear: number, wordDates: WordDateFinder, words: TextWords, k: number): string {
  const year = wordDates.yearOf(words, k, Number(iso.slice(5, 7)), iso.length >= 10 ? Number(iso.slice(8, 10)) : undefined);
  return year === referenceYear ? iso : iso.replaceAll(`${referenceYear}-`, `${year}-`);
}

/**
 * Which days take the year their month was named with before them (`inYearsNamedBefore`): a past
 * report's day after the article's own is no day of that year: the next summit's "November 2025",
 * then "on 27 November" the ministers met, is 27 November of the article's year.
 */
function storyYearRule(text: string, articleDay: string | undefined, wordDates: WordDateFinder, words: TextWords | undefined): (date: Mention, iso: string) => boolean {
  // The text's words, read once when first needed (most texts need them for no date).
  let read = words;
  // A day its sentence announces is to come: not in a year named before that is past ("hosted the
  // last summit on 23 November 2023 and will fly to Astana for the next one on 28 November").
  return (date, iso) => articleDay === undefined || (iso <= articleDay) !== wordDates.announcesAt((read ??= wordsOf(text)), date.start);
}

/**
 * `findDates` with every form read by its expression, none in place: the plain reading that
 * reading days and months in place stands for.
 */
export function findDatesPlainly(text: string, referenceYear?: number, articleDay?: string): Mention[] {
  const visible = withoutInvisibles(text);
  const read = visible?.text ?? text;
  const wordDates = new WordDateFinder(read, { year: referenceYear, day: articleDay });
  const found = withListedDays(read, joinedRanges(read, findVisibleDates(read, referenceYear, wordDates, undefined, false).concat(wordDates.found)));
  const dates = inYearsNamedBefore(read, found, storyYearRule(read, articleDay, wordDates, undefined));
  return visible ? inOriginal(dates, visible, text) : dates;
}

/** How much of an article's opening its dateline is looked for in. */
export const DATELINE_LENGTH = 600;

/**
 * Of the dates in an article's opening lines, the one that is the article's day, YYYY-MM-DD: the
 * first that names a day, and of those first one written with its year or standing as a wire
 * dateline ("MOSCOW, December 2 (Interfax) –", "МОСКВА, 2 декабря. /ТАСС/."): a page's date stamp
 * and an agency's dateline are the day, while a headline announcing an event ("… in Minsk on 25
 * May") seldom has a year. `text`, when given, is the text the dates' offsets are in, to see
 * datelines; without it only the year counts.
 */
export function articleDayAmong(dates: readonly Mention[], text?: string): string | undefined {
  let first: Mention | undefined;
  let firstRank = 2;
  for (const d of dates) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.iso ?? '')) continue;
    const rank = /\d{4}/.test(d.text) || (text !== undefined && isWireDateline(text, d)) ? 0 : 1;
    if (rank < firstRank || (rank === firstRank && d.start < first!.start)) {
      first = d;
      firstRank = rank;
    }
  }
  return first?.iso;
}

/** A city in capitals at a line's start and a comma before the date, as agencies write them: "MOSCOW, ", "NUR-SULTAN, ", "МОСКВА, ". */
const DATELINE_CITY_BEFORE = /^[ \u00a0]*\p{Lu}[\p{Lu}\- \u00a0]*\p{Lu},[ \u00a0]*$/u;
/** The agency or the dash after a dateline's date: " (Interfax) –", ". /ТАСС/.", " –". */
const DATELINE_AFTER = /^\.?[ \u00a0]*(?:\(|\/|[-–—])/;

/** Whether `date` stands in a wire dateline: after a city in capitals and a comma at its line's start, before the agency or a dash. */
function isWireDateline(text: string, date: Mention): boolean {
  let lineStart = date.start;
  while (lineStart > 0 && date.start - lineStart <= 40 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  return date.start - lineStart <= 40 && DATELINE_CITY_BEFORE.test(text.slice(lineStart, date.start)) && DATELINE_AFTER.test(text.slice(date.end, date.end + 4));
}

/**
 * The article's day, YYYY-MM-DD, read from its opening lines (see `articleDayAmong`); a date there
 * without a year takes `year` (the dateline year, or the publication year).
 */
export function datelineDay(text: string, year: number | undefined, headerLength = DATELINE_LENGTH): string | undefined {
  const opening = text.slice(0, headerLength);
  return articleDayAmong(findVisibleDates(opening, year), opening);
}

/**
 * The year for an article's dates written without one: `referenceYear` when asked for; else the
 * year of the day of publication its fact file records (`articleDate`), which is the article's own
 * where the opening's first full date may be the story's ("MOSCOW, Nov 25 (Reuters) – … take office
 * on January 1, 2023"); else the dateline's (`dateline`, `datelineYear` by default); else the year
 * of a publication recorded as a month or a year (`fallbackYear`).
 */
export function articleYear(
  text: string,
  given: { referenceYear?: number; articleDate?: string; fallbackYear?: number },
  dateline: (text: string) => number | undefined = datelineYear,
): number | undefined {
  if (given.referenceYear !== undefined) return given.referenceYear;
  if (given.articleDate !== undefined) return Number(given.articleDate.slice(0, 4));
  return dateline(text) ?? given.fallbackYear;
}

/**
 * The year of the article's dateline: the first date in its opening lines (headline, dateline,
 * byline) written with its day and year. A month with its year there ("since September 2022"), a
 * year alone ("clashes in 2021"), a span of years or a decade is the story's past, not the day it
 * was written, so reports with no such date leave the year open.
 */
export function datelineYear(text: string, headerLength = DATELINE_LENGTH): number | undefined {
  let first: Mention | undefined;
  for (const d of findDates(text.slice(0, headerLength))) {
    if (/^\d{4}-\d{2}-\d{2}(?:\/|$)/.test(d.iso!) && (!first || d.start < first.start)) first = d;
  }
  return first ? Number(first.iso!.slice(0, 4)) : undefined;
}
