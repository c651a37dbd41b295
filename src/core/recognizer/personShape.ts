// People named without a title: a full name of two or three capitalised words where something
// besides the capitals says it is a person's, so that headlines in title case, organizations and
// pairs of places stay out:
//  - a byline or a photo credit: "By Anna Petrova" on a line of its own, "/ Ivan Sidorov, Agency";
//  - a verb of speech or ", who" right after it, with the name's shape of the region (a first name
//    it knows, or a surname ending of the region: -ov, -enko, -yan, -dze, …);
//  - a first name it knows followed by a surname, in Russian in any case ("с Андреем Петровым").
import { firstNameSkeleton, latinFirstNames } from './firstNameSpellings';
import { initialsStart } from './initials';
import { russianCaseForms } from './russianForms';
import { classAt, isBlankInLine, isCyrillic, isWordSpace, LETTER, NUMBER, skipWordSpaces, unitClass, wordSpacesStart } from './textScan';
import { caseChanges, isCapitalUnit, LOWERING_CHANGES, RAISING_CHANGES } from './unitCase';
import { WordSet } from './wordSet';

// First names common in the region's news, in Cyrillic (nominative; the other cases are made) and
// in the Latin spellings English and Italian reports use.
const RUSSIAN_FIRST_NAMES_LIST =
  'Александр Алексей Анатолий Андрей Антон Аркадий Арсен Артем Артём Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Сергей Станислав Степан Тимур Федор Фёдор Эдуард Юрий Ярослав ' +
  'Алмазбек Бахтияр Ерлан Ильхам Касым Кайрат Марат Нурлан Нурсултан Рустам Садыр Сооронбай Улугбек Шавкат Эмомали Ашот Никол Серж Армен Арам Тигран Ваграм Шахбаз ' +
  'Глеб Семён Семен Тимофей Богдан Ростислав Всеволод Яков Филипп Матвей Рамзан ' +
  'Гейдар Эльмар Джейхун Хикмет Рамиз Закир Эльчин Курманбек Улукбек Омурбек Мелис Таалатбек Бактыбек Адахан Темир Эдиль Имангали Маулен Карим Бейбут Ислам Абдулазиз Баходир Кохир Роберт Сейран ' +
  'Азамат Айбек Акылбек Аскар Асхат Бакыт Бакытжан Бауыржан Бекзат Берик Болат Данияр Даурен Дархан Ержан Ермек Жаныбек Камчыбек Кубанычбек Мирлан Мурат Нурбек Нуржан Серик Таалайбек Талгат Эрлан ' +
  'Абдулло Бахтиёр Джамшед Зафар Исмоил Махмуд Рахим Сироджиддин Умед Фарход Фаррух Шерали Шухрат Эльдар ' +
  'Мухтар Канат Асет Арман Ербол Ерболат Максат Алихан Бахыт Бахытжан Женис ' +
  'Расул Алишер Анвар Азиз Акмал Дилшод Жамшид Отабек Санжар Шерзод Ильхом Ильяс Эльнур Руфат Вугар Эльшад Фуад Самир Рауф Рамиль Ринат Айдар Шамиль Магомед Ахмед Мамед Абдулла ' +
  'Артур Гагик Геворг Давид Карен Левон Мгер Мхер Самвел Сурен Грачья Ваге Рубен ' +
  'Александра Алла Анастасия Анна Валентина Вера Галина Дарья Екатерина Елена Ирина Людмила Марина Мария Наталья Наталия Нина Ольга Светлана Татьяна Юлия ' +
  'Ксения Маргарита Полина Вероника Оксана Лариса Тамара Кристина Валерия ' +
  'Айгуль Айжан Алия Асель Гульмира Гульнара Динара Жанна Зарина Камила Мадина Роза Дарига Саида Мехрибан ' +
  'Лейла Севиль Нигора Дильноза Феруза Шахноза Малика Жылдыз Чолпон Айсулуу Гульшат';
/** The region's first names in Cyrillic, in the nominative. */
export const RUSSIAN_FIRST_NAMES: readonly string[] = RUSSIAN_FIRST_NAMES_LIST.split(' ');
const LATIN_FIRST_NAMES =
  'Aleksandr Alexander Alexandr Aleksei Alexei Alexey Anatoly Anatoliy Andrei Andrey Andrej Anton Arkady Boris Dmitry Dmitri Dmitriy Dmitrij Evgeny Yevgeny Evgenij Gennady Georgy Grigory Igor Ilya Ivan Kirill Konstantin Leonid Maxim Maksim Mikhail Michail Nikita Nikolai Nikolay Oleg Pavel Pyotr Ruslan Sergei Sergey Sergej Sergio Stanislav Stanislau Timur Vadim Valery Valeriy Valerij Vasily Viktor Vitaly Vladimir Vladislav Vyacheslav Yaroslav Yuri Yury Alyaksandr Aliaksandr Raman Siarhei Uladzimir ' +
  'Almazbek Bakhtiyar Erlan Yerlan Ilham Kassym Kairat Marat Nurlan Nursultan Rustam Sadyr Sooronbay Sooronbai Ulugbek Shavkat Emomali Ashot Nikol Serzh Armen Aram Tigran Rashid Shehbaz Shahbaz ' +
  'Alla Anastasia Anna Valentina Galina Darya Ekaterina Yekaterina Elena Yelena Irina Lyudmila Maria Natalia Natalya Nina Olga Svetlana Tatiana Tatyana Yulia ' +
  // Spellings the rules below do not make from the Cyrillic: Kazakh and Armenian usage.
  'Asset Hrachya Vahe Davit Mher Heydar Jeyhun Sviatlana Viktar Ksenia Jamshid Ahmed Leyla Leila Shahnoza Jyldyz Aidar Elnur Elshad ' +
  // Western officials, analysts and reporters the same reports quote: Italian and English first
  // names that are no common word ("Franco", "Massimo", "Chiara", "Mark", "Will" are).
  'Giovanni Giuseppe Francesco Antonio Alessandro Andrea Marco Luca Matteo Lorenzo Stefano Roberto Paolo Giorgio Fabio Riccardo Federico Davide Simone ' +
  'Pietro Carlo Enrico Emanuele Gianni Luigi Mario Claudio Giulio Giulia Francesca Giorgia Alessandra Federica Elisa Silvia Laura Paola Daniela Roberta Antonella ' +
  'Teresa Giovanna Lucia Angela Beatrice Martina Nicola Giacomo Alberto Maurizio Vincenzo Raffaele ' +
  'John James Michael David Robert William Richard Thomas Charles Daniel Matthew Anthony Antony Joseph Josep Steven Stephen Kevin Brian Edward Keith Jake ' +
  'Jennifer Elizabeth Susan Margaret Sarah Catherine Emily Ursula Kaja Olaf Emmanuel Friedrich Jens Rishi Keir';

/**
 * First names that are as often a word written with its capital (Italian "Alla", "Vera",
 * "Marina"; English "Roman"): taken for a first name only before a word shaped as the region's
 * surnames are ("Alla Pugacheva", not "Alla Duma").
 */
const WORD_LIKE_FIRST_NAME_LIST = ['Alla', 'Vera', 'Roman', 'Marina', 'Maxim', 'Vage', 'Islam', 'Saida', 'Вера', 'Роман', 'Роза', 'Ислам'];
const WORD_LIKE_FIRST_NAMES = new WordSet(WORD_LIKE_FIRST_NAME_LIST);

/** The first names as the lists write them, the Cyrillic ones in the nominative, with their Latin spellings. */
let nominativeList: string[] | undefined;
const nominativeFirstNameList = (): string[] => (nominativeList ??= [...RUSSIAN_FIRST_NAMES.flatMap((name) => [name, ...latinFirstNames(name)]), ...LATIN_FIRST_NAMES.split(' ')]);

let nominatives: WordSet | undefined;
let firstNames: WordSet | undefined;

/** The first names as the lists write them (`nominativeFirstNameList`). */
function nominativeFirstNames(): WordSet {
  return (nominatives ??= new WordSet(nominativeFirstNameList()));
}

/** The first names, in every case form for the Cyrillic ones. */
function knownFirstNames(): WordSet {
  return (firstNames ??= new WordSet(new Set([...nominativeFirstNameList(), ...RUSSIAN_FIRST_NAMES.flatMap((name) => russianCaseForms(name, 'person'))])));
}

/** First names that are as often a word (the ones above) or a town (Darkhan) written with its capital: never read as an address alone. */
const NOT_ADDRESSES = new WordSet([...WORD_LIKE_FIRST_NAME_LIST, 'Дархан']);

