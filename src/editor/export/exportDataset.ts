// Exports the workspace's annotations, with a progress notification, to a file or folder the user
// picks: the same core export as the command line's.
import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat, type ExportResult, isExportFormat, runExport, writesFacts, writesFolder } from '../../core/export/index';
import { formatProblem, type Problem } from '../../core/problems';
import { annotatedArticles, type SkippedFactFile } from '../../core/workspace/articles';
import type { Services } from '../services/services';
import { RESTRICTED_REASON } from '../factFiles/writer';
import { exists } from '../workspace/files';
import { workspaceUri } from '../workspace/paths';
import { protectedReason, ProtectedTargetError } from './protectedTargets';
import { UriOutput, workspaceFiles } from './workspaceFiles';
import { COMMAND } from '../shell/contributions';

const FORMAT_LABELS: Record<ExportFormat, { label: string; detail: string }> = {
  jsonl: { label: 'JSON Lines', detail: 'One record per article: metadata, mentions with offsets and quotes, facts, resolved entities.' },
  csv: { label: 'CSV', detail: 'One row per fact, its kind (summit, attendance, role) in a column: summit, date, city, person, country, status, role, article, quote.' },
  w3c: { label: 'W3C Web Annotation (JSON-LD)', detail: 'An AnnotationCollection with text-quote and text-position selectors.' },
  brat: { label: 'brat standoff', detail: 'A folder with a .txt and an .ann file per article; facts as events on their evidence.' },
  conll: { label: 'CoNLL IOB2', detail: 'A token per line with B-/I- tags, for training NER models.' },
  'label-studio': { label: 'Label Studio tasks', detail: 'A task per article with its mentions as annotations, entity ids kept.' },
  spacy: { label: 'spaCy / Prodigy spans (JSON Lines)', detail: 'A line per article: text and spans in code points, as spaCy and Prodigy read them.' },
};

async function chooseTarget(folder: vscode.WorkspaceFolder, format: ExportFormat): Promise<vscode.Uri | undefined> {
  if (writesFolder(format)) {
    const [picked] =
      (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder.uri, openLabel: vscode.l10n.t('Export Here'), title: vscode.l10n.t('Folder for the brat files') })) ?? [];
    return picked;
  }
  const extension = EXPORT_EXTENSIONS[format];
  return vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder.uri, `annotations${extension}`),
    filters: { [FORMAT_LABELS[format].label]: [extension.slice(1)] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export the annotated dataset as {0}', FORMAT_LABELS[format].label),
  });
}

/** What the export wrote, in a line: a format that holds spans only is not said to have exported facts. */
function exportSummary(result: ExportResult, label: string, target: string): string {
  return writesFacts(result.format)
    ? vscode.l10n.t('Exported {0} articles ({1} mentions, {2} facts) as {3} to {4}.', result.articles, result.mentions, result.facts, label, target)
    : vscode.l10n.t('Exported {0} articles ({1} mentions) as {2} to {3}.', result.articles, result.mentions, label, target);
}

async function exportDataset(services: Services, formatArg?: string, targetArg?: string): Promise<boolean> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(RESTRICTED_REASON());
    return false;
  }
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder with annotated articles to export them.'));
    return false;
  }
  let format: ExportFormat | undefined = formatArg && isExportFormat(formatArg) ? formatArg : undefined;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((f) => ({ label: FORMAT_LABELS[f].label, detail: FORMAT_LABELS[f].detail, format: f })),
      { title: vscode.l10n.t('Export the annotated dataset') },
    );
    format = picked?.format;
  }
  if (!format) return false;
  const target = targetArg ? vscode.Uri.parse(targetArg) : await chooseTarget(folder, format);
  if (!target) return false;
  const knowledgeBaseFiles = services.knowledgeBase.files();
  const refusal = writesFolder(format) ? undefined : await protectedReason(target, knowledgeBaseFiles);
  if (refusal) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was exported: {0}', refusal));
    return false;
  }
  // A target outside the workspace is allowed, but asked about: exports usually live with the data.
  if (!targetArg && !vscode.workspace.getWorkspaceFolder(target)) {
    const exportThere = vscode.l10n.t('Export There');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} is outside the workspace. Export there anyway?', target.fsPath), { modal: true }, exportThere);
    if (answer !== exportThere) return false;
  }
  // The save dialog asks before replacing a file; a brat folder with .ann files is asked about here.
  if (!targetArg && writesFolder(format) && (await exists(target))) {
    const existing = await vscode.workspace.fs.readDirectory(target);
    if (existing.some(([name]) => name.endsWith('.ann'))) {
      const replace = vscode.l10n.t('Replace');
      if ((await vscode.window.showWarningMessage(vscode.l10n.t('{0} already holds brat files. Replace those the export writes?', target.fsPath), { modal: true }, replace)) !== replace) return false;
    }
  }
  if (writesFolder(format)) await vscode.workspace.fs.createDirectory(target);

  const skipped: SkippedFactFile[] = [];
  const files = workspaceFiles();
  const output = new UriOutput(target, knowledgeBaseFiles);
  const kb = services.knowledgeBase.current;
  const label = FORMAT_LABELS[format].label;
  let result: ExportResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations as {0}', label), cancellable: false },
      async (progress) => {
        const total = Math.max(1, (await files.listFactFiles()).length);
        const exported = await runExport(format, annotatedArticles(files, (s) => skipped.push(s), services.index.reader), kb, output, {
          onProgress: ({ path }) => progress.report({ increment: 100 / total, message: path }),
          recognize: (text) => services.knowledgeBase.recognizer.recognize(text),
        });
        await output.finish();
        return exported;
      },
    );
  } catch (error) {
    await output.abort();
    if (!(error instanceof ProtectedTargetError)) throw error;
    void vscode.window.showErrorMessage(vscode.l10n.t('The export stopped: {0}', error.message));
    return false;
  }
  report(services, result, [...skipped.flatMap((s) => s.problems), ...result.problems], label, target, !targetArg);
  return true;
}

