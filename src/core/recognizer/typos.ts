// A long place name written with one slip ("Tajkistan", "Kazakshtan") is still that place. Kept
// conservative, since an ordinary word one edit from a name would become a place: only names of
// one word and seven letters or more, only words written with a capital and the same first letter,
// exactly one edit (a letter added, dropped, changed, or two neighbours swapped), never a word the
// knowledge base has as any entity's name or demonym ("Armenian" is not a typo of Armenia), never
// one word away from two places, and never inside a longer capitalised name.
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { foldString } from '../text/fold';
import type { Mention } from './mention';

const MIN_LETTERS = 7;
// A word with a capital and at least six more letters, not inside a longer word.
const LONG_CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]{6,}(?![\p{L}\p{M}\p{N}])/gu;

const NAME_GOES_ON = /^[ \u00a0]\p{Lu}/u;

/** Whether `a` and `b` differ by exactly one edit: an insertion, a deletion, a substitution or a swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every string made by dropping one character of `s`, and `s` itself. */
function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

interface PlaceName {
  folded: string;
  id: string;
  name: string;
}

/** Finds long place names written with one edit, through an index of the names' one-letter deletions. */
export class TypoFinder {
  private readonly byDeletion = new Map<string, PlaceName[]>();
  private readonly known = new Set<string>();

  constructor(knowledgeBase: KnowledgeBase) {
    for (const entity of knowledgeBase.entities()) {
      for (const name of allNames(entity)) this.known.add(foldString(name));
      if (entity.type === 'place') for (const list of Object.values(entity.demonyms ?? {})) for (const d of list) this.known.add(foldString(d));
    }
    for (const entity of knowledgeBase.entities()) {
      if (entity.type !== 'place') continue;
      for (const name of allNames(entity)) {
        const folded = foldString(name);
        if (folded.length < MIN_LETTERS || !/^\p{L}+$/u.test(folded)) continue;
        const place = { folded, id: entity.id, name: entity.name };
        for (const d of new Set(deletions(folded))) {
          const list = this.byDeletion.get(d);
          if (!list) this.byDeletion.set(d, [place]);
          else if (!list.some((p) => p.id === place.id)) list.push(place);
        }
      }
    }
  }

  /**
   * Words one edit from a long place name, outside the spans `taken` reports as already
   * recognized; each a place mention marked `approximate`. One pass over the text's long
   * capitalised words, each looked up in the index by its own deletions.
   */
  find(text: string, taken: (start: number, end: number) => boolean): Mention[] {
    const found: Mention[] = [];
    for (const match of text.matchAll(LONG_CAPITALISED_WORD)) {
      const start = match.index;
      const end = start + match[0].length;
      const folded = foldString(match[0]);
      // Before another capitalised word it is likely part of a longer name the knowledge base
      // does not have ("Shangai Cooperation Organisation"), not the place.
      if (this.known.has(folded) || taken(start, end) || NAME_GOES_ON.test(text.slice(end, end + 3))) continue;
      const places = new Map<string, PlaceName>();
      for (const d of deletions(folded)) {
        for (const place of this.byDeletion.get(d) ?? []) {
          if (place.folded[0] === folded[0] && oneEditApart(place.folded, folded)) places.set(place.id, place);
        }
      }
      // A word one edit from two places says nothing certain about either.
      if (places.size !== 1) continue;
      const [place] = places.values();
      found.push({ start, end, text: match[0], type: 'place', id: place.id, name: place.name, approximate: true });
    }
    return found;
  }
}
