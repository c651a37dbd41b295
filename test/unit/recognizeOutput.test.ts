// What `recognize --json` and `recognize --jsonl` print: the same mentions, with the same fields,
// as JSON.stringify gives them (indented for --json, one compact object per line for --jsonl);
// and through the command line (`node dist/cli.js`, built first), offsets that find the text in
// the article.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { type MentionFormat, printMentions } from '../../src/cli/printMentions';
import type { Mention } from '../../src/core/recognizer/mention';
import { bundledRecognizer } from './namesFound';
import { prng } from '../fuzz/editScripts';
import { randomText } from './hostileText';

const REPO = join(__dirname, '../../..');
const CLI = join(REPO, 'dist/cli.js');
const SEEDS = ['seeds/000_3208a376056ee470.txt', 'seeds/003_4e930db99411c7ec.txt'];
/** Starting Node is most of it: a guard against hangs, not a benchmark. */
const HANG_GUARD_MS = 30_000;

/** The fields `recognize` prints, in its order; JSON.stringify leaves out the undefined ones. */
function printed(m: Mention) {
  const { start, end, text, type, id, name, alternatives, iso, role, guess, approximate } = m;
  return { start, end, text, type, id, name, alternatives, iso, role, guess, approximate };
}

/** What `printMentions` writes, which must be well-formed UTF-8, as text. */
async function output(mentions: readonly Mention[], format: MentionFormat): Promise<string> {
  const chunks: Buffer[] = [];
  await printMentions(mentions, format, async (chunk) => {
    // A copy: the writer may be handed a buffer that is then reused.
    chunks.push(Buffer.from(chunk));
  });
  const bytes = Buffer.concat(chunks);
  assert.ok(isUtf8(bytes), `${format} output is not well-formed UTF-8`);
  return bytes.toString('utf8');
}

function randomMentions(random: () => number, count: number): Mention[] {
  const types = ['person', 'organization', 'place', 'event', 'date', 'candidate'] as const;
  const maybe = <T>(value: T): T | undefined => (random() < 0.5 ? value : undefined);
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * 2 ** (random() < 0.1 ? 52 : 20));
    const id = maybe(`person:${randomText(random, 12)}`);
    return {
      start,
      end: start + Math.floor(random() * 100),
      text: randomText(random, 12),
      type: types[Math.floor(random() * types.length)],
      id,
      name: maybe(randomText(random, 12)),
      iso: maybe(randomText(random, 12)),
      approximate: maybe(random() < 0.5),
      alternatives: maybe(Array.from({ length: Math.floor(random() * 3) }, () => `place:${randomText(random, 8)}`)),
      role: maybe(randomText(random, 12)),
      guess: maybe(random() < 0.5 ? ('organization' as const) : ('place' as const)),
    };
  });
}

/** Mentions with what JSON must escape, and every optional field present or absent. */
const UNUSUAL: Mention[] = [
  { start: 0, end: 9, text: 'a "b" \\ c', type: 'person', id: 'person:x', name: 'X "the" Y' },
  { start: 10, end: 13, text: 'a\u2028b', type: 'candidate', role: 'minister' },
  { start: 10, end: 30, text: 'Interior Ministry', type: 'candidate', guess: 'organization' },
  { start: 0, end: 6, text: 'Georgia', type: 'place', id: 'place:georgia', name: 'Georgia', alternatives: ['place:georgia-us', 'a "quoted"\u2028id'] },
  { start: 0, end: 6, text: 'Georgia', type: 'place', id: 'place:georgia', name: 'Georgia', alternatives: [] },
  { start: 14, end: 20, text: 'Mosca\u2029', type: 'place', id: 'place:moscow', name: 'Moscow', approximate: true },
  { start: 21, end: 31, text: '2022-11-23', type: 'date', iso: '2022-11-23' },
  { start: 32, end: 40, text: 'Lukashen\tko', type: 'person', id: 'person:x', name: 'Another name', approximate: false },
  { start: 41, end: 45, text: 'Mars', type: 'place', name: 'Mars' },
];

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  assert.notEqual(result.signal, 'SIGTERM', `news-annotator ${args.join(' ')} did not finish in ${HANG_GUARD_MS} ms`);
  return result;
}

