// The annotation workflow through the lightbulb, checked on disk: quick fixes write the fact file
// beside the article, undo takes them back, invalid fact files are never touched. Each test works
// on a copy of a seed article of its own, and writes first whatever annotations it needs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { actionsAt, articleCopyPerTest, deleteIfThere, hoverMarkdown, rangeOf, readWorkspaceFile, type FactFileOnDisk } from './articleCopy';
import { eventually, openSeed, pollUntil, seedUri } from './helpers';
import { textHash } from '../../../src/core/factFile/ids';
import { COMMAND } from '../../../src/editor/shell/contributions';

const OTHER_SEED = '003_4e930db99411c7ec.txt';
const OTHER_FACT_FILE = '003_4e930db99411c7ec.facts.yaml';

describe('annotation workflow', function () {
  const copy = articleCopyPerTest('920_workflow');

  after(async () => {
    await deleteIfThere(OTHER_FACT_FILE);
    await pollUntil(`the fact index to forget ${OTHER_FACT_FILE}`, () => !copy.services.index.facts.has(OTHER_FACT_FILE), { timeoutMs: 15_000 });
  });

  /** Annotates Vladimir Putin as the quick fix does, and waits until the fact file on disk has it. */
  async function annotatePutin(): Promise<void> {
    const { article } = copy;
    await article.run(article.range('Russian President Vladimir Putin will', 'Vladimir Putin'), 'Annotate “Vladimir Putin” as Vladimir Putin');
    await pollUntil('Putin on disk', async () => (await article.readDisk())?.includes('person:vladimir-putin'));
  }

  it('flags recognized mentions that are not annotated with a hint', async () => {
    const { article } = copy;
    const { document } = article;
    const putin = article.range('Russian President Vladimir Putin will', 'Vladimir Putin');
    const diagnostic = await pollUntil('a diagnostic on Vladimir Putin', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => d.range.isEqual(putin)),
    );
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(diagnostic.message, /Vladimir Putin/);
  });

  it('offers the quick fixes for a person: annotate, another entity, all mentions, attendance at the Yerevan summit, not an entity', async () => {
    const { article } = copy;
    const { document } = article;
    const titles = (await actionsAt(document, article.range('Russian President Vladimir Putin will', 'Vladimir Putin'))).map((a) => a.title);
    for (const expected of [
      'Annotate “Vladimir Putin” as Vladimir Putin',
      'Annotate “Vladimir Putin” as another entity…',
      'Record: Vladimir Putin attended CSTO summit, Yerevan 2022',
      'Record: Vladimir Putin was expected at CSTO summit, Yerevan 2022',
      'Record: Vladimir Putin was absent from CSTO summit, Yerevan 2022',
      'Mark “Vladimir Putin” as not an entity',
    ]) {
      assert.ok(titles.includes(expected), `"${expected}" among ${titles.join(' | ')}`);
    }
    const yerevan = (await actionsAt(document, article.range('will visit Yerevan on', 'Yerevan'))).map((a) => a.title);
    assert.ok(yerevan.some((t) => /^Annotate all \d+ mentions of Yerevan in this article$/.test(t)), yerevan.join(' | '));
  });

  it('annotates a mention into a new fact file beside the article', async () => {
    const { article } = copy;
    const { document } = article;
    const putin = article.range('Russian President Vladimir Putin will', 'Vladimir Putin');
    assert.strictEqual(await article.run(putin, 'Annotate “Vladimir Putin” as Vladimir Putin'), true);
    const factFile = await article.onDisk();
    assert.strictEqual(factFile.article.file, article.file);
    assert.strictEqual(factFile.article.language, 'en');
    assert.match(factFile.article.textHash, /^sha256:[0-9a-f]{64}$/);
    const mention = factFile.mentions.find((m) => m.entity === 'person:vladimir-putin');
    assert.ok(mention, 'the mention is in the fact file');
    assert.strictEqual(mention.start, document.offsetAt(putin.start));
    assert.strictEqual(mention.end, document.offsetAt(putin.end));
    assert.strictEqual(mention.quote, 'Vladimir Putin');
    // Annotated now: no diagnostic there any more.
    await pollUntil('the hint on Vladimir Putin to go', () => !vscode.languages.getDiagnostics(document.uri).some((d) => d.range.isEqual(putin)));
  });

  it('undo in the fact file takes an annotation back, redo restores it', async () => {
    const { article } = copy;
    await annotatePutin();
    await article.run(article.range('session of the Collective Security Council, the main', 'Collective Security Council'), 'Annotate “Collective Security Council” as Collective Security Council');
    await pollUntil('the council on disk', async () => (await article.readDisk())?.includes('organization:csto-collective-security-council'));
    const factFileDocument = await vscode.workspace.openTextDocument(seedUri(article.factFile));
    await vscode.window.showTextDocument(factFileDocument);
    await vscode.commands.executeCommand('undo');
    await pollUntil('the undo to apply', () => !factFileDocument.getText().includes('organization:csto-collective-security-council'));
    assert.match(factFileDocument.getText(), /person:vladimir-putin/, 'the earlier annotation stays');
    await factFileDocument.save();
    assert.doesNotMatch((await article.readDisk()) ?? '', /csto-collective-security-council/);
    await vscode.commands.executeCommand('redo');
    await pollUntil('the redo to apply', () => factFileDocument.getText().includes('organization:csto-collective-security-council'));
    await factFileDocument.save();
    assert.match((await article.readDisk()) ?? '', /csto-collective-security-council/);
  });

  it('records Putin and Pashinyan as expected at the Yerevan summit; the summit index shows both', async () => {
    const { article, services } = copy;
    await article.run(article.range('Russian President Vladimir Putin will', 'Vladimir Putin'), 'Record: Vladimir Putin was expected at CSTO summit, Yerevan 2022');
    await article.run(article.range('Armenian Prime Minister Nikol Pashinyan, Belarusian', 'Nikol Pashinyan'), 'Record: Nikol Pashinyan was expected at CSTO summit, Yerevan 2022');
    const factFile = await eventually(async () => {
      const s = await article.onDisk();
      assert.strictEqual(s.facts.filter((f) => f.type === 'attendance').length, 2);
      return s;
    });
    for (const person of ['person:vladimir-putin', 'person:nikol-pashinyan']) {
      const fact = factFile.facts.find((f) => f.type === 'attendance' && f.person === person);
      assert.ok(fact, `attendance of ${person}`);
      assert.strictEqual(fact.event, 'event:csto-summit-2022-yerevan');
      assert.strictEqual(fact.status, 'expected');
      for (const id of fact.evidence) assert.ok(factFile.mentions.some((m) => m.id === id), `evidence ${id} is a mention`);
    }
    const summit = factFile.facts.find((f) => f.type === 'summit');
    assert.ok(summit, 'the summit itself is recorded');
    assert.strictEqual(summit.city, 'place:yerevan');
    const kb = services.knowledgeBase.current;
    const yerevan = services.index.facts.summits(kb).find((s) => s.key === 'event:csto-summit-2022-yerevan');
    assert.ok(yerevan, 'Yerevan 2022 in the summit index');
    assert.deepStrictEqual(
      yerevan.attendances.map((a) => [a.person, a.status]),
      [
        ['person:nikol-pashinyan', 'expected'],
        ['person:vladimir-putin', 'expected'],
      ],
    );
  });

  it('annotates every mention of an entity in the article at once, from a mention already annotated', async () => {
    const { article, services } = copy;
    const { document } = article;
    // Recording Putin's attendance annotates the Yerevan next to him as evidence of the summit.
    await article.run(article.range('Russian President Vladimir Putin will', 'Vladimir Putin'), 'Record: Vladimir Putin was expected at CSTO summit, Yerevan 2022');
    const yerevan = article.range('will visit Yerevan on', 'Yerevan');
    await eventually(async () => {
      const s = await article.onDisk();
      assert.ok(s.mentions.some((m) => m.entity === 'place:yerevan' && m.start === document.offsetAt(yerevan.start)), 'Yerevan annotated as evidence');
    });
    const recognized = services.analysis.mentions(document).filter((m) => m.id === 'place:yerevan').length;
    const title = await pollUntil('"Annotate all" on the annotated Yerevan', async () => (await actionsAt(document, yerevan)).map((a) => a.title).find((t) => t.startsWith('Annotate all')));
    await article.run(yerevan, title);
    await eventually(async () => {
      const s = await article.onDisk();
      assert.strictEqual(s.mentions.filter((m) => m.entity === 'place:yerevan').length, recognized);
    });
  });

  it('marks a span as not an entity and stops offering it', async () => {
    const { article } = copy;
    const { document } = article;
    const sochi = article.range('resort city of Sochi hosted', 'Sochi');
    await article.run(sochi, 'Mark “Sochi” as not an entity');
    await eventually(async () => {
      const s = await article.onDisk();
      assert.ok(s.rejections.some((r) => r.quote === 'Sochi' && r.start === document.offsetAt(sochi.start)));
    });
    await pollUntil('the hint on Sochi to go', () => !vscode.languages.getDiagnostics(document.uri).some((d) => d.range.isEqual(sochi)));
    // At the cursor, only the way back is offered; on the selection, annotating the selected text too.
    const cursor = new vscode.Range(sochi.start.translate(0, 1), sochi.start.translate(0, 1));
    assert.deepStrictEqual((await actionsAt(document, cursor)).map((a) => a.title), ['Restore “Sochi” as a mention to annotate']);
    assert.deepStrictEqual((await actionsAt(document, sochi)).map((a) => a.title), ['Annotate selection as…', 'Restore “Sochi” as a mention to annotate']);
  });

  it('keeps comments and never clobbers unsaved edits in an open fact file editor', async () => {
    const { article } = copy;
    const { document } = article;
    await annotatePutin();
    const factFileDocument = await vscode.workspace.openTextDocument(seedUri(article.factFile));
    const editor = await vscode.window.showTextDocument(factFileDocument);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# reviewed by the desk, unsaved\n'));
    assert.ok(factFileDocument.isDirty);
    await vscode.window.showTextDocument(document);
    await article.run(article.range('Kremlin spokesman Dmitry Peskov said', 'Dmitry Peskov'), 'Annotate “Dmitry Peskov” as Dmitry Peskov');
    await pollUntil('the new mention in the open fact file', () => factFileDocument.getText().includes('person:dmitry-peskov'));
    assert.ok(factFileDocument.getText().startsWith('# reviewed by the desk, unsaved\n'), 'the unsaved comment is kept');
    assert.ok(factFileDocument.isDirty, 'the user decides when to save their own edits');
    assert.doesNotMatch((await article.readDisk()) ?? '', /reviewed by the desk/);
    await factFileDocument.save();
    const saved = (await article.readDisk()) ?? '';
    assert.match(saved, /^# reviewed by the desk, unsaved\n/);
    assert.match(saved, /person:dmitry-peskov/);
  });

  it('moves to the next unannotated mention from the keyboard', async () => {
    const { article } = copy;
    const { document } = article;
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await pollUntil('the hints of the article', () => vscode.languages.getDiagnostics(document.uri).length > 0);
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.nextUnannotated), true);
    const selected = document.getText(editor.selection);
    assert.ok(selected.length > 0, 'a mention is selected');
    const first = vscode.languages.getDiagnostics(document.uri).sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    assert.ok(first.range.isEqual(editor.selection), `selected "${selected}", the first flagged mention is "${document.getText(first.range)}"`);
  });

  it('leaves an invalid fact file byte-identical, with its problem at the right line, and the fixes say why', async () => {
    const broken = 'schema: news-annotator/facts@1\narticle:\n  file: 003_4e930db99411c7ec.txt\n  textHash: sha256:abc\nmentions: []\n';
    await vscode.workspace.fs.writeFile(seedUri(OTHER_FACT_FILE), new TextEncoder().encode(broken));
    const other = await openSeed(OTHER_SEED);
    const problem = await pollUntil('a diagnostic in the invalid fact file', () => vscode.languages.getDiagnostics(seedUri(OTHER_FACT_FILE))[0]);
    assert.strictEqual(problem.range.start.line, 3, 'the problem is reported on the textHash line');
    assert.match(problem.message, /article\.textHash/);
    const putin = rangeOf(other, 'Russian President Vladimir Putin is set', 'Vladimir Putin');
    // The lightbulb leaves disabled fixes out; the one fix offered says why and opens the file there.
    const offered = await actionsAt(other, putin);
    assert.strictEqual(offered.length, 1, offered.map((a) => a.title).join(' | '));
    assert.match(offered[0].title, /^Open the fact file at its problem: 003_4e930db99411c7ec\.facts\.yaml:4: article\.textHash/);
    await vscode.commands.executeCommand(offered[0].command!.command, ...(offered[0].command!.arguments ?? []));
    const editor = await pollUntil('the fact file open', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith(OTHER_FACT_FILE) ? vscode.window.activeTextEditor : undefined));
    assert.strictEqual(editor.selection.active.line, 3);
    const wrote = await vscode.commands.executeCommand(COMMAND.annotateMention, other.uri.toString(), other.offsetAt(putin.start), other.offsetAt(putin.end), 'person:vladimir-putin');
    assert.strictEqual(wrote, false);
    assert.strictEqual(await readWorkspaceFile(OTHER_FACT_FILE), broken, 'the file is left byte-identical');

    // Mended, the fact file's problem leaves the editor and the Problems view.
    const mended = broken.replace('sha256:abc', await textHash(other.getText()));
    await vscode.workspace.fs.writeFile(seedUri(OTHER_FACT_FILE), new TextEncoder().encode(mended));
    await pollUntil('the problem of the mended fact file to go', () => vscode.languages.getDiagnostics(seedUri(OTHER_FACT_FILE)).length === 0);
  });
});

