// One rule for which files are the workspace's fact files, the same for the index (the summits
// view, the Problems view) and the export: every *.facts.yaml outside node_modules and outside
// every folder whose name starts with a dot.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Services } from '../../../src/editor/services/services';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { activeExtension, eventually, openSeed, pollUntil, seedUri, servicesOf } from './helpers';

const SEED = '001_59ba21db933ddaec';
const LISTED = 'drafts';
const LEFT_OUT = ['.drafts', 'node_modules/notes'];
const TIMEOUT = { timeoutMs: 15_000 };
// A folder of articles moved and deleted whole: one event for the folder, none for its files.
const WHOLE = 'whole-folder';
const MOVED = 'whole-folder-moved';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('which files are fact files', function () {
  this.timeout(40_000);
  let services: Services;
  let shipped: string;

  before(async () => {
    await openSeed(`${SEED}.txt`);
    const extension = await activeExtension();
    services = servicesOf(extension);
    shipped = await readText(vscode.Uri.joinPath(extension.extensionUri, 'seeds', `${SEED}.facts.yaml`));
    // The same annotated article in a plain folder, a dot folder and node_modules.
    for (const folder of [LISTED, ...LEFT_OUT]) {
      await vscode.workspace.fs.copy(seedUri(`${SEED}.txt`), seedUri(folder, `${SEED}.txt`), { overwrite: true });
      await vscode.workspace.fs.writeFile(seedUri(folder, `${SEED}.facts.yaml`), new TextEncoder().encode(shipped));
    }
    await services.index.rescan();
    // The watcher reads the new files too, and a read it starts after the scan's is the one that
    // counts: wait for it, so that the tests below see the index settled.
    await pollUntil('the plain folder’s fact file indexed', () => services.index.facts.paths().includes(`${LISTED}/${SEED}.facts.yaml`), TIMEOUT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const folder of [LISTED, ...LEFT_OUT]) {
      await vscode.workspace.fs.delete(seedUri(folder, `${SEED}.facts.yaml`)).then(undefined, () => undefined);
    }
    for (const folder of [LISTED, '.drafts', 'node_modules', 'export-rule', WHOLE, MOVED]) {
      await vscode.workspace.fs.delete(seedUri(folder), { recursive: true }).then(undefined, () => undefined);
    }
    await services.index.rescan();
    await pollUntil('the fact index to be empty again', () => services.index.facts.factFileCount === 0, TIMEOUT);
  });

  it('indexes a fact file in a plain folder, not one in a dot folder or node_modules', () => {
    assert.deepStrictEqual(services.index.facts.paths(), [`${LISTED}/${SEED}.facts.yaml`]);
  });

  it('exports the same fact files as it indexes', async () => {
    const target = seedUri('export-rule', 'all.jsonl');
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.exportDataset, 'jsonl', target.toString()), true);
    const paths = (await readText(target))
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { path: string }).path);
    assert.deepStrictEqual(paths, [`${LISTED}/${SEED}.txt`]);
  });

  it('shows the problems of a fact file in a dot folder while it is open, and lists it nowhere', async () => {
    const broken = seedUri('.drafts', 'broken.facts.yaml');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('schema: news-annotator/facts@1\narticle:\n  file: broken.txt\n  textHash: not-a-hash\n'));
    await vscode.window.showTextDocument(broken);
    const problem = await pollUntil('a diagnostic in the open fact file', () => vscode.languages.getDiagnostics(broken)[0], TIMEOUT);
    assert.match(problem.message, /article\.textHash/);
    assert.deepStrictEqual(services.index.facts.paths(), [`${LISTED}/${SEED}.facts.yaml`]);
    assert.deepStrictEqual(services.index.facts.invalid(), []);
  });

  it('keeps to the rule when a fact file in a dot folder changes on disk', async () => {
    // The dot folder's file changes first, then the plain folder's: once the second change is in
    // the index, the first has been seen too.
    const edited = shipped.replace('status: expected', 'status: attended');
    assert.notStrictEqual(edited, shipped);
    await vscode.workspace.fs.writeFile(seedUri('.drafts', `${SEED}.facts.yaml`), new TextEncoder().encode(edited));
    await vscode.workspace.fs.writeFile(seedUri(LISTED, `${SEED}.facts.yaml`), new TextEncoder().encode(edited));
    await eventually(() => {
      const statuses = services.index.facts.summits(services.knowledgeBase.current).flatMap((s) => s.attendances.map((a) => a.status));
      assert.ok(statuses.includes('attended'), statuses.join(', '));
    }, TIMEOUT);
    assert.deepStrictEqual(services.index.facts.paths(), [`${LISTED}/${SEED}.facts.yaml`]);
  });

  it('reads the fact files of a folder moved in whole, and forgets those of a folder deleted whole', async () => {
    await vscode.workspace.fs.copy(seedUri(`${SEED}.txt`), seedUri(WHOLE, `${SEED}.txt`), { overwrite: true });
    await vscode.workspace.fs.writeFile(seedUri(WHOLE, `${SEED}.facts.yaml`), new TextEncoder().encode(shipped));
    const inWhole = `${WHOLE}/${SEED}.facts.yaml`;
    const inMoved = `${MOVED}/${SEED}.facts.yaml`;
    await pollUntil('the fact file in the new folder to be indexed', () => services.index.facts.paths().includes(inWhole), TIMEOUT);
    await vscode.workspace.fs.rename(seedUri(WHOLE), seedUri(MOVED));
    await pollUntil(
      'the moved folder’s fact file indexed at its new path, and not at the old one',
      () => services.index.facts.paths().includes(inMoved) && !services.index.facts.paths().includes(inWhole),
      TIMEOUT,
    );
    await vscode.workspace.fs.delete(seedUri(MOVED), { recursive: true });
    await pollUntil('the deleted folder’s fact file forgotten', () => !services.index.facts.paths().includes(inMoved), TIMEOUT);
    assert.deepStrictEqual(services.index.facts.paths(), [`${LISTED}/${SEED}.facts.yaml`]);
  });
});
