// The Summits and Leaders view follows the workspace's fact files: empty (the welcome shows) until
// something is annotated, then summits → leaders with their status → the quotes that say so.
// Checked on the view the extension registered, through the provider it draws from.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as vscode from 'vscode';
import type { FactsNode } from '../../../src/editor/factsTree/model';
import type { Services } from '../../../src/editor/services/services';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { EXTENSION_ID, activeExtension, factsViewOf, servicesOf, eventually, openSeed, seedUri } from './helpers';

const ENGLISH_SEED = '001_59ba21db933ddaec.txt';
const ENGLISH_FACT_FILE = '001_59ba21db933ddaec.facts.yaml';
const BROKEN_FACT_FILE = '002_ef37a1a118df8b80.facts.yaml';
const TIMEOUT = { timeoutMs: 15_000 };

interface Shown {
  node: FactsNode;
  item: vscode.TreeItem;
  label: string;
  description: string;
  icon?: string;
  iconColor?: string;
}

type Provider = vscode.TreeDataProvider<FactsNode>;

/** The nodes under `parent` as the view draws them. */
function shownChildren(provider: Provider, parent?: FactsNode): Shown[] {
  return ((provider.getChildren(parent) as FactsNode[] | undefined) ?? []).map((node) => {
    const item = provider.getTreeItem(node) as vscode.TreeItem;
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath : undefined;
    return { node, item, label, description: String(item.description ?? ''), icon: icon?.id, iconColor: icon?.color?.id };
  });
}

function child(children: Shown[], label: string | RegExp): Shown {
  const found = children.find((c) => (typeof label === 'string' ? c.label === label : label.test(c.label)));
  assert.ok(found, `no node ${label} among ${children.map((c) => `"${c.label}"`).join(', ') || 'none'}`);
  return found;
}

/** A mention of seed 001 at the first occurrence of `quote` inside `context`, as a fact file's YAML. */
function mentionYaml(text: string, id: string, entity: string, context: string, quote: string): string {
  const start = text.indexOf(context) + context.indexOf(quote);
  const end = start + quote.length;
  return [
    `  - id: ${id}`,
    `    entity: ${entity}`,
    `    quote: ${JSON.stringify(quote)}`,
    `    prefix: ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}`,
    `    suffix: ${JSON.stringify(text.slice(end, end + 32))}`,
    `    start: ${start}`,
    `    end: ${end}`,
  ].join('\n');
}

/**
 * Seed 001 annotated by hand: the Yerevan summit, Putin attended (as a later report would say),
 * Rahmon expected.
 */
