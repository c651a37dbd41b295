// Finds every alias of every entity in one pass, on whole words, longest match first, with case
// and diacritics folded.
import { aliasRefusal, isCommonWord } from '../knowledgeBase/aliasRules';
import { partitionPoint } from '../text/binarySearch';
import { foldString, isInvisible, isWordCode } from '../text/fold';
import type { Entity } from '../knowledgeBase/schema';
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { ENGLISH_EXERCISE_NOUNS } from './exerciseNouns';
import { editionsBySeries, isExerciseSeries, quotedAt, seriesBareNames, writtenAsEdition, yearAfter, yearEnding } from './exerciseSeries';
import { ancestorsOf, foldedWordKey, mayJoinParts, type NamePart, nameWords, splitName, wordSpans } from './compoundNames';
import { isAdjectivePlaceName, russianCaseForms, russianGenitiveForms, russianGenitivesOfPlace, russianListForms } from './russianForms';
import { englishRegionForms } from './englishRegionLists';
import { latinSpellings } from './latinSpellings';
import { firstNameKey, firstNameSkeleton } from './firstNameSpellings';
import { FoldedWordMatcher } from './wordMatcher';
import { type EntityNames, entityNamesOf } from './entityNames';
import type { Mention } from './mention';
import { isCyrillic, isLineBreak, isWordSpace, type WordBoundaries, wordCharWidthAt } from './textScan';
import { inTitleCaseLine, mayBeNameWordAt } from './candidates';
import { firstNamesOfForm, isKnownFirstNameAt, isPatronymicAt, placePrepositionBefore, sentenceStart } from './personShape';
import { initialsAfter, initialsStart } from './initials';
import { allNames } from '../knowledgeBase/knowledgeBase';

// Per alias, in `aliasInfo`: these flags, and above them the index of its entity.
const CAPITALS_ONLY = 1;
const AMBIGUOUS = 2;
const INITIAL_CAPITAL = 4;
/** A name of an exercise series: a year right after it makes the mention that year's edition. */
const SERIES = 8;
/** A series' bare name ("Search"): a name only with a year after it or in quotes. */
const WITH_YEAR_OR_QUOTES = 16;
/** An acronym that spells a common word ("UN"): never taken written as a word ("Un"). */
const NOT_AS_WORD = 32;
/** A name that joins parts, each a mention of its own (compoundNames.ts). */
const COMPOUND = 64;
/** A name of two letters written with a capital then a small letter ("Xi"): matched only written so, as "XI" is a numeral. */
const TWO_LETTERS_AS_WRITTEN = 128;
/**
 * A name of a place, a person or an event of several words, with capitals as the knowledge base
 * writes it: written in small letters it is the words' own phrase ("a red square on the map", "a
 * white house"). Bodies are not: news writes them in small letters ("министерство обороны").
 */
const SOME_CAPITAL = 256;
const ENTITY_SHIFT = 9;

/** "Xi", "Си": a name of two letters, a capital and a small one. */
function isTwoLetterName(alias: string): boolean {
  // Most names are longer: no need for the expression.
  return alias.length <= 4 && /^\p{Lu}\p{Ll}$/u.test(alias);
}

/** An alias in capitals, such as CSTO or ОДКБ, of at most six letters. */
function isAcronym(alias: string): boolean {
  // Most aliases are names with a small letter early on: no need to look further.
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f)) return false;
  }
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const QUOTES = /[«»“”"„]/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hasLowercase(s: string): boolean {
  return s !== s.toUpperCase();
}

/**
 * An acronym as the article writes it: in capitals (CSTO), or as Italian writes acronyms, as a
 * word with its capital (Csto, Nato, Onu), unless that word is a common one.
 */
function acronymWritten(written: string, notAsWord: boolean): boolean {
  if (!hasLowercase(written)) return true;
  return !notAsWord && hasUppercase(written[0]) && !hasUppercase(written.slice(1));
}

function hasUppercase(s: string): boolean {
  return s !== s.toLowerCase();
}

const isAsciiLower = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * Nouns of training that an English body's name in small letters may stand before as a mere
 * attribute: "joint staff training", "command staff exercises" name a kind of drill, not the body.
 */
const TRAINING_NOUNS = new Set([...ENGLISH_EXERCISE_NOUNS, 'training', 'trainings', 'games']);
const LONGEST_TRAINING_NOUN = Math.max(...[...TRAINING_NOUNS].map((noun) => noun.length));

