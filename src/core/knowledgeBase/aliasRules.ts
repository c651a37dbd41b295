// Which names an entity may be recognized by. The recognizer matches names on whole words with case
// and diacritics folded, so a name that is punctuation only, a single letter or a function word of
// the articles' languages would be found in every sentence: "in" would make a person of every "in".
import { foldedUnitInfo, foldString, isWordCode, UNIT_KIND, UNIT_SIMPLE, UNIT_SPACE, UNIT_WORD } from '../text/fold';
import type { Entity } from './schema';

// The frequent function words of English, Italian and Russian: articles, prepositions (Italian
// with the article joined), conjunctions, pronouns, auxiliary verbs and negations. Compared after
// folding, as the recognizer reads text: "IN", "The", "perché" and "perche" are all caught.
const FUNCTION_WORDS = [
  // English
  'a an the',
  'about above across after against along among around at before behind below beside between beyond by despite down during except for from in inside into near of off on onto out outside over past per since through to toward towards under until up upon via with within without',
  'and or but nor so yet if than that because while although though whether unless as both either neither when where whereas',
  'i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our ours ourselves they them their theirs themselves this these those who whom whose which what one someone something anyone anything everyone everything nobody nothing none each all some any other another such',
  'am is are was were be been being have has had do does did done will would shall should can could may might must not no',
  // Italian
  "il lo la i gli le l' un uno una un'",
  "di a da in con su per tra fra del dello della dei degli delle dell' al allo alla ai agli alle all' dal dallo dalla dai dagli dalle dall' nel nello nella nei negli nelle nell' col coi sul sullo sulla sui sugli sulle sull' verso dopo prima senza contro presso durante sopra sotto dentro fuori",
  'e ed o od ma che se anche perché poiché quando come dove mentre oppure né però quindi dunque cioè',
  'io tu lui lei noi voi loro esso essa essi esse mi ti si ci vi ne li me te sé suo sua suoi sue mio mia miei mie tuo tua nostro nostra vostro vostra questo questa questi queste quello quella quelli quelle quel chi cui quale quali ciò',
  'è sono sei siamo siete era erano fu furono sarà saranno sarebbe stato essere ho hai ha abbiamo avete hanno aveva avevano avere non più già',
  // Russian
  'в во на с со к ко по о об обо от до из за у для без под над при про через между после перед около',
  'и а но или да что чтобы если как когда где хотя то либо ни также тоже',
  'я ты он она оно мы вы они его её ее их ему ей им ими него неё нее них нему ней ним нам вам нас вас меня тебя мне тебе себя себе свой своя своё свои мой моя моё мои твой наш ваш этот эта это эти тот та те кто который которая которое которые весь вся всё все сам сама',
  'быть был была было были будет будут есть не же ли бы уже ещё еще',
];
const COMMON_WORDS = new Set(FUNCTION_WORDS.flatMap((line) => line.split(' ')).map(foldString));
/** The length of the longest: most names are longer, and are not looked up. */
const LONGEST_COMMON_WORD = Math.max(...[...COMMON_WORDS].map((w) => w.length));

/** A hash of folded units, one at a time. */
function extendHash(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}
/** The hashes of the common words: a name whose hash is none of them is no common word. */
const COMMON_WORD_HASHES = new Set(
  [...COMMON_WORDS].map((word) => {
    let hash = 0;
    for (let k = 0; k < word.length; k++) hash = extendHash(hash, word.charCodeAt(k));
    return hash;
  }),
);

/**
 * Whether `alias` surely folds (as `foldString` folds it) to a name of two letters or digits or
 * more that is no common word, read unit by unit without making the folded string: folding every
 * alias of a large knowledge base, only to find nearly all of them fine, was most of the check.
 * False when it may be refused, and when it has a unit read otherwise than one for one (one that
 * folds to nothing or to several units, half a surrogate pair, a control character), which
 * `foldString` then reads.
 */
function surelyAccepted(alias: string): boolean {
  let length = 0;
  let wordUnits = 0;
  let hash = 0;
  // Runs of spaces fold to one, and none is kept at either end.
  let spaceBefore = false;
  for (let i = 0; i < alias.length; i++) {
    const info = foldedUnitInfo(alias.charCodeAt(i));
    const kind = info & UNIT_KIND;
    if (kind === UNIT_SPACE) {
      spaceBefore = length > 0;
      continue;
    }
    const unit = info & 0xffff;
    // A control character or a line separator may be trimmed off an end: left to `foldString`.
    if (kind !== UNIT_SIMPLE || unit < 0x20 || unit === 0x2028 || unit === 0x2029) return false;
    if (spaceBefore) {
      length++;
      hash = extendHash(hash, 0x20);
      spaceBefore = false;
    }
    length++;
    hash = extendHash(hash, unit);
    if ((info & UNIT_WORD) !== 0) wordUnits++;
  }
  return wordUnits >= 2 && (length > LONGEST_COMMON_WORD || !COMMON_WORD_HASHES.has(hash));
}

/** Whether `folded` (as `foldString` folds) is a function word of English, Italian or Russian. */
export function isCommonWord(folded: string): boolean {
  return folded.length <= LONGEST_COMMON_WORD && COMMON_WORDS.has(folded);
}

/** How many letters and digits `folded` holds, counting to two at most. */
function wordUnits(folded: string): number {
  let count = 0;
  for (let k = 0; k < folded.length && count < 2; k++) if (isWordCode(folded.charCodeAt(k))) count++;
  return count;
}

/** An alias written in capitals, such as UN or US: the recognizer matches it only in capitals. */
function isCapitals(alias: string): boolean {
  return alias !== alias.toLowerCase() && alias === alias.toUpperCase();
}

/** The first letters of a name's words, with and without its function words: "United States of America" → usoa, usa. */
function initials(name: string): string[] {
  const words = foldString(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return [words.map((w) => w[0]).join(''), words.filter((w) => !COMMON_WORDS.has(w)).map((w) => w[0]).join('')];
}

/** Why a name (folded as `foldString` folds) is too short to be looked for, whoever's it is; or undefined. */
export function shortNameRefusal(folded: string): string | undefined {
  const units = wordUnits(folded);
  if (units === 0) return 'has no letter or digit';
  if (units === 1) return 'has only one letter or digit';
  return undefined;
}

/**
 * Why `alias` (a name, alias or demonym of `entity`) is not used to recognize it, or undefined
 * when it is fine. `folded` is the alias folded as `foldString` does, if known. A function word
 * written in capitals as the initials of one of the entity's names (UN for United Nations, US for
 * United States) is a real acronym, and is kept.
 */
export function aliasRefusal(alias: string, entity: Pick<Entity, 'name' | 'aliases'>, folded?: string): string | undefined {
  if (folded === undefined) {
    if (surelyAccepted(alias)) return undefined;
    folded = foldString(alias);
  }
  const short = shortNameRefusal(folded);
  if (short) return short;
  if (!isCommonWord(folded)) return undefined;
  if (isCapitals(alias)) {
    const letters = folded.replace(/[^\p{L}\p{N}]+/gu, '');
    const names = [entity.name, ...Object.values(entity.aliases).flat()].filter((name) => name !== alias);
    if (names.some((name) => initials(name).includes(letters))) return undefined;
  }
  return 'is a common word in English, Italian or Russian, and would be found in every sentence';
}
