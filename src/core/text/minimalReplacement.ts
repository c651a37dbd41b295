/** The smallest single replacement that turns `before` into `after`: common head and tail are kept. */
export function minimalReplacement(before: string, after: string): { start: number; end: number; replacement: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, replacement: after.slice(start, after.length - tail) };
}

/**
 * The smallest single replacement that turns `before` into `after`, in whole records of `unit`
 * numbers (5 for VS Code's semantic tokens): `deleteCount` numbers from `start` give way to `data`.
 */
export function minimalArrayReplacement(before: Uint32Array, after: Uint32Array, unit = 1): { start: number; deleteCount: number; data: Uint32Array } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before[start] === after[start]) start++;
  start -= start % unit;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  tail -= tail % unit;
  return { start, deleteCount: before.length - tail - start, data: after.slice(start, after.length - tail) };
}