/** Up to three more exercises' names with their capitals, then an English noun of exercises, after a name. */
const EXERCISE_NOUN_AFTER_NAMES = new RegExp(`^((?:,|,? and) \\p{Lu}[\\p{L}-]*)?(?:(?:,|,? and) \\p{Lu}[\\p{L}-]*){0,2} (?:${ENGLISH_EXERCISE_NOUNS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** What ends a sentence or a line, before its next word: . ! ? and a line break. */
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x0a]);

/** Whether one space, then one of TRAINING_NOUNS as a whole word, follows `end`. */
function trainingNounAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  let k = end + 1;
  while (k < text.length && k - end <= LONGEST_TRAINING_NOUN + 1 && isAsciiLower(text.charCodeAt(k))) k++;
  if (k - end - 1 > LONGEST_TRAINING_NOUN || k === end + 1) return false;
  if (k < text.length && wordCharWidthAt(text, k) > 0) return false;
  return TRAINING_NOUNS.has(text.slice(end + 1, k));
}

/**
 * A name in Cyrillic capitals that opens a line and a comma or full stop follows: a Russian
 * dateline ("ОШ, 10 сентября", "ОШ. 10 сентября. INTERFAX.RU"), where a short place name is
 * written in capitals and is no numeral or abbreviation.
 */
function cyrillicDatelineAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const after = text.charCodeAt(end);
  return (start === 0 || text.charCodeAt(start - 1) === 0x0a) && (after === 0x2c || after === 0x2e) && first >= 0x410 && first <= 0x42f && !hasLowercase(text.slice(start, end));
}

// When one alias names several entities, the one for which it is the canonical name wins, then
// people before organizations before places before events.
const TYPE_ORDER: Record<Entity['type'], number> = { person: 0, organization: 1, place: 2, event: 3 };

/** In `AliasTable.flags`, beside the flags it shares with `aliasInfo`: the first entity has the alias as its canonical name. */
const FIRST_CANONICAL = 1 << ENTITY_SHIFT;
/** The flags of `aliasInfo` that the table sets as it goes. */
const TABLE_FLAGS = CAPITALS_ONLY | AMBIGUOUS | INITIAL_CAPITAL | TWO_LETTERS_AS_WRITTEN | SERIES | WITH_YEAR_OR_QUOTES | SOME_CAPITAL;

/** A hash of a string's units, for `AliasTable`'s own hash table. */
function stringHash(s: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) hash = Math.imul(hash ^ s.charCodeAt(k), 0x01000193);
  return hash;
}

/** `array`, or a copy with room for `length` numbers or more, twice its size. */
function withRoom(array: Int32Array, length: number): Int32Array {
  if (length <= array.length) return array;
  const larger = new Int32Array(Math.max(length, 2 * array.length));
  larger.set(array);
  return larger;
}

/**
 * Per distinct folded alias, in the order first met: its first entity (by its index in the
 * matcher's list of entities), whether that entity has it as its canonical name, the other
 * entities that have it (`flags` says whether there are any), and in `flags` what its matches
 * need (capitals, an initial capital, a year or quotes). Typed arrays rather than an object per
 * alias, and an open-addressed table of alias indexes by the folded string's hash rather than a
 * map: a large knowledge base has a million aliases, and a map of them, with the copies it left
 * as it grew, took more memory than the trie built from them, all of it for the collector to go
 * through.
 */
class AliasTable {
  readonly folds: string[] = [];
  firsts: Int32Array;
  flags: Int32Array;
  readonly others = new Map<number, { entity: number; canonical: boolean }[]>();
  /** Each alias's hash, by index, to move the slots when the table grows. */
  private hashes: Int32Array;
  /**
   * The slots of the hash table, two numbers each: an alias index plus one (0 for an empty slot)
   * and its hash, read together, so that only an alias of the same hash is compared, string to
   * string. At most half full.
   */
  private slots: Int32Array;
  private shift: number;

  /** `expected`: how many aliases there will be at least, so that the table need not grow (and move every slot) until then. */
  constructor(expected: number) {
    let bits = 12;
    while (bits < 30 && 1 << (bits - 1) < expected) bits++;
    this.slots = new Int32Array(2 << bits);
    this.shift = 32 - bits;
    const room = Math.max(1024, expected);
    this.firsts = new Int32Array(room);
    this.flags = new Int32Array(room);
    this.hashes = new Int32Array(room);
  }

  get size(): number {
    return this.folds.length;
  }

  /** The index of `folded`, or undefined when it is not in the table. */
  indexOf(folded: string): number | undefined {
    const { slots, folds } = this;
    const mask = slots.length - 1;
    const hash = stringHash(folded);
    for (let s = 2 * (Math.imul(hash, 0x9e3779b1) >>> this.shift); slots[s] !== 0; s = (s + 2) & mask) {
      if (slots[s + 1] === hash && folds[slots[s] - 1] === folded) return slots[s] - 1;
    }
    return undefined;
  }

  /** Adds `folded` as a name of entity number `entity`; returns its index. */
  add(entity: number, folded: string, canonical: boolean, acronym: boolean, capitalized: boolean, twoLetters = false, properPhrase = false): number {
    return this.addAt(this.indexOf(folded), entity, folded, canonical, acronym, capitalized, twoLetters, properPhrase);
  }

  /** `add`, with the index of `folded` already looked up (undefined: not in the table). */
  addAt(k: number | undefined, entity: number, folded: string, canonical: boolean, acronym: boolean, capitalized: boolean, twoLetters = false, properPhrase = false): number {
    if (k === undefined) {
      k = this.folds.length;
      this.place(k, folded);
      this.folds.push(folded);
      this.firsts = withRoom(this.firsts, k + 1);
      this.flags = withRoom(this.flags, k + 1);
      this.firsts[k] = entity;
      this.flags[k] =
        (canonical ? FIRST_CANONICAL : 0) | (acronym ? CAPITALS_ONLY : 0) | (capitalized ? INITIAL_CAPITAL : 0) | (twoLetters ? TWO_LETTERS_AS_WRITTEN : 0) | (properPhrase ? SOME_CAPITAL : 0);
      return k;
    }
    // Capitals are required only when every spelling of the alias requires them.
    if (!acronym) this.flags[k] &= ~CAPITALS_ONLY;
    if (!capitalized) this.flags[k] &= ~INITIAL_CAPITAL;
    if (!twoLetters) this.flags[k] &= ~TWO_LETTERS_AS_WRITTEN;
    if (!properPhrase) this.flags[k] &= ~SOME_CAPITAL;
    if (this.firsts[k] === entity) {
      if (canonical) this.flags[k] |= FIRST_CANONICAL;
      return k;
    }
    let list = this.others.get(k);
    if (!list) {
      this.others.set(k, (list = []));
      this.flags[k] |= AMBIGUOUS;
    }
    const known = list.find((o) => o.entity === entity);
    if (known) known.canonical ||= canonical;
    else list.push({ entity, canonical });
    return k;
  }

  /** The hash table is no longer needed: every name is in, and the trie is to be built from them. */
  dropIndex(): void {
    this.slots = new Int32Array(0);
    this.hashes = new Int32Array(0);
  }

  /** Enters alias `k`, `folded`, in the hash table, which doubles when it would be more than half full. */
  private place(k: number, folded: string): void {
    this.hashes = withRoom(this.hashes, k + 1);
    this.hashes[k] = stringHash(folded);
    if (4 * (k + 1) > this.slots.length) {
      this.slots = new Int32Array(2 * this.slots.length);
      this.shift--;
      for (let j = 0; j < k; j++) this.enter(j);
    }
    this.enter(k);
  }

  private enter(k: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    const hash = this.hashes[k];
    let s = 2 * (Math.imul(hash, 0x9e3779b1) >>> this.shift);
    while (slots[s] !== 0) s = (s + 2) & mask;
    slots[s] = k + 1;
    slots[s + 1] = hash;
  }
}

/** A person's first names, as `EntityMatcher.firstNamesOfPerson` gives them. */
interface PersonFirstNames {
  names: string[];
  keys: Set<string>;
  listed: Set<string>;
  /** The first three letters of their skeletons (`firstNameSkeleton`). */
  skeletonStarts: Set<string>;
}

/** A name of an organization, as written, by its alias index, that may join parts (`mayJoinParts`, compoundNames.ts). */
interface Compound {
  alias: number;
  written: string;
  /** The entity's number in the matcher's list. */
  entity: number;
}

/** Notes `written`, a name of `entity`, if it may join parts (`mayJoinParts`): most names of organizations, and their case forms, cannot, and are not kept until `compoundParts`. */
function noteCompound(compounds: Compound[], alias: number, written: string, entity: Entity, e: number): void {
  if (mayJoinParts(written, entity)) compounds.push({ alias, written, entity: e });
}

/** Every name and alias as the knowledge base writes it; returns those it leaves out, folded. */
function addWrittenNames(table: AliasTable, { entities, written, folded: foldedNames }: EntityNames, compounds: Compound[]): Set<string> {
  const leftOut = new Set<string>();
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    const names = written[e];
    // The canonical name comes first.
    const foldedName = foldedNames[e][0];
    for (let n = 0; n < names.length; n++) {
      const alias = names[n];
      const folded = foldedNames[e][n];
      // Punctuation, one letter or a common word would be found everywhere (aliasRules.ts).
      // учения «Поиск»: the name is what the quotes hold, and is found there (addSeriesNames).
      if (aliasRefusal(alias, entity, folded) || (isExerciseSeries(entity) && QUOTES.test(alias))) leftOut.add(folded);
      else {
        const k = table.add(e, folded, folded === foldedName, isAcronym(alias), entity.type !== 'organization' && isCapitalisedCyrillicWord(alias), isTwoLetterName(alias), isProperPhrase(alias, entity));
        noteCompound(compounds, k, alias, entity, e);
      }
    }
  }
  return leftOut;
}

/**
 * Exercise series: their names take an edition's year, and their bare names ("Interaction",
 * "Поиск", ordinary words too) are names only with that year or in quotes. A name with a generic
 * head ("esercitazione Rubezh", "Poisk exercise") is found whole, and its mention is the name
 * proper: the head stays outside, as for any name. Returns those names proper by alias index.
 */
function addSeriesNames(table: AliasTable, entities: readonly Entity[], namesOf: readonly (readonly string[])[]): Map<number, string> {
  const properNames = new Map<number, string>();
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    if (!isExerciseSeries(entity)) continue;
    const bare = seriesBareNames(entity);
    const proper = [...bare, ...namesOf[e].filter((n) => !n.includes(' ') && !QUOTES.test(n))];
    for (const name of [...namesOf[e], ...bare]) {
      if (QUOTES.test(name)) continue;
      // A Russian name in its other cases too, as a report declines it with its year: «Рубежа-2024», «Нерушимому братству-2025».
      let withYearOrQuotes: boolean | undefined;
      for (const form of [name, ...russianCaseForms(name, 'event')]) {
        const folded = foldString(form);
        if (aliasRefusal(form, entity, folded)) continue;
        const known = table.indexOf(folded) !== undefined;
        // A one-word case form in small letters is the ordinary word ("с запада"), as addForm has it.
        const k = table.add(e, folded, false, isAcronym(form), form !== name && isCapitalisedWord(form), false, isProperPhrase(form, entity));
        // A form needs the year or quotes its nominative needs: "Нерушимое братство" none, "Рубеж" one of them.
        withYearOrQuotes ??= !known;
        if (!known && withYearOrQuotes) table.flags[k] |= WITH_YEAR_OR_QUOTES;
        if (table.firsts[k] !== e) continue;
        table.flags[k] |= SERIES;
        const inside = proper.find((p) => p !== name && new RegExp(`(^|\\s)${escapeRegExp(p)}($|\\s)`, 'iu').test(name));
        if (inside) properNames.set(k, inside.toLowerCase());
      }
    }
  }
  return properNames;
}

/**
 * The generic words of a site's name around its name proper: before it in Russian and Italian
 * ("полигон «Эдельвейс»", "парк «Патриот»", "centro di addestramento Edelweiss"), after it in
 * English ("Edelweiss training ground"), in small letters (the "Park" of "Patriot Park" is its name's).
 */
const SITE_HEAD = /^(?:(полигон|парк|учебно-тренировочный центр|учебный центр|centro di addestramento|poligono) (\p{Lu}.*)|(\p{Lu}.*) (training (?:ground|range|centre|center)))$/u;

/**
 * The kind of a site's head, in any language: a training ground (or range), a park or a training
 * centre. A name proper in quotes is its site's only after a head of the site's own kind.
 */
function siteHeadKind(head: string): string {
  const lower = head.toLowerCase();
  if (lower.startsWith('парк')) return 'park';
  return /центр|centro|centre|center/.test(lower) ? 'centre' : 'ground';
}

/**
 * Sites named with a generic head ("полигон Эдельвейс"): the name proper is the mention, the head
 * stays outside, and the name proper alone, often an ordinary word, is a name only in quotes right
 * after one of the site's own heads («полигоне «Эдельвейс»», not «парке «Эдельвейс»», another
 * place). Adds those names to `properNames`; returns the aliases of the names proper that need a
 * head, with the kinds of head the site's names give them (`siteHeadKind`).
 */
function addSiteNames(table: AliasTable, entities: readonly Entity[], namesOf: readonly (readonly string[])[], properNames: Map<number, string>): Map<number, Set<string>> {
  const afterHead = new Map<number, Set<string>>();
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    if (entity.type !== 'place' || entity.kind !== 'site') continue;
    for (const name of namesOf[e]) {
      const [, headBefore, properAfterHead, properBeforeHead, headAfter] = SITE_HEAD.exec(name) ?? [];
      const proper = properAfterHead ?? properBeforeHead;
      const head = headBefore ?? headAfter;
      if (proper === undefined) continue;
      // The whole name and its case forms ("полигоне Эдельвейс"): the mention is the name proper.
      for (const form of [name, ...russianCaseForms(name, entity.type)]) {
        const whole = table.indexOf(foldString(form));
        if (whole === undefined || table.firsts[whole] !== e) continue;
        table.flags[whole] |= SERIES;
        properNames.set(whole, proper.toLowerCase());
      }
      const folded = foldString(proper);
      const known = table.indexOf(folded);
      // The same name proper under another head of the same site: one more head for it.
      if (known !== undefined && afterHead.has(known) && table.firsts[known] === e) afterHead.get(known)!.add(siteHeadKind(head));
      if (aliasRefusal(proper, entity, folded) || known !== undefined) continue;
      const k = table.add(e, folded, false, isAcronym(proper), false);
      table.flags[k] |= SERIES | WITH_YEAR_OR_QUOTES;
      afterHead.set(k, new Set([siteHeadKind(head)]));
    }
  }
  return afterHead;
}

/**
 * The kind of a site's head (`siteHeadKind`) around the quotes at `quote` and `closing`: in any
 * case right before the first ("полигоне «", "парка «", "учебном центре «", "centro di
 * addestramento “": a centre alone may be a shop's), or right after the second ("” training
 * ground"); undefined when there is none.
 */
function siteHeadAround(text: string, quote: number, closing: number): string | undefined {
  const before = /(?:^|[^\p{L}])(полигон|парк|(?:учебн|тренировочн)\p{L}* центр|centro di addestramento|poligono)(?:а|е|у|ом)?[ \u00a0]*$/iu.exec(text.slice(Math.max(0, quote - 40), quote))?.[1];
  const head = before ?? /^[ \u00a0]+(training (?:ground|range|centre|center))\b/.exec(text.slice(closing + 1, closing + 30))?.[1];
  return head === undefined ? undefined : siteHeadKind(head);
}

/**
 * The Russian case forms of the names (russianForms.ts) and the other Latin spellings of people's
 * names (latinSpellings.ts), after every name as written: a form that is another entity's name as
 * written ("Жапарова", the nominative of a woman's surname) stays that entity's. A one-word form is
 * matched only with its capital, as names are written: in small letters it is as likely an
 * ordinary word ("запада", "мира").
 */
function addCaseForms(table: AliasTable, entities: readonly Entity[], namesOf: readonly (readonly string[])[], written: number, compounds: Compound[]): void {
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    const names = namesOf[e];
    const series = isExerciseSeries(entity);
    for (let n = 0; n < names.length; n++) {
      // учений «Поиск», as учения «Поиск»: the name is what the quotes hold (addWrittenNames).
      if (series && QUOTES.test(names[n])) continue;
      // Most names have no Cyrillic letter, and so no case forms: a look at their units spares them the rest.
      const cyrillic = hasCyrillicBlockUnit(names[n]);
      // A case form has two Cyrillic letters or more: of the refusals only that of a common word
      // applies to it. A Latin spelling is checked in full.
      if (cyrillic) for (const form of russianCaseForms(names[n], entity.type)) addForm(table, entity, e, form, written, compounds, false);
      for (const form of latinSpellings(names[n], entity.type)) addForm(table, entity, e, form, written, compounds, true);
      // Russian addresses a person by first name and patronymic alone ("Касым-Жомарт Кемелевич").
      const polite = cyrillic && entity.type === 'person' ? firstNameAndPatronymic(names[n]) : undefined;
      if (polite !== undefined) {
        for (const form of [polite, ...russianCaseForms(polite, 'person')]) addForm(table, entity, e, form, written, compounds, false);
      }
    }
  }
}

/**
 * A body's names that end with its organization's abbreviation ("Parliamentary Assembly of the
 * CSTO", "Assemblea parlamentare della CSTO", "Парламентская ассамблея ОДКБ") also end with the
 * organization's full names in the same language, as reports write them at first mention
 * ("Parliamentary Assembly of the Collective Security Treaty Organization", "dell'Organizzazione
 * del Trattato…", "Парламентская ассамблея Организации Договора о коллективной безопасности": in
 * Russian in the genitive, and the body's head in every case). The body and the organization are
 * then found as two mentions, as the names with the abbreviation are (`noteCompound`).
 */
function addBodiesWithParentsFullNames(table: AliasTable, entities: readonly Entity[], written: number, compounds: Compound[]): void {
  let organizations: Map<string, Entity> | undefined;
  for (let e = 0; e < entities.length; e++) {
    const body = entities[e];
    if (body.type !== 'organization' || body.parent === undefined) continue;
    organizations ??= new Map(entities.filter((entity) => entity.type === 'organization').map((entity) => [entity.id, entity]));
    const parent = organizations.get(body.parent);
    if (parent?.type !== 'organization') continue;
    for (const [language, names] of Object.entries(body.aliases ?? {})) {
      const parentNames = language === 'en' ? [parent.name, ...(parent.aliases?.en ?? [])] : (parent.aliases?.[language as keyof typeof parent.aliases] ?? []);
      // Italian writes the English abbreviation too ("della CSTO").
      const abbreviations = allNames(parent).filter(isAcronym);
      const fullNames = parentNames.filter((name) => name.includes(' ') && !isAcronym(name));
      for (const name of language === 'en' ? [body.name, ...names] : names) {
        for (const abbreviation of abbreviations) {
          if (!name.endsWith(` ${abbreviation}`) && !name.endsWith(`'${abbreviation}`) && !name.endsWith(`’${abbreviation}`)) continue;
          const head = name.slice(0, -abbreviation.length);
          // Italian writes either abbreviation: "della CSTO", "dell'OTSC".
          const others = language === 'it' ? abbreviations.filter((other) => other !== abbreviation && /^[A-Z]+$/.test(other)) : [];
          for (const full of [...fullNames, ...others]) {
            for (const form of withFullName(head, full, parent)) {
              addForm(table, body, e, form, written, compounds, false);
              for (const caseForm of russianCaseForms(form, 'organization')) addForm(table, body, e, caseForm, written, compounds, false);
            }
          }
        }
      }
    }
  }
}


