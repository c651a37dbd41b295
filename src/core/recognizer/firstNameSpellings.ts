// The region's first names are written in Latin letters by several systems at once (Sergei,
// Sergey, Sergej; Yuri, Jurij, Iurii; Mikhail, Mihail, Michail). The rules that make those
// spellings and the skeleton that reads them as one name live here together: a test holds that
// every spelling made has the skeleton of the name it was made from.
import { transliterateCyrillic } from '../text/transliterate';
import { latinSpellings } from './latinSpellings';

/**
 * Ways the systems in use write a Cyrillic first name's sounds once it is transliterated as ids
 * are (../text/transliterate.ts): -ий, -ей and -ай as Yuri, Yury, Jurij, Iurii, Sergei, Sergej,
 * Nikolai, Nikolaj; ю, я and a first е as Ju, Ja, Ye (Jurij, Jaroslav, Yevgeny, Yerlan); х as h or
 * ch (Mihail, Michail); кс as x (Alexei, Maxim); ё as e (Petr, Fedor). Each rule adds to the
 * spellings the ones before made.
 */
const FIRST_NAME_SPELLINGS: readonly [RegExp, readonly string[]][] = [
  [/iy$/, ['i', 'y', 'ij', 'ii']],
  [/([aeo])y$/, ['$1i', '$1j']],
  [/^Yu/, ['Ju', 'Iu']],
  [/^Ya/, ['Ja', 'Ia']],
  [/kh/, ['h', 'ch']],
  [/ks/, ['x']],
  [/yo/, ['e']],
];

/** The Latin spellings of a Cyrillic first name (in the nominative): those of latinSpellings.ts, then the rules above. */
export function latinFirstNames(cyrillic: string): string[] {
  const id = transliterateCyrillic(cyrillic);
  const base = id[0].toUpperCase() + id.slice(1);
  // A first Е is written Ye as often as E (Yevgeny, Yerlan); Э is always E.
  const spellings = new Set([base, ...latinSpellings(base, 'person')]);
  if (cyrillic.startsWith('Е')) spellings.add(`Y${base.toLowerCase()}`);
  for (const [rule, replacements] of FIRST_NAME_SPELLINGS) {
    for (const spelling of [...spellings]) if (rule.test(spelling)) for (const replacement of replacements) spellings.add(spelling.replace(rule, replacement));
  }
  return [...spellings];
}

/** The háček letters as the other systems write them: š, ž, č as sh, zh, ch. */
const HACEK_DIGRAPHS: Record<string, string> = { š: 'sh', ž: 'zh', č: 'ch' };

/**
 * A first name with what the systems of latinSpellings.ts and the rules above write apart written
 * alike, in small Latin letters (Cyrillic transliterated): š, ž, č and Italian sc, sci as sh, zh,
 * ch; Belarusian -slau as -slav; ё as yo, jo or e; a first Ye as E; х as kh, h or ch; кс as ks or
 * x; й, ю, я as i, y or j; -ий as -i, -y, -ij, -ii. Sergei, Sergey and Sergej read the same, and so
 * do Fyodor, Fjodor and Fedor, Shavkat, Šavkat and Sciavkat.
 */
export function firstNameSkeleton(firstName: string): string {
  return transliterateCyrillic(firstName)
    .replace(/[šžč]/g, (letter) => HACEK_DIGRAPHS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/sci(?=[aou])|sc(?=[ei])/g, 'sh')
    .replace(/slau$/, 'slav')
    .replace(/^dj/, 'dzh')
    .replace(/^ye/, 'e')
    .replace(/[yj]o/g, 'e')
    .replace(/[kc]h/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/[jy]/g, 'i')
    .replace(/ii+/g, 'i');
}

/**
 * The first two letters of a first name's skeleton: the same for the spellings and the cases of
 * one name, so that another first name before a known surname is told from the person's own.
 */
export function firstNameKey(firstName: string): string {
  return firstNameSkeleton(firstName).slice(0, 2);
}
