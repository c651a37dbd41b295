// `newsAnnotator.openEvidence(articleUri, start, end, quote?)`: opens an article with a quoted
// mention selected and centred. Offsets are UTF-16 offsets into the article's text; when the quote
// is given and the article has changed since, the nearest occurrence of the quote is selected.
import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { COMMAND } from '../../shell/contributions';

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(services.commands.register(COMMAND.openEvidence, openEvidence));
}

async function openEvidence(article: vscode.Uri | string, start: number, end: number, quote?: string): Promise<vscode.TextEditor | undefined> {
  if (!article || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const uri = typeof article === 'string' ? vscode.Uri.parse(article) : article;
  const document = await vscode.workspace.openTextDocument(uri);
  const [from, to] = locate(document.getText(), start, end, quote);
  const range = new vscode.Range(document.positionAt(from), document.positionAt(to));
  const editor = await vscode.window.showTextDocument(document, { selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  return editor;
}

function locate(text: string, start: number, end: number, quote: string | undefined): [number, number] {
  if (!quote || text.slice(start, end) === quote) return [Math.min(start, text.length), Math.min(end, text.length)];
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best >= 0 ? [best, best + quote.length] : [Math.min(start, text.length), Math.min(end, text.length)];
}
