// What the export reads and writes, through vscode.workspace.fs so that it works on any file
// system: the fact files and articles of every workspace folder, and the chosen output.
import * as vscode from 'vscode';
import { FACT_FILE_GLOB, FACT_FILE_SCAN_EXCLUDE } from '../../core/factFile/paths';
import { decodeText, InvalidTextError } from '../../core/text/articleText';
import type { ExportOutput, WorkspaceFiles } from '../../core/workspace/files';
import { WorkspaceLinks } from '../workspace/links';
import { FoldersAsOne } from './folders';
import { protectedReason, ProtectedTargetError } from './protectedTargets';

/** Every folder of the workspace, as one (see FoldersAsOne). */
export function workspaceFiles(): WorkspaceFiles {
  return new FoldersAsOne((vscode.workspace.workspaceFolders ?? []).map((folder) => ({ name: folder.name, files: new FolderFiles(folder) })));
}

/** The workspace folder's files through vscode.workspace.fs, so the export works on any file system. */
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
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
    // Strict UTF-8, as the command line reads: a damaged file is reported, not exported as garbage.
    const decoded = decodeText(bytes, path);
    if (!decoded.ok) throw new InvalidTextError(decoded.problem);
    return decoded.text;
  }
}

/** Collects the single-file formats' chunks and writes them once; writes brat's files one by one. */
export class UriOutput implements ExportOutput {
  private readonly chunks: string[] = [];
  /** What was written before the text in `chunks`, encoded. */
  private readonly encoded: Uint8Array[] = [];
  constructor(
    private readonly target: vscode.Uri,
    private readonly knowledgeBaseFiles: readonly vscode.Uri[] = [],
  ) {}

  async write(chunk: string): Promise<void> {
    this.chunks.push(chunk);
  }

  async writeBytes(chunk: Uint8Array): Promise<void> {
    this.encodeText();
    // A copy: the writer fills the chunk's buffer again.
    this.encoded.push(chunk.slice());
  }

  private encodeText(): void {
    if (this.chunks.length === 0) return;
    this.encoded.push(new TextEncoder().encode(this.chunks.join('')));
    this.chunks.length = 0;
  }

  async writeFile(relativePath: string, content: string): Promise<void> {
    const uri = vscode.Uri.joinPath(this.target, ...relativePath.split('/'));
    // A brat folder chosen inside the workspace could name an article's own path.
    const refusal = await protectedReason(uri, this.knowledgeBaseFiles);
    if (refusal) throw new ProtectedTargetError(refusal);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  }

  async finish(): Promise<void> {
    this.encodeText();
    if (this.encoded.length === 0) return;
    const bytes = this.encoded.length === 1 ? this.encoded[0] : concatenated(this.encoded);
    await vscode.workspace.fs.writeFile(this.target, bytes);
  }
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
