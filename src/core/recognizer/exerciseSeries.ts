// Recurring exercises and exhibitions are written with their year ("Interaction-2024", «Рубеж-2025»,
// "Army-2020"): one knowledge-base event stands for the series (an exercise or exhibition without
// dates), others for the editions it knows (one with dates). A series' name followed by a year is
// that year's edition if the knowledge base has it, else the series.
import type { Entity, Event } from '../knowledgeBase/schema';
import { foldString } from '../text/fold';
import { EXERCISE_NOUNS } from './exerciseNouns';
import type { Mention } from './mention';
import { sentenceEndWithin } from './textScan';

/** Events that recur under one name with an edition's year: exercises, exhibitions and operations (Kanal-2023). */
function isRecurringKind(entity: Entity): entity is Event {
  return entity.type === 'event' && (entity.kind === 'exercise' || entity.kind === 'exhibition' || entity.kind === 'operation');
}

/** An exercise, exhibition or operation without dates stands for the recurring series, not one edition. */
export function isExerciseSeries(entity: Entity): entity is Event {
  return isRecurringKind(entity) && entity.start === undefined;
}

/**
 * The bare names of a series, as they are written before an edition's year: the canonical name
 * without its qualifier in brackets ("Interaction (CSTO exercise)" → Interaction) and the names
 * in quotes within its aliases (учения «Взаимодействие» → Взаимодействие).
 */
