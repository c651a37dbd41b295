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
  constructor(
    private readonly target: vscode.Uri,
    private readonly knowledgeBaseFiles: readonly vscode.Uri[] = [],
  ) {}

  async write(chunk: string): Promise<void> {
    this.chunks.push(chunk);
  }

  async writeFile(relativePath: string, content: string): Promise<void> {
    const uri = vscode.Uri.joinPath(this.target, ...relativePath.split('/'));
    // A brat folder chosen inside the workspace could name an article's own path.
    const refusal = await protectedReason(uri, this.knowledgeBaseFiles);
    if (refusal) throw new ProtectedTargetError(refusal);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  }

  async finish(): Promise<void> {
    if (this.chunks.length > 0) await vscode.workspace.fs.writeFile(this.target, new TextEncoder().encode(this.chunks.join('')));
  }
}
