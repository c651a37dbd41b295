// Items 3 and 4: the workspace at scale. A generated workspace of 10,000 annotated articles (and
// 500- and 2,000-article ones made the same way, for repeated runs): how long until the Summits and
// Leaders tree has its data, against the floor of only reading the fact files and parsing them with
// js-yaml, the fastest maintained YAML parser; the memory the tree's index holds; how long one
// changed fact file takes to reach the tree; the export in every format; and the CLI's export with
// nothing cached, a process of its own, against a process that only reads and parses.
//
//   node --expose-gc out/bench/workspace/run.js
import '../../src/editor/services/zodConfig';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { buildSync } from 'esbuild';
import { load } from 'js-yaml';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFileOutput, createFolderOutput, NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, runExport, writesFolder, type ExportFormat } from '../../src/core/export/index';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { FactFileReader } from '../../src/core/factFile/parseCache';
import { applyFactFileEdits, parseFactFile } from '../../src/core/factFile/store';
import { DiskParseCache } from '../../src/node/diskParseCache';
import { annotatedArticles } from '../../src/core/workspace/articles';
import { FactIndex } from '../../src/core/workspace/factIndex';
import { YAML_CORE_SCHEMA } from '../../src/core/yaml/coreSchema';
import { FactsModel } from '../../src/editor/factsTree/model';
import { generateWorkspace, type GeneratedWorkspace } from '../corpus/workspace';
import { BENCH_SEED } from '../lib/random';
import { atMost, below, CACHE, figure, log, ROOT, type Figure, writePart } from '../lib/results';
import { ratios, summarize } from '../lib/stats';

const PART = 'workspace';
const ARTICLES = Number(process.env.NEWS_ANNOTATOR_BENCH_ARTICLES) || 10_000;
const SMALL = Math.min(ARTICLES, 500);
/** The CLI's export with nothing cached is timed on this many articles. */
const MEDIUM = Math.min(ARTICLES, 2000);
const ROUNDS = Number(process.env.NEWS_ANNOTATOR_BENCH_ROUNDS) || 5;
const EXPORT_ROUNDS = 3;
/** As the extension's scan does: a few files at a time. */
const BATCH = 32;
const kb = bundledKnowledgeBase();

/** The parse cache of fact files, as the extension and the CLI keep one; emptied at the start of the part. */
const PARSE_CACHE = join(CACHE, 'parse-cache');
const cachedReader = () => new FactFileReader(new DiskParseCache(PARSE_CACHE));
const uncachedReader = () => new FactFileReader();

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mib = (bytes: number) => bytes / 2 ** 20;

async function readAll(files: NodeWorkspaceFiles, each: (path: string, text: string) => void): Promise<number> {
  const paths = await files.listFactFiles();
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const texts = await Promise.all(batch.map((p) => files.readText(p)));
    batch.forEach((p, k) => each(p, texts[k] ?? ''));
  }
  return paths.length;
}

/**
 * The floor: list and read every fact file, parse it with js-yaml (the fastest maintained YAML
 * parser; under the YAML 1.2 core schema, which gives the data the `yaml` package gives), and keep
 * nothing.
 */
async function floorPass(files: NodeWorkspaceFiles): Promise<number> {
  let parsed = 0;
  await readAll(files, (_, text) => {
    if (load(text, { schema: YAML_CORE_SCHEMA })) parsed++;
  });
  return parsed;
}

/** What the tree needs before it can show itself: the index of every fact file, and its roots' children. */
function treeData(index: FactIndex): number {
  const model = new FactsModel(index, () => kb);
  let nodes = 0;
  for (const root of model.roots()) nodes += 1 + model.children(root).length;
  return nodes;
}

