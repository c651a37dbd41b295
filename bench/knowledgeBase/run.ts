// Item 6: a workspace knowledge base at scale. A generated file of 100,000 entities: how long until
// the extension can recognize with it (read, parse, validate, merge with the bundled entities,
// build the recognizer), against the floor of reading and parsing the same data as JSON; the peak
// memory that takes, in a process of its own; and, on a tenth of the file, the load against a bare
// parse with the `yaml` package (which the whole file would keep busy for most of a minute).
//
//   node --expose-gc out/bench/knowledgeBase/run.js
//   node out/bench/knowledgeBase/run.js --peak FILE     (one load, then its peak memory as JSON)
import '../../src/editor/services/zodConfig';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';
import { generatedEntities, knowledgeBaseYaml } from '../corpus/knowledgeBase';
import { BENCH_SEED } from '../lib/random';
import { atLeast, below, CACHE, figure, log, type Figure, writePart } from '../lib/results';
import { interleave, ratios, summarize, timed } from '../lib/stats';

const PART = 'knowledgeBase';
const ENTITIES = Number(process.env.NEWS_ANNOTATOR_BENCH_ENTITIES) || 100_000;
const SMALL = Math.round(ENTITIES / 10);
const ROUNDS = Number(process.env.NEWS_ANNOTATOR_BENCH_ROUNDS) || 5;
const mib = (bytes: number) => bytes / 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** As the extension does on opening a workspace: the file read and loaded over the bundled entities. */
function load(path: string): number {
  const { knowledgeBase, problems } = withWorkspaceFile(readFileSync(path, 'utf8'), path, bundledKnowledgeBase());
  if (problems.length > 0) throw new Error(`${path}: ${problems.length} problems, the first ${problems[0].message}`);
  return knowledgeBase.size;
}

/** Loaded, and the recognizer built: the extension can highlight. */
function ready(path: string): number {
  const { knowledgeBase } = withWorkspaceFile(readFileSync(path, 'utf8'), path, bundledKnowledgeBase());
  return new Recognizer(knowledgeBase).aliasCount;
}

/** The floor: read the same data as JSON and parse it, the fastest parse Node has. */
function floor(path: string): number {
  return (JSON.parse(readFileSync(path, 'utf8')) as { entities: unknown[] }).entities.length;
}

function bareYaml(path: string): number {
  return (parseYaml(readFileSync(path, 'utf8')) as { entities: unknown[] }).entities.length;
}

/** In a process of its own: one load and recognizer, and the peak resident memory above what the process held before. */
function peak(path: string): void {
  bundledKnowledgeBase();
  gc();
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const aliases = ready(path);
  const ms = performance.now() - start;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const after = process.memoryUsage().rss;
  process.stdout.write(`${JSON.stringify({ ms, aliases, peakGrowth: peakRss - before, heldGrowth: after - before })}\n`);
}

