// Item 4, the command line on large inputs: `recognize FILE --json` and `--jsonl` on 20 MB made
// from the seeds, each a whole process (Node's start, the knowledge base, recognition, printing),
// against a floor process that only reads the file and touches every code unit, run in turn in the
// same rounds; and the export of one very large fact file in each format, with the live heap while
// it writes against the size of what it writes; and the export of shards of a workspace, each a
// process of its own, against the whole.
//
//   node --expose-gc out/bench/cli/run.js [recognize | export | shards]     (default: all three)
import '../../src/editor/services/zodConfig';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFileOutput, createFolderOutput } from '../../src/cli/nodeFiles';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportOutput, runExport, writesFolder } from '../../src/core/export/index';
import { FactFileReader } from '../../src/core/factFile/parseCache';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import type { AnnotatedArticle } from '../../src/core/workspace/articles';
import { DiskParseCache } from '../../src/node/diskParseCache';
import { generateLargeFactFile } from '../corpus/largeFactFile';
import { seedArticles } from '../corpus/text';
import { generateWorkspace } from '../corpus/workspace';
import { BENCH_SEED } from '../lib/random';
import { atMost, below, CACHE, figure, log, type Figure, ROOT, writePart } from '../lib/results';
import { ratios, summarize } from '../lib/stats';

const PART = 'cli';
const ROUNDS = Number(process.env.NEWS_ANNOTATOR_BENCH_ROUNDS) || 3;
const RECOGNIZE_BYTES = 20_000_000;
const LARGE_MENTIONS = Number(process.env.NEWS_ANNOTATOR_BENCH_MENTIONS) || 110_000;
const WORK = join(CACHE, 'cli');
const CLI = join(ROOT, 'dist', 'cli.js');

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mib = (bytes: number) => bytes / 2 ** 20;
const one = (value: number) => summarize([value]);

/** The seed articles in turn, each followed by a blank line, up to `bytes` of UTF-8. */
function seedText(bytes: number): string {
  const seeds = seedArticles().map((s) => `${s.text}\n\n`);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    parts.push(seeds[i % seeds.length]);
    size += Buffer.byteLength(seeds[i % seeds.length], 'utf8');
  }
  return parts.join('');
}

/** The floor: a process that reads the file as UTF-8 and touches every UTF-16 code unit. */
const FLOOR_SCRIPT = `const text = require('fs').readFileSync(process.argv[1], 'utf8');
let sum = 0;
for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
process.stdout.write(sum + '\\n');
`;

