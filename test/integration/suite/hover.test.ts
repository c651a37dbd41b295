// Hovering a recognized mention shows what is known about it, and what the workspace's fact files
// record, updated when a fact file changes on disk.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as vscode from 'vscode';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { EXTENSION_ID, activeExtension, servicesOf, eventually, firstOccurrence, openSeed, pollUntil, seedUri } from './helpers';

const ENGLISH_SEED = '001_59ba21db933ddaec.txt';
const ENGLISH_FACT_FILE = '001_59ba21db933ddaec.facts.yaml';
const CANDIDATE_ARTICLE = '900_hover_candidate.txt';
const WORKSPACE_KNOWLEDGE_BASE = '.news-annotator/knowledge-base.yaml';
// The knowledge base may still be loading when the first request arrives.
const HOVER_TIMEOUT = { timeoutMs: 15_000 };

/** The hover text as a reader sees it: the markdown of every card, with its escapes removed. */
async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<{ shown: string; markdown: string }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const markdown = (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
  return { markdown, shown: markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1') };
}

/** The arguments of every link labelled `label` that runs the annotateMention command. */
function commandArgs(markdown: string, label: string): unknown[][] {
  const links = [...markdown.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)]+)\)/g)];
  return links.filter((l) => l[1] === label && l[2] === COMMAND.annotateMention).map((l) => JSON.parse(decodeURIComponent(l[3])) as unknown[]);
}

/** The position of `text` inside the first occurrence of `context`. */
function positionOf(document: vscode.TextDocument, context: string, text = context): vscode.Position {
  const start = firstOccurrence(document, context);
  assert.ok(start, `"${context}" does not occur in ${document.uri.path}`);
  const offset = document.offsetAt(start) + context.indexOf(text);
  return document.positionAt(offset);
}

