// What the export reads and writes, on any file system: the fact files and articles of every
// workspace folder (see readBytes), and the chosen output (a single file on disk is written with
// Node's own file API, as the export goes).
import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE } from '../../core/factFile/paths';
import { decodeText, InvalidTextError } from '../../core/text/articleText';
import type { ExportOutput, WorkspaceFiles } from '../../core/workspace/files';
import { readBytes } from '../workspace/files';
import { WorkspaceLinks } from '../workspace/links';
import { FoldersAsOne } from './folders';
import { protectedReason, ProtectedTargetError } from './protectedTargets';

/** Every folder of the workspace, as one (see FoldersAsOne). */
export function workspaceFiles(): WorkspaceFiles {
  return new FoldersAsOne((vscode.workspace.workspaceFolders ?? []).map((folder) => ({ name: folder.name, files: new FolderFiles(folder) })));
}

/** The workspace folder's files, read on any file system. */
export class FolderFiles implements WorkspaceFiles {
  private readonly links = new WorkspaceLinks();
  constructor(private readonly folder: vscode.WorkspaceFolder) {}

  async listFactFiles(): Promise<string[]> {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, FACT_FILE_GLOB), FACT_FILE_SCAN_EXCLUDE);
    return uris.map((uri) => vscode.workspace.asRelativePath(uri, false)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async readText(path: string): Promise<string | undefined> {
    const uri = vscode.Uri.joinPath(this.folder.uri, ...path.split('/'));
    // A link out of the workspace (an article linked to a private file) is never exported.
    const refusal = await this.links.refusal(uri);
    if (refusal) throw new Error(refusal);
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(uri);
    } catch {
      return undefined;
    }
    // Strict UTF-8, as the command line reads: a damaged file is reported, not exported as garbage.
    const decoded = decodeText(bytes, path);
    if (!decoded.ok) throw new InvalidTextError(decoded.problem);
    return decoded.text;
  }
}

/**
 * The chosen output. A single file on disk is written as the export goes, to a temporary file
 * beside it that replaces the target only when the export has finished, so that a large export
 * is never held in memory and a failed one leaves the target as it was; on another file system
 * the chunks are collected and written once. brat's files are written one by one.
 */
export class UriOutput implements ExportOutput {
  private readonly chunks: string[] = [];
  private chunksLength = 0;
  /** What was written before the text in `chunks`, encoded (when not streamed to disk). */
  private readonly encoded: Uint8Array[] = [];
  private partial: { path: string; handle: FileHandle } | undefined;
  constructor(
    private readonly target: vscode.Uri,
    private readonly knowledgeBaseFiles: readonly vscode.Uri[] = [],
  ) {}

  async write(chunk: string): Promise<void> {
    this.chunks.push(chunk);
    this.chunksLength += chunk.length;
    if (this.target.scheme === 'file' && this.chunksLength >= FLUSH_AT) await this.encodeText();
  }

  async writeBytes(chunk: Uint8Array): Promise<void> {
    await this.encodeText();
    await this.append(chunk, true);
  }

  private async encodeText(): Promise<void> {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks.length = 0;
    this.chunksLength = 0;
    await this.append(new TextEncoder().encode(text), false);
  }

  /** Appends bytes; `borrowed` bytes are the writer's buffer, filled again once this resolves. */
  private async append(bytes: Uint8Array, borrowed: boolean): Promise<void> {
    if (this.target.scheme !== 'file') {
      this.encoded.push(borrowed ? bytes.slice() : bytes);
      return;
    }
    this.partial ??= await openPartial(this.target.fsPath);
    for (let written = 0; written < bytes.length; ) written += (await this.partial.handle.write(bytes, written)).bytesWritten;
  }

  async writeFile(relativePath: string, content: string): Promise<void> {
    const uri = vscode.Uri.joinPath(this.target, ...relativePath.split('/'));
    // A brat folder chosen inside the workspace could name an article's own path.
    const refusal = await protectedReason(uri, this.knowledgeBaseFiles);
    if (refusal) throw new ProtectedTargetError(refusal);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  }

  /** Puts the single file in place, when the export wrote one. */
  async finish(): Promise<void> {
    await this.encodeText();
    if (this.partial) {
      // Forgotten only once in place: an export that fails here is aborted, which removes it.
      const { path, handle } = this.partial;
      await handle.close();
      await rename(path, this.target.fsPath);
      this.partial = undefined;
      return;
    }
    if (this.encoded.length === 0) return;
    const bytes = this.encoded.length === 1 ? this.encoded[0] : concatenated(this.encoded);
    await vscode.workspace.fs.writeFile(this.target, bytes);
  }

  /** Forgets what was written: the target stays as it was. */
  async abort(): Promise<void> {
    this.chunks.length = 0;
    this.encoded.length = 0;
    const partial = this.partial;
    this.partial = undefined;
    if (!partial) return;
    await partial.handle.close().catch(() => undefined);
    await rm(partial.path, { force: true });
  }
}

/** Text is encoded and written once this much of it has been collected. */
const FLUSH_AT = 1 << 20;

/** A new file beside `target`, hidden, that no other export or process has open. */
async function openPartial(target: string): Promise<{ path: string; handle: FileHandle }> {
  const path = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);
  await mkdir(dirname(target), { recursive: true });
  return { path, handle: await open(path, 'wx') };
}

function concatenated(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