/**
 * A state body's Russian names that end with its state in the genitive ("Министерство по
 * чрезвычайным ситуациям Белоруссии", "МЧС Казахстана") also end with the state's other names in
 * the genitive ("… Беларуси", "… Республики Беларусь", "МЧС Республики Казахстан") or its
 * abbreviation, which does not decline ("МИД РА", "МВД КР"), the body's head in every case: reports
 * name the state as they choose, not as the knowledge base lists the body.
 */
function addBodiesWithTheirStatesOtherNames(table: AliasTable, entities: readonly Entity[], written: number, compounds: Compound[]): void {
  let genitivesOfState: Map<string, string[]> | undefined;
  for (let e = 0; e < entities.length; e++) {
    const body = entities[e];
    const state = body.type === 'organization' && body.parent?.startsWith('place:') ? body.parent : undefined;
    const names = state === undefined ? undefined : body.aliases?.ru;
    if (names === undefined) continue;
    genitivesOfState ??= new Map(
      entities
        .filter((entity) => entity.type === 'place' && entity.kind === 'state')
        .map((state) => [state.id, [...new Set(russianGenitivesOfPlace(state.aliases?.ru ?? []))]]),
    );
    const genitives = genitivesOfState.get(state!);
    if (genitives === undefined || genitives.length < 2) continue;
    for (const name of names) {
      const ending = genitives.find((genitive) => name.endsWith(` ${genitive}`));
      if (ending === undefined) continue;
      const head = name.slice(0, -ending.length);
      for (const other of genitives) {
        if (other === ending) continue;
        for (const form of [head + other, ...russianCaseForms(head + other, 'organization')]) addForm(table, body, e, form, written, compounds, false);
      }
    }
  }
}

/** An English name of a state's body by its acronym and the state after "of": "NSS of Armenia", "GKNB of Kyrgyzstan". */
const ACRONYM_OF_STATE = /^([A-Z]{2,6}) of (?:the )?(.+)$/;
/** A body's acronym alone, which the knowledge base gives when it is the one state's: "FSB", "KNB". */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * A state's body that the knowledge base names by its acronym and the state ("NSS of Armenia",
 * "GKNB of Kyrgyzstan") is named as often by the state's adjective and the acronym: "the Armenian
 * NSS", "the Kyrgyz GKNB"; so is one it names by its acronym alone ("FSB": "the Russian FSB"). The
 * adjective is part of the name, as in "Russian Foreign Ministry".
 */
function addAcronymsAfterDemonyms(table: AliasTable, entities: readonly Entity[], written: number, compounds: Compound[]): void {
  let states: Map<string, Entity> | undefined;
  for (let e = 0; e < entities.length; e++) {
    const body = entities[e];
    const stateId = body.type === 'organization' && body.parent?.startsWith('place:') ? body.parent : undefined;
    if (stateId === undefined) continue;
    for (const name of body.aliases?.en ?? []) {
      const parts = ACRONYM_OF_STATE.exec(name);
      if (!parts && !ACRONYM.test(name)) continue;
      states ??= new Map(entities.filter((entity) => entity.type === 'place' && entity.kind === 'state').map((state) => [state.id, state]));
      const state = states.get(stateId);
      if (state?.type !== 'place' || (parts && !allNames(state).includes(parts[2]))) continue;
      for (const demonym of state.demonyms?.en ?? []) addForm(table, body, e, `${demonym} ${parts ? parts[1] : name}`, written, compounds, true);
    }
  }
}

/** `head`, a body's name up to its organization's abbreviation, with the organization's full name `full` instead. */
function withFullName(head: string, full: string, parent: Entity): string[] {
  if (hasCyrillicBlockUnit(full)) return russianGenitiveForms(full, parent.type).map((genitive) => head + genitive);
  // Italian elides "della" before a vowel: "dell'Organizzazione", "dell'OTSC"; and not before a consonant.
  const elided = /(?:^| )(?:della|dello) $/.exec(head);
  if (elided && /^[AEIOUaeiou]/.test(full)) return [`${head.slice(0, -'a '.length)}'${full}`, `${head.slice(0, -'a '.length)}’${full}`];
  if (/(?:^| )dell['’]$/.test(head) && !/^[AEIOUaeiou]/.test(full)) return [`${head.slice(0, -1)}a ${full}`];
  return [head + full];
}

/**
 * Whether `name` is one Cyrillic word with its capital: a place's or a person's is matched only so
 * written, as its case forms are, for in small letters it is as likely an ordinary word ("вена", a
 * vein, is not Vienna). Russian writes bodies in small letters ("секретариат ОДКБ"): not theirs.
 */
function isCapitalisedCyrillicWord(name: string): boolean {
  return isCapitalisedWord(name) && hasCyrillicBlockUnit(name) && name !== name.toUpperCase();
}

/** Whether `name` is a name of several words with a capital, of anything but a body (`SOME_CAPITAL`). */
function isProperPhrase(name: string, entity: Entity): boolean {
  return entity.type !== 'organization' && name.includes(' ') && hasUppercase(name);
}

/** Whether `name` is one word with its capital: a form matched only so written (`INITIAL_CAPITAL`). */
function isCapitalisedWord(name: string): boolean {
  return !name.includes(' ') && hasUppercase(name[0]);
}

/** Whether `name` has a unit from the Cyrillic block on: one that has none is no Cyrillic name. */
function hasCyrillicBlockUnit(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 0x400) return true;
  return false;
}

/** "Касым-Жомарт Кемелевич" of a full Russian name "Касым-Жомарт Кемелевич Токаев"; undefined for any other name. */
function firstNameAndPatronymic(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length !== 3 || !/^[\p{Script=Cyrillic}-]+$/u.test(words.join('')) || !/(?:ович|евич|овна|евна|ична)$/.test(words[1])) return undefined;
  return `${words[0]} ${words[1]}`;
}

