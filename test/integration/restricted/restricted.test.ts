// In Restricted Mode the extension still highlights and hovers, and writes nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertTokenAt, eventually, openSeed, seedUri, semanticTokens } from '../suite/helpers';
import { COMMAND } from '../../../src/editor/shell/contributions';

const SEED = '001_59ba21db933ddaec.txt';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

describe('Restricted Mode', function () {
  this.timeout(30_000);

  it('runs in an untrusted workspace', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('still highlights the names of an article', async () => {
    const document = await openSeed(SEED);
    await eventually(async () => {
      const tokens = await semanticTokens(document, { timeoutMs: 15_000 });
      assertTokenAt(document, tokens, 'Vladimir Putin', 'person');
      assertTokenAt(document, tokens, 'Yerevan', 'place');
    }, { timeoutMs: 15_000 });
  });

  it('still shows hover cards', async () => {
    const document = await openSeed(SEED);
    const at = document.positionAt(document.getText().indexOf('Emomali Rakhmon') + 9);
    const hovers = await eventually(async () => {
      const list = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at)) ?? [];
      const text = list.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /Emomali Rahmon/);
      return text;
    });
    assert.match(hovers, /person/);
  });

  it('writes nothing: annotating is refused, the lightbulb says why, no fact file appears', async () => {
    const document = await openSeed(SEED);
    const start = document.getText().indexOf('Vladimir Putin');
    const range = new vscode.Range(document.positionAt(start), document.positionAt(start + 'Vladimir Putin'.length));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
    assert.deepStrictEqual(actions.map((a) => a.title), ['Restricted Mode: nothing is written. Manage Workspace Trust…']);
    const wrote = await vscode.commands.executeCommand(COMMAND.annotateMention, document.uri.toString(), start, start + 'Vladimir Putin'.length, 'person:vladimir-putin');
    assert.strictEqual(wrote, false);
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.exportDataset, 'csv', seedUri('out.csv').toString()), false);
    assert.strictEqual(await exists(seedUri('001_59ba21db933ddaec.facts.yaml')), false);
    assert.strictEqual(await exists(seedUri('out.csv')), false);
  });

  it('imports nothing', async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'news-annotator');
    assert.ok(extension);
    const fixture = vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'import', 'jsonl', 'seed-000.jsonl');
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.importAnnotations, 'jsonl', fixture.toString(), true), undefined);
    assert.strictEqual(await exists(seedUri('000_3208a376056ee470.facts.yaml')), false);
  });
});