describe('recognize output: --json and --jsonl', () => {
  const seedMentions = SEEDS.map((file) => bundledRecognizer().recognize(readFileSync(join(REPO, file), 'utf8')));

  it('--json is the indented JSON array JSON.stringify writes, for the seeds and for mentions with characters to escape', async () => {
    for (const mentions of [...seedMentions, UNUSUAL, []]) {
      assert.equal(await output(mentions, 'json'), `${JSON.stringify(mentions.map(printed), null, 2)}\n`);
    }
  });

  it('--json and --jsonl are what JSON.stringify writes for random mentions with astral characters, quotes, control characters and lone surrogates', async () => {
    const random = prng(20251205);
    for (let round = 0; round < 200; round++) {
      const mentions = randomMentions(random, 1 + Math.floor(random() * 20));
      const expectedLines = mentions.map((m) => JSON.stringify(printed(m)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
      assert.equal(await output(mentions, 'jsonl'), expectedLines.map((line) => `${line}\n`).join(''));
      assert.equal(await output(mentions, 'json'), `${JSON.stringify(mentions.map(printed), null, 2)}\n`);
    }
  });

  it('output larger than a chunk, with many-byte characters across the chunks\' edges, is the same as JSON.stringify', async () => {
    const random = prng(7);
    const mentions = randomMentions(random, 60_000);
    assert.equal(await output(mentions, 'json'), `${JSON.stringify(mentions.map(printed), null, 2)}\n`);
    const long: Mention[] = [{ start: 0, end: 1, text: '😀"\u0001'.repeat(400_000), type: 'candidate' }];
    assert.equal(await output(long, 'jsonl'), `${JSON.stringify(printed(long[0]))}\n`);
  });

  it('--jsonl is one compact object per mention per line, the same fields as --json, line separators escaped', async () => {
    for (const mentions of [...seedMentions, UNUSUAL]) {
      const lines = (await output(mentions, 'jsonl')).split('\n');
      assert.equal(lines.pop(), '', 'every line ends with a line feed');
      assert.equal(lines.length, mentions.length);
      lines.forEach((line, i) => {
        assert.doesNotMatch(line, /[\u2028\u2029]/);
        assert.equal(line, JSON.stringify(printed(mentions[i])).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
      });
      assert.deepEqual(
        lines.map((l) => JSON.parse(l)),
        JSON.parse(await output(mentions, 'json')),
      );
    }
    assert.equal(await output([], 'jsonl'), '', 'no mentions, no lines');
  });

  it('recognize FILE --jsonl prints what --json prints, a line each, with offsets into the article', function () {
    this.timeout(2 * HANG_GUARD_MS + 5000);
    const file = SEEDS[0];
    const text = readFileSync(join(REPO, file), 'utf8');
    const json = cli('recognize', file, '--json');
    const jsonl = cli('recognize', file, '--jsonl');
    assert.equal(json.status, 0, json.stderr);
    assert.equal(jsonl.status, 0, jsonl.stderr);
    const array = JSON.parse(json.stdout) as { start: number; end: number; text: string; type: string; id?: string }[];
    const lines = jsonl.stdout.split('\n').filter((l) => l !== '');
    assert.ok(lines.length > 20, `the seed has people, places and dates (${lines.length} lines)`);
    assert.deepEqual(
      lines.map((l) => JSON.parse(l)),
      array,
    );
    for (const m of array) assert.equal(text.slice(m.start, m.end), m.text, `${m.start}-${m.end} is ${JSON.stringify(m.text)}`);
    assert.ok(array.some((m) => m.type === 'person' && m.id === 'person:vladimir-putin'));
    assert.ok(array.some((m) => m.type === 'date'));
  });

  it('the built command line finds in every seed what the recognizer built from the source finds: the knowledge base it carries is the same', function () {
    this.timeout(SEEDS.length * (HANG_GUARD_MS + 5000));
    SEEDS.forEach((file, k) => {
      const run = cli('recognize', file, '--json');
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), JSON.parse(JSON.stringify(seedMentions[k].map(printed))), file);
    });
  });

  it('recognize into a reader that stops after one line (`| head -1`) ends quietly, with status 0', async function () {
    this.timeout(HANG_GUARD_MS);
    const article = join(tmpdir(), `news-annotator-pipe-${process.pid}.txt`);
    // Several MB of output, far more than a pipe holds, so that the writes outlive the reader.
    writeFileSync(article, SEEDS.map((seed) => readFileSync(join(REPO, seed), 'utf8')).join('\n').repeat(40));
    try {
      for (const format of ['--json', '--jsonl']) {
        const child = spawn(process.execPath, [CLI, 'recognize', article, format], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.once('data', () => child.stdout.destroy());
        const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
        assert.equal(stderr, '', `${format}: nothing on stderr`);
        assert.equal(status, 0, `${format}: exit status`);
      }
    } finally {
      rmSync(article, { force: true });
    }
  });

  it('--json and --jsonl together are a usage error', () => {
    const run = cli('recognize', SEEDS[0], '--json', '--jsonl');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^news-annotator: give --json or --jsonl, not both\n/);
    assert.equal(run.stdout, '');
  });
});