/** Adds a form of a name of entity number `e` (see `addCaseForms`), unless it is a name as written; `checkAll`: every refusal applies to it, not only that of a common word. */
function addForm(table: AliasTable, entity: Entity, e: number, form: string, written: number, compounds: Compound[], checkAll: boolean): void {
  const folded = foldString(form);
  const k = table.indexOf(folded);
  if (k !== undefined && k < written) return;
  if ((checkAll || isCommonWord(folded)) && aliasRefusal(form, entity, folded)) return;
  noteCompound(compounds, table.addAt(k, e, folded, false, false, isCapitalisedWord(form), false, isProperPhrase(form, entity)), form, entity, e);
}

/** The regions listed under one plural head (`addListForms`). */
interface RegionLists {
  /** The aliases that end a list: the last adjective and the head in the plural ("Чуйской областях"). */
  ends: Set<number>;
  /** The adjectives of the regions' names, folded, in every case, to the region's number; -1 when two regions share one. */
  adjectives: Map<string, number>;
}

/**
 * The forms that end a list of regions sharing one plural head, "… и Чуйской областях", as names
 * of the last region, and the adjectives that name the others before it (russianListForms).
 */
function addListForms(table: AliasTable, entities: readonly Entity[], namesOf: readonly (readonly string[])[], written: number): RegionLists {
  const lists: RegionLists = { ends: new Set(), adjectives: new Map() };
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    if (entity.type !== 'place' && entity.type !== 'organization') continue;
    const region = entity.type === 'place' && entity.kind === 'region';
    for (const name of namesOf[e]) {
      if (region) addEnglishRegionForms(table, lists, e, name, written);
      const forms = russianListForms(name);
      if (forms) addListEnds(table, lists, e, forms.ends, forms.adjectives, written);
    }
  }
  return lists;
}

/** The forms of a region's English name under other heads, and those that end a list of regions (englishRegionForms). */
function addEnglishRegionForms(table: AliasTable, lists: RegionLists, e: number, name: string, written: number): void {
  const forms = englishRegionForms(name);
  if (!forms) return;
  for (const singular of forms.singulars) {
    const folded = foldString(singular);
    const k = table.indexOf(folded);
    if (k === undefined || k >= written) table.addAt(k, e, folded, false, false, false);
  }
  addListEnds(table, lists, e, forms.ends, [forms.adjective], written);
}

/**
 * The forms that end a list of regions, as aliases of region `e` unless a written name has them,
 * and the bare names that stand before the end in such a list (one region's each; -1 when shared).
 */
function addListEnds(table: AliasTable, lists: RegionLists, e: number, ends: readonly string[], adjectives: readonly string[], written: number): void {
  for (const end of ends) {
    const folded = foldString(end);
    const k = table.indexOf(folded);
    if (k !== undefined && k < written) continue;
    const alias = table.addAt(k, e, folded, false, false, false);
    if (table.firsts[alias] === e) lists.ends.add(alias);
  }
  for (const adjective of adjectives) {
    const folded = foldString(adjective);
    const other = lists.adjectives.get(folded);
    lists.adjectives.set(folded, other === undefined || other === e ? e : -1);
  }
}

/**
 * The parts of each organization's name that joins a body and what it belongs to, or a name and
 * a generic head (compoundNames.ts), by alias index; names shared by several entities stay whole.
 */
function compoundParts(table: AliasTable, entities: readonly Entity[], compounds: readonly Compound[], knowledgeBase: KnowledgeBase): Map<number, { words: number; parts: NamePart[] }> {
  const result = new Map<number, { words: number; parts: NamePart[] }>();
  // The names that may split (all `noteCompound` kept): their entity's own, with the ancestors
  // of that entity, found once for all its names.
  const candidates: (Compound & { ancestors: string[] })[] = [];
  const ancestorsByEntity = new Map<number, string[]>();
  for (const compound of compounds) {
    const { alias, entity } = compound;
    if (table.firsts[alias] !== entity || (table.flags[alias] & AMBIGUOUS) !== 0) continue;
    let ancestors = ancestorsByEntity.get(entity);
    if (!ancestors) ancestorsByEntity.set(entity, (ancestors = ancestorsOf(entities[entity], knowledgeBase)));
    candidates.push({ ...compound, ancestors });
  }
  if (candidates.length === 0) return result;
  // The names of their owners and of what those belong to, as word keys, from one pass over the table.
  const wanted = new Set<string>();
  for (const { entity, ancestors } of candidates) for (const id of [entities[entity].id, ...ancestors]) wanted.add(id);
  const isWanted = new Uint8Array(entities.length);
  for (let e = 0; e < entities.length; e++) if (wanted.has(entities[e].id)) isWanted[e] = 1;
  const keys = new Map<string, Set<string>>();
  const note = (entity: number, alias: number) => {
    if (isWanted[entity] === 0) return;
    const id = entities[entity].id;
    let set = keys.get(id);
    if (!set) keys.set(id, (set = new Set()));
    set.add(foldedWordKey(table.folds[alias]));
  };
  for (let alias = 0; alias < table.folds.length; alias++) note(table.firsts[alias], alias);
  for (const [alias, others] of table.others) for (const other of others) note(other.entity, alias);
  const none = new Set<string>();
  const namesOf = (id: string) => keys.get(id) ?? none;
  // A demonym after a body's name is part of it ("Duma di Stato russa"), not a generic head.
  const demonyms = new Set<string>();
  for (const entity of entities) if (entity.type === 'place') for (const list of Object.values(entity.demonyms ?? {})) for (const d of list) demonyms.add(foldString(d));
  const isDemonym = (folded: string) => demonyms.has(folded);
  for (const { alias, written, entity, ancestors } of candidates) {
    if (result.has(alias)) continue;
    const parts = splitName(written, entities[entity].id, ancestors, namesOf, isDemonym);
    if (parts) result.set(alias, { words: nameWords(written).length, parts });
  }
  return result;
}

/**
 * Every name of the entities in the table: as written, the series' bare names, then the case forms
 * and other spellings; with the names as written that are not matched, folded, and the names that
 * may join parts.
 */
function aliasTableOf(names: EntityNames): {
  table: AliasTable;
  namesNotMatched: Set<string>;
  written: number;
  properNames: Map<number, string>;
  afterSiteHead: Map<number, Set<string>>;
  compounds: Compound[];
  regionLists: RegionLists;
} {
  const { entities, written: namesOf } = names;
  // The names as written, one alias each at most: the case forms and other spellings often double them.
  let nameCount = 0;
  for (const list of namesOf) nameCount += list.length;
  const table = new AliasTable(nameCount);
  const compounds: Compound[] = [];
  const namesNotMatched = addWrittenNames(table, names, compounds);
  const written = table.folds.length;
  const properNames = addSeriesNames(table, entities, namesOf);
  addCaseForms(table, entities, namesOf, written, compounds);
  addBodiesWithParentsFullNames(table, entities, written, compounds);
  addBodiesWithTheirStatesOtherNames(table, entities, written, compounds);
  addAcronymsAfterDemonyms(table, entities, written, compounds);
  const regionLists = addListForms(table, entities, namesOf, written);
  const afterSiteHead = addSiteNames(table, entities, namesOf, properNames);
  // Every name is in; the map of them, as large as the trie's table, can go before the trie is built.
  table.dropIndex();
  return { table, namesNotMatched, written, properNames, afterSiteHead, compounds, regionLists };
}

/**
 * The folded names an `EntityMatcher` of the knowledge base looks for, by its pattern index: case
 * forms and series' bare names included. (The matcher does not keep them: its trie has them, and a
 * large knowledge base has a million.)
 */
export function foldedNamesOf(knowledgeBase: KnowledgeBase): string[] {
  return aliasTableOf(entityNamesOf(knowledgeBase)).table.folds;
}

