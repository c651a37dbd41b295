// A body's name with its abbreviation in brackets before the rest of it: "Министерство иностранных
// дел (МИД) Армении", "Государственный комитет национальной безопасности (ГКНБ) Киргизии", "the
// Ministry of Foreign Affairs (MFA) of Armenia". The knowledge base writes the name without the
// brackets, which the word matcher, reading the text as written, cannot skip; the words before
// them alone name no body, or one of many ministries. So the line is read again without the
// brackets: a body's name found across them gives the words before them that body, and the
// abbreviation too when the body goes by it with the rest of the name ("МИД Армении").
import { partitionPoint } from '../text/binarySearch';
import type { Mention } from './mention';
import { isLineBreak } from './textScan';

/** Known entities in a text, as `Recognizer.entities` finds them. */
export type EntityReader = (text: string) => Mention[];

/** An abbreviation as brackets hold it: a capital and one to eleven letters ("МИД", "MFA", "Gknb"). */
const ABBREVIATION = /^\p{Lu}\p{L}{1,11}$/u;
const LETTER = /\p{L}/u;
/** How far before the brackets a name may start, and after them end. */
const BEFORE = 160;
const AFTER = 100;

/**
 * `known` (sorted, not overlapping) with the bodies named across an abbreviation in brackets
 * (see above) in place of what it held on their words, and the abbreviations that name them.
 * Only where nothing but names of bodies stands on those words: a date or a person stays.
 */
export function withNamesAcrossAbbreviations(text: string, known: Mention[], entities: EntityReader): Mention[] {
  let result = known;
  for (let open = text.indexOf(' (', 1); open >= 0; open = text.indexOf(' (', open + 2)) {
    const close = text.indexOf(')', open + 2);
    if (close < 0) break;
    if (close - open > 14 || text.charCodeAt(close + 1) !== 0x20) continue;
    const abbreviation = text.slice(open + 2, close);
    if (!ABBREVIATION.test(abbreviation) || !LETTER.test(text[open - 1]) || !LETTER.test(text[close + 2] ?? '')) continue;
    // An abbreviation known on its own ("(CSTO)", "(TASS)") names its body there already.
    if (mentionsOn(result, open + 2, close).length > 0) continue;
    const found = bodyAcross(text, open, close, entities);
    if (found === undefined || !onlyBodiesOn(result, found)) continue;
    const named: Mention[] = [found];
    const short = entities(abbreviation + text.slice(close + 1, lineEnd(text, close)))[0];
    if (short?.start === 0 && short.end === abbreviation.length && short.id === found.id) {
      named.push({ ...short, start: open + 2, end: close, text: abbreviation });
    }
    result = replaced(result, named);
  }
  return result;
}

/** Where the line of `at` ends (at \n or \r, as the incremental recognizer cuts lines), or AFTER units on. */
function lineEnd(text: string, at: number): number {
  const last = Math.min(text.length, at + AFTER);
  let k = at;
  while (k < last && !isLineBreak(text.charCodeAt(k))) k++;
  return k;
}

