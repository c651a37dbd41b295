import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFactFile } from '../../src/core/factFile/store';

// Compiled to out/test/unit; the CLI bundle and the seeds are found from the repository root.
const REPO = join(__dirname, '../../..');
const SEEDS = join(REPO, 'seeds');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mentionsOf(file: string): string[] {
  const factFile = parseFactFile(readFileSync(file, 'utf8'), file).factFile;
  assert.ok(factFile, `${file} reads`);
  return factFile.mentions.map((m) => `${m.start}-${m.end} ${m.entity ?? m.date}`).sort();
}

function articleOf(file: string): unknown {
  return parseFactFile(readFileSync(file, 'utf8'), file).factFile?.article;
}

describe('news-annotator import', function () {
  this.timeout(60_000);
  let tmp: string;
  let workspace: string;
  let exported: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-import-'));
    workspace = join(tmp, 'workspace');
    mkdirSync(workspace);
    for (const name of readdirSync(SEEDS)) if (name.endsWith('.txt')) copyFileSync(join(SEEDS, name), join(workspace, name));
    exported = join(tmp, 'seeds.jsonl');
    const exporting = cli('export', SEEDS, '--format', 'jsonl', '--out', exported, '--no-cache');
    assert.equal(exporting.status, 0, exporting.stderr);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('reports without writing on a dry run, then writes the fact files, then finds everything already there', () => {
    const dry = cli('import', 'jsonl', exported, '--into', workspace, '--dry-run', '--json');
    assert.equal(dry.status, 0, dry.stderr);
    const report = JSON.parse(dry.stdout) as { dryRun: boolean; totals: { articles: number; written: number; created: number }; articles: { written: boolean }[] };
    assert.equal(report.dryRun, true);
    assert.equal(report.totals.articles, 5);
    assert.equal(report.totals.created, 5);
    assert.ok(report.totals.written > 250);
    assert.deepEqual(readdirSync(workspace).filter((n) => n.endsWith('.facts.yaml')), [], 'a dry run writes nothing');

    const real = cli('import', 'jsonl', exported, '--into', workspace);
    assert.equal(real.status, 0, real.stderr);
    assert.match(real.stdout, /^imported 5 of 5 documents into 5 articles/m);
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.facts.yaml'))) {
      assert.deepEqual(mentionsOf(join(workspace, name)), mentionsOf(join(SEEDS, name)), name);
      // Language, publisher and publication date as the export gave them, not read again from the text.
      assert.deepEqual(articleOf(join(workspace, name)), articleOf(join(SEEDS, name)), name);
    }

    const again = cli('import', 'jsonl', exported, '--into', workspace, '--json');
    assert.equal(again.status, 0, again.stderr);
    const second = JSON.parse(again.stdout) as { totals: { written: number; alreadyThere: number; factsWritten: number } };
    assert.equal(second.totals.written, 0);
    assert.equal(second.totals.factsWritten, 0);
    assert.equal(second.totals.alreadyThere, report.totals.written);
  });

  it('exits with 1 when a document matches no article, and never writes a fact file with a problem', () => {
    const lines = readFileSync(exported, 'utf8').split('\n');
    lines[0] = lines[0].replace('"path":"000_3208a376056ee470.txt"', '"path":"missing.txt"');
    writeFileSync(exported, lines.join('\n'));
    const broken = 'schema: news-annotator/facts@1\narticle: [\n';
    writeFileSync(join(workspace, '001_59ba21db933ddaec.facts.yaml'), broken);
    const result = cli('import', 'jsonl', exported, '--into', workspace);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /unmatched: .*seeds\.jsonl:1: /);
    assert.match(result.stderr, /001_59ba21db933ddaec\.facts\.yaml:\d+:\d+: error/);
    assert.equal(readFileSync(join(workspace, '001_59ba21db933ddaec.facts.yaml'), 'utf8'), broken);
    assert.ok(existsSync(join(workspace, '002_ef37a1a118df8b80.facts.yaml')), 'the others are written');
  });

  it('reads nothing through a link out of the source folder, and refuses what it cannot read', () => {
    const source = join(tmp, 'source');
    mkdirSync(source);
    const outside = join(tmp, 'outside.jsonl');
    copyFileSync(exported, outside);
    symlinkSync(outside, join(source, 'linked.jsonl'));
    const linked = cli('import', 'jsonl', source, '--into', workspace);
    assert.equal(linked.status, 3);
    assert.match(linked.stderr, /linked\.jsonl is a symbolic link that leads outside the workspace; it is not read/);
    assert.deepEqual(readdirSync(workspace).filter((n) => n.endsWith('.facts.yaml')), []);

    writeFileSync(join(source, 'bad.jsonl'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]));
    const invalid = cli('import', 'jsonl', join(source, 'bad.jsonl'), '--into', workspace);
    assert.equal(invalid.status, 3);
    assert.match(invalid.stderr, /bad\.jsonl:1:2: .*UTF-8/);

    assert.equal(cli('import', 'nosuchformat', exported, '--into', workspace).status, 2);
    assert.equal(cli('import', 'jsonl', exported).status, 2);
    assert.equal(cli('import', 'jsonl', join(tmp, 'missing.jsonl'), '--into', workspace).status, 3);
  });

  it("maps labels through --labels, and refuses a labels file with a problem, naming its line", () => {
    const labels = join(tmp, 'labels.yaml');
    writeFileSync(labels, 'PER: person\nMISC: nothing\n');
    const result = cli('import', 'jsonl', exported, '--into', workspace, '--labels', labels);
    assert.equal(result.status, 3);
    assert.match(result.stderr, /labels\.yaml:2:1: error: MISC: expected one of person/);
    assert.deepEqual(readdirSync(workspace).filter((n) => n.endsWith('.facts.yaml')), []);
    writeFileSync(labels, 'person: ignore\n');
    const ignored = cli('import', 'jsonl', exported, '--into', workspace, '--labels', labels, '--dry-run', '--json');
    assert.equal(ignored.status, 1);
    const report = JSON.parse(ignored.stdout) as { totals: { byReason: Record<string, number>; written: number }; unmappedLabels: unknown[] };
    assert.ok((report.totals.byReason['label ignored'] ?? 0) > 50, 'the people are left out');
    assert.deepEqual(report.unmappedLabels, []);
    assert.ok(report.totals.written > 100, 'the rest is imported');
  });
});