export class EntityMatcher {
  private readonly words: FoldedWordMatcher;
  // What a mention of each alias says, in flat arrays by alias index rather than in an object per
  // alias: building a hundred thousand mentions then reads a few neighbouring cells, not objects
  // spread over the heap, and small enough to stay in the processor's cache. `entityFields` holds
  // each entity's type, id and name, three cells each.
  private readonly entityFields: string[] = [];
  private readonly aliasInfo: Int32Array;
  /** The other entities of an ambiguous alias: a mention gets its own copy. */
  private readonly alternatives = new Map<number, string[]>();
  /** Per exercise series (its index in `entityFields`), its editions' indexes by year. */
  private readonly editions = new Map<number, Map<number, number>>();
  /** Per alias with a generic head, its name proper in small letters: the mention is that part. */
  private readonly properNames: Map<number, string>;
  /** The names proper of sites that are names only in quotes after one of their heads, with those heads' kinds (`addSiteNames`). */
  private readonly afterSiteHead: Map<number, Set<string>>;
  /** Names as the knowledge base writes them that are not matched (see `addWrittenNames`), folded. */
  private readonly namesNotMatched: Set<string>;
  /** Where the mention of the last match `extent` accepted starts. */
  private spanStart = 0;
  /** Per name that joins parts, the parts, with the index of their entity in `entityFields`. */
  private readonly parts = new Map<number, { words: number; parts: (NamePart & { entityAt: number })[] }>();
  /** The aliases that end a list of regions under one plural head ("… и Чуйской областях"). */
  private readonly listEnds: Set<number>;
  /** The adjectives that name the regions listed before such an end, folded, to the region's index in `entityFields`. */
  private readonly listedAdjectives = new Map<string, number>();
  /**
   * The ids of places whose Russian name is an adjective alone ("Борисовский", a training ground):
   * after "на" their "-ском" is their own prepositional ("на Борисовском полигоне"), not a town's instrumental.
   */
  private readonly adjectiveNamed = new Set<string>();
  /** Each entity by its place in `entityFields` (a third of the index): its names, when a match asks for them. */
  private readonly entityOfAt: Entity[] = [];
  /**
   * Per person, by its place, the first names of its full names ("Никол" of "Никол Пашинян",
   * "Imangali" of "Imangali Tasmagambetov"), and their keys (`firstNameKey`): worked out when a
   * match of its surname first asks, as few persons' surnames are met alone.
   */
  private readonly firstNamesAt = new Map<number, PersonFirstNames>();
  private readonly namesakeSpans: number[] = [];
  /** The mentions of such names built since the last search began, with their alias. */
  private readonly compoundMentions = new Map<Mention, number>();
  // The names of the last search (`findNames`), as their mentions would span them, and their
  // aliases: grown when a text has more, not made again for each text.
  private nameStarts = new Int32Array(256);
  private nameEnds = new Int32Array(256);
  private nameAliases = new Int32Array(256);
  private nameCount = 0;
  // The names `findLongest` takes, kept until their mentions are built.
  private chosenStarts: Int32Array = new Int32Array(256);
  private chosenEnds: Int32Array = new Int32Array(256);
  private chosenAliases: Int32Array = new Int32Array(256);
  private chosenCount = 0;

  /** `names`: the knowledge base's names (`entityNamesOf`), when they were made already. */
  constructor(knowledgeBase: KnowledgeBase, names: EntityNames = entityNamesOf(knowledgeBase)) {
    const { entities } = names;
    for (const entity of entities) {
      if (entity.type === 'place' && entity.aliases.ru?.some(isAdjectivePlaceName)) this.adjectiveNamed.add(entity.id);
    }
    const { table, namesNotMatched, written, properNames, afterSiteHead, compounds, regionLists } = aliasTableOf(names);
    this.namesNotMatched = namesNotMatched;
    const { folds, firsts, flags, others } = table;
    this.aliasInfo = new Int32Array(folds.length);
    // Each entity's index in `entityFields` by its number in `entities`, -1 until it has one. (A map
    // of them by id, with a hundred thousand ids, cost a quarter of this loop.)
    const entityAtOf = new Int32Array(entities.length).fill(-1);
    let entityCount = 0;
    const entityAtNumber = (e: number) => {
      let at = entityAtOf[e];
      if (at < 0) {
        const entity = entities[e];
        at = entityCount++;
        entityAtOf[e] = at;
        this.entityFields.push(entity.type, entity.id, entity.name);
        this.entityOfAt.push(entity);
      }
      return at;
    };
    for (let index = 0; index < folds.length; index++) {
      let first = firsts[index];
      const more = (flags[index] & AMBIGUOUS) !== 0 ? others.get(index) : undefined;
      if (more) {
        const candidates = [{ entity: first, canonical: (flags[index] & FIRST_CANONICAL) !== 0 }, ...more];
        candidates.sort((a, b) => {
          if (a.canonical !== b.canonical) return a.canonical ? -1 : 1;
          const ea = entities[a.entity];
          const eb = entities[b.entity];
          return TYPE_ORDER[ea.type] - TYPE_ORDER[eb.type] || (ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0);
        });
        first = candidates[0].entity;
        this.alternatives.set(index, candidates.slice(1).map((c) => entities[c.entity].id));
      }
      const entityAt = entityAtNumber(first);
      const capitalsOnly = (flags[index] & CAPITALS_ONLY) !== 0;
      this.aliasInfo[index] =
        (entityAt << ENTITY_SHIFT) | (flags[index] & TABLE_FLAGS) | (capitalsOnly && isCommonWord(folds[index]) ? NOT_AS_WORD : 0);
    }
    const splits = compoundParts(table, entities, compounds, knowledgeBase);
    const editions = editionsBySeries(entities);
    // The numbers of the few entities those name, by id, from one pass over the entities.
    const named = new Set<string>();
    for (const { parts } of splits.values()) for (const p of parts) named.add(p.entityId);
    for (const [seriesId, byYear] of editions) {
      named.add(seriesId);
      for (const edition of byYear.values()) named.add(edition.id);
    }
    const numberOf = new Map<string, number>();
    if (named.size > 0) for (let e = 0; e < entities.length; e++) if (named.has(entities[e].id)) numberOf.set(entities[e].id, e);
    for (const [alias, { words, parts }] of splits) {
      this.aliasInfo[alias] |= COMPOUND;
      this.parts.set(alias, { words, parts: parts.map((p) => ({ ...p, entityAt: entityAtNumber(numberOf.get(p.entityId)!) })) });
    }
    for (const [seriesId, byYear] of editions) {
      const seriesAt = entityAtOf[numberOf.get(seriesId)!];
      if (seriesAt < 0) continue;
      const years = new Map<number, number>();
      for (const [year, edition] of byYear) years.set(year, entityAtNumber(numberOf.get(edition.id)!));
      this.editions.set(seriesAt, years);
    }
    // A list's end is read like a name that joins parts: its mention brings the regions before it.
    for (const alias of regionLists.ends) this.aliasInfo[alias] |= COMPOUND;
    this.listEnds = regionLists.ends;
    for (const [adjective, e] of regionLists.adjectives) if (e >= 0) this.listedAdjectives.set(adjective, entityAtNumber(e));
    this.words = new FoldedWordMatcher(folds);
    this.writtenNameCount = written;
    this.properNames = properNames;
    this.afterSiteHead = afterSiteHead;
  }

  /** Distinct names as the knowledge base writes them, before their case forms are added. */
  readonly writtenNameCount: number;

  /** Whether `folded` (as `foldString` folds) is a name or alias of some entity as the knowledge base writes it, matched or not. */
  isWrittenName(folded: string): boolean {
    const k = this.words.patternIndex(folded);
    return (k >= 0 && k < this.writtenNameCount) || this.namesNotMatched.has(folded);
  }

  /** Whether a folded word is a name of the knowledge base or one of its case forms ("России" before "Путин" is Russia's). */
  private isNameOrForm(folded: string): boolean {
    return this.words.patternIndex(folded) >= 0 || this.namesNotMatched.has(folded);
  }

  /** Distinct names matched, case forms included. */
  get aliasCount(): number {
    return this.aliasInfo.length;
  }

  /**
   * All whole-word alias matches, before overlaps are resolved: for each one its original span and
   * pattern. Callers choose among overlapping matches (see `selectLongest`). Left out are those
   * that start where a longer match starts: leftmost-longest never chooses them, whatever other
   * spans it is given (the longer one comes first and either is chosen or is skipped for a span
   * that covers their start too). With `boundaries` (new for this text), the text's words are read
   * into it on the way, as `wordsOf` reads them.
   */
  findAll(text: string, boundaries?: WordBoundaries): Mention[] {
    this.findNames(text, boundaries);
    const found: Mention[] = [];
    for (let k = 0; k < this.nameCount; k++) found.push(this.mention(text, this.nameAliases[k], this.nameStarts[k], this.nameEnds[k]));
    return found;
  }

  /**
   * The spans of `findAll`'s mentions, in its order, kept in `nameStarts`, `nameEnds` and
   * `nameAliases` until the next search, with no mention built yet.
   */
  findNames(text: string, boundaries?: WordBoundaries): void {
    this.compoundMentions.clear();
    this.namesakeSpans.length = 0;
    // Whole words only, with case and diacritics folded: the matcher reads the text as `foldText`
    // folds it, without the folded copy, and gives offsets in the original, sorted by start and
    // longest first, the order `selectLongest` wants.
    const matches = boundaries ? this.words.findAllReadingWords(text, boundaries) : this.words.findAll(text);
    if (this.nameStarts.length < matches.count) {
      this.nameStarts = new Int32Array(2 * matches.count);
      this.nameEnds = new Int32Array(2 * matches.count);
      this.nameAliases = new Int32Array(2 * matches.count);
    }
    let count = 0;
    let taken = -1;
    for (let k = 0; k < matches.count; k++) {
      const start = matches.start[k];
      if (start === taken) continue;
      const end = this.extent(text, matches.pattern[k], start, matches.end[k]);
      if (end < 0) continue;
      taken = start;
      this.nameStarts[count] = this.spanStart;
      this.nameEnds[count] = nameEnd(text, this.spanStart, end);
      this.nameAliases[count++] = matches.pattern[k];
    }
    this.nameCount = count;
  }

