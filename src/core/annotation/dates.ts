// Dates an annotator marks by hand: the ISO value a selection reads as, to offer first, and the
// check of what is typed instead (a day, a month, a year, or a range of those).
import { findDates } from '../recognizer/dates';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why `value` is not a date a fact file can hold, or undefined when it is one. */
export function isoDateProblem(value: string): string | undefined {
  const parts = value.split('/');
  if (parts.length > 2) return singleDateProblem(value);
  for (const part of parts) {
    const problem = singleDateProblem(part);
    if (problem) return problem;
  }
  if (parts.length === 2) {
    const [from, to] = parts;
    // Compared at the precision both ends have: 2024-11/2024-11-30 is a range.
    const n = Math.min(from.length, to.length);
    if (to.slice(0, n) < from.slice(0, n)) return `the range ends (${to}) before it starts (${from})`;
    if (from === to) return `the range starts and ends on ${from}: give the date alone`;
  }
  return undefined;
}

function singleDateProblem(date: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return `expected a date such as 2024-11-28, 2024-11 or 2024, or a range 2024-11-27/2024-11-28, not "${date}"`;
  const [, , month, day] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return `there is no month ${month}`;
  if (day !== undefined) {
    const year = Number(m[1]);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const last = Number(month) === 2 && !leap ? 28 : DAYS_IN_MONTH[Number(month) - 1];
    if (Number(day) < 1 || Number(day) > last) return `${date} is not a day of the calendar`;
  }
  return undefined;
}

/**
 * The ISO date the selected text reads as, when it is one date and nothing more than a few
 * words around it ("on 28 November 2024", "dal 6 al 13 ottobre"); undefined otherwise. A date
 * without a year takes `referenceYear`.
 */
export function dateOfSelection(selected: string, referenceYear?: number): string | undefined {
  const year = /^\s*(\d{4})\s*$/.exec(selected);
  if (year) return year[1];
  const found = findDates(selected, referenceYear).filter((d) => d.iso && !d.iso.includes('--'));
  // The date forms overlap ("dal 6 al 13 ottobre" holds "13 ottobre"): the widest reading counts.
  const dates = found.filter((d) => !found.some((o) => o !== d && o.start <= d.start && d.end <= o.end && o.end - o.start > d.end - d.start));
  if (dates.length !== 1) return undefined;
  const [date] = dates;
  const rest = `${selected.slice(0, date.start)} ${selected.slice(date.end)}`;
  // A preposition or weekday around the date is fine; other words mean the selection is more than a date.
  return rest.split(/[\s,.;:()]+/).filter((w) => w.length > 0).length <= 2 ? date.iso : undefined;
}
