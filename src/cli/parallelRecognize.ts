// `recognize` on a large file, its parts on several cores. The text is cut where the incremental
// recognizer cuts it (incremental.ts: no mention crosses such a cut), each part but the first is
// recognized in a worker thread with what the whole article settles (the dateline's year and day),
// the first in this thread meanwhile, and the short forms of names are then resolved against the
// whole text here, as `Recognizer.recognize` does: the same mentions as recognizing the text at once.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { cutPoints } from '../core/recognizer/incremental';
import type { Mention, MentionType } from '../core/recognizer/mention';
import { type ArticleSettings, articleSettings, type RecognizeOptions, Recognizer } from '../core/recognizer/recognizer';
import type { EntityType } from '../core/knowledgeBase/schema';
import { type KnowledgeBaseText, knowledgeBaseFrom } from './knowledgeBase';

/** Below this many UTF-16 units a part is not worth a thread: starting one and building its recognizer takes a few tenths of a second. */
export const PART_UNITS = 4 * 1024 * 1024;
/** How the threads know that they are to recognize parts (the bundle is also the command line). */
const TASK = 'news-annotator:recognize-part';

/** How a thread builds the same knowledge base as this one: the file and what was read from it. */
export interface KnowledgeBaseSource {
  file: string | undefined;
  read: KnowledgeBaseText | undefined;
}

interface PartRequest {
  text: string;
  settings: ArticleSettings;
}

/**
 * Mentions as a worker sends them: eleven numbers each (offsets, indices into `strings`, -1 for
 * none) and the strings once each. A structured clone of the objects themselves took longer than
 * recognizing them.
 */
interface EncodedMentions {
  numbers: Int32Array;
  strings: string[];
}

const FIELDS = 11;
const NONE = -1;
/** A mention's text that is the part's text between its offsets, as nearly every one is. */
const SPANNED = -2;
const KNOWN_KEYS = new Set(['start', 'end', 'text', 'type', 'id', 'name', 'alternatives', 'iso', 'role', 'guess', 'approximate']);

/** The mentions of `part` (a piece of text starting at a cut), encoded; throws on a field it does not know. */
export function encodeMentions(mentions: readonly Mention[], part: string): EncodedMentions {
  const numbers = new Int32Array(FIELDS * mentions.length);
  const strings: string[] = [];
  const indices = new Map<string, number>();
  const index = (value: string | undefined) => {
    if (value === undefined) return NONE;
    let known = indices.get(value);
    if (known === undefined) indices.set(value, (known = strings.push(value) - 1));
    return known;
  };
  let k = 0;
  for (const m of mentions) {
    for (const key in m) if (!KNOWN_KEYS.has(key)) throw new Error(`a mention has a field the parts cannot carry: ${key}`);
    numbers[k++] = m.start;
    numbers[k++] = m.end;
    numbers[k++] = m.text === part.slice(m.start, m.end) ? SPANNED : index(m.text);
    numbers[k++] = index(m.type);
    numbers[k++] = index(m.id);
    numbers[k++] = index(m.name);
    numbers[k++] = m.alternatives === undefined ? NONE : index(JSON.stringify(m.alternatives));
    numbers[k++] = index(m.iso);
    numbers[k++] = index(m.role);
    numbers[k++] = index(m.guess);
    numbers[k++] = m.approximate === undefined ? NONE : Number(m.approximate);
  }
  return { numbers, strings };
}

/** The mentions `encodeMentions` encoded, moved to where their part starts in `text`. */
export function decodeMentions({ numbers, strings }: EncodedMentions, text: string, partStart: number, into: Mention[]): void {
  const string = (k: number) => (numbers[k] === NONE ? undefined : strings[numbers[k]]);
  for (let k = 0; k < numbers.length; k += FIELDS) {
    const start = numbers[k] + partStart;
    const end = numbers[k + 1] + partStart;
    const m: Mention = { start, end, text: numbers[k + 2] === SPANNED ? text.slice(start, end) : strings[numbers[k + 2]], type: strings[numbers[k + 3]] as MentionType };
    const id = string(k + 4);
    if (id !== undefined) m.id = id;
    const name = string(k + 5);
    if (name !== undefined) m.name = name;
    const alternatives = string(k + 6);
    if (alternatives !== undefined) m.alternatives = JSON.parse(alternatives) as string[];
    const iso = string(k + 7);
    if (iso !== undefined) m.iso = iso;
    const role = string(k + 8);
    if (role !== undefined) m.role = role;
    const guess = string(k + 9);
    if (guess !== undefined) m.guess = guess as EntityType;
    if (numbers[k + 10] !== NONE) m.approximate = numbers[k + 10] === 1;
    into.push(m);
  }
}

