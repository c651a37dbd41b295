// People named without a title: a full name of two or three capitalised words where something
// besides the capitals says it is a person's, so that headlines in title case, organizations and
// pairs of places stay out:
//  - a byline or a photo credit: "By Anna Petrova" on a line of its own, "/ Ivan Sidorov, Agency";
//  - a verb of speech or ", who" right after it, with the name's shape of the region (a first name
//    it knows, or a surname ending of the region: -ov, -enko, -yan, -dze, …);
//  - a first name it knows followed by a surname, in Russian in any case ("с Андреем Петровым").
import { russianCaseForms } from './russianForms';
import { caseChanges, LOWERING_CHANGES, RAISING_CHANGES } from './unitCase';

// First names common in the region's news, in Cyrillic (nominative; the other cases are made) and
// in the Latin spellings English and Italian reports use.
const RUSSIAN_FIRST_NAMES =
  'Александр Алексей Анатолий Андрей Антон Аркадий Арсен Артем Артём Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Сергей Станислав Степан Тимур Федор Фёдор Эдуард Юрий Ярослав ' +
  'Алмазбек Бахтияр Ерлан Ильхам Касым Кайрат Марат Нурлан Нурсултан Рустам Садыр Сооронбай Улугбек Шавкат Эмомали Ашот Никол Серж Армен Арам Тигран Ваграм Шахбаз ' +
  'Александра Алла Анастасия Анна Валентина Вера Галина Дарья Екатерина Елена Ирина Людмила Марина Мария Наталья Наталия Нина Ольга Светлана Татьяна Юлия';
const LATIN_FIRST_NAMES =
  'Aleksandr Alexander Alexandr Aleksei Alexei Alexey Anatoly Anatoliy Andrei Andrey Andrej Anton Arkady Boris Dmitry Dmitri Dmitriy Dmitrij Evgeny Yevgeny Evgenij Gennady Georgy Grigory Igor Ilya Ivan Kirill Konstantin Leonid Maxim Maksim Mikhail Michail Nikita Nikolai Nikolay Oleg Pavel Pyotr Ruslan Sergei Sergey Sergej Sergio Stanislav Stanislau Timur Vadim Valery Valeriy Valerij Vasily Viktor Vitaly Vladimir Vladislav Vyacheslav Yaroslav Yuri Yury Alyaksandr Aliaksandr Raman Siarhei Uladzimir ' +
  'Almazbek Bakhtiyar Erlan Yerlan Ilham Kassym Kairat Marat Nurlan Nursultan Rustam Sadyr Sooronbay Sooronbai Ulugbek Shavkat Emomali Ashot Nikol Serzh Armen Aram Tigran Rashid Shehbaz Shahbaz ' +
  'Alla Anastasia Anna Valentina Galina Darya Ekaterina Yekaterina Elena Yelena Irina Lyudmila Maria Natalia Natalya Nina Olga Svetlana Tatiana Tatyana Yulia';

let firstNames: Set<string> | undefined;
/** By the first unit of the first names (all below FIRST_NAME_UNITS), the lengths of those that start with it, one bit each. */
const FIRST_NAME_UNITS = 0x500;
let firstNameLengths: Int32Array | undefined;

/** The first names, in every case form for the Cyrillic ones. */
function knownFirstNames(): Set<string> {
  if (firstNames) return firstNames;
  const names = new Set<string>(LATIN_FIRST_NAMES.split(' '));
  for (const name of RUSSIAN_FIRST_NAMES.split(' ')) {
    names.add(name);
    for (const form of russianCaseForms(name, 'person')) names.add(form);
  }
  return (firstNames = names);
}

/** Whether the word [start, end) of `text` is a known first name: most words are ruled out by their first unit and length, uncopied. */
function isKnownFirstNameAt(text: string, start: number, end: number): boolean {
  const lengths = (firstNameLengths ??= lengthsByFirstUnit(knownFirstNames()));
  const first = text.charCodeAt(start);
  const length = end - start;
  return first < FIRST_NAME_UNITS && length < 32 && (lengths[first] & (1 << length)) !== 0 && knownFirstNames().has(text.slice(start, end));
}

function lengthsByFirstUnit(names: Iterable<string>): Int32Array {
  const lengths = new Int32Array(FIRST_NAME_UNITS);
  for (const name of names) {
    if (name.charCodeAt(0) >= FIRST_NAME_UNITS || name.length >= 32) throw new Error(`first name out of the table: ${name}`);
    lengths[name.charCodeAt(0)] |= 1 << name.length;
  }
  return lengths;
}

// Surname endings of the region, in Latin and Cyrillic, the Russian cases included.
const SURNAME_ENDING =
  /(?:ov|ev|yov|ova|eva|in|ina|yn|sky|skiy|ski|skaya|enko|uk|yuk|chuk|yan|ian|dze|shvili|ich|vich|uly|kyzy|ыч|ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|енко|ук|ян|дзе|швили|ович|евич|ова|ову|овым|ове|ева|еву|евым|еве|ину|иным|ине|ского|скому|ским|ском|ой|ую)$/;

