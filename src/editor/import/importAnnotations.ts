// "Import Annotations…": annotations made in another tool (or exported by another workspace) added
// to the workspace's fact files, the same core import as the command line's. The user picks the
// format and the file or folder; the report of what would be written comes first, and only on
// Import is anything written, through the fact-file writer, so that each article's import is one
// undoable edit like any other annotation.
import * as vscode from 'vscode';
import { FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE, articleFileNamedIn, factFilePathFor, fileNameOf, isFactFilePath } from '../../core/factFile/paths';
import type { SourceFile } from '../../core/import/document';
import { IMPORT_FORMATS } from '../../core/import/formats/index';
import { type ArticleImport, type ImportPlan, importEdits, previewArticle, type ResolvedArticle, resolveImport, type WorkspaceArticle } from '../../core/import/importer';
import { formatImportReport, importTotals, type ImportTotals } from '../../core/import/report';
import { newFactFileText, parseFactFile } from '../../core/factFile/store';
import { formatProblem } from '../../core/problems';
import { RESTRICTED_REASON } from '../factFiles/writer';
import type { Services } from '../services/services';
import { writeArticle } from '../services/writeAnnotations';
import { COMMAND } from '../shell/contributions';
import { articleUris } from '../workspace/articles';
import { currentText, readTextStrictly } from '../workspace/files';
import { WorkspaceLinks } from '../workspace/links';
import { workspacePath } from '../workspace/paths';

/** Formats that read a folder (brat: .txt beside .ann); the others read one file. */
const FOLDER_FORMATS = new Set(['brat']);
/** The files of a folder each format reads. */
const SOURCE_EXTENSIONS: Record<string, readonly string[]> = { brat: ['.txt', '.ann'], jsonl: ['.jsonl'] };
/** The largest file an import reads, as the command line. */
const SOURCE_LIMIT = 256 * 1024 * 1024;
/** The report's lines the confirmation shows; the whole report goes to the output. */
const SHOWN_LINES = 24;

function formatLabel(format: string): string {
  const labels: Record<string, string> = {
    jsonl: vscode.l10n.t('News Annotator JSON Lines'),
    brat: vscode.l10n.t('brat standoff (a folder of .txt and .ann files)'),
    w3c: vscode.l10n.t('W3C Web Annotation'),
    conll: vscode.l10n.t('CoNLL IOB2'),
    'label-studio': vscode.l10n.t('Label Studio JSON export'),
    doccano: vscode.l10n.t('doccano JSON Lines'),
    spacy: vscode.l10n.t('spaCy / Prodigy span JSON Lines'),
  };
  return labels[format] ?? format;
}

/** The files of the source, read as strictly as the command line reads them; problems name the file. */
async function readSources(source: vscode.Uri, format: string): Promise<{ files: SourceFile[]; problems: string[] }> {
  const files: SourceFile[] = [];
  const problems: string[] = [];
  const extensions = SOURCE_EXTENSIONS[format];
  const readOne = async (uri: vscode.Uri, size: number) => {
    const shown = uri.scheme === 'file' ? uri.fsPath : uri.toString();
    if (size > SOURCE_LIMIT) {
      problems.push(vscode.l10n.t('{0} is larger than an import reads; it is not read.', shown));
      return;
    }
    const read = await readTextStrictly(uri, shown);
    if (read.problem) problems.push(formatProblem(read.problem));
    else if (read.text !== undefined) files.push({ path: shown, text: read.text });
  };
  const stat = await vscode.workspace.fs.stat(source);
  if (!(stat.type & vscode.FileType.Directory)) {
    await readOne(source, stat.size);
    return { files, problems };
  }
  const walk = async (folder: vscode.Uri) => {
    for (const [name, type] of (await vscode.workspace.fs.readDirectory(folder)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      // Links are not followed out of the folder the user picked; dot folders are not entered.
      if (type & vscode.FileType.SymbolicLink || name.startsWith('.') || name === 'node_modules') continue;
      const uri = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) await walk(uri);
      else if (!isFactFilePath(name) && (!extensions || extensions.some((e) => name.toLowerCase().endsWith(e)))) await readOne(uri, (await vscode.workspace.fs.stat(uri)).size);
    }
  };
  await walk(source);
  return { files, problems };
}

interface Article extends WorkspaceArticle {
  uri: vscode.Uri;
  factFile: vscode.Uri;
}

