// An article over the size limit is left alone with a message: no tokens, no flags, no stall. A
// long one under it has its hints shared among collections, each mention's once, through edits.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, servicesOf, openSeed, pollUntil, seedUri } from './helpers';

const LARGE = 'large-single-line.txt';
const LONG = 'long-report.txt';

describe('large articles', function () {
  this.timeout(60_000);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(seedUri(LARGE)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(seedUri(LONG)).then(undefined, () => undefined);
  });

  it('turns analysis off for a 5 MB single-line article at once, while smaller ones keep working', async () => {
    await openSeed('001_59ba21db933ddaec.txt');
    const services = servicesOf(await activeExtension());
    const paragraph = 'Russian President Vladimir Putin will visit Yerevan on Wednesday. ';
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    await vscode.workspace.fs.writeFile(seedUri(LARGE), new TextEncoder().encode(text));
    const document = await openSeed(LARGE);
    assert.strictEqual(document.languageId, 'news-article');
    assert.ok(services.analysis.isTooLarge(document));
    const started = Date.now();
    assert.deepStrictEqual(services.analysis.mentions(document), []);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(!tokens || tokens.data.length === 0, 'no semantic tokens');
    assert.ok(Date.now() - started < 2000, 'answered at once');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(document.uri), []);
    // A normal article in the same window is still highlighted.
    const seed = await openSeed('003_4e930db99411c7ec.txt');
    await pollUntil('mentions in a normal article', () => services.analysis.mentions(seed).length > 50);
  });

  it('keeps one hint on every mention of a long article, its bands of lines in several collections, through a line added and a word typed', async () => {
    const seed = await openSeed('001_59ba21db933ddaec.txt');
    const services = servicesOf(await activeExtension());
    // About 85 KB: twenty copies of a seed, some 1,700 mentions, none annotated.
    await vscode.workspace.fs.writeFile(seedUri(LONG), new TextEncoder().encode(`${seed.getText()}\n\n`.repeat(20)));
    const document = await openSeed(LONG);
    const hinted = (d: vscode.Diagnostic) => d.source === 'News Annotator' && d.severity === vscode.DiagnosticSeverity.Hint;
    const mentions = services.analysis.mentions(document).length;
    assert.ok(mentions > 1000, `${mentions} mentions`);
    await pollUntil('a hint on every mention', () => vscode.languages.getDiagnostics(document.uri).filter(hinted).length === mentions);
    const last = services.analysis.ranges(document).at(-1)!;
    assert.ok(vscode.languages.getDiagnostics(document.uri).some((d) => hinted(d) && d.range.isEqual(last)), 'the last mention has its hint');
    assert.ok(!vscode.languages.getDiagnostics(document.uri).some((d) => /further/.test(d.message)), 'no message that some were left out');
    // A line typed at the top moves every hint a line down; a word typed in the middle changes one band.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'Vladimir Putin\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await pollUntil('a hint on every mention after a line was added', () => {
      const moved = services.analysis.ranges(document);
      const shown = vscode.languages.getDiagnostics(document.uri).filter(hinted);
      return moved.length > mentions && shown.length === moved.length && shown.some((d) => d.range.isEqual(moved.at(-1)!));
    });
    const middle = new vscode.WorkspaceEdit();
    middle.insert(document.uri, new vscode.Position(Math.floor(document.lineCount / 2), 0), 'Minsk ');
    assert.ok(await vscode.workspace.applyEdit(middle));
    await pollUntil('the new hint in the middle, and every other one', () => {
      const now = services.analysis.ranges(document);
      const shown = vscode.languages.getDiagnostics(document.uri).filter(hinted);
      return shown.length === now.length && shown.some((d) => d.range.start.line === Math.floor(document.lineCount / 2) && d.range.start.character === 0);
    });
  });
});
