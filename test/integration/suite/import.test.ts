// Import from the command, in the real editor: a JSON Lines record of one seed article imported into
// the test workspace (the seeds without fact files), written through the fact-file writer.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activeExtension, openSeed, pollUntil, seedUri, servicesOf } from './helpers';
import { COMMAND } from '../../../src/editor/shell/contributions';
import type { ImportOutcome } from '../../../src/editor/import/importAnnotations';

const SEED = '000_3208a376056ee470';

interface Record {
  mentions: { entity?: string; date?: string; quote: string; start: number; end: number }[];
  facts: { type: string; person?: string; role?: string }[];
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
    const written = parse(await pollUntil('the fact file on disk', async () => (await exists(factFile())) && readText(factFile()))) as Record & { article: { file: string } };
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
});
