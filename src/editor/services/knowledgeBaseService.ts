// Holds the knowledge base in force (bundled + the workspace's own file), reloads it when that
// file changes (on disk, or in an editor by undo and redo: a name learnt together with an
// annotation is unlearnt with it), and reports the file's problems as diagnostics at their line.
import * as vscode from 'vscode';
import { bundledKnowledgeBase, type KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import type { Problem } from '../../core/problems';
import { Recognizer } from '../../core/recognizer/recognizer';
import { DEFAULT_KNOWLEDGE_BASE_FILE, withWorkspaceFile } from '../../core/knowledgeBase/workspaceFile';
import { readTextIfExists } from '../workspace/files';
import { problemDiagnostic } from '../ui/problems';

/** A workspace knowledge-base file's text as it stands: unsaved in an editor, else on disk. */
export async function currentKnowledgeBaseText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open?.isDirty ? open.getText() : readTextIfExists(uri);
}

export class KnowledgeBaseService implements vscode.Disposable {
  /** Built when first needed: validating the bundled entities and building the word matcher take tens of milliseconds. */
  private inForce: Recognizer | undefined;
  private readonly changed = new vscode.EventEmitter<Recognizer>();
  /** Fires with the new recognizer whenever the knowledge base in force changes. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('news-annotator-knowledge-base');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private watchers: vscode.Disposable[] = [];
  private reloading: Promise<void> = Promise.resolve();
  /** The files' texts the knowledge base in force was made from: the same texts need no new recognizer. */
  private loadedTexts: string | undefined;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.knowledgeBaseFile')) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      // Typing waits for a save (a half-written entry would be reported at every key); undo and
      // redo take effect at once.
      vscode.workspace.onDidChangeTextDocument((e) => {
        const undoOrRedo = e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo;
        if (undoOrRedo && this.isFile(e.document.uri)) void this.reload();
      }),
    );
  }

  private isFile(uri: vscode.Uri): boolean {
    return this.files().some((file) => file.toString() === uri.toString());
  }

  /** The workspace file of the folder `uri` is in (the first folder's for a file outside them). */
  fileFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
    const files = this.files();
    return files.find((f) => vscode.workspace.getWorkspaceFolder(f)?.uri.toString() === folder) ?? files[0];
  }

  get recognizer(): Recognizer {
    this.inForce ??= new Recognizer(bundledKnowledgeBase());
    return this.inForce;
  }

  /** The knowledge base in force: the bundled entities with the workspace's own. */
  get current(): KnowledgeBase {
    return this.recognizer.knowledgeBase;
  }

  /** The workspace knowledge-base files, one per workspace folder, whether or not they exist yet. */
  files(): vscode.Uri[] {
    const relative = vscode.workspace.getConfiguration('newsAnnotator').get<string>('knowledgeBaseFile') || DEFAULT_KNOWLEDGE_BASE_FILE;
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, relative));
  }

  /**
   * Reads the workspace files again; calls queue so that the last one wins. Files that read as
   * they did last time change nothing, unless `force` says to load them all the same.
   */
  reload(force = false): Promise<void> {
    this.reloading = this.reloading.then(() => this.load(force)).catch((error) => {
      this.loadedTexts = undefined;
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator could not load the knowledge base: {0}', String(error)));
    });
    return this.reloading;
  }

  private async load(force: boolean): Promise<void> {
    this.watch();
    const files: { uri: vscode.Uri; text: string | undefined }[] = [];
    for (const uri of this.files()) files.push({ uri, text: await currentKnowledgeBaseText(uri) });
    const texts = JSON.stringify(files.map((f) => [f.uri.toString(), f.text]));
    if (texts === this.loadedTexts && !force) return;
    this.loadedTexts = texts;
    // Without a workspace file the bundled knowledge base stands, and is read when first needed.
    if (files.every((f) => f.text === undefined) && (!this.inForce || this.inForce.knowledgeBase === bundledKnowledgeBase())) {
      this.diagnostics.clear();
      return;
    }
    let knowledgeBase = bundledKnowledgeBase();
    const problemsByFile = new Map<string, { uri: vscode.Uri; problems: Problem[] }>();
    for (const { uri, text } of files) {
      const resolved = withWorkspaceFile(text, vscode.workspace.asRelativePath(uri), knowledgeBase);
      knowledgeBase = resolved.knowledgeBase;
      problemsByFile.set(uri.toString(), { uri, problems: resolved.problems });
    }
    this.diagnostics.clear();
    let errors = 0;
    for (const { uri, problems } of problemsByFile.values()) {
      this.diagnostics.set(uri, problems.map(problemDiagnostic));
      errors += problems.filter((p) => p.severity === 'error').length;
    }
    if (errors > 0) {
      const first = [...problemsByFile.values()].flatMap((f) => f.problems)[0];
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The workspace knowledge base has {0} problem(s); its valid entries are in use. First: {1}:{2}: {3}', errors, first.file, first.line, `${first.field ? `${first.field}: ` : ''}${first.message}`),
      );
    }
    if (knowledgeBase === this.inForce?.knowledgeBase) return;
    this.inForce = new Recognizer(knowledgeBase);
    this.changed.fire(this.inForce);
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    // The files and the folders they are in: a folder deleted or restored whole is one event, for
    // the folder. Paths are compared as URIs, never written into a glob, where a folder's name
    // ({, [, a comma) would read as syntax; the workspace's own watcher reports every change.
    const watched = new Set(this.files().flatMap(watchedPaths).map((uri) => uri.toString()));
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const reload = (changed: vscode.Uri) => {
      if (watched.has(changed.toString())) void this.reload();
    };
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    this.watchers = [watcher];
  }

  dispose(): void {
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}

/** The file and each folder between it and its workspace folder (only the file, outside any). */
function watchedPaths(file: vscode.Uri): vscode.Uri[] {
  const root = vscode.workspace.getWorkspaceFolder(file)?.uri.toString();
  const paths = [file];
  for (let folder = parentOf(file); root !== undefined && folder.toString() !== root && folder.path !== parentOf(folder).path; folder = parentOf(folder)) paths.push(folder);
  return paths;
}

function parentOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}
