// The few file operations the core needs from whoever hosts it: the CLI implements them with
// node:fs, the extension with vscode.workspace.fs. Paths are relative to the workspace root and
// use forward slashes.

export interface WorkspaceFiles {
  /** Every sidecar (`*.facts.yaml`) under the root, sorted by path, skipping node_modules and dot folders. */
  listSidecars(): Promise<string[]>;
  /** The file's text, or undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
}

/** Where an export goes: one file written in chunks, or (brat) many files in a folder. */
export interface ExportOutput {
  /** Appends to the single output file. */
  write(chunk: string): Promise<void>;
  /** Writes one whole file, relative to the output folder (brat standoff). */
  writeFile(relativePath: string, content: string): Promise<void>;
}
