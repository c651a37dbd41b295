// A copy of src/core/recognizer/personShape.ts (its imports aside) as it was before recognition's single word walk and its
// cheap tests before expressions: the reference that test/unit/recognizeUnchanged.test.ts holds the recognizer to.
// People named without a title: a full name of two or three capitalised words where something
// besides the capitals says it is a person's, so that headlines in title case, organizations and
// pairs of places stay out:
//  - a byline or a photo credit: "By Anna Petrova" on a line of its own, "/ Ivan Sidorov, Agency";
//  - a verb of speech or ", who" right after it, with the name's shape of the region (a first name
//    it knows, or a surname ending of the region: -ov, -enko, -yan, -dze, …);
//  - a first name it knows followed by a surname, in Russian in any case ("с Андреем Петровым").
import { russianCaseForms } from '../../../src/core/recognizer/russianForms';

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

// Surname endings of the region, in Latin and Cyrillic, the Russian cases included.
const SURNAME_ENDING =
  /(?:ov|ev|yov|ova|eva|in|ina|yn|sky|skiy|ski|skaya|enko|uk|yuk|chuk|yan|ian|dze|shvili|ich|vich|uly|kyzy|ыч|ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|енко|ук|ян|дзе|швили|ович|евич|ова|ову|овым|ове|ева|еву|евым|еве|ину|иным|ине|ского|скому|ским|ском|ой|ую)$/;

const PATRONYMIC = /(?:vich|vna|ович|евич|овна|евна|ича|ичу|ичем|иче|овны|овне|овной|евны|евне|евной)$/;

// Verbs of speech, and ", who", right after a name: English, Italian, Russian.
const SPEECH_AFTER = /^(?:,[ \u00a0]+(?:who|che|который|которая)|[ \u00a0]+(?:said|says|told|added|stressed|noted|ha detto|ha dichiarato|ha affermato|ha aggiunto|ha spiegato|ha sottolineato|заявил|заявила|сказал|сказала|сообщил|сообщила|отметил|отметила|подчеркнул|подчеркнула))(?![\p{L}\p{N}])/u;
const CREDIT_BEFORE = /(?:(?:Photo|Foto|Фото)[ \u00a0]*:|©|\/)[ \u00a0]*$/u;

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

/** A capital, then a small letter: "Ivan", not "ivan" nor "IVAN". Most words are read from two codes. */
function isCapitalisedWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (first < 0x80 && second < 0x80) return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
  // Cyrillic: А–Я, then а–я or ё.
  if (first >= 0x400 && first <= 0x4ff && second >= 0x400 && second <= 0x4ff) return first >= 0x400 && first <= 0x42f && second >= 0x430 && second <= 0x45f;
  const a = text[start];
  const b = text[start + 1];
  return a !== a.toLowerCase() && b !== b.toUpperCase();
}

/**
 * Calls `add(words, cue)` for each run of two or three capitalised words that names a person by
 * its shape and what surrounds it, given the text's words in order (`word`, then `end`), so that
 * one scan of the words serves it and the search for titles. `skip(start, end)` is true for words
 * already recognized.
 */
export class NamesByShape {
  private run: ShapeWord[] = [];

  constructor(
    private readonly text: string,
    private readonly skip: (start: number, end: number) => boolean,
    private readonly add: (words: ShapeWord[], cue: string) => void,
  ) {}

  word(start: number, end: number): void {
    const { text, run } = this;
    if (!isCapitalisedWord(text, start, end)) {
      if (run.length > 0) this.flush();
      return;
    }
    // A name's words stand next to each other with one space, or a hyphen inside a double name.
    if (run.length > 0) {
      const last = run[run.length - 1];
      const gap = start - last.end === 1 ? text.charCodeAt(last.end) : -1;
      if (gap === 0x2d) {
        run[run.length - 1] = { start: last.start, end };
        return;
      }
      if (gap !== 0x20 && gap !== 0xa0) this.flush();
    }
    this.run.push({ start, end });
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.run.length >= 2) evaluate(this.text, this.run, this.skip, this.add);
    this.run = [];
  }
}


function evaluate(text: string, run: ShapeWord[], skip: (start: number, end: number) => boolean, add: (words: ShapeWord[], cue: string) => void): void {
  const word = (w: ShapeWord) => text.slice(w.start, w.end);
  const free = (words: ShapeWord[]) =>
    words.every((w) => !skip(w.start, w.end) && !NOT_NAME_WORDS.has(word(w))) && !NOT_A_NAME_START.has(word(words[0]));
  const sentenceStart = (at: number) => /(?:^|[.!?…:;»"”\n])[ \t\u00a0]*$/.test(text.slice(Math.max(0, at - 8), at));
  const lineStart = (at: number) => /(?:^|\n)[ \t\u00a0]*$/.test(text.slice(Math.max(0, at - 20), at));
  // A byline: "By" and the name, on a line of its own.
  if (word(run[0]) === 'By' && run.length >= 3 && run.length <= 4 && lineStart(run[0].start)) {
    const name = run.slice(1);
    if (free(name)) add(name, 'By');
    return;
  }
  // A photo credit: "/ Name Surname," or "Photo: Name Surname", the agency after a comma.
  const after = text.slice(run[run.length - 1].end, run[run.length - 1].end + 40);
  if (run.length <= 3 && CREDIT_BEFORE.test(text.slice(Math.max(0, run[0].start - 12), run[0].start)) && /^(?:,|[ \t]*(?:\n|$))/.test(after)) {
    if (free(run)) add(run, 'credit');
    return;
  }
  // A first name the region uses, then a surname (or a patronymic and a surname).
  const names = knownFirstNames();
  for (let i = 0; i + 1 < run.length; i++) {
    if (!names.has(word(run[i]))) continue;
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
  const speech = SPEECH_AFTER.exec(after);
  if (speech) {
    // Two words, or three with a patronymic in the middle: a word before them starts the sentence.
    const patronymic = run.length >= 3 && PATRONYMIC.test(word(run[run.length - 2]));
    const name = run.slice(patronymic ? -3 : -2);
    if (SURNAME_ENDING.test(word(name[name.length - 1])) && free(name)) add(name, speech[0].replace(/^[,\s]+/, ''));
  }
}
