// The case forms of Russian names, made from the nominative the knowledge base holds: Russian
// inflects names ("в Бишкеке", "с Садыром Жапаровым", "Совета министров обороны"), and a matcher
// of whole words finds only the forms it is given. The forms come from endings, by the word's
// ending and the name's kind, not from a list per name. They are meant for matching, not for
// writing: a form Russian would not use (both "-ом" and "-ым" for a surname in "-ин") costs nothing,
// as long as it is not a word of its own, which the caller guards against.
import type { EntityType } from '../knowledgeBase/schema';

/** A word's forms in the oblique cases, in this order: genitive, dative, accusative, instrumental, prepositional. */
type CaseForms = readonly (readonly string[])[];
const CASES = 5;

const CYRILLIC_WORD = /^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$/;
/** Consonants after which Russian writes и, not ы (Ольга → Ольги). */
const HUSHING_OR_VELAR = /[гкхжшчщ]$/;

function forms(gen: string[], dat: string[], acc: string[], ins: string[], prep: string[]): CaseForms {
  return [gen, dat, acc, ins, prep];
}

function nounForms(word: string, kind: EntityType): CaseForms | undefined {
  const lower = word.toLowerCase();
  const last = lower[lower.length - 1];
  // The word without its last letter, which most endings replace.
  const stem = word.slice(0, word.length - 1);
  // Plural place names in -ичи (Барановичи, Ляховичи, Осиповичи): "в Барановичах", "из Барановичей".
  if (kind === 'place' && lower.endsWith('ичи')) return forms([stem + 'ей'], [stem + 'ам'], [], [stem + 'ами'], [stem + 'ах']);
  if (lower.endsWith('ия')) return forms([stem + 'и'], [stem + 'и'], [stem + 'ю'], [stem + 'ей'], [stem + 'и']);
  if (lower.endsWith('ие')) return forms([stem + 'я'], [stem + 'ю'], [], [stem + 'ем'], [stem + 'и']);
  if (lower.endsWith('ий')) return forms([stem + 'я'], [stem + 'ю'], [stem + 'я'], [stem + 'ем'], [stem + 'и', stem + 'е']);
  if (last === 'а') {
    const i = HUSHING_OR_VELAR.test(lower.slice(0, -1)) ? 'и' : 'ы';
    // Surnames in -ова, -ина decline as adjectives: Захаровой. After ж, ш, ч, щ and ц an
    // unstressed instrumental ending is written -ей: с Бордюжей.
    const instrumental = /[жшчщц]$/.test(lower.slice(0, -1)) ? [stem + 'ей', stem + 'ой', stem + 'ею'] : [stem + 'ой', stem + 'ою'];
    return forms([stem + i, stem + 'ой'], [stem + 'е', stem + 'ой'], [stem + 'у'], instrumental, [stem + 'е', stem + 'ой']);
  }
  if (last === 'я') return forms([stem + 'и'], [stem + 'е'], [stem + 'ю'], [stem + 'ей', stem + 'ёй'], [stem + 'е']);
  if (last === 'й') return forms([stem + 'я'], [stem + 'ю'], [stem + 'я'], [stem + 'ем'], [stem + 'е']);
  if (last === 'ь') {
    // Masculine (Кремль → Кремля) and feminine (Беларусь → Беларуси) read alike in the nominative;
    // a feminine accusative is the nominative ("в Чуйскую область").
    return forms([stem + 'я', stem + 'и'], [stem + 'ю', stem + 'и'], [stem + 'я', word], [stem + 'ем', stem + 'ём', word + 'ю'], [stem + 'е', stem + 'и']);
  }
  // A neuter common noun in -е in small letters inside a name declines ("Аральское море": "Аральского
  // моря", "Сергеевское водохранилище": "… водохранилища"); a name of its own in -е does not (Душанбе).
  if (last === 'е' && word === lower && kind !== 'person') {
    const hushing = /[жшщчц]$/.test(lower.slice(0, -1));
    return forms([stem + (hushing ? 'а' : 'я')], [stem + (hushing ? 'у' : 'ю')], [], [stem + 'ем'], [stem + 'е']);
  }
  if (last === 'о') {
    // Common nouns in -о decline (Правительство → Правительства, "Телецкое озеро" → "… озера");
    // names in -о mostly do not (Лукашенко, Мехико), except Russian place names in -ово, -ево, -ёво,
    // -ино, -ыно (Ново-Огарёво, Голицыно).
    if (kind === 'person' || (kind === 'place' && word !== lower && !/(ов|ев|ёв|ин|ын)о$/.test(lower))) return undefined;
    return forms([stem + 'а'], [stem + 'у'], [], [stem + 'ом'], [stem + 'е']);
  }
  // A noun in -ец after a consonant loses its е ("Дворец Независимости": "во Дворце"); a surname keeps it (Кузнеца).
  if (kind !== 'person' && /[бвгджзклмнпрстфхцчшщ]ец$/.test(lower)) {
    const fleeting = word.slice(0, -2) + word.slice(-1);
    return forms([fleeting + 'а'], [fleeting + 'у'], [], [fleeting + 'ом'], [fleeting + 'е']);
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(last)) {
    const gen = [word + 'а'];
    // Surnames in -ов, -ев take adjective endings in the instrumental (Жапаровым); those in -ин,
    // -ын do when Russian (Путиным), not otherwise (Цзиньпином); after ж, ш, ч, щ, ц an unstressed
    // ending is -ем (Шарифом, but Ильичем).
    const surname = kind === 'person' && /(ов|ев|ёв|ин|ын)$/.test(lower);
    const ins = surname && !/(ин|ын)$/.test(lower) ? [word + 'ым'] : [word + 'ом'];
    if (surname && /(ин|ын)$/.test(lower)) ins.push(word + 'ым');
    if (/[жшчщц]$/.test(last)) ins.push(word + 'ем');
    return forms(gen, [word + 'у'], kind === 'person' ? gen : [], ins, [word + 'е']);
  }
  // Other vowels (Душанбе, Алматы, Раиси): the name does not decline.
  return undefined;
}

