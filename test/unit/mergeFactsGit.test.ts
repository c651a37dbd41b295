// `news-annotator merge-facts` as git's merge driver, in a real git repository: two annotators
// annotate the same seed article on two branches (through the fact-file writer, as the extension
// writes), and the merge gives one fact file with both sets of annotations; a true conflict is
// reported at its entry, with the markers around it alone; a version that is not a fact file
// leaves ours as it was and the file conflicted. An edit of the article's text on one branch, which
// changes only the fact-file entries it touched, merges with an annotation made on another. Git
// is run with `-c` options and without the user's or the system's configuration.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { factFileMention, makeFact } from '../../src/core/annotation/status';
import { findConflictRegions } from '../../src/core/factFile/conflicts';
import type { FactFileMention } from '../../src/core/factFile/schema';
import { applyFactFileEdits, parseFactFile, type FactFileEdit } from '../../src/core/factFile/store';
import type { Mention } from '../../src/core/recognizer/mention';
import { prepareArticle } from '../../src/core/export/prepare';
import { textHash } from '../../src/core/factFile/ids';
import { anchorEdits } from '../../src/core/reanchor/resolve';

// Compiled to out/test/unit; the CLI bundle and the seeds are found from the repository root.
const REPO = join(__dirname, '../../..');
const SEED = '001_59ba21db933ddaec';
const FACT_FILE = `seeds/${SEED}.facts.yaml`;
const TEXT = readFileSync(join(REPO, 'seeds', `${SEED}.txt`), 'utf8');
const BASE = readFileSync(join(REPO, FACT_FILE), 'utf8');
const YEREVAN = 'event:csto-summit-2022-yerevan';

