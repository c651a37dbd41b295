// Exports of shards compose into the export of the whole: the seeds and the export fixture split
// into N runs of fact files (`--shard I/N`), each exported on its own, give back the whole export:
// JSON Lines, CoNLL and spaCy byte for byte when concatenated in shard order, CSV with one header
// per shard, W3C as collections whose items concatenate, Label Studio as arrays of tasks that do,
// brat as the same files; and a fact file that loses an article to one in an earlier shard is
// reported by its own shard as by the whole.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { CSV_LINE_END } from '../../src/core/export/csv';
import { EXPORT_FORMATS, type ExportFormat, runExport } from '../../src/core/export/index';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { annotatedArticles, articleFileNamed, type Shard, shardRange, type SkippedFactFile } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';

const REPO = join(__dirname, '../../..');
const WORKSPACES = ['seeds', 'test/fixtures/export/workspace'];
/** Starting Node is most of it: a guard against hangs, not a benchmark. */
const HANG_GUARD_MS = 30_000;

interface Exported {
  text: string;
  files: Map<string, string>;
  articles: string[];
  skipped: string[];
}

async function exportOf(root: string, format: ExportFormat, shard?: Shard, files = new NodeWorkspaceFiles(root)): Promise<Exported> {
  const out: Exported = { text: '', files: new Map(), articles: [], skipped: [] };
  const output: ExportOutput = {
    write: async (chunk) => void (out.text += chunk),
    writeFile: async (path, content) => void out.files.set(path, content),
  };
  const onSkip = (s: SkippedFactFile) => out.skipped.push(`${s.factFilePath}: ${s.problems.map((p) => p.message).join('; ')}`);
  await runExport(format, annotatedArticles(files, onSkip, undefined, shard), bundledKnowledgeBase(), output, (p) => out.articles.push(p.path));
  return out;
}

/** What the shards' outputs give, put together as the README says. */
function composed(format: ExportFormat, parts: Exported[]): { text: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  for (const part of parts) for (const [path, content] of part.files) files.set(path, content);
  if (format === 'csv') {
    const header = parts[0].text.slice(0, parts[0].text.indexOf(CSV_LINE_END) + CSV_LINE_END.length);
    for (const part of parts) assert.ok(part.text.startsWith(header), 'every shard has the header');
    return { text: header + parts.map((p) => p.text.slice(header.length)).join(''), files };
  }
  return { text: parts.map((p) => p.text).join(''), files };
}

interface Collection {
  total: number;
  first: { items: unknown[] };
}

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), ...args], { cwd: REPO, encoding: 'utf8', timeout: HANG_GUARD_MS });
  if (result.error) throw result.error;
  assert.notEqual(result.signal, 'SIGTERM', `news-annotator ${args.join(' ')} did not finish in ${HANG_GUARD_MS} ms`);
  return result;
}

