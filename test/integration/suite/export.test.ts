// Export from the command, on the seeds as they ship (annotated), into the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activeExtension, servicesOf, openSeed, pollUntil, seedUri, workspaceFolder } from './helpers';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { shownDuring } from './articleCopy';

const SEEDS = ['000_3208a376056ee470', '001_59ba21db933ddaec', '002_ef37a1a118df8b80', '003_4e930db99411c7ec', '004_7eca8a9e25d36329'];

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('export', function () {
  this.timeout(30_000);
  const out = () => seedUri('export');

  before(async () => {
    await openSeed(`${SEEDS[1]}.txt`);
    const extension = await activeExtension();
    // The fact files as they ship, from the extension's own seeds folder.
    for (const seed of SEEDS) {
      const shipped = vscode.Uri.joinPath(extension.extensionUri, 'seeds', `${seed}.facts.yaml`);
      await vscode.workspace.fs.copy(shipped, seedUri(`${seed}.facts.yaml`), { overwrite: true });
    }
    await vscode.workspace.fs.createDirectory(out());
  });

  after(async () => {
    for (const seed of SEEDS) await vscode.workspace.fs.delete(seedUri(`${seed}.facts.yaml`)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(out(), { recursive: true }).then(undefined, () => undefined);
    // The next test file starts from a workspace the extension also sees as unannotated.
    const services = servicesOf(await activeExtension());
    await pollUntil('the fact index to forget the copied fact files', () => services.index.facts.factFileCount === 0);
  });

  it('exports the facts as CSV, one row each with its kind, that a spreadsheet reads back', async () => {
    const target = vscode.Uri.joinPath(out(), 'facts.csv');
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.exportDataset, 'csv', target.toString()), true);
    const rows = parseCsv(await readText(target));
    const header = rows[0];
    assert.deepStrictEqual(header.slice(0, 8), ['summit', 'summit_id', 'date', 'city', 'person', 'person_id', 'country', 'status']);
    const col = (name: string) => header.indexOf(name);
    const rowsOfFacts = rows.slice(1).filter((r) => r.length > 1);
    const body = rowsOfFacts.filter((r) => r[col('kind')] === 'attendance');
    // One row per fact the shipped fact files record, counted here from their YAML.
    let recorded = 0;
    let facts = 0;
    for (const seed of SEEDS) {
      const factFile = parse(await readText(seedUri(`${seed}.facts.yaml`))) as { facts: { type: string }[] };
      recorded += factFile.facts.filter((f) => f.type === 'attendance').length;
      facts += factFile.facts.length;
    }
    assert.ok(recorded > 19, `${recorded} attendance facts in the seeds`);
    assert.strictEqual(body.length, recorded, 'a row per attendance fact of the five seeds');
    assert.strictEqual(rowsOfFacts.length, facts, 'a row per fact of the five seeds');
    const putinYerevan = body.find((r) => r[col('person_id')] === 'person:vladimir-putin' && r[col('summit_id')] === 'event:csto-summit-2022-yerevan');
    assert.ok(putinYerevan, 'Putin at Yerevan 2022');
    assert.strictEqual(putinYerevan[col('status')], 'expected');
    assert.strictEqual(putinYerevan[col('date')], '2022-11-23');
    assert.strictEqual(putinYerevan[col('city')], 'Yerevan');
    assert.strictEqual(putinYerevan[col('country')], 'Russia');
    assert.strictEqual(putinYerevan[col('article')], `${SEEDS[1]}.txt`);
    // The evidence as a reader checks it: the sentence the name stands in.
    assert.match(putinYerevan[col('quote')], /^Russian President Vladimir Putin will visit Yerevan on Wednesday .*\(CSTO\)\.$/);
  });

  it('exports W3C annotations whose selectors point at their quotes, and the same bytes twice', async () => {
    const first = vscode.Uri.joinPath(out(), 'a.jsonld');
    const second = vscode.Uri.joinPath(out(), 'b.jsonld');
    await vscode.commands.executeCommand(COMMAND.exportDataset, 'w3c', first.toString());
    await vscode.commands.executeCommand(COMMAND.exportDataset, 'w3c', second.toString());
    const text = await readText(first);
    assert.strictEqual(text, await readText(second), 'deterministic');
    const collection = JSON.parse(text);
    assert.strictEqual(collection.type, 'AnnotationCollection');
    const items: { target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] } }[] = collection.first.items;
    assert.ok(items.length > 250, `${items.length} annotations`);
    const article = [...(await readText(seedUri(`${SEEDS[1]}.txt`)))];
    // Mention annotations target one span; fact annotations target all their evidence.
    const mine = items.filter((a) => !Array.isArray(a.target) && a.target.source.endsWith(`${SEEDS[1]}.txt`));
    assert.ok(mine.length > 40);
    for (const a of mine.slice(0, 40)) {
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      assert.strictEqual(article.slice(position.start, position.end).join(''), quote.exact);
    }
  });

  it('exports Label Studio tasks and spaCy span lines whose code-point offsets hold their quotes', async () => {
    const tasksUri = vscode.Uri.joinPath(out(), 'tasks.json');
    const spansUri = vscode.Uri.joinPath(out(), 'spans.jsonl');
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.exportDataset, 'label-studio', tasksUri.toString()), true);
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.exportDataset, 'spacy', spansUri.toString()), true);
    const tasks: { data: { text: string; path: string }; annotations: { result: { value: { start: number; end: number; text: string; labels: string[] } }[] }[] }[] = JSON.parse(await readText(tasksUri));
    const lines: { text: string; spans: { start: number; end: number; label: string }[]; meta: { path: string } }[] = (await readText(spansUri)).trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(tasks.map((t) => t.data.path), SEEDS.map((s) => `${s}.txt`));
    assert.deepStrictEqual(lines.map((l) => l.meta.path), SEEDS.map((s) => `${s}.txt`));
    for (const [i, task] of tasks.entries()) {
      const characters = [...task.data.text];
      const regions = task.annotations[0].result;
      assert.ok(regions.length > 20, `${regions.length} regions in ${task.data.path}`);
      for (const r of regions) assert.strictEqual(characters.slice(r.value.start, r.value.end).join(''), r.value.text);
      assert.deepStrictEqual(lines[i].spans.map((s) => [s.start, s.end]), regions.map((r) => [r.value.start, r.value.end]));
    }
  });

  it('exports JSON Lines, an article a line, whose mentions hold their quotes at both kinds of offsets', async () => {
    const linesUri = vscode.Uri.joinPath(out(), 'dataset.jsonl');
    // Over an older, longer file: the export replaces it whole, and leaves nothing of its own beside it.
    await vscode.workspace.fs.writeFile(linesUri, new TextEncoder().encode('{"older": true}\n'.repeat(200_000)));
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.exportDataset, 'jsonl', linesUri.toString()), true);
    const text = await readText(linesUri);
    assert.ok(text.endsWith('\n'));
    assert.doesNotMatch(text, /"older"/);
    assert.deepStrictEqual((await vscode.workspace.fs.readDirectory(out())).map(([name]) => name).filter((name) => name.startsWith('.')), []);
    const lines: { path: string; mentions: { quote: string; start: number; end: number; codePointStart: number; codePointEnd: number }[]; facts: unknown[] }[] = text.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => l.path), SEEDS.map((s) => `${s}.txt`));
    for (const line of lines) {
      const article = await readText(seedUri(line.path));
      const characters = [...article];
      assert.ok(line.mentions.length > 20 && line.facts.length > 0, `${line.mentions.length} mentions, ${line.facts.length} facts in ${line.path}`);
      for (const m of line.mentions) {
        assert.strictEqual(article.slice(m.start, m.end), m.quote);
        assert.strictEqual(characters.slice(m.codePointStart, m.codePointEnd).join(''), m.quote);
      }
    }
  });

  it('exports brat standoff into a folder: a .txt and an .ann per article', async () => {
    const folder = vscode.Uri.joinPath(out(), 'brat');
    await vscode.commands.executeCommand(COMMAND.exportDataset, 'brat', folder.toString());
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort();
    for (const seed of SEEDS) assert.ok(names.includes(`${seed}.ann`) && names.includes(`${seed}.txt`), names.join(' '));
    const text = [...(await readText(vscode.Uri.joinPath(folder, `${SEEDS[0]}.txt`)))];
    const ann = await readText(vscode.Uri.joinPath(folder, `${SEEDS[0]}.ann`));
    const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(tLines.length > 50);
    for (const line of tLines) {
      const [, spec, quote] = line.split('\t');
      const [, start, end] = /^\S+ (\d+) (\d+)$/.exec(spec) ?? [];
      if (start) assert.strictEqual(text.slice(Number(start), Number(end)).join(''), quote, line);
    }
    assert.ok(workspaceFolder());
  });

  it('never writes over a fact file, an annotated article or the knowledge base, whatever target it is given', async () => {
    const factFile = seedUri(`${SEEDS[0]}.facts.yaml`);
    const article = seedUri(`${SEEDS[0]}.txt`);
    const before = await Promise.all([readText(factFile), readText(article)]);
    for (const target of [factFile, article]) {
      const { result, shown } = await shownDuring(() => vscode.commands.executeCommand(COMMAND.exportDataset, 'csv', target.toString()));
      assert.strictEqual(result, false, target.path);
      assert.ok(shown.notifications.some((n) => n.startsWith('Nothing was exported') && n.includes(SEEDS[0])), shown.notifications.join(' | '));
    }
    // brat into the workspace's own folder would write each article's copy over the article itself.
    const { result, shown } = await shownDuring(() => vscode.commands.executeCommand(COMMAND.exportDataset, 'brat', workspaceFolder()!.uri.toString()));
    assert.strictEqual(result, false);
    assert.ok(shown.notifications.some((n) => n.startsWith('The export stopped') && n.includes('is an annotated article')), shown.notifications.join(' | '));
    assert.deepStrictEqual(await Promise.all([readText(factFile), readText(article)]), before, 'both as they were');
  });

  it('says how many recognized names CoNLL writes as plain text, and none for JSON Lines', async () => {
    const conll = await shownDuring(() => vscode.commands.executeCommand(COMMAND.exportDataset, 'conll', vscode.Uri.joinPath(out(), 'left.conll').toString()));
    assert.strictEqual(conll.result, true);
    const told = /: names the recognizer finds that are neither annotated nor marked “not an entity”: \d+, in \d+ of the articles\. They are written as plain text, which reads as “not a name”\. The first: “[^”]+”, \S+\.txt line \d+\./;
    assert.ok(conll.shown.notifications.some((n) => told.test(n)), conll.shown.notifications.join(' | '));
    const jsonl = await shownDuring(() => vscode.commands.executeCommand(COMMAND.exportDataset, 'jsonl', vscode.Uri.joinPath(out(), 'left.jsonl').toString()));
    assert.ok(!jsonl.shown.notifications.some((n) => n.includes('the recognizer finds')), jsonl.shown.notifications.join(' | '));
  });

  it('names the fact file it left out, and where, in its message', async () => {
    const broken = seedUri('zz_left_out.facts.yaml');
    const article = seedUri('zz_left_out.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Talks in Minsk\n'));
    const text = (await readText(seedUri(`${SEEDS[1]}.facts.yaml`))).replace(`file: ${SEEDS[1]}.txt`, 'file: zz_left_out.txt').replace(/^(\s*- id:) m-\S+/m, '$1 not-an-id');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(text));
    try {
      const target = vscode.Uri.joinPath(out(), 'left-out.csv');
      const { result, shown } = await shownDuring(() => vscode.commands.executeCommand(COMMAND.exportDataset, 'csv', target.toString()));
      assert.strictEqual(result, true);
      const line = text.split('\n').findIndex((l) => l.includes('not-an-id')) + 1;
      assert.ok(
        shown.notifications.some((n) => n.includes(`Left out: zz_left_out.facts.yaml:${line}, mentions[0].id: expected a mention id`)),
        shown.notifications.join(' | '),
      );
    } finally {
      await vscode.workspace.fs.delete(broken);
      await vscode.workspace.fs.delete(article);
    }
  });
});