/** A fact file for seed 001 written by hand: Rahmon expected at the Yerevan summit, per this mention. */
function rahmonFactFile(document: vscode.TextDocument): { text: string; start: number; end: number } {
  const text = document.getText();
  const quote = 'Emomali Rakhmon';
  const start = text.indexOf(`Tajik President ${quote}`) + 'Tajik President '.length;
  const end = start + quote.length;
  const yaml = [
    'schema: news-annotator/facts@1',
    'article:',
    `  file: ${ENGLISH_SEED}`,
    '  language: en',
    `  textHash: sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
    'mentions:',
    '  - id: m-5a1b2c3d4e',
    '    entity: person:emomali-rahmon',
    `    quote: ${JSON.stringify(quote)}`,
    `    prefix: ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}`,
    `    suffix: ${JSON.stringify(text.slice(end, end + 32))}`,
    `    start: ${start}`,
    `    end: ${end}`,
    'facts:',
    '  - id: f-6b2c3d4e5f',
    '    type: attendance',
    '    person: person:emomali-rahmon',
    '    event: event:csto-summit-2022-yerevan',
    '    status: expected',
    '    evidence: [m-5a1b2c3d4e]',
    '',
  ].join('\n');
  return { text: yaml, start, end };
}

describe('hover cards', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openSeed(ENGLISH_SEED);
    // Earlier test files delete the fact files they wrote; wait until the extension has seen that.
    const services = servicesOf(await activeExtension(EXTENSION_ID, HOVER_TIMEOUT));
    await pollUntil('the workspace to have no fact files', () => services.index.facts.factFileCount === 0, HOVER_TIMEOUT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of [ENGLISH_FACT_FILE, CANDIDATE_ARTICLE, '.news-annotator']) {
      try {
        await vscode.workspace.fs.delete(seedUri(file), { recursive: true });
      } catch {
        // already gone
      }
    }
  });

  it('describes a person: name, type, role, aliases and how often the workspace mentions them', async () => {
    const at = positionOf(document, 'Tajik President Emomali Rakhmon', 'Rakhmon');
    const { shown, markdown } = await eventually(async () => {
      const hover = await hoverText(document, at);
      assert.match(hover.shown, /Emomali Rahmon/);
      return hover;
    }, HOVER_TIMEOUT);
    assert.match(shown, /Emomali Rahmon\*\* — _person_/, shown);
    assert.match(shown, /President of Tajikistan, since 1994-11-16/, shown);
    assert.match(shown, /English: .*\bRakhmon\b/, shown);
    assert.match(shown, /Russian: .*Рахмон/, shown);
    assert.match(shown, /Russian \(Latin\): .*Rakhmonov/, shown);
    assert.match(shown, /Mentioned in/, shown);
    assert.match(shown, /Not annotated in this article yet/, shown);
    assert.match(markdown, /\[Reveal in Summits and Leaders\]\(command:newsAnnotator\.revealInTree\?/, markdown);
    const mentionStart = document.getText().indexOf('Emomali Rakhmon');
    assert.deepStrictEqual(commandArgs(markdown, 'Annotate'), [[document.uri.toString(), mentionStart, mentionStart + 'Emomali Rakhmon'.length, 'person:emomali-rahmon']]);
  });

  it('gives the ISO value of a date', async () => {
    const at = positionOf(document, 'November 23');
    const { shown } = await eventually(async () => {
      const hover = await hoverText(document, at);
      assert.match(hover.shown, /_date_/);
      return hover;
    }, HOVER_TIMEOUT);
    assert.match(shown, /ISO 8601: `(\d{4})?--?11-23`/, shown);
  });

  it('gives the kind and country of a place', async () => {
    const at = positionOf(document, 'Yerevan');
    const { shown } = await eventually(async () => {
      const hover = await hoverText(document, at);
      assert.match(hover.shown, /\*\*Yerevan\*\* — _place_/);
      return hover;
    }, HOVER_TIMEOUT);
    assert.match(shown, /City in Armenia/, shown);
    assert.match(shown, /Italian: Erevan/, shown);
  });

  it('says a candidate is not in the knowledge base and the role named beside it, before or after the name, as its hint does', async () => {
    await vscode.workspace.fs.writeFile(
      seedUri(CANDIDATE_ARTICLE),
      new TextEncoder().encode(
        'Talks in Yerevan\nYEREVAN, November 23. Tajik President Emomali Rakhmon met Foreign Minister Ivan Novakovsky.\nLater, Novakovsky said the talks went well. They were hosted by Marco Bianchi, the mayor of the city.\n',
      ),
    );
    const article = await openSeed(CANDIDATE_ARTICLE);
    const { shown, markdown } = await eventually(async () => {
      const hover = await hoverText(article, positionOf(article, 'Ivan Novakovsky', 'Novakovsky'));
      assert.match(hover.shown, /_candidate_/);
      return hover;
    }, HOVER_TIMEOUT);
    assert.match(shown, /\*\*Ivan Novakovsky\*\*/, shown);
    assert.match(shown, /Not in the knowledge base\./, shown);
    assert.match(shown, /Named beside the role "Foreign Minister"\./, shown);
    assert.doesNotMatch(markdown, /command:newsAnnotator\.annotateMention/, 'a candidate cannot be annotated before it is in the knowledge base');
    const start = article.getText().indexOf('Ivan Novakovsky');
    const add = /\[Add to Workspace Knowledge Base…\]\(command:newsAnnotator\.addCandidate\?([^)]+)\)/.exec(markdown);
    assert.ok(add, markdown);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(add[1])), [article.uri.toString(), start, start + 'Ivan Novakovsky'.length]);
    // The surname alone, after the full name, is the same person: the card names him in full.
    const later = await eventually(async () => {
      const hover = await hoverText(article, positionOf(article, 'Later, Novakovsky', 'Novakovsky'));
      assert.match(hover.shown, /_candidate_/, hover.shown);
      return hover.shown;
    }, HOVER_TIMEOUT);
    assert.match(later, /\*\*Ivan Novakovsky\*\*/, later);
    // A role after the name, without its article.
    const mayor = await eventually(async () => {
      const hover = await hoverText(article, positionOf(article, 'Marco Bianchi'));
      assert.match(hover.shown, /_candidate_/, hover.shown);
      return hover.shown;
    }, HOVER_TIMEOUT);
    assert.match(mayor, /Named beside the role "mayor"\./, mayor);
    // The hint on each names the role beside it, before the name or after it, without its article.
    const hintOn = (name: string) => vscode.languages.getDiagnostics(article.uri).find((d) => article.getText(d.range) === name)?.message;
    await pollUntil('the hints on both names', () => hintOn('Ivan Novakovsky') !== undefined && hintOn('Marco Bianchi') !== undefined);
    assert.strictEqual(hintOn('Ivan Novakovsky'), '“Ivan Novakovsky” looks like a name (beside the role “Foreign Minister”) that the knowledge base does not know');
    assert.strictEqual(hintOn('Marco Bianchi'), '“Marco Bianchi” looks like a name (beside the role “mayor”) that the knowledge base does not know');
  });

  it('lists the other entities an ambiguous name may be, each with its own Annotate link', async () => {
    const knowledgeBase = new TextEncoder().encode(
      ['version: 1', 'entities:', '  - id: person:emomali-rakhmon-namesake', '    type: person', '    name: Emomali Rakhmon (namesake)', '    aliases:', '      en: [Emomali Rakhmon]', ''].join('\n'),
    );
    await vscode.workspace.fs.writeFile(seedUri(WORKSPACE_KNOWLEDGE_BASE), knowledgeBase);
    const at = positionOf(document, 'Tajik President Emomali Rakhmon', 'Rakhmon');
    const { shown, markdown } = await eventually(async () => {
      const hover = await hoverText(document, at);
      assert.match(hover.shown, /Could also be/, hover.shown);
      return hover;
    }, HOVER_TIMEOUT);
    const start = document.getText().indexOf('Emomali Rakhmon');
    const alternatives = commandArgs(markdown, 'Annotate as this');
    assert.strictEqual(alternatives.length, 1, markdown);
    // Either entity may be the one recognized first; the other is offered as the alternative.
    const other = alternatives[0][3];
    assert.ok(other === 'person:emomali-rakhmon-namesake' || other === 'person:emomali-rahmon', markdown);
    assert.deepStrictEqual(alternatives[0], [document.uri.toString(), start, start + 'Emomali Rakhmon'.length, other]);
    assert.match(shown, other === 'person:emomali-rahmon' ? /Emomali Rahmon \(person\)/ : /Emomali Rakhmon \(namesake\) \(person\)/, shown);

    await vscode.workspace.fs.delete(seedUri(WORKSPACE_KNOWLEDGE_BASE), { recursive: true });
    await eventually(async () => assert.doesNotMatch((await hoverText(document, at)).shown, /Could also be/), HOVER_TIMEOUT);

    // The same when its folder goes whole: one event, for the folder.
    await vscode.workspace.fs.writeFile(seedUri(WORKSPACE_KNOWLEDGE_BASE), knowledgeBase);
    await eventually(async () => assert.match((await hoverText(document, at)).shown, /Could also be/), HOVER_TIMEOUT);
    await vscode.workspace.fs.delete(seedUri('.news-annotator'), { recursive: true });
    await eventually(async () => assert.doesNotMatch((await hoverText(document, at)).shown, /Could also be/), HOVER_TIMEOUT);

    // A knowledge base in a folder whose name reads as glob syntax is followed all the same.
    const settings = vscode.workspace.getConfiguration('newsAnnotator');
    const oddFolder = 'team {a,b} [1]';
    await settings.update('knowledgeBaseFile', `${oddFolder}/knowledge-base.yaml`, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.workspace.fs.writeFile(seedUri(`${oddFolder}/knowledge-base.yaml`), knowledgeBase);
      await eventually(async () => assert.match((await hoverText(document, at)).shown, /Could also be/), HOVER_TIMEOUT);
      await vscode.workspace.fs.delete(seedUri(`${oddFolder}/knowledge-base.yaml`));
      await eventually(async () => assert.doesNotMatch((await hoverText(document, at)).shown, /Could also be/), HOVER_TIMEOUT);
      await vscode.workspace.fs.writeFile(seedUri(`${oddFolder}/knowledge-base.yaml`), knowledgeBase);
      await eventually(async () => assert.match((await hoverText(document, at)).shown, /Could also be/), HOVER_TIMEOUT);
      await vscode.workspace.fs.delete(seedUri(oddFolder), { recursive: true });
      await eventually(async () => assert.doesNotMatch((await hoverText(document, at)).shown, /Could also be/), HOVER_TIMEOUT);
    } finally {
      await settings.update('knowledgeBaseFile', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(seedUri(oddFolder), { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('shows nothing where nothing was recognized', async () => {
    const at = positionOf(document, 'will visit', 'visit');
    const { markdown } = await hoverText(document, at);
    assert.doesNotMatch(markdown, /newsAnnotator/);
  });

  it('follows a fact file written on disk: the summit with its status, and the mention as annotated', async () => {
    const factFile = rahmonFactFile(document);
    await vscode.workspace.fs.writeFile(seedUri(ENGLISH_FACT_FILE), new TextEncoder().encode(factFile.text));
    const at = positionOf(document, 'Tajik President Emomali Rakhmon', 'Rakhmon');
    const { markdown } = await eventually(async () => {
      const hover = await hoverText(document, at);
      assert.match(hover.shown, /Annotated in this article\./, hover.shown);
      assert.match(hover.shown, /\$\(clock\) CSTO summit, Yerevan 2022 \(2022-11-23\): expected/, hover.shown);
      assert.match(hover.shown, /Mentioned in 1 article \(1 mention\)\./, hover.shown);
      return hover;
    }, HOVER_TIMEOUT);
    assert.doesNotMatch(markdown, /command:newsAnnotator\.annotateMention/, 'an annotated mention offers no Annotate link');

    // Another mention of him in the same article is not the annotated one.
    const other = positionOf(document, 'Tajikistan Emomali Rahmon', 'Rahmon');
    assert.match((await hoverText(document, other)).shown, /Not annotated in this article yet/);

    await vscode.workspace.fs.delete(seedUri(ENGLISH_FACT_FILE));
    await eventually(async () => {
      const hover = await hoverText(document, at);
      assert.match(hover.shown, /Not annotated in this article yet/, hover.shown);
      assert.doesNotMatch(hover.shown, /Yerevan 2022/, hover.shown);
    }, HOVER_TIMEOUT);
  });
});
