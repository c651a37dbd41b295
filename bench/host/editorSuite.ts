// Runs in the extension host with the editor workspace: a 1 MB and a 100 KB article, no fact files.
// 2a: semantic tokens for the 1 MB article, as the editor asks for them after a change.
// 2b: one-character edits in the 100 KB article, each until its tokens and diagnostics are new,
//     with the extension's own share of the host's time read from a profile.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { delay, ExtensionTime, extension, record, say, until } from './common';

const TOKEN_RUNS = 7;
const EDIT_RUNS = 20;
const SHOWN_EDITS = 6;

async function open(relative: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ...relative.split('/')));
  await until(`${relative} as a news article`, () => document.languageId === 'news-article', 10_000);
  return document;
}

function tokens(document: vscode.TextDocument): Thenable<vscode.SemanticTokens | undefined> {
  return vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
}

/** Inserts a letter inside a word at the k-th place, or takes it out again: the text comes back every other edit. */
async function oneCharacterEdit(document: vscode.TextDocument, k: number, places: number[]): Promise<void> {
  const place = places[Math.floor(k / 2) % places.length];
  const edit = new vscode.WorkspaceEdit();
  const at = document.positionAt(place);
  if (k % 2 === 0) edit.insert(document.uri, at, 'x');
  else edit.delete(document.uri, new vscode.Range(at, document.positionAt(place + 1)));
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the edit was refused');
}

/** Offsets just after the first letter of words spread over the text. */
function wordPlaces(text: string, count: number): number[] {
  const places: number[] = [];
  for (let k = 0; k < count; k++) {
    let at = Math.floor(((k + 0.5) * text.length) / count);
    while (at < text.length - 1 && !(/\p{L}/u.test(text[at]) && /\p{L}/u.test(text[at + 1]))) at++;
    places.push(at + 1);
  }
  return places;
}

export async function run(): Promise<void> {
  const ext = extension();
  await ext.activate();
  const services = ext.exports.services();
  const timer = new ExtensionTime(['dist/extension.js', 'dist/features.js']);
  try {
    // 2a. The 1 MB article: the time from asking for its tokens to having them, after a change.
    // The profiler slows the host several times over, so the wall time and the extension's own
    // time come from different edits: even edits are timed bare, odd ones profiled. After each bare
    // one, the same unchanged version is asked for again: the round trip of as many tokens with
    // nothing to recognize, the floor of this measurement.
    const large = await open('articles/bench/large.txt');
    await tokens(large);
    const places = wordPlaces(large.getText(), TOKEN_RUNS);
    const wall: number[] = [];
    const own: number[] = [];
    const unchanged: number[] = [];
    for (let k = 0; k < 2 * TOKEN_RUNS; k++) {
      await oneCharacterEdit(large, k, places);
      // Asked at once, as the editor does after a change: the article is recognized for the request.
      const profiled = k % 2 === 1;
      if (profiled) await timer.start();
      const start = performance.now();
      const result = await tokens(large);
      const ms = performance.now() - start;
      if (profiled) own.push(await timer.stop());
      else wall.push(ms);
      if (!result || result.data.length === 0) throw new Error('no semantic tokens for the 1 MB article');
      // Let the change's other work (the debounced diagnostics and decorations) pass before the next.
      await delay(400);
      if (!profiled) {
        const again = performance.now();
        await tokens(large);
        unchanged.push(performance.now() - again);
        await delay(100);
      }
    }
    record('tokens1MB.wall', wall, { length: large.getText().length });
    record('tokens1MB.extension', own);
    record('tokens1MB.unchanged', unchanged);
    say(`1 MB tokens: ${wall.map((m) => m.toFixed(0)).join(', ')} ms; unchanged: ${unchanged.map((m) => m.toFixed(0)).join(', ')} ms`);

    // 2a, as the editor does it: a 1 MB article shown in an editor and edited; the editor asks for
    // its tokens after each change by itself. The runner times those requests on the workbench's
    // side of the connection (rpcTraffic.ts); here the edits are only made, far enough apart for
    // each to get its own request.
    const shown = await open('articles/bench/shown.txt');
    await vscode.window.showTextDocument(shown);
    await delay(2000);
    const shownPlaces = wordPlaces(shown.getText().slice(0, 2000), SHOWN_EDITS);
    for (let k = 0; k < 2 * SHOWN_EDITS; k++) {
      await oneCharacterEdit(shown, k, shownPlaces);
      await delay(1200);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    // 2b. The 100 KB article: one-character edits until tokens and diagnostics are new.
    const medium = await open('articles/bench/medium.txt');
    await tokens(medium);
    await until('the first diagnostics', () => vscode.languages.getDiagnostics(medium.uri).length > 0 || undefined, 10_000);
    const mediumPlaces = wordPlaces(medium.getText(), EDIT_RUNS);
    const extensionTime: number[] = [];
    const toTokens: number[] = [];
    const toDiagnostics: number[] = [];
    for (let k = 0; k < EDIT_RUNS; k++) {
      let diagnosed: number | undefined;
      const listener = vscode.languages.onDidChangeDiagnostics((e) => {
        if (diagnosed === undefined && e.uris.some((u) => u.toString() === medium.uri.toString())) diagnosed = performance.now();
      });
      await timer.start();
      const start = performance.now();
      await oneCharacterEdit(medium, k, mediumPlaces);
      // The editor asks for the tokens of the new version at once; the diagnostics follow their debounce.
      const result = await tokens(medium);
      const tokened = performance.now();
      await until('new diagnostics', () => diagnosed, 10_000, 1);
      const own = await timer.stop();
      listener.dispose();
      if (!result) throw new Error('no semantic tokens for the 100 KB article');
      extensionTime.push(own);
      toTokens.push(tokened - start);
      toDiagnostics.push(diagnosed! - start);
      await delay(50);
    }
    record('edit100KB.extension', extensionTime, { length: medium.getText().length, mentions: services.analysis.mentions(medium).length });
    record('edit100KB.tokensWall', toTokens);
    record('edit100KB.diagnosticsWall', toDiagnostics);
    say(`100 KB edits, extension time: ${extensionTime.map((m) => m.toFixed(1)).join(', ')} ms`);
  } finally {
    timer.dispose();
  }
}