/** Runs a Node process with stdout to a file; its wall time, and the size of what it printed. */
function runProcess(args: string[], stdoutFile: string): { ms: number; bytes: number } {
  const fd = openSync(stdoutFile, 'w');
  try {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status ?? run.signal}: ${run.stderr}`);
    return { ms, bytes: statSync(stdoutFile).size };
  } finally {
    closeSync(fd);
  }
}

function recognizeFigures(figures: Figure[], notes: string[]): void {
  mkdirSync(WORK, { recursive: true });
  const file = join(WORK, 'recognize-20MB.txt');
  const text = seedText(RECOGNIZE_BYTES);
  writeFileSync(file, text);
  const floorScript = join(WORK, 'floor.js');
  writeFileSync(floorScript, FLOOR_SCRIPT);
  const contenders: Record<string, string[]> = {
    floor: [floorScript, file],
    json: [CLI, 'recognize', file, '--json'],
    jsonl: [CLI, 'recognize', file, '--jsonl'],
    jsonlTwoThreads: [CLI, 'recognize', file, '--jsonl', '--threads', '2'],
  };
  const names = Object.keys(contenders);
  const ms: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const printed: Record<string, number> = {};
  for (let round = -1; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + Math.max(0, round)) % names.length];
      const run = runProcess(contenders[name], join(WORK, `recognize.${name}.out`));
      if (round >= 0) ms[name].push(run.ms);
      printed[name] = run.bytes;
    }
  }
  for (const name of names) rmSync(join(WORK, `recognize.${name}.out`), { force: true });
  // Recognition alone, in this process, for the share of the whole that is the recognizer's.
  const recognizer = new Recognizer(bundledKnowledgeBase());
  const recognizeMs: number[] = [];
  let found = 0;
  for (let k = 0; k < ROUNDS; k++) {
    const start = performance.now();
    found = recognizer.recognize(text).length;
    recognizeMs.push(performance.now() - start);
  }
  const mb = (Buffer.byteLength(text, 'utf8') / 1e6).toFixed(1);
  const json = summarize(ratios(ms.json, ms.floor));
  const jsonl = summarize(ratios(ms.jsonl, ms.floor));
  const jsonlTwoThreads = summarize(ratios(ms.jsonlTwoThreads, ms.floor));
  const recognition = summarize(recognizeMs.map((r, i) => r / ms.floor[i]));
  figures.push(figure(4, `recognize FILE --json, ${mb} MB made from the seeds, whole process, over the floor process`, '×', json, { target: atMost(json.median, 4, '≤ 4× the read-and-touch floor') }));
  figures.push(figure(4, `recognize FILE --jsonl, the same, over the floor process`, '×', jsonl));
  figures.push(figure(4, `recognize FILE --jsonl --threads 2, the same on two threads, over the floor process`, '×', jsonlTwoThreads));
  figures.push(figure(4, `… of which Recognizer.recognize alone (in the bench's process) over the floor process`, '×', recognition));
  figures.push(figure(4, `Floor process: read ${mb} MB as UTF-8 and touch every code unit`, 'ms', summarize(ms.floor)));
  notes.push(
    `Item 4, recognize: the seed articles in turn up to ${mb} MB of UTF-8; ${found.toLocaleString('en')} mentions. Each contender is a process of its own with stdout to a file (dist/cli.js, production build): the floor (read the file as UTF-8, add up every UTF-16 code unit, print the sum), recognize --json (${mib(printed.json).toFixed(0)} MiB printed), recognize --jsonl (${mib(printed.jsonl).toFixed(0)} MiB) and recognize --jsonl --threads 2, in turn, ${ROUNDS} rounds after a warm-up, ratios per round. By default recognize takes the idle cores less one (the cores less the load average when it starts, less one: one thread on 2 cores), each thread recognizing parts of about 1 MiB; --threads 2 recognizes on two. Recognizer.recognize alone is timed in the bench's own process on the same text, against the same rounds' floor: what is left of a one-thread process is Node's start, the knowledge base, the recognizer's build and warm-up, and printing.`,
  );
  log(PART, `recognize --json ${json.median.toFixed(2)}×, --jsonl ${jsonl.median.toFixed(2)}×, --jsonl --threads 2 ${jsonlTwoThreads.median.toFixed(2)}× the floor (recognition alone ${recognition.median.toFixed(2)}×)`);
}

/** An output that samples the live heap, after a full collection, every `every` UTF-16 units written. */
function sampling(output: ExportOutput, every: number, onSample: (heap: number) => void): ExportOutput {
  let since = 0;
  const sample = (size: number) => {
    since += size;
    if (since < every) return;
    since = 0;
    gc();
    onSample(process.memoryUsage().heapUsed);
  };
  return {
    async write(chunk) {
      sample(chunk.length);
      await output.write(chunk);
    },
    async writeFile(path, content) {
      sample(content.length);
      await output.writeFile(path, content);
    },
  };
}

function sizeOf(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

async function largeExportFigures(figures: Figure[], notes: string[]): Promise<void> {
  const large = generateLargeFactFile(LARGE_MENTIONS);
  log(PART, `large fact file: ${large.mentions} mentions, ${large.facts} facts, ${(large.factFileBytes / 1e6).toFixed(1)} MB`);
  // Read once, parsed through a parse cache of its own (the yaml parser takes most of a minute on
  // it): what is measured is the export's writing.
  const factFileText = readFileSync(join(large.root, large.factFilePath), 'utf8');
  const parseStart = performance.now();
  const { factFile, fromCache, problems } = await new FactFileReader(new DiskParseCache(join(WORK, 'parse-cache'))).parse(factFileText, large.factFilePath);
  const parseMs = performance.now() - parseStart;
  if (!factFile) throw new Error(`${large.factFilePath} is not a valid fact file: ${problems.slice(0, 3).map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`).join('; ')}`);
  const article: AnnotatedArticle = { path: large.articlePath, factFilePath: large.factFilePath, text: readFileSync(join(large.root, large.articlePath), 'utf8'), factFile };
  const kb = bundledKnowledgeBase();
  const growth: Record<string, string> = {};
  for (const format of EXPORT_FORMATS) {
    const destination = join(WORK, `large-${format}${EXPORT_EXTENSIONS[format]}`);
    const create = () => (writesFolder(format) ? createFolderOutput(destination) : createFileOutput(destination));
    // Timed once as it runs, then once more with the heap sampled (the collections take longer than the export).
    rmSync(destination, { recursive: true, force: true });
    gc();
    const start = performance.now();
    const timedOutput = await create();
    const result = await runExport(format, [article], kb, timedOutput);
    await timedOutput.commit();
    const ms = performance.now() - start;
    rmSync(destination, { recursive: true, force: true });
    const output = await create();
    gc();
    const heapStart = process.memoryUsage().heapUsed;
    let heapPeak = heapStart;
    await runExport(format, [article], kb, sampling(output, 1 << 20, (heap) => (heapPeak = Math.max(heapPeak, heap))));
    await output.commit();
    gc();
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    const bytes = sizeOf(destination);
    rmSync(destination, { recursive: true, force: true });
    const peak = mib(heapPeak - heapStart);
    const name = `Export ${format} of one fact file of ${large.mentions.toLocaleString('en')} mentions (${(large.factFileBytes / 1e6).toFixed(0)} MB): live heap growth while writing ${mib(bytes).toFixed(0)} MiB`;
    figures.push(figure(4, name, 'MiB', one(peak), format === 'w3c' ? { target: below(peak, mib(bytes) / 4, 'streamed: < ¼ of the output') } : {}));
    growth[format] = `${format} ${(ms / 1000).toFixed(1)} s, ${result.records.toLocaleString('en')} records`;
    log(PART, `export ${format}: heap +${peak.toFixed(1)} MiB for ${mib(bytes).toFixed(1)} MiB of output, ${(ms / 1000).toFixed(1)} s`);
  }
  notes.push(
    `Item 4, one large fact file: the seeds' articles and fact files over and over in one article (bench/corpus/largeFactFile.ts), ${large.mentions.toLocaleString('en')} mentions and ${large.facts.toLocaleString('en')} facts, a fact file of ${(large.factFileBytes / 1e6).toFixed(1)} MB and an article of ${(large.articleBytes / 1e6).toFixed(1)} MB; parsed once before (${fromCache ? 'from the part’s parse cache' : 'by the yaml parser'}, ${(parseMs / 1000).toFixed(1)} s), the parsed article held. Each format is then exported through the CLI's outputs, once timed and once more with the live heap sampled: the live heap is taken after a full collection every MiB written and at the end, and its growth over the heap before the export (the parsed article held) is the figure. Times (the unsampled run): ${Object.values(growth).join('; ')}.`,
  );
}

/** Large enough that a shard's process spends most of its time on articles, not on starting. */
const SHARD_ARTICLES = 2000;
const SHARDS = 4;

/**
 * The export of a shard as one machine of several would run it: a whole process, nothing cached
 * (`--no-cache`), its articles per second; and the whole workspace the same way.
 */
function shardFigures(figures: Figure[], notes: string[]): void {
  const workspace = generateWorkspace(SHARD_ARTICLES, BENCH_SEED);
  const run = (shard: number | undefined) => {
    const out = join(WORK, `shard-${shard ?? 'all'}.jsonl`);
    rmSync(out, { force: true });
    const start = performance.now();
    const child = spawnSync(process.execPath, [CLI, 'export', workspace.root, '--format', 'jsonl', '--no-cache', '--out', out, ...(shard ? ['--shard', `${shard}/${SHARDS}`] : [])], { cwd: ROOT, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`export exited with ${child.status ?? child.signal}: ${child.stderr}`);
    const articles = Number(/exported (\d+) articles?/.exec(child.stderr)?.[1]);
    return { ms, articles, text: readFileSync(out, 'utf8') };
  };
  const perProcess: number[] = [];
  const whole: number[] = [];
  // One round: the shards are the samples (a round takes minutes, nothing cached).
  for (let round = 0; round < 1; round++) {
    const all = run(undefined);
    whole.push(all.articles / (all.ms / 1000));
    const parts = [];
    for (let shard = 1; shard <= SHARDS; shard++) parts.push(run(shard));
    for (const part of parts) perProcess.push(part.articles / (part.ms / 1000));
    if (parts.map((p) => p.text).join('') !== all.text) throw new Error(`the ${SHARDS} shards' JSON Lines are not the whole export`);
  }
  for (const file of readdirSync(WORK).filter((f) => f.startsWith('shard-'))) rmSync(join(WORK, file), { force: true });
  const shard = summarize(perProcess);
  figures.push(figure(4, `export --format jsonl --no-cache --shard I/${SHARDS} of ${SHARD_ARTICLES} articles, whole process: throughput per process`, 'articles/s', shard));
  figures.push(figure(4, `… the whole ${SHARD_ARTICLES} articles in one process the same way`, 'articles/s', summarize(whole)));
  const hours = (machines: number) => (1_000_000 / (shard.median * machines) / 3600).toFixed(1);
  notes.push(
    `Item 4, shards: the ${SHARD_ARTICLES}-article generated workspace exported as JSON Lines with nothing cached (every fact file parsed), by the CLI in a process of its own, whole and as ${SHARDS} shards one after another (one round); the round checks that the shards' files, concatenated, are the whole file. Articles per second count the articles a process wrote over its whole run (Node's start, the knowledge base, listing the workspace). At the median shard's rate, a 1,000,000-article archive takes ${hours(1)} h in one process, ${hours(8)} h in 8 processes (one per core, on 4 machines like this one) and ${hours(64)} h in 64, its shards' files concatenated.`,
  );
  log(PART, `shards: ${shard.median.toFixed(0)} articles/s per process (whole: ${summarize(whole).median.toFixed(0)})`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const only = process.argv[2];
  if (only === undefined || only === 'recognize') {
    // The CLI as it is shipped.
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
    if (!existsSync(CLI)) throw new Error(`no ${CLI}`);
    recognizeFigures(figures, notes);
  }
  if (only === undefined || only === 'shards') {
    if (!existsSync(CLI)) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
    shardFigures(figures, notes);
  }
  if (only === undefined || only === 'export') await largeExportFigures(figures, notes);
  writePart({ part: PART, seconds: (performance.now() - started) / 1000, figures, notes });
  log(PART, `done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
