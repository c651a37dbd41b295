// `news-annotator agree` run for real (`node dist/cli.js agree …`) on temporary workspaces: two
// folders, and two revisions of a real git repository.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Compiled to out/test/unit; the CLI bundle is found from the repository root.
const REPO = join(__dirname, '../../..');
const CLI = join(REPO, 'dist/cli.js');

function agree(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'agree', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A path as a regular expression matching it literally. */
function escaped(path: string): string {
  return path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const TEXT = 'Putin met Lukashenko in Minsk.';
type MentionSpec = [id: string, start: number, end: number, entity: string];
const PUTIN: MentionSpec = ['m-000001', 0, 5, 'person:vladimir-putin'];
const LUKASHENKO: MentionSpec = ['m-000002', 10, 20, 'person:alexander-lukashenko'];
const MINSK: MentionSpec = ['m-000003', 24, 29, 'place:minsk'];

/** A fact file for `file` with its text, these mentions and Putin's attendance at the summit with `status`. */
function factFile(file: string, text: string, mentions: MentionSpec[], status?: string): string {
  const hash = createHash('sha256').update(text).digest('hex');
  const lines = ['schema: news-annotator/facts@1', 'article:', `  file: ${file}`, `  textHash: sha256:${hash}`, 'mentions:'];
  for (const [id, start, end, entity] of mentions) {
    lines.push(`  - id: ${id}`, `    entity: ${entity}`, `    quote: ${JSON.stringify(text.slice(start, end))}`, `    start: ${start}`, `    end: ${end}`);
  }
  if (mentions.length === 0) lines[lines.length - 1] = 'mentions: []';
  if (status) {
    lines.push('facts:', '  - id: f-000001', '    type: attendance', '    person: person:vladimir-putin', '    event: event:csto-summit-2022-yerevan', `    status: ${status}`, '    evidence: [m-000001]');
  }
  return `${lines.join('\n')}\n`;
}

/** Writes an annotator's workspace: a.txt annotated with `mentions` and `status`, e.txt empty, and `only` annotated by this side alone. */
function workspace(dir: string, mentions: MentionSpec[], status: string, only: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.txt'), TEXT);
  writeFileSync(join(dir, 'a.facts.yaml'), factFile('a.txt', TEXT, mentions, status));
  writeFileSync(join(dir, 'e.txt'), '');
  writeFileSync(join(dir, 'e.facts.yaml'), factFile('e.txt', '', []));
  writeFileSync(join(dir, `${only}.txt`), TEXT);
  writeFileSync(join(dir, `${only}.facts.yaml`), factFile(`${only}.txt`, TEXT, [PUTIN]));
}

/** An article far longer than a pipe's buffer, read in many pieces: Putin named at its end. */
function addLongArticle(dir: string): void {
  const text = `${'The summit went on. '.repeat(20_000)}${TEXT}`;
  const start = text.length - TEXT.length;
  writeFileSync(join(dir, 'long.txt'), text);
  writeFileSync(join(dir, 'long.facts.yaml'), factFile('long.txt', text, [['m-000001', start, start + 5, 'person:vladimir-putin']]));
}

describe('news-annotator agree', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-agree-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  /** Anna marks Putin, Lukashenko and Minsk and says Putin attended; Boris misses Lukashenko and says Putin was expected. */
  function twoAnnotators(): { anna: string; boris: string } {
    const anna = join(tmp, 'anna');
    const boris = join(tmp, 'boris');
    workspace(anna, [PUTIN, LUKASHENKO, MINSK], 'attended', 'anna-only');
    workspace(boris, [PUTIN, MINSK], 'expected', 'boris-only');
    return { anna, boris };
  }

  it('prints the figures per article and in total, what the two disagree on, and the articles only one annotated', () => {
    const { anna, boris } = twoAnnotators();
    const run = agree([anna, boris]);
    assert.equal(run.status, 0, run.stderr);
    const row = (name: string) => run.stdout.split('\n').find((line) => line.startsWith(`${name} `))?.trim().split(/\s+/);
    // a.txt: persons 2 against 1, one matched: P = 1, R = 1/2; with Minsk, all spans: P = 2/2,
    // R = 2/3, F1 = 0.8. Tokens: κ = 15/21 (worked out in agreement.test.ts). Putin's attendance:
    // attended against expected, one unit: n = 2, D_o = 2/2 = 1, D_e = 2/(2·1) = 1, α = 0.
    assert.deepEqual(row('a.txt'), ['a.txt', '0.800', '0.800', '1.000', (15 / 21).toFixed(3), '0.000', 'n/a']);
    // The empty article: nothing to compare, and said so, never NaN.
    assert.deepEqual(row('e.txt'), ['e.txt', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']);
    assert.doesNotMatch(run.stdout, /NaN/);
    assert.match(run.stdout, /only A marked 10-20 person "Lukashenko" \(person:alexander-lukashenko\)/);
    assert.match(run.stdout, /attendance of person:vladimir-putin event:csto-summit-2022-yerevan: A attended, B expected/);
    assert.match(run.stdout, /Annotated by A only:\n {2}anna-only\.txt\nAnnotated by B only:\n {2}boris-only\.txt/);
    assert.match(run.stdout, /α undefined: there is nothing to compare/);
  });

  it('gives the same figures as JSON, documented fields included', () => {
    const { anna, boris } = twoAnnotators();
    const run = agree([anna, boris, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.deepEqual([result.a, result.b, result.onlyA, result.onlyB], [anna, boris, ['anna-only.txt'], ['boris-only.txt']]);
    assert.deepEqual(result.articles.map((a: { path: string }) => a.path), ['a.txt', 'e.txt']);
    const [a, e] = result.articles;
    assert.deepEqual(a.spans.byType.person.counts, { a: 2, b: 1, exactA: 1, exactB: 1, overlapA: 1, overlapB: 1 });
    assert.deepEqual(a.spans.byType.person.exact, { precision: 1, recall: 0.5, f1: 2 / 3 });
    assert.equal(a.tokens.items, 6);
    assert.equal(a.attendance.alpha, 0);
    assert.equal(e.tokens.kappa, null);
    assert.match(e.tokens.undefinedBecause, /nothing to compare/);
    assert.equal(result.total.tokens.items, 6);
    assert.deepEqual(result.total.attendance.valueTotals, { attended: 1, expected: 1 });
  });

  it('refuses a missing folder, and a wrong number of arguments, with a message', () => {
    const { anna } = twoAnnotators();
    const missing = agree([anna, join(tmp, 'nobody')]);
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /nobody: no such folder/);
    const one = agree([anna]);
    assert.equal(one.status, 2);
    assert.match(one.stderr, /agree needs the folder B/);
    const three = agree([anna, anna, anna]);
    assert.equal(three.status, 2);
    assert.match(three.stderr, /agree takes the folder A and the folder B, not also /);
    const four = agree(['--rev', 'HEAD', 'HEAD', anna, anna]);
    assert.equal(four.status, 2);
    assert.match(four.stderr, /agree --rev takes REV1 and REV2 and DIR, not also /);
  });

  it('reports a fact file it cannot use, compares the rest, and exits with 1', () => {
    const { anna, boris } = twoAnnotators();
    writeFileSync(join(boris, 'a.facts.yaml'), 'schema: news-annotator/facts@1\narticle: [\n');
    const run = agree([anna, boris]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`${join(boris, 'a.facts.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: error`));
    assert.match(run.stdout, /Annotated by A only:\n {2}a\.txt\n {2}anna-only\.txt/);
  });

  it('names a linked folder that leads outside a compared folder, as the export does, compares without it, and exits with 1', () => {
    const { anna, boris } = twoAnnotators();
    // Carla's annotations lie elsewhere; Boris's folder links to them.
    const carla = join(tmp, 'carla');
    workspace(carla, [PUTIN], 'attended', 'carla-only');
    symlinkSync(carla, join(boris, 'linked'));
    const run = agree([anna, boris]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`${escaped(join(boris, 'linked'))}:1:1: error: is a symbolic link to a folder outside the workspace; the fact files in it are not read`));
    assert.match(run.stderr, /news-annotator: did not enter 1 linked folder \(above\); the figures are without them\n$/);
    assert.doesNotMatch(run.stdout, /carla-only/, 'nothing read from the linked folder');
    // The same workspace exported says the same of it.
    const exported = spawnSync(process.execPath, [CLI, 'export', boris, '--format', 'jsonl', '--out', join(tmp, 'boris.jsonl')], { encoding: 'utf8' });
    assert.equal(exported.status, 1);
    assert.ok(exported.stderr.split('\n').includes(run.stderr.split('\n')[0]), `${exported.stderr}\n${run.stderr}`);
  });

  describe('--rev', () => {
    function git(cwd: string, ...args: string[]): string {
      return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    }

    /** A repository whose folder `corpus` holds Anna's annotations on branch anna and Boris's on branch boris. */
    function repository(): { root: string; corpus: string } {
      const root = join(tmp, 'repo');
      const corpus = join(root, 'corpus');
      mkdirSync(corpus, { recursive: true });
      git(root, 'init', '-q');
      writeFileSync(join(root, 'README'), 'articles\n');
      git(root, 'add', '.');
      git(root, 'commit', '-qm', 'start');
      for (const [branch, mentions, status, only] of [
        ['anna', [PUTIN, LUKASHENKO, MINSK], 'attended', 'anna-only'],
        ['boris', [PUTIN, MINSK], 'expected', 'boris-only'],
      ] as const) {
        git(root, 'checkout', '-q', '-b', branch, 'main');
        workspace(corpus, [...mentions], status, only);
        addLongArticle(corpus);
        git(root, 'add', '.');
        git(root, 'commit', '-qm', `${branch} annotates`);
        git(root, 'rm', '-rq', 'corpus');
      }
      git(root, 'checkout', '-q', 'main');
      // Not in main: an empty folder of the working tree, from where a person would run agree.
      mkdirSync(corpus);
      return { root, corpus };
    }

    it('compares two revisions as it compares two folders, whatever the working tree holds', () => {
      const { root, corpus } = repository();
      const folders = twoAnnotators();
      addLongArticle(folders.anna);
      addLongArticle(folders.boris);
      const byFolder = JSON.parse(agree([folders.anna, folders.boris, '--json']).stdout);
      // The working tree is not read: a broken fact file there changes nothing.
      writeFileSync(join(corpus, 'a.facts.yaml'), 'not: [a fact file\n');
      const run = agree(['--rev', 'anna', 'boris', '--json'], corpus);
      assert.equal(run.status, 0, run.stderr);
      const byRevision = JSON.parse(run.stdout);
      assert.match(byRevision.a, /^anna \([0-9a-f]{12}\) of \.$/);
      assert.deepEqual({ ...byRevision, a: '', b: '' }, { ...byFolder, a: '', b: '' });
      assert.deepEqual(byRevision.articles.map((a: { path: string }) => a.path), ['a.txt', 'e.txt', 'long.txt']);
      assert.equal(byRevision.articles[2].spans.all.exact.f1, 1);
      // From the top of the repository, naming the workspace's folder.
      const fromRoot = agree(['--rev', 'anna', 'boris', 'corpus'], root);
      assert.equal(fromRoot.status, 0, fromRoot.stderr);
      assert.match(fromRoot.stdout, /Annotated by A only:\n {2}anna-only\.txt/);
    });

    it('refuses what is not a revision, and never passes it to git as an option', () => {
      const { corpus } = repository();
      const missing = agree(['--rev', 'anna', 'carla'], corpus);
      assert.equal(missing.status, 3);
      assert.match(missing.stderr, /carla is not a revision of the repository at .*repo/);
      const option = agree(['--rev', '--', 'anna', '--output=x'], corpus);
      assert.equal(option.status, 3);
      assert.match(option.stderr, /--output=x is not a revision/);
      const blob = agree(['--rev', 'anna', 'anna:corpus/a.txt'], corpus);
      assert.equal(blob.status, 3);
      assert.match(blob.stderr, /is not a revision/);
    });

    it('says when the folder is not in a git repository, or not in a revision', () => {
      const { anna } = twoAnnotators();
      // Git is kept from looking above the temporary folder, which might lie in some repository.
      const outside = agree(['--rev', 'HEAD', 'HEAD', anna], REPO, { GIT_CEILING_DIRECTORIES: tmp });
      assert.equal(outside.status, 3);
      assert.match(outside.stderr, /anna is not in a git repository/);
      const { root } = repository();
      mkdirSync(join(root, 'later'));
      const absent = agree(['--rev', 'anna', 'boris', 'later'], root);
      assert.equal(absent.status, 3);
      assert.match(absent.stderr, /later\/ is not in anna/);
    });
  });
});
