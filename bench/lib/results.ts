// The figures each part of the benchmark measures, written as JSON under .cache/bench/results/ and
// gathered into BENCHMARKS.md by bench/main.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Summary } from './stats';

/** The repository root, from this file's place in out/bench/lib/ or bench/lib/. */
export const ROOT = resolve(__dirname, __dirname.includes(`${join('out', 'bench')}`) ? '../../..' : '../..');
export const CACHE = join(ROOT, '.cache', 'bench');
export const RESULTS = join(CACHE, 'results');

export interface Target {
  /** As the issue states it: "≥ 10× the RegExp peer", "< 3 s". */
  text: string;
  pass: boolean;
}

export interface Figure {
  /** The item: 1 recognizer, 2 editor, 3 workspace, 4 export, 5 annotation write, 6 workspace knowledge base. */
  item: number;
  name: string;
  unit: string;
  /** The headline statistic: the median of the runs, or their 95th percentile for latencies. */
  statistic: 'median' | 'p95';
  value: number;
  min: number;
  max: number;
  runs: number;
  target?: Target;
  note?: string;
}

export interface PartResult {
  part: string;
  seconds: number;
  figures: Figure[];
  /** Sentences for the report: what was measured how, and what stood in the way. */
  notes: string[];
}

export function figure(item: number, name: string, unit: string, summary: Summary, extra: { statistic?: 'median' | 'p95'; target?: Target; note?: string } = {}): Figure {
  const statistic = extra.statistic ?? 'median';
  return {
    item,
    name,
    unit,
    statistic,
    value: statistic === 'p95' ? summary.p95 : summary.median,
    min: summary.min,
    max: summary.max,
    runs: summary.runs,
    ...(extra.target ? { target: extra.target } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

/** A target of the form "value op limit", e.g. atMost(ratio, 4, '≤ 4× the floor'). */
export const atMost = (value: number, limit: number, text: string): Target => ({ text, pass: value <= limit });
export const atLeast = (value: number, limit: number, text: string): Target => ({ text, pass: value >= limit });
export const below = (value: number, limit: number, text: string): Target => ({ text, pass: value < limit });

export function writePart(result: PartResult): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${result.part}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

export function readPart(part: string): PartResult | undefined {
  try {
    return JSON.parse(readFileSync(join(RESULTS, `${part}.json`), 'utf8')) as PartResult;
  } catch {
    return undefined;
  }
}

export function log(part: string, message: string): void {
  process.stdout.write(`[bench:${part}] ${message}\n`);
}
