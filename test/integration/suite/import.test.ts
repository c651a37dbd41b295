// Import from the command, in the real editor: a JSON Lines record of one seed article imported into
// the test workspace (the seeds without fact files), written through the fact-file writer.
import * as assert from 'assert';
import { tmpdir } from 'os';
import { join } from 'path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activeExtension, openSeed, pollUntil, seedUri, servicesOf } from './helpers';
import { COMMAND } from '../../../src/editor/shell/contributions';
import type { ImportOutcome } from '../../../src/editor/import/importAnnotations';

const SEED = '000_3208a376056ee470';

interface Record {
  path: string;
  metadata: { language?: string; publisher?: string; published?: string };
  mentions: { entity?: string; date?: string; quote: string; start: number; end: number }[];
  facts: { type: string; person?: string; role?: string }[];
}

interface WrittenFactFile extends Omit<Record, 'path' | 'metadata'> {
  article: { file: string; language?: string; publisher?: string; published?: string };
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
}

/** The fact file at `uri` once it is on disk, parsed. */
async function writtenFactFile(uri: vscode.Uri): Promise<WrittenFactFile> {
  return parse(await pollUntil(`${uri.path} on disk`, async () => (await exists(uri)) && readText(uri))) as WrittenFactFile;
}

describe('import', function () {
  this.timeout(30_000);
  const factFile = () => seedUri(`${SEED}.facts.yaml`);
  let fixture: vscode.Uri;

  before(async () => {
    await openSeed(`${SEED}.txt`);
    const extension = await activeExtension();
    fixture = vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'import', 'jsonl', 'seed-000.jsonl');
    await vscode.workspace.fs.delete(factFile()).then(undefined, () => undefined);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(factFile()).then(undefined, () => undefined);
    const services = servicesOf(await activeExtension());
    await pollUntil('the fact index to forget the imported fact file', () => services.index.facts.factFileCount === 0);
  });

  it('writes nothing when the report is not confirmed', async () => {
    const outcome = await vscode.commands.executeCommand<ImportOutcome>(COMMAND.importAnnotations, 'jsonl', fixture.toString(), false);
    assert.ok(outcome);
    assert.strictEqual(outcome.written, 0);
    assert.ok(outcome.totals.written >= 6, `${outcome.totals.written} mentions to write`);
    assert.strictEqual(await exists(factFile()), false);
  });

  it("imports the record's mentions and facts into the article's new fact file on disk", async () => {
    const record = JSON.parse(await readText(fixture)) as Record;
    const outcome = await vscode.commands.executeCommand<ImportOutcome>(COMMAND.importAnnotations, 'jsonl', fixture.toString(), true);
    assert.ok(outcome);
    assert.deepStrictEqual(outcome.refused, []);
    assert.strictEqual(outcome.written, 1);
    const written = await writtenFactFile(factFile());
    assert.strictEqual(written.article.file, `${SEED}.txt`);
    const spans = (list: Record['mentions']) => list.map((m) => `${m.start}-${m.end} ${m.quote} ${m.entity ?? m.date}`).sort();
    assert.deepStrictEqual(spans(written.mentions), spans(record.mentions));
    assert.deepStrictEqual(
      written.facts.map((f) => `${f.type} ${f.person} ${f.role}`),
      record.facts.map((f) => `${f.type} ${f.person} ${f.role}`),
    );

    // Again: everything is already there, and the file is left as it is.
    const before = await readText(factFile());
    const again = await vscode.commands.executeCommand<ImportOutcome>(COMMAND.importAnnotations, 'jsonl', fixture.toString(), true);
    assert.ok(again);
    assert.strictEqual(again.totals.written, 0);
    assert.strictEqual(again.totals.alreadyThere, record.mentions.length);
    assert.strictEqual(await readText(factFile()), before);
  });

  it("records in the fact file it creates the language, publisher and publication date the record gives, not those read again from the text", async () => {
    // Seed 001's dateline does not give its publication date; its fact file did.
    const uri = (await activeExtension()).extensionUri;
    const source = vscode.Uri.joinPath(uri, 'test', 'fixtures', 'import', 'jsonl', 'seed-001.jsonl');
    const record = JSON.parse(await readText(source)) as Record;
    const created = seedUri(record.path.replace(/\.txt$/, '.facts.yaml'));
    try {
      const outcome = await vscode.commands.executeCommand<ImportOutcome>(COMMAND.importAnnotations, 'jsonl', source.toString(), true);
      assert.ok(outcome);
      assert.strictEqual(outcome.written, 1);
      const { file, language, publisher, published } = (await writtenFactFile(created)).article;
      assert.deepStrictEqual({ file, language, publisher, published }, { file: record.path, language: record.metadata.language, publisher: record.metadata.publisher, published: record.metadata.published });
    } finally {
      await remove(created);
    }
  });

  it('takes for articles the files newsAnnotator.articleFiles names (and those fact files name), not every .txt file', async () => {
    const text = await readText(seedUri(`${SEED}.txt`));
    const record = JSON.parse(await readText(fixture)) as Record;
    // A .txt file the setting does not name, and a file it is made to name; each with an article's text.
    const draft = seedUri('drafts', 'copy.txt');
    const report = seedUri('report.news');
    await writeText(draft, text);
    await writeText(report, text);
    const source = vscode.Uri.file(join(tmpdir(), `news-annotator-import-${process.pid}.jsonl`));
    await writeText(source, `${JSON.stringify({ ...record, path: 'copy.txt' })}\n${JSON.stringify({ ...record, path: 'report.news' })}\n`);
    const settings = vscode.workspace.getConfiguration('newsAnnotator');
    const patterns = settings.get<string[]>('articleFiles') ?? [];
    await settings.update('articleFiles', [...patterns, '**/seeds/*.news'], vscode.ConfigurationTarget.Workspace);
    try {
      const outcome = await vscode.commands.executeCommand<ImportOutcome>(COMMAND.importAnnotations, 'jsonl', source.toString(), true);
      assert.ok(outcome);
      assert.strictEqual(outcome.totals.documents, 2);
      assert.strictEqual(outcome.totals.matched, 1, 'the record named for drafts/copy.txt finds no article');
      assert.deepStrictEqual(outcome.refused, []);
      assert.strictEqual(outcome.written, 1);
      assert.strictEqual((await writtenFactFile(seedUri('report.news.facts.yaml'))).article.file, 'report.news');
      assert.strictEqual(await exists(seedUri('drafts', 'copy.facts.yaml')), false);
    } finally {
      await settings.update('articleFiles', undefined, vscode.ConfigurationTarget.Workspace);
      for (const uri of [seedUri('drafts', 'copy.facts.yaml'), seedUri('drafts'), report, seedUri('report.news.facts.yaml'), source]) await remove(uri);
    }
  });
});