const ADJECTIVE_ENDINGS: Record<string, { forms: CaseForms; plural?: boolean }> = {
  ый: { forms: forms(['ого'], ['ому'], [], ['ым'], ['ом']) },
  ой: { forms: forms(['ого'], ['ому'], [], ['ым'], ['ом']) },
  ий: { forms: forms(['ого', 'его'], ['ому', 'ему'], [], ['им'], ['ом', 'ем']) },
  ая: { forms: forms(['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']) },
  яя: { forms: forms(['ей'], ['ей'], ['юю'], ['ей'], ['ей']) },
  ое: { forms: forms(['ого'], ['ому'], [], ['ым'], ['ом']) },
  ее: { forms: forms(['его'], ['ему'], [], ['им'], ['ем']) },
  ые: { forms: forms(['ых'], ['ым'], [], ['ыми'], ['ых']), plural: true },
  ие: { forms: forms(['их'], ['им'], [], ['ими'], ['их']), plural: true },
};
/**
 * A feminine adjective whose stem ends in ж, ш, ч or щ ends in -ей where its ending is not stressed
 * ("Высшая школа": "Высшей школы"), in -ой where it is ("Большая": "Большой"): both are made.
 */
const HUSHING_FEMININE: CaseForms = forms(['ей', 'ой'], ['ей', 'ой'], ['ую'], ['ей', 'ею', 'ой'], ['ей', 'ой']);

/**
 * The endings of an ordinal written in figures ("201-я", "5-й", "3-е"), declined as the adjective
 * it stands for: "201-й российской военной базы", "5-го корпуса". A masculine "-й" reads as the
 * nominative; the feminine's "-й" forms are its oblique cases.
 */
const ORDINAL_ENDINGS: Record<string, CaseForms> = {
  я: forms(['й'], ['й'], ['ю'], ['й'], ['й']),
  й: forms(['го'], ['му'], [], ['м'], ['м']),
  е: forms(['го'], ['му'], [], ['м'], ['м']),
};
const ORDINAL = /^\d+-[яйе]$/;

function ordinalForms(word: string): CaseForms {
  const stem = word.slice(0, -1);
  return ORDINAL_ENDINGS[word[word.length - 1]].map((endings) => endings.map((e) => stem + e));
}

function adjectiveEnding(word: string): string | undefined {
  const ending = word.slice(-2).toLowerCase();
  return word.length > 4 && ending in ADJECTIVE_ENDINGS ? ending : undefined;
}

/** The neuter adjectives' endings, whose noun may end as a plural adjective does: "Национальное собрание". */
const NEUTER_ENDINGS = new Set(['ое', 'ее']);

function adjectiveForms(word: string, ending: string): CaseForms {
  const stem = word.slice(0, -2);
  const endings = ending === 'ая' && /[жшчщ]$/i.test(stem) ? HUSHING_FEMININE : ADJECTIVE_ENDINGS[ending].forms;
  // After г, к, х, ж, ш, ч, щ Russian writes и for ы: "Аральским", "Донским", not "Аральскым".
  const iForY = HUSHING_OR_VELAR.test(stem.toLowerCase());
  return endings.map((list) => list.map((e) => stem + (iForY && e.startsWith('ы') ? `и${e.slice(1)}` : e)));
}


