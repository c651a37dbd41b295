// Comparing an article's annotations with another copy of the workspace, as two annotators do: the
// disagreements show in the article with "Keep mine / theirs / both" above each, the figures on the
// first line; keeping the other side writes our fact file in one undoable step.
import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { textHash } from '../../../src/core/factFile/ids';
import { applyFactFileEdits, newFactFileText } from '../../../src/core/factFile/store';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { articleCopyPerTest, SEED, seedMention, shownDuring } from './articleCopy';
import { eventually, pollUntil, seedUri } from './helpers';

const PUTIN = ['Russian President Vladimir Putin will', 'Vladimir Putin', 'person:vladimir-putin'] as const;
const PASHINYAN = ['Armenian Prime Minister Nikol Pashinyan, Belarusian', 'Nikol Pashinyan', 'person:nikol-pashinyan'] as const;
const LUKASHENKO = ['Pashinyan, Belarusian President Alexander Lukashenko', 'Alexander Lukashenko', 'person:alexander-lukashenko'] as const;

const mentionOf = ([context, quote, entity]: readonly [string, string, string]) => seedMention(SEED, context, quote, { entity });

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

/** The lens of the article's figures, once its exact F1 reads `exactF1`. */
async function figuresReading(uri: vscode.Uri, exactF1: string): Promise<string> {
  return eventually(async () => {
    const titles = (await lenses(uri)).map((l) => l.command?.title ?? '');
    const figures = titles.find((t) => t.includes('exact F1'));
    assert.ok(figures?.includes(`exact F1 ${exactF1},`), `the figures lens: ${titles.join(' | ')}`);
    return figures!;
  });
}

