// The folders of a multi-root workspace as one workspace for the export: the paths of a workspace
// with several folders start with the folder's name, as the editor's workspace paths do. Plain
// TypeScript, so that the unit tests read it in Node.
import type { WorkspaceFiles } from '../../core/workspace/files';

export interface NamedFolder {
  readonly name: string;
  readonly files: WorkspaceFiles;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class FoldersAsOne implements WorkspaceFiles {
  constructor(private readonly folders: readonly NamedFolder[]) {}

  private get several(): boolean {
    return this.folders.length > 1;
  }

  async listFactFiles(): Promise<string[]> {
    const all: string[] = [];
    for (const { name, files } of this.folders) {
      for (const path of await files.listFactFiles()) all.push(this.several ? `${name}/${path}` : path);
    }
    return all.sort(compareText);
  }

  async readText(path: string): Promise<string | undefined> {
    if (!this.several) return this.folders[0]?.files.readText(path);
    const slash = path.indexOf('/');
    // Two folders of one name: the first is read, as the editor resolves workspace paths.
    const folder = slash > 0 ? this.folders.find((f) => f.name === path.slice(0, slash)) : undefined;
    return folder?.files.readText(path.slice(slash + 1));
  }
}
