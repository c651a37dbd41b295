// Reads every sidecar of the workspace into the fact index, follows changes made anywhere (the
// editor, another window, git, the CLI), reports unreadable sidecars at their line, and writes
// annotations through VS Code so that they can be undone and never clobber unsaved edits.
import * as vscode from 'vscode';
import { describeArticle } from '../core/articleMetadata';
import type { Problem } from '../core/knowledgeBase/loadFile';
import { isSidecarPath, SIDECAR_GLOB, SIDECAR_SCAN_EXCLUDE } from '../core/sidecar/paths';
import { type Sidecar, sidecarPathFor } from '../core/sidecar/schema';
import { anchorAndContextHold } from '../core/anchoring';
import { reanchor, reanchorPatch, type ReanchorResult } from '../core/reanchor';
import { textHash } from '../core/sidecar/ids';
import { SidecarReader } from '../core/sidecar/parseCache';
import { applySidecarEdits, newSidecarText, type SidecarEdit } from '../core/sidecar/store';
import { minimalReplacement } from '../core/text/minimalReplacement';
import { FactIndex } from '../core/workspace/factIndex';
import type { ArticleAnalysis } from './articleAnalysis';
import { ARTICLE_LANGUAGE } from './contributions';
import { describeProblems, problemDiagnostic } from './problems';
import { readTextIfExists } from './files';
import type { KnowledgeBaseService } from './knowledgeBaseService';

const PRUNE_DELAY_MS = 60_000;

/** Why nothing is written in a restricted workspace. */
export const RESTRICTED_REASON = () => vscode.l10n.t('This workspace is in Restricted Mode: trust it to annotate (Manage Workspace Trust).');

export type WriteResult = { ok: true; sidecar: Sidecar } | { ok: false; reason: string };

export class SidecarService implements vscode.Disposable {
  readonly index = new FactIndex();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the sidecar that changed, or undefined after a full scan. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('news-annotator-sidecars');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  /** One write at a time per sidecar, in the order they were asked for. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private scanned: Promise<void> | undefined;
  /**
   * The whole fact files of the articles open in editors, by index key: what the providers draw
   * from. The index itself keeps only facts, so that a large workspace costs little memory.
   */
  private readonly whole = new Map<string, Sidecar>();
  /** The index keys of the fact files of articles open in editors. */
  private readonly openArticles = new Set<string>();
  /** The parse cache's keys the last full scan read, which pruning keeps. */
  private keysInUse = new Set<string>();

  constructor(
    private readonly knowledgeBase: KnowledgeBaseService,
    private readonly analysis: ArticleAnalysis,
    /** Parses fact files, through the parse cache: the export reads with it too. */
    readonly reader: SidecarReader = new SidecarReader(),
    /** Called after each full scan with the cache keys it read, to prune the rest. */
    private readonly pruneCache?: (keysInUse: ReadonlySet<string>) => Promise<unknown>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => void this.refresh(uri)),
      watcher.onDidCreate((uri) => void this.refresh(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      // Typing in an open sidecar, or VS Code reloading it after a change on disk: read it again,
      // so its problems show at once and the index never keeps a stale version.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isSidecar(e.document.uri)) void this.refresh(e.document.uri);
      }),
      // The whole fact file of an article is read when the article opens and dropped when it closes.
      vscode.workspace.onDidOpenTextDocument((document) => this.articleOpened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = this.relative(this.sidecarUri(document.uri));
        if (isSidecar(document.uri) || !this.openArticles.delete(key)) return;
        this.whole.delete(key);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.articleOpened(document);
  }

  private articleOpened(document: vscode.TextDocument): void {
    if (document.languageId !== ARTICLE_LANGUAGE) return;
    const key = this.relative(this.sidecarUri(document.uri));
    if (this.openArticles.has(key)) return;
    this.openArticles.add(key);
    // A parse-cache hit in the usual case: the scan has read the file already, or will.
    if (!this.whole.has(key)) void this.refresh(this.sidecarUri(document.uri));
  }

  /** Reads all sidecars once; later calls wait for the same scan. */
  scan(): Promise<void> {
    this.scanned ??= this.readAll();
    return this.scanned;
  }

  /** Reads every sidecar again and forgets those that are gone (the Refresh button). */
  rescan(): Promise<void> {
    this.scanned = this.readAll();
    return this.scanned;
  }

  private async readAll(): Promise<void> {
    const uris = await vscode.workspace.findFiles(SIDECAR_GLOB, SIDECAR_SCAN_EXCLUDE);
    const found = new Set(uris.map((uri) => this.relative(uri)));
    for (const known of this.index.paths()) {
      if (!found.has(known)) this.index.delete(known);
    }
    // A few at a time: a large archive must not flood the file system.
    const batch = 32;
    const keys = new Set<string>();
    for (let i = 0; i < uris.length; i += batch) {
      await Promise.all(uris.slice(i, i + batch).map((uri) => this.load(uri, keys)));
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

  sidecarUri(article: vscode.Uri): vscode.Uri {
    return article.with({ path: sidecarPathFor(article.path) });
  }

  /** The index's key for a file: relative to its workspace folder, with the folder's name when there are several. */
  relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri);
  }

