// A whole article from the keyboard: annotate-and-advance and reject-and-advance write the mention
// at the cursor and select the next one to do; their successes go to the status bar, not to
// notifications that pile up.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { articleCopyPerTest, shownDuring } from './articleCopy';
import { eventually, pollUntil } from './helpers';

const PUTIN = 'Russian President Vladimir Putin will';

describe('the keyboard flow', function () {
  const copy = articleCopyPerTest('950_keyboard');

  /** The mentions flagged as still to do, in text order. */
  async function flagged(): Promise<vscode.Range[]> {
    const { document } = copy.article;
    await pollUntil('the hints of the article', () => vscode.languages.getDiagnostics(document.uri).length > 0);
    return vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.code === 'unannotated' || d.code === 'candidate')
      .map((d) => d.range)
      .sort((a, b) => a.start.compareTo(b.start));
  }

  /** Puts the cursor on `range` and runs `command`; returns what it showed and the flagged mention after `range`. */
  async function runOn(range: vscode.Range, command: string) {
    const editor = await vscode.window.showTextDocument(copy.article.document);
    const next = (await flagged()).find((r) => r.start.isAfter(range.start));
    assert.ok(next, 'a mention to do after it');
    editor.selection = new vscode.Selection(range.start.translate(0, 1), range.start.translate(0, 1));
    const { result, shown } = await shownDuring(() => vscode.commands.executeCommand(command));
    assert.strictEqual(result, true);
    return { editor, next, shown };
  }

  it('annotate-and-advance annotates the mention at the cursor as recognized and selects the next one to do', async () => {
    const { article } = copy;
    const putin = article.range(PUTIN, 'Vladimir Putin');
    const { editor, next, shown } = await runOn(putin, COMMAND.annotateAndAdvance);
    await eventually(async () => {
      const s = await article.onDisk();
      assert.deepStrictEqual(s.mentions.map((m) => [m.entity, m.quote, m.start]), [['person:vladimir-putin', 'Vladimir Putin', article.offsets(putin).start]]);
    });
    assert.ok(editor.selection.isEqual(new vscode.Selection(next.start, next.end)), `selected "${article.document.getText(editor.selection)}", the next to do is "${article.document.getText(next)}"`);
    assert.deepStrictEqual(shown, { statusBar: ['$(check) Annotated “Vladimir Putin” as Vladimir Putin'], notifications: [] });
    await pollUntil('the hint on Putin to go', () => !vscode.languages.getDiagnostics(article.document.uri).some((d) => d.range.isEqual(putin)));
  });

  it('reject-and-advance marks the mention at the cursor as not an entity and selects the next one to do', async () => {
    const { article } = copy;
    const yerevan = article.range('will visit Yerevan on', 'Yerevan');
    const { editor, next, shown } = await runOn(yerevan, COMMAND.rejectAndAdvance);
    await eventually(async () => {
      const s = await article.onDisk();
      assert.deepStrictEqual(s.rejections.map((r) => [r.quote, r.start]), [['Yerevan', article.offsets(yerevan).start]]);
      assert.deepStrictEqual(s.mentions, []);
    });
    assert.ok(editor.selection.isEqual(new vscode.Selection(next.start, next.end)), `selected "${article.document.getText(editor.selection)}", the next to do is "${article.document.getText(next)}"`);
    assert.deepStrictEqual(shown, { statusBar: ['$(check) Marked “Yerevan” as not an entity'], notifications: [] });
  });

  it('annotate-and-advance on a mention done already only moves on, and writes nothing', async () => {
    const { article } = copy;
    const putin = article.range(PUTIN, 'Vladimir Putin');
    await runOn(putin, COMMAND.annotateAndAdvance);
    await eventually(async () => assert.strictEqual((await article.onDisk()).mentions.length, 1));
    await pollUntil('the hint on Putin to go', () => !vscode.languages.getDiagnostics(article.document.uri).some((d) => d.range.isEqual(putin)));
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(article.factFileUri));
    const { editor, next } = await runOn(putin, COMMAND.annotateAndAdvance);
    assert.ok(editor.selection.isEqual(new vscode.Selection(next.start, next.end)));
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(article.factFileUri)), before);
  });
});
