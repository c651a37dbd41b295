// Free annotation from a selection, checked on disk: the lightbulb on a selection offers only what
// is about the selected text, "Annotate selection as…" first; the command annotates any span as an
// entity, a date or a new entity; the recognizer learns the text as a name, in the workspace
// knowledge base, in the same undoable step, and finds it in other articles at once; every mention
// of an entity is annotated across the workspace after the preview is confirmed. Each test writes
// articles of its own, and takes away what it wrote.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Services } from '../../../src/editor/services/services';
import { COMMAND } from '../../../src/editor/shell/contributions';
import type { SelectionAnswer } from '../../../src/editor/annotation/selection/annotateSelection';
import type { AnnotatedInWorkspace } from '../../../src/editor/annotation/commands/annotateInWorkspace';
import { actionsAt, deleteIfThere, readWorkspaceFile } from './articleCopy';
import { activeExtension, eventually, openSeed, pollUntil, seedUri, servicesOf } from './helpers';

const KNOWLEDGE_BASE = '.news-annotator/knowledge-base.yaml';
const LUKASHENKO = 'person:alexander-lukashenko';
const TEXT = [
  'Drills near Astana',
  'ASTANA, September 3. /TASS/. Troops of Kazakhstan and Belarus began the Interaction-2024 exercise near Astana on 2 September 2024, the Belarusian leader said. He watched the drills with Kassym-Jomart Tokayev.',
  '',
].join('\n');

interface MentionOnDisk {
  id: string;
  entity?: string;
  date?: string;
  quote: string;
  start: number;
  end: number;
}

/** One test's article: `<name>.txt` with `text`, open in an editor, without a fact file. */
class Article {
  readonly file: string;
  readonly factFile: string;
  document!: vscode.TextDocument;

  constructor(name: string, readonly text = TEXT) {
    this.file = `${name}.txt`;
    this.factFile = `${name}.facts.yaml`;
  }

  async open(): Promise<vscode.TextDocument> {
    await deleteIfThere(this.factFile);
    await vscode.workspace.fs.writeFile(seedUri(this.file), new TextEncoder().encode(this.text));
    this.document = await openSeed(this.file);
    return this.document;
  }

  async remove(services: Services): Promise<void> {
    await deleteIfThere(this.factFile);
    await deleteIfThere(this.file);
    await pollUntil(`the fact index to forget ${this.factFile}`, () => !services.index.facts.has(this.factFile), { timeoutMs: 15_000 });
  }

  /** The span of the first `quote` in the text, after `after` when given. */
  span(quote: string, after = ''): [number, number] {
    const start = this.text.indexOf(quote, after ? this.text.indexOf(after) : 0);
    assert.ok(start >= 0, `"${quote}" is in ${this.file}`);
    return [start, start + quote.length];
  }

  range(quote: string, after = ''): vscode.Range {
    const [start, end] = this.span(quote, after);
    return new vscode.Range(this.document.positionAt(start), this.document.positionAt(end));
  }

  async mentionsOnDisk(): Promise<MentionOnDisk[]> {
    const text = await pollUntil(`${this.factFile} on disk`, () => readWorkspaceFile(this.factFile));
    return (parse(text) as { mentions: MentionOnDisk[] }).mentions;
  }
}

function annotateSelection(article: Article, start: number, end: number, answer: SelectionAnswer): Thenable<boolean> {
  return vscode.commands.executeCommand<boolean>(COMMAND.annotateSelection, article.document.uri.toString(), start, end, answer);
}

/** What the knowledge base on disk adds to entities defined elsewhere. */
async function aliasSectionOnDisk(): Promise<Record<string, Record<string, string[]>>> {
  const text = await pollUntil('the workspace knowledge base on disk', () => readWorkspaceFile(KNOWLEDGE_BASE));
  return ((parse(text) as { aliases?: Record<string, Record<string, string[]>> } | null)?.aliases) ?? {};
}

