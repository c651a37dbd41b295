// `recognize` on a large file, its parts on several cores. The text is cut where the incremental
// recognizer cuts it (incremental.ts: no mention crosses such a cut) into parts of about a mebibyte;
// this thread and worker threads each take the next part not yet taken (a shared counter), so a
// thread that started late or runs slowly takes fewer, and recognize it with what the whole article
// settles (the dateline's year and day). The short forms of names are then resolved against the
// whole text here, as `Recognizer.recognize` does: the same mentions as recognizing the text at once.
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import { cutPoints } from '../core/recognizer/cuts';
import type { Mention, MentionType } from '../core/recognizer/mention';
import { type ArticleSettings, articleSettings, type RecognizeOptions, Recognizer } from '../core/recognizer/recognizer';
import { KnowledgeBase } from '../core/knowledgeBase/knowledgeBase';
import type { Entity, EntityType } from '../core/knowledgeBase/schema';

/** A text needs this many UTF-16 units per thread to be worth one: starting a thread and building its recognizer takes a few tenths of a second. */
export const UNITS_PER_THREAD = 4 * 1024 * 1024;
/** About how long a part is (UTF-16 units): small enough that the threads finish close together. */
export const PART_UNITS = 1024 * 1024;

/** What a worker is sent: the text, where its parts start (and its end), and the counter of parts taken. */
interface PartsRequest {
  text: string;
  bounds: number[];
  settings: ArticleSettings;
  taken: SharedArrayBuffer;
}

/** What a worker sends back: a part's mentions, or that it took no more parts, or why it failed. */
type WorkerMessage = { part: number; mentions: EncodedMentions } | { done: true } | { error: string };

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