  /**
   * Leftmost-longest among the names of the last `findNames` and `others` (sorted or not), as
   * `selectLongest(mergeSorted(findAll(text), others, byStartThenLongest))` chooses, on the
   * spans' numbers: only the names chosen are built as mentions.
   */
  longestWith(text: string, others: readonly Mention[]): Mention[] {
    const { nameStarts: starts, nameEnds: ends, nameCount: count } = this;
    for (let k = 1; k < count; k++) {
      // Names out of order (a name proper inside a longer alias moves a start): the plain way.
      if (starts[k] < starts[k - 1] || (starts[k] === starts[k - 1] && ends[k] > ends[k - 1])) {
        const names: Mention[] = [];
        for (let j = 0; j < count; j++) names.push(this.mention(text, this.nameAliases[j], starts[j], ends[j]));
        return selectLongest([...names, ...others].sort(byStartThenLongest));
      }
    }
    const sorted = isSorted(others) ? others : [...others].sort(byStartThenLongest);
    const chosen: Mention[] = [];
    let reached = -1;
    let k = 0;
    let j = 0;
    while (k < count || j < sorted.length) {
      // At the same span, the name comes first, as in a stable sort of the names then the others.
      const other = j < sorted.length ? sorted[j] : undefined;
      if (other && (k === count || other.start < starts[k] || (other.start === starts[k] && other.end > ends[k]))) {
        j++;
        if (other.start >= reached) {
          chosen.push(other);
          reached = other.end;
        }
        continue;
      }
      if (starts[k] >= reached) {
        chosen.push(this.mention(text, this.nameAliases[k], starts[k], ends[k]));
        reached = ends[k];
      }
      k++;
    }
    return chosen;
  }

  /**
   * `selectLongest(findAll(text))`, choosing on the matcher's numbers before building any mention:
   * most of the cost of a match is its object, and leftmost-longest drops many of them.
   */
  findLongest(text: string): Mention[] {
    this.compoundMentions.clear();
    this.namesakeSpans.length = 0;
    this.chosenCount = 0;
    // The matcher offers the matches as it finds them, and passes over the words inside a name
    // taken. `selectLongest` takes a sorted list as it is; the matcher promises that order.
    if (!this.words.findLongest(text, this.takeLongest)) return selectLongest(this.findAll(text));
    const { chosenStarts, chosenEnds, chosenAliases } = this;
    const found: Mention[] = [];
    for (let k = 0; k < this.chosenCount; k++) found.push(this.mention(text, chosenAliases[k], chosenStarts[k], chosenEnds[k]));
    return found;
  }

  /** For `findLongest`: takes a match of `alias` at [start, end) unless its rules refuse it there; returns where its mention reaches, or -1. */
  private readonly takeLongest = (text: string, alias: number, start: number, end: number): number => {
    const to = this.extent(text, alias, start, end);
    if (to < 0) return to;
    const k = this.chosenCount++;
    if (k === this.chosenStarts.length) {
      this.chosenStarts = withRoom(this.chosenStarts, k + 1);
      this.chosenEnds = withRoom(this.chosenEnds, k + 1);
      this.chosenAliases = withRoom(this.chosenAliases, k + 1);
    }
    this.chosenStarts[k] = this.spanStart;
    this.chosenEnds[k] = to;
    this.chosenAliases[k] = alias;
    return to;
  };

  /**
   * The mention a whole-word match of pattern `alias` at [start, end) makes, or undefined when the
   * pattern's rules refuse it there (capitals, a year or quotes); for a matcher of another design
   * that finds the same matches and must agree on what they mean.
   */
  mentionAt(text: string, alias: number, start: number, end: number): Mention | undefined {
    const to = this.extent(text, alias, start, end);
    return to < 0 ? undefined : this.mention(text, alias, this.spanStart, to);
  }

  /** A name of two letters as written: a capital then a small letter ("Xi", "Ош"), or a place in a Russian dateline's capitals ("ОШ, 10 сентября"). */
  private twoLettersAsWritten(text: string, info: number, start: number, end: number): boolean {
    if (hasUppercase(text[start]) && !hasUppercase(text.slice(start + 1, end))) return true;
    return this.entityFields[3 * (info >> ENTITY_SHIFT)] === 'place' && cyrillicDatelineAt(text, start, end);
  }

  /** Where a match of `alias` at [start, end) ends as a mention (past an edition's year), or -1 when it is none. */
  private extent(text: string, alias: number, start: number, end: number): number {
    const info = this.aliasInfo[alias];
    this.spanStart = start;
    if ((info & INITIAL_CAPITAL) !== 0 && !hasUppercase(text[start])) return -1;
    if ((info & SOME_CAPITAL) !== 0 && !hasUppercase(text.slice(start, end))) return -1;
    if ((info & CAPITALS_ONLY) !== 0 && !acronymWritten(text.slice(start, end), (info & NOT_AS_WORD) !== 0)) return -1;
    if ((info & TWO_LETTERS_AS_WRITTEN) !== 0 && !this.twoLettersAsWritten(text, info, start, end)) return -1;
    const cell = 3 * (info >> ENTITY_SHIFT);
    const type = this.entityFields[cell];
    if (type === 'person' && this.anotherFirstNameBefore(text, start, end, info >> ENTITY_SHIFT)) {
      this.namesakeSpans.push(wordStartBefore(text, start - 1), end);
      return -1;
    }
    if (isAsciiLower(text.charCodeAt(start)) && type === 'organization' && trainingNounAfter(text, end)) return -1;
    if (type === 'place' && adjectiveAfterPreposition(text, start, end) && !this.adjectiveNamed.has(this.entityFields[cell + 1])) return -1;
    if ((info & SERIES) === 0) return type !== 'event' && writtenAsEdition(text, start, end) ? -1 : end;
    const proper = this.properNames.get(alias);
    const at = proper === undefined ? -1 : text.slice(start, end).toLowerCase().indexOf(proper);
    if (at >= 0) {
      this.spanStart = start + at;
      const properEnd = this.spanStart + proper!.length;
      if (properEnd < end) return properEnd;
      end = properEnd;
    }
    const year = yearAfter(text, end);
    if (year) return year.end;
    if ((info & WITH_YEAR_OR_QUOTES) === 0) return end;
    if (this.exerciseNamedBeforeNoun(text, start, end, info >> ENTITY_SHIFT)) return end;
    const heads = this.afterSiteHead.get(alias);
    if (quotedAt(text, start, end)) return heads === undefined || heads.has(siteHeadAround(text, start - 1, end) ?? '') ? end : -1;
    // Without quotes, a site's name proper is its own when one of its heads is written right beside
    // it, as the knowledge base writes it under another ("the Edelweiss training range").
    return heads?.has(siteHeadAround(text, start, end - 1) ?? '') ? end : -1;
  }

  /**
   * The spans of the last search's namesakes: a known person's surname after another first name
   * ("Heydar Aliyev", "Daniyar Ashimbaev"), which is someone else's name: [start, end) pairs, as
   * the search met them.
   */
  namesakes(): readonly number[] {
    return this.namesakeSpans;
  }

  /**
   * Whether a person's surname matched alone at [start, end) follows a first name the region uses
   * that none of the person's full names starts with ("Daniyar Ashimbaev" where the knowledge base
   * has Maulen Ashimbayev): the name of someone else of that surname, left to the candidates.
   * Where both are forms of the lists' first names, they are told apart by the names they are
   * forms of (`firstNamesOfForm`: Marina is not Maria, Марии is); else by their first two letters
   * as transliterated (`firstNameKey`), so that a spelling of the person's own the lists do not
   * make (Alexander for Aleksandr) is theirs.
   */
  private anotherFirstNameBefore(text: string, start: number, end: number, entityAt: number): boolean {
    if (start < 3 || text.charCodeAt(start - 1) !== 0x20) return false;
    for (let k = start; k < end; k++) if (!isWordCode(text.charCodeAt(k))) return false;
    const wordStart = wordStartBefore(text, start - 1);
    if (wordStart === start - 1) return this.anotherInitialBefore(text, start, end, entityAt);
    const { keys, listed } = this.firstNamesOfPerson(entityAt);
    if (keys.size === 0) return false;
    const word = text.slice(wordStart, start - 1);
    if (!isKnownFirstNameAt(text, wordStart, start - 1)) return this.unknownFirstNameBefore(text, wordStart, start - 1, entityAt);
    const namesOfWord = listed.size > 0 ? firstNamesOfForm(word) : undefined;
    if (namesOfWord !== undefined) return ![...namesOfWord].some((name) => listed.has(name));
    return !keys.has(firstNameKey(word));
  }

  /**
   * Whether the initials right before a person's surname start with a letter none of the person's
   * first names in that script starts with ("А. Жапаров" where the knowledge base has Sadyr
   * Japarov, "В. Лукашенко"): someone else's name, reported as a namesake from the first initial.
   */
  private anotherInitialBefore(text: string, start: number, end: number, entityAt: number): boolean {
    const initial = initialsStart(text, start);
    if (initial === start) return false;
    // The first initial: one capital, or two letters for one sound ("Zh.").
    const letters = foldString(text.slice(initial, text.indexOf('.', initial)));
    const cyrillic = isCyrillic(text.charCodeAt(initial));
    const sameScript = this.firstNamesOfPerson(entityAt).names.filter((name) => isCyrillic(name.charCodeAt(0)) === cyrillic);
    if (sameScript.length === 0 || sameScript.some((name) => foldString(name).startsWith(letters))) return false;
    this.namesakeSpans.push(initial, end);
    return true;
  }