describe('annotating a selection', function () {
  let services: Services;
  let articles: Article[] = [];
  let tests = 0;

  /** A new article of this test, open. */
  async function article(text = TEXT): Promise<Article> {
    const made = new Article(`930_selection_${++tests}_${articles.length}`, text);
    articles.push(made);
    await made.open();
    return made;
  }

  before(async () => {
    // An article opened activates the extension, when no test before this one has.
    await openSeed('000_3208a376056ee470.txt');
    services = servicesOf(await activeExtension());
    await services.index.scan();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const made of articles) await made.remove(services);
    articles = [];
    await deleteIfThere('.news-annotator');
    await services.knowledgeBase.reload();
    await pollUntil('the workspace knowledge base to be gone', () => !services.knowledgeBase.current.get(LUKASHENKO)?.aliases.en?.includes('Belarusian leader'));
  });

  it('offers on a selection "Annotate selection as…" first and preferred, and nothing about other mentions near it', async () => {
    const a = await article();
    // Selected by hand, with a space before.
    const actions = await actionsAt(a.document, a.range(' Interaction-2024'));
    assert.strictEqual(actions[0]?.title, 'Annotate selection as…', actions.map((x) => x.title).join(' | '));
    assert.strictEqual(actions[0].isPreferred, true);
    assert.deepStrictEqual(actions[0].command?.arguments, [a.document.uri.toString(), ...a.span('Interaction-2024')], 'the selection without its space');
    assert.deepStrictEqual(actions.filter((x) => x.isPreferred).map((x) => x.title), ['Annotate selection as…'], 'one preferred action');

    // A selection across a recognized name offers only what is about the selection: to annotate it,
    // or to make it the span of the name it overlaps; nothing about the others on the line.
    const across = (await actionsAt(a.document, a.range('Interaction-2024 exercise near Astana'))).map((x) => x.title);
    assert.strictEqual(across[0], 'Annotate selection as…');
    assert.ok(across.includes('Set the span of “Astana” to “Interaction-2024 exercise near Astana”'), across.join(' | '));
    for (const title of across.slice(1)) {
      assert.match(title, /^Set the span of “(Interaction-2024|Astana)” to “Interaction-2024 exercise near Astana”$/, 'only the names inside the selection');
    }

    // A selection that is exactly a recognized name offers that name's actions too, after it.
    const exact = (await actionsAt(a.document, a.range('Kazakhstan'))).map((x) => x.title);
    assert.strictEqual(exact[0], 'Annotate selection as…');
    assert.ok(exact.includes('Annotate “Kazakhstan” as Kazakhstan'), exact.join(' | '));
    assert.ok(!exact.some((title) => /Belarus|Astana|Tokayev/.test(title)), `nothing about the other names on the line: ${exact.join(' | ')}`);
  });

  it('annotates any span as a chosen entity, learns the text as its name, and finds it in another article at once', async () => {
    const a = await article();
    // A description the recognizer does not read as a name.
    assert.strictEqual(services.analysis.mentions(a.document).some((m) => m.text.includes('leader')), false);
    const [start, end] = a.span('Belarusian leader');
    // The selection as a hand makes it, with the space and comma around it.
    assert.strictEqual(await annotateSelection(a, start - 1, end + 1, { entity: LUKASHENKO }), true);
    const [mention] = await a.mentionsOnDisk();
    assert.deepStrictEqual({ entity: mention.entity, quote: mention.quote, start: mention.start, end: mention.end }, { entity: LUKASHENKO, quote: 'Belarusian leader', start, end });
    assert.deepStrictEqual((await aliasSectionOnDisk())[LUKASHENKO], { en: ['Belarusian leader'] });

    const other = await article('The Belarusian leader arrived later.\n');
    const found = await pollUntil('"Belarusian leader" recognized in the other article', () =>
      services.analysis.mentions(other.document).find((m) => m.text === 'Belarusian leader'),
    );
    assert.strictEqual(found.id, LUKASHENKO);
  });

  it('undoes the annotation and the name it taught together, from either file', async () => {
    const a = await article();
    const kbBefore = await readWorkspaceFile(KNOWLEDGE_BASE);
    const [start, end] = a.span('Belarusian leader');
    assert.strictEqual(await annotateSelection(a, start, end, { entity: LUKASHENKO }), true);
    await pollUntil('the name learnt', () => services.knowledgeBase.current.get(LUKASHENKO)?.aliases.en?.includes('Belarusian leader'));

    const factFile = await vscode.workspace.openTextDocument(seedUri(a.factFile));
    const knowledgeBase = await vscode.workspace.openTextDocument(seedUri(KNOWLEDGE_BASE));
    assert.match(factFile.getText(), /entity: person:alexander-lukashenko/);
    assert.match(knowledgeBase.getText(), /Belarusian leader/);
    const learnt = () => services.knowledgeBase.current.get(LUKASHENKO)?.aliases.en?.includes('Belarusian leader');
    const bothUndone = () => {
      assert.doesNotMatch(factFile.getText(), /entity: person:alexander-lukashenko/, 'the annotation is undone');
      assert.doesNotMatch(knowledgeBase.getText(), /Belarusian leader/, 'the name it taught is undone with it');
      assert.strictEqual(knowledgeBase.getText(), kbBefore ?? '', 'the knowledge base is as it was');
    };
    // Undo in the fact file.
    await vscode.window.showTextDocument(factFile);
    await vscode.commands.executeCommand('undo');
    await eventually(bothUndone);
    await pollUntil('the name unlearnt', () => !learnt());
    // Redo and undo again, in the knowledge base.
    await vscode.window.showTextDocument(knowledgeBase);
    await vscode.commands.executeCommand('redo');
    await eventually(() => {
      assert.match(factFile.getText(), /entity: person:alexander-lukashenko/, 'the annotation is back');
      assert.match(knowledgeBase.getText(), /Belarusian leader/, 'the name is back');
    });
    await pollUntil('the name learnt again', learnt);
    await vscode.commands.executeCommand('undo');
    await eventually(bothUndone);
    await pollUntil('the name unlearnt again', () => !learnt());
    await factFile.save();
    await knowledgeBase.save();
  });

  it('annotates a span as a date, and as a new entity that is then recognized elsewhere', async () => {
    const a = await article();
    const [dateStart, dateEnd] = a.span('2 September 2024');
    // A date the recognizer reads too, annotated with the value the annotator typed.
    assert.strictEqual(await annotateSelection(a, dateStart, dateEnd, { date: '2024-09-02' }), true);
    const [start, end] = a.span('Drills near Astana');
    assert.strictEqual(await annotateSelection(a, start, end, { newEntity: { type: 'event', kind: 'exercise', dates: '2024-09-02/2024-09-06', country: 'place:kazakhstan' } }), true);

    const mentions = await eventually(async () => {
      const onDisk = await a.mentionsOnDisk();
      assert.strictEqual(onDisk.length, 2);
      return onDisk;
    });
    assert.deepStrictEqual(
      mentions.map((m) => [m.quote, m.date ?? m.entity]),
      [
        ['Drills near Astana', 'event:drills-near-astana'],
        ['2 September 2024', '2024-09-02'],
      ],
    );
    const kb = parse((await readWorkspaceFile(KNOWLEDGE_BASE))!) as { entities: Record<string, unknown>[] };
    assert.deepStrictEqual(kb.entities, [
      { id: 'event:drills-near-astana', type: 'event', name: 'Drills near Astana', aliases: { en: ['Drills near Astana'] }, kind: 'exercise', start: '2024-09-02', end: '2024-09-06', host: 'place:kazakhstan' },
    ]);
    const other = await article('The drills near Astana ended on Friday.\n');
    const found = await pollUntil('the new entity recognized in another article', () => services.analysis.mentions(other.document).find((m) => m.id === 'event:drills-near-astana'));
    assert.strictEqual(found.text, 'drills near Astana');
  });

  it('annotates a name the recognizer would find everywhere, without learning it', async () => {
    const a = await article();
    const [start, end] = a.span('He', 'said.');
    assert.strictEqual(await annotateSelection(a, start, end, { entity: LUKASHENKO }), true);
    const [mention] = await a.mentionsOnDisk();
    assert.deepStrictEqual([mention.quote, mention.entity], ['He', LUKASHENKO]);
    assert.strictEqual(await readWorkspaceFile(KNOWLEDGE_BASE), undefined, 'the workspace knowledge base is not written');
  });

  it('offers on a recognized name to annotate it everywhere, and writes every article confirmed, nothing when cancelled', async () => {
    const first = await article('Lukashenko spoke first. Then Lukashenko left.\n');
    const second = await article('Tokayev met Lukashenko.\n');
    const titles = (await actionsAt(first.document, first.range('Lukashenko').with({ end: first.range('Lukashenko').start }))).map((x) => x.title);
    assert.ok(titles.includes('Annotate every mention of Alexander Lukashenko in the workspace…'), titles.join(' | '));

    const cancelled = await vscode.commands.executeCommand<AnnotatedInWorkspace>(COMMAND.annotateEntityInWorkspace, LUKASHENKO, []);
    assert.deepStrictEqual(cancelled, { articles: 0, mentions: 0, refused: [] });
    assert.strictEqual(await readWorkspaceFile(first.factFile), undefined, 'nothing written when the preview is cancelled');
    assert.strictEqual(await readWorkspaceFile(second.factFile), undefined, 'nothing written when the preview is cancelled');

    const done = await vscode.commands.executeCommand<AnnotatedInWorkspace>(COMMAND.annotateEntityInWorkspace, LUKASHENKO, [first.document.uri.toString(), second.document.uri.toString()]);
    assert.deepStrictEqual(done, { articles: 2, mentions: 3, refused: [] });
    assert.deepStrictEqual((await first.mentionsOnDisk()).map((m) => [m.quote, m.entity, m.start]), [
      ['Lukashenko', LUKASHENKO, 0],
      ['Lukashenko', LUKASHENKO, first.text.lastIndexOf('Lukashenko')],
    ]);
    assert.deepStrictEqual((await second.mentionsOnDisk()).map((m) => [m.quote, m.entity]), [['Lukashenko', LUKASHENKO]]);
  });

  it('writes no article whose fact file cannot be read, and says which', async () => {
    const good = await article('Lukashenko spoke.\n');
    const broken = await article('Lukashenko left.\n');
    const brokenText = 'schema: news-annotator/facts@1\narticle: [\n';
    await vscode.workspace.fs.writeFile(seedUri(broken.factFile), new TextEncoder().encode(brokenText));
    await pollUntil('the broken fact file read', () => services.index.problemsOf(seedUri(broken.factFile)).length > 0);
    // The seed articles mention him too: only this test's articles are confirmed.
    const done = await vscode.commands.executeCommand<AnnotatedInWorkspace>(COMMAND.annotateEntityInWorkspace, LUKASHENKO, [good.document.uri.toString(), broken.document.uri.toString()]);
    assert.ok(done.refused.some((r) => r.file === broken.factFile || r.file === broken.file), JSON.stringify(done.refused));
    assert.strictEqual(await readWorkspaceFile(broken.factFile), brokenText, 'the unreadable fact file is left as it was');
    assert.deepStrictEqual((await good.mentionsOnDisk()).map((m) => m.entity), [LUKASHENKO]);
  });
});