/** Tells what the export wrote and left out; `offerToOpen`: an export with nothing to report offers to open what it wrote. */
function report(services: Services, result: ExportResult, problems: readonly Problem[], label: string, target: vscode.Uri, offerToOpen: boolean): void {
  if (result.unannotated.names > 0) tellUnannotated(result, label, services.output);
  const summary = exportSummary(result, label, vscode.workspace.asRelativePath(target));
  if (problems.length > 0) {
    const channel = services.output;
    channel.appendLine(summary);
    for (const p of problems) channel.appendLine(formatProblem(p));
    tellLeftOut(summary, problems, channel);
  } else if (offerToOpen) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(summary, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand(writesFolder(result.format) ? 'revealInExplorer' : 'vscode.open', target);
    });
  }
}

/** Says what the export left out: the first problem where it is, so that the message leads to it; the output lists them all. */
function tellLeftOut(summary: string, problems: readonly Problem[], channel: vscode.OutputChannel): void {
  const [first] = problems;
  const where = `${first.file}:${first.line}`;
  const what = first.field ? `${first.field}: ${first.message}` : first.message;
  const leftOut =
    problems.length === 1
      ? vscode.l10n.t('Left out: {0}, {1}.', where, what)
      : vscode.l10n.t('Left out: {0}, {1}, and {2} more (listed in the News Annotator output).', where, what, problems.length - 1);
  const showOutput = vscode.l10n.t('Show Output');
  void vscode.window.showWarningMessage(`${summary} ${leftOut}`, showOutput).then((choice) => {
    if (choice === showOutput) channel.show(true);
  });
}

/**
 * Says how many names the recognizer finds that the export wrote as plain text (the format tags
 * every token), and opens the first one on request; the output lists every such article.
 */
function tellUnannotated(result: ExportResult, label: string, channel: vscode.OutputChannel): void {
  const { names, articles, first, inArticles } = result.unannotated;
  channel.appendLine(vscode.l10n.t('{0}: names written as plain text, neither annotated nor marked “not an entity”:', label));
  for (const a of inArticles) channel.appendLine(`  ${a.path}:${a.line}: “${a.quote}”${a.names > 1 ? ` (+${a.names - 1})` : ''}`);
  const message = vscode.l10n.t(
    '{0}: names the recognizer finds that are neither annotated nor marked “not an entity”: {1}, in {2} of the articles. They are written as plain text, which reads as “not a name”. The first: “{3}”, {4} line {5}.',
    label,
    names,
    articles,
    first?.quote ?? '',
    first?.path ?? '',
    first?.line ?? 0,
  );
  const open = vscode.l10n.t('Open Article');
  const showOutput = vscode.l10n.t('Show Output');
  void vscode.window.showWarningMessage(message, open, showOutput).then(async (choice) => {
    if (choice === showOutput) channel.show(true);
    const uri = first && workspaceUri(first.path);
    if (choice !== open || !first || !uri) return;
    const line = first.line - 1;
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
  });
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(services.commands.register(COMMAND.exportDataset, (format?: string, target?: string) => exportDataset(services, format, target)));
}