/** As the extension's scan does: every fact file read and parsed (through `reader`) into the index, then the tree's nodes. */
async function treePass(files: NodeWorkspaceFiles, reader: FactFileReader): Promise<{ index: FactIndex; nodes: number; fromCache: number }> {
  const index = new FactIndex();
  let fromCache = 0;
  const paths = await files.listFactFiles();
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    await Promise.all(
      batch.map(async (path) => {
        const { factFile, problems, fromCache: hit } = await reader.parse((await files.readText(path)) ?? '', path);
        if (hit) fromCache++;
        index.set(path, factFile, problems);
      }),
    );
  }
  return { index, nodes: treeData(index), fromCache };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function exportOnce(format: ExportFormat, workspace: GeneratedWorkspace, reader: FactFileReader, onProgress?: () => void): Promise<{ ms: number; articles: number; records: number; skipped: number; bytes: number }> {
  const destination = join(CACHE, 'export', `${format}-${workspace.articles}${EXPORT_EXTENSIONS[format]}`);
  await rm(destination, { recursive: true, force: true });
  const files = new NodeWorkspaceFiles(workspace.root);
  const start = performance.now();
  const output = writesFolder(format) ? await createFolderOutput(destination) : await createFileOutput(destination);
  const result = await runExport(format, annotatedArticles(files, undefined, reader), kb, output, { onProgress: onProgress ? () => onProgress() : undefined });
  await output.commit();
  const ms = performance.now() - start;
  let bytes = 0;
  if (!writesFolder(format)) bytes = (await readFile(destination)).byteLength;
  await rm(destination, { recursive: true, force: true });
  return { ms, articles: result.articles, records: result.records, skipped: result.skippedMentions, bytes };
}

/** The CLI, bundled as `npm run build` bundles it for users (production options). */
function bundleCli(): string {
  const outfile = join(CACHE, 'cli', 'cli.js');
  buildSync({ absWorkingDir: ROOT, entryPoints: ['src/cli/main.ts'], outfile, bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, logLevel: 'warning' });
  return outfile;
}

