// The core's file interfaces over node:fs, for the command line. Outputs are written beside their
// destination under a temporary name and moved into place only when the export has succeeded, so
// a failed export never leaves half a file behind.
import { randomBytes } from 'node:crypto';
import { type Dirent } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isSidecarPath } from '../core/sidecar/schema';
import type { ExportOutput, WorkspaceFiles } from '../core/workspace/files';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A workspace folder on disk. Paths are relative to it, with forward slashes. */
export class NodeWorkspaceFiles implements WorkspaceFiles {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async listSidecars(): Promise<string[]> {
    const found: string[] = [];
    const walk = async (dir: string, prefix: string): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.isDirectory()) {
          // Symbolic links are not followed: a link back up would never end.
          if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
          await walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        } else if (entry.isFile() && isSidecarPath(entry.name)) {
          found.push(`${prefix}${entry.name}`);
        }
      }
    };
    await walk(this.root, '');
    return found.sort(compareText);
  }

  async readText(path: string): Promise<string | undefined> {
    try {
      return await readFile(join(this.root, ...path.split('/')), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw error;
    }
  }
}

/** An export destination: `commit` moves the finished output into place, `abort` removes it. */
export interface NodeExportOutput extends ExportOutput {
  commit(): Promise<void>;
  abort(): Promise<void>;
}

function temporaryName(destination: string): string {
  return join(dirname(destination), `.${basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
}

const FLUSH_AT = 1 << 16;

/** One output file, written in chunks to a temporary file and renamed over `destination` on commit. */
export async function createFileOutput(destination: string): Promise<NodeExportOutput> {
  const target = resolve(destination);
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryName(target);
  const handle: FileHandle = await open(temporary, 'wx');
  let buffer = '';
  let closed = false;
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    await handle.write(chunk, null, 'utf8');
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(chunk: string) {
      buffer += chunk;
      if (buffer.length >= FLUSH_AT) await flush();
    },
    async writeFile(relativePath: string) {
      throw new Error(`this export writes one file, not ${relativePath}`);
    },
    async commit() {
      await flush();
      await close();
      await rename(temporary, target);
    },
    async abort() {
      await close().catch(() => {});
      await rm(temporary, { force: true });
    },
  };
}

/** The path below `root` that a relative output path names; refuses paths that leave it. */
function inside(root: string, relativePath: string): string {
  const path = resolve(root, ...relativePath.split('/'));
  const rel = relative(root, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new Error(`refusing to write ${relativePath} outside the output folder`);
  }
  return path;
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)));
    else out.push(`${prefix}${entry.name}`);
  }
  return out;
}

/**
 * A folder of output files (brat), staged in a temporary folder beside `destination`. On commit the
 * staged folder becomes `destination` when that does not exist yet; otherwise its files are moved
 * into it, replacing files of the same name and leaving other files there alone.
 */
export async function createFolderOutput(destination: string): Promise<NodeExportOutput> {
  const target = resolve(destination);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new Error(`${destination} exists and is not a folder`);
  await mkdir(dirname(target), { recursive: true });
  const staging = temporaryName(target);
  await mkdir(staging);
  return {
    async write() {
      throw new Error('this export writes a folder of files, not one file');
    },
    async writeFile(relativePath: string, content: string) {
      const path = inside(staging, relativePath);
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(content, 'utf8');
      } finally {
        await handle.close();
      }
    },
    async commit() {
      if (!(await stat(target).catch(() => undefined))) {
        await rename(staging, target);
        return;
      }
      for (const file of await filesUnder(staging)) {
        const to = join(target, ...file.split('/'));
        await mkdir(dirname(to), { recursive: true });
        await rename(join(staging, ...file.split('/')), to);
      }
      await rm(staging, { recursive: true, force: true });
    },
    async abort() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