export function seriesBareNames(series: Event): string[] {
  const names = new Set<string>();
  const bare = series.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (bare !== series.name) names.add(bare);
  for (const alias of Object.values(series.aliases).flat()) {
    for (const quoted of alias.matchAll(/[«“"„]([^»”"“]+)[»”"“]/g)) names.add(quoted[1].trim());
  }
  return [...names].filter((n) => n.length > 1);
}

// A dash, with or without spaces, then a year of four digits not followed by another digit; or a
// space and such a year ("Vostok 2018"); or a dash and the year's last two digits ("Zapad-25").
const YEAR_AFTER = /^(?: ?[-‐‑–—] ?((?:19|20)\d\d)| ((?:19|20)\d\d)|[-‐‑–—](\d\d))(?![\p{L}\p{N}])/u;
const YEAR_ENDING = /(?:[-‐‑–—] ?((?:19|20)\d\d)| ((?:19|20)\d\d)|[-‐‑–—](\d\d))$/;

/** The year of a match of YEAR_AFTER or YEAR_ENDING: its four digits, or its two in this century below 50, else the last ("Zapad-81" was in 1981). */
function yearOf(found: RegExpExecArray): number {
  if (found[3] === undefined) return Number(found[1] ?? found[2]);
  const twoDigits = Number(found[3]);
  return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** The year written right after a name that ends at `end` ("-2024", " — 2024", " 2018", "-25"), and where it ends. */
export function yearAfter(text: string, end: number): { year: number; end: number } | undefined {
  const found = YEAR_AFTER.exec(text.slice(end, end + 8));
  return found ? { year: yearOf(found), end: end + found[0].length } : undefined;
}

/** The year a mention from `start` to `end` ends with, as `yearAfter` reads it ("Rubezh-2024", "Vostok 2018", "Zapad-25"), if any. */
export function yearEnding(text: string, start: number, end: number): number | undefined {
  const found = YEAR_ENDING.exec(text.slice(Math.max(start, end - 7), end));
  return found ? yearOf(found) : undefined;
}

/** Between quotes that open right before `start` and close right after `end`: «Поиск», “Search”. */
export function quotedAt(text: string, start: number, end: number): boolean {
  return start > 0 && '«“"„\''.includes(text[start - 1]) && end < text.length && '»”"“\''.includes(text[end]);
}

/** Each series' editions by year, found by name: an edition is named as its series, then its year. */
export function editionsBySeries(entities: readonly Entity[]): Map<string, Map<number, Event>> {
  const seriesByName = new Map<string, string>();
  for (const entity of entities) {
    if (!isExerciseSeries(entity)) continue;
    for (const name of [entity.name, ...seriesBareNames(entity), ...Object.values(entity.aliases).flat()]) seriesByName.set(foldString(name), entity.id);
  }
  const editions = new Map<string, Map<number, Event>>();
  for (const entity of entities) {
    if (!isRecurringKind(entity) || entity.start === undefined) continue;
    const year = Number(entity.start.slice(0, 4));
    for (const name of [entity.name, ...Object.values(entity.aliases).flat()]) {
      const series = seriesByName.get(foldString(name.replace(/\s*[-‐‑–—]?\s*\d{4}$/, '')));
      if (!series || !name.endsWith(String(year))) continue;
      let byYear = editions.get(series);
      if (!byYear) editions.set(series, (byYear = new Map()));
      byYear.set(year, entity);
      break;
    }
  }
  return editions;
}

/** Nouns of an exercise in English, Italian and Russian, whose edition's name they stand next to. */
const EDITION_NOUNS = new Set(EXERCISE_NOUNS);

// A dash right after the name, then a year of four digits not followed by another digit: "Kavkaz-2020".
const TIGHT_YEAR_AFTER = /^[-‐‑–]((?:19|20)\d\d)(?![\p{L}\p{N}])/u;

/** The word of letters right before `start` (one space apart), in small letters; '' when none. */
function wordBefore(text: string, start: number): string {
  if (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') return '';
  return /[\p{L}]+$/u.exec(text.slice(Math.max(0, start - 16), start - 1))?.[0].toLowerCase() ?? '';
}

/** The word of letters right after `end` (one space apart), in small letters; '' when none. */
function wordAfter(text: string, end: number): string {
  if (text[end] !== ' ' && text[end] !== '\u00a0') return '';
  return /^[\p{L}]+/u.exec(text.slice(end + 1, end + 16))?.[0].toLowerCase() ?? '';
}

/**
 * Whether the name at [start, end) is written as an exercise's edition: a year right after it
 * ("Kavkaz-2020", «Кавказ-2020»), and the whole in quotes or next to an exercise's noun. A place
 * or a body the knowledge base knows by that name is then not meant: exercises are named after
 * regions and sides of the world (Kavkaz, Zapad), and the name with its year is the exercise's.
 */
export function writtenAsEdition(text: string, start: number, end: number): boolean {
  const year = TIGHT_YEAR_AFTER.exec(text.slice(end, end + 6));
  if (!year) return false;
  const yearEnd = end + year[0].length;
  if (quotedAt(text, start, yearEnd)) return true;
  if (EDITION_NOUNS.has(wordAfter(text, yearEnd))) return true;
  const before = start > 0 && '«“"„'.includes(text[start - 1]) ? start - 1 : start;
  return EDITION_NOUNS.has(wordBefore(text, before));
}

/**
 * A series named without its year is the edition of the year its sentence dates (the nearest date
 * in it with a year), else of the article's year, where the knowledge base has that edition:
 * «Взаимодействие» in a report of 2025 is Interaction-2025, as the evaluation's guidelines read it.
 */
export class DatedEditions {
  private readonly editions: Map<string, Map<number, Event>>;

  constructor(entities: readonly Entity[]) {
    this.editions = editionsBySeries(entities);
  }

  /** `mentions` (sorted) with each series mention without a year read as its dated edition; `year`: the article's. */
  resolve(text: string, mentions: Mention[], year: number | undefined): Mention[] {
    let result: Mention[] | undefined;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      const byYear = m.type === 'event' && m.id !== undefined ? this.editions.get(m.id) : undefined;
      if (byYear === undefined || yearEnding(text, m.start, m.end) !== undefined) continue;
      const dated = sentenceYear(text, mentions, i) ?? year;
      const edition = dated === undefined ? undefined : byYear.get(dated);
      if (edition === undefined) continue;
      result ??= mentions.slice();
      result[i] = { ...m, id: edition.id, name: edition.name };
    }
    return result ?? mentions;
  }
}

/** The year of the date with a year nearest to mention `i` within its sentence, if any. */
function sentenceYear(text: string, mentions: readonly Mention[], i: number): number | undefined {
  const m = mentions[i];
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let j = i - 1; j >= 0 && !sentenceEndWithin(text, mentions[j].end, m.start); j--) {
    const year = yearOfDate(mentions[j]);
    if (year !== undefined) {
      best = year;
      bestDistance = m.start - mentions[j].end;
      break;
    }
  }
  for (let j = i + 1; j < mentions.length && !sentenceEndWithin(text, m.end, mentions[j].start); j++) {
    const year = yearOfDate(mentions[j]);
    if (year !== undefined) {
      if (mentions[j].start - m.end < bestDistance) best = year;
      break;
    }
  }
  return best;
}

function yearOfDate(m: Mention): number | undefined {
  return m.type === 'date' && m.iso !== undefined && /^\d{4}/.test(m.iso) ? Number(m.iso.slice(0, 4)) : undefined;
}
