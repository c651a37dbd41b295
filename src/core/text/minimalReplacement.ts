/** The smallest single replacement that turns `before` into `after`: common head and tail are kept. */
export function minimalReplacement(before: string, after: string): { start: number; end: number; replacement: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, replacement: after.slice(start, after.length - tail) };
}