/** A plural noun after a plural adjective: силы → сил, силам, силами, силах; войска → войск, войскам, войсками, войсках. */
function pluralNounForms(word: string): CaseForms | undefined {
  const lower = word.toLowerCase();
  if (lower.endsWith('а')) {
    const stem = word.slice(0, -1);
    return forms([stem, stem + 'ов'], [stem + 'ам'], [], [stem + 'ами'], [stem + 'ах']);
  }
  if (!/[ыи]$/.test(lower)) return undefined;
  const stem = word.slice(0, -1);
  const soft = lower.endsWith('и') && !HUSHING_OR_VELAR.test(stem.toLowerCase());
  const a = soft ? 'я' : 'а';
  return forms([stem, stem + 'ов', stem + 'ей'], [stem + a + 'м'], [], [stem + a + 'ми'], [stem + a + 'х']);
}

/**
 * The forms of one word, a noun (plural after a plural adjective); a hyphenated word declines in
 * its last part only (Касым-Жомарт → Касым-Жомарта).
 */
function wordForms(word: string, kind: EntityType, plural: boolean): CaseForms | undefined {
  const cut = word.lastIndexOf('-') + 1;
  const part = cut === 0 ? word : word.slice(cut);
  // A place of two letters declines as a longer one does ("Ош": "в Оше", "из Оша"); other words
  // of two letters are initials, particles or parts of hyphenated names.
  if (part.length < 3 && !(part.length === 2 && cut === 0 && kind === 'place')) return undefined;
  const found = plural ? pluralNounForms(part) : nounForms(part, kind);
  if (cut === 0 || !found) return found;
  const head = word.slice(0, cut);
  return found.map((list) => list.map((f) => head + f));
}

/** A word of CYRILLIC_WORD in capitals only (its upper case is itself), of two letters or more. */
function isAcronym(word: string): boolean {
  return word.length > 1 && !SMALL_CYRILLIC.test(word);
}
const SMALL_CYRILLIC = /[а-яё]/;

/** A one-word place name that is an adjective in "-ский" or "-цкий" ("Лепельский", a training ground). */
const ADJECTIVE_PLACE_NAME = /^\p{Lu}\p{Ll}+[сц]кий$/u;
export const isAdjectivePlaceName = (name: string) => ADJECTIVE_PLACE_NAME.test(name);

/**
 * Which words of a name decline, with their forms, by the word's position (none for a word that
 * does not): every word of a person's name; in other names the leading adjectives and the noun they
 * qualify ("Российская Федерация", "Совет министров обороны": only "Совет"), the rest being
 * complements that keep their case. Undefined when no word declines.
 */
function declinedWords(words: readonly string[], kind: EntityType): (CaseForms | undefined)[] | undefined {
  let declined: (CaseForms | undefined)[] | undefined;
  const decline = (k: number, found: CaseForms) => {
    declined ??= new Array<CaseForms | undefined>(words.length);
    declined[k] = found;
  };
  if (kind === 'person') {
    for (let k = 0; k < words.length; k++) {
      const word = words[k];
      const found = CYRILLIC_WORD.test(word) && !isAcronym(word) ? wordForms(word, kind, false) : undefined;
      if (found) decline(k, found);
    }
    return declined;
  }
  let plural = false;
  let neuter = false;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (k === 0 && ORDINAL.test(word) && words.length > 1) {
      decline(k, ordinalForms(word));
      continue;
    }
    if (!CYRILLIC_WORD.test(word) || isAcronym(word)) break;
    // A place named by an adjective alone ("Лепельский", a training ground) declines as one.
    let ending = k < words.length - 1 || (words.length === 1 && kind === 'place' && ADJECTIVE_PLACE_NAME.test(word)) ? adjectiveEnding(word) : undefined;
    // After a neuter adjective, a word in -ие is its noun (собрание), not a plural adjective.
    if (ending === 'ие' && neuter) ending = undefined;
    if (ending) {
      decline(k, adjectiveForms(word, ending));
      plural ||= ADJECTIVE_ENDINGS[ending].plural === true;
      neuter = NEUTER_ENDINGS.has(ending);
      continue;
    }
    const found = wordForms(word, kind, plural);
    if (found) decline(k, found);
    break;
  }
  return declined;
}

/**
 * The oblique case forms of a Russian name (`name` in the nominative, words separated by single
 * spaces), without the name itself; empty for names that are not Cyrillic or do not decline.
 */
export function russianCaseForms(name: string, kind: EntityType): string[] {
  return formsInCases(name, kind, CASES);
}

