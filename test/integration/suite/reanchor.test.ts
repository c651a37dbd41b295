// Annotations follow the article's text: re-anchored while it is edited, recorded when it is
// saved (only those the edit touched: the others keep their entries, offsets and all, and are
// found where their text is), and orphaned (kept, flagged, re-attachable) when their quote is gone.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { annotationStatus } from '../../../src/core/annotation/status';
import { textHash } from '../../../src/core/factFile/ids';
import { ANCHOR_CONTEXT } from '../../../src/core/reanchor/anchor';
import { resolveAnchors } from '../../../src/core/reanchor/resolve';
import type { Services } from '../../../src/editor/services/services';
import { activeExtension, servicesOf, eventually, openSeed, pollUntil, seedUri } from './helpers';
import { COMMAND } from '../../../src/editor/shell/contributions';

const SEED = '003_4e930db99411c7ec';

interface DiskMention {
  id: string;
  entity?: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  orphaned?: boolean;
}

async function readDisk(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(name)));
}

describe('re-anchoring', function () {
  this.timeout(30_000);
  let original: string;
  let services: Services;

  before(async () => {
    original = await readDisk(`${SEED}.txt`);
    await openSeed(`${SEED}.txt`);
    const extension = await activeExtension();
    services = servicesOf(extension);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(extension.extensionUri, 'seeds', `${SEED}.facts.yaml`), seedUri(`${SEED}.facts.yaml`), { overwrite: true });
    await pollUntil('the shipped fact file read', () => services.openFactFiles.cached(seedUri(`${SEED}.txt`)));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(seedUri(`${SEED}.txt`), new TextEncoder().encode(original));
    await vscode.workspace.fs.delete(seedUri(`${SEED}.facts.yaml`)).then(undefined, () => undefined);
    await pollUntil('the fact index to forget it', () => services.index.facts.factFileCount === 0);
  });

  it('keeps annotations on their text while the article is edited, and on save records only those the edit touched', async () => {
    const document = await openSeed(`${SEED}.txt`);
    // What the shipped fact file leaves to do (a recognizer newer than it finds more), before the edit.
    const pendingOf = (offset: number) =>
      annotationStatus(services.analysis.mentions(document), services.openFactFiles.current(document)!)
        .filter((s) => s.state === 'pending' && s.mention.start >= offset)
        .map((s) => `${s.mention.text}@${s.mention.start - offset}`);
    const pendingBefore = pendingOf(0);
    const insertion = 'UPDATED: the summit programme was published on Wednesday.\n\n';
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), insertion));
    const text = document.getText();
    const current = services.openFactFiles.current(document)!;
    for (const m of current.mentions) assert.strictEqual(text.slice(m.start, m.end), m.quote, `${m.id} follows its text`);
    assert.deepStrictEqual(pendingOf(insertion.length), pendingBefore, 'after the edit, nothing more looks unannotated than before it');

    const before = parse(await readDisk(`${SEED}.facts.yaml`)) as { article: { textHash: string }; mentions: DiskMention[]; facts: unknown[] };
    // The insertion changes the words before a mention only when its prefix reached the top.
    const touched = before.mentions.filter((m) => m.start < ANCHOR_CONTEXT).map((m) => m.id);
    assert.ok(touched.length < before.mentions.length / 4, `${touched.length} of ${before.mentions.length} mentions near the top`);
    await document.save();
    await eventually(async () => {
      const after = parse(await readDisk(`${SEED}.facts.yaml`)) as typeof before;
      assert.notStrictEqual(after.article.textHash, before.article.textHash, 'the hash of the saved text');
      assert.deepStrictEqual(after.facts, before.facts);
      const changed = after.mentions.filter((m) => JSON.stringify(m) !== JSON.stringify(before.mentions.find((b) => b.id === m.id))).map((m) => m.id);
      assert.deepStrictEqual(changed.sort(), [...touched].sort(), 'only the mentions the edit touched are written');
      // Every mention is found where its text went, the others through their unchanged entries.
      const resolved = resolveAnchors(text, after.mentions, []).mentions;
      after.mentions.forEach((m, i) => {
        const was = before.mentions.find((b) => b.id === m.id)!;
        assert.deepStrictEqual([resolved[i].start, resolved[i].end], [was.start + insertion.length, was.end + insertion.length], `${m.id} on disk`);
      });
    });
  });

  it('orphans an annotation whose text is gone, flags it, and re-attaches it to a selection', async () => {
    const document = await openSeed(`${SEED}.txt`);
    const editor = vscode.window.activeTextEditor!;
    const name = 'Anatoly Sidorov';
    const at = document.getText().indexOf(name);
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + name.length)), 'a senior officer'));
    await document.save();
    const orphan = await eventually(async () => {
      const mentions = parse(await readDisk(`${SEED}.facts.yaml`)).mentions as DiskMention[];
      const found = mentions.find((m) => m.entity === 'person:anatoly-sidorov');
      assert.ok(found?.orphaned, 'kept in the fact file, flagged orphaned');
      return found;
    });
    // Listed for review once the index has the saved fact file (it follows the file within moments).
    await pollUntil('the orphan listed for review', () => services.index.facts.orphans().some((e) => e.mention.id === orphan.id));
    await pollUntil('the orphan diagnostic', () => vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'orphaned' && d.message.includes(name)));

    const officer = document.getText().indexOf('a senior officer') + 2;
    const selection = new vscode.Range(document.positionAt(officer), document.positionAt(officer + 'senior officer'.length));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, selection)) ?? [];
    const reattach = actions.find((a) => a.title === `Re-attach the orphaned annotation of “${name}” to the selection`);
    assert.ok(reattach?.command, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(reattach.command.command, ...(reattach.command.arguments ?? []));
    await eventually(async () => {
      const mentions = parse(await readDisk(`${SEED}.facts.yaml`)).mentions as DiskMention[];
      const fixed = mentions.find((m) => m.id === orphan.id)!;
      assert.strictEqual(fixed.orphaned, undefined);
      assert.strictEqual(fixed.quote, 'senior officer');
    });
  });

  it('moves a "not an entity" mark with its text, so that the words now at its old offsets are not rejected', async () => {
    const document = await openSeed(`${SEED}.txt`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await pollUntil('the fact file of the article, read', () => services.openFactFiles.current(document));
    // The last annotated person of the article: marked not an entity.
    const statuses = () => annotationStatus(services.analysis.mentions(document), services.openFactFiles.current(document));
    const target = [...statuses()].reverse().find((s) => s.state === 'annotated' && s.mention.type === 'person')!.mention;
    const ok = await vscode.commands.executeCommand(COMMAND.rejectMention, document.uri.toString(), target.start, target.end);
    assert.strictEqual(ok, true);
    await pollUntil('the mark read back', () => statuses().find((s) => s.mention.start === target.start && s.state === 'rejected'));

    // Shift everything by exactly the length of the rejected name: other words now sit at its old offsets.
    const insertion = `${'x'.repeat(target.end - target.start - 1)} `;
    await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(0, 0), insertion));
    const moved = { start: target.start + insertion.length, end: target.end + insertion.length };
    const now = statuses();
    assert.strictEqual(now.find((s) => s.mention.start === moved.start && s.mention.end === moved.end)?.state, 'rejected', 'the mark follows its text');
    const atOldPlace = now.find((s) => s.mention.start === target.start && s.mention.end === target.end);
    assert.notStrictEqual(atOldPlace?.state, 'rejected', 'what sits at the old offsets is not rejected');

    await document.save();
    const hash = await textHash(document.getText());
    await eventually(async () => {
      const saved = parse(await readDisk(`${SEED}.facts.yaml`)) as { article: { textHash: string }; mentions: DiskMention[]; rejections: DiskMention[] };
      assert.strictEqual(saved.article.textHash, hash, 'the save recorded');
      // Its entry is kept as it was (the words around it are the same); it is found where its text went.
      const resolved = resolveAnchors(document.getText(), saved.mentions, saved.rejections, { all: true }).rejections;
      assert.deepStrictEqual(
        resolved.map((r) => [r.quote, r.start, r.end]),
        [[target.text, moved.start, moved.end]],
      );
    });
    await pollUntil('the saved fact file read back', () => statuses().find((s) => s.mention.start === moved.start && s.mention.end === moved.end && s.state === 'rejected'));
    assert.notStrictEqual(statuses().find((s) => s.mention.start === target.start && s.mention.end === target.end)?.state, 'rejected', 'after the save too');
  });
});
