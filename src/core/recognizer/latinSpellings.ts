// Latin spellings of the region's names differ by system, not by person: the vowel ы is written y
// or i (Sadyr, Sadir; Dmitry, Dmitri), Belarusian writes -слаў as -slau where Russian has -slav
// (Stanislau, Vyacheslau), the scholarly system writes ш, ж and ч as š, ž and č where others write
// sh, zh and ch (Lukašenko), and х as ch where Italian scholarly usage follows it (Chačaturov),
// Italian papers write ш as sc or sci (Lukascenko, Scioigu), French
// and Italian ones дж as dj (Djaparov) and -аев as -aiev (Tokaiev), and a double first name may
// lose its hyphen (Kassym Jomart). A name
// the knowledge base writes one way is read the other ways too, from these rules rather than an
// alias per person.
import type { EntityType } from '../knowledgeBase/schema';

/** A Latin consonant, in either case: a letter other than a, e, i, o, u, y. */
function isConsonant(code: number): boolean {
  const small = code | 0x20;
  return ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) && small !== 0x61 && small !== 0x65 && small !== 0x69 && small !== 0x6f && small !== 0x75 && small !== 0x79;
}

/**
 * y as a vowel, between consonants or after one at a word's end, written i: Sadyr → Sadir. Read
 * over the whole name, whose words a space ends; the name itself when nothing changes.
 */
function vowelYAsI(name: string): string {
  let out = '';
  let from = 0;
  for (let k = 1; k < name.length; k++) {
    if (name.charCodeAt(k) !== 0x79 || !isConsonant(name.charCodeAt(k - 1))) continue;
    const next = k + 1 < name.length ? name.charCodeAt(k + 1) : 0x20;
    if (next !== 0x20 && !isConsonant(next)) continue;
    out += `${name.slice(from, k)}i`;
    from = k + 1;
  }
  return from === 0 ? name : out + name.slice(from);
}

/** -slav at a word's end written -slau, as Belarusian names are: Stanislav → Stanislau. */
function slavAsSlau(name: string): string {
  return name.includes('slav') ? name.replace(/slav(?= |$)/g, 'slau') : name;
}

/** The digraphs for ш, ж and ч, in either case, as the scholarly system writes them with a háček: Lukashenko → Lukašenko. */
const HACEK: Record<string, string> = { sh: 'š', Sh: 'Š', zh: 'ž', Zh: 'Ž', ch: 'č', Ch: 'Č' };

function digraphsWithHacek(name: string): string {
  return /[szc]h/i.test(name) ? name.replace(/[SZCszc]h/g, (pair) => HACEK[pair]) : name;
}

/** ш as Italian writes it: sc before e and i (Lukashenko → Lukascenko), sci before a, o and u (Shoigu → Scioigu). */
function shAsItalian(name: string): string {
  return /sh[aeiou]/i.test(name) ? name.replace(/([Ss])h(?=([aeiou]))/g, (_pair, s: string, vowel: string) => (vowel === 'e' || vowel === 'i' ? `${s}c` : `${s}ci`)) : name;
}

/** Whether a unit is a Latin vowel, y included, in either case. */
function isVowel(code: number): boolean {
  const small = code | 0x20;
  return small === 0x61 || small === 0x65 || small === 0x69 || small === 0x6f || small === 0x75 || small === 0x79;
}

/**
 * й, and the y of ю, я, ё, written j, as the scholarly system and Italian papers write them: a y
 * before a vowel (Serdyukov → Serdjukov, Tokayev → Tokajev), and an i or y after a vowel that ends
 * a syllable (Sergei → Sergej, Shoigu → Shojgu, Aleinik → Alejnik); with the háček for sh, zh, ch,
 * as that system has it (Šojgu).
 */