/**
 * The workspace's articles (as `newsAnnotator.articleFiles` names them) and the articles its fact
 * files name, with their current texts; links out of the workspace are not read.
 */
async function workspaceArticles(links: WorkspaceLinks, problems: string[]): Promise<Article[]> {
  const byPath = new Map<string, { uri: vscode.Uri; factFile?: vscode.Uri; published?: string }>();
  for (const factFile of await vscode.workspace.findFiles(FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE)) {
    if (await links.refusal(factFile)) continue;
    const read = await currentText(factFile, workspacePath(factFile));
    const named = read.text === undefined ? undefined : articleFileNamedIn(read.text);
    if (!named) continue;
    const uri = vscode.Uri.joinPath(factFile, '..', named);
    const existing = byPath.get(workspacePath(uri));
    const published = parseFactFile(read.text!, workspacePath(factFile)).factFile?.article.published;
    if (!existing || factFilePathFor(uri.path) === factFile.path) byPath.set(workspacePath(uri), { uri, factFile, published });
  }
  for (const uri of await articleUris()) if (!byPath.has(workspacePath(uri))) byPath.set(workspacePath(uri), { uri });
  const articles: Article[] = [];
  for (const [path, { uri, factFile, published }] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const refusal = await links.refusal(uri);
    if (refusal) continue;
    const read = await currentText(uri, path);
    if (read.problem) problems.push(formatProblem(read.problem));
    if (read.text === undefined) continue;
    articles.push({ path, text: read.text, uri, factFile: factFile ?? uri.with({ path: factFilePathFor(uri.path) }), ...(published ? { published } : {}) });
  }
  return articles;
}

/** Each resolved article's preview against its fact file as it stands now, and whether the import would change it. */
async function preview(resolved: readonly ResolvedArticle[], articles: ReadonlyMap<string, Article>): Promise<{ preview: ArticleImport; changes: boolean }[]> {
  const previews: { preview: ArticleImport; changes: boolean }[] = [];
  for (const article of resolved) {
    const { factFile } = articles.get(article.path)!;
    const file = workspacePath(factFile);
    const read = await currentText(factFile, file);
    if (read.problem) {
      previews.push({ preview: { ...previewArticle(article, file, '', false).preview, problems: [read.problem] }, changes: false });
      continue;
    }
    const created = read.text === undefined || read.text.trim() === '';
    // A new fact file's own fields do not change what is added to it: placeholders stand for them.
    const before = created ? newFactFileText({ file: fileNameOf(article.path), textHash: `sha256:${'0'.repeat(64)}` }) : read.text!;
    const { preview: shown, edits } = previewArticle(article, file, before, created);
    previews.push({ preview: shown, changes: edits.length > 0 });
  }
  return previews;
}

function summary(totals: ImportTotals): string {
  return vscode.l10n.t(
    'Import {0} of {1} documents into {2} articles: {3} new mentions, {4} already there, {5} disagreeing, {6} left out; {7} new facts.',
    totals.matched,
    totals.documents,
    totals.articles,
    totals.written,
    totals.alreadyThere,
    totals.disagreeing,
    totals.leftOut - totals.disagreeing,
    totals.factsWritten,
  );
}

/** Writes each article's import through the fact-file writer, against its fact file as the writer finds it. */
async function writeImport(services: Services, writable: readonly ArticleImport[], articles: ReadonlyMap<string, Article>, resolved: readonly ResolvedArticle[]): Promise<{ written: number; refused: string[] }> {
  let written = 0;
  const refused: string[] = [];
  const resolvedByPath = new Map(resolved.map((a) => [a.path, a]));
  for (const entry of writable) {
    const article = articles.get(entry.path)!;
    const document = await vscode.workspace.openTextDocument(article.uri);
    // The spans were anchored in the text read a moment ago: an article edited since is left alone.
    if (document.getText() !== article.text) {
      refused.push(vscode.l10n.t('{0} changed while the import was being prepared; nothing was written to it.', entry.path));
      continue;
    }
    const resolvedArticle = resolvedByPath.get(entry.path)!;
    // A fact file the import creates records what the source says of the article.
    const result = await writeArticle(services, document, (factFile) => importEdits(resolvedArticle, factFile).edits, undefined, resolvedArticle.article);
    if (result.ok) written++;
    else refused.push(`${entry.path}: ${result.reason}`);
  }
  return { written, refused };
}

