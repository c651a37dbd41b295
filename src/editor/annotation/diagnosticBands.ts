// How an article's diagnostics are shared among several diagnostic collections, band of lines by
// band of lines. VS Code shows at most 1,000 diagnostics of one collection in one file, and in
// place of the rest a message that it left them out: an article of 60 KB has more mentions than
// that. And it sends a collection's diagnostics of a file across to the workbench whole at every
// change: with the article in bands, an edit sends only the bands it changed. Plain TypeScript,
// so that the unit tests read it in Node.

/** How many diagnostics of one collection VS Code shows in one file. */
export const SHOWN_PER_FILE = 1000;
/** About how many diagnostics a band holds: few enough that sending one again costs little. */
export const BAND_SIZE = 256;

/**
 * Lines per band for `count` diagnostics over `lineCount` lines: a power of two that puts about
 * BAND_SIZE diagnostics in a band. `previous` is kept while it stays within a factor of two of
 * that, so that the bands stay where they were as an edit adds or takes a few.
 */
export function linesPerBand(count: number, lineCount: number, previous?: number): number {
  const ideal = count === 0 ? Math.max(1, lineCount) : (BAND_SIZE * Math.max(1, lineCount)) / count;
  if (previous !== undefined && previous >= ideal / 2 && previous <= ideal * 2) return previous;
  let lines = 1;
  while (lines * 2 <= ideal) lines *= 2;
  return lines;
}

/**
 * `items` in slots, one collection's share each: the bands of `linesPerBand` lines in order, each
 * band in slots of at most SHOWN_PER_FILE items (one slot for a band with none), the items of a
 * band in their order. An item past the last line is in the last band.
 */
export function slotsOf<T>(items: readonly T[], lineOf: (item: T) => number, lineCount: number, linesPerBand: number): T[][] {
  const bandCount = Math.max(1, Math.ceil(lineCount / linesPerBand));
  const bands: T[][] = Array.from({ length: bandCount }, () => []);
  for (const item of items) bands[Math.min(bandCount - 1, Math.max(0, Math.floor(lineOf(item) / linesPerBand)))].push(item);
  const slots: T[][] = [];
  for (const band of bands) {
    if (band.length <= SHOWN_PER_FILE) slots.push(band);
    else for (let from = 0; from < band.length; from += SHOWN_PER_FILE) slots.push(band.slice(from, from + SHOWN_PER_FILE));
  }
  return slots;
}

/** Whether two slots hold the same items, in the same order. */
export function sameSlot<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return a !== undefined && a.length === b.length && a.every((item, k) => item === b[k]);
}