  /** The article's sidecar as it stands now: the open editor's text if there is one, else the file. */
  async read(article: vscode.Uri): Promise<{ text?: string; sidecar?: Sidecar; problems: Problem[] }> {
    const uri = this.sidecarUri(article);
    const text = await currentText(uri);
    if (text === undefined) return { problems: [] };
    const { sidecar, problems } = await this.reader.parse(text, this.relative(uri));
    return { text, sidecar, problems };
  }

  /**
   * The sidecar last read for an article open in an editor, without touching the disk (for
   * providers); undefined while it is being read, and for articles that are not open.
   */
  cached(article: vscode.Uri): Sidecar | undefined {
    return this.whole.get(this.relative(this.sidecarUri(article)));
  }

  private readonly anchored = new WeakMap<Sidecar, { version: number; uri: string; sidecar: Sidecar }>();

  /**
   * The article's sidecar with its mentions re-anchored to the document's current text, in memory:
   * what the highlights, hovers and quick fixes show while the article is being edited. Computed
   * once per document version; the file itself changes only when the article is saved.
   */
  current(document: vscode.TextDocument): Sidecar | undefined {
    const stored = this.cached(document.uri);
    if (!stored) return undefined;
    const known = this.anchored.get(stored);
    if (known && known.version === document.version && known.uri === document.uri.toString()) return known.sidecar;
    const text = document.getText();
    let sidecar = stored;
    if (!anchorsHold(text, stored)) {
      // Mentions and rejections in one pass, so that no two of them are given the same span.
      const results = reanchor(text, [...stored.mentions, ...stored.rejections]);
      const moved = <T extends object>(item: T, r: ReanchorResult): T => ({ ...item, quote: r.quote, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end });
      const count = stored.mentions.length;
      sidecar = {
        ...stored,
        mentions: stored.mentions.map((m, i) => (results[i].status === 'orphaned' ? { ...m, orphaned: true } : { ...moved(m, results[i]), orphaned: undefined })),
        // A rejection whose text is gone keeps its place; it no longer matches anything there.
        rejections: stored.rejections.map((r, i) => (results[count + i].status === 'orphaned' ? r : moved(r, results[count + i]))),
      };
    }
    this.anchored.set(stored, { version: document.version, uri: document.uri.toString(), sidecar });
    return sidecar;
  }

  /**
   * After an article is saved: records where its mentions are now (and which are orphaned) in the
   * sidecar, with the hash of the saved text, as one undoable edit like any annotation.
   */
  async updateAnchors(document: vscode.TextDocument): Promise<WriteResult | undefined> {
    const stored = this.cached(document.uri);
    if (!stored || !vscode.workspace.isTrusted) return undefined;
    const text = document.getText();
    const hash = await textHash(text);
    if (hash === stored.article.textHash && anchorsHold(text, stored)) return undefined;
    return this.write(document, (sidecar) => {
      if (!sidecar) return [];
      const results = reanchor(text, [...sidecar.mentions, ...sidecar.rejections]);
      const edits: SidecarEdit[] = [];
      sidecar.mentions.forEach((m, i) => {
        const patch = reanchorPatch(m, results[i]);
        if (patch) edits.push({ kind: 'updateMention', id: m.id, patch });
      });
      sidecar.rejections.forEach((r, i) => {
        const result = results[sidecar.mentions.length + i];
        if (result.status === 'orphaned') return;
        const patch = reanchorPatch(r, result);
        if (patch) edits.push({ kind: 'updateRejection', index: i, patch: { quote: patch.quote, prefix: patch.prefix, suffix: patch.suffix, start: patch.start, end: patch.end } });
      });
      edits.push({ kind: 'setArticle', patch: { textHash: hash } });
      return edits;
    });
  }