const IDENTITY = ['-c', 'user.name=Annotator', '-c', 'user.email=annotator@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];
const DRIVER = [
  '-c',
  'merge.news-annotator.name=News Annotator fact files',
  '-c',
  `merge.news-annotator.driver="${process.execPath}" "${join(REPO, 'dist/cli.js')}" merge-facts %O %A %B %P`,
];

function mentionAt(start: number, quote: string, entity: string): FactFileMention {
  const type = entity.slice(0, entity.indexOf(':')) as Mention['type'];
  return factFileMention(TEXT, { start, end: start + quote.length, text: quote, type, id: entity });
}

function mentionOf(quote: string, entity: string): FactFileMention {
  const start = TEXT.indexOf(quote);
  assert.ok(start >= 0, `"${quote}" is in the article`);
  return mentionAt(start, quote, entity);
}

function edited(text: string, edits: FactFileEdit[]): string {
  const result = applyFactFileEdits(text, FACT_FILE, edits);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result.text;
}

describe('merge-facts as git’s merge driver', function () {
  let repo: string;

  function git(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync('git', [...IDENTITY, ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  function ok(...args: string[]): string {
    const result = git(...args);
    assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }

  /** On a new branch from main, the fact file as `text`, committed. */
  function branch(name: string, text: string): void {
    ok('checkout', '-q', '-b', name, 'main');
    writeFileSync(join(repo, FACT_FILE), text);
    ok('commit', '-q', '-am', `annotations of ${name}`);
  }

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'news-annotator-merge-'));
    ok('init', '-q');
    mkdirSync(join(repo, 'seeds'));
    copyFileSync(join(REPO, 'seeds', `${SEED}.txt`), join(repo, 'seeds', `${SEED}.txt`));
    writeFileSync(join(repo, FACT_FILE), BASE);
    // The line the README gives.
    writeFileSync(join(repo, '.gitattributes'), '*.facts.yaml merge=news-annotator\n');
    ok('add', '.');
    ok('commit', '-q', '-m', 'the seed article and its annotations');
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('merges two annotators’ work on one article without a conflict: the fact file holds both', () => {
    const russianLeader = mentionOf('Russian leader', 'person:vladimir-putin');
    const counterpart = mentionOf('Belarusian counterpart', 'person:alexander-lukashenko');
    const kazakhLeader = mentionOf('Kazakh leader', 'person:kassym-jomart-tokayev');
    const alice: FactFileEdit[] = [
      { kind: 'addMention', mention: russianLeader },
      { kind: 'addFact', fact: makeFact({ type: 'role', person: 'person:vladimir-putin', role: 'Russian leader', country: 'place:russia' }, [russianLeader.id]) },
    ];
    const bob: FactFileEdit[] = [
      { kind: 'addMention', mention: counterpart },
      { kind: 'addMention', mention: kazakhLeader },
      { kind: 'addFact', fact: makeFact({ type: 'attendance', person: 'person:alexander-lukashenko', event: YEREVAN, status: 'attended' }, [counterpart.id]) },
    ];
    branch('alice', edited(BASE, alice));
    branch('bob', edited(BASE, bob));
    ok('checkout', '-q', 'alice');

    const merge = git(...DRIVER, 'merge', '--no-edit', 'bob');
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    const result = readFileSync(join(repo, FACT_FILE), 'utf8');
    assert.equal(result, edited(BASE, [...alice, ...bob]), 'what the writer gives for both annotators’ edits');
    assert.equal(ok('status', '--porcelain'), '', 'merged and committed');
    const { factFile } = parseFactFile(result, FACT_FILE);
    for (const id of [russianLeader.id, counterpart.id, kazakhLeader.id]) assert.ok(factFile!.mentions.some((m) => m.id === id), `${id} is kept`);
  });

  it('merges an edit of the article’s text on one branch with an annotation made on another, without a conflict', async () => {
    // One branch edits the text and saves: the fact file changes where the edit touched it.
    const newText = `BREAKING: ${TEXT.replace('\n', '\nThe talks went on late into the night.\n')}`;
    const afterSave = edited(BASE, anchorEdits(newText, parseFactFile(BASE, FACT_FILE).factFile!, await textHash(newText)));
    ok('checkout', '-q', '-b', 'editor', 'main');
    writeFileSync(join(repo, 'seeds', `${SEED}.txt`), newText);
    writeFileSync(join(repo, FACT_FILE), afterSave);
    ok('commit', '-q', '-am', 'the article edited');
    // The other annotates the text as it was.
    const kazakhLeader = mentionOf('Kazakh leader', 'person:kassym-jomart-tokayev');
    branch('annotator', edited(BASE, [{ kind: 'addMention', mention: kazakhLeader }]));
    // The entries the two branches changed are lines apart: git's own line merge takes both too.
    ok('checkout', '-q', '-b', 'plain', 'editor');
    const plain = git('merge', '--no-edit', 'annotator');
    assert.equal(plain.status, 0, plain.stdout + plain.stderr);
    const plainMerged = readFileSync(join(repo, FACT_FILE), 'utf8');
    ok('checkout', '-q', 'editor');

    const merge = git(...DRIVER, 'merge', '--no-edit', 'annotator');
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    assert.equal(ok('status', '--porcelain'), '', 'merged and committed');
    const merged = parseFactFile(readFileSync(join(repo, FACT_FILE), 'utf8'), FACT_FILE).factFile!;
    assert.deepEqual(parseFactFile(plainMerged, FACT_FILE).factFile, merged, 'the same fact file either way');
    assert.equal(merged.article.textHash, await textHash(newText));
    // Every mention, the new one too, is found where its text is in the edited article.
    const article = { path: `${SEED}.txt`, factFilePath: FACT_FILE, text: newText, factFile: merged };
    const prepared = prepareArticle(article);
    assert.equal(prepared.staleMentions, 0);
    assert.equal(prepared.mentions.find((m) => m.id === kazakhLeader.id)?.start, newText.indexOf('Kazakh leader'));
    const editorSide = prepareArticle({ ...article, factFile: parseFactFile(afterSave, FACT_FILE).factFile! });
    assert.deepEqual(
      prepared.mentions.filter((m) => m.id !== kazakhLeader.id),
      editorSide.mentions,
      'the others where the editing branch has them',
    );
  });

  it('reports a true conflict at its entry, the markers around it alone', () => {
    const kremlin = parseFactFile(BASE, FACT_FILE).factFile!.mentions.find((m) => m.quote === 'Kremlin' && m.entity === 'place:moscow-kremlin')!;
    const administration = mentionAt(kremlin.start, 'Kremlin', 'organization:presidential-administration-of-russia');
    const government = mentionAt(kremlin.start, 'Kremlin', 'organization:government-of-russia');
    const alongside = mentionOf('Kazakh leader', 'person:kassym-jomart-tokayev');
    branch('alice', edited(BASE, [{ kind: 'replaceMention', id: kremlin.id, mention: administration }]));
    branch('bob', edited(BASE, [{ kind: 'replaceMention', id: kremlin.id, mention: government }, { kind: 'addMention', mention: alongside }]));
    ok('checkout', '-q', 'alice');

    const merge = git(...DRIVER, 'merge', '--no-edit', 'bob');
    assert.equal(merge.status, 1, merge.stdout + merge.stderr);
    assert.equal(ok('diff', '--name-only', '--diff-filter=U'), `${FACT_FILE}\n`, 'git records the conflict');
    const result = readFileSync(join(repo, FACT_FILE), 'utf8');
    const [region, ...more] = findConflictRegions(result);
    assert.equal(more.length, 0, 'one region');
    const ids = (lines: string) => [...lines.matchAll(/^ {2}- id: (m-[0-9a-z]+)$/gm)].map((m) => m[1]);
    assert.deepEqual(ids(region.ours), [administration.id]);
    assert.deepEqual(ids(region.theirs), [government.id]);
    // Bob's other annotation is merged, outside the markers.
    assert.ok(result.includes(`  - id: ${alongside.id}\n`));
    // The driver names the file, the lines and the entries, as the editor does.
    const lines = result.split('\n');
    const at = lines.indexOf('<<<<<<< ours') + 1;
    assert.match(merge.stdout + merge.stderr, new RegExp(`${FACT_FILE}:${at}:1: error: mentions: merge conflict \\(lines ${at}–${region.endLine}\\): ${administration.id} \\(ours\\) or ${government.id} \\(theirs\\)`));
  });

  it('leaves our version as it was, conflicted, when theirs is not a fact file, naming its line and field', () => {
    const alice = edited(BASE, [{ kind: 'addMention', mention: mentionOf('Russian leader', 'person:vladimir-putin') }]);
    const broken = BASE.replace('  publisher: TASS\n', '  publisher: TASS\n  publishd: 2022-11-23\n');
    branch('alice', alice);
    branch('bob', broken);
    ok('checkout', '-q', 'alice');

    const merge = git(...DRIVER, 'merge', '--no-edit', 'bob');
    assert.notEqual(merge.status, 0);
    assert.equal(readFileSync(join(repo, FACT_FILE), 'utf8'), alice, 'ours, untouched');
    assert.equal(ok('diff', '--name-only', '--diff-filter=U'), `${FACT_FILE}\n`);
    const line = broken.split('\n').indexOf('  publishd: 2022-11-23') + 1;
    const output = merge.stdout + merge.stderr;
    assert.match(output, new RegExp(`${FACT_FILE}: not merged: their version cannot be read as a fact file`));
    assert.match(output, new RegExp(`${FACT_FILE}:${line}:\\d+: error: article`));
  });
});