const PATRONYMIC = /(?:vich|vna|ович|евич|овна|евна|ича|ичу|ичем|иче|овны|овне|овной|евны|евне|евной)$/;

/** Whether a word is a first name common in the region (a Cyrillic one in any case). */
export function isKnownFirstName(word: string): boolean {
  return knownFirstNames().has(word);
}

/** Whether a word ends as the region's surnames do (-ov, -enko, -yan, -dze…, the Russian cases included). */
export function hasSurnameEnding(word: string): boolean {
  return SURNAME_ENDING.test(word);
}

/** Whether a word ends as a patronymic does (-vich, -vna, -ович, -овна…, the Russian cases included). */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word);
}

// Verbs of speech, and ", who", right after a name: English, Italian, Russian.
const WHO = ['who', 'che', 'который', 'которая'];
const SPEECH_VERBS = [
  'said', 'says', 'told', 'added', 'stressed', 'noted', 'ha detto', 'ha dichiarato', 'ha affermato', 'ha aggiunto', 'ha spiegato', 'ha sottolineato',
  'заявил', 'заявила', 'сказал', 'сказала', 'сообщил', 'сообщила', 'отметил', 'отметила', 'подчеркнул', 'подчеркнула',
];
const SPEECH_AFTER = new RegExp(`^(?:,[ \\u00a0]+(?:${WHO.join('|')})|[ \\u00a0]+(?:${SPEECH_VERBS.join('|')}))(?![\\p{L}\\p{N}])`, 'u');
/** The units those words start with: after most names another one follows, and the expression is not tried. */
const SPEECH_FIRST_UNITS = new Set([...WHO, ...SPEECH_VERBS].map((w) => w.charCodeAt(0)));

/** Whether SPEECH_AFTER may match the 40 units from `at`: a comma or not, spaces, then a unit one of its words starts with. */
function mayBeSpeechAfter(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 40);
  let k = at < limit && text.charCodeAt(at) === 0x2c ? at + 1 : at;
  const spaces = k;
  while (k < limit && isNarrowSpace(text.charCodeAt(k))) k++;
  return k > spaces && k < limit && SPEECH_FIRST_UNITS.has(text.charCodeAt(k));
}

function isNarrowSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}
const CREDIT_BEFORE = /(?:(?:Photo|Foto|Фото)[ \u00a0]*:|©|\/)[ \u00a0]*$/u;

/** Whether ":", "©" or "/" comes before `at` and the spaces before it: what CREDIT_BEFORE needs there. */
function creditMarkBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isNarrowSpace(text.charCodeAt(k - 1))) k--;
  const code = k > 0 ? text.charCodeAt(k - 1) : -1;
  return code === 0x3a || code === 0xa9 || code === 0x2f;
}

/** Capitals that start words yet never start a person's name in these positions. */
const NOT_A_NAME_START = new Set(['By', 'The', 'A', 'An', 'In', 'On', 'At', 'Il', 'La', 'Lo', 'Le', 'Gli', 'Un', 'Una', 'В', 'На', 'По']);

/** Words of institutions and of headlines, never part of a person's name. */
const NOT_NAME_WORDS = new Set(
  ('Ministry Ministries Council Committee Office Service Agency Press News Staff Forces Army Bank Fund Union Party Assembly Parliament Government ' +
    'Court Centre Center University Institute Academy School Group Company Corporation Television Radio Channel Department Command District ' +
    'Security Defence Defense Foreign Affairs Interior State Republic Federation National International Joint Collective Eurasian Central ' +
    'Ministero Consiglio Comitato Ufficio Servizio Agenzia Stampa Forze Esercito Banca Fondo Partito Assemblea Parlamento Governo Difesa Esteri Stato Repubblica ' +
    'Министерство Министерства Совет Совета Комитет Комитета Служба Службы Агентство Агентства Правительство Правительства Штаб Штаба Силы Армия Банк Партия Республика Республики Федерация Федерации').split(' '),
);

export interface ShapeWord {
  start: number;
  end: number;
}

/**
 * Whether a word of two units or more that starts with the units `first` and `second` is
 * capitalised: a capital, then a small letter ("Ivan", not "ivan" nor "IVAN"). Read from the
 * codes, which the scan of the words has read already.
 */
export function capitalisedStart(first: number, second: number): boolean {
  if (first < 0x80 && second < 0x80) return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
  // Cyrillic: А–Я, then а–я or ё.
  if (first >= 0x400 && first <= 0x4ff && second >= 0x400 && second <= 0x4ff) return first >= 0x400 && first <= 0x42f && second >= 0x430 && second <= 0x45f;
  return (caseChanges(first) & LOWERING_CHANGES) !== 0 && (caseChanges(second) & RAISING_CHANGES) !== 0;
}