function yerevanFactFile(document: vscode.TextDocument): string {
  const text = document.getText();
  return [
    'schema: news-annotator/facts@1',
    'article:',
    `  file: ${ENGLISH_SEED}`,
    '  language: en',
    `  textHash: sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
    'mentions:',
    mentionYaml(text, 'm-0000yerevan', 'place:yerevan', 'summit in Yerevan', 'Yerevan'),
    mentionYaml(text, 'm-0000putin', 'person:vladimir-putin', 'Russian President Vladimir Putin will', 'Vladimir Putin'),
    mentionYaml(text, 'm-0000rakhmon', 'person:emomali-rahmon', 'Tajik President Emomali Rakhmon', 'Emomali Rakhmon'),
    'facts:',
    '  - id: f-0000summit',
    '    type: summit',
    '    event: event:csto-summit-2022-yerevan',
    '    organization: organization:csto',
    '    city: place:yerevan',
    '    start: 2022-11-23',
    '    evidence: [m-0000yerevan]',
    '  - id: f-0000putin',
    '    type: attendance',
    '    person: person:vladimir-putin',
    '    event: event:csto-summit-2022-yerevan',
    '    status: attended',
    '    evidence: [m-0000putin]',
    '  - id: f-0000rahmon',
    '    type: attendance',
    '    person: person:emomali-rahmon',
    '    event: event:csto-summit-2022-yerevan',
    '    status: expected',
    '    evidence: [m-0000rakhmon]',
    '',
  ].join('\n');
}

async function deleteIfPresent(name: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(seedUri(name));
  } catch {
    // already gone
  }
}

describe('Summits and Leaders view', () => {
  let services: Services;
  let provider: Provider;
  let view: vscode.TreeView<FactsNode>;
  let document: vscode.TextDocument;
  let redraws = 0;
  let listening: vscode.Disposable | undefined;

  before(async () => {
    document = await openSeed(ENGLISH_SEED);
    const extension = await activeExtension(EXTENSION_ID, TIMEOUT);
    services = servicesOf(extension);
    await services.index.scan();
    ({ view, tree: provider } = factsViewOf(extension));
    listening = provider.onDidChangeTreeData?.(() => redraws++);
  });

  after(async () => {
    listening?.dispose();
    await deleteIfPresent(ENGLISH_FACT_FILE);
    await deleteIfPresent(BROKEN_FACT_FILE);
  });

  it('has no nodes while nothing is annotated, so that the welcome shows', async () => {
    // Earlier test files delete the fact files they wrote; the tree follows once the extension sees it.
    await eventually(() => assert.deepStrictEqual(shownChildren(provider).map((r) => r.label), []), TIMEOUT);
  });

  it('shows a fact file written on disk: summit → leaders with their status → the quotes', async () => {
    const before = redraws;
    await vscode.workspace.fs.writeFile(seedUri(ENGLISH_FACT_FILE), new TextEncoder().encode(yerevanFactFile(document)));
    const roots = await eventually(() => {
      const shown = shownChildren(provider);
      assert.deepStrictEqual(shown.map((r) => r.label), ['Summits', 'Leaders']);
      const leaders = shownChildren(provider, child(shown, 'Leaders').node);
      assert.deepStrictEqual(leaders.map((l) => l.label), ['Emomali Rahmon', 'Vladimir Putin']);
      assert.ok(redraws > before, 'the tree was told to redraw');
      return shown;
    }, TIMEOUT);
    const summit = child(shownChildren(provider, child(roots, 'Summits').node), /Yerevan 2022$/);
    // City and year, short enough for the side bar; the knowledge base's name is in the tooltip.
    assert.strictEqual(summit.label, 'Yerevan 2022');
    assert.strictEqual(summit.description, '2022-11-23');
    assert.match((summit.item.tooltip as vscode.MarkdownString).value, /CSTO summit, Yerevan 2022/);
    assert.strictEqual(summit.item.id, 'summit/event:csto-summit-2022-yerevan');
    assert.strictEqual(summit.item.contextValue, 'summit');

    const underSummit = shownChildren(provider, summit.node);
    // The leaders with their status, then the quotes that establish the summit itself.
    assert.deepStrictEqual(
      underSummit.map((c) => [c.label, c.description, c.icon]),
      [
        ['Emomali Rahmon', 'expected', 'clock'],
        ['Vladimir Putin', 'attended', 'pass'],
        ['Evidence of the summit', '1 quote', 'references'],
      ],
    );
    const [summitQuote] = shownChildren(provider, underSummit[2].node);
    assert.match(summitQuote.label, /summit in Yerevan/);
    assert.strictEqual(summitQuote.description, ENGLISH_SEED);
    assert.strictEqual(summitQuote.item.id, `summit/event:csto-summit-2022-yerevan/evidence/${ENGLISH_SEED}#m-0000yerevan`);
    const putin = child(underSummit, 'Vladimir Putin');
    assert.strictEqual(putin.item.id, 'summit/event:csto-summit-2022-yerevan/person/person:vladimir-putin');
    assert.strictEqual(putin.item.contextValue, 'attendance');
    assert.strictEqual(putin.iconColor, 'charts.green');

    const [quote] = shownChildren(provider, child(underSummit, 'Emomali Rahmon').node);
    assert.match(quote.label, /Tajik President Emomali Rakhmon/);
    assert.strictEqual(quote.description, ENGLISH_SEED);
    assert.strictEqual(quote.item.contextValue, 'evidence');
    assert.strictEqual(quote.item.command?.command, COMMAND.openEvidence);
    const highlighted = quote.item.label as vscode.TreeItemLabel;
    const [[from, to]] = highlighted.highlights ?? [[0, 0]];
    assert.strictEqual(highlighted.label.slice(from, to), 'Emomali Rakhmon', 'the quote itself is highlighted in its context');

    const leaders = shownChildren(provider, child(roots, 'Leaders').node);
    const rahmon = child(leaders, 'Emomali Rahmon');
    assert.strictEqual(rahmon.item.id, 'leader/person:emomali-rahmon');
    assert.strictEqual(rahmon.item.contextValue, 'leader');
    const [attendance] = shownChildren(provider, rahmon.node);
    assert.deepStrictEqual([attendance.label, attendance.description, attendance.icon], ['Yerevan 2022', 'expected', 'clock']);
    assert.match((attendance.item.tooltip as vscode.MarkdownString).value, /CSTO summit, Yerevan 2022[\s\S]*2022-11-23/);
    assert.match(shownChildren(provider, attendance.node)[0].label, /Emomali Rakhmon/);
  });

  it('tells a meeting among the summits by its kind and icon', async () => {
    // The same fact file, and a meeting in Sochi recorded from the same article.
    const meeting = [
      '  - id: f-0000sochi',
      '    type: summit',
      '    event: event:sochi-trilateral-meeting-2022',
      '    organization: organization:csto',
      '    city: place:sochi',
      '    start: 2022-10-31',
      '    evidence: [m-0000yerevan]',
      '  - id: f-0000putinsochi',
      '    type: attendance',
      '    person: person:vladimir-putin',
      '    event: event:sochi-trilateral-meeting-2022',
      '    status: attended',
      '    evidence: [m-0000putin]',
      '',
    ];
    await vscode.workspace.fs.writeFile(seedUri(ENGLISH_FACT_FILE), new TextEncoder().encode(yerevanFactFile(document) + meeting.join('\n')));
    const summits = await eventually(() => {
      const shown = shownChildren(provider, child(shownChildren(provider), 'Summits').node);
      assert.strictEqual(shown.length, 2);
      return shown;
    }, TIMEOUT);
    const sochi = child(summits, 'Sochi 2022');
    assert.deepStrictEqual([sochi.description, sochi.icon], ['meeting · 2022-10-31', 'comment-discussion']);
    const yerevan = child(summits, 'Yerevan 2022');
    assert.deepStrictEqual([yerevan.description, yerevan.icon], ['2022-11-23', 'calendar']);
    // Under the leader, labelled by city and year, the meeting says its kind too.
    const putin = child(shownChildren(provider, child(shownChildren(provider), 'Leaders').node), 'Vladimir Putin');
    assert.deepStrictEqual(
      shownChildren(provider, putin.node).map((c) => [c.label, c.description]),
      [
        ['Sochi 2022', 'attended · meeting'],
        ['Yerevan 2022', 'attended'],
      ],
    );
  });

  it('opens the article at the quote a node cites', async () => {
    const leaders = shownChildren(provider, child(shownChildren(provider), 'Leaders').node);
    const [attendance] = shownChildren(provider, child(leaders, 'Vladimir Putin').node);
    const [quote] = shownChildren(provider, attendance.node);
    const command = quote.item.command;
    assert.ok(command);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await eventually(() => {
      const active = vscode.window.activeTextEditor;
      assert.ok(active, 'an editor is open');
      assert.strictEqual(active.document.uri.toString(), document.uri.toString());
      return active;
    }, TIMEOUT);
    assert.strictEqual(editor.document.getText(editor.selection), 'Vladimir Putin');
    assert.strictEqual(editor.selection.start.line, 2, 'the quote on line 3 ("Russian President Vladimir Putin will visit")');
    assert.ok(editor.visibleRanges.some((r) => r.contains(editor.selection)), 'the quote is scrolled into view');
  });

  it('reveals a leader and a summit, selected in the view, and refreshes on demand', async () => {
    const selected = () => view.selection.map((node) => (provider.getTreeItem(node) as vscode.TreeItem).id);
    await vscode.commands.executeCommand(COMMAND.revealInTree, 'person:emomali-rahmon');
    await eventually(() => assert.deepStrictEqual(selected(), ['leader/person:emomali-rahmon']), TIMEOUT);
    await vscode.commands.executeCommand(COMMAND.revealInTree, 'event:csto-summit-2022-yerevan');
    await eventually(() => assert.deepStrictEqual(selected(), ['summit/event:csto-summit-2022-yerevan']), TIMEOUT);
    assert.ok(view.visible, 'the view is shown');
    await vscode.commands.executeCommand(COMMAND.refreshFacts);
    assert.deepStrictEqual(shownChildren(provider).map((r) => r.label), ['Summits', 'Leaders']);
  });

  it('lists an unreadable fact file under Needs attention, opening it at the problem', async () => {
    await vscode.workspace.fs.writeFile(
      seedUri(BROKEN_FACT_FILE),
      new TextEncoder().encode('schema: news-annotator/facts@1\narticle:\n  file: 002_ef37a1a118df8b80.txt\n  textHash: not-a-hash\n'),
    );
    const attention = await eventually(() => child(shownChildren(provider), 'Needs attention'), TIMEOUT);
    const [broken] = shownChildren(provider, attention.node);
    assert.strictEqual(broken.label, BROKEN_FACT_FILE);
    assert.strictEqual(broken.item.contextValue, 'invalidFactFile');
    assert.match(broken.description, /^line 4: article\.textHash: expected sha256:/);
    assert.strictEqual(broken.item.command?.command, 'vscode.open');
    const [uri, options] = broken.item.command.arguments as [vscode.Uri, vscode.TextDocumentShowOptions];
    assert.strictEqual(uri.toString(), seedUri(BROKEN_FACT_FILE).toString());
    assert.strictEqual((options.selection as vscode.Range).start.line, 3);

    await vscode.workspace.fs.delete(seedUri(BROKEN_FACT_FILE));
    await eventually(() => assert.deepStrictEqual(shownChildren(provider).map((r) => r.label), ['Summits', 'Leaders']), TIMEOUT);
  });

  it('empties again when the fact file is deleted', async () => {
    const before = redraws;
    await vscode.workspace.fs.delete(seedUri(ENGLISH_FACT_FILE));
    await eventually(() => {
      assert.deepStrictEqual(shownChildren(provider).map((r) => r.label), []);
      assert.ok(redraws > before, 'the tree was told to redraw');
    }, TIMEOUT);
  });
});