  /**
   * Whether the word at [wordStart, wordEnd), right before a person's surname, is a first name
   * the lists do not have and not the person's own ("Heydar Aliyev", "Мехрибан Алиева", "Hasmik
   * Pashinyan"): a capitalised word of the surname's script, of three letters or more, within a
   * sentence (at its start any word is capitalised), that is no word starting sentences, title,
   * institution, function word, month, weekday, adverb or patronymic, and no name the knowledge
   * base has in any case ("президент России Путин"); and unlike the person's own first names in
   * every spelling.
   */
  private unknownFirstNameBefore(text: string, wordStart: number, wordEnd: number, entityAt: number): boolean {
    const word = text.slice(wordStart, wordEnd);
    // A part of a hyphenated name ("Kassym-Jomart") is no first name of its own.
    if (wordStart > 0 && !isWordSpace(text.charCodeAt(wordStart - 1)) && !isLineBreak(text.charCodeAt(wordStart - 1))) return false;
    if (!FIRST_NAME.test(word) || word.length < 3 || isCyrillic(word.charCodeAt(0)) !== isCyrillic(text.charCodeAt(wordEnd + 1))) return false;
    // At a sentence's start any word has its capital ("Ранее Тасмагамбетов", "Кандидатуру …"), and
    // in a headline in title case every word ("Putin Meets Lukashenko").
    if (sentenceStart(text, wordStart) || !mayBeNameWordAt(text, wordStart, wordEnd) || isPatronymicAt(text, wordStart, wordEnd)) return false;
    // After a preposition of place it is a town's name: "в Масанчи Токаев сменил акима".
    if (placePrepositionBefore(text, wordStart)) return false;
    if (inTitleCaseLine(text, wordStart, wordEnd)) return false;
    const folded = foldString(word);
    if (isCommonWord(folded) || NOT_FIRST_NAMES.has(folded) || this.isNameOrForm(folded)) return false;
    const { names, skeletonStarts } = this.firstNamesOfPerson(entityAt);
    if (skeletonStarts.has(firstNameSkeleton(word).slice(0, 3))) return false;
    // The person's own first name before it: a middle word of the person's name ("Сергей Большой Шойгу").
    const before = wordStart > 1 && text.charCodeAt(wordStart - 1) === 0x20 ? wordStartBefore(text, wordStart - 1) : wordStart;
    return before === wordStart || !names.includes(text.slice(before, wordStart - 1));
  }

  /**
   * The first names of person `entityAt`'s full names, each a capitalised word (or two joined by
   * a hyphen), their keys, and the names of the lists they are forms of (`firstNamesOfForm`).
   */
  private firstNamesOfPerson(entityAt: number): PersonFirstNames {
    let known = this.firstNamesAt.get(entityAt);
    if (known === undefined) {
      const names = new Set<string>();
      for (const name of allNames(this.entityOfAt[entityAt])) {
        const space = name.indexOf(' ');
        const first = space > 0 ? name.slice(0, space) : '';
        if (FIRST_NAME.test(first)) names.add(first);
      }
      const listed = new Set([...names].flatMap((name) => [...(firstNamesOfForm(name) ?? [])]));
      known = { names: [...names], keys: new Set([...names].map(firstNameKey)), listed, skeletonStarts: new Set([...names].map((name) => firstNameSkeleton(name).slice(0, 3))) };
      this.firstNamesAt.set(entityAt, known);
    }
    return known;
  }

  /**
   * Whether an exercise's bare name at [start, end) is written as English writes one: with its
   * capital, not starting the sentence, before "exercise" or "drills", alone or in a list of such
   * names ("the Interaction exercise", "Interaction and Search exercises"). At a sentence's start
   * the capital of one name says nothing ("Cooperation exercises between the armies …").
   */
  private exerciseNamedBeforeNoun(text: string, start: number, end: number, entityAt: number): boolean {
    const entity = this.entityOfAt[entityAt];
    if (entity.type !== 'event' || entity.kind !== 'exercise' || !hasUppercase(text[start])) return false;
    let k = start;
    while (k > 0 && isWordSpace(text.charCodeAt(k - 1))) k--;
    const after = EXERCISE_NOUN_AFTER_NAMES.exec(text.slice(end, end + 80));
    // At a sentence's start, only a list of names says they are names.
    return after !== null && (after[1] !== undefined || (k > 0 && !SENTENCE_ENDS.has(text.charCodeAt(k - 1))));
  }

  private mention(text: string, alias: number, start: number, end: number): Mention {
    end = nameEnd(text, start, end);
    const info = this.aliasInfo[alias];
    // A surname after its initials: the initials are part of the name ("А.Г. Лукашенко").
    if (this.entityFields[3 * (info >> ENTITY_SHIFT)] === 'person') {
      const initials = start > 1 ? initialsStart(text, start) : start;
      start = initials < start ? initials : start > 1 ? this.undeclinedFirstNameStart(text, start, end, info >> ENTITY_SHIFT) : start;
      if (initials === start) end = initialsAfter(text, end);
    }
    let entityAt = info >> ENTITY_SHIFT;
    // A series' name with a year: the edition of that year, when the knowledge base has it.
    if ((info & SERIES) !== 0) {
      const year = yearEnding(text, start, end);
      const edition = year && this.editions.get(entityAt)?.get(year);
      if (edition !== undefined) entityAt = edition;
    }
    const at = 3 * entityAt;
    const { entityFields } = this;
    const type = entityFields[at] as Entity['type'];
    const id = entityFields[at + 1];
    const name = entityFields[at + 2];
    const original = text.slice(start, end);
    // One literal per shape, so that every mention is built the same way.
    const found: Mention =
      (info & AMBIGUOUS) === 0
        ? { start, end, text: original, type, id, name }
        : { start, end, text: original, type, id, name, alternatives: this.alternatives.get(alias)!.slice() };
    if ((info & COMPOUND) !== 0) this.compoundMentions.set(found, alias);
    return found;
  }

  /**
   * Where the mention of a person's surname alone at [start, end) starts: at the person's first
   * name when it stands right before, one space apart, as the knowledge base writes it ("с Никол
   * Пашиняном"), or in any case before a patronymic ("Сергей Кужугетович Шойгу", "Имангали
   * Нургалиевича Тасмагамбетова"), else at `start`.
   */
  private undeclinedFirstNameStart(text: string, start: number, end: number, entityAt: number): number {
    if (text.charCodeAt(start - 1) !== 0x20) return start;
    const firstNames = this.firstNamesOfPerson(entityAt).names;
    if (firstNames.length === 0) return start;
    // A name of more than one word is not a surname alone.
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < end) return start;
    for (const first of firstNames) {
      const at = start - 1 - first.length;
      if (at >= 0 && text.startsWith(first, at) && (at === 0 || !isWordCode(text.charCodeAt(at - 1)))) return at;
    }
    // The person's first name in another spelling ("Sergej Shoigu" for Sergei Shoigu), also one
    // the lists of first names lack ("Emomalii Rahmon").
    const wordStart = wordStartBefore(text, start - 1);
    const word = text.slice(wordStart, start - 1);
    if (wordStart < start - 1 && FIRST_NAME.test(word)) {
      const skeleton = firstNameSkeleton(word);
      if (firstNames.some((first) => firstNameSkeleton(first) === skeleton)) return wordStart;
    }
    return firstNameAndPatronymicStart(text, start - 1, firstNames) ?? start;
  }

  /**
   * `mentions`, chosen among those of the last search, with each name that joins parts replaced
   * by its parts ("СМИД ОДКБ": СМИД, ОДКБ; "Kazinform news agency": Kazinform). Splitting after
   * the choice keeps it as it was: the whole name competes with the names that overlap it. A
   * one-word body written in small letters where the knowledge base writes a capital ("the CSTO
   * council") is a description, not the body's name, and is left out.
   */
  splitCompounds(text: string, mentions: Mention[]): Mention[] {
    if (this.compoundMentions.size === 0) return mentions;
    const compounds = this.compoundsAmong(mentions);
    this.compoundMentions.clear();
    if (compounds.length === 0) return mentions;
    const out: Mention[] = [];
    let from = 0;
    for (let c = 0; c < compounds.length; c += 2) {
      const k = compounds[c];
      for (let i = from; i < k; i++) out.push(mentions[i]);
      if (this.listEnds.has(compounds[c + 1])) this.pushListed(text, mentions[k], out);
      else this.pushParts(text, mentions[k], compounds[c + 1], out);
      from = k + 1;
    }
    for (let i = from; i < mentions.length; i++) out.push(mentions[i]);
    return out;
  }

  /**
   * Where the names that join parts, among the mentions built since the last search began, are in
   * `mentions`, with their aliases: index, alias, index, alias..., by index. A few names in a long
   * list sorted by start (as chosen mentions are) are looked for by their starts.
   */
  private compoundsAmong(mentions: readonly Mention[]): number[] {
    const found: number[] = [];
    const pairs: [number, number][] = [];
    let sorted = true;
    for (let i = 1; i < mentions.length && sorted; i++) sorted = mentions[i - 1].start <= mentions[i].start;
    if (!sorted) {
      for (let i = 0; i < mentions.length; i++) {
        const alias = this.compoundMentions.get(mentions[i]);
        if (alias !== undefined) found.push(i, alias);
      }
      return found;
    }
    for (const [m, alias] of this.compoundMentions) {
      for (let i = partitionPoint(0, mentions.length, (j) => mentions[j].start < m.start); i < mentions.length && mentions[i].start === m.start; i++) {
        if (mentions[i] === m) pairs.push([i, alias]);
      }
    }
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [i, alias] of pairs) found.push(i, alias);
    return found;
  }

  /**
   * The regions listed right before `m`, the end of a list under one plural head ("Ошской,
   * Джалал-Абадской и Чуйской областях", "the Batken and Osh regions"), each the mention of its
   * adjective or proper name, then `m`, onto `out`. The list is read back over commas, "и" and "and"
   * while the words are names of regions with their capital; an English one is often a name of its
   * own already (Batken, the town), and its mention gives way to the region's.
   */
  private pushListed(text: string, m: Mention, out: Mention[]): void {
    const listed: Mention[] = [];
    let kept = out.length;
    for (let at = m.start; ; ) {
      const before = kept > 0 ? out[kept - 1] : undefined;
      const from = before === undefined ? 0 : before.type === 'place' ? before.start : before.end;
      const end = listedWordEnd(text, at, from);
      let start = end;
      while (start > from && (isWordCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2d)) start--;
      const replaces = before !== undefined && start < before.end;
      if (replaces && (start !== before.start || end !== before.end)) break;
      const entityAt = end > start && hasUppercase(text[start]) ? this.listedAdjectives.get(foldString(text.slice(start, end))) : undefined;
      if (entityAt === undefined) break;
      if (replaces) kept--;
      const at3 = 3 * entityAt;
      const [type, id, name] = [this.entityFields[at3] as Entity['type'], this.entityFields[at3 + 1], this.entityFields[at3 + 2]];
      listed.push({ start, end, text: text.slice(start, end), type, id, name });
      at = start;
    }
    out.length = kept;
    for (let i = listed.length - 1; i >= 0; i--) out.push(listed[i]);
    out.push(m);
  }

  /** Whether another of a name's parts than `part` is an organization: the one `part` is a body of ("ОДКБ" of "секретариат ОДКБ"). */
  private ownedByOrganization(parts: readonly (NamePart & { entityAt: number })[], part: NamePart): boolean {
    return parts.some((other) => other !== part && this.entityFields[3 * other.entityAt] === 'organization');
  }

  /** The parts of `m`, a mention of a name that joins parts (`alias`), onto `out`; `m` itself when the text cuts its words otherwise. */
  private pushParts(text: string, m: Mention, alias: number, out: Mention[]): void {
    const compound = this.parts.get(alias);
    const words = compound && wordSpans(text, m.start, m.end);
    // A name whose words the text cuts otherwise than the knowledge base stays whole.
    if (!compound || !words || words.length !== 2 * compound.words) {
      out.push(m);
      return;
    }
    for (const part of compound.parts) {
      const start = words[2 * part.first];
      const last = part.first + part.count === compound.words;
      // The name's own full stops stay with it: "U.N." of "U.N. Security Council".
      let end = last ? m.end : words[2 * (part.first + part.count) - 1];
      while (!last && text.charCodeAt(end) === 0x2e) end++;
      // One word in small letters is a generic reference ("the CSTO council", "il consiglio CSTO"),
      // not a name; but Russian writes an organization's own bodies so ("в секретариате ОДКБ"),
      // and so does Italian before "di" and the organization ("il segretariato della Csto").
      const ownBody = () => (isCyrillicCode(text.charCodeAt(start)) || ITALIAN_OF_AFTER.test(text.slice(end, end + 9))) && this.ownedByOrganization(compound.parts, part);
      if (part.count === 1 && !hasUppercase(text[start]) && !ownBody()) continue;
      const at = 3 * part.entityAt;
      const [type, id, name] = [this.entityFields[at] as Entity['type'], this.entityFields[at + 1], this.entityFields[at + 2]];
      out.push({ start, end, text: text.slice(start, end), type, id, name });
    }
  }
}