/** The next part a thread is to recognize, or -1 when every part is taken. */
function takePart(taken: Int32Array, parts: number): number {
  const part = Atomics.add(taken, 0, 1);
  return part < parts ? part : -1;
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

/** A thread that builds the recognizer, then recognizes parts until none is left, sending back the mentions of each. */
class PartWorker {
  private readonly worker: Worker;
  /** How many parts it recognized. */
  parts = 0;
  /** Resolves when the thread has taken its last part, or failed. */
  readonly finished: Promise<void>;

  /** `onPart` is given each part's mentions as they arrive (while this thread is between parts of its own). */
  constructor(WorkerThread: typeof Worker, data: WorkerData, script: string, onPart: (part: number, mentions: EncodedMentions) => void) {
    this.worker = new WorkerThread(script, { workerData: data });
    this.finished = new Promise<void>((done) => {
      this.worker.on('message', (message: WorkerMessage) => {
        if ('part' in message) {
          this.parts++;
          onPart(message.part, message.mentions);
        } else done();
      });
      // A thread that fails leaves the parts it took without mentions: they are recognized here.
      this.worker.once('error', () => done());
      this.worker.once('exit', () => done());
    });
  }

  recognize(request: PartsRequest): void {
    this.worker.postMessage(request);
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * What a worker is started with: the entities of this thread's knowledge base, in order, as they
 * are (a workspace file is read and checked once, here, however large it is).
 */
export interface WorkerData {
  entities: readonly Entity[];
}

/**
 * In a worker thread (recognizeWorker.ts): the knowledge base and recognizer built, then parts
 * recognized until none is left.
 */
export function serveParts(parentPort: MessagePort, { entities }: WorkerData): void {
  const recognizer = new Recognizer(new KnowledgeBase(entities));
  parentPort.once('message', ({ text, bounds, settings, taken }: PartsRequest) => {
    const counter = new Int32Array(taken);
    try {
      for (let part = takePart(counter, bounds.length - 1); part >= 0; part = takePart(counter, bounds.length - 1)) {
        const piece = text.slice(bounds[part], bounds[part + 1]);
        const mentions = encodeMentions(recognizer.recognizeWithYear(piece, settings.year, settings.candidates, settings.articleDay, settings.wrapped), piece);
        parentPort.postMessage({ part, mentions } satisfies WorkerMessage, [mentions.numbers.buffer as ArrayBuffer]);
      }
      parentPort.postMessage({ done: true } satisfies WorkerMessage);
    } catch (error) {
      parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
    }
  });
}

/**
 * How many threads to recognize on by default: the cores not already busy (the cores less the last
 * minute's load average), less one left to V8's own collector and compiler threads, at least 1. A
 * second thread costs about a second of CPU time on 20 MB (starting, building its recognizer,
 * warming up, sending its mentions back); on 2 cores, where the collector and compiler already
 * take much of the second core, it made the whole run 1.5 times the CPU time and slower.
 */
export function defaultThreads(): number {
  return Math.max(1, Math.round(availableParallelism() - loadavg()[0]) - 1);
}

export interface ParallelOptions {
  /** How many threads at most, this one included: by default `defaultThreads()`. */
  threads?: number;
  /** How many UTF-16 units of text each thread needs at least. */
  unitsPerThread?: number;
  /** About how long a part is. */
  partUnits?: number;
  /** Whether this thread recognizes parts too (the tests leave them all to the workers). */
  recognizeHere?: boolean;
  /** The script a worker runs: recognizeWorker.js beside this module (its own bundle, once built). */
  script?: string;
}

/**
 * What `new Recognizer(knowledgeBase).recognize(text, options)` gives, the text's parts recognized
 * on several cores when it is long enough; and how many parts each thread recognized (this one
 * first). `recognizer`, a recognizer of `knowledgeBase`, is built only if this thread recognizes;
 * each worker builds its own of the same entities.
 */
export async function recognizeInParts(
  text: string,
  options: RecognizeOptions,
  recognizer: () => Recognizer,
  knowledgeBase: KnowledgeBase,
  parallel: ParallelOptions = {},
): Promise<{ mentions: Mention[]; partsByThread: number[] }> {
  const threads = Math.min(parallel.threads ?? defaultThreads(), Math.floor(text.length / (parallel.unitsPerThread ?? UNITS_PER_THREAD)));
  if (threads < 2) return { mentions: recognizer().recognize(text, options), partsByThread: [1] };
  // Each part's mentions, moved to where the part starts in the text.
  const byPart = new Map<number, Mention[]>();
  let bounds: number[] = [];
  const fromWorker = (part: number, encoded: EncodedMentions) => {
    const mentions: Mention[] = [];
    decodeMentions(encoded, text, bounds[part], mentions);
    byPart.set(part, mentions);
  };
  // The workers start first: loading and building their recognizers overlaps this thread's. The
  // module that starts them is loaded only then: a process on one thread goes without it.
  // (A require, not import(): the bundle runs as a vm script, which has no loader for import().)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
  const script = parallel.script ?? join(__dirname, 'recognizeWorker.js');
  const data: WorkerData = { entities: [...knowledgeBase.entities()] };
  const workers = Array.from({ length: threads - 1 }, () => new PartWorker(WorkerThread, data, script, fromWorker));
  try {
    const settings = articleSettings(text, options);
    bounds = [...partStarts(text, Math.max(threads, Math.round(text.length / (parallel.partUnits ?? PART_UNITS)))), text.length];
    const parts = bounds.length - 1;
    const taken = new SharedArrayBuffer(4);
    for (const worker of workers) worker.recognize({ text, bounds, settings, taken });
    const own = recognizer();
    const recognize = (part: number) => {
      const start = bounds[part];
      const mentions = own.recognizeWithYear(text.slice(start, bounds[part + 1]), settings.year, settings.candidates, settings.articleDay, settings.wrapped);
      byPart.set(part, start === 0 ? mentions : mentions.map((m) => ({ ...m, start: m.start + start, end: m.end + start })));
    };
    const counter = new Int32Array(taken);
    let here = 0;
    if (parallel.recognizeHere !== false) {
      for (let part = takePart(counter, parts); part >= 0; part = takePart(counter, parts)) {
        recognize(part);
        here++;
        // The workers' parts that came meanwhile are decoded now, not all at the end.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    await Promise.all(workers.map((worker) => worker.finished));
    const found: Mention[] = [];
    for (let part = 0; part < parts; part++) {
      // A part a thread took and did not send back (it failed) is recognized here.
      if (!byPart.has(part)) recognize(part);
      for (const m of byPart.get(part)!) found.push(m);
    }
    return { mentions: own.coreference.resolveText(text, found), partsByThread: [here, ...workers.map((worker) => worker.parts)] };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}