function scholarly(name: string): string {
  // Built from slices, and only where a unit changes: most names have no й to write.
  let out = '';
  let from = 0;
  for (let k = 0; k < name.length; k++) {
    const code = name.charCodeAt(k);
    const next = k + 1 < name.length ? name.charCodeAt(k + 1) : 0x20;
    const small = code | 0x20;
    const yBeforeVowel = small === 0x79 && isVowel(next) && (next | 0x20) !== 0x79;
    const afterVowel = (code === 0x69 || code === 0x79) && k > 0 && isVowel(name.charCodeAt(k - 1)) && (name.charCodeAt(k - 1) | 0x20) !== 0x79 && !isVowel(next);
    if (!yBeforeVowel && !afterVowel) continue;
    out += name.slice(from, k) + (code === 0x59 && yBeforeVowel ? 'J' : 'j');
    from = k + 1;
  }
  return digraphsWithHacek(from === 0 ? name : out + name.slice(from));
}

/** The j of the scholarly system without its háček, as German and some Italian papers write: Pashinyan → Pashinjan. */
function jWithoutHacek(scholarlyName: string): string {
  return /[šžč]/i.test(scholarlyName) ? scholarlyName.replace(/[ŠŽČšžč]/g, (letter) => HACEK_UNDONE[letter]) : scholarlyName;
}
const HACEK_UNDONE: Record<string, string> = Object.fromEntries(Object.entries(HACEK).map(([pair, letter]) => [letter, pair]));

/** Дж and the Central Asian J written Dj at a word's start, as French and Italian papers write them: Japarov → Djaparov, Dzhaparov → Djaparov. */
function jAsDj(name: string): string {
  return /(?:^| )(?:J|Dzh)/.test(name) ? name.replace(/(^| )(?:J|Dzh)(?=[aeiouy])/g, '$1Dj') : name;
}

/** -yev after a vowel written -iev, as Italian papers often write it: Tokayev → Tokaiev. */
function yevAsIev(name: string): string {
  return /[aeiou]yev\b/.test(name) ? name.replace(/([aeiou])yev\b/g, '$1iev') : name;
}

/** х written h, as Italian and other papers often write it: Khrenin → Hrenin, Mikhail → Mihail. */
function khAsH(name: string): string {
  return /kh/i.test(name) ? name.replace(/([Kk])h/g, (_pair, k: string) => (k === 'K' ? 'H' : 'h')) : name;
}

/**
 * The scholarly spelling with х as ch, as Italian scholarly and Czech usage writes it, the ч of the
 * other systems already č: Khachaturov → Chačaturov, Khrenin → Chrenin.
 */
function scholarlyWithCh(scholarlyName: string): string {
  return /kh/i.test(scholarlyName) ? scholarlyName.replace(/([Kk])h/g, (_pair, k: string) => (k === 'K' ? 'Ch' : 'ch')) : scholarlyName;
}

/** A double first name written with a space for its hyphen, as some reports write it: Kassym-Jomart Tokayev → Kassym Jomart Tokayev. */
function doubleFirstNameSpaced(name: string): string {
  return name.replace(/^([A-Z][a-z]+)-([A-Z][a-z]+)(?= )/, '$1 $2');
}

const LATIN_NAME = /^[A-Za-z][A-Za-z' -]*$/;

/**
 * The other Latin spellings of a person's name under these rules, each rule applied to every word
 * it fits; none for other entities or names not in Latin letters.
 */
export function latinSpellings(name: string, kind: EntityType): string[] {
  if (kind !== 'person' || !LATIN_NAME.test(name)) return [];
  const spellings: string[] = [];
  const scholarlyName = scholarly(name);
  for (const spelling of [vowelYAsI(name), slavAsSlau(name), digraphsWithHacek(name), shAsItalian(name), doubleFirstNameSpaced(name), scholarlyName, scholarlyWithCh(scholarlyName), jWithoutHacek(scholarlyName), khAsH(name), jAsDj(name), yevAsIev(name)]) {
    if (spelling !== name && !spellings.includes(spelling)) spellings.push(spelling);
  }
  return spellings;
}
