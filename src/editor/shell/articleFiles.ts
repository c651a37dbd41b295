// Opens the files the `newsAnnotator.articleFiles` setting names in the article language. The
// manifest's filename patterns cover the defaults; this covers what a user adds.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from './contributions';

function patterns(): string[] {
  return vscode.workspace.getConfiguration('newsAnnotator').get<string[]>('articleFiles') ?? [];
}

export function isArticleFile(document: vscode.TextDocument): boolean {
  return patterns().some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

async function adopt(document: vscode.TextDocument): Promise<void> {
  // Only plain text is switched: a user who picked another language for a file keeps it.
  if (document.languageId === 'plaintext' && isArticleFile(document)) {
    await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  }
}

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void adopt(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.articleFiles')) for (const d of vscode.workspace.textDocuments) void adopt(d);
    }),
  );
  for (const d of vscode.workspace.textDocuments) void adopt(d);
}
