// `recognize` on a large file recognizes its parts in worker threads and in its own: what it prints
// must be what recognizing the whole text at once prints, byte for byte, on each seed (cut into
// small parts, all left to the workers) and on 20 MB made from the seeds, as the benchmark makes it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';
import type { Mention } from '../../src/core/recognizer/mention';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { decodeMentions, encodeMentions, recognizeInParts } from '../../src/cli/parallelRecognize';
import { printMentions } from '../../src/cli/printMentions';
import { bundledRecognizer } from './namesFound';

const REPO = join(__dirname, '../../..');
const CLI = join(REPO, 'dist/cli.js');
const SEEDS = readdirSync(join(REPO, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(REPO, 'seeds', name), 'utf8'));
const KB_FILE = join(REPO, 'test/fixtures/export/workspace/.news-annotator/knowledge-base.yaml');
/** Starting Node and recognizing 20 MB twice: a guard against hangs, not a benchmark. */
const HANG_GUARD_MS = 300_000;

async function jsonLines(mentions: readonly Mention[]): Promise<string> {
  const chunks: Buffer[] = [];
  await printMentions(mentions, 'jsonl', async (chunk) => {
    chunks.push(Buffer.from(chunk));
  });
  return Buffer.concat(chunks).toString('utf8');
}

/** The seeds in turn, each followed by a blank line, up to `bytes` of UTF-8. */
function seedText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const seed = `${SEEDS[i % SEEDS.length]}\n\n`;
    parts.push(seed);
    size += Buffer.byteLength(seed, 'utf8');
  }
  return parts.join('');
}

describe('recognize in parts on worker threads', function () {
  this.timeout(HANG_GUARD_MS);

  /** Small parts, all recognized by the workers: the seeds are cut into several. */
  const SMALL_PARTS = { unitsPerThread: 1, partUnits: 1000, recognizeHere: false };
  const byWorkers = (partsByThread: number[]) => partsByThread.slice(1).reduce((sum, n) => sum + n, 0);

  it('each seed cut into parts recognized by two worker threads gives what the whole seed gives; the seeds together with a workspace knowledge base too', async () => {
    for (const text of SEEDS) {
      const { mentions, partsByThread } = await recognizeInParts(text, {}, bundledRecognizer, bundledKnowledgeBase(), { threads: 3, ...SMALL_PARTS });
      assert.equal(partsByThread[0], 0);
      assert.ok(byWorkers(partsByThread) > 1, `the seed was not cut: ${partsByThread.join(', ')}`);
      assert.equal(await jsonLines(mentions), await jsonLines(bundledRecognizer().recognize(text)));
    }
    const kbText = readFileSync(KB_FILE, 'utf8');
    const { knowledgeBase } = withWorkspaceFile(kbText, KB_FILE);
    const withFile = new Recognizer(knowledgeBase);
    const text = SEEDS.join('\n\n');
    const { mentions, partsByThread } = await recognizeInParts(text, {}, () => withFile, knowledgeBase, { threads: 2, ...SMALL_PARTS });
    assert.ok(byWorkers(partsByThread) > 1);
    assert.equal(await jsonLines(mentions), await jsonLines(withFile.recognize(text)));
  });

  it('the workers recognize with the knowledge base they are given, an entity added in code included', async () => {
    const knowledgeBase = bundledKnowledgeBase().withOverrides({
      entities: [{ id: 'person:zorro-vega', type: 'person', name: 'Zorro Vega', aliases: { en: ['Zorro Vega'] }, roles: [] }],
    });
    const recognizer = new Recognizer(knowledgeBase);
    const text = SEEDS.map((seed) => `${seed}\n\nZorro Vega spoke.`).join('\n\n');
    const { mentions, partsByThread } = await recognizeInParts(text, {}, () => recognizer, knowledgeBase, { threads: 2, ...SMALL_PARTS });
    assert.ok(byWorkers(partsByThread) > 1);
    assert.equal(mentions.filter((m) => m.id === 'person:zorro-vega').length, SEEDS.length);
    assert.equal(await jsonLines(mentions), await jsonLines(recognizer.recognize(text)));
  });

  it('options reach every part: a reference year, and no candidates', async () => {
    const text = SEEDS.join('\n\n');
    for (const options of [{ referenceYear: 1999 }, { candidates: false }]) {
      const { mentions, partsByThread } = await recognizeInParts(text, options, bundledRecognizer, bundledKnowledgeBase(), { threads: 2, ...SMALL_PARTS });
      assert.ok(byWorkers(partsByThread) > 1);
      assert.equal(await jsonLines(mentions), await jsonLines(bundledRecognizer().recognize(text, options)));
    }
  });

  it('mentions go to a thread and back with every field, as they were', () => {
    const part = 'Putin met Lukashenko in Minsk on 27 novembre.';
    const mentions: Mention[] = [
      { start: 0, end: 5, text: 'Putin', type: 'person', id: 'person:vladimir-putin', name: 'Vladimir Putin', alternatives: ['person:a', 'person:b'] },
      { start: 10, end: 20, text: 'Lukashenko', type: 'candidate', role: 'President', guess: 'organization' },
      { start: 24, end: 29, text: 'Minsk ', type: 'place', approximate: true },
      { start: 33, end: 45, text: '27 novembre.', type: 'date', iso: '--11-27', approximate: false },
    ];
    const decoded: Mention[] = [];
    decodeMentions(encodeMentions(mentions, part), `xyz${part}`, 3, decoded);
    assert.deepEqual(
      decoded,
      mentions.map((m) => ({ ...m, start: m.start + 3, end: m.end + 3 })),
    );
    assert.throws(() => encodeMentions([{ ...mentions[0], extra: 1 } as Mention], part), /extra/);
  });

  it('recognize FILE --jsonl on 20 MB made from the seeds, on two threads or on one, prints what recognizing it at once prints', async () => {
    const text = seedText(20_000_000);
    const whole = bundledRecognizer().recognize(text);
    const expected = await jsonLines(whole);
    const { mentions, partsByThread } = await recognizeInParts(text, {}, bundledRecognizer, bundledKnowledgeBase(), { threads: 2 });
    assert.ok(partsByThread[0] > 0 && partsByThread[1] > 0, `each thread recognizes parts: ${partsByThread.join(', ')}`);
    assert.ok((await jsonLines(mentions)) === expected, 'the mentions recognized in parts on two threads differ from those of the whole text');
    const dir = mkdtempSync(join(tmpdir(), 'news-annotator-parts-'));
    try {
      const file = join(dir, 'large.txt');
      writeFileSync(file, text);
      const run = spawnSync(process.execPath, [CLI, 'recognize', file, '--jsonl', '--threads', '2'], { encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 256 * 1024 * 1024 });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.stdout === expected, 'recognize --jsonl --threads 2 printed other mentions than recognizing the whole text');
      const one = spawnSync(process.execPath, [CLI, 'recognize', file, '--jsonl', '--threads', '1'], { encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 256 * 1024 * 1024 });
      assert.equal(one.status, 0, one.stderr);
      assert.ok(one.stdout === expected, 'recognize --jsonl --threads 1 printed other mentions than recognizing the whole text');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
