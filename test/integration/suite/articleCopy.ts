// An article of a test's own: a copy of a seed (or a text of the test's), open in an editor, with
// its fact file read back from disk; the lightbulb's quick fixes and the hover cards on it, used as
// a person would; the messages the extension shows while a command runs; and the hooks that give
// each test of a suite a new copy.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { recordedMention, type MentionTarget } from '../../../src/core/annotation/corrections';
import { textHash } from '../../../src/core/factFile/ids';
import { applyFactFileEdits, newFactFileText, type FactFileEdit } from '../../../src/core/factFile/store';
import type { Services } from '../../../src/editor/services/services';
import { activeExtension, eventually, openSeed, pollUntil, seedUri, servicesOf } from './helpers';

/** The seed the copies are made of unless a test says otherwise: the Yerevan 2022 summit report. */
export const SEED = '001_59ba21db933ddaec.txt';

export interface FactFileOnDisk {
  article: { file: string; textHash: string; language?: string; published?: string };
  mentions: { id: string; entity?: string; date?: string; quote: string; prefix: string; suffix: string; start: number; end: number; orphaned?: boolean }[];
  facts: {
    id: string;
    type: string;
    person?: string;
    event?: string;
    status?: string;
    role?: string;
    country?: string;
    organization?: string;
    city?: string;
    start?: string;
    end?: string;
    evidence: string[];
  }[];
  rejections: { quote: string; start: number; end: number }[];
}

/** A workspace file's text, or undefined when it is not there. */
export async function readWorkspaceFile(name: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(name)));
  } catch {
    return undefined;
  }
}

/** Deletes a workspace file or folder, if it is there. */
export async function deleteIfThere(name: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(seedUri(name), { recursive: true });
  } catch {
    // not there
  }
}

/** A copy of a seed article, or a text of the test's own. */
export type ArticleSource = { seed: string } | { text: string };

export class ArticleCopy {
  readonly file: string;
  readonly factFile: string;
  readonly uri: vscode.Uri;
  readonly factFileUri: vscode.Uri;
  document!: vscode.TextDocument;

  /** `<name>.txt`, a copy of `source` (seed 001 unless given), without a fact file until a test writes one. */
  constructor(
    name: string,
    private readonly source: ArticleSource = { seed: SEED },
  ) {
    this.file = `${name}.txt`;
    this.factFile = `${name}.facts.yaml`;
    this.uri = seedUri(this.file);
    this.factFileUri = seedUri(this.factFile);
  }