/** The genitive forms of a Russian name, as `russianCaseForms` makes them: the case of a complement ("Парламентская ассамблея Организации …"). */
export function russianGenitiveForms(name: string, kind: EntityType): string[] {
  return formsInCases(name, kind, 1);
}

/** A Russian abbreviation of a place in capitals ("РФ", "РА"): it does not decline. */
const RUSSIAN_ACRONYM = /^[А-ЯЁ]{2,4}$/;

/**
 * A place's Russian names as they stand after a body's name, in the genitive: "Министерство обороны
 * Армении", "… Республики Беларусь"; an abbreviation as it is ("МИД РА").
 */
export function russianGenitivesOfPlace(names: readonly string[]): string[] {
  return names.flatMap((name) => (RUSSIAN_ACRONYM.test(name) ? [name] : russianGenitiveForms(name, 'place')));
}

/** `russianCaseForms` in the first `cases` oblique cases (genitive, dative, …). */
function formsInCases(name: string, kind: EntityType, cases: number): string[] {
  if (!/[а-яё]/i.test(name)) return [];
  const words = name.split(' ');
  const declined = declinedWords(words, kind);
  if (!declined) return [];
  const found: string[] = [];
  for (let c = 0; c < cases; c++) {
    // Every word in the same case; each word's variants combined (a handful at most), the words
    // that do not decline, or have no form in this case, as they are.
    let changed = false;
    for (let k = 0; k < words.length && !changed; k++) changed = (declined[k]?.[c].length ?? 0) > 0;
    if (!changed) continue;
    // Most names have one form per word in a case: one phrase, made without lists.
    let phrase = '';
    let phrases: string[] | undefined;
    for (let k = 0; k < words.length; k++) {
      const variants = declined[k]?.[c];
      const options = variants && variants.length > 0 ? variants : undefined;
      if (!phrases && (!options || options.length === 1)) {
        const word = options ? options[0] : words[k];
        phrase = phrase ? `${phrase} ${word}` : word;
        continue;
      }
      phrases ??= [phrase];
      const longer: string[] = [];
      for (const p of phrases) for (const o of options ?? [words[k]]) longer.push(p ? `${p} ${o}` : o);
      phrases = longer;
    }
    phrases ??= [phrase];
    // A handful of forms at most: a list is cheaper than a set.
    for (const p of phrases) if (p !== name && !found.includes(p)) found.push(p);
  }
  return found;
}

/**
 * The plural of the heads of regions' names, by case: nominative, genitive, dative, accusative,
 * instrumental, prepositional. Several regions listed share one head in the plural, each adjective
 * in the singular: "в Ошской, Джалал-Абадской и Чуйской областях", "в Туркестанскую и Жамбылскую области".
 */
const PLURAL_HEADS: Record<string, readonly (readonly string[])[]> = {
  область: [['области'], ['областей'], ['областям'], ['области'], ['областями'], ['областях']],
  край: [['края'], ['краёв', 'краев'], ['краям'], ['края'], ['краями'], ['краях']],
  район: [['районы'], ['районов'], ['районам'], ['районы'], ['районами'], ['районах']],
  // Bodies listed the same way: "командующие Центрального и Южного военных округов".
  'военный округ': [['военные округа'], ['военных округов'], ['военным округам'], ['военные округа'], ['военными округами'], ['военных округах']],
};

/**
 * For a name of an adjective and a region's head ("Чуйская область", "Южный военный округ"), the forms that end a list of
 * such regions (the last adjective and the head in the plural: "Чуйской областях") and the
 * adjective's own forms, which name the region in the list before it ("Ошской, …"); undefined for
 * other names.
 */
export function russianListForms(name: string): { ends: string[]; adjectives: string[] } | undefined {
  const space = name.indexOf(' ');
  const words = [name.slice(0, space), name.slice(space + 1)];
  if (space < 0 || !CYRILLIC_WORD.test(words[0])) return undefined;
  const heads = PLURAL_HEADS[words[1].toLowerCase()];
  const ending = adjectiveEnding(words[0]);
  if (!heads || !ending || ADJECTIVE_ENDINGS[ending].plural) return undefined;
  const oblique = adjectiveForms(words[0], ending);
  const ends: string[] = [];
  const adjectives: string[] = [];
  for (let c = 0; c < heads.length; c++) {
    // An inanimate masculine accusative is its nominative (в Краснодарский и Ставропольский края).
    const singular = c === 0 || oblique[c - 1].length === 0 ? [words[0]] : oblique[c - 1];
    for (const adjective of singular) {
      if (!adjectives.includes(adjective)) adjectives.push(adjective);
      for (const head of heads[c]) if (!ends.includes(`${adjective} ${head}`)) ends.push(`${adjective} ${head}`);
    }
  }
  return { ends, adjectives };
}
