import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileOutput, createFolderOutput, NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { type ExportFormat, runExport } from '../../src/core/export/index';
import { annotatedArticles } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';
import { DEFAULT_KNOWLEDGE_BASE_FILE, withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';

// Compiled to out/test/unit; the CLI bundle and the fixtures are found from the repository root.
const REPO = join(__dirname, '../../..');
const WORKSPACE = 'test/fixtures/export/workspace';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same export in process, with the knowledge base the CLI uses (bundled plus the workspace's). */
async function expected(format: ExportFormat): Promise<{ text: string; files: Map<string, string> }> {
  const file = join(REPO, WORKSPACE, DEFAULT_KNOWLEDGE_BASE_FILE);
  const { knowledgeBase } = withWorkspaceFile(readFileSync(file, 'utf8'), file);
  const out = { text: '', files: new Map<string, string>() };
  const output: ExportOutput = {
    write: async (chunk) => void (out.text += chunk),
    writeFile: async (path, content) => void out.files.set(path, content),
  };
  await runExport(format, annotatedArticles(new NodeWorkspaceFiles(join(REPO, WORKSPACE))), knowledgeBase, output);
  return out;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

describe('node file adapters', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-files-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists fact files sorted, skipping node_modules and dot folders', async () => {
    for (const dir of ['b', 'a/c', 'node_modules/x', '.git', '.news-annotator']) mkdirSync(join(tmp, dir), { recursive: true });
    for (const file of ['b/z.facts.yaml', 'a/c/y.facts.yaml', 'a/x.facts.yaml', 'a/x.txt', 'node_modules/x/n.facts.yaml', '.git/g.facts.yaml', '.news-annotator/k.facts.yaml']) {
      writeFileSync(join(tmp, file), '');
    }
    const files = new NodeWorkspaceFiles(tmp);
    assert.deepEqual(await files.listFactFiles(), ['a/c/y.facts.yaml', 'a/x.facts.yaml', 'b/z.facts.yaml']);
    assert.equal(await files.readText('a/x.txt'), '');
    assert.equal(await files.readText('a/missing.txt'), undefined);
  });

  it('writes a file only on commit, and leaves nothing on abort', async () => {
    const done = join(tmp, 'out', 'done.jsonl');
    const output = await createFileOutput(done);
    await output.write('one\n');
    await output.write('x'.repeat(100_000));
    assert.ok(!existsSync(done));
    await output.commit();
    assert.equal(readFileSync(done, 'utf8'), `one\n${'x'.repeat(100_000)}`);

    const failed = join(tmp, 'out', 'failed.jsonl');
    const aborted = await createFileOutput(failed);
    await aborted.write('half');
    await aborted.abort();
    assert.deepEqual(readdirSync(join(tmp, 'out')), ['done.jsonl']);
    await assert.rejects(aborted.writeFile('x.ann', ''), /writes one file/);
  });

  it('stages a folder and refuses paths that leave it', async () => {
    const folder = join(tmp, 'brat');
    const output = await createFolderOutput(folder);
    await output.writeFile('a/b.txt', 'text');
    await assert.rejects(output.writeFile('../escape.txt', ''), /outside the output folder/);
    assert.ok(!existsSync(folder));
    await output.commit();
    assert.deepEqual(filesUnder(folder), ['a/b.txt']);
    assert.deepEqual(readdirSync(tmp), ['brat']);

    const again = await createFolderOutput(folder);
    await again.writeFile('c.txt', 'more');
    await again.abort();
    assert.deepEqual(filesUnder(folder), ['a/b.txt']);
    assert.deepEqual(readdirSync(tmp), ['brat']);
  });
});

