// Medians and spreads of repeated measurements, and timing that interleaves what is compared, so
// that a machine that slows down for a while slows every contender alike.
import { performance } from 'node:perf_hooks';

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** 95th percentile (nearest rank), for latencies. */
  p95: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return { median, min: sorted[0], max: sorted[sorted.length - 1], p95, runs: sorted.length };
}

/** Milliseconds taken by `run`, and what it returned. */
export function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

export async function timedAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/**
 * Runs each contender once per round, `rounds` times, starting each round with the next contender,
 * after `warmup` untimed rounds. Returns the milliseconds of every timed run, by contender.
 */
export function interleave(rounds: number, contenders: Record<string, () => unknown>, warmup = 1): Record<string, number[]> {
  const names = Object.keys(contenders);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + Math.max(0, round)) % names.length];
      const { ms } = timed(contenders[name]);
      if (round >= 0) samples[name].push(ms);
    }
  }
  return samples;
}

/** Per-round ratios a[i] / b[i] of two interleaved series. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / b[i]);
}
