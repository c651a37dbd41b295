// Small, bounded alignments: how well a stored context still agrees with the text beside a
// candidate, where a quote occurs approximately in a window, and how far two short strings are
// apart. Every function here costs at most the product of its two lengths.

// Scratch rows and units, reused from call to call so that scoring thousands of candidates does not
// allocate; safe because no function here calls another while it holds them. Not a cache: nothing
// in them is read before a call has written it.
let rowA = new Int32Array(256);
let rowB = new Int32Array(256);
let unitsP = new Uint16Array(128);
let unitsT = new Uint16Array(128);

function ensureRows(size: number): void {
  if (rowA.length >= size) return;
  rowA = new Int32Array(size * 2);
  rowB = new Int32Array(size * 2);
}

/**
 * The best score of an alignment of the pattern against the text, both read outward from the
 * quote and both starting there, that may stop anywhere: +1 per matching unit, -1 per mismatch,
 * inserted or deleted unit. Unrelated texts score near 0; a context with one edit of k units scores
 * about its length minus k. `pattern` and `text` hold units in outward order.
 */
export function extensionScore(pattern: Uint16Array, m: number, text: Uint16Array, n: number): number {
  ensureRows(n + 1);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = -j;
  let best = 0;
  for (let i = 1; i <= m; i++) {
    const p = pattern[i - 1];
    cur[0] = -i;
    let rowBest = -i;
    for (let j = 1; j <= n; j++) {
      let v = prev[j - 1] + (text[j - 1] === p ? 1 : -1);
      const up = prev[j] - 1;
      if (up > v) v = up;
      const left = cur[j - 1] - 1;
      if (left > v) v = left;
      cur[j] = v;
      if (v > rowBest) rowBest = v;
    }
    if (rowBest > best) best = rowBest;
    // The rest of the pattern can add at most one per unit: stop when that cannot beat the best.
    if (rowBest + (m - i) <= best) break;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return best;
}

/** Scratch buffers for callers that build outward sequences. */
export function scratch(patternSize: number, textSize: number): { pattern: Uint16Array; text: Uint16Array } {
  if (unitsP.length < patternSize) unitsP = new Uint16Array(patternSize * 2);
  if (unitsT.length < textSize) unitsT = new Uint16Array(textSize * 2);
  return { pattern: unitsP, text: unitsT };
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  ensureRows(n + 1);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let v = prev[j - 1] + (b.charCodeAt(j - 1) === c ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      cur[j] = v;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[n];
}

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edit distance between the pattern and text[start, end). */
  cost: number;
}

/**
 * Where `pattern` occurs in `text[from, to)` with at most `maxCost` edits (Sellers' algorithm: a
 * column of the edit-distance table per text unit, the pattern free to start anywhere). Of each run
 * of neighbouring end positions within the bound, the cheapest is reported, with the start its
 * alignment implies. Costs O(|pattern| × (to - from)).
 */
export function approximateMatches(pattern: string, text: string, from: number, to: number, maxCost: number): ApproximateMatch[] {
  const m = pattern.length;
  const matches: ApproximateMatch[] = [];
  if (m === 0 || to <= from) return matches;
  // cost[i] and origin[i]: the edit distance of pattern[0, i) against the best text span ending
  // here, and where that span starts.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = from;
  }
  let run: ApproximateMatch | undefined;
  for (let j = from; j < to; j++) {
    const t = text.charCodeAt(j);
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      // Prefer the diagonal (match or substitution), then a unit of text left out, then a unit of
      // pattern left out, so spans stay as close to the pattern's length as the costs allow.
      let v = cost[i - 1] + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      let o = origin[i - 1];
      if (cost[i] + 1 < v) {
        v = cost[i] + 1;
        o = origin[i];
      }
      if (nextCost[i - 1] + 1 < v) {
        v = nextCost[i - 1] + 1;
        o = nextOrigin[i - 1];
      }
      nextCost[i] = v;
      nextOrigin[i] = o;
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const c = cost[m];
    if (c <= maxCost) {
      if (!run || c < run.cost) run = { start: origin[m], end: j + 1, cost: c };
    } else if (run) {
      matches.push(run);
      run = undefined;
    }
  }
  if (run) matches.push(run);
  return matches;
}
