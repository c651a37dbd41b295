// Recurring exercises and exhibitions are written with their year ("Interaction-2024", «Рубеж-2025»,
// "Army-2020"): one knowledge-base event stands for the series (an exercise or exhibition without
// dates), others for the editions it knows (one with dates). A series' name followed by a year is
// that year's edition if the knowledge base has it, else the series.
import type { Entity, Event } from '../knowledgeBase/schema';
import { foldString } from '../text/fold';

/** Events that recur under one name with an edition's year: exercises and exhibitions. */
function isRecurringKind(entity: Entity): entity is Event {
  return entity.type === 'event' && (entity.kind === 'exercise' || entity.kind === 'exhibition');
}

/** An exercise or exhibition without dates stands for the recurring series, not one edition. */
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

// A dash, with or without spaces, then a year of four digits not followed by another digit.
const YEAR_AFTER = /^ ?[-‐‑–—] ?((?:19|20)\d\d)(?![\p{L}\p{N}])/u;

/** The year written right after a name that ends at `end` ("-2024", " — 2024"), and where it ends. */
export function yearAfter(text: string, end: number): { year: number; end: number } | undefined {
  const found = YEAR_AFTER.exec(text.slice(end, end + 8));
  return found ? { year: Number(found[1]), end: end + found[0].length } : undefined;
}

/** The year a mention from `start` to `end` ends with, after a dash ("Rubezh-2024"), if any. */
export function yearEnding(text: string, start: number, end: number): number | undefined {
  const found = /[-‐‑–—] ?((?:19|20)\d\d)$/.exec(text.slice(Math.max(start, end - 7), end));
  return found ? Number(found[1]) : undefined;
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
