// The few file operations the core needs from whoever hosts it: the CLI implements them with
// node:fs, the extension with vscode.workspace.fs. Paths are relative to the workspace root and
// use forward slashes.

export interface WorkspaceFiles {
  /** Every fact file (`*.facts.yaml`) under the root, sorted by path, skipping node_modules and dot folders. */
  listFactFiles(): Promise<string[]>;
  /**
   * The file's text, or undefined when it does not exist. Throws `RefusedFileError` for a file it
   * will not read: one that is not a regular file, one far too large, or one that leads outside
   * the workspace through a symbolic link.
   */
  readText(path: string): Promise<string | undefined>;
}

/** A file the host will not read, and why (`reason` reads after the file's name: "is a FIFO, not a file"). */
export class RefusedFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} ${reason}`);
    this.name = 'RefusedFileError';
  }
}

/** Where an export goes: one file written in chunks, or (brat) many files in a folder. */
export interface ExportOutput {
  /** Appends to the single output file. */
  write(chunk: string): Promise<void>;
  /**
   * Appends UTF-8 bytes to the single output file, resolving once it is done with `chunk` (whose
   * buffer the writer then fills again). Writers that encode their own text use it where the
   * output has it, and give the others the text.
   */
  writeBytes?(chunk: Uint8Array): Promise<void>;
  /** Writes one whole file, relative to the output folder (brat standoff). */
  writeFile(relativePath: string, content: string): Promise<void>;
}