function measurePeak(path: string): { ms: number; aliases: number; peakGrowth: number; heldGrowth: number } {
  const run = spawnSync(process.execPath, ['--expose-gc', __filename, '--peak', path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the peak-memory run failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

function main(): void {
  const started = performance.now();
  const dir = join(CACHE, 'knowledge-base');
  mkdirSync(dir, { recursive: true });
  const entities = generatedEntities(ENTITIES, BENCH_SEED);
  const files = {
    yaml: join(dir, `knowledge-base-${ENTITIES}.yaml`),
    json: join(dir, `knowledge-base-${ENTITIES}.json`),
    smallYaml: join(dir, `knowledge-base-${SMALL}.yaml`),
  };
  const text = knowledgeBaseYaml(entities);
  writeFileSync(files.yaml, text);
  writeFileSync(files.json, JSON.stringify({ version: 1, entities }));
  writeFileSync(files.smallYaml, knowledgeBaseYaml(entities.slice(0, SMALL)));
  const megabytes = Buffer.byteLength(text) / 1e6;
  log(PART, `${ENTITIES.toLocaleString('en')} entities, ${megabytes.toFixed(1)} MB of YAML, under ${dir}`);
  const figures: Figure[] = [];
  const notes: string[] = [];

  // The peak first, in a fresh process, before this one has filled its heap.
  const memory = measurePeak(files.yaml);
  log(PART, `one load in a process of its own: ${(memory.ms / 1000).toFixed(1)} s, peak +${mib(memory.peakGrowth).toFixed(0)} MiB`);

  const samples = interleave(ROUNDS, { load: () => load(files.yaml), ready: () => ready(files.yaml), floor: () => floor(files.json) });
  const readyMs = summarize(samples.ready);
  const overFloor = summarize(ratios(samples.load, samples.floor));
  figures.push(figure(6, `Workspace knowledge base of ${ENTITIES.toLocaleString('en')} entities (${megabytes.toFixed(0)} MB of YAML): read, parsed, validated and merged`, 'ms', summarize(samples.load)));
  figures.push(figure(6, `The same, and the recognizer built: ready to highlight`, 'ms', readyMs, { target: below(readyMs.median, 5000, '< 5 s') }));
  figures.push(figure(6, 'Floor: read the same data as JSON and JSON.parse it', 'ms', summarize(samples.floor)));
  figures.push(figure(6, 'Load over the floor', '×', overFloor));
  const peakGrowth = mib(memory.peakGrowth);
  figures.push(figure(6, 'Peak resident memory growth while loading and building the recognizer (one run, a process of its own)', 'MiB', summarize([peakGrowth]), { target: below(peakGrowth, 500, '< 500 MB') }));
  log(PART, `ready in ${(readyMs.median / 1000).toFixed(1)} s; load ${overFloor.median.toFixed(1)}× the JSON floor`);

  // A tenth of the file against a bare parse with the yaml package, which is what loading cost
  // before (the whole file: about 40 s and 2 GB).
  // Each run after a full collection: the bare parse leaves much garbage behind, which would
  // otherwise be collected during the load after it.
  const small: Record<'load' | 'bare', number[]> = { load: [], bare: [] };
  for (let round = -1; round < ROUNDS; round++) {
    for (const name of round % 2 ? (['load', 'bare'] as const) : (['bare', 'load'] as const)) {
      gc();
      const { ms } = timed(() => (name === 'load' ? load(files.smallYaml) : bareYaml(files.smallYaml)));
      if (round >= 0) small[name].push(ms);
    }
  }
  const overBare = summarize(ratios(small.bare, small.load));
  figures.push(figure(6, `${SMALL.toLocaleString('en')} entities: bare parse with the yaml package`, 'ms', summarize(small.bare)));
  figures.push(figure(6, `${SMALL.toLocaleString('en')} entities: loaded (read, parsed, validated, merged)`, 'ms', summarize(small.load)));
  figures.push(figure(6, `${SMALL.toLocaleString('en')} entities: speed-up of the load over a bare yaml parse`, '×', overBare, { target: atLeast(overBare.median, 5, '≥ 5× the bare yaml parse') }));
  log(PART, `${SMALL} entities: load ${overBare.median.toFixed(1)}× faster than a bare yaml parse`);

  notes.push(
    `Item 6: a knowledge-base file generated from seed ${BENCH_SEED} (bench/corpus/knowledgeBase.ts), in the style of the README's example: ${ENTITIES.toLocaleString('en')} entities (half people, then places, organizations and events) with about five aliases each in four languages, ${megabytes.toFixed(1)} MB of UTF-8; ${memory.aliases.toLocaleString('en')} distinct aliases with the bundled ones. Load = withWorkspaceFile over the bundled knowledge base, as the extension and the CLI do it; ready = that and the recognizer built. The floor reads the same entities from a JSON file and JSON.parses them. ${ROUNDS} interleaved rounds after a warm-up, ratios per round (for the comparison with the yaml package, a full garbage collection before each run). Peak memory: the largest resident set (getrusage) of a fresh process during one load and build, above its resident set before (it held ${mib(memory.heldGrowth).toFixed(0)} MiB more after a collection, the knowledge base and the recognizer). A bare parse with the yaml package (YAML.parse) is timed on the first ${SMALL.toLocaleString('en')} entities only.`,
  );
  writePart({ part: PART, seconds: (performance.now() - started) / 1000, figures, notes });
  log(PART, `done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[2] === '--peak') peak(process.argv[3]);
else main();
