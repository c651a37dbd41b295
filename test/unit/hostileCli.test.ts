// Hostile and broken input through the command line (`node dist/cli.js …`): the same messages as
// the core, on stderr, with a non-zero exit code; no crash, no hang; and an export never writes
// over an existing file without --force, nor ever over a fact file, an article or the knowledge
// base. The 50 MB and 5 MB articles are generated into a temporary folder by
// scripts/make-hostile-fixtures.mjs. The timing assertions are guards against hangs only; a run
// of the CLI includes starting Node (about half a second).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileOutput, createFolderOutput, NodeWorkspaceFiles, OutputExistsError, ProtectedFiles } from '../../src/cli/nodeFiles';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { formatProblem, type Problem } from '../../src/core/problems';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { decodeText, nulCharactersProblem, stripByteOrderMark } from '../../src/core/text/articleText';
import { annotatedArticles, type SkippedFactFile } from '../../src/core/workspace/articles';
import { withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';

// Compiled to out/test/unit; the CLI bundle, the script and the fixtures are found from the root.
const REPO = join(__dirname, '../../..');
const CLI = join(REPO, 'dist/cli.js');
const HOSTILE = 'test/fixtures/hostile';
const FACT_FILES = `${HOSTILE}/fact-files`;
const KB = `${HOSTILE}/knowledge-base`;
const ARTICLES = `${HOSTILE}/articles`;

/** A small file through the CLI, Node's start included: a guard against hangs, not a benchmark. */
const CLI_HANG_GUARD_MS = 15_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], options: { stdoutFile?: string; limit?: number } = {}): Run {
  const fd = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined;
  const start = performance.now();
  try {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    if (result.error) throw result.error;
    const limit = options.limit ?? CLI_HANG_GUARD_MS;
    assert.ok(ms < limit, `news-annotator ${args.join(' ')} took ${ms.toFixed(0)} ms (limit ${limit} ms)`);
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr, ms };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** Every file under `dir`, with its bytes. */
function snapshot(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of snapshot(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel)));
  }
  return files;
}

function assertUnchanged(dir: string, before: Map<string, Buffer>): void {
  const after = snapshot(dir);
  assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), `no file appeared or went in ${dir}`);
  for (const [path, bytes] of before) assert.ok(after.get(path)!.equals(bytes), `${path} is unchanged`);
}

/** The newest modification time under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The problems the core reports for a knowledge-base file, with the path the CLI was given. */
function knowledgeBaseProblems(path: string): Problem[] {
  const decoded = decodeText(readFileSync(join(REPO, path)), path);
  return decoded.ok ? withWorkspaceFile(decoded.text, path).problems : [decoded.problem];
}

interface JsonMention {
  start: number;
  end: number;
  text: string;
  type: string;
  id?: string;
}