describe('export of shards', () => {
  it('cuts the fact files into runs of nearly equal length that cover them once, in order', () => {
    for (const count of [0, 1, 5, 7, 100]) {
      for (const of of [1, 2, 3, 7]) {
        const ranges = Array.from({ length: of }, (_, i) => shardRange(count, { shard: i + 1, of }));
        assert.equal(ranges[0].start, 0);
        assert.equal(ranges[of - 1].end, count);
        for (let i = 1; i < of; i++) assert.equal(ranges[i].start, ranges[i - 1].end);
        for (const r of ranges) assert.ok(r.end - r.start <= Math.ceil(count / of) && r.end - r.start >= Math.floor(count / of), `${count}/${of}`);
      }
    }
    assert.throws(() => shardRange(5, { shard: 0, of: 3 }), RangeError);
    assert.throws(() => shardRange(5, { shard: 4, of: 3 }), RangeError);
  });

  for (const workspace of WORKSPACES) {
    it(`${workspace}: N shards' exports give the whole export, in every format`, async function () {
      this.timeout(120_000);
      const root = join(REPO, workspace);
      for (const format of EXPORT_FORMATS) {
        const whole = await exportOf(root, format);
        assert.ok(whole.articles.length >= 3, `${workspace} has articles`);
        for (const of of [2, 3, 7]) {
          const parts = [];
          for (let shard = 1; shard <= of; shard++) parts.push(await exportOf(root, format, { shard, of }));
          const label = `${format}, ${of} shards`;
          assert.deepEqual(
            parts.flatMap((p) => p.articles),
            whole.articles,
            `${label}: each article once, in the whole's order`,
          );
          assert.deepEqual(
            parts.flatMap((p) => p.skipped),
            whole.skipped,
            `${label}: the same fact files reported`,
          );
          if (format === 'w3c') {
            const collections = parts.map((p) => JSON.parse(p.text) as Collection);
            const all = JSON.parse(whole.text) as Collection;
            assert.deepEqual(
              collections.flatMap((c) => c.first.items),
              all.first.items,
              label,
            );
            assert.equal(
              collections.reduce((sum, c) => sum + c.total, 0),
              all.total,
              label,
            );
            continue;
          }
          if (format === 'label-studio') {
            assert.deepEqual(
              parts.flatMap((p) => JSON.parse(p.text) as unknown[]),
              JSON.parse(whole.text),
              `${label}: the shards' tasks, one array after another, are the whole's`,
            );
            continue;
          }
          const together = composed(format, parts);
          assert.equal(together.text, whole.text, label);
          assert.deepEqual([...together.files].sort(), [...whole.files].sort(), label);
        }
      }
    });
  }

  describe('an article two fact files claim, the shards split between them', () => {
    let tmp: string;
    before(() => {
      tmp = mkdtempSync(join(tmpdir(), 'news-annotator-shards-'));
      const text = 'Vladimir Putin arrived in Minsk.\n';
      writeFileSync(join(tmp, 'x.txt'), text);
      // Neither is named for x.txt: the first in path order is exported, the other reported.
      for (const name of ['a', 'b']) {
        const factFile = {
          schema: 'news-annotator/facts@1',
          article: { file: 'x.txt', language: 'en', textHash: `sha256:${createHash('sha256').update(text).digest('hex')}` },
          mentions: [{ id: `m-${name}00000001`, entity: 'person:vladimir-putin', quote: 'Vladimir Putin', prefix: '', suffix: ' arrived in Minsk', start: 0, end: 14 }],
          facts: [],
          rejections: [],
        };
        writeFileSync(join(tmp, `${name}.facts.yaml`), JSON.stringify(factFile, null, 2));
      }
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('the later shard reports its fact file as the whole export does, and exports nothing', async () => {
      const whole = await exportOf(tmp, 'jsonl');
      assert.deepEqual(whole.articles, ['x.txt']);
      assert.equal(whole.skipped.length, 1);
      assert.match(whole.skipped[0], /^b\.facts\.yaml: claims the article x\.txt, as a\.facts\.yaml does/);
      const first = await exportOf(tmp, 'jsonl', { shard: 1, of: 2 });
      const second = await exportOf(tmp, 'jsonl', { shard: 2, of: 2 });
      assert.equal(first.text + second.text, whole.text);
      assert.deepEqual(first.articles, ['x.txt']);
      assert.deepEqual(second.articles, []);
      assert.deepEqual(second.skipped, whole.skipped);
    });
  });

  describe('articles whose fact files are named the earlier way (a.facts.yaml for a.md)', () => {
    let tmp: string;
    before(() => {
      tmp = mkdtempSync(join(tmpdir(), 'news-annotator-shards-md-'));
      for (let i = 0; i < 10; i++) {
        const text = `Vladimir Putin arrived in Minsk (${i}).\n`;
        writeFileSync(join(tmp, `a${i}.md`), text);
        const header = `schema: news-annotator/facts@1\narticle:\n  file: ${i % 2 ? `a${i}.md` : `'a${i}.md'`}\n  language: en\n  textHash: sha256:${createHash('sha256').update(text).digest('hex')}\n`;
        const mention = `mentions:\n  - id: m-a${i}0000001\n    entity: person:vladimir-putin\n    quote: Vladimir Putin\n    prefix: ""\n    suffix: " arrived in Minsk"\n    start: 0\n    end: 14\nfacts: []\nrejections: []\n`;
        writeFileSync(join(tmp, `a${i}.facts.yaml`), header + mention);
      }
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('a later shard reads each fact file before it once, not once per article', async () => {
      const reads = new Map<string, number>();
      class CountingFiles extends NodeWorkspaceFiles {
        override async readText(path: string): Promise<string | undefined> {
          reads.set(path, (reads.get(path) ?? 0) + 1);
          return super.readText(path);
        }
      }
      const whole = await exportOf(tmp, 'jsonl');
      const second = await exportOf(tmp, 'jsonl', { shard: 2, of: 2 }, new CountingFiles(tmp));
      const first = await exportOf(tmp, 'jsonl', { shard: 1, of: 2 });
      assert.equal(first.text + second.text, whole.text);
      assert.deepEqual(second.articles, ['a5.md', 'a6.md', 'a7.md', 'a8.md', 'a9.md']);
      for (let i = 0; i < 5; i++) assert.equal(reads.get(`a${i}.facts.yaml`), 1, `a${i}.facts.yaml, before the shard, read ${reads.get(`a${i}.facts.yaml`)} times`);
    });

    it("reads the article's name from a fact file's file: line, and leaves anything unusual to the parser", () => {
      assert.equal(articleFileNamed('article:\n  file: a.md\n'), 'a.md');
      assert.equal(articleFileNamed("article:\n  file: 'it''s.txt'\n"), "it's.txt");
      assert.equal(articleFileNamed('{\n  "article": {\n    "file": "post \\ud835\\udd4f.txt",\n'), 'post 𝕏.txt');
      for (const text of ['article: { file: a.md }\n', 'article:\n  file: >-\n    a.md\n', 'article:\n  file: a.md # the article\n', '  file: a.md\n  file: b.md\n', 'article:\n  file: "a\\x2emd"\n', 'article:\n  file: *name\n']) {
        assert.equal(articleFileNamed(text), undefined, text);
      }
    });
  });

  describe('the command line', () => {
    let tmp: string;
    beforeEach(() => {
      tmp = mkdtempSync(join(tmpdir(), 'news-annotator-shards-cli-'));
    });
    afterEach(() => rmSync(tmp, { recursive: true, force: true }));

    it('export --shard I/N: the N files, concatenated, are the whole JSON Lines export', function () {
      this.timeout(5 * HANG_GUARD_MS);
      const whole = cli('export', 'seeds', '--format', 'jsonl', '--no-cache', '--out', join(tmp, 'whole.jsonl'));
      assert.equal(whole.status, 0, whole.stderr);
      const parts: string[] = [];
      for (let shard = 1; shard <= 3; shard++) {
        const out = join(tmp, `part-${shard}.jsonl`);
        const run = cli('export', 'seeds', '--format', 'jsonl', '--no-cache', '--shard', `${shard}/3`, '--out', out);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stderr, new RegExp(`as jsonl to .*part-${shard}\\.jsonl \\(shard ${shard} of 3\\)\\n$`));
        parts.push(readFileSync(out, 'utf8'));
      }
      assert.ok(parts.every((p) => p !== ''), 'each shard has articles');
      assert.equal(parts.join(''), readFileSync(join(tmp, 'whole.jsonl'), 'utf8'));
    });

    it('--shard takes I/N with 1 ≤ I ≤ N', () => {
      for (const value of ['0/3', '4/3', '1/0', 'x', '1/3/5', '-1/3']) {
        const run = cli('export', 'seeds', '--format', 'jsonl', '--out', join(tmp, 'never.jsonl'), `--shard=${value}`);
        assert.equal(run.status, 2, `${value}: ${run.stderr}`);
        assert.match(run.stderr, /^news-annotator: --shard takes I\/N, the I-th of N parts/);
      }
    });
  });
});
