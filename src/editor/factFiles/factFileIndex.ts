// The index of the workspace's fact files: every one read once (the scan), then followed wherever it
// changes (the editor, another window, git, the CLI), with the problems of those that cannot be
// read shown at their line. The summits view and the hover cards draw from it. Which files are the
// workspace's fact files is one rule, the export's and the CLI's too (isWorkspaceFactFilePath). It
// is the one reader of fact files: the open articles' fact files (openFactFiles.ts) are read
// through it, those outside the rule as well, and the writer (writer.ts) records here what it wrote.
import * as vscode from 'vscode';
import { articlesNamedBy, factFilePathFor, factFilePathsFor, fileNameOf, FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE, isFactFilePath, isWorkspaceFactFilePath } from '../../core/factFile/paths';
import { FactFileReader } from '../../core/factFile/parseCache';
import type { FactFile } from '../../core/factFile/schema';
import { locateFactFileField } from '../../core/factFile/store';
import type { Problem } from '../../core/problems';
import { FactIndex } from '../../core/workspace/factIndex';
import { problemDiagnostic } from '../ui/problems';
import { currentText, exists, fileProblem } from '../workspace/files';
import { WorkspaceLinks } from '../workspace/links';
import { workspacePath } from '../workspace/paths';

const PRUNE_DELAY_MS = 60_000;
/** How many fact files a scan reads at once. */
const SCAN_BATCH = 32;

/** A fact file's content as the index last learnt it: read, written, or gone or unreadable (undefined). */
export interface FactFileRead {
  /** Its workspace path, the index's key. */
  readonly key: string;
  readonly uri: vscode.Uri;
  readonly factFile: FactFile | undefined;
}

export function isFactFile(uri: vscode.Uri): boolean {
  return isFactFilePath(uri.path);
}