  /** Writes the article and opens it; with `annotations`, first writes them to its fact file, as a hand edit would. */
  async open(annotations: FactFileEdit[] = []): Promise<vscode.TextDocument> {
    await deleteIfThere(this.factFile);
    if ('seed' in this.source) await vscode.workspace.fs.copy(seedUri(this.source.seed), this.uri, { overwrite: true });
    else await vscode.workspace.fs.writeFile(this.uri, new TextEncoder().encode(this.source.text));
    if (annotations.length > 0) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
      const empty = await newFactFileText({ file: this.file, language: 'en', textHash: await textHash(text) });
      const result = applyFactFileEdits(empty, this.factFile, annotations);
      assert.ok(result.ok, 'the annotations make a valid fact file');
      await vscode.workspace.fs.writeFile(this.factFileUri, new TextEncoder().encode(result.text));
    }
    this.document = await openSeed(this.file);
    return this.document;
  }

  /** Closes every editor, deletes the article and its fact file, and waits until the fact index has let them go. */
  async remove(services: Services): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfThere(this.factFile);
    await deleteIfThere(this.file);
    await pollUntil(`the fact index to forget ${this.factFile}`, () => !services.index.facts.has(this.factFile), { timeoutMs: 15_000 });
  }

  /** The fact file as it is on disk, once it is there and `ready` accepts it. */
  async onDisk(ready: (factFile: FactFileOnDisk) => boolean = () => true): Promise<FactFileOnDisk> {
    return pollUntil(`${this.factFile} on disk`, async () => {
      const text = await this.readDisk();
      const factFile = text === undefined ? undefined : (parse(text) as FactFileOnDisk);
      return factFile && ready(factFile) ? factFile : undefined;
    });
  }

  /** The fact file's text on disk now, or undefined when there is none. */
  readDisk(): Promise<string | undefined> {
    return readWorkspaceFile(this.factFile);
  }

  /** The offsets of `quote` where it stands inside the unique phrase `context`. */
  span(context: string, quote = context): [number, number] {
    return spanIn(this.document, context, quote);
  }

  /** The range of `quote` where it stands inside the unique phrase `context`. */
  range(context: string, quote = context): vscode.Range {
    return rangeOf(this.document, context, quote);
  }

  /** The offsets of `range`. */
  offsets(range: vscode.Range): { start: number; end: number } {
    return { start: this.document.offsetAt(range.start), end: this.document.offsetAt(range.end) };
  }

  /** The arguments quick fixes and hover links give the item commands: the article and a span. */
  args(range: vscode.Range): [string, number, number] {
    const { start, end } = this.offsets(range);
    return [this.uri.toString(), start, end];
  }

  /** A mention of `range` recording `target`, as a fact file edit. */
  mention(range: vscode.Range, target: MentionTarget): FactFileEdit & { kind: 'addMention' } {
    const { start, end } = this.offsets(range);
    return { kind: 'addMention', mention: recordedMention(this.document.getText(), start, end, target) };
  }

  /** The quick fixes the lightbulb offers on `range`, once `ready` accepts their titles. */
  async actions(range: vscode.Range, ready: (titles: string[]) => boolean = () => true): Promise<vscode.CodeAction[]> {
    return eventually(
      async () => {
        const actions = await actionsAt(this.document, range);
        const titles = actions.map((a) => a.title);
        assert.ok(ready(titles), `the quick fixes at ${range.start.line + 1}:${range.start.character + 1} of ${this.file}: ${titles.join(' | ')}`);
        return actions;
      },
      { timeoutMs: 15_000 },
    );
  }

  /** Runs the quick fix titled `title` on `range` as the lightbulb would, once it is offered, and returns what its command returned. */
  async run(range: vscode.Range, title: string | RegExp): Promise<unknown> {
    const matches = (t: string) => (typeof title === 'string' ? t === title : title.test(t));
    const actions = await this.actions(range, (titles) => titles.some(matches));
    const action = actions.find((a) => matches(a.title))!;
    assert.ok(action.command, `"${action.title}" runs a command`);
    return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

/** The offsets of `quote` where it stands inside `context`, a phrase that occurs once in `document`. */
function spanIn(document: vscode.TextDocument, context: string, quote: string): [number, number] {
  const text = document.getText();
  const at = text.indexOf(context);
  const name = document.uri.path.split('/').pop();
  assert.ok(at >= 0 && text.indexOf(context, at + 1) < 0, `"${context}" is a unique phrase of ${name}`);
  const offset = context.indexOf(quote);
  assert.ok(offset >= 0, `"${context}" holds "${quote}"`);
  return [at + offset, at + offset + quote.length];
}

/** The range of `quote` where it stands inside `context`, a phrase that occurs once in `document`. */
export function rangeOf(document: vscode.TextDocument, context: string, quote = context): vscode.Range {
  const [start, end] = spanIn(document, context, quote);
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** A mention of a seed's text recording `target`, as a fact file edit, before the copy is open. */
export async function seedMention(seed: string, context: string, quote: string, target: MentionTarget): Promise<FactFileEdit & { kind: 'addMention' }> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(seed)));
  const start = text.indexOf(context) + context.indexOf(quote);
  assert.ok(start >= context.indexOf(quote) && context.includes(quote), `"${quote}" in "${context}" is in ${seed}`);
  return { kind: 'addMention', mention: recordedMention(text, start, start + quote.length, target) };
}

/** The quick fixes the lightbulb offers on `range` now. */
export async function actionsAt(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
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

/** What the tests of a suite set up by `articleCopyPerTest` work with. */
export interface ArticleCopyPerTest {
  /** The extension's running services, from the suite's `before` on. */
  readonly services: Services;
  /** The running test's article, open in an editor, from its `beforeEach` on. */
  readonly article: ArticleCopy;
}

export interface ArticleCopyOptions {
  /** What each copy is made of (seed 001 unless given). */
  source?: ArticleSource;
  /** Annotations each copy's fact file starts with, as a hand edit would write them. */
  annotations?: () => Promise<FactFileEdit[]>;
}

/**
 * Registers the hooks of a suite whose tests each work on an article of their own: before the suite,
 * an article opened activates the extension (when no suite before has) and the workspace is indexed;
 * before each test, a new copy `<prefix>_<n>` is opened; after it, the copy is removed. Hooks the
 * suite registers after this call run after these.
 */
export function articleCopyPerTest(prefix: string, options: ArticleCopyOptions = {}): ArticleCopyPerTest {
  const source = options.source ?? { seed: SEED };
  let services: Services | undefined;
  let article: ArticleCopy | undefined;
  let tests = 0;

  before(async () => {
    await openSeed('seed' in source ? source.seed : SEED);
    services = servicesOf(await activeExtension());
    await services.index.scan();
  });

  beforeEach(async () => {
    article = new ArticleCopy(`${prefix}_${++tests}`, source);
    await article.open((await options.annotations?.()) ?? []);
  });

  afterEach(async () => {
    if (article && services) await article.remove(services);
    article = undefined;
  });

  return {
    get services() {
      assert.ok(services, 'the services are there from the suite’s `before` on');
      return services;
    },
    get article() {
      assert.ok(article, 'the article copy is there from the test’s `beforeEach` on');
      return article;
    },
  };
}