/** Dashes that open a line of dialogue: "— Азамат, …". */
const DIALOGUE_DASHES = new Set([0x2014, 0x2013, 0x2d]);

/** Whether a comma, or a dash that starts its line, comes right before `at` and the spaces before it: where an address stands. */
function addressedBefore(text: string, at: number): boolean {
  const k = wordSpacesStart(text, at);
  if (k === at || k === 0) return false;
  const code = text.charCodeAt(k - 1);
  return code === 0x2c || (DIALOGUE_DASHES.has(code) && lineStart(text, k - 1));
}

// Surname endings of the region, in Latin and Cyrillic, the Russian cases included.
const SURNAME_ENDING_LIST =
  'ov ev yov ova eva in ina yn sky skiy ski skaya enko uk yuk chuk yan ian dze shvili ich vich uly kyzy ыч ов ев ёв ин ын ова ева ина ына ский ская енко ук ян дзе швили ури ович евич ова ову овым ове ева еву евым еве ину иным ине ского скому ским ском ой ую zoda zade зода заде';
const SURNAME_ENDING = new RegExp(`(?:${SURNAME_ENDING_LIST.split(' ').join('|')})$`);

const PATRONYMIC_ENDING_LIST = 'vich vna ович евич овна евна ича ичу ичем иче овны овне овной евны евне евной';
const PATRONYMIC = new RegExp(`(?:${PATRONYMIC_ENDING_LIST.split(' ').join('|')})$`);

/** Word endings, told on a word of the article in place: by its last unit, the endings' units. */
class Endings {
  private readonly byLastUnit = new Map<number, Uint16Array[]>();

  constructor(list: string) {
    for (const ending of list.split(' ')) {
      const units = Uint16Array.from(ending, (c) => c.charCodeAt(0));
      const last = units[units.length - 1];
      this.byLastUnit.set(last, [...(this.byLastUnit.get(last) ?? []), units]);
    }
  }

  /** Whether the word [start, end) of `text` ends with one of the endings. */
  endsAt(text: string, start: number, end: number): boolean {
    const candidates = this.byLastUnit.get(text.charCodeAt(end - 1));
    if (candidates === undefined) return false;
    for (const units of candidates) {
      const from = end - units.length;
      if (from < start) continue;
      let k = units.length - 2;
      while (k >= 0 && text.charCodeAt(from + k) === units[k]) k--;
      if (k < 0) return true;
    }
    return false;
  }
}

const SURNAME_ENDINGS = new Endings(SURNAME_ENDING_LIST);

// Russian titles and roles, in their cases: before the body's name in the genitive and then the
// person's ("Секретарь Совбеза Белоруссии Александр …", "председатель Госдумы Вячеслав …").
const RUSSIAN_TITLE_FORMS = [
  'президент', 'президента', 'президенту', 'президентом', 'председатель', 'председателя', 'председателю', 'председателем',
  'секретарь', 'секретаря', 'секретарю', 'секретарем', 'секретарём', 'пресс-секретарь', 'пресс-секретаря', 'пресс-секретарю',
  'генсек', 'генсека', 'генсеку', 'министр', 'министра', 'министру', 'министром', 'замминистра', 'заместитель', 'заместителя',
  'заместителю', 'глава', 'главы', 'главе', 'главой', 'посол', 'посла', 'послу', 'послом', 'спикер', 'спикера', 'спикеру',
  'премьер', 'премьера', 'помощник', 'помощника', 'советник', 'советника', 'директор', 'директора', 'командующий',
  'командующего', 'начальник', 'начальника', 'губернатор', 'губернатора', 'мэр', 'мэра', 'лидер', 'лидера',
  'руководитель', 'руководителя', 'руководителю', 'руководителем', 'депутат', 'депутата', 'депутату', 'депутатом',
  'сенатор', 'сенатора', 'политолог', 'политолога', 'политологу', 'политологом', 'эксперт', 'эксперта', 'экспертом',
  'аналитик', 'аналитика', 'генерал', 'генерала', 'генералу', 'генералом', 'генерал-полковник', 'генерал-полковника',
  'генерал-лейтенант', 'генерал-лейтенанта', 'генерал-майор', 'генерал-майора', 'полковник', 'полковника', 'командир', 'командира',
  'вице-спикер', 'вице-спикера', 'вице-спикеру', 'вице-премьер', 'вице-премьера', 'вице-президент', 'вице-президента',
  'архиепископ', 'архиепископа', 'епископ', 'епископа', 'староста', 'старосты', 'доцент', 'доцента', 'профессор', 'профессора',
  'экономист', 'экономиста', 'правозащитник', 'правозащитника', 'правозащитница', 'правозащитницы', 'активист', 'активиста', 'активистка', 'активистки',
  'пенсионер', 'пенсионерка', 'учитель', 'учителя', 'учительница', 'учительницы', 'фермер', 'фермера', 'студент', 'студентка', 'врач', 'предприниматель', 'предпринимателя',
  'водитель', 'водителя', 'дальнобойщик', 'дальнобойщика', 'таксист', 'таксиста', 'инженер', 'инженера', 'шахтер', 'шахтёр', 'шахтера', 'шахтёра',
  'торговец', 'торговца', 'продавец', 'продавца', 'продавщица', 'продавщицы', 'механик', 'механика',
  'сотрудник', 'сотрудника', 'сотруднику', 'сотрудником', 'сотрудница', 'сотрудницы', 'представитель', 'представителя', 'представителю',
  'офицер', 'офицера', 'офицеру',
  'координатор', 'координатора', 'редактор', 'редактора', 'главред', 'главреда', 'корреспондент', 'корреспондента', 'журналист', 'журналиста', 'журналистка', 'журналистки',
  'адвокат', 'адвоката', 'юрист', 'юриста', 'исследователь', 'исследователя', 'историк', 'историка', 'социолог', 'социолога',
];
/** The forms in small letters, and with a capital as they start a sentence. */
const RUSSIAN_TITLES = new WordSet(RUSSIAN_TITLE_FORMS.flatMap((form) => [form, form[0].toUpperCase() + form.slice(1)]));
/** The Russian title that is the run's first word (`start`, `end`) or the word right before the run, past spaces, as written. */
function russianTitleAt(text: string, start: number, end: number): string | undefined {
  if (RUSSIAN_TITLES.hasAt(text, start, end)) return text.slice(start, end);
  const wordEnd = wordSpacesStart(text, start);
  if (wordEnd === start) return undefined;
  // The titles are Cyrillic letters and hyphens: read back over those, and take the word only whole.
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart < 32 && isCyrillicOrHyphen(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd || (wordStart > 0 && unitClass(text.charCodeAt(wordStart - 1)) === LETTER)) return undefined;
  return RUSSIAN_TITLES.hasAt(text, wordStart, wordEnd) ? text.slice(wordStart, wordEnd) : undefined;
}

/**
 * Verbs a title's holder does to someone else or says, in small letters: after them the title is
 * no longer the name's ("The minister met …", "The minister said that …").
 */
export const VERBS_AFTER_SUBJECT = new WordSet(
  (
    'met meets meeting received receives welcomed welcomes hosted hosts visited visits thanked thanks called calls told tells urged urges ' +
    'laid lays signed signs spoke speaks talked talks invited invites awarded awards appointed appoints dismissed dismisses replaced replaces ' +
    'said says stated states added adds noted notes announced announces declared declares stressed stresses warned warns explained explains ' +
    'ha hanno incontra incontrano riceve ricevono accoglie accolgono ringrazia ringraziano nomina nominato ' +
    'встретился встретилась встретились встречается принял приняла приняли провел провёл провела провели посетил посетила посетили ' +
    'поблагодарил поблагодарила наградил наградила назначил назначила освободил освободила пригласил пригласила'
  ).split(' '),
);

/** How many words back from a name a Russian title may stand: the title, then the body it heads. */
const TITLE_WORDS_BACK = 5;
const CLOSING_GUILLEMET = 0xbb;
/** The longest body's name in quotes between a title and a name. */
const QUOTED_BODY_REACH = 40;

/**
 * The Russian title among the words right before `at`, up to TITLE_WORDS_BACK Cyrillic words
 * with one space between them and nothing else ("председатель Комитета национальной безопасности "),
 * as written; the farthest one, as the nearer may belong to the body ("пресс-секретарь главы
 * правительства …").
 */
