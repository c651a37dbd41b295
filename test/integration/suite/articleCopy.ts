// An article of a test's own: a copy of a seed (or a text of the test's), open in an editor, with
// its fact file read back from disk; and the lightbulb's quick fixes run as a person would.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Services } from '../../../src/editor/services/services';
import { eventually, openSeed, pollUntil, seedUri } from './helpers';

export interface FactFileOnDisk {
  article: { file: string; published?: string };
  mentions: { id: string; entity?: string; date?: string; quote: string; start: number; end: number }[];
  facts: { id: string; type: string; person?: string; event?: string; status?: string; role?: string; country?: string; organization?: string; city?: string; start?: string; end?: string; evidence: string[] }[];
}

export async function readWorkspaceFile(name: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(name)));
  } catch {
    return undefined;
  }
}

export async function deleteIfThere(name: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(seedUri(name), { recursive: true });
  } catch {
    // not there
  }
}

export class ArticleCopy {
  readonly file: string;
  readonly factFile: string;
  document!: vscode.TextDocument;

  /** `<name>.txt`, a copy of `seed` or, when `text` is given, that text. */
  constructor(
    name: string,
    private readonly source: { seed: string } | { text: string },
  ) {
    this.file = `${name}.txt`;
    this.factFile = `${name}.facts.yaml`;
  }

  async open(): Promise<vscode.TextDocument> {
    await deleteIfThere(this.factFile);
    if ('seed' in this.source) await vscode.workspace.fs.copy(seedUri(this.source.seed), seedUri(this.file), { overwrite: true });
    else await vscode.workspace.fs.writeFile(seedUri(this.file), new TextEncoder().encode(this.source.text));
    this.document = await openSeed(this.file);
    return this.document;
  }

  /** Closes it and deletes it with its fact file, and waits until the fact index has let that go. */
  async remove(services: Services): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfThere(this.factFile);
    await deleteIfThere(this.file);
    await pollUntil(`the fact index to forget ${this.factFile}`, () => !services.index.facts.has(this.factFile), { timeoutMs: 15_000 });
  }

  /** The fact file as it is on disk, once it is there and `ready` accepts it. */
  async onDisk(ready: (factFile: FactFileOnDisk) => boolean = () => true): Promise<FactFileOnDisk> {
    return pollUntil(`${this.factFile} on disk`, async () => {
      const text = await readWorkspaceFile(this.factFile);
      const factFile = text === undefined ? undefined : (parse(text) as FactFileOnDisk);
      return factFile && ready(factFile) ? factFile : undefined;
    });
  }

  /** The offsets of `quote` where it stands inside the unique phrase `context`. */
  span(context: string, quote = context): [number, number] {
    const text = this.document.getText();
    const at = text.indexOf(context);
    assert.ok(at >= 0 && text.indexOf(context, at + 1) < 0, `"${context}" is a unique phrase of ${this.file}`);
    const offset = context.indexOf(quote);
    assert.ok(offset >= 0, `"${context}" holds "${quote}"`);
    return [at + offset, at + offset + quote.length];
  }

  range(context: string, quote = context): vscode.Range {
    const [start, end] = this.span(context, quote);
    return new vscode.Range(this.document.positionAt(start), this.document.positionAt(end));
  }

  /** The quick fixes the lightbulb offers on `range`, once `ready` accepts their titles. */
  async actions(range: vscode.Range, ready: (titles: string[]) => boolean = () => true): Promise<vscode.CodeAction[]> {
    return eventually(
      async () => {
        const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', this.document.uri, range)) ?? [];
        const titles = actions.map((a) => a.title);
        assert.ok(ready(titles), `the quick fixes at ${range.start.line + 1}:${range.start.character + 1} of ${this.file}: ${titles.join(' | ')}`);
        return actions;
      },
      { timeoutMs: 15_000 },
    );
  }

  /** Runs the quick fix titled `title` on `range` as the lightbulb would, and returns what its command returned. */
  async run(range: vscode.Range, title: string | RegExp): Promise<unknown> {
    const matches = (t: string) => (typeof title === 'string' ? t === title : title.test(t));
    const actions = await this.actions(range, (titles) => titles.some(matches));
    const action = actions.find((a) => matches(a.title))!;
    assert.ok(action.command, `"${action.title}" runs a command`);
    return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}
