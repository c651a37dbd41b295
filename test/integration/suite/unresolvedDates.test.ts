// A date the article gives no value for (a weekday in a report without a dated dateline) is still
// recognized: its hover says the value is not known, the lightbulb asks for the value or for the
// article's publication date, and "annotate all" leaves it for the annotator. Once the publication
// date is set, the weekday is read against it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { actionsAt, hoverMarkdown } from './articleCopy';
import { EXTENSION_ID, activeExtension, eventually, openSeed, seedUri, servicesOf } from './helpers';

const ARTICLE = '902_undated_weekday.txt';
const FACT_FILE = '902_undated_weekday.facts.yaml';
// No date anywhere: nothing says which Tuesday it was.
const TEXT = 'Talks in Minsk\n\nThe defence ministers met on Tuesday in Minsk, and President Alexander Lukashenko received them.\n';
const TIMEOUT = { timeoutMs: 15_000 };

const shown = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1');

describe('a date the article gives no value for', () => {
  let document: vscode.TextDocument;
  let range: vscode.Range;

  before(async () => {
    await vscode.workspace.fs.writeFile(seedUri(ARTICLE), new TextEncoder().encode(TEXT));
    document = await openSeed(ARTICLE);
    const start = TEXT.indexOf('Tuesday');
    range = new vscode.Range(document.positionAt(start), document.positionAt(start + 'Tuesday'.length));
    await activeExtension(EXTENSION_ID, TIMEOUT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of [FACT_FILE, ARTICLE]) {
      try {
        await vscode.workspace.fs.delete(seedUri(file));
      } catch {
        // already gone
      }
    }
  });

  it('is recognized with no ISO value, and the hover and the lightbulb say so and ask for one', async () => {
    const markdown = await eventually(async () => {
      const hover = await hoverMarkdown(document, range.start.translate(0, 2));
      assert.match(shown(hover), /_date_/, hover);
      return hover;
    }, TIMEOUT);
    assert.match(shown(markdown), /ISO 8601: not known, as the article’s date is not known/, markdown);
    assert.doesNotMatch(shown(markdown), /ISO 8601: `/, markdown);
    assert.match(markdown, /\[Annotate…\]\(command:newsAnnotator\.annotateMention\?/, markdown);
    const titles = (await actionsAt(document, range)).map((a) => a.title);
    assert.ok(titles.includes('Annotate “Tuesday” as a date…'), JSON.stringify(titles));
    assert.ok(titles.includes('Set the publication date of this article…'), JSON.stringify(titles));
    assert.ok(!titles.some((t) => t.startsWith('Annotate date')), JSON.stringify(titles));
  });

  it('is left out of "annotate all", which records the other mentions without inventing its value', async () => {
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.annotateAllInArticle, document.uri.toString()), true);
    const written = await eventually(async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(FACT_FILE))), TIMEOUT);
    assert.match(written, /entity: person:alexander-lukashenko/, written);
    assert.doesNotMatch(written, /quote: Tuesday/, written);
  });

  it('is read against the publication date once the fact file records one', async () => {
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.setPublicationDate, document.uri.toString(), '2024-03-14'), true);
    const services = servicesOf(await activeExtension(EXTENSION_ID, TIMEOUT));
    // 14 March 2024 was a Thursday: the Tuesday before it.
    await eventually(() => {
      const weekday = services.analysis.mentions(document).find((m) => m.type === 'date' && m.text === 'Tuesday');
      assert.strictEqual(weekday?.iso, '2024-03-12');
    }, TIMEOUT);
    const markdown = await hoverMarkdown(document, range.start.translate(0, 2));
    assert.match(shown(markdown), /ISO 8601: `2024-03-12`/, markdown);
  });
});
