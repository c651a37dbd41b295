// A mention annotated by hand where the recognizer finds nothing is shown like any other: coloured
// by its type, with a hover card, never flagged, and it follows its text through an edit and a save.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { articleCopyPerTest, hoverMarkdown, SEED, seedMention } from './articleCopy';
import { textHash } from '../../../src/core/factFile/ids';
import { resolveAnchors } from '../../../src/core/reanchor/resolve';
import { eventually, pollUntil, semanticTokens } from './helpers';

/** "The summit" that opens the second paragraph: the Yerevan summit, which no name there tells the recognizer. */
const CONTEXT = 'The summit is expected to be attended by';
const QUOTE = 'The summit';
const SUMMIT = 'event:csto-summit-2022-yerevan';

describe('a mention annotated by hand', function () {
  // Registered first, so that it runs before the copy is closed: an edit a test left is not saved.
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  const copy = articleCopyPerTest('940_manual', { annotations: async () => [await seedMention(SEED, CONTEXT, QUOTE, { entity: SUMMIT })] });

  beforeEach(async () => {
    await pollUntil('the fact file read', () => copy.services.openFactFiles.cached(copy.article.uri));
  });

  it('is on a span the recognizer finds nothing in', () => {
    const { article, services } = copy;
    const { start, end } = article.offsets(article.range(CONTEXT, QUOTE));
    assert.deepStrictEqual(services.analysis.mentions(article.document).filter((m) => m.start < end && start < m.end), []);
  });

  it('is coloured as its type, has a hover card, and is not flagged', async () => {
    const { article } = copy;
    const { document } = article;
    const summit = article.range(CONTEXT, QUOTE);
    await eventually(async () => {
      const token = (await semanticTokens(document)).find((t) => t.line === summit.start.line && t.char === summit.start.character);
      assert.deepStrictEqual(token && [token.type, token.text], ['event', QUOTE]);
    });
    const card = await hoverMarkdown(document, summit.start.translate(0, 4));
    assert.match(card, /CSTO summit, Yerevan 2022/);
    assert.match(card, /Annotated by hand in this article/);
    // Flags come with the rest of the article's hints; none on it.
    await pollUntil('the hints of the article', () => vscode.languages.getDiagnostics(document.uri).length > 0);
    const flags = vscode.languages.getDiagnostics(document.uri).filter((d) => !(d.range.intersection(summit)?.isEmpty ?? true));
    assert.deepStrictEqual(flags.map((d) => d.message), []);
  });

  it('follows its text through an edit before it and a save', async () => {
    const { article } = copy;
    const { document } = article;
    const insertion = 'UPDATED: the programme was published.\n';
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), insertion));
    const moved = article.range(CONTEXT, QUOTE);
    await eventually(async () => {
      const token = (await semanticTokens(document)).find((t) => t.line === moved.start.line && t.char === moved.start.character);
      assert.deepStrictEqual(token && [token.type, token.text], ['event', QUOTE], 'coloured where it is now');
    });
    assert.ok(!vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'orphaned'), 'not orphaned');
    const before = await article.onDisk();
    await document.save();
    const saved = await textHash(document.getText());
    // The save records the text; the mention's entry, whose words around it the edit left as they
    // were, is kept, and found where its text went.
    const onDisk = await article.onDisk((f) => f.article.textHash === saved);
    assert.deepStrictEqual(onDisk.mentions, before.mentions);
    const found = resolveAnchors(document.getText(), onDisk.mentions, []).mentions;
    assert.deepStrictEqual(
      onDisk.mentions.map((m, i) => [m.entity, found[i].quote, found[i].start, found[i].status === 'orphaned']),
      [[SUMMIT, QUOTE, article.offsets(moved).start, false]],
    );
  });
});
