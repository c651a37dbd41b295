// Items 3 and 4: the workspace at scale. A generated workspace of 10,000 annotated articles (and a
// 1,000-article one made the same way, for repeated runs): how long until the Summits and Leaders
// tree has its data, against the floor of only reading and parsing the fact files; the memory the
// tree's index holds; how long one changed fact file takes to reach the tree; and the export in
// every format.
//
//   node --expose-gc out/bench/workspace/run.js
import '../../src/editor/zodConfig';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFileOutput, createFolderOutput, NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, runExport, writesFolder, type ExportFormat } from '../../src/core/export/index';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { applySidecarEdits, parseSidecar } from '../../src/core/sidecar/store';
import { annotatedArticles } from '../../src/core/workspace/articles';
import { FactIndex } from '../../src/core/workspace/factIndex';
import { FactsModel } from '../../src/editor/factsTree/model';
import { generateWorkspace, type GeneratedWorkspace } from '../corpus/workspace';
import { BENCH_SEED } from '../lib/random';
import { atMost, below, CACHE, figure, log, type Figure, writePart } from '../lib/results';
import { ratios, summarize } from '../lib/stats';

const PART = 'workspace';
const ARTICLES = Number(process.env.NEWS_ANNOTATOR_BENCH_ARTICLES) || 10_000;
const SMALL = Math.min(ARTICLES, 500);
const ROUNDS = Number(process.env.NEWS_ANNOTATOR_BENCH_ROUNDS) || 5;
const EXPORT_ROUNDS = 3;
/** As the extension's scan does: a few files at a time. */
const BATCH = 32;
const kb = bundledKnowledgeBase();

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mib = (bytes: number) => bytes / 2 ** 20;

async function readAll(files: NodeWorkspaceFiles, each: (path: string, text: string) => void): Promise<number> {
  const paths = await files.listSidecars();
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const texts = await Promise.all(batch.map((p) => files.readText(p)));
    batch.forEach((p, k) => each(p, texts[k] ?? ''));
  }
  return paths.length;
}

/** The floor: list, read and parse every fact file, and keep nothing. */
async function floorPass(files: NodeWorkspaceFiles): Promise<number> {
  let valid = 0;
  await readAll(files, (path, text) => {
    if (parseSidecar(text, path).sidecar) valid++;
  });
  return valid;
}

/** What the tree needs before it can show itself: the index of every fact file, and its roots' children. */
function treeData(index: FactIndex): number {
  const model = new FactsModel(index, () => kb);
  let nodes = 0;
  for (const root of model.roots()) nodes += 1 + model.children(root).length;
  return nodes;
}

