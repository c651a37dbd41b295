// Reads every fact file of the workspace into the fact index, follows changes made anywhere (the
// editor, another window, git, the CLI), reports unreadable fact files at their line, and writes
// annotations through VS Code so that they can be undone and never clobber unsaved edits.
import * as vscode from 'vscode';
import { describeArticle } from '../core/annotation/articleMetadata';
import type { Problem } from '../core/problems';
import {
  articleFileNamedIn,
  articlesNamedBy,
  chooseFactFilePath,
  fileNameOf,
  isFactFilePath,
  FACT_FILE_GLOB,
  FACT_FILE_SCAN_EXCLUDE,
  factFilePathFor,
  factFilePathsFor,
} from '../core/factFile/paths';
import type { FactFile } from '../core/factFile/schema';
import { anchorAndContextHold } from '../core/reanchor/anchor';
import { reanchor, reanchorPatch, type ReanchorResult } from '../core/reanchor/reanchor';
import { textHash } from '../core/factFile/ids';
import { FactFileReader } from '../core/factFile/parseCache';
import { FactFileEditor, locateFactFileField, newFactFileText, type FactFileEdit } from '../core/factFile/store';
import { minimalReplacement } from '../core/text/minimalReplacement';
import { FactIndex } from '../core/workspace/factIndex';
import type { ArticleAnalysis } from './articleAnalysis';
import { ARTICLE_LANGUAGE } from './contributions';
import { describeProblems, problemDiagnostic } from './problems';
import { fileProblem, type FileText, readTextStrictly } from './files';
import type { KnowledgeBaseService } from './knowledgeBaseService';
import { WorkspaceLinks } from './workspaceLinks';

const PRUNE_DELAY_MS = 60_000;
/** How long a fact file found blank is read again before the writer decides what the blank means. */
const BLANK_SETTLE_MS = 1_000;
const BLANK_RETRY_MS = 50;

/** Why nothing is written in a restricted workspace. */
export const RESTRICTED_REASON = () => vscode.l10n.t('This workspace is in Restricted Mode: trust it to annotate (Manage Workspace Trust).');

export type WriteResult = { ok: true; factFile: FactFile } | { ok: false; reason: string };