describe('hostile input (command line)', function () {
  this.timeout(120_000);
  let tmp: string;

  before(() => {
    if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest(join(REPO, 'src'))) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-hostile-'));
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  describe('recognize', () => {
    for (const name of ['alias-bomb', 'deep-nesting', 'proto-keys', 'duplicate-ids', 'unknown-version', 'invalid-utf8', 'bad-aliases']) {
      it(`a knowledge base (${name}.yaml): exits 1 with the core's messages, and still recognizes`, () => {
        const kb = `${KB}/${name}.yaml`;
        const expected = knowledgeBaseProblems(kb).map(formatProblem);
        assert.ok(expected.length > 0);
        const run = cli(['recognize', `${KB}/bad-aliases-sample.txt`, '--kb', kb, '--json']);
        assert.equal(run.status, 1, run.stderr);
        assert.deepEqual(lines(run.stderr), expected);
        // Each says where, and at least one is an error: that is what exit status 1 says.
        for (const line of expected) assert.match(line, new RegExp(`^${kb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: (error|warning): `));
        assert.ok(expected.some((line) => line.includes(': error: ')));
        assert.ok(Array.isArray(JSON.parse(run.stdout)), 'the bundled knowledge base is still used');
      });
    }

    it('an empty knowledge base: no entities of its own, no message, exit 0', () => {
      const run = cli(['recognize', `${FACT_FILES}/offsets-out-of-range.txt`, '--kb', `${KB}/empty.yaml`, '--json']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.deepEqual(JSON.parse(run.stdout).map((m: JsonMention) => m.text), ['Putin', 'Lukashenko', 'Minsk']);
    });

    it('metacharacter aliases match literally', () => {
      const run = cli(['recognize', `${KB}/bad-aliases-sample.txt`, '--kb', `${KB}/bad-aliases.yaml`, '--json']);
      const club = (JSON.parse(run.stdout) as JsonMention[]).filter((m) => m.id === 'organization:cpp-regex-club');
      assert.deepEqual(club.map((m) => m.text), ['C# C++ (.*)?[]', '(.*) RE', '^$|\\d+{2,}', '$& $1 $2 $$', '[a-z]+\\', '(?<xy>']);
    });

    for (const [name, pattern] of [
      ['invalid-utf8.txt', /^test\/fixtures\/hostile\/articles\/invalid-utf8\.txt:2:18: error: not valid UTF-8 text: the byte 0xFF at byte offset 39 begins no well-formed UTF-8 sequence$/],
      ['utf16.txt', /^test\/fixtures\/hostile\/articles\/utf16\.txt:1:1: error: not valid UTF-8 text: the byte 0xFF at byte offset 0 .*\(it looks like UTF-16: save it as UTF-8\)$/],
    ] as const) {
      it(`an article that is not UTF-8 (${name}): exit 3, the file, line and byte offset, and no output`, () => {
        const path = `${ARTICLES}/${name}`;
        const run = cli(['recognize', path, '--json']);
        assert.equal(run.status, 3);
        assert.equal(run.stdout, '', 'no mentions with offsets shifted by replacement characters');
        const decoded = decodeText(readFileSync(join(REPO, path)), path);
        assert.ok(!decoded.ok);
        if (!decoded.ok) assert.equal(run.stderr, `${formatProblem(decoded.problem)}\n`, 'the core\'s message');
        assert.match(run.stderr.trim(), pattern);
      });
    }

    it('NUL bytes: a warning, and the mentions around them, at the right offsets', () => {
      const path = `${ARTICLES}/nul-bytes.txt`;
      const source = readFileSync(join(REPO, path), 'utf8');
      const run = cli(['recognize', path, '--json']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, `${formatProblem(nulCharactersProblem(source, path)!)}\n`);
      const mentions = JSON.parse(run.stdout) as JsonMention[];
      assert.deepEqual(mentions, JSON.parse(JSON.stringify(new Recognizer(bundledKnowledgeBase()).recognize(source).map(({ start, end, text, type, id, name, iso }) => ({ start, end, text, type, id, name, iso })))));
      assert.ok(mentions.some((m) => m.text === 'Lukashenko'));
      for (const m of mentions) assert.equal(source.slice(m.start, m.end), m.text);
      const table = cli(['recognize', path]);
      assert.ok(!table.stdout.includes('\0'), 'no raw NUL reaches the terminal');
    });

    it('an empty article: no mentions, and a note', () => {
      const run = cli(['recognize', `${ARTICLES}/empty.txt`, '--json']);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '[]\n');
      assert.equal(run.stderr, `${ARTICLES}/empty.txt:1:1: warning: the file is empty: there is nothing to recognize\n`);
    });

    it('a byte-order mark and CRLF line ends: offsets slice the text as an editor shows it', () => {
      const path = `${FACT_FILES}/bom-crlf.txt`;
      const source = stripByteOrderMark(readFileSync(join(REPO, path), 'utf8'));
      const run = cli(['recognize', path, '--json']);
      assert.equal(run.status, 0, run.stderr);
      const mentions = JSON.parse(run.stdout) as JsonMention[];
      assert.ok(mentions.length > 5);
      for (const m of mentions) assert.equal(source.slice(m.start, m.end), m.text);
      assert.equal(mentions[0].start, 0, 'CSTO is at 0: the mark is not counted');
    });

    it('a folder or a missing file instead of an article: exit 3 with a message', () => {
      const folder = cli(['recognize', ARTICLES]);
      assert.equal(folder.status, 3);
      assert.equal(folder.stderr, `${ARTICLES}:1:1: error: is a folder, not a file\n`);
      const missing = cli(['recognize', `${ARTICLES}/no-such.txt`]);
      assert.equal(missing.status, 3);
      assert.match(missing.stderr, /no-such\.txt: no such file/);
    });

    describe('large articles', function () {
      this.timeout(600_000);
      let big: Record<string, string>;

      before(() => {
        const made = spawnSync(process.execPath, ['scripts/make-hostile-fixtures.mjs', join(tmp, 'large')], { cwd: REPO, encoding: 'utf8' });
        assert.equal(made.status, 0, made.stderr);
        big = JSON.parse(made.stdout);
      });
      afterEach(() => {
        for (const name of readdirSync(tmp)) if (name.endsWith('.out')) rmSync(join(tmp, name));
      });

      it('a 5 MB article on one line: recognize finishes, every offset right', () => {
        const source = readFileSync(big['long-line'], 'utf8');
        assert.equal(Buffer.byteLength(source), 5 * 1024 * 1024);
        assert.ok(!source.includes('\n'));
        const out = join(tmp, 'long-line.out');
        const run = cli(['recognize', big['long-line'], '--json'], { stdoutFile: out, limit: 60_000 });
        process.stdout.write(`      (recognize --json, 5 MB on one line: ${(run.ms / 1000).toFixed(1)} s)\n`);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stderr, '', 'under the size at which the CLI warns');
        const mentions = JSON.parse(readFileSync(out, 'utf8')) as JsonMention[];
        assert.ok(mentions.length > 10_000, `${mentions.length} mentions`);
        for (const m of mentions) if (source.slice(m.start, m.end) !== m.text) assert.fail(`${m.start}-${m.end} is not ${m.text}`);
      });

      it('a 50 MB article: recognize finishes, with a warning that it is far larger than an article', () => {
        const out = join(tmp, 'big.out');
        const run = cli(['recognize', big.big], { stdoutFile: out, limit: 300_000 });
        process.stdout.write(`      (recognize, 50 MB: ${(run.ms / 1000).toFixed(1)} s)\n`);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stderr, `${big.big}:1:1: warning: 50 MB is far more than a news article; recognizing it takes a while\n`);
        assert.ok(statSync(out).size > 1_000_000);
        const source = readFileSync(big.big, 'utf8');
        // The table's first rows name text that is where they say.
        for (const row of readFileSync(out, 'utf8').slice(0, 4000).split('\n').slice(0, 20)) {
          const [, start, end, rest] = /^(\d+)-(\d+)\s+\S+\s+(.*)$/.exec(row)!;
          assert.ok(rest.startsWith(source.slice(Number(start), Number(end)).replace(/\s+/g, ' ')), row);
        }
      });
    });
  });

  describe('export', () => {
    let ws: string;
    let initial: Map<string, Buffer>;

    beforeEach(() => {
      // A copy of the hostile workspace, so that nothing the tests do can reach the fixtures.
      ws = mkdtempSync(join(tmp, 'workspace-'));
      cpSync(join(REPO, FACT_FILES), ws, { recursive: true });
      initial = snapshot(ws);
    });

    it('reports every skipped fact file with the core\'s message, the left-out mentions at their lines, and exits 1', async () => {
      const out = join(tmp, 'hostile.jsonl');
      const run = cli(['export', ws, '--format', 'jsonl', '--out', out, '--strict']);
      assert.equal(run.status, 1, run.stderr);
      const stderr = lines(run.stderr);

      const skipped: SkippedFactFile[] = [];
      for await (const _ of annotatedArticles(new NodeWorkspaceFiles(ws), (s) => skipped.push(s)));
      assert.equal(skipped.length, 11);
      for (const s of skipped) for (const p of s.problems) assert.ok(stderr.includes(formatProblem({ ...p, file: join(ws, p.file) })), `${formatProblem(p)}\n${run.stderr}`);

      const factFile = readFileSync(join(ws, 'offsets-out-of-range.facts.yaml'), 'utf8').split('\n');
      for (const id of ['m-7a7542183b', 'm-f00cb7bbb0']) {
        const line = factFile.findIndex((l) => l.includes(`- id: ${id}`)) + 1;
        assert.ok(stderr.some((l) => l.startsWith(`${join(ws, 'offsets-out-of-range.facts.yaml')}:${line}:5: warning: mentions[`) && l.includes(`mention ${id} `)), `${id} at line ${line}\n${run.stderr}`);
      }
      assert.match(stderr[stderr.length - 1], /^news-annotator: exported 2 articles, \d+ mentions and 1 fact as jsonl to .*; skipped 11 fact files; left out 2 mentions$/);

      // The article with a byte-order mark and CRLF: quotes are the text at their offsets.
      const text = stripByteOrderMark(readFileSync(join(ws, 'bom-crlf.txt'), 'utf8'));
      const record = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l)).find((r) => r.path === 'bom-crlf.txt');
      assert.ok(record.mentions.length >= 8);
      for (const m of record.mentions) assert.equal(text.slice(m.start, m.end), m.quote);
      assertUnchanged(ws, initial);

      const lenient = cli(['export', ws, '--format', 'jsonl', '--out', join(tmp, 'lenient.jsonl')]);
      assert.equal(lenient.status, 1, 'without --strict too: an incomplete dataset always exits 1');
      assert.ok(existsSync(join(tmp, 'lenient.jsonl')), 'and is written');
    });

    it('refuses to write over an existing file without --force, naming it, and leaves its bytes', () => {
      const out = join(tmp, 'existing.csv');
      writeFileSync(out, 'precious\n');
      const run = cli(['export', ws, '--format', 'csv', '--out', out]);
      assert.equal(run.status, 3);
      assert.equal(run.stderr, `news-annotator: ${out} already exists; give --force to replace it; nothing written\n`);
      assert.equal(readFileSync(out, 'utf8'), 'precious\n');
      assert.ok(!readdirSync(tmp).some((n) => n.includes('.partial')));

      const forced = cli(['export', ws, '--format', 'csv', '--out', out, '--force']);
      assert.equal(forced.status, 1, `written, with the hostile workspace's fact files left out\n${forced.stderr}`);
      assert.notEqual(readFileSync(out, 'utf8'), 'precious\n');
      assertUnchanged(ws, initial);
    });

    it('never writes over a fact file, an article or the knowledge base, even with --force', () => {
      const kb = join(tmp, 'kb-for-export.yaml');
      writeFileSync(kb, 'version: 1\nentities: []\n');
      // Another workspace: its articles are known by the fact files beside them.
      const other = mkdtempSync(join(tmp, 'other-workspace-'));
      cpSync(join(REPO, FACT_FILES), other, { recursive: true });
      const otherBefore = snapshot(other);
      // Another name for the article (a hard link: a symbolic link is refused as a link before that).
      const link = join(tmp, 'a-link-to-the-article.txt');
      rmSync(link, { force: true });
      linkSync(join(ws, 'bom-crlf.txt'), link);
      const cases: [string, string, string][] = [
        ['jsonl', join(ws, 'bom-crlf.facts.yaml'), 'a fact file (*.facts.yaml)'],
        ['jsonl', join(ws, 'new.facts.yaml'), 'a fact file (*.facts.yaml)'],
        ['csv', join(ws, 'bom-crlf.txt'), 'the article'],
        ['conll', link, 'the article bom-crlf.txt'],
        ['w3c', kb, 'the knowledge base'],
        ['brat', ws, 'the article'],
        ['brat', other, 'the article of'],
        ['jsonl', join(other, 'bom-crlf.txt'), 'the article of'],
      ];
      for (const [format, out, what] of cases) {
        const kbBefore = readFileSync(kb);
        const run = cli(['export', ws, '--format', format, '--out', out, '--force', '--kb', kb]);
        assert.equal(run.status, 3, `${format} over ${out}: ${run.stderr}`);
        assert.match(lines(run.stderr).pop()!, new RegExp(`^news-annotator: refusing to write over .*: it is ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*; nothing written$`));
        assert.ok(readFileSync(kb).equals(kbBefore));
        assertUnchanged(ws, initial);
        assertUnchanged(other, otherBefore);
        assert.ok(!existsSync(join(ws, 'new.facts.yaml')));
        assert.ok(!readdirSync(tmp).some((n) => n.includes('.partial')), 'no staging left behind');
      }
    });

    it('writes outside the workspace, or in a folder of its own inside it', () => {
      const outside = cli(['export', ws, '--format', 'brat', '--out', join(tmp, 'brat-outside')]);
      assert.equal(outside.status, 1, outside.stderr);
      assert.ok(existsSync(join(tmp, 'brat-outside', 'bom-crlf.ann')));
      const inside = cli(['export', ws, '--format', 'jsonl', '--out', join(ws, 'exports', 'dataset.jsonl')]);
      assert.equal(inside.status, 1, inside.stderr);
      assert.ok(existsSync(join(ws, 'exports', 'dataset.jsonl')));
    });
  });

  describe('export outputs (in process)', () => {
    it('a file that appears while the export runs is not replaced', async () => {
      const target = join(tmp, 'race.jsonl');
      rmSync(target, { force: true });
      const output = await createFileOutput(target);
      await output.write('the export\n');
      writeFileSync(target, 'written meanwhile\n');
      await assert.rejects(output.commit(), OutputExistsError);
      await output.abort();
      assert.equal(readFileSync(target, 'utf8'), 'written meanwhile\n');
      assert.ok(!readdirSync(tmp).some((n) => n.includes('.partial')));
    });

    it('a brat folder moves nothing when one of its files would replace a protected one', async () => {
      const folder = mkdtempSync(join(tmp, 'brat-'));
      writeFileSync(join(folder, 'article.txt'), 'the article');
      const protect = new ProtectedFiles();
      protect.add(join(folder, 'article.txt'), 'the article article.txt');
      const output = await createFolderOutput(folder, { protect });
      await output.writeFile('a.ann', 'T1\tPER 0 5\tPutin\n');
      await output.writeFile('article.txt', 'replaced');
      await assert.rejects(output.commit(), /refusing to write over .*article\.txt: it is the article article\.txt/);
      await output.abort();
      assert.deepEqual(readdirSync(folder), ['article.txt']);
      assert.equal(readFileSync(join(folder, 'article.txt'), 'utf8'), 'the article');
    });

    it('--force replaces a file, and a folder is never taken for a file', async () => {
      const target = join(tmp, 'forced.jsonl');
      writeFileSync(target, 'old');
      const output = await createFileOutput(target, { overwrite: true });
      await output.write('new');
      await output.commit();
      assert.equal(readFileSync(target, 'utf8'), 'new');
      mkdirSync(join(tmp, 'a-folder'), { recursive: true });
      await assert.rejects(createFileOutput(join(tmp, 'a-folder'), { overwrite: true }), /is a folder/);
    });
  });
});
