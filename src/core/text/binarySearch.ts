// Binary search over anything sorted, by index: the one loop every sorted lookup of the core uses.

/**
 * The first index in [from, to) at which `isBefore` is false, given that it is true for every
 * index before that one and false for every index after (to when it is true throughout).
 */
export function partitionPoint(from: number, to: number, isBefore: (index: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first value of an ascending array that is not below `value` (how many are below it). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  return partitionPoint(0, sorted.length, (i) => sorted[i] < value);
}
