// What the benchmark suites share inside the extension host: where results go, the extension's own
// services, and the CPU time the extension itself spent, read from a profile of the host.
import { appendFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';

export const EXTENSION_ID = 'news-annotator.news-annotator';

/** Appends one measurement for the runner, which reads the file when the page is done. */
export function record(name: string, values: number[] | number, extra: Record<string, unknown> = {}): void {
  const file = process.env.NEWS_ANNOTATOR_BENCH_OUT;
  if (!file) throw new Error('NEWS_ANNOTATOR_BENCH_OUT is not set');
  appendFileSync(file, `${JSON.stringify({ name, values: Array.isArray(values) ? values : [values], ...extra })}\n`);
}

export function say(message: string): void {
  const log = process.env.NEWS_ANNOTATOR_TEST_LOG;
  if (log) appendFileSync(log, `[bench:host] ${message}\n`);
}

export function extension(): vscode.Extension<NewsAnnotatorApi> {
  const found = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  if (!found) throw new Error(`${EXTENSION_ID} is not installed in this window`);
  return found;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 120_000, everyMs = 5): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(everyMs);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Samples the extension host's thread while `run` runs, and returns the milliseconds of samples
 * whose stack holds a frame of one of the extension's bundles: the time the extension itself took, whatever
 * else the host did meanwhile.
 */
export class ExtensionTime {
  private readonly session = new Session();

  /** `bundles`: the ends of the bundles' paths, such as `dist/extension.js`. */
  constructor(private readonly bundles: readonly string[]) {
    this.session.connect();
  }

  private post<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    return new Promise((resolve, reject) => this.session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  }

  async start(): Promise<void> {
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 50 });
    await this.post('Profiler.start');
  }

  async stop(): Promise<number> {
    const { profile } = await this.post<{ profile: Profile }>('Profiler.stop');
    const parent = new Map<number, number>();
    const byId = new Map<number, ProfileNode>();
    for (const node of profile.nodes) {
      byId.set(node.id, node);
      for (const child of node.children ?? []) parent.set(child, node.id);
    }
    const inExtension = new Map<number, boolean>();
    const mine = (id: number): boolean => {
      const known = inExtension.get(id);
      if (known !== undefined) return known;
      const node = byId.get(id);
      const up = parent.get(id);
      const url = node?.callFrame.url ?? '';
      const result = this.bundles.some((bundle) => url.endsWith(bundle)) || (up !== undefined && mine(up));
      inExtension.set(id, result);
      return result;
    };
    let micros = 0;
    // A sample's time is the delta that follows it.
    for (let i = 0; i < profile.samples.length; i++) if (mine(profile.samples[i])) micros += profile.timeDeltas[i + 1] ?? 0;
    return micros / 1000;
  }

  dispose(): void {
    this.session.disconnect();
  }
}