/**
 * Calls `add(words, cue)` for each run of two or three capitalised words that names a person by
 * its shape and what surrounds it, given the text's words in order (`capitalised` or `other` for
 * each, then `end`), so that one scan of the words serves it and the search for titles.
 * `skip(start, end)` is true for words already recognized.
 */
export class NamesByShape {
  // The run of capitalised words being read, by offsets: most runs are one word long and end
  // at the next word, so words become objects only for a run of two or more.
  private readonly runStarts: number[] = [];
  private readonly runEnds: number[] = [];
  private runLength = 0;

  constructor(
    private readonly text: string,
    private readonly skip: (start: number, end: number) => boolean,
    private readonly add: (words: ShapeWord[], cue: string) => void,
  ) {}

  /** The next word, capitalised (`capitalisedStart`). */
  capitalised(start: number, end: number): void {
    const { text, runStarts, runEnds } = this;
    // A name's words stand next to each other with one space, or a hyphen inside a double name.
    if (this.runLength > 0) {
      const lastEnd = runEnds[this.runLength - 1];
      const gap = start - lastEnd === 1 ? text.charCodeAt(lastEnd) : -1;
      if (gap === 0x2d) {
        runEnds[this.runLength - 1] = end;
        return;
      }
      if (gap !== 0x20 && gap !== 0xa0) this.flush();
    }
    runStarts[this.runLength] = start;
    runEnds[this.runLength++] = end;
  }

  /** The next word, not capitalised. */
  other(): void {
    if (this.runLength > 0) this.flush();
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.runLength >= 2) {
      const run: ShapeWord[] = [];
      for (let k = 0; k < this.runLength; k++) run.push({ start: this.runStarts[k], end: this.runEnds[k] });
      evaluate(this.text, run, this.skip, this.add);
    }
    this.runLength = 0;
  }
}

function evaluate(text: string, run: ShapeWord[], skip: (start: number, end: number) => boolean, add: (words: ShapeWord[], cue: string) => void): void {
  const word = (w: ShapeWord) => text.slice(w.start, w.end);
  const free = (words: ShapeWord[]) =>
    words.every((w) => !skip(w.start, w.end) && !NOT_NAME_WORDS.has(word(w))) && !NOT_A_NAME_START.has(word(words[0]));
  const sentenceStart = (at: number) => /(?:^|[.!?…:;»"”\n])[ \t\u00a0]*$/.test(text.slice(Math.max(0, at - 8), at));
  const lineStart = (at: number) => /(?:^|\n)[ \t\u00a0]*$/.test(text.slice(Math.max(0, at - 20), at));
  // A byline: "By" and the name, on a line of its own.
  if (run[0].end - run[0].start === 2 && text.startsWith('By', run[0].start) && run.length >= 3 && run.length <= 4 && lineStart(run[0].start)) {
    const name = run.slice(1);
    if (free(name)) add(name, 'By');
    return;
  }
  // A photo credit: "/ Name Surname," or "Photo: Name Surname", the agency after a comma.
  const runEnd = run[run.length - 1].end;
  if (
    run.length <= 3 &&
    creditMarkBefore(text, run[0].start) &&
    CREDIT_BEFORE.test(text.slice(Math.max(0, run[0].start - 12), run[0].start)) &&
    /^(?:,|[ \t]*(?:\n|$))/.test(text.slice(runEnd, runEnd + 40))
  ) {
    if (free(run)) add(run, 'credit');
    return;
  }
  // A first name the region uses, then a surname (or a patronymic and a surname).
  for (let i = 0; i + 1 < run.length; i++) {
    if (!isKnownFirstNameAt(text, run[i].start, run[i].end)) continue;
    const length = i + 2 < run.length && PATRONYMIC.test(word(run[i + 1])) ? 3 : 2;
    // The name ends the run, and what comes before it in the run is a name already recognized
    // ("CIS Sergey …", "Пакистана Шахбазом …") or one word starting a sentence ("Yesterday Sergey
    // Lebedev"): else it is part of a longer name ("Santa Maria Novella").
    const knownBefore = run.slice(0, i).every((w) => skip(w.start, w.end));
    if (i + length !== run.length || (!knownBefore && (i > 1 || !sentenceStart(run[0].start)))) return;
    const name = run.slice(i, i + length);
    if (free(name)) add(name, 'first name');
    return;
  }
  // A verb of speech after a name of the region's shape.
  const speech = mayBeSpeechAfter(text, runEnd) ? SPEECH_AFTER.exec(text.slice(runEnd, runEnd + 40)) : null;
  if (speech) {
    // Two words, or three with a patronymic in the middle: a word before them starts the sentence.
    const patronymic = run.length >= 3 && PATRONYMIC.test(word(run[run.length - 2]));
    const name = run.slice(patronymic ? -3 : -2);
    if (SURNAME_ENDING.test(word(name[name.length - 1])) && free(name)) add(name, speech[0].replace(/^[,\s]+/, ''));
  }
}
