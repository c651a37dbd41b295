// What the editor promises about fact files, checked in the real host against the files on disk:
// "saved" means on disk or says otherwise; a fact file read blank while another program saves it
// is not taken for a new one; a fact file that cannot be read is a problem at that file and the
// rest loads; nothing is read or written through a symbolic link out of the workspace; and two
// articles beside each other never share a fact file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { FactsNode } from '../../../src/editor/factsTree/model';
import type { Services } from '../../../src/editor/services/services';
import { activeExtension, eventually, factsViewOf, openSeed, pollUntil, revertAndClose, seedUri, servicesOf, workspaceFolder } from './helpers';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { mergeFactFiles } from '../../../src/core/factFile/merge';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Fact } from '../../../src/core/factFile/schema';
import { applyFactFileEdits, parseFactFile } from '../../../src/core/factFile/store';

const SEED = '001_59ba21db933ddaec.txt';
const FACT_FILE = '001_59ba21db933ddaec.facts.yaml';
const YEREVAN = 'event:csto-summit-2022-yerevan';
const TIMEOUT = { timeoutMs: 15_000 };

interface OnDisk {
  article: { file: string };
  mentions: { id: string; entity?: string; quote: string }[];
  facts: { type: string; person?: string }[];
}

function diskPath(name: string): string {
  return path.join(workspaceFolder().uri.fsPath, name);
}

function readDisk(name: string): string | undefined {
  try {
    return fs.readFileSync(diskPath(name), 'utf8');
  } catch {
    return undefined;
  }
}

function onDisk(name: string): OnDisk | undefined {
  const text = readDisk(name);
  return text?.trim() ? (parse(text) as OnDisk) : undefined;
}

function removeFromWorkspace(name: string): void {
  fs.rmSync(diskPath(name), { recursive: true, force: true });
}

/** The offsets of `quote` where it first occurs inside `context`. */
function spanOf(document: vscode.TextDocument, context: string, quote: string): [number, number] {
  const at = document.getText().indexOf(context);
  assert.ok(at >= 0, `"${context}" is in ${document.fileName}`);
  const start = at + context.indexOf(quote);
  return [start, start + quote.length];
}

/** Annotates the recognized mention at `quote` as its entity, as the quick fix does; true when written. */
async function annotate(services: Services, document: vscode.TextDocument, context: string, quote: string): Promise<boolean> {
  const [start, end] = spanOf(document, context, quote);
  const mention = await pollUntil(`"${quote}" recognized`, () => services.analysis.mentions(document).find((m) => m.start === start && m.end === end));
  return Boolean(await vscode.commands.executeCommand(COMMAND.annotateMention, document.uri.toString(), start, end, mention.id));
}

/** Records that the person at `quote` attended the Yerevan summit, as the quick fix does. */
async function recordAttended(services: Services, document: vscode.TextDocument, context: string, quote: string): Promise<boolean> {
  const [start, end] = spanOf(document, context, quote);
  await pollUntil(`"${quote}" recognized`, () => services.analysis.mentions(document).some((m) => m.start === start && m.end === end));
  return Boolean(await vscode.commands.executeCommand(COMMAND.recordAttendance, document.uri.toString(), start, end, 'attended', YEREVAN));
}

/** The Summits and Leaders view's provider, as the extension registered it. */
type Provider = vscode.TreeDataProvider<FactsNode>;

function childrenOf(provider: Provider, parent?: FactsNode): FactsNode[] {
  return (provider.getChildren(parent) as FactsNode[] | undefined) ?? [];
}

/** The labels of the nodes under `parent`, as the view draws them. */
function labels(provider: Provider, parent?: FactsNode): string[] {
  return childrenOf(provider, parent).map((node) => {
    const label = (provider.getTreeItem(node) as vscode.TreeItem).label;
    return typeof label === 'string' ? label : (label?.label ?? '');
  });
}

function root(provider: Provider, label: string): FactsNode {
  const roots = childrenOf(provider);
  const node = roots[labels(provider).indexOf(label)];
  assert.ok(node, `no "${label}" among ${labels(provider).join(', ') || 'none'}`);
  return node;
}