/** A floor process: lists the fact files under a folder, reads each and parses it with js-yaml; the other half of the CLI's comparison. */
const FLOOR_PROCESS = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { load } = require(process.argv[1]);
const { YAML_CORE_SCHEMA } = require(process.argv[2]);
let parsed = 0;
for (const entry of readdirSync(process.argv[3], { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.facts.yaml') && load(readFileSync(join(entry.parentPath, entry.name), 'utf8'), { schema: YAML_CORE_SCHEMA })) parsed++;
}
process.stdout.write(String(parsed));
`;

/** Wall time of a child process, which must succeed (the CLI's exit 1 says something was left out: none is here). */
function timeProcess(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} exited with ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return ms;
}

/** Item 4: \`export --format jsonl --no-cache\` as a user runs it, a process of its own, against the floor process; interleaved. */
function cliExportWithoutCache(workspace: GeneratedWorkspace, figures: Figure[], notes: string[]): void {
  const cli = bundleCli();
  const out = join(CACHE, 'export', `cli-${workspace.articles}.jsonl`);
  const floorArgs = ['-e', FLOOR_PROCESS, require.resolve('js-yaml'), require.resolve('../../src/core/yaml/coreSchema'), workspace.root];
  const exportArgs = [cli, 'export', workspace.root, '--format', 'jsonl', '--out', out, '--no-cache', '--force'];
  timeProcess(floorArgs);
  timeProcess(exportArgs);
  const cliMs: number[] = [];
  const floorMs: number[] = [];
  for (let round = 0; round < EXPORT_ROUNDS; round++) {
    const pair = [() => floorMs.push(timeProcess(floorArgs)), () => cliMs.push(timeProcess(exportArgs))];
    if (round % 2) pair.reverse();
    for (const run of pair) run();
  }
  const over = summarize(ratios(cliMs, floorMs));
  figures.push(figure(4, `CLI export --format jsonl --no-cache, ${workspace.articles} articles (a process of its own)`, 'ms', summarize(cliMs)));
  figures.push(figure(4, `Floor: a process that reads the same fact files and parses them with js-yaml`, 'ms', summarize(floorMs)));
  figures.push(figure(4, 'CLI export with nothing cached over the floor', '×', over, { target: atMost(over.median, 2, '≤ 2× the floor') }));
  notes.push(
    `Item 4, the CLI with nothing cached: \`news-annotator export DIR --format jsonl --no-cache\` on the ${workspace.articles}-article workspace (${(workspace.factFileBytes / 1e6).toFixed(0)} MB of fact files, generated as the large one), the CLI bundled with the production options, against a Node process that lists the same fact files, reads them and parses each with js-yaml; both timed from spawn to exit, ${EXPORT_ROUNDS} rounds after a warm-up, alternating, the ratio per round.`,
  );
  log(PART, `CLI export --no-cache over the floor: ${over.median.toFixed(2)}×`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const big = generateWorkspace(ARTICLES, BENCH_SEED);
  const small = generateWorkspace(SMALL, BENCH_SEED);
  log(PART, `workspaces: ${big.articles} articles (${(big.factFileBytes / 1e6).toFixed(0)} MB of fact files) and ${small.articles} articles, under ${CACHE}`);
  const bigFiles = new NodeWorkspaceFiles(big.root);
  const smallFiles = new NodeWorkspaceFiles(small.root);

  await rm(PARSE_CACHE, { recursive: true, force: true });
  // Item 3, repeated on the small workspace: tree data against the floor, interleaved. The tree
  // parses every file here, as on a workspace's first opening: no parse cache.
  await floorPass(smallFiles);
  await treePass(smallFiles, uncachedReader());
  const floorMs: number[] = [];
  const treeMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const pair = [
      async () => floorMs.push((await timeAsync(() => floorPass(smallFiles))).ms),
      async () => treeMs.push((await timeAsync(() => treePass(smallFiles, uncachedReader()))).ms),
    ];
    if (round % 2) pair.reverse();
    for (const run of pair) {
      gc();
      await run();
    }
  }
  const overFloor = summarize(ratios(treeMs, floorMs));
  figures.push(figure(3, `Tree data ready, ${small.articles} articles, first opening (every fact file parsed)`, 'ms', summarize(treeMs)));
  figures.push(figure(3, `Floor: read and parse the fact files, ${small.articles} articles`, 'ms', summarize(floorMs)));
  figures.push(figure(3, 'Tree data ready over the floor', '×', overFloor, { target: atMost(overFloor.median, 2, '≤ 2× the floor') }));
  log(PART, `tree over floor (${small.articles} articles): ${overFloor.median.toFixed(2)}×`);

  // At full size: the first opening once (it parses every file, and would keep in the parse cache
  // those not in the writer's layout), then reopenings; the tree's memory; then changes to single
  // fact files. Memory is taken over the first opening, the larger case: the index held, and
  // whatever the parsing left the heap at.
  // The floor at full size runs once before the first opening and once after; their mean is the
  // first opening's floor.
  gc();
  const bigFloorBefore = await timeAsync(() => floorPass(bigFiles));
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const firstReader = cachedReader();
  const first = await timeAsync(() => treePass(bigFiles, firstReader));
  await firstReader.flush();
  gc();
  const rssGrowth = mib(process.memoryUsage().rss - rssBefore);
  const heapGrowth = mib(process.memoryUsage().heapUsed - heapBefore);
  const bigFloorAfter = await timeAsync(() => floorPass(bigFiles));
  const bigFloorMs = (bigFloorBefore.ms + bigFloorAfter.ms) / 2;
  const one = (ms: number) => summarize([ms]);
  figures.push(
    figure(3, `Tree data ready, ${big.articles} articles, first opening: every fact file parsed and cached (one run)`, 'ms', one(first.ms), { target: below(first.ms, 5000, '≤ 5 s') }),
  );
  figures.push(figure(3, `Floor: read and parse the fact files, ${big.articles} articles (mean of a run before and one after the first opening)`, 'ms', one(bigFloorMs)));
  figures.push(figure(3, `Tree data ready, ${big.articles} articles, first opening, over the floor`, '×', one(first.ms / bigFloorMs), { target: atMost(first.ms / bigFloorMs, 2, '≤ 2× the floor') }));
  first.value.index = new FactIndex();
  const reopenMs: number[] = [];
  let full = first;
  for (let k = 0; k < 3; k++) {
    gc();
    full = await timeAsync(() => treePass(bigFiles, cachedReader()));
    reopenMs.push(full.ms);
    // As the writer leaves them, every one: read by the reader of its layout, neither looked up in the parse cache nor kept there.
    if (full.value.fromCache !== 0) throw new Error(`reopening read ${full.value.fromCache} of ${big.articles} fact files from the parse cache`);
    if (k < 2) full.value.index = new FactIndex();
  }
  const reopen = summarize(reopenMs);
  figures.push(figure(3, `Tree data ready, ${big.articles} articles, reopened: fact files unchanged since they were parsed`, 'ms', reopen, { target: below(reopen.median, 3000, '< 3 s') }));
  figures.push(figure(3, `Resident memory growth with the tree's index of ${big.articles} articles`, 'MiB', one(rssGrowth), { target: below(rssGrowth, 300, '< 300 MB') }));
  notes.push(
    `Item 3: the floor reads the fact files (${BATCH} at a time, as the tree does) and parses each with js-yaml, the fastest maintained YAML parser, under the YAML 1.2 core schema (the data the yaml package gives); it validates nothing and keeps nothing. The ${small.articles}-article workspace is the first ${small.articles} articles of the large one, generated the same way; its tree and floor runs alternate, ${ROUNDS} of each after a warm-up, and the ratio is taken per pair; neither uses the parse cache. Tree data = every fact file read, parsed and indexed (FactIndex.set), then the tree's roots and their children (FactsModel, as the view asks for them): ${full.value.nodes} nodes. At ${big.articles} articles (${(big.factFileBytes / 1e6).toFixed(0)} MB of fact files) the first opening is one run, through the parse cache as the extension reads them (which keeps parsed fact files as JSON, by a SHA-256 of their bytes, in its global storage): the generated fact files are as the writer lays them out, which its own reader reads about as fast as hashing a file and reading its entry back, so none is looked up or kept, and the reopenings (3 runs) read and parse every fact file again. The floor at this size reads every fact file and parses it with js-yaml, once before the first opening and once after (${(bigFloorBefore.ms / 1000).toFixed(1)} s and ${(bigFloorAfter.ms / 1000).toFixed(1)} s). Memory: resident set after a full garbage collection, before and after the first opening, with the index held (live heap growth ${heapGrowth.toFixed(0)} MiB).`,
  );
  log(PART, `full tree: ${(full.ms / 1000).toFixed(1)} s, RSS +${rssGrowth.toFixed(0)} MiB`);

  // One fact file changes: read it, parse it, update the index, ask the tree again.
  const index = full.value.index;
  const paths = index
    .paths()
    .filter((p) => index.treeFactsOf(p).length > 0)
    .sort();
  const changeMs: number[] = [];
  for (let k = 0; k < 20; k++) {
    const path = paths[Math.floor(((k + 0.5) * paths.length) / 20)];
    const original = (await bigFiles.readText(path))!;
    const factFile = parseFactFile(original, path).factFile!;
    const fact = factFile.facts.find((f) => f.type === 'attendance') ?? factFile.facts[0];
    const edited = applyFactFileEdits(original, path, [{ kind: 'removeFact', id: fact.id }]);
    if (!edited.ok) throw new Error(`could not edit ${path}`);
    const before = treeData(index);
    await writeFile(join(big.root, path), edited.text);
    const { ms } = await timeAsync(async () => {
      const text = (await bigFiles.readText(path))!;
      const parsed = parseFactFile(text, path);
      index.set(path, parsed.factFile, parsed.problems);
      return treeData(index);
    });
    changeMs.push(ms);
    const reflected = index.treeFactsOf(path).length === factFile.facts.filter((f) => f.type !== 'role').length - 1;
    await writeFile(join(big.root, path), original);
    index.set(path, factFile);
    if (!reflected || before < 0) throw new Error(`the change to ${path} did not reach the index`);
  }
  const change = summarize(changeMs);
  figures.push(figure(3, `One changed fact file reflected in the tree, ${big.articles} articles`, 'ms', change, { statistic: 'p95', target: below(change.p95, 50, '< 50 ms') }));
  notes.push(`Item 3, one change: 20 fact files across the workspace, each with one fact removed on disk; timed from reading that one file to the tree's roots and children asked again (95th percentile). Nothing else is read: the index keeps every other file's facts.`);

  // Item 4: JSON Lines on the small workspace as a first export (every fact file parsed), then
  // every format as later exports read it (through the parse cache), then JSON Lines at full size.
  const firstExports: number[] = [];
  for (let k = 0; k < EXPORT_ROUNDS; k++) {
    gc();
    const result = await exportOnce('jsonl', small, uncachedReader());
    firstExports.push(result.articles / (result.ms / 1000));
  }
  figures.push(figure(4, `Export jsonl, ${small.articles} articles, first export: every fact file parsed`, 'articles/s', summarize(firstExports)));
  for (const format of EXPORT_FORMATS) {
    const runs: number[] = [];
    let last = { articles: 0, records: 0, skipped: 0, bytes: 0 };
    for (let k = 0; k < EXPORT_ROUNDS; k++) {
      gc();
      const result = await exportOnce(format, small, cachedReader());
      runs.push(result.articles / (result.ms / 1000));
      last = result;
    }
    figures.push(figure(4, `Export ${format}, ${small.articles} articles, fact files parsed before`, 'articles/s', summarize(runs)));
    log(PART, `export ${format}: ${summarize(runs).median.toFixed(0)} articles/s (${last.records} records, ${last.skipped} mentions skipped)`);
    if (last.skipped > 0) notes.push(`Export ${format}: ${last.skipped} mentions left out of ${small.articles} articles.`);
  }
  // Streamed or built whole? The live heap, after a collection every 50 articles, against the output.
  gc();
  const heapStart = process.memoryUsage().heapUsed;
  let heapPeak = heapStart;
  let written = 0;
  const streamed = await exportOnce('jsonl', small, cachedReader(), () => {
    if (++written % 50 === 0) {
      gc();
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
  });
  const peakGrowth = mib(heapPeak - heapStart);
  figures.push(
    figure(4, `Export jsonl: live heap growth while writing ${mib(streamed.bytes).toFixed(1)} MiB of output (${small.articles} articles)`, 'MiB', one(peakGrowth), {
      target: below(peakGrowth, mib(streamed.bytes) / 4, 'streamed: < ¼ of the output'),
    }),
  );
  gc();
  const bigExports: number[] = [];
  let jsonl = { ms: 0, articles: 0 };
  for (let k = 0; k < EXPORT_ROUNDS; k++) {
    gc();
    jsonl = await exportOnce('jsonl', big, cachedReader());
    bigExports.push(jsonl.ms);
  }
  const bigExport = summarize(bigExports);
  figures.push(figure(4, `Export jsonl, ${big.articles} articles, fact files parsed before`, 'ms', bigExport, { target: below(bigExport.median, 5000, '< 5 s') }));
  figures.push(figure(4, `Export jsonl, ${big.articles} articles: throughput`, 'articles/s', summarize(bigExports.map((ms) => jsonl.articles / (ms / 1000)))));
  notes.push(
    `Item 4: each format is exported ${EXPORT_ROUNDS} times from the ${small.articles}-article workspace (brat writes a folder of files, the others one file), through the CLI's file outputs and its parse cache; articles/s counts the articles written; reading every fact file and article is part of every export. A first export parses every fact file; later ones would take the parses of unchanged fact files not in the writer's layout from the cache (hashing each fact file), but the generated ones are all in the writer's layout, read again by its own reader each time. Streaming: one more JSON Lines export of that workspace collects garbage every 50 articles and keeps the largest live heap; an export built in memory would grow by about the output's size. JSON Lines is then exported ${EXPORT_ROUNDS} times from the ${big.articles}-article workspace, its fact files parsed before.`,
  );
  cliExportWithoutCache(generateWorkspace(MEDIUM, BENCH_SEED), figures, notes);
  writePart({ part: PART, seconds: (performance.now() - started) / 1000, figures, notes });
  log(PART, `done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
