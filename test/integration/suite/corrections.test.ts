// Corrections of a recognized or annotated mention, through the lightbulb and the commands, checked
// on disk: annotate it as an entity of any type (also when annotated already), set its span to the
// selection, remove it, mark it as not an entity. Each test works on a copy of seed 001 of its own.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { actionsAt, articleCopyPerTest, hoverMarkdown, shownDuring } from './articleCopy';
import { eventually, pollUntil, semanticTokens } from './helpers';

const KREMLIN = 'Kremlin spokesman Dmitry Peskov';
const PUTIN = 'Russian President Vladimir Putin will';

function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  return !(a.intersection(b)?.isEmpty ?? true);
}

describe('corrections of a mention', function () {
  const copy = articleCopyPerTest('930_corrections');

  it('annotates an annotated mention as an entity of another type: the fact file records that one, and the editor shows it', async () => {
    const { article } = copy;
    const { document } = article;
    const kremlin = article.range(KREMLIN, 'Kremlin');
    // The presidency is the reading offered first.
    await article.run(kremlin, 'Annotate “Kremlin” as Presidential Administration of Russia');
    await eventually(async () => assert.deepStrictEqual((await article.onDisk()).mentions.map((m) => m.entity), ['organization:russia-presidential-administration']));
    // Annotated already, it is offered to be annotated as another entity all the same.
    await pollUntil('the lightbulb of the annotated mention', async () => (await actionsAt(document, kremlin)).some((a) => a.title === 'Remove the annotation of “Kremlin”'));
    assert.ok((await actionsAt(document, kremlin)).some((a) => a.title === 'Annotate “Kremlin” as another entity…'));

    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.chooseEntity, ...article.args(kremlin), 'place:moscow-kremlin'), true);
    const written = await eventually(async () => {
      const onDisk = await article.onDisk();
      assert.deepStrictEqual(onDisk.mentions.map((m) => [m.entity, m.quote, m.start]), [['place:moscow-kremlin', 'Kremlin', article.offsets(kremlin).start]]);
      return onDisk;
    });
    assert.deepStrictEqual(written.rejections, []);
    // The status: annotated, as the place, coloured as one.
    await eventually(async () => {
      const card = await hoverMarkdown(document, kremlin.start);
      assert.match(card, /Moscow Kremlin/);
      assert.match(card, /Annotated by hand in this article/);
    });
    await eventually(async () => {
      const token = (await semanticTokens(document)).find((t) => t.line === kremlin.start.line && t.char === kremlin.start.character);
      assert.strictEqual(token?.type, 'place', `the token on "Kremlin": ${JSON.stringify(token)}`);
    });
  });

  it('says which facts a re-annotated mention no longer supports, and takes it out of them', async () => {
    const { article } = copy;
    const { document } = article;
    const putin = article.range(PUTIN, 'Vladimir Putin');
    await article.run(putin, 'Record: Vladimir Putin was expected at CSTO summit, Yerevan 2022');
    await eventually(async () => assert.ok((await article.onDisk()).facts.some((f) => f.type === 'attendance' && f.person === 'person:vladimir-putin')));
    await pollUntil('the annotation in the editor', async () => (await actionsAt(document, putin)).some((a) => a.title.startsWith('Remove the annotation')));
    const { result, shown } = await shownDuring(() => vscode.commands.executeCommand(COMMAND.chooseEntity, ...article.args(putin), 'person:alexander-lukashenko'));
    assert.strictEqual(result, true);
    assert.strictEqual(shown.notifications.length, 1, shown.notifications.join(' | '));
    assert.match(shown.notifications[0], /“Vladimir Putin” is annotated as Alexander Lukashenko, and is no longer evidence of: Vladimir Putin was expected at CSTO summit, Yerevan 2022 \(removed/);
    const onDisk = await eventually(async () => {
      const s = await article.onDisk();
      assert.ok(s.mentions.some((m) => m.entity === 'person:alexander-lukashenko' && m.start === article.offsets(putin).start));
      return s;
    });
    assert.ok(!onDisk.mentions.some((m) => m.entity === 'person:vladimir-putin'), 'Putin is not annotated there any more');
    assert.ok(!onDisk.facts.some((f) => f.type === 'attendance'), 'his attendance had no other evidence');
    for (const fact of onDisk.facts) for (const id of fact.evidence) assert.ok(onDisk.mentions.some((m) => m.id === id), `evidence ${id} is a mention`);
  });

  it('sets the span of an annotated mention to the selection: the facts cite it there, and the old span is not offered', async () => {
    const { article } = copy;
    const { document } = article;
    const putin = article.range(PUTIN, 'Vladimir Putin');
    const longer = article.range(PUTIN, 'President Vladimir Putin');
    await article.run(putin, 'Record: Vladimir Putin was expected at CSTO summit, Yerevan 2022');
    await pollUntil('the annotation in the editor', async () => (await actionsAt(document, putin)).some((a) => a.title.startsWith('Remove the annotation')));
    await article.run(longer, 'Set the span of “Vladimir Putin” to “President Vladimir Putin”');
    const onDisk = await eventually(async () => {
      const s = await article.onDisk();
      assert.deepStrictEqual(
        s.mentions.filter((m) => m.entity === 'person:vladimir-putin').map((m) => [m.quote, m.start, m.end]),
        [['President Vladimir Putin', article.offsets(longer).start, article.offsets(longer).end]],
      );
      return s;
    });
    const moved = onDisk.mentions.find((m) => m.entity === 'person:vladimir-putin')!;
    const attendance = onDisk.facts.find((f) => f.type === 'attendance')!;
    assert.ok(attendance.evidence.includes(moved.id), 'the attendance cites the mention where it is now');
    // The recognized "Vladimir Putin" inside it is not offered again: no hint, no "Annotate" fix.
    const cursor = new vscode.Range(putin.start.translate(0, 1), putin.start.translate(0, 1));
    await eventually(async () => {
      const titles = (await actionsAt(document, cursor)).map((a) => a.title);
      assert.ok(!titles.includes('Annotate “Vladimir Putin” as Vladimir Putin'), titles.join(' | '));
      assert.ok(titles.includes('Remove the annotation of “President Vladimir Putin”'), titles.join(' | '));
    });
    await pollUntil('the hint on Vladimir Putin to go', () => !vscode.languages.getDiagnostics(document.uri).some((d) => overlaps(d.range, longer)));
  });

  it('sets the span of a recognized mention to the selection, from the editor: recorded there as recognized', async () => {
    const { article } = copy;
    const { document } = article;
    const council = article.range('session of the Collective Security Council, the main', 'Collective Security Council');
    const wider = article.range('session of the Collective Security Council, the main', 'the Collective Security Council');
    const editor = await vscode.window.showTextDocument(document);
    await pollUntil('the hint on the council', () => vscode.languages.getDiagnostics(document.uri).some((d) => d.range.isEqual(council)));
    editor.selection = new vscode.Selection(wider.start, wider.end);
    // As the editor's context menu runs it: with the article's URI only.
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.setMentionSpan, document.uri), true);
    await eventually(async () => {
      const s = await article.onDisk();
      assert.deepStrictEqual(s.mentions.map((m) => [m.entity, m.quote]), [['organization:csto-collective-security-council', 'the Collective Security Council']]);
    });
    await pollUntil('the hint on the council to go', () => !vscode.languages.getDiagnostics(document.uri).some((d) => overlaps(d.range, wider)));
  });

  it('refuses a selection that does not overlap the mention, and writes nothing', async () => {
    const { article } = copy;
    const putin = article.range(PUTIN, 'Vladimir Putin');
    const elsewhere = article.range('Kremlin press service earlier reported');
    const { result, shown } = await shownDuring(() =>
      vscode.commands.executeCommand(COMMAND.setMentionSpan, ...article.args(putin), article.offsets(elsewhere).start, article.offsets(elsewhere).end),
    );
    assert.strictEqual(result, false);
    assert.match(shown.notifications.join(' | '), /does not overlap “Vladimir Putin”/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(article.factFileUri)), 'no fact file was made');
  });

  it('removes an annotation and marks a mention as not an entity, from the cursor', async () => {
    const { article } = copy;
    const { document } = article;
    const editor = await vscode.window.showTextDocument(document);
    const kremlin = article.range(KREMLIN, 'Kremlin');
    const peskov = article.range(KREMLIN, 'Dmitry Peskov');
    // The presidency is the reading offered first; the place, second.
    await article.run(kremlin, 'Annotate “Kremlin” as Moscow Kremlin instead');
    await article.run(peskov, 'Annotate “Dmitry Peskov” as Dmitry Peskov');
    await eventually(async () => assert.strictEqual((await article.onDisk()).mentions.length, 2));
    await pollUntil('both annotations in the editor', async () => (await actionsAt(document, kremlin)).some((a) => a.title.startsWith('Remove the annotation')));
    editor.selection = new vscode.Selection(kremlin.start, kremlin.start);
    const removed = await shownDuring(() => vscode.commands.executeCommand(COMMAND.removeAnnotation, document.uri));
    assert.strictEqual(removed.result, true);
    editor.selection = new vscode.Selection(peskov.end, peskov.end);
    const rejected = await shownDuring(() => vscode.commands.executeCommand(COMMAND.rejectMention, document.uri));
    assert.strictEqual(rejected.result, true);
    await eventually(async () => {
      const s = await article.onDisk();
      assert.deepStrictEqual(s.mentions, []);
      assert.deepStrictEqual(s.rejections.map((r) => r.quote), ['Dmitry Peskov']);
    });
    // Routine successes, in the status bar only.
    assert.deepStrictEqual([removed.shown.statusBar, removed.shown.notifications], [['$(check) Removed the annotation of “Kremlin”'], []]);
    assert.deepStrictEqual([rejected.shown.statusBar, rejected.shown.notifications], [['$(check) Marked “Dmitry Peskov” as not an entity'], []]);
  });
});