/** The command and arguments of the hover card's link labelled `label`. */
function hoverLink(markdown: string, label: string): { command: string; args: unknown[] } | undefined {
  const link = [...markdown.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)]+)\)/g)].find((l) => l[1] === label);
  return link && { command: link[2], args: JSON.parse(decodeURIComponent(link[3])) as unknown[] };
}

/**
 * The information messages the extension shows while `run` runs. The tests share the extension's
 * `vscode` API object: the messages are recorded on their way to the real window, where they show.
 */
async function informationMessagesDuring(run: () => Thenable<unknown>): Promise<string[]> {
  const window = vscode.window as { showInformationMessage: (message: string, ...rest: unknown[]) => Thenable<unknown> };
  const original = window.showInformationMessage;
  const shown: string[] = [];
  window.showInformationMessage = (message: string, ...rest: unknown[]) => {
    shown.push(message);
    return original.call(vscode.window, message, ...rest);
  };
  try {
    await run();
  } finally {
    window.showInformationMessage = original;
  }
  return shown;
}

describe('annotated or rejected, never both', function () {
  // Each test on a copy of the seed, with a fact file of its own that no editor has held yet.
  const copy = articleCopyPerTest('910_never_both');

  const mentionsAt = (s: FactFileOnDisk, range: vscode.Range) => s.mentions.filter((m) => m.start === copy.article.offsets(range).start && m.end === copy.article.offsets(range).end);
  const rejectionsAt = (s: FactFileOnDisk, range: vscode.Range) => s.rejections.filter((r) => r.start === copy.article.offsets(range).start && r.end === copy.article.offsets(range).end);
  const factFile = () => copy.article.onDisk();


  it('annotating a mention marked as not an entity, from the hover card, leaves it annotated only', async () => {
    const { article } = copy;
    const { document } = article;
    const afghanistan = article.range('Threats from Afghanistan', 'Afghanistan');
    await article.run(afghanistan, 'Mark “Afghanistan” as not an entity');
    await eventually(async () => assert.strictEqual(rejectionsAt(await factFile(), afghanistan).length, 1));
    const markdown = await pollUntil('the hover card of a rejected mention', async () => {
      const card = await hoverMarkdown(document, afghanistan.start);
      return card.includes('Marked as not an entity') ? card : undefined;
    });
    const annotate = hoverLink(markdown, 'Annotate');
    assert.ok(annotate, markdown);
    assert.strictEqual(await vscode.commands.executeCommand(annotate.command, ...annotate.args), true);
    const written = await eventually(async () => {
      const s = await factFile();
      assert.strictEqual(mentionsAt(s, afghanistan).length, 1);
      return s;
    });
    assert.deepStrictEqual(rejectionsAt(written, afghanistan), [], 'the rejection is gone');
    // Removing the annotation now leaves the mention to annotate, not rejected again.
    await article.run(afghanistan, 'Remove the annotation of “Afghanistan”');
    await eventually(async () => {
      const s = await factFile();
      assert.deepStrictEqual([mentionsAt(s, afghanistan), rejectionsAt(s, afghanistan)], [[], []]);
    });
    await eventually(async () => assert.ok((await actionsAt(document, afghanistan)).some((a) => a.title === 'Annotate “Afghanistan” as Afghanistan')));
  });

  it('marking an annotated mention as not an entity leaves it rejected only', async () => {
    const { article } = copy;
    const azerbaijan = article.range('border with Azerbaijan', 'Azerbaijan');
    await article.run(azerbaijan, 'Annotate “Azerbaijan” as Azerbaijan');
    await eventually(async () => assert.strictEqual(mentionsAt(await factFile(), azerbaijan).length, 1));
    await article.run(azerbaijan, 'Mark “Azerbaijan” as not an entity');
    const written = await eventually(async () => {
      const s = await factFile();
      assert.strictEqual(rejectionsAt(s, azerbaijan).length, 1);
      return s;
    });
    assert.deepStrictEqual(mentionsAt(written, azerbaijan), [], 'the annotation is gone');
  });

  it('restoring a rejected mention, from the lightbulb or the hover card, leaves it to annotate', async () => {
    const { article } = copy;
    const { document } = article;
    const azerbaijan = article.range('border with Azerbaijan', 'Azerbaijan');
    await article.run(azerbaijan, 'Mark “Azerbaijan” as not an entity');
    await eventually(async () => assert.strictEqual(rejectionsAt(await factFile(), azerbaijan).length, 1));
    await eventually(async () => assert.ok(hoverLink(await hoverMarkdown(document, azerbaijan.start), 'Restore as a Mention to Annotate'), 'the hover card offers it'));
    await article.run(azerbaijan, 'Restore “Azerbaijan” as a mention to annotate');
    await eventually(async () => {
      const s = await factFile();
      assert.deepStrictEqual([mentionsAt(s, azerbaijan), rejectionsAt(s, azerbaijan)], [[], []]);
    });
    // Pending again: flagged, and offered for annotation.
    await pollUntil('the hint on Azerbaijan to come back', () => vscode.languages.getDiagnostics(document.uri).some((d) => d.range.isEqual(azerbaijan)));
    await eventually(async () => assert.ok((await actionsAt(document, azerbaijan)).some((a) => a.title === 'Annotate “Azerbaijan” as Azerbaijan')));
  });

  it('changing an attendance status from the lightbulb says which status it replaced', async () => {
    const { article } = copy;
    const putin = article.range('Russian President Vladimir Putin will', 'Vladimir Putin');
    const first = await informationMessagesDuring(() => article.run(putin, 'Record: Vladimir Putin was expected at CSTO summit, Yerevan 2022'));
    assert.deepStrictEqual(first, [], 'a first status replaces nothing');
    await eventually(async () => assert.ok((await factFile()).facts.some((f) => f.person === 'person:vladimir-putin' && f.status === 'expected')));
    const changed = await informationMessagesDuring(() => article.run(putin, 'Record: Vladimir Putin attended CSTO summit, Yerevan 2022'));
    assert.deepStrictEqual(changed, ['Vladimir Putin at CSTO summit, Yerevan 2022: now attended (was expected)']);
    const facts = (await factFile()).facts.filter((f) => f.person === 'person:vladimir-putin');
    assert.deepStrictEqual(facts.map((f) => f.status), ['attended']);
  });
});
