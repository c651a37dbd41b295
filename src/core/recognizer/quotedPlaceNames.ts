// Names in quotes that hold a known place among other capitalised words: «Новая Армения»,
// «Вечерняя Москва», «Азия-Плюс», «Беларусь 1». Written so, with no noun before them, they are the
// name of a party, a newspaper or a channel, not the place: the place is inside the name.
import type { Mention } from './mention';

/** Opening quotes and the quote that closes each. */
const CLOSING_QUOTE: Record<string, string> = { '«': '»', '“': '”', '„': '“' };
/** How long a name in quotes is read, at most. */
const MAX_QUOTED_LENGTH = 48;
/** The most words such a name has. */
const MAX_WORDS = 4;
/** A word of such a name: capitalised, with capitalised parts after hyphens, or a number: "Азия-Плюс", "24". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}’'.]*(?:-\p{Lu}[\p{L}’']*)*|\d{1,3})$/u;
/** A word of an exercise's edition ("Кавказ-2020"): the rules of events read those. */
const EDITION_WORD = /-(?:19|20)\d\d$/;

/**
 * The spans of the names in quotes in `text` that hold a known place, each with other capitalised
 * words or a number, and nothing else the knowledge base knows; sorted.
 */
export function quotedNamesWithPlaces(text: string, knownAt: (start: number, end: number) => Mention | undefined): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const open of Object.keys(CLOSING_QUOTE)) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      const start = at + 1;
      // The closing quote is looked for only as far as a name goes: a text of many opening quotes is read once.
      const end = closingQuote(text, start, CLOSING_QUOTE[open]);
      if (end >= 0 && holdsPlaceInName(text, start, end, knownAt)) found.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where `quote` closes a name that starts at `start`, within MAX_QUOTED_LENGTH; -1 when it does not. */
function closingQuote(text: string, start: number, quote: string): number {
  const limit = Math.min(text.length, start + MAX_QUOTED_LENGTH + 1);
  for (let at = start; at < limit; at++) if (text[at] === quote) return at;
  return -1;
}

/**
 * Whether [start, end) is a name of capitalised words or numbers, a known place among them and a
 * word or a hyphened part that is none ("Москва Казань" is two places), and nothing else known.
 */
function holdsPlaceInName(text: string, start: number, end: number, knownAt: (start: number, end: number) => Mention | undefined): boolean {
  const words = text.slice(start, end).split(' ');
  if (words.length > MAX_WORDS || !words.every((w) => NAME_WORD.test(w) && !EDITION_WORD.test(w))) return false;
  let place = false;
  let other = false;
  // Each word, and each part a hyphen joins ("Азии-Плюс"), is a place's or another's.
  let at = start;
  for (const part of text.slice(start, end).split(/[ -]/)) {
    const known = knownAt(at, at + part.length);
    if (!known) other = true;
    else if (known.type !== 'place' || known.start < start || known.end > end || (known.start === start && known.end === end)) return false;
    else place = true;
    at += part.length + 1;
  }
  return place && other;
}