/** What "Needs attention" lists: each file with the description the view shows. */
function attention(provider: Provider): { label: string; description: string }[] {
  if (!labels(provider).includes('Needs attention')) return [];
  return childrenOf(provider, root(provider, 'Needs attention')).map((node) => {
    const item = provider.getTreeItem(node) as vscode.TreeItem;
    return { label: String(item.label), description: String(item.description ?? '') };
  });
}

describe('fact files', function () {
  let services: Services;
  let provider: Provider;
  let document: vscode.TextDocument;

  before(async () => {
    removeFromWorkspace(FACT_FILE);
    document = await openSeed(SEED);
    const extension = await activeExtension();
    services = servicesOf(extension);
    await services.index.scan();
    provider = factsViewOf(extension).tree;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    removeFromWorkspace(FACT_FILE);
    await services.index.rescan();
  });

  describe('an annotation written into a fact file with unsaved edits', () => {
    it('is reported as waiting there, and is gone from the index and the tree once the file is reverted and closed', async () => {
      document = await openSeed(SEED);
      assert.strictEqual(await recordAttended(services, document, 'Russian President Vladimir Putin will', 'Vladimir Putin'), true);
      await pollUntil(`${FACT_FILE} on disk`, () => onDisk(FACT_FILE)?.facts.some((f) => f.person === 'person:vladimir-putin'));
      assert.deepStrictEqual(services.writer.unsavedFactFiles(), [], 'a write into a saved file is on disk');

      // The user is editing the fact file by hand and has not saved yet.
      const factFile = await vscode.workspace.openTextDocument(seedUri(FACT_FILE));
      const editor = await vscode.window.showTextDocument(factFile, { preview: false });
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# checked up to Putin, unsaved\n'));
      assert.ok(factFile.isDirty);

      await vscode.window.showTextDocument(document);
      assert.strictEqual(await recordAttended(services, document, 'Tajik President Emomali Rakhmon', 'Emomali Rakhmon'), true);
      assert.match(factFile.getText(), /person:emomali-rahmon/, 'the annotation is in the open fact file');
      assert.doesNotMatch(readDisk(FACT_FILE) ?? '', /person:emomali-rahmon/, 'and not on disk');
      // The user is told where it waits (a message and a status bar item name the file).
      assert.deepStrictEqual(
        services.writer.unsavedFactFiles().map((uri) => uri.toString()),
        [seedUri(FACT_FILE).toString()],
      );
      // While it is in the open buffer, the tree shows it.
      await eventually(() => assert.ok(labels(provider, root(provider, 'Leaders')).includes('Emomali Rahmon')), TIMEOUT);

      // Closed without saving: the buffer, and the annotation in it, are gone.
      const saved = readDisk(FACT_FILE);
      await revertAndClose(factFile);
      assert.strictEqual(readDisk(FACT_FILE), saved, 'closing without saving wrote nothing');
      await eventually(() => {
        assert.deepStrictEqual(labels(provider, root(provider, 'Leaders')), ['Vladimir Putin']);
        assert.deepStrictEqual(services.index.facts.mentionsOf('person:emomali-rahmon'), { articles: 0, mentions: 0 });
        assert.deepStrictEqual(services.writer.unsavedFactFiles(), []);
      }, TIMEOUT);
      assert.ok(!services.openFactFiles.cached(document.uri)?.mentions.some((m) => m.entity === 'person:emomali-rahmon'), 'the article no longer shows it annotated');
    });

    it('is gone from the index and the tree once the file, deleted on disk meanwhile, is closed without saving', async () => {
      document = await openSeed(SEED);
      const factFile = await vscode.workspace.openTextDocument(seedUri(FACT_FILE));
      const editor = await vscode.window.showTextDocument(factFile, { preview: false });
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# checked, unsaved\n'));
      await vscode.window.showTextDocument(document);
      assert.strictEqual(await recordAttended(services, document, 'Tajik President Emomali Rakhmon', 'Emomali Rakhmon'), true);
      const saved = readDisk(FACT_FILE)!;
      // Another program (git checkout, say) deletes the file; the user closes it without saving.
      await vscode.workspace.fs.delete(seedUri(FACT_FILE));
      await pollUntil('the deletion seen', () => !services.index.facts.has(FACT_FILE));
      await revertAndClose(factFile);
      await eventually(() => {
        assert.ok(!factFile.isDirty, 'the unsaved edits are dropped');
        assert.deepStrictEqual(services.index.facts.mentionsOf('person:emomali-rahmon'), { articles: 0, mentions: 0 });
        assert.ok(!labels(provider).includes('Leaders'), `nothing left to show: ${labels(provider).join(', ')}`);
        assert.deepStrictEqual(services.writer.unsavedFactFiles(), []);
      }, TIMEOUT);
      fs.writeFileSync(diskPath(FACT_FILE), saved);
      await pollUntil('the restored fact file in the index', () => services.index.facts.mentionsOf('person:vladimir-putin').mentions > 0);
    });

    it('is not taken from a document VS Code keeps after its file is gone', async () => {
      // The file is open (no unsaved edits), then its editor closes: VS Code keeps the document.
      const factFile = await vscode.workspace.openTextDocument(seedUri(FACT_FILE));
      await vscode.window.showTextDocument(factFile, { preview: false });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      assert.match(factFile.getText(), /person:vladimir-putin/);
      const saved = readDisk(FACT_FILE)!;
      // Another program swaps the file, in one rename, for a link to nothing: the file is gone, and
      // no deletion is reported (which would empty the index for a moment, whatever it reads next).
      fs.symlinkSync('gone.txt', diskPath('swap.tmp'));
      fs.renameSync(diskPath('swap.tmp'), diskPath(FACT_FILE));
      await eventually(() => {
        assert.strictEqual(services.index.facts.has(FACT_FILE), false, 'nothing of the old text is in the index');
        assert.strictEqual(services.index.facts.mentionsOf('person:vladimir-putin').mentions, 0);
      }, TIMEOUT);
      // The next annotation starts a new fact file, written through the document VS Code kept.
      fs.rmSync(diskPath(FACT_FILE));
      document = await openSeed(SEED);
      assert.strictEqual(await annotate(services, document, 'Russian President Vladimir Putin will', 'Vladimir Putin'), true);
      assert.deepStrictEqual(onDisk(FACT_FILE)?.mentions.map((m) => m.entity), ['person:vladimir-putin']);
      assert.notStrictEqual(readDisk(FACT_FILE), saved, 'a new file, not the old text');
    });

    it('is no longer reported as waiting once the fact file is saved', async () => {
      const factFile = await vscode.workspace.openTextDocument(seedUri(FACT_FILE));
      const editor = await vscode.window.showTextDocument(factFile, { preview: false });
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# reviewed\n'));
      document = await openSeed(SEED);
      assert.strictEqual(await annotate(services, document, 'Armenian Prime Minister Nikol Pashinyan', 'Nikol Pashinyan'), true);
      assert.strictEqual(services.writer.unsavedFactFiles().length, 1);
      assert.ok(await factFile.save());
      assert.deepStrictEqual(services.writer.unsavedFactFiles(), []);
      assert.match(readDisk(FACT_FILE) ?? '', /person:nikol-pashinyan/);
    });
  });

  describe('a fact file found blank', () => {
    /** Writes `text` as another program would: truncating the file first, the rest a moment later. */
    async function saveSlowly(name: string, text: string, pauseMs: number): Promise<void> {
      fs.writeFileSync(diskPath(name), '');
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      fs.writeFileSync(diskPath(name), text);
    }

    it('while another program saves it is read again: the annotations in it are kept', async () => {
      document = await openSeed(SEED);
      const held = readDisk(FACT_FILE);
      assert.ok(held && onDisk(FACT_FILE)!.mentions.length >= 2, 'the file holds annotations');
      const saving = saveSlowly(FACT_FILE, `${held.trimEnd()}\n# saved by another program\n`, 300);
      // The annotation is asked for while the file is blank.
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.strictEqual(await annotate(services, document, 'Kremlin spokesman Dmitry Peskov said', 'Dmitry Peskov'), true);
      await saving;
      const after = await pollUntil('the annotation on disk', () => (onDisk(FACT_FILE)?.mentions.some((m) => m.entity === 'person:dmitry-peskov') ? onDisk(FACT_FILE) : undefined));
      for (const entity of ['person:vladimir-putin', 'person:emomali-rahmon', 'person:nikol-pashinyan'].filter((e) => held.includes(e))) {
        assert.ok(after.mentions.some((m) => m.entity === entity), `${entity} is still in the fact file`);
      }
      assert.match(readDisk(FACT_FILE) ?? '', /# saved by another program/, 'the other program\'s save is kept too');
    });

    it('for good, where annotations were, is not written over: the write is refused', async () => {
      document = await openSeed(SEED);
      fs.writeFileSync(diskPath(FACT_FILE), '');
      assert.strictEqual(await annotate(services, document, 'Belarusian President Alexander Lukashenko', 'Alexander Lukashenko'), false);
      assert.strictEqual(readDisk(FACT_FILE), '', 'nothing was written over the blank file');
      // Deleted on purpose, the next annotation starts a new fact file.
      removeFromWorkspace(FACT_FILE);
      await pollUntil('the index to forget the deleted file', () => !services.index.facts.has(FACT_FILE));
      assert.strictEqual(await annotate(services, document, 'Belarusian President Alexander Lukashenko', 'Alexander Lukashenko'), true);
      assert.deepStrictEqual(onDisk(FACT_FILE)?.mentions.map((m) => m.entity), ['person:alexander-lukashenko']);
    });
  });

  describe('a fact file git left with conflict markers', () => {
    const CONFLICTED = '003_4e930db99411c7ec.facts.yaml';
    const ARTICLE = '003_4e930db99411c7ec.txt';
    let original: string;

    before(async () => {
      // The fact file the seed ships with: the test workspace holds the articles alone.
      original = fs.readFileSync(path.join((await activeExtension()).extensionUri.fsPath, 'seeds', CONFLICTED), 'utf8');
    });

    after(async () => {
      removeFromWorkspace(CONFLICTED);
      await services.index.rescan();
    });

    it('shows on the conflict’s lines which entry conflicts and how, and is not written to until resolved', async () => {
      // Two annotators recorded another status of the same attendance on two branches; git merged them with the driver.
      const fact = parseFactFile(original, CONFLICTED).factFile!.facts.find((f) => f.type === 'attendance')!;
      const [oursStatus, theirsStatus, laterStatus] = ATTENDANCE_STATUSES.filter((s) => s !== fact.status);
      const recorded = (status: AttendanceStatus): Fact => ({ ...fact, status }) as Fact;
      const side = (status: AttendanceStatus) => {
        const result = applyFactFileEdits(original, CONFLICTED, [{ kind: 'addFact', fact: recorded(status) }]);
        assert.ok(result.ok);
        return result.text;
      };
      const merged = mergeFactFiles(original, side(oursStatus), side(theirsStatus), CONFLICTED);
      assert.ok(merged.ok && merged.conflicts.length === 1);
      fs.writeFileSync(diskPath(CONFLICTED), merged.text);
      const lines = merged.text.split('\n');
      const open = lines.indexOf('<<<<<<< ours');
      const close = lines.indexOf('>>>>>>> theirs');

      await openSeed(CONFLICTED);
      const ours = (d: vscode.Diagnostic) => d.source === 'News Annotator';
      const diagnostic = await pollUntil('the conflict shown in the fact file', () => vscode.languages.getDiagnostics(seedUri(CONFLICTED)).find((d) => ours(d) && d.message.includes('merge conflict')), TIMEOUT);
      assert.match(diagnostic.message, new RegExp(`^facts: merge conflict \\(lines ${open + 1}–${close + 1}\\): ${fact.id}: status ${oursStatus} \\(ours\\), ${theirsStatus} \\(theirs\\)`));
      assert.strictEqual(diagnostic.range.start.line, open);
      assert.ok(diagnostic.range.end.line > close, `the diagnostic covers the markers: ${JSON.stringify(diagnostic.range)}`);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(seedUri(CONFLICTED)).filter(ours).length, 1, 'and no YAML syntax error at the markers');

      // An annotation of its article is refused, saying why, and the file is left as it is.
      const article = await openSeed(ARTICLE);
      const write = await services.writer.write(article, () => [{ kind: 'addFact', fact: recorded(laterStatus) }], async () => parseFactFile(original, CONFLICTED).factFile!.article);
      assert.ok(!write.ok);
      assert.match(write.reason, new RegExp(`${CONFLICTED}:${open + 1}: facts: merge conflict`));
      assert.strictEqual(readDisk(CONFLICTED), merged.text);
    });
  });

  describe('a fact file read twice at once', () => {
    const FOLDER = 'read-twice';
    const COPY = `${FOLDER}/${FACT_FILE}`;

    after(async () => {
      removeFromWorkspace(FOLDER);
      await services.index.rescan();
    });

    it('is in the index as on disk when the earlier read resolves, though the later one records it', async () => {
      const shipped = fs.readFileSync(path.join((await activeExtension()).extensionPath, 'seeds', FACT_FILE), 'utf8');
      fs.mkdirSync(diskPath(FOLDER), { recursive: true });
      fs.copyFileSync(diskPath(SEED), diskPath(path.join(FOLDER, SEED)));
      fs.writeFileSync(diskPath(COPY), shipped);
      await services.index.rescan();
      await pollUntil('the copy’s facts indexed', () => services.index.facts.treeFactsOf(COPY).length > 0, TIMEOUT);

      // Every fact removed on disk, then read twice, as the Refresh button and the file watcher
      // can: the first read is superseded by the second, and only the second records.
      fs.writeFileSync(diskPath(COPY), shipped.slice(0, shipped.indexOf('\nfacts:\n') + 1) + 'facts: []\n');
      const uri = seedUri(COPY);
      const earlier = services.index.refresh(uri);
      const later = services.index.refresh(uri);
      await earlier;
      assert.deepStrictEqual(services.index.facts.treeFactsOf(COPY), [], 'the facts removed on disk are gone from the index when the earlier read resolves');
      await later;
      assert.deepStrictEqual(services.index.facts.treeFactsOf(COPY), []);
    });
  });

  describe('a fact file that cannot be read', () => {
    const FOLDER = 'folder.facts.yaml';
    const NOT_UTF8 = '004_not-utf8.facts.yaml';
    const UNREADABLE = '004_unreadable.facts.yaml';

    after(() => {
      for (const name of [FOLDER, NOT_UTF8, UNREADABLE]) removeFromWorkspace(name);
    });

    it('is a problem at that file, and the others load and are followed', async () => {
      document = await openSeed(SEED);
      assert.strictEqual(await recordAttended(services, document, 'Belarusian President Alexander Lukashenko', 'Alexander Lukashenko'), true);
      fs.mkdirSync(diskPath(FOLDER));
      fs.writeFileSync(diskPath(path.join(FOLDER, 'note.txt')), 'not a fact file\n');
      // Valid YAML but for one byte: a lenient decoder would read it, with a replacement character.
      const text = 'schema: news-annotator/facts@1\narticle:\n  file: 004_x.txt\n  language: en\n  textHash: sha256:00\n  publisher: Caf\xe9 Press\n';
      const bytes = Buffer.from(text, 'latin1');
      const badByte = bytes.indexOf(0xe9);
      fs.writeFileSync(diskPath(NOT_UTF8), bytes);
      const canRestrict = process.getuid?.() !== 0;
      if (canRestrict) {
        fs.writeFileSync(diskPath(UNREADABLE), 'schema: news-annotator/facts@1\n');
        fs.chmodSync(diskPath(UNREADABLE), 0o000);
      }
      await services.index.rescan();

      const listed = await eventually(() => {
        const found = attention(provider);
        assert.ok(found.some((f) => f.label === NOT_UTF8), `${NOT_UTF8} under Needs attention: ${JSON.stringify(found)}`);
        return found;
      }, TIMEOUT);
      const notUtf8 = listed.find((f) => f.label === NOT_UTF8)!;
      assert.match(notUtf8.description, new RegExp(`not valid UTF-8.*byte 0xE9 at byte offset ${badByte}\\b`));
      const diagnostics = vscode.languages.getDiagnostics(seedUri(NOT_UTF8));
      const line = text.slice(0, badByte).split('\n').length - 1;
      assert.ok(diagnostics.some((d) => d.message.includes(`byte offset ${badByte}`) && d.range.start.line === line), JSON.stringify(diagnostics.map((d) => d.message)));
      if (canRestrict) assert.ok(listed.some((f) => f.label === UNREADABLE && /permission/.test(f.description)), JSON.stringify(listed));
      // The valid fact file is there all the same.
      assert.deepStrictEqual(labels(provider, root(provider, 'Leaders')), ['Alexander Lukashenko']);

      // And the tree keeps following changes: a folder that turns up named like a fact file is a
      // problem at that folder, and a change to the valid file still shows.
      fs.rmSync(diskPath(FOLDER), { recursive: true });
      fs.mkdirSync(diskPath(FOLDER));
      await eventually(() => assert.ok(attention(provider).some((f) => f.label === FOLDER && /folder/.test(f.description)), JSON.stringify(attention(provider))), TIMEOUT);
      document = await openSeed(SEED);
      assert.strictEqual(await recordAttended(services, document, 'Kazakh leader Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'), true);
      await eventually(() => assert.ok(labels(provider, root(provider, 'Leaders')).includes('Kassym-Jomart Tokayev')), TIMEOUT);
    });
  });

  describe('a symbolic link out of the workspace', () => {
    const OUTSIDE_ARTICLE = 'elsewhere.txt';
    let outside: string;
    let linkedFactFile: string;

    before(() => {
      outside = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-outside-'));
      linkedFactFile = fs.readdirSync(workspaceFolder().uri.fsPath).find((n) => n.startsWith('004_') && n.endsWith('.txt'))!.replace(/\.txt$/, '.facts.yaml');
    });

    after(() => {
      removeFromWorkspace(linkedFactFile);
      removeFromWorkspace('linked');
      fs.rmSync(outside, { recursive: true, force: true });
    });

    it('is neither read into the index and the tree nor written, and is reported naming the link', async () => {
      const article = linkedFactFile.replace(/\.facts\.yaml$/, '.txt');
      const text = fs.readFileSync(diskPath(article), 'utf8');
      const quote = text.match(/Vladimir Putin/) ? 'Vladimir Putin' : undefined;
      assert.ok(quote, `${article} names Putin`);
      const start = text.indexOf(quote);
      // A private file outside, made to look like a fact file of the article, with a summit attendance.
      const secret = [
        'schema: news-annotator/facts@1',
        'article:',
        `  file: ${article}`,
        '  textHash: sha256:0000000000000000000000000000000000000000000000000000000000000000',
        'mentions:',
        '  - id: m-00secret',
        '    entity: person:sadyr-japarov',
        `    quote: ${quote}`,
        `    start: ${start}`,
        `    end: ${start + quote.length}`,
        'facts:',
        '  - id: f-00secret',
        '    type: attendance',
        '    person: person:sadyr-japarov',
        `    event: ${YEREVAN}`,
        '    status: absent',
        '    evidence: [m-00secret]',
        '',
      ].join('\n');
      fs.writeFileSync(path.join(outside, 'private.facts.yaml'), secret);
      fs.mkdirSync(path.join(outside, 'folder'));
      fs.writeFileSync(path.join(outside, 'folder', OUTSIDE_ARTICLE.replace(/\.txt$/, '.facts.yaml')), secret.replace(`file: ${article}`, `file: ${OUTSIDE_ARTICLE}`));
      fs.symlinkSync(path.join(outside, 'private.facts.yaml'), diskPath(linkedFactFile));
      fs.symlinkSync(path.join(outside, 'folder'), diskPath('linked'));
      await services.index.rescan();

      const listed = await eventually(() => {
        const found = attention(provider);
        assert.ok(found.some((f) => f.label === linkedFactFile), `${linkedFactFile} under Needs attention: ${JSON.stringify(found)}`);
        // The fact file in the linked folder is found by the scan of that folder, which may end later.
        assert.ok(found.some((f) => f.label === OUTSIDE_ARTICLE.replace(/\.txt$/, '.facts.yaml')), `the one in the linked folder too: ${JSON.stringify(found)}`);
        return found;
      }, TIMEOUT);
      assert.match(listed.find((f) => f.label === linkedFactFile)!.description, new RegExp(`${linkedFactFile.replace(/\./g, '\\.')} is a symbolic link that leads outside the workspace folder`));
      assert.strictEqual(services.index.facts.mentionsOf('person:sadyr-japarov').mentions, 0, 'nothing of the private file is in the index');
      for (const leader of labels(provider, labels(provider).includes('Leaders') ? root(provider, 'Leaders') : undefined)) assert.notStrictEqual(leader, 'Sadyr Japarov');
      // The fact file under the linked folder is reported naming that folder.
      const underLink = listed.find((f) => f.label === OUTSIDE_ARTICLE.replace(/\.txt$/, '.facts.yaml'));
      assert.match(underLink?.description ?? JSON.stringify(listed), /lies in linked, a symbolic link that leads outside/);

      // Opened, the article shows nothing of it, and an annotation is refused rather than written there.
      const opened = await openSeed(article);
      const [s, e] = [start, start + quote.length];
      await pollUntil(`"${quote}" recognized`, () => services.analysis.mentions(opened).some((m) => m.start === s && m.end === e));
      assert.strictEqual(services.openFactFiles.cached(opened.uri), undefined);
      const wrote = await vscode.commands.executeCommand(COMMAND.annotateMention, opened.uri.toString(), s, e, 'person:vladimir-putin');
      assert.strictEqual(wrote, false);
      assert.strictEqual(fs.readFileSync(path.join(outside, 'private.facts.yaml'), 'utf8'), secret, 'the file outside is untouched');
    });

    it('as an article is not exported, and its annotations are refused', async () => {
      // A private file outside, linked in as an article, with a fact file that quotes it.
      const privateText = 'PRIVATE KEY of Vladimir Putin: 1234\n';
      fs.writeFileSync(path.join(outside, 'id_rsa'), privateText);
      fs.symlinkSync(path.join(outside, 'id_rsa'), diskPath('leak.txt'));
      const start = privateText.indexOf('Vladimir Putin');
      fs.writeFileSync(
        diskPath('leak.facts.yaml'),
        [
          'schema: news-annotator/facts@1',
          'article:',
          '  file: leak.txt',
          '  textHash: sha256:0000000000000000000000000000000000000000000000000000000000000000',
          'mentions:',
          '  - id: m-00000leak',
          '    entity: person:vladimir-putin',
          '    quote: Vladimir Putin',
          `    start: ${start}`,
          `    end: ${start + 'Vladimir Putin'.length}`,
          '',
        ].join('\n'),
      );
      const target = path.join(outside, 'brat');
      try {
        assert.strictEqual(await vscode.commands.executeCommand(COMMAND.exportDataset, 'brat', vscode.Uri.file(target).toString()), true);
        const written = fs.readdirSync(target);
        assert.ok(!written.some((name) => name.startsWith('leak.')), `leak.txt is not exported: ${written.join(' ')}`);
        for (const name of written) assert.ok(!fs.readFileSync(path.join(target, name), 'utf8').includes('PRIVATE KEY'), `${name} holds nothing of the private file`);

        const opened = await openSeed('leak.txt');
        await pollUntil('"Vladimir Putin" recognized', () => services.analysis.mentions(opened).some((m) => m.start === start));
        const factFileBefore = readDisk('leak.facts.yaml');
        // As another entity than the fact file records: a write, whether or not the fact file has
        // been read yet (as the entity it records, the mention is annotated already: nothing to write).
        const wrote = await vscode.commands.executeCommand(COMMAND.annotateMention, opened.uri.toString(), start, start + 'Vladimir Putin'.length, 'person:alexander-lukashenko');
        assert.strictEqual(wrote, false);
        assert.strictEqual(readDisk('leak.facts.yaml'), factFileBefore, 'nothing is written for it');
        assert.strictEqual(fs.readFileSync(path.join(outside, 'id_rsa'), 'utf8'), privateText);
      } finally {
        removeFromWorkspace('leak.txt');
        removeFromWorkspace('leak.facts.yaml');
      }
    });
  });

  describe('articles that differ only in their extension', () => {
    const created = ['pair.txt', 'pair.md', 'pair.facts.yaml', 'pair.md.facts.yaml', 'legacy.txt', 'legacy.md', 'legacy.facts.yaml', 'legacy.md.facts.yaml'];

    after(() => {
      for (const name of created) removeFromWorkspace(name);
    });

    async function openAsArticle(name: string): Promise<vscode.TextDocument> {
      const opened = await vscode.workspace.openTextDocument(seedUri(name));
      const article = opened.languageId === 'news-article' ? opened : await vscode.languages.setTextDocumentLanguage(opened, 'news-article');
      await vscode.window.showTextDocument(article, { preview: false });
      return article;
    }

    it('get a fact file each', async () => {
      const text = fs.readFileSync(diskPath(SEED), 'utf8');
      fs.writeFileSync(diskPath('pair.txt'), text);
      fs.writeFileSync(diskPath('pair.md'), text);
      const txt = await openAsArticle('pair.txt');
      assert.strictEqual(await annotate(services, txt, 'Russian President Vladimir Putin will', 'Vladimir Putin'), true);
      const md = await openAsArticle('pair.md');
      assert.strictEqual(await annotate(services, md, 'Tajik President Emomali Rakhmon', 'Emomali Rakhmon'), true);

      const ofTxt = await pollUntil('pair.facts.yaml', () => onDisk('pair.facts.yaml'));
      const ofMd = await pollUntil('pair.md.facts.yaml', () => onDisk('pair.md.facts.yaml'));
      assert.strictEqual(ofTxt.article.file, 'pair.txt');
      assert.deepStrictEqual(ofTxt.mentions.map((m) => m.entity), ['person:vladimir-putin']);
      assert.strictEqual(ofMd.article.file, 'pair.md');
      assert.deepStrictEqual(ofMd.mentions.map((m) => m.entity), ['person:emomali-rahmon']);
      assert.ok(services.openFactFiles.cached(md.uri)?.mentions.every((m) => m.entity === 'person:emomali-rahmon'));
    });

    it('keep using a fact file named the earlier way, which the other article is refused rather than sharing', async () => {
      const text = fs.readFileSync(diskPath(SEED), 'utf8');
      fs.writeFileSync(diskPath('legacy.txt'), text);
      fs.writeFileSync(diskPath('legacy.md'), text);
      // The fact file an earlier version gave legacy.md.
      const md = await openAsArticle('legacy.md');
      assert.strictEqual(await annotate(services, md, 'Russian President Vladimir Putin will', 'Vladimir Putin'), true);
      fs.renameSync(diskPath('legacy.md.facts.yaml'), diskPath('legacy.facts.yaml'));
      await pollUntil('the index to know legacy.facts.yaml', () => services.index.facts.articleOf('legacy.facts.yaml') === 'legacy.md');
      // legacy.txt beside it would take that name as its own: the file says to rename it.
      const warning = await pollUntil('a warning on legacy.facts.yaml', () => vscode.languages.getDiagnostics(seedUri('legacy.facts.yaml')).find((d) => d.severity === vscode.DiagnosticSeverity.Warning));
      assert.match(warning.message, /legacy\.txt .*rename this file legacy\.md\.facts\.yaml/);

      assert.strictEqual(await annotate(services, md, 'Tajik President Emomali Rakhmon', 'Emomali Rakhmon'), true);
      assert.deepStrictEqual(onDisk('legacy.facts.yaml')?.mentions.map((m) => m.entity).sort(), ['person:emomali-rahmon', 'person:vladimir-putin']);
      assert.strictEqual(readDisk('legacy.md.facts.yaml'), undefined, 'no second fact file for legacy.md');

      const txt = await openAsArticle('legacy.txt');
      const before = readDisk('legacy.facts.yaml');
      assert.strictEqual(await annotate(services, txt, 'Armenian Prime Minister Nikol Pashinyan', 'Nikol Pashinyan'), false);
      assert.strictEqual(readDisk('legacy.facts.yaml'), before, 'the fact file of legacy.md is left as it is');
      assert.strictEqual(services.openFactFiles.cached(txt.uri), undefined, 'legacy.txt does not show the annotations of legacy.md');
    });
  });
});
