import { readFile, stat as statOnDisk } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { Problem } from '../../core/problems';
import { decodeText, stripByteOrderMark } from '../../core/text/articleText';

/**
 * A file's bytes. Files on the extension host's own disk (file: URIs) are read with Node's file API:
 * in a remote window each vscode.workspace.fs read is a round trip to the window (45–80 ms measured
 * there, under 1 ms with Node's), which every annotation and a scan of thousands of fact files
 * would wait on. Other file systems go through vscode.workspace.fs. Errors are VS Code's either way.
 */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  try {
    return await readFile(uri.fsPath);
  } catch (error) {
    throw asFileSystemError(error, uri);
  }
}

/** A file's date of last change and size, or undefined when there is no such file. */
export async function stamp(uri: vscode.Uri): Promise<{ mtime: number; size: number } | undefined> {
  try {
    if (uri.scheme !== 'file') return await vscode.workspace.fs.stat(uri);
    const found = await statOnDisk(uri.fsPath);
    return { mtime: found.mtimeMs, size: found.size };
  } catch {
    return undefined;
  }
}

/** Node's error as vscode.workspace.fs would have thrown it, for the codes the readers tell apart. */
function asFileSystemError(error: unknown, uri: vscode.Uri): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return vscode.FileSystemError.FileNotFound(uri);
    case 'EISDIR':
      return vscode.FileSystemError.FileIsADirectory(uri);
    case 'EACCES':
    case 'EPERM':
      return vscode.FileSystemError.NoPermissions(uri);
    default:
      return error;
  }
}

/** A file's text, or undefined when there is no such file. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await readBytes(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** What reading a file gave: its text, nothing (no such file), or why it could not be read. */
export type FileText = { text: string; problem?: undefined } | { text?: undefined; problem?: undefined } | { text?: undefined; problem: Problem };

/**
 * A file's text, decoded as strictly as the export decodes it: a file that is not UTF-8 is a
 * problem naming the byte offset of the first bad byte, never text with replacement characters
 * (which a write would then save). A folder, a file without read permission or any other failure
 * is a problem naming the file too; only a missing file gives no text and no problem. A leading
 * byte-order mark is dropped, as editors drop it from a document's text.
 */
export async function readTextStrictly(uri: vscode.Uri, name: string): Promise<FileText> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return {};
    return { problem: fileProblem(name, unreadableReason(error)) };
  }
  const decoded = decodeText(bytes, name);
  return decoded.ok ? { text: stripByteOrderMark(decoded.text) } : { problem: decoded.problem };
}

/**
 * A file's text as it stands now: an editor's unsaved text, else the file's. A document without
 * unsaved edits is not read: VS Code keeps documents a while after their editors close, and one
 * whose file was deleted still holds the old text, which is neither on disk nor unsaved.
 */
export async function currentText(uri: vscode.Uri, name: string): Promise<FileText> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return { text: open.getText() };
  return readTextStrictly(uri, name);
}

function unreadableReason(error: unknown): string {
  if (error instanceof vscode.FileSystemError) {
    if (error.code === 'FileIsADirectory') return vscode.l10n.t('it is a folder, not a file');
    if (error.code === 'NoPermissions') return vscode.l10n.t('it cannot be read: permission denied');
  }
  return vscode.l10n.t('it cannot be read: {0}', error instanceof Error ? error.message : String(error));
}

/** Whether anything is at `uri`. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  return (await stamp(uri)) !== undefined;
}

/** A problem with a whole file, shown at its first line. */
export function fileProblem(name: string, message: string): Problem {
  return { file: name, line: 1, column: 1, field: '', message, severity: 'error' };
}
