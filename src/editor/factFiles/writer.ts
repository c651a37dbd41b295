// Writes annotations into fact files: one write at a time per folder, each computed against the
// fact file's current text (unsaved edits in an open editor included), applied through VS Code as
// a WorkspaceEdit so that it can be undone, and saved unless the user has unsaved edits of their
// own in it. A fact file that cannot be read is never written over; nor is one that changed on disk
// while the write was under way. A write may change a second file in the same undoable step (the
// workspace knowledge base, when an annotation teaches the recognizer a name), by the same rules.
import * as vscode from 'vscode';
import { articleFileNamedIn, chooseFactFilePath, factFilePathFor, factFilePathsFor, fileNameOf } from '../../core/factFile/paths';
import type { ArticleMetadata, FactFile } from '../../core/factFile/schema';
import { FactFileEditor, newFactFileText, type EditResult, type FactFileEdit } from '../../core/factFile/store';
import { minimalReplacement } from '../../core/text/minimalReplacement';
import { describeProblems } from '../ui/problems';
import { currentText, exists, type FileText, readTextStrictly, stamp } from '../workspace/files';
import { WorkspaceLinks } from '../workspace/links';
import { workspacePath } from '../workspace/paths';
import { type FactFileIndex, isFactFile } from './factFileIndex';

/** How long a fact file found blank is read again before the writer decides what the blank means. */
const BLANK_SETTLE_MS = 1_000;
const BLANK_RETRY_MS = 50;
/**
 * How long a fact file another program just saved must stay unchanged before it is edited. VS Code
 * reloads an open document on each change it is told of; a reload that raced the save can show the
 * new text with the old file's date, and a save over that is refused as "file modified since".
 * The reload that follows sets it right, and this leaves it the time to.
 */
const SAVED_ELSEWHERE_QUIET_MS = 500;
const SAVED_ELSEWHERE_WAIT_MS = 3_000;

/** Why nothing is written in a restricted workspace. */
export const RESTRICTED_REASON = () => vscode.l10n.t('This workspace is in Restricted Mode: trust it to annotate (Manage Workspace Trust).');

export type WriteResult = { ok: true; factFile: FactFile } | { ok: false; reason: string };
type Refused = { ok: false; reason: string };

/** What the edits of a write are made from: the fact file as the write finds it (undefined for none). */
export type MakeEdits = (factFile: FactFile | undefined) => FactFileEdit[];
/** What a new fact file records about its article; asked for only when the write creates the file. */
export type DescribeArticle = () => Promise<ArticleMetadata>;

/**
 * A second file a write changes in the same WorkspaceEdit, so that undo in either file takes back
 * both: `edit` makes its new text from its current one (undefined when there is no such file yet),
 * or says why it cannot.
 */
export interface CompanionEdit {
  uri: vscode.Uri;
  edit: (text: string | undefined) => { ok: true; text: string } | Refused;
}

/** A companion edit made against the file's current text, ready to apply. */
interface PreparedCompanion {
  ok: true;
  uri: vscode.Uri;
  file: string;
  /** Its text when the write started; undefined when there was no such file. */
  before: string | undefined;
  text: string;
}

/** The fact file a write goes to, as it stands when the write starts. */
interface Target {
  ok: true;
  uri: vscode.Uri;
  /** Its workspace path. */
  file: string;
  /** Its document, when one is open. */
  open: vscode.TextDocument | undefined;
  /** Its text on disk; undefined when there is no such file. */
  onDisk: string | undefined;
}

