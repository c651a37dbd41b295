// An article over the size limit is left alone with a message: no tokens, no flags, no stall.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, servicesOf, openSeed, pollUntil, seedUri } from './helpers';

const LARGE = 'large-single-line.txt';

describe('large articles', function () {
  this.timeout(60_000);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(seedUri(LARGE)).then(undefined, () => undefined);
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
});
