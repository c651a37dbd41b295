// For the tests of corrections, annotations made by hand and the keyboard: an article of a test's
// own (a copy of a seed, without a fact file), its fact file on disk, the quick fixes and hover
// cards at a span, and the messages the extension shows while a command runs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { recordedMention, type MentionTarget } from '../../../src/core/annotation/corrections';
import { textHash } from '../../../src/core/factFile/ids';
import { applyFactFileEdits, newFactFileText, type FactFileEdit } from '../../../src/core/factFile/store';
import type { Services } from '../../../src/editor/services/services';
import { openSeed, pollUntil, seedUri } from './helpers';

export const SEED = '001_59ba21db933ddaec.txt';

export interface FactFileOnDisk {
  mentions: { id: string; entity?: string; date?: string; quote: string; start: number; end: number; orphaned?: boolean }[];
  facts: { id: string; type: string; person?: string; event?: string; status?: string; evidence: string[] }[];
  rejections: { quote: string; start: number; end: number }[];
}

async function readDisk(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function deleteIfThere(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

/** `<name>.txt`, a copy of a seed article without a fact file, open in an editor. */
export class ArticleCopy {
  readonly uri: vscode.Uri;
  readonly factFileUri: vscode.Uri;
  readonly factFileName: string;
  document!: vscode.TextDocument;

  constructor(
    name: string,
    private readonly seed = SEED,
  ) {
    this.uri = seedUri(`${name}.txt`);
    this.factFileName = `${name}.facts.yaml`;
    this.factFileUri = seedUri(this.factFileName);
  }

  /** Copies the seed and opens the copy; with `annotations`, first writes them to its fact file, as a hand edit would. */
  async open(annotations: FactFileEdit[] = []): Promise<vscode.TextDocument> {
    await deleteIfThere(this.factFileUri);
    await vscode.workspace.fs.copy(seedUri(this.seed), this.uri, { overwrite: true });
    if (annotations.length > 0) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
      const empty = await newFactFileText({ file: this.uri.path.split('/').pop()!, language: 'en', textHash: await textHash(text) });
      const result = applyFactFileEdits(empty, this.factFileName, annotations);
      assert.ok(result.ok, 'the annotations make a valid fact file');
      await vscode.workspace.fs.writeFile(this.factFileUri, new TextEncoder().encode(result.text));
    }
    this.document = await openSeed(this.uri.path.split('/').pop()!);
    return this.document;
  }

  /** Closes every editor and deletes the copy and its fact file, and waits until the fact index has let them go. */
  async remove(services: Services): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfThere(this.factFileUri);
    await deleteIfThere(this.uri);
    await pollUntil(`the fact index to forget ${this.factFileName}`, () => !services.index.facts.has(this.factFileName), { timeoutMs: 15_000 });
  }

  async onDisk(): Promise<FactFileOnDisk> {
    const text = await pollUntil(`${this.factFileName} on disk`, () => readDisk(this.factFileUri));
    return parse(text) as FactFileOnDisk;
  }

  /** The range of `quote` within the first occurrence of `context`. */
  rangeOf(context: string, quote = context): vscode.Range {
    const at = this.document.getText().indexOf(context);
    assert.ok(at >= 0, `"${context}" is in ${this.document.fileName}`);
    const start = at + context.indexOf(quote);
    assert.ok(context.includes(quote), `"${quote}" is in "${context}"`);
    return new vscode.Range(this.document.positionAt(start), this.document.positionAt(start + quote.length));
  }

  span(range: vscode.Range): { start: number; end: number } {
    return { start: this.document.offsetAt(range.start), end: this.document.offsetAt(range.end) };
  }

  /** The arguments quick fixes and hover links give the item commands: the article and a span. */
  args(range: vscode.Range): [string, number, number] {
    const { start, end } = this.span(range);
    return [this.uri.toString(), start, end];
  }

  /** A mention of `range` recording `target`, as a fact file edit. */
  mention(range: vscode.Range, target: MentionTarget): FactFileEdit & { kind: 'addMention' } {
    const { start, end } = this.span(range);
    return { kind: 'addMention', mention: recordedMention(this.document?.getText() ?? '', start, end, target) };
  }
}

/** A mention of a seed's text recording `target`, as a fact file edit, before the copy is open. */
export async function seedMention(seed: string, context: string, quote: string, target: MentionTarget): Promise<FactFileEdit & { kind: 'addMention' }> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(seed)));
  const start = text.indexOf(context) + context.indexOf(quote);
  assert.ok(start >= context.indexOf(quote) && context.includes(quote), `"${quote}" in "${context}" is in ${seed}`);
  return { kind: 'addMention', mention: recordedMention(text, start, start + quote.length, target) };
}

export async function actionsAt(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
}

/** Runs the quick fix titled `title` at `range`, as choosing it in the lightbulb does. */
export async function runAction(document: vscode.TextDocument, range: vscode.Range, title: string): Promise<unknown> {
  const actions = await actionsAt(document, range);
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.command, `quick fix "${title}" offered; offered: ${actions.map((a) => a.title).join(' | ')}`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The markdown of the hover cards at `position`. */
export async function hoverMarkdown(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
}

export interface Shown {
  /** Status bar messages. */
  statusBar: string[];
  /** Notifications: information, warning and error messages. */
  notifications: string[];
}

/**
 * What the extension shows while `run` runs, in the status bar and as notifications. The tests share
 * the extension's `vscode` API object: the messages are recorded on their way to the real window.
 */
export async function shownDuring<T>(run: () => Thenable<T>): Promise<{ result: T; shown: Shown }> {
  const window = vscode.window as unknown as Record<string, (...args: unknown[]) => unknown>;
  const shown: Shown = { statusBar: [], notifications: [] };
  const spied = { setStatusBarMessage: shown.statusBar, showInformationMessage: shown.notifications, showWarningMessage: shown.notifications, showErrorMessage: shown.notifications };
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  for (const [name, into] of Object.entries(spied)) {
    const original = window[name];
    originals.set(name, original);
    window[name] = (message: unknown, ...rest: unknown[]) => {
      into.push(String(message));
      return original.call(vscode.window, message, ...rest);
    };
  }
  try {
    return { result: await run(), shown };
  } finally {
    for (const [name, original] of originals) window[name] = original;
  }
}
