// Initials stand for a person's first name and patronymic, before the surname ("А.Г. Лукашенко",
// "S. Ordabayev") or, in official texts, after it ("Путин В.В.").
import { isWordCode } from '../text/fold';
import { isWordSpace } from './textScan';

/**
 * Where a surname at `start` begins with the initials written before it: "А.Г. Лукашенко",
 * "А. Г. Лукашенко", "С. Шойгу", "V. Putin". Two at most, each a capital and a full stop, with no
 * letter or digit before the capital ("США. Шойгу" has none); `start` itself when there are none.
 */
export function initialsStart(text: string, start: number): number {
  let at = start;
  for (let n = 0; n < 2; n++) {
    let k = at;
    // A space before the surname; between the initials a space or the hyphen of a double first name ("К.-Ж.").
    if (k > 0 && (isWordSpace(text.charCodeAt(k - 1)) || (n > 0 && text.charCodeAt(k - 1) === 0x2d))) k--;
    if (k < 2 || text.charCodeAt(k - 1) !== 0x2e) break;
    const initial = k > 2 && LATIN_DIGRAPH_INITIALS.has(text.slice(k - 3, k - 1)) ? k - 3 : k - 2;
    if (!isInitialAt(text, initial, k - 1)) break;
    at = initial;
  }
  return at;
}

/**
 * The Latin initials of Ж, Ш, Ч, Х, Ц, Ю, Я, Е, Ё, written with two letters by the systems that
 * spell those sounds so: "S.Zh. Ordabaev", "Yu. Khachaturov".
 */
export const LATIN_DIGRAPH_INITIALS = new Set(['Zh', 'Sh', 'Ch', 'Kh', 'Ts', 'Yu', 'Ya', 'Ye', 'Yo']);

/**
 * Whether the word [start, end) is an initial: one capital, or two letters for one sound
 * (`LATIN_DIGRAPH_INITIALS`), a full stop right after it and no letter or digit before it.
 */
export function isInitialAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2e || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) return false;
  if (end - start === 2) return LATIN_DIGRAPH_INITIALS.has(text.slice(start, end));
  const initial = text[start];
  return end - start === 1 && initial !== initial.toLowerCase();
}

/**
 * Where two initials written after a surname end, as Russian official texts write a person
 * ("Путин В.В.", "Лукашенко А. Г.", "Токаев К.-Ж."), else `end`: each a capital and a full stop, the first one
 * space after the surname, the second right after it, one space on or after a hyphen. One initial alone is left
 * out: "Путин В." may as well end a sentence before "В".
 */
export function initialsAfter(text: string, end: number): number {
  let k = end;
  for (let n = 0; n < 2; n++) {
    // The second right after the first, one space on, or after the hyphen of a double first name ("Токаев К.-Ж.").
    if (text.charCodeAt(k) === 0x20 && (n === 0 || text.charCodeAt(k + 1) !== 0x20)) k++;
    else if (n === 0) return end;
    else if (text.charCodeAt(k) === 0x2d) k++;
    const initial = text[k];
    if (initial === undefined || initial === initial.toLowerCase() || text.charCodeAt(k + 1) !== 0x2e) return end;
    k += 2;
  }
  return k < text.length && isWordCode(text.charCodeAt(k)) ? end : k;
}