async function treePass(files: NodeWorkspaceFiles): Promise<{ index: FactIndex; nodes: number }> {
  const index = new FactIndex();
  await readAll(files, (path, text) => {
    const { sidecar, problems } = parseSidecar(text, path);
    index.set(path, sidecar, problems);
  });
  return { index, nodes: treeData(index) };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function exportOnce(format: ExportFormat, workspace: GeneratedWorkspace, onProgress?: () => void): Promise<{ ms: number; articles: number; records: number; skipped: number; bytes: number }> {
  const destination = join(CACHE, 'export', `${format}-${workspace.articles}${EXPORT_EXTENSIONS[format]}`);
  await rm(destination, { recursive: true, force: true });
  const files = new NodeWorkspaceFiles(workspace.root);
  const start = performance.now();
  const output = writesFolder(format) ? await createFolderOutput(destination) : await createFileOutput(destination);
  const result = await runExport(format, annotatedArticles(files), kb, output, { onProgress: onProgress ? () => onProgress() : undefined });
  await output.commit();
  const ms = performance.now() - start;
  let bytes = 0;
  if (!writesFolder(format)) bytes = (await readFile(destination)).byteLength;
  await rm(destination, { recursive: true, force: true });
  return { ms, articles: result.articles, records: result.records, skipped: result.skippedMentions, bytes };
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const big = generateWorkspace(ARTICLES, BENCH_SEED);
  const small = generateWorkspace(SMALL, BENCH_SEED);
  log(PART, `workspaces: ${big.articles} articles (${(big.sidecarBytes / 1e6).toFixed(0)} MB of fact files) and ${small.articles} articles, under ${CACHE}`);
  const bigFiles = new NodeWorkspaceFiles(big.root);
  const smallFiles = new NodeWorkspaceFiles(small.root);

  // Item 3, repeated on the small workspace: tree data against the floor, interleaved.
  await floorPass(smallFiles);
  await treePass(smallFiles);
  const floorMs: number[] = [];
  const treeMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const pair = [
      async () => floorMs.push((await timeAsync(() => floorPass(smallFiles))).ms),
      async () => treeMs.push((await timeAsync(() => treePass(smallFiles))).ms),
    ];
    if (round % 2) pair.reverse();
    for (const run of pair) {
      gc();
      await run();
    }
  }
  const overFloor = summarize(ratios(treeMs, floorMs));
  figures.push(figure(3, `Tree data ready, ${small.articles} articles`, 'ms', summarize(treeMs)));
  figures.push(figure(3, `Floor: read and parse the fact files, ${small.articles} articles`, 'ms', summarize(floorMs)));
  figures.push(figure(3, 'Tree data ready over the floor', '×', overFloor, { target: atMost(overFloor.median, 1.5, '≤ 1.5× the floor') }));
  log(PART, `tree over floor (${small.articles} articles): ${overFloor.median.toFixed(2)}×`);

  // At full size, once: the tree's time and memory, then changes to single fact files.
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const full = await timeAsync(() => treePass(bigFiles));
  gc();
  const rssGrowth = mib(process.memoryUsage().rss - rssBefore);
  const heapGrowth = mib(process.memoryUsage().heapUsed - heapBefore);
  const one = (ms: number) => summarize([ms]);
  figures.push(figure(3, `Tree data ready, ${big.articles} articles (one run)`, 'ms', one(full.ms), { target: below(full.ms, 3000, '< 3 s') }));
  figures.push(figure(3, `Resident memory growth with the tree's index of ${big.articles} articles`, 'MiB', one(rssGrowth), { target: below(rssGrowth, 300, '< 300 MB') }));
  notes.push(
    `Item 3: the ${small.articles}-article workspace is the first ${small.articles} articles of the large one, generated the same way; its tree and floor runs alternate, ${ROUNDS} of each after a warm-up, and the ratio is taken per pair. The ${big.articles}-article figures are single runs: one pass over ${(big.sidecarBytes / 1e6).toFixed(0)} MB of fact files takes about ${Math.round(full.ms / 1000)} s here, almost all of it YAML parsing (the floor), which leaves no room for repeats in a run of a few minutes. Tree data = every fact file read, parsed and indexed (FactIndex.set), then the tree's roots and their children (FactsModel, as the view asks for them): ${full.value.nodes} nodes. Memory: resident set after a full garbage collection, before and after, with the index held (heap growth ${heapGrowth.toFixed(0)} MiB).`,
  );
  log(PART, `full tree: ${(full.ms / 1000).toFixed(1)} s, RSS +${rssGrowth.toFixed(0)} MiB`);

  // One fact file changes: read it, parse it, update the index, ask the tree again.
  const index = full.value.index;
  const paths = index
    .paths()
    .filter((p) => (index.get(p)?.facts.length ?? 0) > 0)
    .sort();
  const changeMs: number[] = [];
  for (let k = 0; k < 20; k++) {
    const path = paths[Math.floor(((k + 0.5) * paths.length) / 20)];
    const original = (await bigFiles.readText(path))!;
    const sidecar = parseSidecar(original, path).sidecar!;
    const fact = sidecar.facts.find((f) => f.type === 'attendance') ?? sidecar.facts[0];
    const edited = applySidecarEdits(original, path, [{ kind: 'removeFact', id: fact.id }]);
    if (!edited.ok) throw new Error(`could not edit ${path}`);
    const before = treeData(index);
    await writeFile(join(big.root, path), edited.text);
    const { ms } = await timeAsync(async () => {
      const text = (await bigFiles.readText(path))!;
      const parsed = parseSidecar(text, path);
      index.set(path, parsed.sidecar, parsed.problems);
      return treeData(index);
    });
    changeMs.push(ms);
    const reflected = index.get(path)?.facts.length === sidecar.facts.length - 1;
    await writeFile(join(big.root, path), original);
    index.set(path, sidecar);
    if (!reflected || before < 0) throw new Error(`the change to ${path} did not reach the index`);
  }
  const change = summarize(changeMs);
  figures.push(figure(3, `One changed fact file reflected in the tree, ${big.articles} articles`, 'ms', change, { statistic: 'p95', target: below(change.p95, 50, '< 50 ms') }));
  notes.push(`Item 3, one change: 20 fact files across the workspace, each with one fact removed on disk; timed from reading that one file to the tree's roots and children asked again (95th percentile). Nothing else is read: the index keeps every other file's facts.`);

  // Item 4: every format on the small workspace, then JSON Lines at full size with its memory.
  for (const format of EXPORT_FORMATS) {
    const runs: number[] = [];
    let last = { articles: 0, records: 0, skipped: 0, bytes: 0 };
    for (let k = 0; k < EXPORT_ROUNDS; k++) {
      gc();
      const result = await exportOnce(format, small);
      runs.push(result.articles / (result.ms / 1000));
      last = result;
    }
    figures.push(figure(4, `Export ${format}, ${small.articles} articles`, 'articles/s', summarize(runs)));
    log(PART, `export ${format}: ${summarize(runs).median.toFixed(0)} articles/s (${last.records} records, ${last.skipped} mentions skipped)`);
    if (last.skipped > 0) notes.push(`Export ${format}: ${last.skipped} mentions left out of ${small.articles} articles.`);
  }
  // Streamed or built whole? The live heap, after a collection every 50 articles, against the output.
  gc();
  const heapStart = process.memoryUsage().heapUsed;
  let heapPeak = heapStart;
  let written = 0;
  const streamed = await exportOnce('jsonl', small, () => {
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
  const jsonl = await exportOnce('jsonl', big);
  figures.push(figure(4, `Export jsonl, ${big.articles} articles (one run)`, 'ms', one(jsonl.ms), { target: below(jsonl.ms, 5000, '< 5 s') }));
  figures.push(figure(4, `Export jsonl, ${big.articles} articles: throughput (one run)`, 'articles/s', one(jsonl.articles / (jsonl.ms / 1000))));
  notes.push(
    `Item 4: each format is exported ${EXPORT_ROUNDS} times from the ${small.articles}-article workspace (brat writes a folder of files, the others one file), through the CLI's file outputs; articles/s counts the articles written; reading and parsing the fact files is part of every export. Streaming: one more JSON Lines export of that workspace collects garbage every 50 articles and keeps the largest live heap; an export built in memory would grow by about the output's size. JSON Lines is then exported once from the ${big.articles}-article workspace.`,
  );
  writePart({ part: PART, seconds: (performance.now() - started) / 1000, figures, notes });
  log(PART, `done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