function russianTitleBefore(text: string, at: number): string | undefined {
  let wordEnd = at;
  let title: string | undefined;
  for (let read = 0; read < TITLE_WORDS_BACK; read++) {
    if (wordEnd < 2 || !isWordSpace(text.charCodeAt(wordEnd - 1))) break;
    wordEnd--;
    // The body's name in quotes, read as one word: "аналитик центра «Обу Замин» Парвиз Назаров".
    if (text.charCodeAt(wordEnd - 1) === CLOSING_GUILLEMET) {
      const open = text.lastIndexOf('«', wordEnd - 2);
      if (open < 0 || wordEnd - open > QUOTED_BODY_REACH || text.slice(open, wordEnd).includes('\n')) break;
      wordEnd = open;
      continue;
    }
    let wordStart = wordEnd;
    while (wordStart > 0 && wordEnd - wordStart < 32 && isCyrillicOrHyphen(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === wordEnd || (wordStart > 0 && unitClass(text.charCodeAt(wordStart - 1)) === LETTER)) break;
    // "Министр встретился с …": the title is the subject's, not the name's.
    if (VERBS_AFTER_SUBJECT.hasAt(text, wordStart, wordEnd)) break;
    if (RUSSIAN_TITLES.hasAt(text, wordStart, wordEnd)) title = text.slice(wordStart, wordEnd);
    wordEnd = wordStart;
  }
  return title;
}

/**
 * Nouns of kinship, in small letters, that a relative's name follows: "his wife Peng Liyuan", "la
 * moglie Olena Zelenska", "с супругой Лилией Фазыловой". Russian in the cases a name takes after them.
 */
const KINSHIP = new WordSet([
  ...['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'spouse', 'nephew', 'niece', 'cousin'],
  ...['moglie', 'marito', 'figlio', 'figlia', 'fratello', 'sorella', 'padre', 'madre', 'vedova', 'nipote', 'cugino', 'cugina', 'consorte'],
  ...['жена', 'жены', 'жене', 'жену', 'женой', 'супруга', 'супруги', 'супруге', 'супругу', 'супругой', 'супруг', 'супругом'],
  ...['муж', 'мужа', 'мужу', 'мужем', 'сын', 'сына', 'сыну', 'сыном', 'дочь', 'дочери', 'дочерью', 'брат', 'брата', 'брату', 'братом'],
  ...['сестра', 'сестры', 'сестре', 'сестру', 'сестрой', 'вдова', 'вдовы', 'вдове', 'вдову', 'вдовой', 'отец', 'отца', 'отцу', 'отцом', 'мать', 'матери', 'матерью'],
]);

/** Whether a noun of kinship in small letters stands right before `at`, one space between. */
function kinshipBefore(text: string, at: number): boolean {
  if (at < 2 || !isWordSpace(text.charCodeAt(at - 1))) return false;
  let start = at - 1;
  while (start > 0 && at - 1 - start < 12 && unitClass(text.charCodeAt(start - 1)) === LETTER) start--;
  return start < at - 1 && (start === 0 || unitClass(text.charCodeAt(start - 1)) !== LETTER) && KINSHIP.hasAt(text, start, at - 1);
}

function isCyrillicOrHyphen(code: number): boolean {
  return isCyrillic(code) || code === 0x2d;
}
const PATRONYMIC_ENDINGS = new Endings(PATRONYMIC_ENDING_LIST);

/** hasSurnameEnding of the word [start, end) of `text`, read in place. */
export function hasSurnameEndingAt(text: string, start: number, end: number): boolean {
  return SURNAME_ENDINGS.endsAt(text, start, end);
}

/** isPatronymic of the word [start, end) of `text`, read in place. */
export function isPatronymicAt(text: string, start: number, end: number): boolean {
  return PATRONYMIC_ENDINGS.endsAt(text, start, end);
}

/** isKnownFirstName of the word [start, end) of `text`, read in place. */
export function isKnownFirstNameAt(text: string, start: number, end: number): boolean {
  return knownFirstNames().hasAt(text, start, end);
}

/** Whether a word is a first name common in the region (a Cyrillic one in any case). */
export function isKnownFirstName(word: string): boolean {
  return knownFirstNames().has(word);
}

/** By a first name's skeleton (`firstNameSkeleton`), the names of the lists it is a form of: see `firstNamesOfForm`. */
let namesOfForm: Map<string, Set<string>> | undefined;

/**
 * Which of the region's Cyrillic first names `word` is a form of, in any case or Latin spelling,
 * each given by the skeleton of its nominative: Marina and Maria, one letter apart, are two
 * names; "Марии", "Maria" and "Marija" are one. Undefined for a word no name of the lists is
 * written as (Alexander, Sergio: spellings of their own), which only its first letters place.
 */
export function firstNamesOfForm(word: string): ReadonlySet<string> | undefined {
  if (namesOfForm === undefined) {
    namesOfForm = new Map();
    for (const name of RUSSIAN_FIRST_NAMES) {
      const nominative = firstNameSkeleton(name);
      for (const form of [name, ...latinFirstNames(name), ...russianCaseForms(name, 'person')]) {
        const skeleton = firstNameSkeleton(form);
        const names = namesOfForm.get(skeleton);
        if (names) names.add(nominative);
        else namesOfForm.set(skeleton, new Set([nominative]));
      }
    }
  }
  let names = formsRead.get(word);
  if (names === undefined && !formsRead.has(word)) {
    names = namesOfForm.get(firstNameSkeleton(word));
    // The words asked about are first names, a few hundred at most.
    if (formsRead.size < 10_000) formsRead.set(word, names);
  }
  return names;
}
/** `firstNamesOfForm` by the word asked about. */
const formsRead = new Map<string, ReadonlySet<string> | undefined>();

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
  'рассказал', 'рассказала', 'пояснил', 'пояснила', 'добавил', 'добавила', 'уточнил', 'уточнила',
];
const SPEECH_AFTER = new RegExp(`^(?:,[ \\u00a0]+(?:${WHO.join('|')})|[ \\u00a0]+(?:${SPEECH_VERBS.join('|')}))(?![\\p{L}\\p{N}])`, 'u');
/** The units those words start with: after most names another one follows, and the expression is not tried. */
const SPEECH_FIRST_UNITS = new Set([...WHO, ...SPEECH_VERBS].map((w) => w.charCodeAt(0)));

/** Whether SPEECH_AFTER may match the 40 units from `at`: a comma or not, spaces, then a unit one of its words starts with. */
function mayBeSpeechAfter(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 40);
  let k = at < limit && text.charCodeAt(at) === 0x2c ? at + 1 : at;
  const spaces = k;
  k = skipWordSpaces(text, k, limit);
  return k > spaces && k < limit && SPEECH_FIRST_UNITS.has(text.charCodeAt(k));
}

/** The words, with their units, by their first unit, in the order the expression tries them. */
function byFirstUnit(words: readonly string[]): Map<number, { word: string; units: Uint16Array }[]> {
  const byFirst = new Map<number, { word: string; units: Uint16Array }[]>();
  for (const word of words) {
    const entry = { word, units: Uint16Array.from(word, (c) => c.charCodeAt(0)) };
    byFirst.set(entry.units[0], [...(byFirst.get(entry.units[0]) ?? []), entry]);
  }
  return byFirst;
}
const WHO_BY_FIRST_UNIT = byFirstUnit(WHO);
const SPEECH_VERBS_BY_FIRST_UNIT = byFirstUnit(SPEECH_VERBS);

/**
 * The word of WHO (after a comma) or of SPEECH_VERBS that follows `at` and its spaces, within the
 * 40 units from `at` and with no letter or digit right after it: what SPEECH_AFTER finds on a copy
 * of those units, read in place.
 */
export function speechAfter(text: string, at: number): string | undefined {
  const limit = Math.min(text.length, at + 40);
  const comma = at < limit && text.charCodeAt(at) === 0x2c;
  let k = comma ? at + 1 : at;
  const spaces = k;
  k = skipWordSpaces(text, k, limit);
  if (k === spaces || k >= limit) return undefined;
  const candidates = (comma ? WHO_BY_FIRST_UNIT : SPEECH_VERBS_BY_FIRST_UNIT).get(text.charCodeAt(k));
  if (candidates === undefined) return undefined;
  for (const { word, units } of candidates) {
    const end = k + units.length;
    if (end > limit) continue;
    let u = 0;
    while (u < units.length && text.charCodeAt(k + u) === units[u]) u++;
    if (u < units.length) continue;
    // The code point after the word, as the expression reads it on the copy: a surrogate pair
    // the copy cuts is a lone surrogate, neither a letter nor a digit.
    if (end < limit && ((end + 1 < limit ? classAt(text, end) : unitClass(text.charCodeAt(end))) & (LETTER | NUMBER)) !== 0) continue;
    return word;
  }
  return undefined;
}