/** The cuts nearest to splitting `text` into `count` parts of about the same length, in order, without repeats. */
export function partStarts(text: string, count: number): number[] {
  const cuts = cutPoints(text).map(([start]) => start);
  const starts = [0];
  let c = 0;
  for (let part = 1; part < count; part++) {
    const target = Math.round((part * text.length) / count);
    while (c + 1 < cuts.length && Math.abs(cuts[c + 1] - target) <= Math.abs(cuts[c] - target)) c++;
    if (cuts[c] > starts[starts.length - 1]) starts.push(cuts[c]);
  }
  return starts;
}

/** A thread that builds the recognizer, then recognizes the part it is sent and sends back its mentions. */
function startWorker(source: KnowledgeBaseSource, script: string): { recognize(request: PartRequest): Promise<EncodedMentions>; stop(): Promise<number> } {
  const worker = new Worker(script, { workerData: { task: TASK, source } });
  const result = new Promise<EncodedMentions>((done, fail) => {
    worker.once('message', (message: { mentions?: EncodedMentions; error?: string }) => (message.mentions ? done(message.mentions) : fail(new Error(message.error))));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the recognizing thread stopped (${code})`)));
  });
  // A thread that fails before its part is asked for is not an unhandled rejection: `recognize` reports it.
  result.catch(() => undefined);
  return {
    recognize(request) {
      worker.postMessage(request);
      return result;
    },
    stop: () => worker.terminate(),
  };
}

/** In a worker thread: the knowledge base and recognizer built, one part recognized. */
function servePart(source: KnowledgeBaseSource): void {
  const recognizer = new Recognizer(knowledgeBaseFrom(source.file, source.read).knowledgeBase);
  parentPort!.once('message', ({ text, settings }: PartRequest) => {
    try {
      const mentions = encodeMentions(recognizer.recognizeWithYear(text, settings.year, settings.candidates, settings.articleDay), text);
      parentPort!.postMessage({ mentions }, [mentions.numbers.buffer as ArrayBuffer]);
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}

if (!isMainThread && (workerData as { task?: string } | undefined)?.task === TASK) servePart((workerData as { source: KnowledgeBaseSource }).source);

export interface ParallelOptions {
  /** How many threads at most, this one included: by default one per core. */
  threads?: number;
  /** How long a part must be at least (UTF-16 units). */
  partUnits?: number;
  /** The script a worker runs: this module's file (the bundle, once built). */
  script?: string;
}

/**
 * What `new Recognizer(knowledgeBase).recognize(text, options)` gives, the text's parts recognized
 * on several cores when it is long enough; and how many threads recognized parts. `recognizer` is built only if this thread recognizes
 * (it is given the knowledge base's source to build the same one in each worker).
 */
export async function recognizeInParts(
  text: string,
  options: RecognizeOptions,
  recognizer: () => Recognizer,
  source: KnowledgeBaseSource,
  parallel: ParallelOptions = {},
): Promise<{ mentions: Mention[]; threads: number }> {
  const threads = Math.min(parallel.threads ?? availableParallelism(), Math.floor(text.length / (parallel.partUnits ?? PART_UNITS)));
  if (threads < 2) return { mentions: recognizer().recognize(text, options), threads: 1 };
  // The workers start first: loading and building their recognizers overlaps this thread's.
  const workers = Array.from({ length: threads - 1 }, () => startWorker(source, parallel.script ?? __filename));
  try {
    const settings = articleSettings(text, options);
    const starts = partStarts(text, threads);
    const ends = [...starts.slice(1), text.length];
    const pending = workers.map((worker, k) => (k + 1 < starts.length ? worker.recognize({ text: text.slice(starts[k + 1], ends[k + 1]), settings }) : undefined));
    const own = recognizer();
    const found = own.recognizeWithYear(text.slice(0, ends[0]), settings.year, settings.candidates, settings.articleDay);
    let used = 1;
    for (let k = 0; k < pending.length; k++) {
      if (!pending[k]) continue;
      const encoded = await pending[k]!.catch(() => undefined);
      if (encoded) {
        decodeMentions(encoded, text, starts[k + 1], found);
        used++;
      } else {
        // The thread failed (out of memory, say): its part is recognized here instead.
        const start = starts[k + 1];
        for (const m of own.recognizeWithYear(text.slice(start, ends[k + 1]), settings.year, settings.candidates, settings.articleDay)) found.push({ ...m, start: m.start + start, end: m.end + start });
      }
    }
    return { mentions: own.coreference.resolveText(text, found), threads: used };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}
