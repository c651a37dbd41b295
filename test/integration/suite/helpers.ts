// Shared helpers for the integration tests: open a seed article, wait for a condition, read the
// semantic tokens the extension provides the way the editor asks for them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactsNode } from '../../../src/editor/factsTree/model';
import type { Services } from '../../../src/editor/services/services';
import type { NewsAnnotatorApi } from '../../../src/extension';

export const EXTENSION_ID = 'news-annotator.news-annotator';
export const ARTICLE_LANGUAGE_ID = 'news-article';

/** The workspace folder the runners open: a fresh copy of the repository's `seeds/` folder. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder (a copy of seeds/)');
  return folder;
}

/** A file in the workspace, e.g. `seedUri('001_59ba21db933ddaec.txt')`. */
export function seedUri(...pathSegments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...pathSegments);
}

/** Opens a workspace file and shows it in an editor, as a person would. */
export async function openSeed(...pathSegments: string[]): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(seedUri(...pathSegments));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Closes a document's editor without saving, as a person does: its editor brought to the front
 * first (the command acts on the active editor, which a busy workbench may not have switched yet).
 */
export async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  await pollUntil(`${document.fileName} in the active editor`, () => vscode.window.activeTextEditor?.document === document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await pollUntil(`${document.fileName} reverted`, () => !document.isDirty);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

export interface PollOptions {
  /** Give up after this many milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Wait this long between attempts (default 100 ms). */
  intervalMs?: number;
}

/**
 * Calls `attempt` until it returns without throwing, and returns its result. When time runs out,
 * the last error is thrown, so a failing assertion inside `attempt` reads as the test's failure.
 */
export async function eventually<T>(attempt: () => T | PromiseLike<T>, options: PollOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
    }
    await delay(intervalMs);
  }
}

/** Waits until `probe` returns a value other than `undefined`, `null` or `false`. */
export async function pollUntil<T>(
  description: string,
  probe: () => T | undefined | null | false | PromiseLike<T | undefined | null | false>,
  options: PollOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return eventually(async () => {
    const value = await probe();
    if (value === undefined || value === null || value === false) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
    }
    return value;
  }, options);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until the extension is active, without activating it: activation must come from its events. */
export async function activeExtension(id = EXTENSION_ID, options?: PollOptions): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(id);
  assert.ok(extension, `extension ${id} is not installed in this window`);
  await pollUntil(`extension ${id} to be active`, () => extension.isActive, options);
  return extension;
}

/** The extension's running services; asking for them loads its features if nothing has yet. */
export function servicesOf(extension: vscode.Extension<unknown>): Services {
  return (extension.exports as NewsAnnotatorApi).services();
}

/** The Summits and Leaders view the extension registered, and the provider that view draws from. */
export function factsViewOf(extension: vscode.Extension<unknown>): { view: vscode.TreeView<FactsNode>; tree: vscode.TreeDataProvider<FactsNode> } {
  const api = extension.exports as NewsAnnotatorApi;
  return { view: api.factsView as vscode.TreeView<FactsNode>, tree: api.factsTree as vscode.TreeDataProvider<FactsNode> };
}

/** One semantic token, decoded from the editor's relative encoding. */
export interface DecodedToken {
  line: number;
  char: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Decodes `SemanticTokens.data` (deltaLine, deltaStartChar, length, tokenType, modifiers bitset). */
export function decodeSemanticTokens(
  document: vscode.TextDocument,
  legend: vscode.SemanticTokensLegend,
  tokens: vscode.SemanticTokens,
): DecodedToken[] {
  const data = tokens.data;
  assert.strictEqual(data.length % 5, 0, `semantic token data has ${data.length} numbers, not a multiple of 5`);
  const decoded: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaChar, length, typeIndex, modifierBits] = data.subarray(i, i + 5);
    line += deltaLine;
    char = deltaLine === 0 ? char + deltaChar : deltaChar;
    const type = legend.tokenTypes[typeIndex] ?? `<unknown type ${typeIndex}>`;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0);
    const text = document.getText(new vscode.Range(line, char, line, char + length));
    decoded.push({ line, char, length, type, modifiers, text });
  }
  return decoded;
}

/**
 * Asks for the document's semantic tokens through the same commands the editor uses, and decodes
 * them. Waits until a provider answers (the extension may still be loading its knowledge base).
 */
export async function semanticTokens(document: vscode.TextDocument, options?: PollOptions): Promise<DecodedToken[]> {
  const uri = document.uri;
  const legend = await pollUntil(
    `a semantic tokens legend for ${uri.path}`,
    () => vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
      'vscode.provideDocumentSemanticTokensLegend',
      uri,
    ),
    options,
  );
  const tokens = await pollUntil(
    `semantic tokens for ${uri.path}`,
    () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri),
    options,
  );
  return decodeSemanticTokens(document, legend, tokens);
}

/** Where `text` first occurs in the document, or undefined. */
export function firstOccurrence(document: vscode.TextDocument, text: string): vscode.Position | undefined {
  const offset = document.getText().indexOf(text);
  return offset < 0 ? undefined : document.positionAt(offset);
}

/**
 * Asserts that the first occurrence of `text` in the document is exactly one token of `type`.
 * The message lists the tokens found on that line, so a failure says what was recognized instead.
 */
export function assertTokenAt(
  document: vscode.TextDocument,
  tokens: readonly DecodedToken[],
  text: string,
  type: string,
): DecodedToken {
  const start = firstOccurrence(document, text);
  assert.ok(start, `"${text}" does not occur in ${document.uri.path}`);
  const where = `${document.uri.path.split('/').pop()}:${start.line + 1}:${start.character + 1}`;
  const token = tokens.find((t) => t.line === start.line && t.char === start.character && t.length === text.length);
  const onLine = tokens.filter((t) => t.line === start.line).map(describeToken);
  const seen = onLine.length > 0 ? onLine.join(', ') : 'none';
  assert.ok(token, `expected "${text}" at ${where} to be a ${type} token, but no token covers exactly it (tokens on that line: ${seen})`);
  assert.strictEqual(token.type, type, `expected "${text}" at ${where} to be a ${type} token, but it is a ${token.type} token`);
  return token;
}

export function describeToken(token: DecodedToken): string {
  const modifiers = token.modifiers.length > 0 ? `+${token.modifiers.join('+')}` : '';
  return `"${token.text}" ${token.type}${modifiers}`;
}
