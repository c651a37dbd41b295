// Latin spellings of the region's names differ by system, not by person: the vowel ы is written y
// or i (Sadyr, Sadir; Dmitry, Dmitri), and Belarusian writes -слаў as -slau where Russian has
// -slav (Stanislau, Vyacheslau). A name the knowledge base writes one way is read the other way
// too, from these rules rather than an alias per person.
import type { EntityType } from '../knowledgeBase/schema';

const VOWELS = new Set('aeiouy');
const isLetter = (c: string | undefined) => c !== undefined && /^[a-z]$/i.test(c);
const isConsonant = (c: string | undefined) => isLetter(c) && !VOWELS.has(c!.toLowerCase());

/** y as a vowel, between consonants or after one at a word's end, written i: Sadyr → Sadir. */
function vowelYAsI(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word[k];
    const asVowel = c === 'y' && k > 0 && isConsonant(word[k - 1]) && (k + 1 === word.length || isConsonant(word[k + 1]));
    out += asVowel ? 'i' : c;
  }
  return out;
}

/** -slav at a word's end written -slau, as Belarusian names are: Stanislav → Stanislau. */
function slavAsSlau(word: string): string {
  return word.endsWith('slav') ? `${word.slice(0, -1)}u` : word;
}

/**
 * The other Latin spellings of a person's name under these rules, each rule applied to every word
 * it fits; none for other entities or names not in Latin letters.
 */
export function latinSpellings(name: string, kind: EntityType): string[] {
  if (kind !== 'person' || !/^[A-Za-z][A-Za-z' -]*$/.test(name)) return [];
  const words = name.split(' ');
  const spellings = new Set<string>();
  for (const rule of [vowelYAsI, slavAsSlau]) spellings.add(words.map(rule).join(' '));
  spellings.delete(name);
  return [...spellings];
}