  /**
   * Applies edits to an article's sidecar, creating it on the first annotation. The edits are
   * computed against the sidecar's current text, so unsaved edits in an open sidecar editor are
   * kept; an unreadable sidecar is left as it is and the reason returned.
   */
  write(article: vscode.TextDocument, edits: (sidecar: Sidecar | undefined) => SidecarEdit[]): Promise<WriteResult> {
    // A restricted (untrusted) workspace is read, never written.
    if (!vscode.workspace.isTrusted) return Promise.resolve({ ok: false, reason: RESTRICTED_REASON() });
    const uri = this.sidecarUri(article.uri);
    const key = uri.toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.writeNow(article, uri, edits));
    this.queues.set(key, next.catch(() => undefined));
    return next;
  }

  private async writeNow(article: vscode.TextDocument, uri: vscode.Uri, makeEdits: (sidecar: Sidecar | undefined) => SidecarEdit[]): Promise<WriteResult> {
    const file = this.relative(uri);
    let open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const onDisk = await readTextIfExists(uri);
    // An open sidecar without unsaved edits must show what is on disk before an edit is applied to
    // it: after another program wrote the file, VS Code reloads the document shortly. Editing the
    // stale text would write over that program's change.
    if (open && !open.isDirty && onDisk !== undefined && open.getText() !== onDisk) {
      if (!(await documentCatchesUp(open, onDisk))) {
        return { ok: false, reason: vscode.l10n.t('{0} changed on disk and the editor has not reloaded it yet; nothing was written. Try again.', file) };
      }
    }
    if (open?.isClosed) open = undefined;
    const existing = open?.isDirty ? open.getText() : onDisk;
    // A missing or blank file (an undone creation, a truncated file) starts a new sidecar.
    const fresh = existing === undefined || existing.trim() === '';
    const before = fresh ? newSidecarText(await this.metadataFor(article)) : existing;
    const parsed = await this.reader.parse(before, file);
    if (!parsed.sidecar) {
      this.report(uri, parsed.problems);
      return { ok: false, reason: describeProblems(parsed.problems) };
    }
    const result = applySidecarEdits(before, file, makeEdits(parsed.sidecar));
    if (!result.ok) {
      this.report(uri, result.problems);
      return { ok: false, reason: describeProblems(result.problems) };
    }
    if (!result.changed && !fresh) return { ok: true, sidecar: result.sidecar };

    if (onDisk === undefined && !open) {
      // Created empty first, then filled by a text edit, so that undo in the sidecar covers it too.
      const create = new vscode.WorkspaceEdit();
      create.createFile(uri, { ignoreIfExists: true });
      if (!(await vscode.workspace.applyEdit(create))) return { ok: false, reason: vscode.l10n.t('VS Code refused to create {0}.', file) };
    }
    const document = open ?? (await vscode.workspace.openTextDocument(uri));
    const wasDirty = document.isDirty;
    if (document.getText() !== (wasDirty ? before : (existing ?? ''))) {
      // The document moved on between reading and editing (another write, a reload): start again.
      return { ok: false, reason: vscode.l10n.t('{0} changed while the annotation was being written; nothing was written. Try again.', file) };
    }
    // Only the changed lines are replaced, so that undo and the cursor in an open editor behave.
    const { start, end, replacement } = minimalReplacement(document.getText(), result.text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), replacement);
    if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, reason: vscode.l10n.t('VS Code refused to edit {0}.', file) };
    // A sidecar with the user's own unsaved edits stays unsaved: saving is their call.
    if (!wasDirty && !(await document.save())) {
      return { ok: false, reason: vscode.l10n.t('{0} could not be saved; the annotation is in the open editor, unsaved.', file) };
    }
    this.nextGeneration(file);
    this.keep(file, result.sidecar);
    // The file watcher reads it back shortly: let that be a cache hit rather than a parse.
    await this.reader.remember(result.text, result.sidecar);
    this.report(uri, []);
    this.changed.fire(uri);
    return { ok: true, sidecar: result.sidecar };
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
    const text = await currentText(uri);
    if (this.generations.get(file) !== generation) return;
    if (text === undefined || text.trim() === '') {
      this.index.delete(file);
      this.whole.delete(file);
      this.report(uri, []);
      return;
    }
    const { sidecar, problems, key } = await this.reader.parse(text, file);
    if (key) keys.add(key);
    if (this.generations.get(file) !== generation) return;
    if (sidecar) this.keep(file, sidecar);
    else {
      this.index.set(file, undefined, problems);
      this.whole.delete(file);
    }
    this.report(uri, problems);
  }

  private readonly generations = new Map<string, number>();
  private nextGeneration(file: string): number {
    const generation = (this.generations.get(file) ?? 0) + 1;
    this.generations.set(file, generation);
    return generation;
  }

  /** Records a valid fact file: its facts in the index, the whole of it while its article is open. */
  private keep(file: string, sidecar: Sidecar): void {
    this.index.set(file, sidecar);
    if (this.openArticles.has(file)) this.whole.set(file, sidecar);
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

/** True when every mention (none orphaned) and every rejection is still where the sidecar says, context and all. */
function anchorsHold(text: string, sidecar: Sidecar): boolean {
  return sidecar.mentions.every((m) => !m.orphaned && anchorAndContextHold(text, m)) && sidecar.rejections.every((r) => anchorAndContextHold(text, r));
}

export function isSidecar(uri: vscode.Uri): boolean {
  return isSidecarPath(uri.path);
}



/** An open document's text when it has unsaved edits, else the file's (an open one may be stale). */
async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return open.getText();
  return (await readTextIfExists(uri)) ?? open?.getText();
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