describe('news-annotator export (command line)', function () {
  this.timeout(120_000);
  let tmp: string;

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-export-'));
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  for (const format of ['jsonl', 'csv', 'w3c', 'conll'] as const) {
    it(`writes ${format} to one file and prints a summary`, async () => {
      const out = join(tmp, `dataset.${format}`);
      const { status, stderr } = cli('export', WORKSPACE, '--format', format, '--out', out);
      assert.equal(status, 1, `the workspace has a broken fact file and a stale mention: the dataset is incomplete\n${stderr}`);
      assert.equal(readFileSync(out, 'utf8'), (await expected(format)).text);
      const lines = stderr.trimEnd().split('\n');
      // CoNLL holds tagged tokens only: its summary claims no facts.
      const what = format === 'conll' ? '3 articles and \\d+ mentions' : '3 articles, \\d+ mentions and 11 facts';
      assert.match(lines[lines.length - 1], new RegExp(`^news-annotator: exported ${what} as ${format} to .*; skipped 1 fact file; left out \\d+ mentions?$`));
      assert.ok(lines.some((l) => /broken\.facts\.yaml:8:9: error: mentions\[0\]\.id: /.test(l)), stderr);
      assert.ok(!readdirSync(tmp).some((name) => name.includes('.partial')), 'no temporary file is left');
    });
  }

  it('writes brat to a folder, and into an existing folder replaces only its own files', async () => {
    const out = join(tmp, 'brat');
    const first = cli('export', WORKSPACE, '--format', 'brat', '--out', out);
    assert.equal(first.status, 1, first.stderr);
    const want = await expected('brat');
    assert.deepEqual(filesUnder(out).sort(), [...want.files.keys()].sort());
    for (const [path, content] of want.files) assert.equal(readFileSync(join(out, ...path.split('/')), 'utf8'), content, path);

    writeFileSync(join(out, 'notes.txt'), 'kept');
    writeFileSync(join(out, 'annotation.conf'), 'stale');
    const second = cli('export', WORKSPACE, '--format=brat', `--out=${out}`);
    assert.equal(second.status, 1, second.stderr);
    assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'kept');
    assert.equal(readFileSync(join(out, 'annotation.conf'), 'utf8'), want.files.get('annotation.conf'));
    assert.ok(!readdirSync(tmp).some((name) => name.includes('.partial')));
  });

  it('exits non-zero with a message on a bad format, a missing folder or a missing --out', () => {
    const out = join(tmp, 'never.xml');
    const bad = cli('export', WORKSPACE, '--format', 'xml', '--out', out);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^news-annotator: unknown export format: xml \(expected one of jsonl, csv, w3c, brat, conll, label-studio, spacy\)/);
    assert.ok(!existsSync(out));

    const missing = cli('export', join(tmp, 'no-such-workspace'), '--format', 'csv', '--out', join(tmp, 'x.csv'));
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /no-such-workspace: no such folder/);

    const noOut = cli('export', WORKSPACE, '--format', 'csv');
    assert.equal(noOut.status, 2);
    assert.match(noOut.stderr, /export needs --out PATH/);

    const noFormat = cli('export', WORKSPACE, '--out', join(tmp, 'x.csv'));
    assert.equal(noFormat.status, 2);
    assert.match(noFormat.stderr, /export needs --format/);

    const noDir = cli('export', '--format', 'csv', '--out', join(tmp, 'x.csv'));
    assert.equal(noDir.status, 2);
    assert.match(noDir.stderr, /export needs the workspace folder DIR/);
    assert.ok(!existsSync(join(tmp, 'x.csv')));
  });

  it('fails cleanly, leaving nothing, when the output cannot be written', () => {
    writeFileSync(join(tmp, 'a-file'), '');
    const { status, stderr } = cli('export', WORKSPACE, '--format', 'jsonl', '--out', join(tmp, 'a-file', 'dataset.jsonl'));
    assert.equal(status, 3);
    assert.match(stderr, /export failed, nothing written/);
  });

  it('exits 1 when a fact file was skipped, with or without --strict (kept for old scripts), and still writes the rest', () => {
    for (const strict of [[], ['--strict']]) {
      const out = join(tmp, `strict-${strict.length}.jsonl`);
      const { status, stderr } = cli('export', WORKSPACE, '--format', 'jsonl', '--out', out, ...strict);
      assert.equal(status, 1, stderr);
      assert.ok(existsSync(out), 'the export is still written');
    }
  });

  it('names the cited entities the knowledge base lacks, and the knowledge base above a folder exported without its own', () => {
    const whole = cli('export', WORKSPACE, '--format', 'jsonl', '--out', join(tmp, 'whole.jsonl'));
    assert.ok(
      whole.stderr.split('\n').includes('news-annotator: 1 entity the fact files cite is not in the knowledge base, so the export knows it by its id only: person:ivan-testov'),
      whole.stderr,
    );

    // Its articles folder alone: the workspace's knowledge base is above it, outside what is exported.
    const folder = `${WORKSPACE}/articles`;
    const part = cli('export', folder, '--format', 'jsonl', '--out', join(tmp, 'part.jsonl'));
    const above = join(REPO, WORKSPACE, DEFAULT_KNOWLEDGE_BASE_FILE);
    const line = part.stderr.split('\n').find((l) => l.includes('not in the knowledge base'));
    assert.ok(line, part.stderr);
    assert.ok(line.includes(`${folder} has no ${DEFAULT_KNOWLEDGE_BASE_FILE} of its own, and ${above}, above it, is outside the folder and not read: export the folder that holds it, or give --kb ${above}`), line);
    // With --kb, the knowledge base is the one given: nothing is said of the one above.
    const given = cli('export', folder, '--format', 'jsonl', '--out', join(tmp, 'given.jsonl'), '--kb', above);
    assert.ok(!given.stderr.includes('above it'), given.stderr);
  });

  it('says how many recognized names CoNLL writes as plain text, and where the first is; JSON Lines, which lists annotations only, says nothing of them', () => {
    const conll = cli('export', WORKSPACE, '--format', 'conll', '--out', join(tmp, 'left.conll'));
    const line = conll.stderr.split('\n').find((l) => l.includes('the recognizer finds'));
    assert.ok(line, conll.stderr);
    assert.match(line, /^news-annotator: \d+ names? the recognizer finds in \d+ articles? (?:is|are) neither annotated nor marked not an entity, and conll writes (?:it|them) as plain text, which reads as "not a name"; the first: “[^”]+”, test\/fixtures\/export\/workspace\/articles\/\S+\.txt:\d+$/);
    const jsonl = cli('export', WORKSPACE, '--format', 'jsonl', '--out', join(tmp, 'left.jsonl'));
    assert.ok(!jsonl.stderr.includes('the recognizer finds'), jsonl.stderr);
  });

  it('lists the export command in the usage', () => {
    const { status, stdout } = cli('--help');
    assert.equal(status, 0);
    assert.match(stdout, /news-annotator export DIR --format jsonl\|csv\|w3c\|brat\|conll\|label-studio\|spacy --out PATH/);
  });
});