export class FactFileService implements vscode.Disposable {
  readonly index = new FactIndex();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the fact file that changed, or undefined after a full scan. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('news-annotator-fact-files');
  private readonly unsavedChanged = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires when a fact file starts (with its URI) or stops holding annotations that are not on disk. */
  readonly onDidChangeUnsaved = this.unsavedChanged.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics, this.unsavedChanged];
  /** One write at a time per folder (its articles may share a fact file's name), in the order they were asked for. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private scanned: Promise<void> | undefined;
  /**
   * The whole fact files of the articles open in editors, by index key: what the providers draw
   * from. The index itself keeps only facts, so that a large workspace costs little memory.
   */
  private readonly whole = new Map<string, FactFile>();
  /** The articles open in editors, by URI, with the index keys of the fact files they may have. */
  private readonly openArticles = new Map<string, string[]>();
  /** How many open articles may have each fact file: those are kept whole. */
  private readonly wanted = new Map<string, number>();
  /** Fact files holding annotations that were written while they had unsaved edits: not on disk yet. */
  private readonly unsaved = new Map<string, vscode.Uri>();
  private readonly links = new WorkspaceLinks();
  /** Edits the fact files this service writes, starting from the document it last wrote. */
  private readonly editor = new FactFileEditor();
  /** The parse cache's keys the last full scan read, which pruning keeps. */
  private keysInUse = new Set<string>();

  constructor(
    private readonly knowledgeBase: KnowledgeBaseService,
    private readonly analysis: ArticleAnalysis,
    /** Parses fact files, through the parse cache: the export reads with it too. */
    readonly reader: FactFileReader = new FactFileReader(),
    /** Called after each full scan with the cache keys it read, to prune the rest. */
    private readonly pruneCache?: (keysInUse: ReadonlySet<string>) => Promise<unknown>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(FACT_FILE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => void this.refresh(uri)),
      watcher.onDidCreate((uri) => void this.refresh(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      // Typing in an open fact file, or VS Code reloading it after a change on disk: read it again,
      // so its problems show at once and the index never keeps a stale version.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isFactFile(e.document.uri)) return;
        // Saved, or reverted to what is on disk: nothing of it waits in the editor any more.
        if (!e.document.isDirty) this.settleUnsaved(e.document.uri);
        void this.refresh(e.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (!isFactFile(document.uri)) return;
        this.settleUnsaved(document.uri);
        // Emptied in the editor and saved: on purpose, so the next annotation starts a new file.
        if (document.getText().trim() === '') this.index.forgetAnnotations(this.relative(document.uri));
      }),
      // The whole fact file of an article is read when the article opens and dropped when it closes.
      vscode.workspace.onDidOpenTextDocument((document) => this.articleOpened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isFactFile(document.uri)) {
          // Closed without saving, its unsaved text is gone: what counts now is the file on disk.
          this.settleUnsaved(document.uri);
          void this.refresh(document.uri);
        } else this.articleClosed(document);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.articleOpened(document);
  }

  private articleOpened(document: vscode.TextDocument): void {
    if (document.languageId !== ARTICLE_LANGUAGE) return;
    const article = document.uri.toString();
    if (this.openArticles.has(article)) return;
    const candidates = this.candidateUris(document.uri);
    const keys = candidates.map((uri) => this.relative(uri));
    this.openArticles.set(article, keys);
    keys.forEach((key, i) => {
      this.wanted.set(key, (this.wanted.get(key) ?? 0) + 1);
      // A parse-cache hit in the usual case: the scan has read the file already, or will.
      if (!this.whole.has(key)) void this.refresh(candidates[i]);
    });
  }

  private articleClosed(document: vscode.TextDocument): void {
    const keys = this.openArticles.get(document.uri.toString());
    if (!keys) return;
    this.openArticles.delete(document.uri.toString());
    for (const key of keys) {
      const count = (this.wanted.get(key) ?? 1) - 1;
      if (count > 0) this.wanted.set(key, count);
      else {
        this.wanted.delete(key);
        this.whole.delete(key);
      }
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
    const found = new Set(uris.map((uri) => this.relative(uri)));
    for (const known of this.index.paths()) {
      if (!found.has(known)) this.index.delete(known);
    }
    // A few at a time: a large archive must not flood the file system. A file that cannot be
    // read is a problem at that file; the others load all the same.
    const batch = 32;
    const keys = new Set<string>();
    for (let i = 0; i < uris.length; i += batch) {
      await Promise.all(uris.slice(i, i + batch).map((uri) => this.load(uri, keys).catch((error: unknown) => this.unreadable(uri, String(error)))));
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

  /**
   * The fact file of an article as far as the service knows now (see chooseFactFilePath): its own
   * name, or the name earlier versions gave while that file names the article. The writer asks
   * the disk instead (resolveFactFileUri).
   */
  factFileUri(article: vscode.Uri): vscode.Uri {
    const candidates = factFilePathsFor(article.path);
    if (candidates.length === 1) return article.with({ path: candidates[0] });
    const existing = new Map<string, string | undefined>();
    for (const path of candidates) {
      const key = this.relative(article.with({ path }));
      const whole = this.whole.get(key);
      const named = whole?.article.file ?? this.index.articleOf(key);
      if (whole || this.index.has(key)) existing.set(path, named && fileNameOf(named));
    }
    return article.with({ path: chooseFactFilePath(article.path, existing) });
  }

  /** The article's fact file as the disk has it now: see factFileUri. */
  private async resolveFactFileUri(article: vscode.Uri): Promise<vscode.Uri> {
    const [own, ...earlier] = this.candidateUris(article);
    if (earlier.length === 0 || (await exists(own))) return own;
    const existing = new Map<string, string | undefined>();
    for (const uri of earlier) {
      // A link out of the workspace is not read, not even for the article it names.
      if (await this.links.refusal(uri)) continue;
      const read = await this.currentText(uri, this.relative(uri));
      if (read.text !== undefined) existing.set(uri.path, await this.articleNamedIn(read.text, uri));
      else if (read.problem) existing.set(uri.path, undefined);
    }
    return article.with({ path: chooseFactFilePath(article.path, existing) });
  }

  private candidateUris(article: vscode.Uri): vscode.Uri[] {
    return factFilePathsFor(article.path).map((path) => article.with({ path }));
  }

  /** The article a fact file's text names, even when the file does not parse. */
  private async articleNamedIn(text: string, uri: vscode.Uri): Promise<string | undefined> {
    return (await this.reader.parse(text, this.relative(uri))).factFile?.article.file ?? articleFileNamedIn(text);
  }

  /** The index's key for a file: relative to its workspace folder, with the folder's name when there are several. */
  relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri);
  }

  /**
   * The fact file last read for an article open in an editor, without touching the disk (for
   * providers); undefined while it is being read, for articles that are not open, and when the
   * file names another article (a fact file serves only the article it names).
   */
  cached(article: vscode.Uri): FactFile | undefined {
    const factFile = this.whole.get(this.relative(this.factFileUri(article)));
    return factFile?.article.file === fileNameOf(article.path) ? factFile : undefined;
  }

  /** The fact files holding annotations that are only in an editor, not on disk. */
  unsavedFactFiles(): vscode.Uri[] {
    return [...this.unsaved.values()];
  }

  private readonly anchored = new WeakMap<FactFile, { version: number; uri: string; factFile: FactFile }>();

  /**
   * The article's fact file with its mentions re-anchored to the document's current text, in memory:
   * what the highlights, hovers and quick fixes show while the article is being edited. Computed
   * once per document version; the file itself changes only when the article is saved.
   */
  current(document: vscode.TextDocument): FactFile | undefined {
    const stored = this.cached(document.uri);
    if (!stored) return undefined;
    const known = this.anchored.get(stored);
    if (known && known.version === document.version && known.uri === document.uri.toString()) return known.factFile;
    const text = document.getText();
    let factFile = stored;
    if (!anchorsHold(text, stored)) {
      // Mentions and rejections in one pass, so that no two of them are given the same span.
      const results = reanchor(text, [...stored.mentions, ...stored.rejections]);
      const moved = <T extends object>(item: T, r: ReanchorResult): T => ({ ...item, quote: r.quote, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end });
      const count = stored.mentions.length;
      factFile = {
        ...stored,
        mentions: stored.mentions.map((m, i) => (results[i].status === 'orphaned' ? { ...m, orphaned: true } : { ...moved(m, results[i]), orphaned: undefined })),
        // A rejection whose text is gone keeps its place; it no longer matches anything there.
        rejections: stored.rejections.map((r, i) => (results[count + i].status === 'orphaned' ? r : moved(r, results[count + i]))),
      };
    }
    this.anchored.set(stored, { version: document.version, uri: document.uri.toString(), factFile });
    return factFile;
  }

  /**
   * After an article is saved: records where its mentions are now (and which are orphaned) in the
   * fact file, with the hash of the saved text, as one undoable edit like any annotation.
   */
  async updateAnchors(document: vscode.TextDocument): Promise<WriteResult | undefined> {
    const stored = this.cached(document.uri);
    if (!stored || !vscode.workspace.isTrusted) return undefined;
    const text = document.getText();
    const hash = await textHash(text);
    if (hash === stored.article.textHash && anchorsHold(text, stored)) return undefined;
    return this.write(document, (factFile) => {
      if (!factFile) return [];
      const results = reanchor(text, [...factFile.mentions, ...factFile.rejections]);
      const edits: FactFileEdit[] = [];
      factFile.mentions.forEach((m, i) => {
        const patch = reanchorPatch(m, results[i]);
        if (patch) edits.push({ kind: 'updateMention', id: m.id, patch });
      });
      factFile.rejections.forEach((r, i) => {
        const result = results[factFile.mentions.length + i];
        if (result.status === 'orphaned') return;
        const patch = reanchorPatch(r, result);
        if (patch) edits.push({ kind: 'updateRejection', index: i, patch: { quote: patch.quote, prefix: patch.prefix, suffix: patch.suffix, start: patch.start, end: patch.end } });
      });
      edits.push({ kind: 'setArticle', patch: { textHash: hash } });
      return edits;
    });
  }

  /**
   * Applies edits to an article's fact file, creating it on the first annotation. The edits are
   * computed against the fact file's current text, so unsaved edits in an open fact file editor are
   * kept; an unreadable fact file is left as it is and the reason returned.
   */
  write(article: vscode.TextDocument, edits: (factFile: FactFile | undefined) => FactFileEdit[]): Promise<WriteResult> {
    // A restricted (untrusted) workspace is read, never written.
    if (!vscode.workspace.isTrusted) return Promise.resolve({ ok: false, reason: RESTRICTED_REASON() });
    const key = vscode.Uri.joinPath(article.uri, '..').toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.writeNow(article, edits));
    this.queues.set(key, next.catch(() => undefined));
    return next;
  }

  private async writeNow(article: vscode.TextDocument, makeEdits: (factFile: FactFile | undefined) => FactFileEdit[]): Promise<WriteResult> {
    const uri = await this.resolveFactFileUri(article.uri);
    const file = this.relative(uri);
    const refusal = (await this.links.refusal(uri)) ?? (await this.links.refusal(article.uri));
    if (refusal) return { ok: false, reason: refusal };
    let open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let disk = await readTextStrictly(uri, file);
    // A program saving the file truncates it first: a blank read is tried again until the save is
    // through, and a file that last held annotations is never taken for a new one.
    if (isBlank(disk.text) && !open?.isDirty) {
      disk = await this.settle(uri, file);
      if (isBlank(disk.text) && this.index.heldAnnotations(file)) {
        return {
          ok: false,
          reason: vscode.l10n.t(
            '{0} is empty on disk, but it held annotations when it was last read; nothing was written over it. If another program is saving it, try again; if you emptied it on purpose, delete it to start a new fact file.',
            file,
          ),
        };
      }
    }
    if (disk.problem) {
      this.report(uri, [disk.problem]);
      return { ok: false, reason: describeProblems([disk.problem]) };
    }
    const onDisk = disk.text;
    // An open fact file without unsaved edits must show what is on disk before an edit is applied to
    // it: after another program wrote the file, VS Code reloads the document shortly. Editing the
    // stale text would write over that program's change.
    if (open && !open.isDirty && onDisk !== undefined && open.getText() !== onDisk) {
      if (!(await documentCatchesUp(open, onDisk))) {
        return { ok: false, reason: vscode.l10n.t('{0} changed on disk and the editor has not reloaded it yet; nothing was written. Try again.', file) };
      }
    }
    if (open?.isClosed) open = undefined;
    // VS Code keeps a document a while after its file is deleted, with the old text and no unsaved
    // edits: the new fact file is written through it, replacing that text whole.
    const leftover = open !== undefined && !open.isDirty && onDisk === undefined;
    const existing = open?.isDirty ? open.getText() : onDisk;
    // A missing or blank file (an undone creation, a truncated file) starts a new fact file.
    const fresh = existing === undefined || existing.trim() === '';
    const before = fresh ? newFactFileText(await this.metadataFor(article)) : existing;
    const parsed = await this.reader.parse(before, file);
    if (!parsed.factFile) {
      this.report(uri, parsed.problems);
      return { ok: false, reason: describeProblems(parsed.problems) };
    }
    const articleName = fileNameOf(article.uri.path);
    if (parsed.factFile.article.file !== articleName) return { ok: false, reason: otherArticlesFile(uri, parsed.factFile.article.file, articleName) };
    const result = this.editor.apply(before, file, makeEdits(parsed.factFile));
    if (!result.ok) {
      this.report(uri, result.problems);
      return { ok: false, reason: describeProblems(result.problems) };
    }
    if (!result.changed && !fresh) return { ok: true, factFile: result.factFile };

    if (onDisk === undefined && !open) {
      // Created empty first, then filled by a text edit, so that undo in the fact file covers it too.
      const create = new vscode.WorkspaceEdit();
      create.createFile(uri, { ignoreIfExists: true });
      if (!(await vscode.workspace.applyEdit(create))) return { ok: false, reason: vscode.l10n.t('VS Code refused to create {0}.', file) };
    }
    const document = open ?? (await vscode.workspace.openTextDocument(uri));
    const wasDirty = document.isDirty;
    if (!leftover && document.getText() !== (wasDirty ? before : (existing ?? ''))) {
      // The document moved on between reading and editing (another write, a reload): start again.
      return { ok: false, reason: vscode.l10n.t('{0} changed while the annotation was being written; nothing was written. Try again.', file) };
    }
    // Only the changed lines are replaced, so that undo and the cursor in an open editor behave.
    const { start, end, replacement } = minimalReplacement(document.getText(), result.text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), replacement);
    if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, reason: vscode.l10n.t('VS Code refused to edit {0}.', file) };
    // A fact file with the user's own unsaved edits stays unsaved: saving is their call. Until then
    // the annotation is only in the editor, and the user is told so.
    if (!wasDirty && !(await document.save())) {
      this.markUnsaved(document);
      return { ok: false, reason: vscode.l10n.t('{0} could not be saved; the annotation is in the open editor, unsaved.', file) };
    }
    this.nextGeneration(file);
    this.keep(file, result.factFile);
    // The file watcher reads it back shortly: let that be a cache hit rather than a parse.
    await this.reader.remember(result.text, result.factFile);
    this.report(uri, []);
    this.changed.fire(uri);
    if (wasDirty) this.markUnsaved(document);
    return { ok: true, factFile: result.factFile };
  }

  /** Reads a fact file found blank again, for a moment, until it holds something. */
  private async settle(uri: vscode.Uri, file: string): Promise<FileText> {
    const deadline = Date.now() + BLANK_SETTLE_MS;
    let read: FileText = {};
    do {
      await new Promise((resolve) => setTimeout(resolve, BLANK_RETRY_MS));
      read = await readTextStrictly(uri, file);
    } while (isBlank(read.text) && Date.now() < deadline);
    return read;
  }

  private markUnsaved(document: vscode.TextDocument): void {
    if (!document.isDirty || this.unsaved.has(document.uri.toString())) return;
    this.unsaved.set(document.uri.toString(), document.uri);
    this.unsavedChanged.fire(document.uri);
  }

  private settleUnsaved(uri: vscode.Uri): void {
    if (this.unsaved.delete(uri.toString())) this.unsavedChanged.fire(undefined);
  }

  private async metadataFor(article: vscode.TextDocument) {
    const text = article.getText();
    const { language, publisher, published } = describeArticle(text, this.analysis.mentions(article), this.knowledgeBase.recognizer.knowledgeBase);
    const file = article.uri.path.slice(article.uri.path.lastIndexOf('/') + 1);
    return { file, language, publisher, published, textHash: await textHash(text) };
  }

  private async load(uri: vscode.Uri, keys = this.keysInUse): Promise<void> {
    const file = this.relative(uri);
    // Reads of one file can overlap (the scan, the watcher, an editor opening): only the latest
    // one started may record what it read, or an older text could overwrite a newer one.
    const generation = this.nextGeneration(file);
    const refusal = await this.links.refusal(uri);
    const read = refusal ? { problem: fileProblem(file, refusal) } : await this.currentText(uri, file);
    if (this.generations.get(file) !== generation) return;
    if (read.problem) {
      this.unreadable(uri, read.problem.message, read.problem);
      return;
    }
    const text = read.text;
    if (text === undefined || text.trim() === '') {
      this.index.delete(file);
      this.whole.delete(file);
      this.report(uri, []);
      return;
    }
    const { factFile, problems, key } = await this.reader.parse(text, file);
    if (key) keys.add(key);
    // Shown, not recorded in the index: the file stays usable by its article.
    const shared = factFile && (await this.sharedNameWarning(uri, text, factFile));
    if (this.generations.get(file) !== generation) return;
    if (factFile) this.keep(file, factFile);
    else {
      this.index.set(file, undefined, problems);
      this.whole.delete(file);
    }
    this.report(uri, shared ? [...problems, shared] : problems);
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
      return { file: this.relative(uri), line, column, field: 'article.file', message, severity: 'warning' };
    }
    return undefined;
  }

  private readonly generations = new Map<string, number>();
  private nextGeneration(file: string): number {
    const generation = (this.generations.get(file) ?? 0) + 1;
    this.generations.set(file, generation);
    return generation;
  }

  /** Records a valid fact file: its facts in the index, the whole of it while its article is open. */
  private keep(file: string, factFile: FactFile): void {
    this.index.set(file, factFile);
    if (this.wanted.has(file)) this.whole.set(file, factFile);
  }

  /** Records a file that could not be read at all: a problem at the file, in the Problems view and the tree. */
  private unreadable(uri: vscode.Uri, message: string, problem = fileProblem(this.relative(uri), message)): void {
    const file = this.relative(uri);
    this.index.set(file, undefined, [problem]);
    this.whole.delete(file);
    this.report(uri, [problem]);
  }

  /**
   * A fact file's text as it stands now: an editor's unsaved text, else the file's. A document
   * without unsaved edits is not read: VS Code keeps documents a while after their editors close,
   * and one whose file was deleted still holds the old text, which is neither on disk nor unsaved.
   */
  private async currentText(uri: vscode.Uri, file: string): Promise<FileText> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return { text: open.getText() };
    return readTextStrictly(uri, file);
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    await this.load(uri);
    this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    this.index.delete(this.relative(uri));
    this.whole.delete(this.relative(uri));
    this.report(uri, []);
    this.changed.fire(uri);
  }

  private report(uri: vscode.Uri, problems: Problem[]): void {
    this.diagnostics.set(uri, problems.map(problemDiagnostic));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** True when every mention (none orphaned) and every rejection is still where the fact file says, context and all. */
function anchorsHold(text: string, factFile: FactFile): boolean {
  return factFile.mentions.every((m) => !m.orphaned && anchorAndContextHold(text, m)) && factFile.rejections.every((r) => anchorAndContextHold(text, r));
}

export function isFactFile(uri: vscode.Uri): boolean {
  return isFactFilePath(uri.path);
}

function isBlank(text: string | undefined): boolean {
  return text !== undefined && text.trim() === '';
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why an article may not write into a fact file that names another article: said with the cure,
 * the file's own name, when it is a fact file named the way earlier versions named them.
 */
function otherArticlesFile(uri: vscode.Uri, named: string, article: string): string {
  const file = vscode.workspace.asRelativePath(uri);
  const folder = uri.path.slice(0, uri.path.lastIndexOf('/') + 1);
  const ownName = factFilePathFor(folder + named);
  if (ownName !== uri.path && factFilePathsFor(folder + named).includes(uri.path)) {
    return vscode.l10n.t(
      '{0} holds the annotations of {1}, under the name earlier versions gave its fact file; nothing was written for {2}. Rename it {3} so that each article has its own fact file.',
      file,
      named,
      article,
      fileNameOf(ownName),
    );
  }
  return vscode.l10n.t('{0} names {1} as its article (article.file), not {2}; nothing was written. If the article was renamed, correct article.file.', file, named, article);
}

/** Waits (briefly) until VS Code has reloaded an open document from disk. */
function documentCatchesUp(document: vscode.TextDocument, onDisk: string, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    };
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document && document.getText() === onDisk) done(true);
    });
    const timer = setTimeout(() => done(document.getText() === onDisk), timeoutMs);
  });
}