export class FactFileIndex implements vscode.Disposable {
  /** What the workspace's fact files record, by workspace path: facts only, so that a large workspace costs little memory. */
  readonly facts = new FactIndex();
  /**
   * Fact files outside the rule (in a dot folder, say) that an open article or an editor asked for:
   * read and followed like the others, for their sake, but not part of what the workspace records.
   */
  private readonly elsewhere = new FactIndex();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the fact file that changed, or undefined after a full scan. */
  readonly onDidChange = this.changed.event;
  private readonly learnt = new vscode.EventEmitter<FactFileRead>();
  /** Fires whenever a fact file's content is known anew, before onDidChange: what keeps the open fact files whole. */
  readonly onDidRead = this.learnt.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('news-annotator-fact-files');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.learnt, this.diagnostics];
  private scanned: Promise<void> | undefined;
  private readonly links = new WorkspaceLinks();
  /** The parse cache's keys the last full scan read, which pruning keeps. */
  private keysInUse = new Set<string>();
  /** Per fact file, how many reads have started: only the latest may record what it read. */
  private readonly generations = new Map<string, number>();
  /** Per fact file, the latest read while it runs: a read it superseded waits for it. */
  private readonly latestReads = new Map<string, Promise<void>>();

  constructor(
    /** Parses fact files, through the parse cache: the writer and the export read with it too. */
    readonly reader: FactFileReader = new FactFileReader(),
    /** Called after each full scan with the cache keys it read, to prune the rest. */
    private readonly pruneCache?: (keysInUse: ReadonlySet<string>) => Promise<unknown>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(FACT_FILE_GLOB);
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => this.follows(uri) && void this.refresh(uri)),
      watcher.onDidCreate((uri) => this.follows(uri) && void this.refresh(uri)),
      watcher.onDidDelete((uri) => this.follows(uri) && this.forget(uri)),
      // A folder deleted, moved or copied whole is one event for the folder, none for the fact
      // files in it: those are forgotten, or read, here.
      folders,
      folders.onDidDelete((uri) => !isFactFile(uri) && this.forgetFolder(uri)),
      folders.onDidCreate((uri) => !isFactFile(uri) && void this.readFolder(uri)),
      // A fact file opened outside the rule is read too, so that its problems show in its editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (isFactFile(document.uri) && !this.follows(document.uri)) void this.refresh(document.uri);
      }),
      // Typing in an open fact file, or VS Code reloading it after a change on disk: read it again,
      // so its problems show at once and the index never keeps a stale version.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isFactFile(e.document.uri)) void this.refresh(e.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        // Emptied in the editor and saved: on purpose, so the next annotation starts a new file.
        if (isFactFile(document.uri) && document.getText().trim() === '') this.indexOf(document.uri).forgetAnnotations(workspacePath(document.uri));
      }),
      // Closed without saving, its unsaved text is gone: what counts now is the file on disk.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.follows(document.uri)) void this.refresh(document.uri);
      }),
    );
    for (const document of vscode.workspace.textDocuments) {
      if (isFactFile(document.uri) && !this.inWorkspace(document.uri)) void this.refresh(document.uri);
    }
  }

  /** Reads all fact files once; later calls wait for the same scan. */
  scan(): Promise<void> {
    this.scanned ??= this.readAll();
    return this.scanned;
  }

  /** Reads every fact file again and forgets those that are gone (the Refresh button). */
  rescan(): Promise<void> {
    this.scanned = this.readAll();
    return this.scanned;
  }

  private async readAll(): Promise<void> {
    const uris = await vscode.workspace.findFiles(FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE);
    const found = new Set(uris.map(workspacePath));
    for (const known of this.facts.paths()) {
      if (!found.has(known)) this.facts.delete(known);
    }
    // A few at a time: a large archive must not flood the file system. A file that cannot be
    // read is a problem at that file; the others load all the same. (Readers that each take the
    // next file when done, rather than batches, made the first scan slower in the real host.)
    const keys = new Set<string>();
    for (let i = 0; i < uris.length; i += SCAN_BATCH) {
      await Promise.all(uris.slice(i, i + SCAN_BATCH).map((uri) => this.load(uri, keys).catch((error: unknown) => this.unreadable(uri, String(error)))));
    }
    this.changed.fire(undefined);
    this.keysInUse = keys;
    // Entries of the parse cache no scan has used for a month go, in the background, a minute
    // later: not while the user starts working.
    const prune = this.pruneCache;
    if (prune) {
      const timer = setTimeout(() => void prune(keys).catch(() => undefined), PRUNE_DELAY_MS);
      this.disposables.push({ dispose: () => clearTimeout(timer) });
    }
  }

  /** Whether a fact file is one of the workspace's by the rule (see isWorkspaceFactFilePath). */
  private inWorkspace(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const root = folder.uri.path.replace(/\/$/, '');
    return uri.path.startsWith(`${root}/`) && isWorkspaceFactFilePath(uri.path.slice(root.length + 1));
  }

  /** The workspace's fact files, and those outside the rule that an open article or editor asked for. */
  private follows(uri: vscode.Uri): boolean {
    return isFactFile(uri) && (this.inWorkspace(uri) || this.elsewhere.has(workspacePath(uri)));
  }

  /** Where a fact file's content is recorded. */
  private indexOf(uri: vscode.Uri): FactIndex {
    return this.inWorkspace(uri) ? this.facts : this.elsewhere;
  }

  /** Whether a fact file has been read, in the workspace or for an open article. */
  has(uri: vscode.Uri): boolean {
    return this.indexOf(uri).has(workspacePath(uri));
  }

  /** The article a valid fact file names (its `article.file`, beside it). */
  articleOf(uri: vscode.Uri): string | undefined {
    return this.indexOf(uri).articleOf(workspacePath(uri));
  }

  /** Stops following a fact file outside the rule once no open article asks for it. */
  release(uri: vscode.Uri): void {
    if (this.inWorkspace(uri) || !this.elsewhere.has(workspacePath(uri))) return;
    this.elsewhere.delete(workspacePath(uri));
    this.report(uri, []);
  }

  /** Reads a fact file again now, and tells that it changed. */
  async refresh(uri: vscode.Uri): Promise<void> {
    await this.load(uri);
    this.changed.fire(uri);
  }

  /**
   * Records what the writer just put in a fact file, without reading it back: reads started before
   * are dropped, and the file watcher's read that follows costs little (the writer's layout is read
   * in one pass; anything else is a parse-cache hit).
   */
  async recordWritten(uri: vscode.Uri, text: string, factFile: FactFile): Promise<void> {
    const file = workspacePath(uri);
    this.nextGeneration(file);
    // What was written is recorded now: reads it superseded need wait for nothing else.
    this.latestReads.delete(file);
    this.keep(uri, file, factFile);
    await this.reader.remember(text, factFile);
    this.report(uri, []);
    this.changed.fire(uri);
  }

  /** Whether the fact file held annotations when it was last read whole, though it may be empty or gone now. */
  heldAnnotations(uri: vscode.Uri): boolean {
    return this.indexOf(uri).heldAnnotations(workspacePath(uri));
  }

  /** Why a fact file could not be read; empty when it was read fine or is not known. */
  problemsOf(uri: vscode.Uri): Problem[] {
    return this.indexOf(uri).problemsOf(workspacePath(uri));
  }

  /** Shows a fact file's problems at their lines, in the editor and the Problems view. */
  report(uri: vscode.Uri, problems: Problem[]): void {
    // Nothing to tell of a file without problems that had none: each telling is a message to the
    // workbench, ten thousand of them when a large workspace is first read.
    if (problems.length === 0 && !this.diagnostics.has(uri)) return;
    this.diagnostics.set(uri, problems.map(problemDiagnostic));
  }

  /**
   * Reads a fact file and records it. Reads of one file can overlap (the scan, the watcher, an
   * editor opening): only the latest one started may record what it read, or an older text could
   * overwrite a newer one. A read that a later one superseded resolves when that one has recorded,
   * so that a scan (the Refresh button) resolves with every file it read in the index.
   */
  private load(uri: vscode.Uri, keys = this.keysInUse): Promise<void> {
    const file = workspacePath(uri);
    const generation = this.nextGeneration(file);
    const read = (async () => {
      let recorded: boolean;
      try {
        recorded = await this.readAndRecord(uri, file, generation, keys);
      } finally {
        // Only the latest read removes itself: a later read has taken its place, a write removed it already.
        if (this.generations.get(file) === generation) this.latestReads.delete(file);
      }
      const latest = this.latestReads.get(file);
      if (!recorded && latest) await latest.catch(() => undefined);
    })();
    this.latestReads.set(file, read);
    return read;
  }

  /** One read of a fact file; false when a later read or a write superseded it, which records instead. */
  private async readAndRecord(uri: vscode.Uri, file: string, generation: number, keys: Set<string>): Promise<boolean> {
    const refusal = await this.links.refusal(uri);
    const read = refusal ? { problem: fileProblem(file, refusal) } : await currentText(uri, file);
    if (this.generations.get(file) !== generation) return false;
    if (read.problem) {
      this.unreadable(uri, read.problem.message, read.problem);
      return true;
    }
    const text = read.text;
    if (text === undefined || text.trim() === '') {
      this.indexOf(uri).delete(file);
      this.learnt.fire({ key: file, uri, factFile: undefined });
      this.report(uri, []);
      return true;
    }
    const { factFile, problems, key } = await this.reader.parse(text, file);
    if (key) keys.add(key);
    // Shown, not recorded in the index: the file stays usable by its article.
    const shared = factFile && (await this.sharedNameWarning(uri, text, factFile));
    if (this.generations.get(file) !== generation) return false;
    if (factFile) this.keep(uri, file, factFile);
    else {
      this.indexOf(uri).set(file, undefined, problems);
      this.learnt.fire({ key: file, uri, factFile: undefined });
    }
    this.report(uri, shared ? [...problems, shared] : problems);
    return true;
  }

  /**
   * A warning on a fact file named the way earlier versions named them (`X.facts.yaml` of `X.md`)
   * when an article beside it (`X.txt`) would take that name as its own: it says to rename it.
   */
  private async sharedNameWarning(uri: vscode.Uri, text: string, factFile: FactFile): Promise<Problem | undefined> {
    const folder = uri.path.slice(0, uri.path.lastIndexOf('/') + 1);
    const article = folder + factFile.article.file;
    const ownName = factFilePathFor(article);
    if (ownName === uri.path || !factFilePathsFor(article).includes(uri.path)) return undefined;
    for (const other of articlesNamedBy(uri.path)) {
      if (other === article || !(await exists(uri.with({ path: other })))) continue;
      const { line, column } = locateFactFileField(text, 'article.file');
      const message = vscode.l10n.t(
        '{0} beside it would take this file as its own fact file: rename this file {1}, the name the fact file of {2} has now, so that each article has its own.',
        fileNameOf(other),
        fileNameOf(ownName),
        factFile.article.file,
      );
      return { file: workspacePath(uri), line, column, field: 'article.file', message, severity: 'warning' };
    }
    return undefined;
  }

  private nextGeneration(file: string): number {
    const generation = (this.generations.get(file) ?? 0) + 1;
    this.generations.set(file, generation);
    return generation;
  }

  /** Records a valid fact file. */
  private keep(uri: vscode.Uri, file: string, factFile: FactFile): void {
    this.indexOf(uri).set(file, factFile);
    this.learnt.fire({ key: file, uri, factFile });
  }

  /** Records a file that could not be read at all: a problem at the file, in the Problems view and the tree. */
  private unreadable(uri: vscode.Uri, message: string, problem = fileProblem(workspacePath(uri), message)): void {
    const file = workspacePath(uri);
    this.indexOf(uri).set(file, undefined, [problem]);
    this.learnt.fire({ key: file, uri, factFile: undefined });
    this.report(uri, [problem]);
  }

  private forget(uri: vscode.Uri): void {
    const file = workspacePath(uri);
    this.indexOf(uri).delete(file);
    this.learnt.fire({ key: file, uri, factFile: undefined });
    this.report(uri, []);
    this.changed.fire(uri);
  }

  /** Forgets the fact files the index holds under a folder that is gone. */
  private forgetFolder(folder: vscode.Uri): void {
    const prefix = `${workspacePath(folder)}/`;
    for (const index of [this.facts, this.elsewhere]) {
      for (const file of index.paths()) {
        if (file.startsWith(prefix)) this.forget(vscode.Uri.joinPath(folder, file.slice(prefix.length)));
      }
    }
  }

  /** Reads the fact files of a folder that appeared whole (moved, copied or restored). */
  private async readFolder(uri: vscode.Uri): Promise<void> {
    const stat = await vscode.workspace.fs.stat(uri).then(
      (found) => found,
      () => undefined,
    );
    if (!stat || (stat.type & vscode.FileType.Directory) === 0) return;
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, FACT_FILE_GLOB), FACT_FILE_SCAN_EXCLUDE);
    for (const file of found) if (this.follows(file)) await this.refresh(file);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