export class FactFileWriter implements vscode.Disposable {
  /** One write at a time per folder (its articles may share a fact file's name), in the order they were asked for. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Fact files holding annotations that were written while they had unsaved edits: not on disk yet. */
  private readonly unsaved = new Map<string, vscode.Uri>();
  private readonly unsavedChanged = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires when a fact file starts (with its URI) or stops holding annotations that are not on disk. */
  readonly onDidChangeUnsaved = this.unsavedChanged.event;
  private readonly links = new WorkspaceLinks();
  /** Edits the fact files this writer writes, starting from the document it last wrote. */
  private readonly editor = new FactFileEditor();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly index: FactFileIndex) {
    this.disposables = [
      this.unsavedChanged,
      // Saved, or reverted to what is on disk: nothing of it waits in the editor any more.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isFactFile(e.document.uri) && !e.document.isDirty) this.settleUnsaved(e.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isFactFile(document.uri)) this.settleUnsaved(document.uri);
      }),
      // Closed without saving, its unsaved text is gone.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isFactFile(document.uri)) this.settleUnsaved(document.uri);
      }),
    ];
  }

  /**
   * Applies edits to an article's fact file, creating it on the first annotation with what
   * `describe` says of the article. The edits are computed against the fact file's current text, so
   * unsaved edits in an open fact file editor are kept; an unreadable fact file is left as it is and
   * the reason returned.
   */
  write(article: vscode.TextDocument, edits: MakeEdits, describe: DescribeArticle, companion?: CompanionEdit): Promise<WriteResult> {
    // A restricted (untrusted) workspace is read, never written.
    if (!vscode.workspace.isTrusted) return Promise.resolve({ ok: false, reason: RESTRICTED_REASON() });
    const key = vscode.Uri.joinPath(article.uri, '..').toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.writeNow(article, edits, describe, companion));
    this.queues.set(key, next.catch(() => undefined));
    return next;
  }

  /** The fact files holding annotations that are only in an editor, not on disk. */
  unsavedFactFiles(): vscode.Uri[] {
    return [...this.unsaved.values()];
  }

  private async writeNow(article: vscode.TextDocument, makeEdits: MakeEdits, describe: DescribeArticle, companion?: CompanionEdit): Promise<WriteResult> {
    const target = await this.target(article);
    if (!target.ok) return target;
    const { uri, file, open, onDisk } = target;
    // VS Code keeps a document a while after its file is deleted, with the old text and no unsaved
    // edits: the new fact file is written through it, replacing that text whole.
    const leftover = open !== undefined && !open.isDirty && onDisk === undefined;
    const existing = open?.isDirty ? open.getText() : onDisk;
    // A missing or blank file (an undone creation, a truncated file) starts a new fact file.
    const fresh = existing === undefined || existing.trim() === '';
    const before = fresh ? newFactFileText(await describe()) : existing;
    const result = await this.edited(uri, file, before, article, makeEdits);
    if (!result.ok) return result;
    const second = companion && (await this.prepare(companion));
    if (second && !second.ok) return second;
    const changed = result.changed || fresh;
    if (!changed && !second) return { ok: true, factFile: result.factFile };

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
    const applied = await this.apply(document, changed ? result.text : document.getText(), file, second);
    if (!applied.ok) return applied;
    await this.index.recordWritten(uri, result.text, result.factFile);
    if (wasDirty) this.markUnsaved(document);
    return { ok: true, factFile: result.factFile };
  }

  /**
   * The article's fact file as it stands: refused when it or the article lies behind a link out of
   * the workspace, when it cannot be read, when it is blank but held annotations, or when its open
   * editor has not caught up with a change on disk.
   */
  private async target(article: vscode.TextDocument): Promise<Target | Refused> {
    const uri = await this.resolveFactFileUri(article.uri);
    const file = workspacePath(uri);
    const refusal = (await this.links.refusal(uri)) ?? (await this.links.refusal(article.uri));
    if (refusal) return { ok: false, reason: refusal };
    let open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let disk = await readTextStrictly(uri, file);
    // A program saving the file truncates it first: a blank read is tried again until the save is
    // through, and a file that last held annotations is never taken for a new one.
    const foundBlank = isBlank(disk.text) && !open?.isDirty;
    if (foundBlank) {
      disk = await this.settle(uri, file);
      if (isBlank(disk.text) && this.index.heldAnnotations(uri)) {
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
      this.index.report(uri, [disk.problem]);
      return { ok: false, reason: describeProblems([disk.problem]) };
    }
    let onDisk = disk.text;
    // An open fact file without unsaved edits must show what is on disk before an edit is applied to
    // it: after another program wrote the file, VS Code reloads the document shortly. Editing the
    // stale text would write over that program's change.
    if (open && !open.isDirty && onDisk !== undefined && open.getText() !== onDisk) {
      if (!(await documentCatchesUp(open, onDisk))) {
        return { ok: false, reason: vscode.l10n.t('{0} changed on disk and the editor has not reloaded it yet; nothing was written. Try again.', file) };
      }
    }
    if (foundBlank && open && !open.isDirty && !isBlank(onDisk)) {
      const quiet = await untilUnchanged(uri, SAVED_ELSEWHERE_QUIET_MS, SAVED_ELSEWHERE_WAIT_MS);
      // The text the write starts from is the one on disk after the wait, which the editor must show.
      onDisk = quiet ? (await readTextStrictly(uri, file)).text : undefined;
      if (onDisk === undefined || open.isDirty || open.getText() !== onDisk) {
        return { ok: false, reason: vscode.l10n.t('{0} changed on disk and the editor has not reloaded it yet; nothing was written. Try again.', file) };
      }
    }
    if (open?.isClosed) open = undefined;
    return { ok: true, uri, file, open, onDisk };
  }

  /** The fact file's text `before` with the edits applied; refused when it does not parse or names another article. */
  private async edited(uri: vscode.Uri, file: string, before: string, article: vscode.TextDocument, makeEdits: MakeEdits): Promise<(EditResult & { ok: true }) | Refused> {
    const parsed = await this.index.reader.parse(before, file);
    if (!parsed.factFile) {
      this.index.report(uri, parsed.problems);
      return { ok: false, reason: describeProblems(parsed.problems) };
    }
    const articleName = fileNameOf(article.uri.path);
    if (parsed.factFile.article.file !== articleName) return { ok: false, reason: otherArticlesFile(uri, parsed.factFile.article.file, articleName) };
    const result = this.editor.apply(before, file, makeEdits(parsed.factFile));
    if (!result.ok) {
      this.index.report(uri, result.problems);
      return { ok: false, reason: describeProblems(result.problems) };
    }
    return result;
  }

  /**
   * Puts `text` in the fact file's document, and the companion's text in its own, in one edit that
   * replaces only the lines that changed; saves each unless it had unsaved edits.
   */
  private async apply(document: vscode.TextDocument, text: string, file: string, companion?: PreparedCompanion): Promise<{ ok: true } | Refused> {
    const wasDirty = document.isDirty;
    const edit = new vscode.WorkspaceEdit();
    replaceChangedLines(edit, document, text);
    const second = companion && (await this.companionDocument(companion));
    if (second && !second.ok) return second;
    if (second) replaceChangedLines(edit, second.document, companion!.text);
    if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, reason: vscode.l10n.t('VS Code refused to edit {0}.', file) };
    if (second && !second.wasDirty && !(await second.document.save())) {
      return { ok: false, reason: vscode.l10n.t('{0} could not be saved; the change is in the open editor, unsaved.', companion!.file) };
    }
    // A fact file with the user's own unsaved edits stays unsaved: saving is their call. Until then
    // the annotation is only in the editor, and the user is told so.
    if (!wasDirty && document.isDirty && !(await document.save())) {
      this.markUnsaved(document);
      return { ok: false, reason: vscode.l10n.t('{0} could not be saved; the annotation is in the open editor, unsaved.', file) };
    }
    return { ok: true };
  }

  /**
   * A companion edit against the file's current text (unsaved edits in an editor included);
   * refused for a file outside the workspace or behind a link out of it, or one that cannot be read.
   */
  private async prepare({ uri, edit }: CompanionEdit): Promise<PreparedCompanion | Refused> {
    const file = workspacePath(uri);
    if (!vscode.workspace.getWorkspaceFolder(uri)) return { ok: false, reason: vscode.l10n.t('{0} is outside the workspace; nothing was written.', file) };
    const refusal = await this.links.refusal(uri);
    if (refusal) return { ok: false, reason: refusal };
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let before: string | undefined;
    if (open?.isDirty) before = open.getText();
    else {
      const disk = await readTextStrictly(uri, file);
      if (disk.problem) return { ok: false, reason: describeProblems([disk.problem]) };
      before = disk.text;
    }
    const made = edit(before);
    return made.ok ? { ok: true, uri, file, before, text: made.text } : made;
  }

  /** The companion's document, created empty first when there is no file, and still holding the text the edit was made from. */
  private async companionDocument({ uri, file, before }: PreparedCompanion): Promise<{ ok: true; document: vscode.TextDocument; wasDirty: boolean } | Refused> {
    if (before === undefined && !(await exists(uri))) {
      const create = new vscode.WorkspaceEdit();
      create.createFile(uri, { ignoreIfExists: true });
      if (!(await vscode.workspace.applyEdit(create))) return { ok: false, reason: vscode.l10n.t('VS Code refused to create {0}.', file) };
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const expected = before ?? '';
    if (document.getText() !== expected && !(await documentCatchesUp(document, expected))) {
      return { ok: false, reason: vscode.l10n.t('{0} changed while the annotation was being written; nothing was written. Try again.', file) };
    }
    return { ok: true, document, wasDirty: document.isDirty };
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

  /**
   * The article's fact file as the disk has it now (see chooseFactFilePath): its own name, or the
   * name earlier versions gave while that file names the article.
   */
  private async resolveFactFileUri(article: vscode.Uri): Promise<vscode.Uri> {
    const [own, ...earlier] = factFilePathsFor(article.path).map((path) => article.with({ path }));
    if (earlier.length === 0 || (await exists(own))) return own;
    const existing = new Map<string, string | undefined>();
    for (const uri of earlier) {
      // A link out of the workspace is not read, not even for the article it names.
      if (await this.links.refusal(uri)) continue;
      const read = await currentText(uri, workspacePath(uri));
      if (read.text !== undefined) existing.set(uri.path, await this.articleNamedIn(read.text, uri));
      else if (read.problem) existing.set(uri.path, undefined);
    }
    return article.with({ path: chooseFactFilePath(article.path, existing) });
  }

  /** The article a fact file's text names, even when the file does not parse. */
  private async articleNamedIn(text: string, uri: vscode.Uri): Promise<string | undefined> {
    return (await this.index.reader.parse(text, workspacePath(uri))).factFile?.article.file ?? articleFileNamedIn(text);
  }

  private markUnsaved(document: vscode.TextDocument): void {
    if (!document.isDirty || this.unsaved.has(document.uri.toString())) return;
    this.unsaved.set(document.uri.toString(), document.uri);
    this.unsavedChanged.fire(document.uri);
  }

  private settleUnsaved(uri: vscode.Uri): void {
    if (this.unsaved.delete(uri.toString())) this.unsavedChanged.fire(undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Adds to `edit` the replacement of the lines of `document` that differ from `text` (none when it is the same), so that undo and the cursor in an open editor behave. */
function replaceChangedLines(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, text: string): void {
  const current = document.getText();
  if (current === text) return;
  const { start, end, replacement } = minimalReplacement(current, text);
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), replacement);
}

function isBlank(text: string | undefined): boolean {
  return text !== undefined && text.trim() === '';
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

/** Waits until a file's date and size have stayed the same for `quietMs`; false when they still change after `timeoutMs`. */
async function untilUnchanged(uri: vscode.Uri, quietMs: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const dateAndSize = async () => {
    const found = await stamp(uri);
    return found ? `${found.mtime}:${found.size}` : 'missing';
  };
  let last = await dateAndSize();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, BLANK_RETRY_MS));
    const now = await dateAndSize();
    if (now !== last) [last, since] = [now, Date.now()];
  }
  return true;
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
