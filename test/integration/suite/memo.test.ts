// The memo contract as the editor sees it (src/editor/services/articleAnalysis.ts): after an edit,
// the range of every mention the edit did not touch is the object it was, so that the diagnostics
// and decorations made for it are kept rather than made again for the whole article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, openSeed, pollUntil, seedUri, servicesOf } from './helpers';

const SEED = '001_59ba21db933ddaec.txt';
const ARTICLE = '930_memo.txt';

describe('the memo contract in the editor', () => {
  before(async () => {
    await vscode.workspace.fs.copy(seedUri(SEED), seedUri(ARTICLE), { overwrite: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(seedUri(ARTICLE)).then(undefined, () => undefined);
  });

  it('keeps the range of every mention an edit did not touch', async () => {
    const document = await openSeed(ARTICLE);
    const { analysis } = servicesOf(await activeExtension());
    const before = await pollUntil('the mentions of the article', () => {
      const ranges = analysis.ranges(document);
      return ranges.length > 40 && ranges;
    });
    // One letter at the end of a word halfway through, on its line, away from every mention.
    const text = document.getText();
    const mentions = analysis.mentions(document);
    let at = text.indexOf(' ', text.length / 2);
    while (mentions.some((m) => m.start - 20 < at && at < m.end + 20)) at = text.indexOf(' ', at + 1);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document)!;
    assert.ok(await editor.edit((b) => b.insert(document.positionAt(at), 'x')));
    const after = analysis.ranges(document);
    assert.notStrictEqual(after, before, 'the new version is recognized');
    assert.strictEqual(after.length, before.length);
    // Only the mentions of the piece of text the edit is in may have new ranges.
    const edited = analysis.recognition(document).pieces.find((p) => p.start <= at && at < p.start + p.piece.text.length)!;
    const first = analysis.mentions(document).findIndex((m) => m.start >= edited.start);
    const touched = new Set(edited.mentions.map((_, k) => first + k));
    const kept = after.filter((range, k) => range === before[k]).length;
    assert.strictEqual(kept, after.length - touched.size, `ranges kept: ${kept} of ${after.length}, ${touched.size} in the edited piece`);
  });
});
