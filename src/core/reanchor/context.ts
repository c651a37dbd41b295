// How well a stored prefix or suffix agrees with the normalized text beside a candidate span, read
// outward from the quote. Two measures: the units that agree one for one from the quote on
// (contiguous), and an alignment score that survives an edit inside the context (+1 per agreeing
// unit, -1 per mismatch, inserted or deleted unit; unrelated text scores near 0).

import { extensionScore, scratch } from './align';

// A context boundary is itself context: a prefix that reached the start of the old text agrees
// with a candidate at the start of the new one. These units stand for the two ends of the text.
export const START = 0x02;
export const END = 0x03;
export const START_MARK = String.fromCharCode(START);
export const END_MARK = String.fromCharCode(END);

function unitBefore(N: string, at: number, i: number): number {
  const t = at - 1 - i;
  return t >= 0 ? N.charCodeAt(t) : t === -1 ? START : -1;
}

function unitAfter(N: string, at: number, i: number): number {
  const t = at + i;
  return t < N.length ? N.charCodeAt(t) : t === N.length ? END : -1;
}

/** Units of `prefix` that agree, one for one, with the text ending at `at`. */
export function agreeBefore(N: string, at: number, prefix: string): number {
  const m = prefix.length;
  let c = 0;
  while (c < m && unitBefore(N, at, c) === prefix.charCodeAt(m - 1 - c)) c++;
  return c;
}

/** Units of `suffix` that agree, one for one, with the text starting at `at`. */
export function agreeAfter(N: string, at: number, suffix: string): number {
  let c = 0;
  while (c < suffix.length && unitAfter(N, at, c) === suffix.charCodeAt(c)) c++;
  return c;
}

/**
 * How well one side of the context agrees with the text beside `at`, read outward: the prefix
 * (`backward`, ending at `at`) or the suffix (starting at `at`), given the units that agree one for
 * one from the quote (`contiguous`). Past the first disagreement, aligns the context with a window
 * of the text twice its length, so that an insertion or deletion beside the quote costs its
 * length, not the whole context. At least `contiguous`, at most the context's length.
 */
export function sideEvidence(N: string, at: number, pattern: string, backward: boolean, contiguous: number): number {
  const m = pattern.length;
  if (m === 0) return 0;
  if (contiguous === m) return m;
  const width = 2 * m;
  const buffers = scratch(m, width);
  const P = buffers.pattern;
  const T = buffers.text;
  for (let i = 0; i < m; i++) P[i] = pattern.charCodeAt(backward ? m - 1 - i : i);
  let n = 0;
  for (; n < width; n++) {
    const unit = backward ? unitBefore(N, at, n) : unitAfter(N, at, n);
    if (unit < 0) break;
    T[n] = unit;
  }
  return Math.max(contiguous, extensionScore(P, m, T, n));
}