/** Where the line of `at` starts, or BEFORE units back. */
function lineStart(text: string, at: number): number {
  const first = Math.max(0, at - BEFORE);
  let k = at;
  while (k > first && !isLineBreak(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * The body whose name the words before the brackets at [open, close] begin and the words after
 * them end, over the words before them; undefined when there is none. Read in the line without
 * the brackets, from a word's start BEFORE units back at most.
 */
function bodyAcross(text: string, open: number, close: number, entities: EntityReader): Mention | undefined {
  let start = lineStart(text, open);
  // Cut within a line, the window starts at a word.
  if (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start = text.indexOf(' ', start) + 1;
  const joinedAt = open - start;
  const found = entities(text.slice(start, open) + text.slice(close + 1, lineEnd(text, close)));
  const body = found.find((m) => m.type === 'organization' && m.end === joinedAt && m.start < joinedAt);
  if (body === undefined) return undefined;
  return { ...body, start: start + body.start, end: open, text: text.slice(start + body.start, open) };
}

/** The mentions of `mentions` (sorted, not overlapping) on [start, end). */
function mentionsOn(mentions: readonly Mention[], start: number, end: number): readonly Mention[] {
  const first = partitionPoint(0, mentions.length, (i) => mentions[i].end <= start);
  let last = first;
  while (last < mentions.length && mentions[last].start < end) last++;
  return mentions.slice(first, last);
}

/** Whether what `mentions` holds on `found`'s span lies within it and is bodies, and is not `found` itself. */
function onlyBodiesOn(mentions: readonly Mention[], found: Mention): boolean {
  return mentionsOn(mentions, found.start, found.end).every(
    (m) => m.start >= found.start && m.end <= found.end && m.type === 'organization' && !(m.start === found.start && m.end === found.end && m.id === found.id),
  );
}

/** `mentions` without those on the spans of `named`, with `named` among them, in order. */
function replaced(mentions: readonly Mention[], named: readonly Mention[]): Mention[] {
  const kept = mentions.filter((m) => !named.some((n) => m.start < n.end && m.end > n.start));
  return [...kept, ...named].sort((a, b) => a.start - b.start);
}

/**
 * `known` (sorted, not overlapping) with an abbreviation in brackets right after a known name
 * ("l'Unione economica eurasiatica (Uee)", "Евразийский банк развития (ЕАБР)") named as that name's
 * entity, where nothing else is on it and its letters are the name's, in order, from the first
 * (`abbreviates`): a report introduces the abbreviation it uses, whether or not the knowledge base
 * lists it; an agency after a dateline ("ALMATY (AKIpress)") is none.
 */
export function withAbbreviationsIntroduced(text: string, known: Mention[]): Mention[] {
  let added: Mention[] | undefined;
  for (let i = 0; i < known.length; i++) {
    const m = known[i];
    if (m.type === 'person' || m.type === 'date' || m.id === undefined) continue;
    if (text.charCodeAt(m.end) !== 0x20 || text.charCodeAt(m.end + 1) !== 0x28) continue;
    const open = m.end + 1;
    const close = text.indexOf(')', open + 1);
    if (close < 0 || close - open > 13) continue;
    const abbreviation = text.slice(open + 1, close);
    if (!ABBREVIATION.test(abbreviation) || !abbreviates(abbreviation, m.text)) continue;
    if (i + 1 < known.length && known[i + 1].start < close) continue;
    (added ??= []).push({ ...m, start: open + 1, end: close, text: abbreviation });
  }
  return added === undefined ? known : [...known, ...added].sort((a, b) => a.start - b.start);
}

/** Whether the letters of `abbreviation` are letters of `name` in the same order, the first its first: "Uee" of "Unione economica eurasiatica", "ЕАБР" of "Евразийский банк развития". */
function abbreviates(abbreviation: string, name: string): boolean {
  const letters = abbreviation.toLowerCase();
  const words = name.toLowerCase();
  if (letters[0] !== words[0]) return false;
  let at = 1;
  for (let k = 1; k < letters.length; k++) {
    at = words.indexOf(letters[k], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** An abbreviation in capitals, as a body a report names in full introduces it ("(GKNB)", "(ECO)"). */
const CAPITALS_ABBREVIATION = /^\p{Lu}{2,8}$/u;

/**
 * `candidates` (sorted, not overlapping) with the abbreviation that a body's name among them
 * introduces in brackets ("the Economic Cooperation Organization (ECO)", "the State Committee for
 * National Security (GKNB)", whose letters are the Russian name's), and the same abbreviation
 * where its line writes it again, as candidate bodies, where neither `known` (sorted) nor another
 * candidate holds those words. Letters in order of the name, or all capitals.
 */
export function withCandidateAbbreviations(text: string, candidates: Mention[], known: readonly Mention[]): Mention[] {
  let added: Mention[] | undefined;
  for (const m of candidates) {
    if (m.type !== 'candidate' || m.guess !== 'organization' || text.charCodeAt(m.end) !== 0x20 || text.charCodeAt(m.end + 1) !== 0x28) continue;
    const close = text.indexOf(')', m.end + 2);
    if (close < 0 || close - m.end > 14) continue;
    const abbreviation = text.slice(m.end + 2, close);
    if (!CAPITALS_ABBREVIATION.test(abbreviation) && !(ABBREVIATION.test(abbreviation) && abbreviates(abbreviation, m.text))) continue;
    // Within its line, as the incremental recognizer reads a line at a time.
    const lineEnd = lineEndAfter(text, close);
    for (let at = m.end + 2; at >= 0 && at < lineEnd; at = text.indexOf(abbreviation, at + abbreviation.length)) {
      const end = at + abbreviation.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '') || overlaps(known, at, end) || overlaps(candidates, at, end)) continue;
      (added ??= []).push({ start: at, end, text: abbreviation, type: 'candidate', guess: 'organization' });
    }
  }
  if (added === undefined) return candidates;
  const seen = new Set<number>();
  const unique = added.filter((m) => !seen.has(m.start) && seen.add(m.start));
  return [...candidates, ...unique].sort((a, b) => a.start - b.start);
}

/** Whether a mention of `sorted` overlaps [start, end). */
function overlaps(sorted: readonly Mention[], start: number, end: number): boolean {
  const k = partitionPoint(0, sorted.length, (i) => sorted[i].end <= start);
  return k < sorted.length && sorted[k].start < end;
}

/** Where the line that holds `at` ends: its line break, or the text's end. */
function lineEndAfter(text: string, at: number): number {
  for (let k = at; k < text.length; k++) if (isLineBreak(text.charCodeAt(k))) return k;
  return text.length;
}