/** The plain reading speechAfter stands for. */
export function speechAfterPlain(text: string, at: number): string | undefined {
  return SPEECH_AFTER.exec(text.slice(at, at + 40))?.[0].replace(/^[,\s]+/, '');
}

/** The words that give a source before its name: "according to Parviz Davlatov", "secondo …", "по словам …". */
const ACCORDING_TO = ['According to', 'according to', 'Secondo', 'secondo', 'По словам', 'по словам'];

/**
 * Verbs of speech right before a name, as reports put the speaker after the quote: "…, said Zhanar
 * Tulegenova", "…, spiega Lusine Petrosyan", "…, — отметила Айзада Кутуева". The words of
 * SPEECH_VERBS, the Italian present that reports use there, and ACCORDING_TO.
 */
const SPEECH_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${[...SPEECH_VERBS, 'spiega', 'dice', 'aggiunge', 'sottolinea', 'osserva', 'nota', 'afferma', 'commenta', 'racconta', 'precisa', 'avverte', ...ACCORDING_TO].join('|')})[ \\u00a0]$`,
  'u',
);

/**
 * What follows the speaker's name after a verb of speech when it is a person's of any shape: who
 * they are, in an apposition ("said Bolormaa Enkhtuya, a shop owner", "said Ganbold Tserendash of
 * the … Institute", "commenta Sara Vitali, portavoce della rete …", "racconta Karine Arakelyan, 58 anni").
 */
const APPOSITION_AFTER = /^(?:,[ \u00a0]+(?:an?|the|who|one)[ \u00a0]|,[ \u00a0]+\d{1,3}(?:[ \u00a0]+anni|,)|[ \u00a0]+of[ \u00a0]+the[ \u00a0]|,[ \u00a0]+\p{Ll}{4,}[ \u00a0]+(?:d|de|del|della|dello|dei|degli|delle|di)[ \u00a0'’])/u;

const ACCORDING_TO_BEFORE = new RegExp(`(?:${ACCORDING_TO.join('|')})[ \\u00a0]$`, 'u');

/** A Cyrillic word written as a name: a capital, then small letters, with a hyphen between parts. */
const CAPITALISED_CYRILLIC_WORD = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?$/;
/** Russian nouns that a name in the genitive follows, a thing's name, not a person's: "Кубок Гагарина", "Пик Ленина", "Фонд Назарбаева". */
const NAMED_AFTER_HEADS = new WordSet(
  'Кубок Кубка Кубке Орден Ордена Премия Премии Пик Пика Памятник Мемориал Проспект Площадь Улица Фонд Фонда Дворец Дворца Музей Музея Театр Театра Стадион Стадиона Университет Университета Институт Института Академия Академии Центр Центра Дом Дома Парк Парка Турнир Турнира'.split(' '),
);
/** The endings of a Russian adjective's forms: such a word before a surname-like one is a body's or a place's ("Объединенной таджикской …"). */
const RUSSIAN_ADJECTIVE_FORM = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей)$/;

/** A word in small letters that goes on a body's name: an adjective's oblique form or a noun in the genitive ("таджикской", "конфедерации", "этноспорта"). */
const BODY_NAME_GOES_ON = /^[ \u00a0]+[а-яё]+(?:ской|цкой|ной|ого|его|ии|ции|сти|ства|ения|ания|ов|ев)(?![а-яё])/;

/**
 * Whether the word [start, end), capitalised, is an adjective's oblique form that opens a body's
 * name, as the words in small letters after it show: "командир Объединенной таджикской оппозиции",
 * "президент Всемирной конфедерации этноспорта". A surname after a title is followed by a verb or
 * punctuation ("министра Ивановой заявили").
 */
export function adjectiveOfBodyAt(text: string, start: number, end: number): boolean {
  return RUSSIAN_ADJECTIVE_FORM.test(text.slice(start, end)) && BODY_NAME_GOES_ON.test(text.slice(end, end + 24));
}

/** "of" and the capitalised word after it (past "the"), for `evaluateNameOfKnown`. */
const OF_NAME_AFTER = /^[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}\p{N}]*)/u;

/** Russian prepositions of place that a town's name follows and a person's seldom does: "в Масанчи", "из Сортобе", "под Алматы". */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[вВ]|[вВ]о|[иИ]з|[пП]од|[бБ]лиз|[оО]коло|[вВ]озле)[ \u00a0]$/u;

/** Whether a Russian preposition of place stands right before the word at `at`: that word is a place's, not a first name ("в Масанчи Токаев сменил …"). */
export function placePrepositionBefore(text: string, at: number): boolean {
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 7), at));
}

/** Whether a verb of SPEECH_BEFORE ends one space before `at`. */
function speechBefore(text: string, at: number): boolean {
  return at >= 2 && isWordSpace(text.charCodeAt(at - 1)) && SPEECH_BEFORE.test(text.slice(Math.max(0, at - 18), at));
}

const CREDIT_BEFORE = /(?:(?:Photo|Foto|Фото)[ \u00a0]*:|©|\/)[ \u00a0]*$/u;
/** Whether a photo credit's mark or words stand right before `at`: "Photo: …", "/ …", "© …", "Foto di …", "Photo by …". */
function creditBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return (creditMarkBefore(text, at) && CREDIT_BEFORE.test(before)) || CREDIT_WORDS_BEFORE.test(before);
}
/** A photo credit's words before the photographer's name: "Foto di …", "Photo by …". */
const CREDIT_WORDS_BEFORE = /(?:^|[^\p{L}])(?:Foto[ \u00a0]+di|Photo[ \u00a0]+by)[ \u00a0]+$/u;
/** "Автор:", "Author:", "Autore:" opening the line before a name. */
const AUTHOR_LABEL_BEFORE = /(?:^|\n)(?:Автор|Author|Autore|By)[ \u00a0]*:[ \u00a0]*$/u;
/** What stands between two authors of a byline. */
const AUTHORS_JOINED = /^[ \u00a0]+(?:and|e|и)[ \u00a0]+$/u;
/** After a byline's first name, a second joined to it that ends the line: "— By Anna Lebedeva and Ruslan Ismailov". */
const SECOND_AUTHOR_ENDS_LINE = /^[ \u00a0]+(?:and|e|и)[ \u00a0]+\p{Lu}\p{Ll}+(?:[ \u00a0-]\p{Lu}\p{Ll}+){1,2}[ \t\u00a0]*(?:\r?\n|$)/u;
/** How far after the first name that second one is read. */
const SECOND_AUTHOR_REACH = 60;
/**
 * A byline of two authors without "By", on a line of its own: two names of two or three capitalised
 * words joined by "and", "e" or "и", then the line's end or the outlet after a bar or a dash
 * ("Dilnoza Karimova and Peter Aldous | Eurasia Review"). Read from the line's start.
 */
const TWO_AUTHORS_LINE = /^(\p{Lu}\p{Ll}+(?:[ \u00a0-]\p{Lu}\p{Ll}+){1,2})[ \u00a0]+(?:and|e|и)[ \u00a0]+(\p{Lu}\p{Ll}+(?:[ \u00a0-]\p{Lu}\p{Ll}+){1,2})[ \t\u00a0]*(?:\r?\n|$|[|—–][ \t\u00a0])/u;
/** How far a line is read for TWO_AUTHORS_LINE. */
const TWO_AUTHORS_REACH = 120;

/** Where the line of `at` starts, if within `reach` units before it; -1 if further (a long line is read no further back). */
function lineStartWithin(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  for (let k = at - 1; k >= from; k--) if (text.charCodeAt(k) === 0x0a) return k + 1;
  return from === 0 ? 0 : -1;
}

/**
 * The two names of a line that is a byline of two authors (TWO_AUTHORS_LINE) starting at
 * `lineStart`, by offsets; one of them must be a person's by its shape (a first name the lists
 * know, or a surname of the region's shape), so that "North Korea and South Korea | Analysis" is none.
 */
function twoAuthorsAt(text: string, lineStart: number): [number, number, number, number] | undefined {
  // Most lines start with no capital letter in a name's shape: ruled out before a copy of the line.
  if (!isCapitalUnit(text.charCodeAt(lineStart))) return undefined;
  const m = TWO_AUTHORS_LINE.exec(text.slice(lineStart, lineStart + TWO_AUTHORS_REACH));
  if (!m) return undefined;
  const first = lineStart;
  const second = lineStart + m[0].indexOf(m[2], m[1].length);
  const personShaped = (start: number, name: string) => {
    const firstWordEnd = start + /^\p{L}+/u.exec(name)![0].length;
    const lastWordStart = start + name.search(/\p{L}+$/u);
    return isKnownFirstNameAt(text, start, firstWordEnd) || SURNAME_ENDINGS.endsAt(text, lastWordStart, start + name.length);
  };
  if (!personShaped(first, m[1]) && !personShaped(second, m[2])) return undefined;
  return [first, first + m[1].length, second, second + m[2].length];
}

/**
 * After a byline's name, a comma or a bar and the outlet, three words at most, then the line's end
 * (or a full stop after its quotes): " | CivilNet", ", 24.kg", ", «Баткен Ньюс».", or blanks where a
 * web address was blanked before names are read (", mil.ru").
 */
const OUTLET_TO_LINE_END = /^(?:,|[ \u00a0]*[|—–])[ \u00a0]+(?:[^\s.!?,;:]+(?:\.[^\s.!?,;:]+)?(?:[ \u00a0]+[^\s.!?,;:]+){0,2})?(?:(?<=[»"”])\.)?[ \t\u00a0]*(?:\r?\n|$)/u;
/** That outlet's name, capitalised, in quotes (group 1 and 3) or without them. */
const OUTLET_NAME = /^(?:,|[ \u00a0]*[|—–])[ \u00a0]+([«"“]?)(\p{Lu}[^\s.!?,;:«»"“”]*(?:\.[^\s.!?,;:«»"“”]+)?(?:[ \u00a0]+[^\s.!?,;:«»"“”]+){0,2})([»"”]?)(?:(?<=[»"”])\.)?[ \t\u00a0]*(?:\r?\n|$)/u;
/** A dateline and its date, a full stop and spaces, right before a byline on the same line: "АЛМАТЫ, 10 января 2022 года. ". */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{Pd}' ]*\p{Lu},[ \u00a0]+[^\n]{3,30}?(?:19|20)\d\d(?:[ \u00a0]+(?:года|г\.))?\.[ \u00a0]+$/u;
/** How far back from a byline's name DATELINE_BEFORE reads. */
const DATELINE_REACH = 80;

/** Whether the line ends after a byline's name that ends at `at`, or after its outlet or a second author joined to it. */
function bylineEndsAfter(text: string, at: number): boolean {
  return endsLine(text, at) || outletEndsLine(text, at) || SECOND_AUTHOR_ENDS_LINE.test(text.slice(at, at + SECOND_AUTHOR_REACH));
}

/** Whether what follows `at` on its line is only an outlet's name after a comma or a bar (OUTLET_TO_LINE_END). */
function outletEndsLine(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 0x2c || code === 0x20 || code === 0xa0) && OUTLET_TO_LINE_END.test(text.slice(at, at + 48));
}

/** Whether ":", "©" or "/" comes before `at` and the spaces before it: what CREDIT_BEFORE needs there. */
function creditMarkBefore(text: string, at: number): boolean {
  const k = wordSpacesStart(text, at);
  const code = k > 0 ? text.charCodeAt(k - 1) : -1;
  return code === 0x3a || code === 0xa9 || code === 0x2f;
}

/** The start of the word that ends one space before `at`, if it is made of ASCII letters; else -1. */
function asciiWordBefore(text: string, at: number): number {
  if (at < 2 || !isWordSpace(text.charCodeAt(at - 1))) return -1;
  let k = at - 1;
  while (k > 0 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  return k < at - 1 ? k : -1;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isWordAt(text: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && text.startsWith(word, start);
}

/**
 * The start of the word of two or three ASCII letters that ends one space before `at` ("di", "by",
 * "and"), else -1: read back over four units at most, as the words before most names are longer.
 */
function shortWordBefore(text: string, at: number): number {
  if (at < 3 || !isWordSpace(text.charCodeAt(at - 1))) return -1;
  let k = at - 1;
  while (k > 0 && at - 1 - k < 4 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  const length = at - 1 - k;
  return length >= 2 && length <= 3 && (k === 0 || !isAsciiLetter(text.charCodeAt(k - 1))) ? k : -1;
}

/** Whether "di", the word at `di`, starts the line right before `at` and the name that follows, ending at `end`, ends it. */
function italianBylineBefore(text: string, di: number, at: number, end: number): boolean {
  return isWordAt(text, di, at - 1, 'di') && (lineStart(text, di) || afterDatelineDash(text, di)) && endsLine(text, end);
}

/** Whether `at` follows the dash after a dateline: "ASTANA, March 20, 2023 — By Daniyar Kassymov". */
function afterDatelineDash(text: string, at: number): boolean {
  return afterBlanksFollows(text, at, 20, DATELINE_DASHES);
}
const DATELINE_DASHES = new Set([0x2014, 0x2013]);

/** The particles written in small letters inside a surname: "Thomas de Waal", "Ursula von der Leyen". */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'von der', 'van der', 'van den']);
/** The particles of Italian, French, Dutch and German surnames as they are written with a capital ("De Santis", "Di Lorenzo"). */
const CAPITALISED_PARTICLES = new Set(['De', 'Di', 'Da', 'Del', 'Della', 'Dello', 'Du', 'La', 'Le', 'Lo', 'Van', 'Von']);

/** Whether one of SURNAME_PARTICLES, with one space on each side, is all that stands between `from` and `to`. */
function particleBetween(text: string, from: number, to: number): boolean {
  const length = to - from;
  return length >= 4 && length <= 11 && text.charCodeAt(from) === 0x20 && text.charCodeAt(to - 1) === 0x20 && SURNAME_PARTICLES.has(text.slice(from + 1, to - 1));
}

/** Whether only spaces stand from `end` to the end of its line. */
function endsLine(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && (isWordSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0x0d)) k++;
  return k === text.length || text.charCodeAt(k) === 0x0a;
}

/** The words of a wire story's credits before "by": "Reporting by", "Additional reporting by", "Editing by". */
const CREDIT_WORDS = ['Reporting', 'reporting', 'Editing', 'editing', 'Writing', 'writing'];

/** How far back from a name "and" may find the credit it continues ("Reporting by A in Moscow and B"). */
const CREDIT_REACH = 80;

/**
 * Whether one of CREDIT_WORDS and "by" (the word at `by`) come right before `at`, or "and" after
 * such a credit's name, on the same line and in the same credit (no ";" or bracket between).
 */
function wireCreditBefore(text: string, by: number, at: number): boolean {
  if (isWordAt(text, by, at - 1, 'and')) {
    for (let k = by - 1; k > 0 && k > by - CREDIT_REACH; k--) {
      const code = text.charCodeAt(k - 1);
      if (code === 0x0a || code === 0x3b || code === 0x28 || code === 0x29) return false;
      if (code === 0x20 && text.startsWith('by ', k - 3) && isCreditBy(text, k - 3)) return true;
    }
    return false;
  }
  return isWordAt(text, by, at - 1, 'by') && isCreditBy(text, by);
}

/** Whether the "by" at `by` follows one of CREDIT_WORDS. */
function isCreditBy(text: string, by: number): boolean {
  const credit = asciiWordBefore(text, by);
  return credit >= 0 && CREDIT_WORDS.some((word) => isWordAt(text, credit, by - 1, word));
}

/** Capitals that start words yet never start a person's name in these positions. */
const NOT_A_NAME_START = new WordSet(['By', 'The', 'A', 'An', 'In', 'On', 'At', 'Il', 'La', 'Lo', 'Le', 'Gli', 'Un', 'Una', 'В', 'На', 'По']);

/** Words of institutions and of headlines, never part of a person's name. */
const NOT_NAME_WORDS = new WordSet(
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
  // A–Z then a–z, told with one branch: each difference is negative when its unit is out of range.
  if ((first | second) < 0x80) return ((first - 0x41) | (0x5a - first) | (second - 0x61) | (0x7a - second)) >= 0;
  // Russian and its neighbours' basic letters (Ѐ–Я, then а–џ); the letters past them (Kazakh Қ, Ү,
  // Ә...) are asked of the case tables below.
  if (first >= 0x400 && first <= 0x45f && second >= 0x400 && second <= 0x45f) return first <= 0x42f && second >= 0x430;
  return (caseChanges(first) & LOWERING_CHANGES) !== 0 && (caseChanges(second) & RAISING_CHANGES) !== 0;
}

/**
 * Calls `add(words, cue, role)` for each run of two or three capitalised words (or a surname alone
 * after a Russian title) that names a person by its shape and what surrounds it, given the text's capitalised words in order (`capitalised`
 * for each, then `end`), so that one scan of the words serves it and the search for titles;
 * `role` is the Russian title that introduced the name, if one did. `skip(start, end)` is true for
 * words already recognized.
 */
/** The cue of a byline's outlet among the names `NamesByShape` adds: a body, not a person. */
export const OUTLET_CUE = 'outlet';

export class NamesByShape {
  // The run of capitalised words being read, by offsets: most runs are one word long and end
  // at the next word, so words become objects only for a run of two or more.
  private readonly runStarts: number[] = [];
  private readonly runEnds: number[] = [];
  private runLength = 0;
  /** Where the last byline's name ended: a second author may follow it on its line ("By Anna Smith and John Brown"). */
  private bylineEnd = -1;

  constructor(
    private readonly text: string,
    private readonly skip: (start: number, end: number) => boolean,
    private readonly add: (words: ShapeWord[], cue: string, role?: string) => void,
  ) {}

  /**
   * The next capitalised word (`capitalisedStart`). Only those are shown: any word between two of
   * them puts more than one unit between them, which ends the run as that word would.
   */
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
      if (!isWordSpace(gap) && !particleBetween(text, lastEnd, start)) this.flush();
    }
    runStarts[this.runLength] = start;
    runEnds[this.runLength++] = end;
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.runLength >= 1 && this.evaluateKyrgyzName()) this.runLength = 0;
    else if (this.runLength >= 2) this.evaluate();
    else if (this.runLength === 1 && !this.evaluateInitials() && !this.evaluateSurnameAfterTitle()) this.evaluateAddress();
    this.runLength = 0;
  }

  /**
   * Adds a Kyrgyz name that ends with the father's name and "уулу" (son of) or "кызы" (daughter of)
   * in small letters, the particle in the name: "Нурланбек Тургунбек уулу", or the father's name
   * and the particle alone, as a report names the person again ("Тургунбек уулу"). Whether it did.
   */
  private evaluateKyrgyzName(): boolean {
    const { text, runLength: length } = this;
    const runEnd = this.runEnds[length - 1];
    const particleEnd = kyrgyzParticleEnd(text, runEnd);
    if (particleEnd === undefined) return false;
    const from = length >= 2 && this.mayBeKyrgyzGivenName(length - 2) ? length - 2 : length - 1;
    this.addIfFree(from, length, 'patronymic particle', undefined, { start: runEnd + 1, end: particleEnd });
    return true;
  }

  /**
   * Adds a surname after its initials, as Russian texts and wire copy write a person the knowledge
   * base does not know ("Н.Н. Бордюжа", "С.Ж. Ордабаев", "S. Ordabayev"): after two Cyrillic
   * initials, or a byline's "By" or "Di" ("By I.T. Smith"), any capitalised word; after one or
   * Latin ones a surname of the region's shape ("U.S. Army" is none). Whether it did.
   */
  private evaluateInitials(): boolean {
    const { text } = this;
    const start = this.runStarts[0];
    const end = this.runEnds[0];
    const initials = start > 1 ? initialsStart(text, start) : start;
    if (initials === start || this.skip(initials, start - 1) || this.skip(start, end)) return false;
    const secondDot = text.indexOf('.', initials + 2);
    const cyrillicPair = isCyrillic(text.charCodeAt(initials)) && isCyrillic(text.charCodeAt(start)) && secondDot >= 0 && secondDot < start - 1;
    const byline = bylineWordBefore(text, initials);
    if (!cyrillicPair && !byline && !SURNAME_ENDINGS.endsAt(text, start, end)) return false;
    if (NOT_NAME_WORDS.hasAt(text, start, end) || NOT_A_NAME_START.hasAt(text, start, end)) return false;
    this.add([{ start: initials, end: start - 1 }, { start, end }], byline ? 'byline' : 'initials');
    return true;
  }

  /**
   * Adds a first name alone as an interview or a letter addresses someone: after a dialogue's dash
   * that starts a line, or after a comma, and before a comma, "!" or "?" ("— Азамат, как прошли
   * учения?", "Спасибо, Азамат!"). Only a first name in the nominative, and none that is a common
   * word or a town as often ("Вера", "Роман", "Дархан").
   */
  private evaluateAddress(): void {
    const { text } = this;
    const start = this.runStarts[0];
    const end = this.runEnds[0];
    const after = text.charCodeAt(end);
    if (after !== 0x2c && after !== 0x21 && after !== 0x3f) return;
    if (!addressedBefore(text, start) || !nominativeFirstNames().hasAt(text, start, end) || NOT_ADDRESSES.hasAt(text, start, end)) return;
    this.addIfFree(0, 1, 'address');
  }

  /**
   * Whether the run's word `k`, before a father's name, may be the given name: not a name already
   * recognized, and, starting a sentence, where any word has its capital ("Позже Тургунбек уулу"),
   * a first name the lists know or one with an ending of Kyrgyz given names (-бек, -бай, -жан).
   */
  private mayBeKyrgyzGivenName(k: number): boolean {
    const { text } = this;
    const start = this.runStarts[k];
    const end = this.runEnds[k];
    if (this.skip(start, end)) return false;
    return !sentenceStart(text, start) || isKnownFirstNameAt(text, start, end) || KYRGYZ_GIVEN_NAME_END.test(text.slice(end - 3, end));
  }

  /**
   * A run of one word: a surname of the region's shape after a Russian title and the body it heads
   * ("Министр финансов Силуанов заявил", "вице-премьер Новак"), not starting the sentence.
   */
  private evaluateSurnameAfterTitle(): boolean {
    const { text } = this;
    const start = this.runStarts[0];
    const end = this.runEnds[0];
    if (!isCyrillic(text.charCodeAt(start)) || !SURNAME_ENDINGS.endsAt(text, start, end) || sentenceStart(text, start) || adjectiveOfBodyAt(text, start, end)) return false;
    const title = russianTitleBefore(text, start);
    if (title === undefined) return false;
    this.addIfFree(0, 1, 'title', title);
    return true;
  }

  /** Adds the person the run names, if its shape and what surrounds it say it is one; the run's words are read from the offsets. */
  /**
   * How many words after a first name, from run word `k`, come before the surname: a second first
   * name ("Maria Teresa Rossi"), a particle written with its capital ("Mario De Santis"), or both.
   */
  private wordsBeforeSurname(k: number): number {
    const { text, runStarts: starts, runEnds: ends, runLength: length } = this;
    let words = 0;
    if (k + 1 < length && isKnownFirstNameAt(text, starts[k], ends[k]) && !WORD_LIKE_FIRST_NAMES.hasAt(text, starts[k], ends[k])) words++;
    if (k + words + 1 < length && CAPITALISED_PARTICLES.has(text.slice(starts[k + words], ends[k + words]))) words++;
    return words;
  }

  private evaluate(): void {
    const { text, runStarts: starts, runEnds: ends, runLength: length } = this;
    if (this.evaluateBylineNames()) return;
    const runEnd = ends[length - 1];
    // A Russian interview's or report's byline: "Беседовала Айгерим Токтосунова", "Подготовил …",
    // the name ending the line.
    if (length >= 3 && length <= 4 && RUSSIAN_BYLINE_VERBS.hasAt(text, starts[0], ends[0]) && lineStart(text, starts[0]) && endsLine(text, runEnd)) {
      this.addIfFree(1, length, 'byline');
      return;
    }
    // The Italian byline with its capital, "Di Marco Rossi", the name ending the line: a line that
    // is only "Di" and two or three words ("Di Maio" alone is a surname).
    if (ends[0] - starts[0] === 2 && text.charCodeAt(starts[0]) === 0x44 && text.charCodeAt(starts[0] + 1) === 0x69 && length >= 3 && length <= 4 && lineStart(text, starts[0]) && endsLine(text, runEnd)) {
      this.addIfFree(1, length, 'byline');
      return;
    }
    // A byline as Italian writes it, "di" and the name on a line of their own ("di Marco Rossi"), and
    // the credits that close a wire story ("(Reporting by Anna Smith; Editing by John Brown)").
    const linkWord = length <= 4 ? shortWordBefore(text, starts[0]) : -1;
    if (linkWord >= 0 && (italianBylineBefore(text, linkWord, starts[0], runEnd) || wireCreditBefore(text, linkWord, starts[0]))) {
      this.addIfFree(0, length, 'byline');
      return;
    }
    // A photo credit: "/ Name Surname," or "Photo: Name Surname", the agency after a comma or a slash.
    if (
      length <= 3 &&
      creditBefore(text, starts[0]) &&
      /^(?:,|[ \u00a0]?\/|[ \t]*(?:\n|$))/.test(text.slice(runEnd, runEnd + 40))
    ) {
      this.addIfFree(0, length, 'credit');
      return;
    }
    // A relative named after the noun of kinship: two or three words, the name's all.
    if (length <= 3 && kinshipBefore(text, starts[0])) {
      this.addIfFree(0, length, 'kinship');
      return;
    }
    // A surname of the region's shape, a first name and a patronymic, as decrees and lists write a
    // person ("Назначить Петрова Ивана Сергеевича …"): the patronymic ends the run, and before the
    // surname stands a name already recognized or the one word that starts the sentence.
    if (length >= 3 && PATRONYMIC_ENDINGS.endsAt(text, starts[length - 1], runEnd) && SURNAME_ENDINGS.endsAt(text, starts[length - 3], ends[length - 3])) {
      const surname = length - 3;
      if (this.allKnown(0, surname) || (surname === 1 && sentenceStart(text, starts[0]))) {
        this.addIfFree(surname, length, 'surname first');
        return;
      }
    }
    // A first name the region uses, then a surname (or a patronymic and a surname).
    for (let i = 0; i + 1 < length; i++) {
      if (!isKnownFirstNameAt(text, starts[i], ends[i])) continue;
      const nameLength = i + 2 < length && PATRONYMIC_ENDINGS.endsAt(text, starts[i + 1], ends[i + 1]) ? 3 : 2 + this.wordsBeforeSurname(i + 1);
      // After a Russian title it is the name it looks like: "первый вице-премьер Роман Скляр".
      const wordLike = WORD_LIKE_FIRST_NAMES.hasAt(text, starts[i], ends[i]) && !SURNAME_ENDINGS.endsAt(text, starts[i + nameLength - 1], ends[i + nameLength - 1]);
      if (wordLike && !(i === 0 ? russianTitleBefore(text, starts[0]) !== undefined : i === 1 && RUSSIAN_TITLES.hasAt(text, starts[0], ends[0]))) return;
      // The name ends the run, and what comes before it in the run is a name already recognized
      // ("CIS Sergey …", "Пакистана Шахбазом …"), one word starting a sentence ("Yesterday Sergey
      // Lebedev") or a Russian title and the body's name ("Председатель Госдумы Вячеслав …"): else it
      // is part of a longer name ("Santa Maria Novella").
      if (i + nameLength !== length) return;
      const title = i <= 3 ? russianTitleAt(text, starts[0], ends[0]) : undefined;
      if (!this.allKnown(0, i) && (i > 1 || !sentenceStart(text, starts[0])) && title === undefined) return;
      // A title in small letters before the run is the person's role too ("председатель Комитета … Бекзат Жумабаев").
      this.addIfFree(i, i + nameLength, 'first name', title ?? (i === 0 ? russianTitleBefore(text, starts[0]) : undefined));
      return;
    }
    // A surname of the region's shape alone after a Russian title, the body and a name already
    // recognized: "Президент Туркменистана Бердымухамедов", "министр обороны Казахстана Жаксылыков".
    // The title may be the run's first word, capitalised as it starts the sentence ("Политолог …").
    const titleOpensRun = RUSSIAN_TITLES.hasAt(text, starts[0], ends[0]) && sentenceStart(text, starts[0]);
    const titleOpens = length >= 3 && titleOpensRun;
    if (this.allKnown(titleOpens ? 1 : 0, length - 1) && isCyrillic(text.charCodeAt(starts[length - 1])) && SURNAME_ENDINGS.endsAt(text, starts[length - 1], runEnd) && !adjectiveOfBodyAt(text, starts[length - 1], runEnd)) {
      const title = titleOpens ? text.slice(starts[0], ends[0]) : russianTitleBefore(text, starts[0]);
      if (title !== undefined) {
        this.addIfFree(length - 1, length, 'title', title);
        return;
      }
    }
    // A surname of the region's shape after a first name the list lacks, the two ending the run,
    // with a Russian title and the body it heads before them or starting the run ("председатель Комитета национальной
    // безопасности Карим Масимов", "пресс-секретарь главы правительства Назели Багдасарян").
    const nameLength = length >= 3 && PATRONYMIC_ENDINGS.endsAt(text, starts[length - 2], ends[length - 2]) ? 3 : 2;
    const first = length - nameLength;
    const titleFirst = first >= 1 && titleOpensRun;
    if (first >= 0 && isCyrillicOrHyphen(text.charCodeAt(starts[first])) && SURNAME_ENDINGS.endsAt(text, starts[length - 1], runEnd) && this.allKnown(titleFirst ? 1 : 0, first)) {
      const title = titleFirst ? text.slice(starts[0], ends[0]) : russianTitleBefore(text, starts[0]);
      if (title !== undefined) {
        this.addIfFree(first, length, 'title', title);
        return;
      }
    }
    if (this.evaluateBareFullName() || this.evaluateNameOfKnown()) return;
    this.evaluateSpeech();
  }

  /**
   * A full name of the region's shape, then "of" and a state or a body the knowledge base knows,
   * as lists of ministers and delegates name them: "Taalaibek Ibrayev of Kyrgyzstan and Jurabek
   * Mirzamakhmudov of Uzbekistan", "Aidar Bekov of the CSTO". Whether it took the name.
   */
  private evaluateNameOfKnown(): boolean {
    const { text, runEnds: ends } = this;
    const runEnd = ends[this.runLength - 1];
    if (!this.runIsFullName() || text.charCodeAt(runEnd + 1) !== 0x6f) return false;
    const of = OF_NAME_AFTER.exec(text.slice(runEnd, runEnd + 40));
    if (of === null) return false;
    const start = runEnd + of[0].length - of[1].length;
    if (!this.skip(start, start + of[1].length)) return false;
    this.addIfFree(0, this.runLength, 'of');
    return true;
  }

  /**
   * A Russian full name of the region's shape, two words or three with a patronymic, whose first
   * name the lists lack, the run's all and inside a sentence, where a capital says it is a name:
   * "убит Мамадбокир Мамадбокиров", "кандидат Аграрной партии Агаджан Бекмурадов", "гибели
   * Гульбиддина Зиёбекова". Not after a sentence's first capital, nor an adjective's form ("бывший
   * командир Объединенной …"), nor in quotes or after "имени" ("Дворец единоборств имени …"). Whether it took the name.
   */
  private evaluateBareFullName(): boolean {
    const { text, runStarts: starts, runEnds: ends } = this;
    if (!this.runIsFullName() || !isCyrillic(text.charCodeAt(starts[0])) || sentenceStart(text, starts[0])) return false;
    for (let k = 0; k < this.runLength; k++) if (!CAPITALISED_CYRILLIC_WORD.test(text.slice(starts[k], ends[k]))) return false;
    // A name in quotes is a body's or an outlet's («Обу Замин»); one after "имени" names a place or a body after a person.
    const before = text.slice(Math.max(0, starts[0] - 7), starts[0]);
    if (/[«“"„]$/.test(before) || /(?:^|[^а-яё])(?:имени|им\.)[ \u00a0]+$/.test(before) || placePrepositionBefore(text, starts[0])) return false;
    const first = text.slice(starts[0], ends[0]);
    if (RUSSIAN_ADJECTIVE_FORM.test(first) || RUSSIAN_TITLES.has(first) || NAMED_AFTER_HEADS.has(first)) return false;
    this.addIfFree(0, this.runLength, 'full name');
    return true;
  }

  /**
   * A name of the region's shape with a verb of speech after it ("Bakyt Usenov said"), or ", who";
   * or right before it, two words or three with a patronymic in the middle, as reports name the
   * speaker after a quote ("said Zhanar Tulegenova", "отметила Айзада Кутуева").
   */
  private evaluateSpeech(): void {
    const { text, runStarts: starts, runEnds: ends, runLength: length } = this;
    const runEnd = ends[length - 1];
    const speech = mayBeSpeechAfter(text, runEnd) ? speechAfter(text, runEnd) : undefined;
    if (speech !== undefined) {
      // Two words, or three with a patronymic in the middle: a word before them starts the sentence.
      const patronymic = length >= 3 && PATRONYMIC_ENDINGS.endsAt(text, starts[length - 2], ends[length - 2]);
      if (!SURNAME_ENDINGS.endsAt(text, starts[length - 1], runEnd)) return;
      // A Russian title opening the sentence is the surname's title, not its first name: "Министр Силуанов заявил".
      if (!patronymic && length >= 2 && RUSSIAN_TITLES.hasAt(text, starts[length - 2], ends[length - 2])) {
        this.addIfFree(length - 1, length, 'title', text.slice(starts[length - 2], ends[length - 2]));
        return;
      }
      this.addIfFree(patronymic ? length - 3 : length - 2, length, speech);
      return;
    }
    // A name of another shape only after a verb ("said"), not after "according to", which as often gives a body.
    const apposition = length === 2 && APPOSITION_AFTER.test(text.slice(runEnd, runEnd + 40)) && !ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, starts[0] - 14), starts[0]));
    if ((this.runIsFullName() || apposition) && speechBefore(text, starts[0])) {
      this.addIfFree(0, length, 'speech before');
      return;
    }
    // "Secondo" opening the sentence opens the run too: the name is the rest of it ("Secondo Parviz Davlatov, …").
    if (length === 3 && isWordAt(text, starts[0], ends[0], 'Secondo') && SURNAME_ENDINGS.endsAt(text, starts[2], ends[2])) {
      this.addIfFree(1, length, 'speech before');
    }
  }

  /** Whether the run is one full name of the region's shape: two words, or three with a patronymic in the middle, the last a surname's. */
  private runIsFullName(): boolean {
    const { text, runStarts: starts, runEnds: ends, runLength: length } = this;
    return (length === 2 || (length === 3 && PATRONYMIC_ENDINGS.endsAt(text, starts[1], ends[1]))) && SURNAME_ENDINGS.endsAt(text, starts[length - 1], ends[length - 1]);
  }

  /**
   * Adds the name of a byline: "By" and the name, on a line of its own or after the dateline's dash;
   * the second author after "and", ending the line; the name after "Автор:", "Author:" or "Autore:"
   * on a line of its own; and the outlet after the name (`addOutletAfter`). Whether it did.
   */
  private evaluateBylineNames(): boolean {
    const { text, runStarts: starts, runEnds: ends, runLength: length } = this;
    if (ends[0] - starts[0] === 2 && text.charCodeAt(starts[0]) === 0x42 && text.charCodeAt(starts[0] + 1) === 0x79 && length >= 3 && length <= 4 && (lineStart(text, starts[0]) || (afterDatelineDash(text, starts[0]) && bylineEndsAfter(text, ends[length - 1])))) {
      this.addIfFree(1, length, 'By');
      this.bylineEnd = ends[length - 1];
      this.addOutletAfter(ends[length - 1]);
      return true;
    }
    if (length <= 3 && endsLine(text, ends[length - 1]) && (this.secondAuthor(starts[0]) || AUTHOR_LABEL_BEFORE.test(text.slice(Math.max(0, starts[0] - 12), starts[0])))) {
      this.addIfFree(0, length, 'byline');
      return true;
    }
    // One author's name of the region's shape opening a line or right after the dateline, then only
    // the outlet after a comma or a bar: "АЛМАТЫ, 10 января 2022 года. Дина Сагиндыкова, «Степной вестник»".
    if (this.runIsFullName() && (lineStart(text, starts[0]) || DATELINE_BEFORE.test(text.slice(Math.max(0, starts[0] - DATELINE_REACH), starts[0]))) && outletEndsLine(text, ends[length - 1])) {
      this.addIfFree(0, length, 'byline');
      this.addOutletAfter(ends[length - 1]);
      return true;
    }
    // Either name of a line that is a byline of two authors, without "By".
    const authorsLine = length <= 3 ? lineStartWithin(text, starts[0], TWO_AUTHORS_REACH) : -1;
    if (authorsLine >= 0) {
      const authors = twoAuthorsAt(text, authorsLine);
      if (authors && ((authors[0] === starts[0] && authors[1] === ends[length - 1]) || (authors[2] === starts[0] && authors[3] === ends[length - 1]))) {
        this.addIfFree(0, length, 'byline');
        return true;
      }
    }
    return false;
  }

  /** The outlet after a byline's name that ends at `at`, as a name of its own (OUTLET_CUE): ", «Степной вестник»", " | Sibir Wire". */
  private addOutletAfter(at: number): void {
    const m = OUTLET_NAME.exec(this.text.slice(at, at + 64));
    if (m === null || (m[1] === '') !== (m[3] === '')) return;
    const start = at + m[0].indexOf(m[2]);
    const end = start + m[2].length;
    if (!this.skip(start, end)) this.add([{ start, end }], OUTLET_CUE);
  }

  /** Whether the name at `start` follows a byline's name on its line, "and", "e" or "и" between them. */
  private secondAuthor(start: number): boolean {
    return this.bylineEnd >= 0 && start - this.bylineEnd <= 5 && AUTHORS_JOINED.test(this.text.slice(this.bylineEnd, start));
  }

  /** Whether the run's words [from, to) are all recognized already. */
  private allKnown(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.skip(this.runStarts[k], this.runEnds[k])) return false;
    return true;
  }

  /** Adds the run's words [from, to) as a name with `cue`, unless one is recognized already or is an institution's or headline's word, or the first never starts a name. */
  private addIfFree(from: number, to: number, cue: string, role?: string, particle?: ShapeWord): void {
    const { text, runStarts: starts, runEnds: ends } = this;
    for (let k = from; k < to; k++) if (this.skip(starts[k], ends[k]) || NOT_NAME_WORDS.hasAt(text, starts[k], ends[k])) return;
    if (NOT_A_NAME_START.hasAt(text, starts[from], ends[from])) return;
    const name: ShapeWord[] = [];
    for (let k = from; k < to; k++) name.push({ start: starts[k], end: ends[k] });
    if (particle) name.push(particle);
    this.add(name, cue, role);
  }
}

/** Whether a byline's "By" or "Di", starting its line, stands right before `at` with one space. */
function bylineWordBefore(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 0x20 || !lineStart(text, at - 3)) return false;
  const first = text.charCodeAt(at - 3);
  const second = text.charCodeAt(at - 2);
  return (first === 0x42 && second === 0x79) || (first === 0x44 && second === 0x69);
}

/** The verbs a Russian byline opens with, in the past: "Беседовала …", "Записал …", "Подготовили …". */
const RUSSIAN_BYLINE_VERBS = new WordSet(
  ['Беседовал', 'Беседовала', 'Беседовали', 'Записал', 'Записала', 'Записали', 'Подготовил', 'Подготовила', 'Подготовили'],
);

/** The particles of a Kyrgyz patronymic, "son of" and "daughter of", in small letters after the father's name. */
const KYRGYZ_PARTICLES = ['уулу', 'кызы'];

/** The endings of many Kyrgyz given names: Нурланбек, Турдубай, Бакытжан. */
const KYRGYZ_GIVEN_NAME_END = /^(?:бек|бай|жан)$/;

/** Where "уулу" or "кызы", one space after `end`, ends, if one stands there as a word. */
function kyrgyzParticleEnd(text: string, end: number): number | undefined {
  if (text.charCodeAt(end) !== 0x20) return undefined;
  const particleEnd = end + 5;
  if (particleEnd < text.length && (classAt(text, particleEnd) & (LETTER | NUMBER)) !== 0) return undefined;
  return KYRGYZ_PARTICLES.some((p) => text.startsWith(p, end + 1)) ? particleEnd : undefined;
}

/** Whether only spaces and tabs stand between `at` and a sentence's end (or the text's start) within the 8 units before it. */
export function sentenceStart(text: string, at: number): boolean {
  return afterBlanksFollows(text, at, 8, SENTENCE_END);
}

/** Whether only spaces and tabs stand between `at` and a line break (or the text's start) within the 20 units before it. */
export function lineStart(text: string, at: number): boolean {
  return afterBlanksFollows(text, at, 20, LINE_END);
}

const SENTENCE_END = new Set([...'.!?…:;»"”\n'].map((c) => c.charCodeAt(0)));
const LINE_END = new Set([0x0a]);

/**
 * Whether, reading back from `at` over spaces, tabs and no-break spaces, one of `ends` comes next,
 * or the reading reaches `reach` units before `at` (what an expression anchored with ^ on a copy of
 * those units finds).
 */
function afterBlanksFollows(text: string, at: number, reach: number, ends: ReadonlySet<number>): boolean {
  const from = Math.max(0, at - reach);
  let k = at;
  while (k > from) {
    const code = text.charCodeAt(k - 1);
    if (!isBlankInLine(code)) return ends.has(code);
    k--;
  }
  return true;
}

/** The plain readings of sentenceStart and lineStart, which they stand for. */
export function sentenceStartPlain(text: string, at: number): boolean {
  return /(?:^|[.!?…:;»"”\n])[ \t\u00a0]*$/.test(text.slice(Math.max(0, at - 8), at));
}
export function lineStartPlain(text: string, at: number): boolean {
  return /(?:^|\n)[ \t\u00a0]*$/.test(text.slice(Math.max(0, at - 20), at));
}
