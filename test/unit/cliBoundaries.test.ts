// What the command line reads, what it writes over, what its exit status says and what it prints
// (`node dist/cli.js …`, built first): symbolic links out of the workspace, special files given
// as inputs or outputs, the workspace's own files as export targets, two fact files that claim one
// article, usage errors, and messages that could act on a terminal. Real links, FIFOs, sockets and
// devices; a test that needs what the platform does not have is skipped, saying why.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFolderOutput, NodeWorkspaceFiles, OutputFailedError } from '../../src/cli/nodeFiles';
import { RefusedFileError } from '../../src/core/workspace/files';

const REPO = join(__dirname, '../../..');
const CLI = join(REPO, 'dist/cli.js');
/** Starting Node is most of it: a guard against hangs (a FIFO read waits for ever), not a benchmark. */
const HANG_GUARD_MS = 15_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: HANG_GUARD_MS });
  if (result.error) throw result.error;
  assert.notEqual(result.signal, 'SIGTERM', `news-annotator ${args.join(' ')} did not finish in ${HANG_GUARD_MS} ms`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

interface MentionSpec {
  id: string;
  entity: string;
  quote: string;
  /** Where it is; default: the quote's first occurrence. */
  start?: number;
  orphaned?: boolean;
}

interface AttendanceSpec {
  id: string;
  person: string;
  event: string;
  evidence: string[];
}

/** A valid fact file for `articleFile` with that text, as JSON (which YAML reads). */
function factFile(articleFile: string, text: string, mentions: MentionSpec[] = [], facts: AttendanceSpec[] = [], publisher = 'Example Wire'): string {
  return JSON.stringify(
    {
      schema: 'news-annotator/facts@1',
      article: { file: articleFile, language: 'en', publisher, textHash: `sha256:${createHash('sha256').update(text).digest('hex')}` },
      mentions: mentions.map((m) => {
        const start = m.start ?? text.indexOf(m.quote);
        return { id: m.id, entity: m.entity, quote: m.quote, prefix: '', suffix: '', start, end: start + m.quote.length, ...(m.orphaned ? { orphaned: true } : {}) };
      }),
      facts: facts.map((f) => ({ type: 'attendance', status: 'attended', ...f })),
      rejections: [],
    },
    null,
    2,
  );
}

const ARTICLE = 'Vladimir Putin arrived in Yerevan for the CSTO summit.';
const PUTIN: MentionSpec = { id: 'm-putin00001', entity: 'person:vladimir-putin', quote: 'Vladimir Putin' };
const YEREVAN: MentionSpec = { id: 'm-yerevan001', entity: 'place:yerevan', quote: 'Yerevan' };

/** Writes an article and its fact file into `dir`. */
function annotate(dir: string, name: string, text = ARTICLE, mentions: MentionSpec[] = [PUTIN, YEREVAN], facts: AttendanceSpec[] = []): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.txt`), text);
  writeFileSync(join(dir, `${name}.facts.yaml`), factFile(`${name}.txt`, text, mentions, facts));
}

/** Every file under `dir`, as relative paths. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** The bytes of every file under `dir` joined: to look for a secret anywhere in an output. */
function everything(path: string): string {
  if (!existsSync(path)) return '';
  if (!statSync(path).isDirectory()) return readFileSync(path, 'latin1');
  return filesUnder(path)
    .map((f) => readFileSync(join(path, f), 'latin1'))
    .join('\n');
}

function mkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('command line: what it reads, writes over, exits with and prints', function () {
  this.timeout(120_000);
  let tmp: string;
  let ws: string;
  let out: string;

  before(() => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-boundaries-'));
    ws = join(tmp, 'ws');
    out = join(tmp, 'out');
    mkdirSync(ws);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  describe('symbolic links out of the workspace', () => {
    const SECRET = '-----BEGIN OPENSSH PRIVATE KEY----- do not export me';

    it('an article that is a link to a file outside is never read: the fact file is reported, naming the link', function () {
      writeFileSync(join(tmp, 'id_rsa'), SECRET);
      symlinkSync(join(tmp, 'id_rsa'), join(ws, 'a.txt'));
      writeFileSync(join(ws, 'a.facts.yaml'), factFile('a.txt', SECRET));
      annotate(ws, 'b');
      for (const format of ['brat', 'jsonl', 'csv', 'w3c', 'conll']) {
        const target = join(out, format);
        const run = cli('export', ws, '--format', format, '--out', target);
        assert.equal(run.status, 1, `${format}: written without it, and incomplete\n${run.stderr}`);
        assert.ok(!everything(target).includes('do not export me'), `${format}: the linked file's bytes are nowhere in the export`);
        assert.match(run.stderr, /a\.facts\.yaml:\d+:\d+: error: article\.file: the article a\.txt is a symbolic link that leads outside the workspace; it is not read/);
        assert.match(lines(run.stderr).pop()!, /exported 1 article(,| and) .*; skipped 1 fact file$/);
      }
    });

    it('a fact file that is a link to one outside, or under a linked folder, is not read', () => {
      const elsewhere = join(tmp, 'elsewhere');
      annotate(elsewhere, 'outside', 'Alexander Lukashenko spoke in Minsk.', [{ id: 'm-lukash0001', entity: 'person:alexander-lukashenko', quote: 'Alexander Lukashenko' }]);
      symlinkSync(join(elsewhere, 'outside.facts.yaml'), join(ws, 'outside.facts.yaml'));
      symlinkSync(elsewhere, join(ws, 'linked'));
      annotate(ws, 'b');
      const run = cli('export', ws, '--format', 'jsonl', '--out', out);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /outside\.facts\.yaml:1:1: error: is a symbolic link that leads outside the workspace; it is not read/);
      assert.match(run.stderr, /linked:1:1: error: is a symbolic link to a folder outside the workspace; the fact files in it are not read/, 'the linked folder is named, not skipped unsaid');
      assert.match(lines(run.stderr).pop()!, /; skipped 1 fact file; did not enter 1 linked folder$/);
      const records = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l));
      assert.deepEqual(records.map((r) => r.path), ['b.txt'], 'nothing from the linked fact file nor the linked folder');
      assert.ok(!readFileSync(out, 'utf8').includes('Lukashenko'));
    });

    it("the workspace's knowledge base under a linked folder leading outside is not read, and is reported", () => {
      const elsewhere = join(tmp, 'elsewhere');
      mkdirSync(elsewhere);
      writeFileSync(join(elsewhere, 'knowledge-base.yaml'), 'version: 1\nentities:\n  - { id: "person:secret-agent", type: person, name: Secret Agent }\n');
      symlinkSync(elsewhere, join(ws, '.news-annotator'));
      annotate(ws, 'b', 'Secret Agent met Vladimir Putin.', [PUTIN, { id: 'm-agent00001', entity: 'person:secret-agent', quote: 'Secret Agent' }]);
      const run = cli('export', ws, '--format', 'jsonl', '--out', out);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /\.news-annotator\/knowledge-base\.yaml:1:1: error: lies under \.news-annotator, a symbolic link that leads outside the workspace; it is not read/);
      const [record] = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l));
      assert.deepEqual(record.missingEntities, ['person:secret-agent'], 'the linked knowledge base was not used');
    });

    it('links that stay inside the workspace are followed', async () => {
      mkdirSync(join(ws, 'texts'));
      writeFileSync(join(ws, 'texts', 'real.txt'), ARTICLE);
      symlinkSync(join(ws, 'texts', 'real.txt'), join(ws, 'a.txt'));
      writeFileSync(join(ws, 'a.facts.yaml'), factFile('a.txt', ARTICLE, [PUTIN]));
      // A linked folder inside: its fact files are read where it leads, once, and it is not reported.
      symlinkSync(join(ws, 'texts'), join(ws, 'also-texts'));
      const run = cli('export', ws, '--format', 'jsonl', '--out', out);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, `news-annotator: exported 1 article, 1 mention and 0 facts as jsonl to ${out}\n`);
      assert.equal(JSON.parse(readFileSync(out, 'utf8')).mentions[0].quote, 'Vladimir Putin');

      const files = new NodeWorkspaceFiles(ws);
      assert.equal(await files.readText('a.txt'), ARTICLE);
      symlinkSync(join(tmp, 'nowhere'), join(ws, 'dangling.txt'));
      assert.equal(await files.readText('dangling.txt'), undefined, 'a dangling link is a missing file');
      writeFileSync(join(tmp, 'outside.txt'), SECRET);
      symlinkSync(join(tmp, 'outside.txt'), join(ws, 'out.txt'));
      await assert.rejects(files.readText('out.txt'), (error: unknown) => error instanceof RefusedFileError && /leads outside the workspace/.test(error.message));
    });
  });

  describe('--out never replaces anything but a regular file', () => {
    beforeEach(() => annotate(ws, 'b'));

    it('a device (/dev/null), even with --force and as root', function () {
      // As root, a regression would replace the device it is given: give it a null device of its
      // own (the same device numbers as /dev/null), never the machine's. Without root, a rename
      // over /dev/null cannot succeed, so the real one is safe to name.
      const device = isRoot ? join(tmp, 'null') : '/dev/null';
      if (isRoot && spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status !== 0) this.skip();
      if (!existsSync(device) || !statSync(device).isCharacterDevice()) this.skip();
      const run = cli('export', ws, '--format', 'csv', '--out', device, '--force');
      assert.equal(run.status, 3, run.stderr);
      assert.equal(run.stderr, `news-annotator: ${device} is a character device: an export replaces only a regular file; give another path; nothing written\n`);
      assert.ok(lstatSync(device).isCharacterDevice(), `still a device${isRoot ? ' (run as root)' : ''}`);
      assert.ok(!readdirSync(join(device, '..')).some((n) => n.includes('.partial')), 'no temporary file left beside it');
    });

    it('a FIFO, a socket and a symbolic link, with --force', async function () {
      const fifo = join(tmp, 'pipe');
      if (!mkfifo(fifo)) this.skip();
      const target = join(tmp, 'kept.csv');
      writeFileSync(target, 'kept\n');
      const link = join(tmp, 'link.csv');
      symlinkSync(target, link);
      const socket = join(tmp, 'socket');
      const server: Server = createServer();
      await new Promise<void>((done) => server.listen(socket, done));
      try {
        for (const [path, kind] of [
          [fifo, 'a FIFO (named pipe)'],
          [socket, 'a socket'],
          [link, 'a symbolic link'],
        ]) {
          const run = cli('export', ws, '--format', 'csv', '--out', path, '--force');
          assert.equal(run.status, 3, run.stderr);
          assert.equal(run.stderr, `news-annotator: ${path} is ${kind}: an export replaces only a regular file; give another path; nothing written\n`);
        }
      } finally {
        server.close();
      }
      assert.ok(lstatSync(fifo).isFIFO());
      assert.ok(lstatSync(link).isSymbolicLink() && readlinkSync(link) === target);
      assert.equal(readFileSync(target, 'utf8'), 'kept\n', 'where the link leads is untouched too');
      assert.ok(!readdirSync(tmp).some((n) => n.includes('.partial')));

      const regular = cli('export', ws, '--format', 'csv', '--out', target, '--force');
      assert.equal(regular.status, 0, regular.stderr);
      assert.match(readFileSync(target, 'utf8'), /^summit,/, 'a regular file is replaced');
    });

    it('brat: a link in the existing output folder, or a linked folder in it, is not replaced nor written through', () => {
      const victim = join(tmp, 'victim.txt');
      writeFileSync(victim, 'untouched');
      mkdirSync(out);
      symlinkSync(victim, join(out, 'b.ann'));
      const first = cli('export', ws, '--format', 'brat', '--out', out);
      assert.equal(first.status, 3, first.stderr);
      assert.match(first.stderr, /b\.ann is a symbolic link: an export replaces only a regular file/);
      assert.equal(readFileSync(victim, 'utf8'), 'untouched');
      assert.deepEqual(readdirSync(out), ['b.ann'], 'nothing moved in');

      rmSync(out, { recursive: true });
      annotate(join(ws, 'sub'), 'c');
      mkdirSync(out);
      const elsewhere = join(tmp, 'elsewhere');
      mkdirSync(elsewhere);
      symlinkSync(elsewhere, join(out, 'sub'));
      const second = cli('export', ws, '--format', 'brat', '--out', out);
      assert.equal(second.status, 3, second.stderr);
      assert.match(second.stderr, /sub is a symbolic link: the export writes only into folders of its own/);
      assert.deepEqual(readdirSync(elsewhere), []);
    });
  });

  it("never writes over the workspace's own knowledge base, whatever --kb names", () => {
    annotate(ws, 'b');
    mkdirSync(join(ws, '.news-annotator'));
    const own = join(ws, '.news-annotator', 'knowledge-base.yaml');
    writeFileSync(own, 'version: 1\nentities: []\n');
    const other = join(tmp, 'other.yaml');
    writeFileSync(other, 'version: 1\nentities: []\n');
    for (const format of ['csv', 'jsonl']) {
      const run = cli('export', ws, '--kb', other, '--format', format, '--out', own, '--force');
      assert.equal(run.status, 3, run.stderr);
      assert.match(run.stderr, /refusing to write over .*knowledge-base\.yaml: it is the workspace's knowledge base; nothing written/);
      assert.equal(readFileSync(own, 'utf8'), 'version: 1\nentities: []\n');
    }
  });

  it("nor creates them: the workspace's knowledge base before it exists, an article its fact file names", () => {
    annotate(ws, 'b');
    const other = join(tmp, 'other.yaml');
    writeFileSync(other, 'version: 1\nentities: []\n');
    const own = join(ws, '.news-annotator', 'knowledge-base.yaml');
    // Another spelling of the same path, through a folder that is there.
    const spelled = join(ws, 'b.txt', '..', '.news-annotator', 'knowledge-base.yaml');
    for (const target of [own, spelled]) {
      const run = cli('export', ws, '--kb', other, '--format', 'csv', '--out', target);
      assert.equal(run.status, 3, run.stderr);
      assert.match(run.stderr, /refusing to write over .*knowledge-base\.yaml: it is the workspace's knowledge base; nothing written/);
      assert.ok(!existsSync(join(ws, '.news-annotator')), 'no knowledge base of CSV for the editor to read');
    }
    writeFileSync(join(ws, 'gone.facts.yaml'), factFile('gone.txt', ARTICLE, [PUTIN]));
    const run = cli('export', ws, '--format', 'csv', '--out', join(ws, 'gone.txt'));
    assert.equal(run.status, 3, run.stderr);
    assert.match(run.stderr, /refusing to write over .*gone\.txt: it is the article of .*gone\.facts\.yaml; nothing written/);
    assert.ok(!existsSync(join(ws, 'gone.txt')));
  });

  describe('two fact files that claim one article', () => {
    it('the article is exported once, with the fact file named for it; the other is reported, naming both', () => {
      annotate(ws, 'a');
      // A copy a file manager made: it sorts before a.facts.yaml.
      writeFileSync(join(ws, 'a copy.facts.yaml'), factFile('a.txt', ARTICLE, [PUTIN], [], 'Copied Wire'));
      for (const format of ['jsonl', 'brat']) {
        const target = join(out, format);
        const run = cli('export', ws, '--format', format, '--out', target);
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stderr, /a copy\.facts\.yaml:\d+:\d+: error: article\.file: claims the article a\.txt, as a\.facts\.yaml does; only a\.facts\.yaml, the fact file named for it, is exported/);
        assert.ok(!run.stderr.includes('.partial') && !run.stderr.includes('EEXIST'), run.stderr);
        if (format === 'jsonl') {
          const records = lines(readFileSync(target, 'utf8')).map((l) => JSON.parse(l));
          assert.deepEqual(records.map((r) => [r.path, r.metadata.publisher]), [['a.txt', 'Example Wire']]);
        } else {
          assert.deepEqual(filesUnder(target).sort(), ['a.ann', 'a.txt', 'annotation.conf', 'tools.conf']);
        }
      }
    });

    it('when neither is named for it, the first by path', () => {
      writeFileSync(join(ws, 'shared.txt'), ARTICLE);
      writeFileSync(join(ws, 'x.facts.yaml'), factFile('shared.txt', ARTICLE, [PUTIN]));
      writeFileSync(join(ws, 'y.facts.yaml'), factFile('shared.txt', ARTICLE, [YEREVAN]));
      const run = cli('export', ws, '--format', 'jsonl', '--out', out);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /y\.facts\.yaml:\d+:\d+: error: article\.file: claims the article shared\.txt, as x\.facts\.yaml does; only x\.facts\.yaml is exported/);
      const records = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l));
      assert.deepEqual(records.map((r) => r.mentions.map((m: { id: string }) => m.id)), [[PUTIN.id]]);
    });

    it('brat: two articles whose names differ only in extension each get their own files, named as they are', () => {
      annotate(ws, 'a');
      writeFileSync(join(ws, 'a.md'), `# ${ARTICLE}`);
      writeFileSync(join(ws, 'a-md.facts.yaml'), factFile('a.md', `# ${ARTICLE}`, [PUTIN]));
      const run = cli('export', ws, '--format', 'brat', '--out', out);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(filesUnder(out).sort(), ['a.ann', 'a.md.ann', 'a.md.txt', 'a.txt', 'annotation.conf', 'tools.conf']);
      assert.equal(readFileSync(join(out, 'a.md.txt'), 'utf8'), `# ${ARTICLE}`);
      assert.equal(readFileSync(join(out, 'a.txt'), 'utf8'), ARTICLE);
    });
  });

  describe('exit status and arguments', () => {
    it('0 for a complete export, 1 for one that left something out, 2 for a usage error, 3 when nothing could be written', () => {
      annotate(ws, 'b');
      assert.equal(cli('export', ws, '--format', 'jsonl', '--out', join(tmp, 'complete.jsonl')).status, 0);
      writeFileSync(join(ws, 'broken.facts.yaml'), 'schema: news-annotator/facts@1\narticle: 3\n');
      const incomplete = cli('export', ws, '--format', 'jsonl', '--out', join(tmp, 'incomplete.jsonl'));
      assert.equal(incomplete.status, 1, incomplete.stderr);
      assert.ok(existsSync(join(tmp, 'incomplete.jsonl')), 'what could be exported is written');
      assert.equal(cli('export', ws, '--format', 'jsonl', '--out', join(tmp, 'x.jsonl'), '--frmat', 'csv').status, 2);
      assert.equal(cli('export', join(tmp, 'nothing-here'), '--format', 'jsonl', '--out', join(tmp, 'y.jsonl')).status, 3);
      assert.ok(!existsSync(join(tmp, 'x.jsonl')) && !existsSync(join(tmp, 'y.jsonl')));
    });

    it('an unknown option is a usage error, with the nearest known one', () => {
      const run = cli('recognize', 'seeds/001_59ba21db933ddaec.txt', '--jsn');
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '', 'no table: nothing was done');
      assert.match(run.stderr, /^news-annotator: unknown option for recognize: --jsn \(did you mean --json\?\)\nUsage:\n  news-annotator recognize FILE/);
      const exported = cli('export', ws, '--format', 'csv', '--out', out, '-f');
      assert.equal(exported.status, 2);
      assert.match(exported.stderr, /unknown option for export: -f/);
      assert.ok(!existsSync(out));
    });

    it('a flag given twice, a switch with a value, a value forgotten, an argument too many: usage errors', () => {
      for (const [args, message] of [
        [['recognize', 'a.txt', '--kb', 'x.yaml', '--kb', 'y.yaml'], '--kb is given twice'],
        [['recognize', 'a.txt', '--json=yes'], '--json takes no value'],
        [['export', ws, '--format', 'csv', '--out', '--force'], '--out needs a value'],
        [['recognize', 'a.txt', 'b.txt'], 'recognize takes a FILE, not also b.txt'],
        [['recognize'], 'recognize needs a FILE'],
        [['recognize', 'a.txt', '--threads', '0'], '--threads takes a number of threads, 1 or more'],
        [['recognize', 'a.txt', '--threads', 'all'], '--threads takes a number of threads, 1 or more'],
      ] as const) {
        const run = cli(...args);
        assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.equal(lines(run.stderr)[0], `news-annotator: ${message}`);
      }
    });

    it('recognize --help, export --help and help COMMAND print that command\'s help with the exit codes', () => {
      for (const [args, synopsis] of [
        [['recognize', '--help'], 'news-annotator recognize FILE'],
        [['recognize', 'a.txt', '-h', '--jsn'], 'news-annotator recognize FILE'],
        [['export', '--help'], 'news-annotator export DIR'],
        [['help', 'export'], 'news-annotator export DIR'],
        [['--help'], 'news-annotator recognize FILE'],
      ] as const) {
        const run = cli(...args);
        assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
        assert.ok(run.stdout.includes(synopsis), run.stdout);
        for (const code of ['0  done', '1  done, with the problems', '2  usage error', '3  failed']) assert.ok(run.stdout.includes(code), `${args.join(' ')} lists exit status ${code}`);
        assert.match(run.stdout, /larger than 64 MB \(an article\), 16 MB \(a fact file\)/);
      }
    });

    it('a broken --kb is the same for export as for recognize: reported, its good entries used, exit 1', () => {
      annotate(ws, 'b');
      const broken = join(tmp, 'broken-kb.yaml');
      writeFileSync(broken, 'version: 1\nentities:\n  - { id: "person:mario-rossi", type: person, name: Mario Rossi }\n  - { id: 7 }\n');
      const folderKb = join(tmp, 'a-folder.yaml');
      mkdirSync(folderKb);
      const article = join(ws, 'b.txt');
      for (const kb of [broken, folderKb]) {
        const recognized = cli('recognize', article, '--kb', kb, '--json');
        const exported = cli('export', ws, '--kb', kb, '--format', 'jsonl', '--out', join(tmp, `with-${kb.length}.jsonl`));
        assert.equal(recognized.status, 1, recognized.stderr);
        assert.equal(exported.status, 1, exported.stderr);
        const kbLines = (stderr: string) => lines(stderr).filter((l) => l.startsWith(kb));
        assert.ok(kbLines(recognized.stderr).length > 0, recognized.stderr);
        assert.deepEqual(kbLines(exported.stderr), kbLines(recognized.stderr));
        assert.ok(existsSync(join(tmp, `with-${kb.length}.jsonl`)), 'the export is written');
        assert.ok(JSON.parse(recognized.stdout).length > 0, 'recognize still prints what it found');
      }
      const missing = join(tmp, 'no-such-kb.yaml');
      for (const args of [['recognize', article, '--kb', missing], ['export', ws, '--kb', missing, '--format', 'csv', '--out', join(tmp, 'never.csv')]]) {
        const run = cli(...args);
        assert.equal(run.status, 3, run.stderr);
        assert.equal(run.stderr, `news-annotator: ${missing}: no such file\n`);
      }
      assert.ok(!existsSync(join(tmp, 'never.csv')));
    });
  });

  describe('inputs that are not files, or far too large', () => {
    it('recognize refuses /dev/zero, a FIFO and a 2 GB file before reading them', function () {
      const fifo = join(tmp, 'pipe.txt');
      const huge = join(tmp, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 2 * 1024 * 1024 * 1024);
      const cases: [string, string][] = [[huge, 'is 2 GB, more than the 64 MB an article may have']];
      if (existsSync('/dev/zero')) cases.push(['/dev/zero', 'is a character device, not a file']);
      if (mkfifo(fifo)) cases.push([fifo, 'is a FIFO (named pipe), not a file']);
      for (const [path, reason] of cases) {
        const run = cli('recognize', path);
        assert.equal(run.status, 3, `${path}: ${run.stderr}`);
        assert.equal(run.stderr, `${path}:1:1: error: ${reason}\n`);
        assert.equal(run.stdout, '');
      }
      if (cases.length < 3) this.skip();
    });

    it('--kb /dev/zero or a FIFO: reported and not read, by both commands', function () {
      annotate(ws, 'b');
      const fifo = join(tmp, 'kb-pipe.yaml');
      const kbs: [string, string][] = [];
      if (existsSync('/dev/zero')) kbs.push(['/dev/zero', 'is a character device, not a file; it is not read']);
      if (mkfifo(fifo)) kbs.push([fifo, 'is a FIFO (named pipe), not a file; it is not read']);
      if (kbs.length === 0) this.skip();
      for (const [kb, reason] of kbs) {
        for (const args of [['recognize', join(ws, 'b.txt'), '--kb', kb], ['export', ws, '--kb', kb, '--format', 'csv', '--out', join(tmp, 'kb.csv'), '--force']]) {
          const run = cli(...args);
          assert.equal(run.status, 1, run.stderr);
          assert.equal(lines(run.stderr)[0], `${kb}:1:1: error: ${reason}`);
        }
      }
    });

    it('an export skips an article or a fact file that is a FIFO, a device link or too large, and says so', function () {
      annotate(ws, 'b');
      const reasons: string[] = [];
      if (mkfifo(join(ws, 'pipe.txt'))) {
        writeFileSync(join(ws, 'pipe.facts.yaml'), factFile('pipe.txt', ARTICLE));
        reasons.push('pipe.facts.yaml:\\d+:\\d+: error: article.file: the article pipe.txt is a FIFO \\(named pipe\\), not a file; it is not read');
      }
      if (mkfifo(join(ws, 'fifo.facts.yaml'))) reasons.push('fifo.facts.yaml:1:1: error: is a FIFO \\(named pipe\\), not a file; it is not read');
      writeFileSync(join(ws, 'huge.txt'), '');
      truncateSync(join(ws, 'huge.txt'), 100 * 1024 * 1024);
      writeFileSync(join(ws, 'huge.facts.yaml'), factFile('huge.txt', ARTICLE));
      reasons.push('huge.facts.yaml:\\d+:\\d+: error: article.file: the article huge.txt is 100 MB, more than the 64 MB an article may have; it is not read');
      writeFileSync(join(ws, 'big.facts.yaml'), '');
      truncateSync(join(ws, 'big.facts.yaml'), 17 * 1024 * 1024);
      reasons.push('big.facts.yaml:1:1: error: is 17 MB, more than the 16 MB a fact file may have; it is not read');
      const run = cli('export', ws, '--format', 'jsonl', '--out', out);
      assert.equal(run.status, 1, run.stderr);
      for (const reason of reasons) assert.match(run.stderr, new RegExp(reason), run.stderr);
      assert.deepEqual(lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l).path), ['b.txt']);
    });
  });

  describe('messages', () => {
    it('control characters and escape sequences in file names, quotes and paths are printed escaped', () => {
      const text = 'Vladimir Putin arrived.';
      const evil = 'evil\u001b]0;pwned\u0007\u001b[2J\r\u202e';
      // A fact file's article name cannot hold control characters (the schema refuses them); its own name can.
      writeFileSync(join(ws, 'plain.txt'), text);
      writeFileSync(join(ws, `${evil}.facts.yaml`), factFile('plain.txt', text, [{ id: 'm-stale00001', entity: 'person:vladimir-putin', quote: `Putin\u001b[31m`, start: 9 }]));
      writeFileSync(join(ws, `${evil}2.facts.yaml`), 'not: [valid');
      const target = join(tmp, `out\u001b[1m.jsonl`);
      const run = cli('export', ws, '--format', 'jsonl', '--out', target);
      assert.equal(run.status, 1, run.stderr);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/.test(run.stderr), `nothing that acts on a terminal:\n${JSON.stringify(run.stderr)}`);
      assert.ok(run.stderr.includes('evil\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\u{202e}'), run.stderr);
      assert.ok(run.stderr.includes('("Putin\\u001b[31m")'), run.stderr);
      assert.ok(run.stderr.includes('out\\x1b[1m.jsonl'), 'the summary too');

      const table = cli('recognize', join(ws, 'plain.txt'), '--kb', join(tmp, `kb\u001b[5m.yaml`));
      assert.equal(table.status, 3);
      assert.equal(table.stderr, `news-annotator: ${join(tmp, 'kb\\x1b[5m.yaml')}: no such file\n`);
    });

    it('a left-out mention says why, truly; a fact whose evidence was left out is reported, and cites only what is exported', () => {
      const text = 'Vladimir Putin arrived in Yerevan for the CSTO summit.';
      writeFileSync(join(ws, 'a.txt'), text);
      const mentions: MentionSpec[] = [
        PUTIN,
        // At its offsets, but flagged orphaned by the editor.
        { ...YEREVAN, orphaned: true },
        { id: 'm-moved00001', entity: 'organization:csto', quote: 'CSTO', start: 0 },
      ];
      const facts: AttendanceSpec[] = [{ id: 'f-attend0001', person: 'person:vladimir-putin', event: 'event:csto-summit-2022-yerevan', evidence: [PUTIN.id, YEREVAN.id] }];
      writeFileSync(join(ws, 'a.facts.yaml'), factFile('a.txt', text, mentions, facts));
      const run = cli('export', ws, '--format', 'jsonl', '--out', out);
      assert.equal(run.status, 1, run.stderr);
      const stderr = lines(run.stderr);
      assert.ok(
        stderr.some((l) => l.includes(`mention ${YEREVAN.id} ("Yerevan") is marked orphaned: true, though its quote is at 26-33 of a.txt again`)),
        run.stderr,
      );
      assert.ok(!run.stderr.includes('is not at 26-33'), 'never that a mention is not where it is');
      assert.ok(stderr.some((l) => l.includes('mention m-moved00001 ("CSTO") is not in a.txt at 0-4, which holds "Vlad"')), run.stderr);
      assert.ok(stderr.some((l) => /facts\[0\]\.evidence: fact f-attend0001 \(attendance\) cites mention m-yerevan001, left out of the export; it is exported with the rest of its evidence \(m-putin00001\)/.test(l)), run.stderr);
      const record = JSON.parse(readFileSync(out, 'utf8'));
      const exported = new Set(record.mentions.map((m: { id: string }) => m.id));
      assert.deepEqual([...exported], [PUTIN.id]);
      for (const fact of record.facts) for (const id of fact.evidence) assert.ok(exported.has(id), `${fact.id} cites ${id}, which is in the output`);

      const csv = cli('export', ws, '--format', 'csv', '--out', join(tmp, 'a.csv'));
      assert.equal(csv.status, 1);
      const [, row] = readFileSync(join(tmp, 'a.csv'), 'utf8').split('\r\n');
      // The row cites only the exported evidence: its id, and the sentence it stands in (the columns
      // quote and mention_ids, then kind and fact_id).
      assert.ok(row.includes(',Vladimir Putin arrived in Yerevan for the CSTO summit.,m-putin00001,attendance,f-attend0001,'), row);
    });

    it('no internal temporary path: a file the export writes twice is named as the export names it', async () => {
      const output = await createFolderOutput(out);
      await output.writeFile('a/b.txt', 'one');
      await assert.rejects(output.writeFile('a/b.txt', 'two'), (error: unknown) => {
        assert.ok(error instanceof OutputFailedError);
        assert.equal(error.message, `the export wrote a/b.txt in ${out} twice`);
        return true;
      });
      await output.abort();
      assert.deepEqual(readdirSync(tmp).filter((n) => n.includes('.partial')), []);
    });
  });
});