/** The file (or, for brat, the folder) to import, picked by the user. */
async function chooseSource(folder: vscode.WorkspaceFolder, format: string): Promise<vscode.Uri | undefined> {
  const readsFolder = FOLDER_FORMATS.has(format);
  const [picked] =
    (await vscode.window.showOpenDialog({
      canSelectFiles: !readsFolder,
      canSelectFolders: readsFolder,
      canSelectMany: false,
      defaultUri: folder.uri,
      openLabel: vscode.l10n.t('Import'),
      title: vscode.l10n.t('Annotations to import as {0}', formatLabel(format)),
    })) ?? [];
  return picked;
}

/** What the command gives back: the report's totals, and how many fact files it wrote (none when cancelled). */
export interface ImportOutcome {
  totals: ImportTotals;
  written: number;
  refused: string[];
}

async function importAnnotations(services: Services, formatArg?: string, sourceArg?: string, confirmArg?: boolean): Promise<ImportOutcome | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(RESTRICTED_REASON());
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder with articles to import annotations into them.'));
    return undefined;
  }
  const formats = Object.keys(IMPORT_FORMATS);
  let format = formatArg !== undefined && Object.hasOwn(IMPORT_FORMATS, formatArg) ? formatArg : undefined;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      formats.map((f) => ({ label: formatLabel(f), description: f, format: f })),
      { title: vscode.l10n.t('Import annotations from') },
    );
    format = picked?.format;
  }
  if (!format) return undefined;
  const source = sourceArg !== undefined ? vscode.Uri.parse(sourceArg) : await chooseSource(folder, format);
  if (!source) return undefined;

  const links = new WorkspaceLinks();
  const problems: string[] = [];
  const computed = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading the annotations to import…') }, async () => {
    const sources = await readSources(source, format!);
    problems.push(...sources.problems);
    const articles = await workspaceArticles(links, problems);
    const documents = IMPORT_FORMATS[format!](sources.files);
    const resolved = resolveImport(documents, articles, { knowledgeBase: services.knowledgeBase.current });
    const byPath = new Map(articles.map((a) => [a.path, a]));
    const previews = await preview(resolved.articles, byPath);
    const plan: ImportPlan = { articles: previews.map((p) => p.preview), unmatched: resolved.unmatched, unmappedLabels: resolved.unmappedLabels, readerProblems: resolved.readerProblems };
    const writable = previews.filter((p) => p.changes && p.preview.problems.length === 0).map((p) => p.preview);
    return { plan, resolved, byPath, writable };
  });
  const { plan, resolved, byPath, writable } = computed;
  const totals = importTotals(plan);
  const report = [...problems, ...plan.readerProblems, ...formatImportReport(plan, true)];
  const channel = services.output;
  channel.appendLine(vscode.l10n.t('Import of {0}:', source.scheme === 'file' ? source.fsPath : source.toString()));
  for (const line of report) channel.appendLine(line);

  if (writable.length === 0) {
    void vscode.window.showWarningMessage(`${summary(totals)} ${vscode.l10n.t('Nothing to write; the report is in the News Annotator output.')}`);
    return { totals, written: 0, refused: [] };
  }
  if (confirmArg === undefined) {
    const importLabel = vscode.l10n.t('Import');
    const shown = report.length > SHOWN_LINES ? [...report.slice(0, SHOWN_LINES), vscode.l10n.t('… and {0} more lines in the News Annotator output.', report.length - SHOWN_LINES)] : report;
    const answer = await vscode.window.showInformationMessage(summary(totals), { modal: true, detail: shown.join('\n') }, importLabel);
    if (answer !== importLabel) return { totals, written: 0, refused: [] };
  } else if (!confirmArg) return { totals, written: 0, refused: [] };

  const { written, refused } = await writeImport(services, writable, byPath, resolved.articles);
  for (const line of refused) channel.appendLine(line);
  const done = vscode.l10n.t('Imported annotations into {0} fact files.', written);
  if (refused.length > 0) void vscode.window.showWarningMessage(`${done} ${vscode.l10n.t('{0} were not written; see the News Annotator output.', refused.length)}`);
  else if (confirmArg === undefined) void vscode.window.showInformationMessage(done);
  return { totals, written, refused };
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.importAnnotations, (format?: string, source?: string, confirm?: boolean) => importAnnotations(services, format, source, confirm)),
  );
}