/** Italian "of" and its article after a word: "della", "dell'", "del", "dei", "degli", "delle", "di". */
const ITALIAN_OF_AFTER = /^[ \u00a0]+(?:della[ \u00a0]|dell['’]|del[ \u00a0]|dei[ \u00a0]|degli[ \u00a0]|delle[ \u00a0]|di[ \u00a0])/;

/**
 * Where the word before the separator of a list ending at `at` ends: a comma or the word "и" or
 * "and" between spaces, "and" also after a comma ("Ошской, Джалал-Абадской и Чуйской …", "Batken,
 * Osh, and Jalal-Abad …"); -1 when none is there, after `from`.
 */
function listedWordEnd(text: string, at: number, from: number): number {
  let k = at;
  while (k > from && isWordSpace(text.charCodeAt(k - 1))) k--;
  if (k === at || k <= from) return -1;
  if (text.charCodeAt(k - 1) === 0x2c) return k - 1;
  const conjunction = text.charCodeAt(k - 1) === 0x438 ? 1 : text.startsWith('and', k - 3) ? 3 : 0;
  if (conjunction === 0 || k - conjunction <= from || !isWordSpace(text.charCodeAt(k - conjunction - 1))) return -1;
  k -= conjunction;
  while (k > from && isWordSpace(text.charCodeAt(k - 1))) k--;
  // The serial comma before "and".
  if (conjunction === 3 && k > from && text.charCodeAt(k - 1) === 0x2c) k--;
  return k;
}

/** Prepositions that take the prepositional case, never the instrumental. */
const PREPOSITIONAL_ONLY = new Set(['в', 'во', 'на', 'о', 'об', 'обо', 'при']);

/**
 * Whether the one word at [start, end) ends in "-ском" after a preposition that takes the
 * prepositional case: the instrumental of a town in "-ск" ("под Минском") spells the adjective's
 * prepositional ("в Минском районе", "в Минском гарнизонном Доме офицеров"), and after such a
 * preposition the word is the adjective.
 */
function adjectiveAfterPreposition(text: string, start: number, end: number): boolean {
  if (end - start < 5 || !text.endsWith('ском', end) || start < 3 || !isWordSpace(text.charCodeAt(start - 1))) return false;
  let at = start - 1;
  while (at > 0 && start - 1 - at < 3 && isWordCode(text.charCodeAt(at - 1))) at--;
  return (at === 0 || !isWordCode(text.charCodeAt(at - 1))) && PREPOSITIONAL_ONLY.has(text.slice(at, start - 1).toLowerCase());
}

/**
 * Where a first name of `firstNames`, in any case, and a patronymic start when they end at `end`,
 * one space apart ("Сергея Кужугетовича "), else undefined. The patronymic may be any, rare ones
 * included: the surname after it is the person's already.
 */
function firstNameAndPatronymicStart(text: string, end: number, firstNames: readonly string[]): number | undefined {
  const patronymicStart = capitalisedWordStart(text, end);
  if (patronymicStart === undefined || !isPatronymicAt(text, patronymicStart, end) || text.charCodeAt(patronymicStart - 1) !== 0x20) return undefined;
  const firstEnd = patronymicStart - 1;
  const firstStart = capitalisedWordStart(text, firstEnd);
  if (firstStart === undefined) return undefined;
  const written = text.slice(firstStart, firstEnd);
  // A case form keeps all of the name but its last letter ("Сергей": "Сергея", "Сергеем").
  for (const first of firstNames) {
    if (written.length >= first.length - 1 && written.length <= first.length + 2 && written.startsWith(first.slice(0, -1))) return firstStart;
  }
  return undefined;
}

/** Where the word of Cyrillic or Latin letters and hyphens that ends at `end` starts, when it has its capital. */
function capitalisedWordStart(text: string, end: number): number | undefined {
  let start = end;
  while (start > 0 && isNameLetterOrHyphen(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) return undefined;
  const first = text[start];
  return first !== first.toLowerCase() ? start : undefined;
}

function isCyrillicCode(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/** Where the word that ends at `end` starts (`end` when no word ends there). */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/** A Cyrillic letter, a Latin one (with the accented letters of Latin-1 and Latin Extended-A: Ž, š), or a hyphen. */
function isNameLetterOrHyphen(code: number): boolean {
  if ((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451 || code === 0x2d) return true;
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7;
}

/** A first name as a full name starts: a capitalised word, or two joined by a hyphen ("Касым-Жомарт", "Kassym-Jomart"). */
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/**
 * Capitalised words that stand before a surname and are no first name: sentence adverbs,
 * months and weekdays, and words of address (folded).
 */
const NOT_FIRST_NAMES = new Set(
  [
    'then later earlier meanwhile now today yesterday tomorrow however still instead also even only here there again thus finally indeed perhaps already never soon once both whereas nor yet so while when since after before mister',
    'poi ora oggi ieri domani intanto inoltre infatti quindi dunque però invece ancora allora anche così già mai secondo proprio solo pure signor signora',
    'тогда затем потом теперь сегодня вчера завтра также однако ещё еще уже именно только лишь господин госпожа согласно',
    // Russian titles, written with a capital only where they start a sentence.
    'президент президента президентом премьер министр министра глава главы лидер лидера генсек председатель спикер посол генерал полковник губернатор мэр советник помощник депутат сенатор канцлер',
    // Short names of state bodies, which a title and its holder's surname enclose ("Глава Минобороны Белоусов").
    'минобороны минфин минфина минфине минюст минюста минэкономразвития минэнерго минтранс минтранса минздрав минздрава минпромторг минпромторга минсельхоз минсельхоза минобрнауки минкультуры минприроды',
    'совбез совбеза совбезе совфед совфеда генштаб генштаба генштабе генпрокуратура генпрокуратуры госдума госдумы госдуме кабмин кабмина кабмине нацбанк нацбанка погранслужба погранслужбы росгвардия росгвардии роскосмос роскосмоса',
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday',
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica',
  ]
    .flatMap((line) => line.split(' '))
    .map(foldString),
);

/**
 * Where a mention of a name matched at [start, end) ends. An invisible character right after the
 * alias folds to nothing and ends no word, so the match reaches past it; the mention ends where
 * the name does.
 */
function nameEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) >= 0xad && isInvisible(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Leftmost-longest selection: among overlapping spans the one that starts first wins, and of those
 * that start together the longest; the result is sorted and free of overlaps.
 */
export function selectLongest<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = isSorted(spans) ? spans : [...spans].sort(byStartThenLongest);
  const chosen: T[] = [];
  let reached = -1;
  for (const span of sorted) {
    if (span.start >= reached) {
      chosen.push(span);
      reached = span.end;
    }
  }
  return chosen;
}

function byStartThenLongest(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function isSorted(spans: readonly { start: number; end: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStartThenLongest(spans[i - 1], spans[i]) > 0) return false;
  return true;
}
