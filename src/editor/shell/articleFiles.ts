// Opens the files the `newsAnnotator.articleFiles` setting names in the article language. The
// manifest's filename patterns cover the defaults; this covers what a user adds. A text file the
// setting leaves out gets one question, so that articles kept in a folder of another name are not
// silently left without highlighting.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from './contributions';

const SETTING = 'articleFiles';
/** The folders whose text files the user said are not articles, kept per workspace. */
const DECLINED = 'newsAnnotator.notArticleFolders';
/** Set when the user said not to be asked at all in this workspace (one with no articles, say). */
const NEVER = 'newsAnnotator.neverAskForArticles';

function patterns(): string[] {
  return vscode.workspace.getConfiguration('newsAnnotator').get<string[]>(SETTING) ?? [];
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

/**
 * The pattern that would make the text files beside `document` articles: those of the folder it
 * is in, under the workspace folder ("news/**\/*.txt"), or the file alone at the workspace's top;
 * with the folder's path for the question, and the key under which a "no" is remembered.
 */
function patternFor(document: vscode.TextDocument): { pattern: string; folder?: string } | undefined {
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!workspaceFolder) return undefined;
  const relative = vscode.workspace.asRelativePath(document.uri, false);
  const slash = relative.lastIndexOf('/');
  if (slash < 0) return { pattern: `**/${relative}` };
  const folder = relative.slice(0, slash);
  return { pattern: `**/${folder}/**/*.txt`, folder };
}

/** Asks, once per folder, whether the text file just shown and those beside it are articles. */
async function offerToRead(context: vscode.ExtensionContext, asked: Set<string>, document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file' || !document.uri.path.toLowerCase().endsWith('.txt')) return;
  // An untrusted workspace's settings that name files are not read: nothing to offer there.
  if (!vscode.workspace.isTrusted || isArticleFile(document)) return;
  const target = patternFor(document);
  if (!target) return;
  // Files at the workspace's top are asked about together: one "no" covers them all.
  const key = target.folder ?? '';
  const declined = context.workspaceState.get<string[]>(DECLINED, []);
  if (asked.has(key) || declined.includes(key) || context.workspaceState.get<boolean>(NEVER, false)) return;
  asked.add(key);
  const name = vscode.workspace.asRelativePath(document.uri, false);
  const read = target.folder ? vscode.l10n.t('Read the .txt files of “{0}” as articles', target.folder) : vscode.l10n.t('Read it as an article');
  const no = vscode.l10n.t('They are not articles');
  const never = vscode.l10n.t('Never ask in this workspace');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('“{0}” is not read as a news article: articles are the .txt files the setting newsAnnotator.articleFiles names (seeds/, articles/, *.article.txt).', name),
    read,
    no,
    never,
  );
  if (answer === no) await context.workspaceState.update(DECLINED, [...declined, key]);
  if (answer === never) await context.workspaceState.update(NEVER, true);
  if (answer !== read) return;
  const configuration = vscode.workspace.getConfiguration('newsAnnotator');
  const inspected = configuration.inspect<string[]>(SETTING);
  const current = inspected?.workspaceValue ?? inspected?.defaultValue ?? [];
  await configuration.update(SETTING, [...current, target.pattern], vscode.ConfigurationTarget.Workspace);
}

export function register(context: vscode.ExtensionContext): void {
  const asked = new Set<string>();
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void adopt(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.articleFiles')) for (const d of vscode.workspace.textDocuments) void adopt(d);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor) void offerToRead(context, asked, editor.document);
    }),
  );
  for (const d of vscode.workspace.textDocuments) void adopt(d);
  // The text file whose opening activated the extension is shown already.
  const shown = vscode.window.activeTextEditor;
  if (shown) void offerToRead(context, asked, shown.document);
}