describe('comparing annotations with another copy of the workspace', function () {
  // Ours: Putin and Pashinyan. Theirs (below): Putin and Lukashenko.
  const copy = articleCopyPerTest('960_compare', { annotations: async () => [await mentionOf(PUTIN), await mentionOf(PASHINYAN)] });
  let otherCopy: string;
  let articleUri: string;

  beforeEach(async () => {
    otherCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'other-annotator-'));
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(SEED)));
    const file = copy.article.file;
    articleUri = copy.article.uri.toString();
    const theirs = applyFactFileEdits(newFactFileText({ file, language: 'en', textHash: await textHash(text) }), copy.article.factFile, [await mentionOf(PUTIN), await mentionOf(LUKASHENKO)]);
    assert.ok(theirs.ok);
    fs.writeFileSync(path.join(otherCopy, copy.article.factFile), theirs.text);
  });

  afterEach(async () => {
    // The copy's own hooks ran first: the article is gone, and so is its comparison with it; this makes sure.
    await vscode.commands.executeCommand(COMMAND.stopComparing, articleUri);
    fs.rmSync(otherCopy, { recursive: true, force: true });
  });

  it('shows each disagreement with its choices and the figures; keeping theirs writes our fact file, and undo takes it back', async () => {
    const { article } = copy;
    const uri = article.document.uri;
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.compareAnnotations, uri.toString(), { folder: otherCopy }), true);
    // One of two spans each side marked is matched: precision 1/2, recall 1/2, F1 0.50.
    await figuresReading(uri, '0.50');

    const lukashenko = article.range(LUKASHENKO[0], LUKASHENKO[1]);
    const pashinyan = article.range(PASHINYAN[0], PASHINYAN[1]);
    const at = async (range: vscode.Range) => (await lenses(uri)).filter((l) => l.range.start.isEqual(range.start)).map((l) => l.command?.title ?? '');
    // What only one side marked: keep it or not; keeping both would be keeping theirs.
    assert.deepStrictEqual((await at(lukashenko)).filter((t) => t.startsWith('Keep')), ['Keep mine', 'Keep theirs']);
    assert.deepStrictEqual((await at(pashinyan)).filter((t) => t.startsWith('Keep')), ['Keep mine', 'Keep theirs']);
    assert.ok((await at(lukashenko)).some((t) => t.includes('mine nothing') && t.includes('person:alexander-lukashenko')), (await at(lukashenko)).join(' | '));

    const keepTheirs = (await lenses(uri)).find((l) => l.range.start.isEqual(lukashenko.start) && l.command?.title === 'Keep theirs')!;
    assert.strictEqual(await vscode.commands.executeCommand(keepTheirs.command!.command, ...(keepTheirs.command!.arguments ?? [])), true);
    const written = await article.onDisk((f) => f.mentions.some((m) => m.entity === LUKASHENKO[2]));
    assert.deepStrictEqual(written.mentions.map((m) => m.entity).sort(), [LUKASHENKO[2], PASHINYAN[2], PUTIN[2]].sort(), 'theirs is added, ours kept');
    // Ours now 3 spans, theirs 2, both of theirs matched: precision 1, recall 2/3, F1 0.80.
    await figuresReading(uri, '0.80');
    assert.deepStrictEqual((await at(lukashenko)).filter((t) => t.startsWith('Keep')), [], 'settled: no choice left there');

    const factFileDocument = await vscode.workspace.openTextDocument(article.factFileUri);
    await vscode.window.showTextDocument(factFileDocument);
    await vscode.commands.executeCommand('undo');
    await pollUntil('the undo to apply', () => !factFileDocument.getText().includes(LUKASHENKO[2]));
    await factFileDocument.save();
    const undone = await article.onDisk((f) => !f.mentions.some((m) => m.entity === LUKASHENKO[2]));
    assert.deepStrictEqual(undone.mentions.map((m) => m.entity).sort(), [PASHINYAN[2], PUTIN[2]].sort());
    await figuresReading(uri, '0.50');
  });

  it('keeping mine writes nothing and leaves the choice out; stopping takes the lenses away', async () => {
    const { article } = copy;
    const uri = article.document.uri;
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.compareAnnotations, uri.toString(), { folder: otherCopy }), true);
    const pashinyan = article.range(PASHINYAN[0], PASHINYAN[1]);
    const before = await article.readDisk();
    const keepMine = await eventually(async () => {
      const lens = (await lenses(uri)).find((l) => l.range.start.isEqual(pashinyan.start) && l.command?.title === 'Keep mine');
      assert.ok(lens);
      return lens;
    });
    assert.strictEqual(await vscode.commands.executeCommand(keepMine.command!.command, ...(keepMine.command!.arguments ?? [])), true);
    assert.strictEqual(await article.readDisk(), before, 'nothing written');
    assert.ok(!(await lenses(uri)).some((l) => l.range.start.isEqual(pashinyan.start)), 'settled');
    await figuresReading(uri, '0.50');
    await vscode.commands.executeCommand(COMMAND.stopComparing, uri.toString());
    assert.deepStrictEqual(await lenses(uri), []);
  });

  it('says so when the other folder has no fact file for the article, and compares nothing', async () => {
    const { article } = copy;
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'other-annotator-empty-'));
    try {
      const { result, shown } = await shownDuring(() => vscode.commands.executeCommand(COMMAND.compareAnnotations, article.document.uri.toString(), { folder: empty }));
      assert.strictEqual(result, false);
      assert.ok(shown.notifications.some((n) => n.includes('has no fact file for') && n.includes(article.file)), shown.notifications.join(' | '));
      assert.deepStrictEqual(await lenses(article.document.uri), []);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('comparing annotations with a git revision of the workspace', function () {
  // Ours on disk: Putin and Pashinyan. The revision's (committed below): Putin and Lukashenko.
  const copy = articleCopyPerTest('961_revision', { annotations: async () => [await mentionOf(PUTIN), await mentionOf(PASHINYAN)] });
  let root: string;
  let articleUri: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Other Annotator', '-c', 'user.email=other@example.org', ...args], { cwd: root, encoding: 'utf8' }).trim();

  beforeEach(async () => {
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    articleUri = copy.article.document.uri.toString();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(SEED)));
    const theirs = applyFactFileEdits(newFactFileText({ file: copy.article.file, language: 'en', textHash: await textHash(text) }), copy.article.factFile, [await mentionOf(PUTIN), await mentionOf(LUKASHENKO)]);
    assert.ok(theirs.ok);
    // The other annotator's fact file goes into a commit without touching the one on disk.
    git('init', '-q', '-b', 'main');
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: root, input: theirs.text, encoding: 'utf8' }).trim();
    git('update-index', '--add', '--cacheinfo', `100644,${blob},${copy.article.factFile}`);
    git('commit', '-q', '-m', 'the other annotator');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand(COMMAND.stopComparing, articleUri);
    // The Git extension lets go of the repository. Its .git folder stays until the run's workspace
    // is removed: git commands the extension still has queued would fail on a folder gone under them.
    await vscode.commands.executeCommand('git.close');
  });

  it('reads the revision through the Git extension and shows what it disagrees on', async () => {
    const uri = copy.article.document.uri;
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.compareAnnotations, uri.toString(), { revision: 'HEAD' }), true);
    await figuresReading(uri, '0.50');
    const lukashenko = copy.article.range(LUKASHENKO[0], LUKASHENKO[1]);
    const titles = (await lenses(uri)).filter((l) => l.range.start.isEqual(lukashenko.start)).map((l) => l.command?.title ?? '');
    assert.ok(titles.includes('Keep theirs') && titles.some((t) => t.includes('person:alexander-lukashenko')), titles.join(' | '));
  });

  it('says so when the revision does not exist, and compares nothing', async () => {
    const uri = copy.article.document.uri;
    const { result, shown } = await shownDuring(() => vscode.commands.executeCommand(COMMAND.compareAnnotations, uri.toString(), { revision: 'no-such-branch' }));
    assert.strictEqual(result, false);
    assert.ok(shown.notifications.some((n) => n.includes('no-such-branch')), shown.notifications.join(' | '));
    assert.deepStrictEqual(await lenses(uri), []);
  });
});
