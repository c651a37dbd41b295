// The core's file interfaces over node:fs, for the command line. Outputs are written beside their
// destination under a temporary name and moved into place only when the export has succeeded, so
// a failed export never leaves half a file behind; an existing file is replaced only when asked,
// and a sidecar, an article or a knowledge base never.
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { type BigIntStats, type Dirent, readFileSync, statSync, writeSync } from 'node:fs';
import { link, mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { decodeText, InvalidTextError } from '../core/text/articleText';
import { isSidecarPath, sidecarPathsFor } from '../core/sidecar/schema';
import { parseSidecar } from '../core/sidecar/store';
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

  /** The file's text; throws `InvalidTextError` when it is not UTF-8, and for a path that leaves the root. */
  async readText(path: string): Promise<string | undefined> {
    const full = resolve(this.root, ...path.split('/'));
    const rel = relative(this.root, full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new Error(`${path} is outside the workspace`);
    let bytes: Buffer;
    try {
      // Synchronous on purpose: for the small files of a workspace it is several times faster than
      // fs/promises (one call instead of open, stat, read and close round trips), and the command
      // line has nothing else to do meanwhile.
      bytes = readFileSync(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw error;
    }
    // Node's own check and decoder are several times faster than a fatal TextDecoder; they agree on
    // valid UTF-8 (the byte-order mark kept), and decodeText says where invalid bytes are.
    if (isUtf8(bytes)) return bytes.toString('utf8');
    const decoded = decodeText(bytes, path);
    if (!decoded.ok) throw new InvalidTextError(decoded.problem);
    return decoded.text;
  }
}

function identity(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}`;
}

function statOrUndefined(path: string): BigIntStats | undefined {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

/**
 * Files an export must never replace: the workspace's sidecars, articles and knowledge base. They
 * are known by identity (device and inode), so that another spelling of the path, a symbolic
 * link or a case-insensitive file system does not get past; any file named *.facts.yaml counts.
 */
export class ProtectedFiles {
  private readonly byIdentity = new Map<string, string>();

  /** Protects an existing file; `what` says what it is, for the message ("the article a.txt"). */
  add(path: string, what: string): void {
    const stats = statOrUndefined(path);
    if (stats?.isFile() && !this.byIdentity.has(identity(stats))) this.byIdentity.set(identity(stats), what);
  }

  /** What `path` is when it must not be written over ("the article a.txt"), or undefined when it may be. */
  reason(path: string): string | undefined {
    if (isSidecarPath(path)) return 'a sidecar (*.facts.yaml)';
    const stats = statOrUndefined(path);
    if (!stats) return undefined;
    return this.byIdentity.get(identity(stats)) ?? annotatedBy(path);
  }
}

/**
 * When an existing file is the article of the sidecar beside it (of another workspace, say), what
 * it is: "the article of a.facts.yaml". A sidecar too broken to read still names its article on
 * a `file:` line.
 */
function annotatedBy(path: string): string | undefined {
  // Its own fact file, or one named the way earlier versions named them (see sidecarPathsFor).
  for (const sidecar of sidecarPathsFor(path)) {
    let text: string;
    try {
      text = readFileSync(sidecar, 'utf8');
    } catch {
      continue;
    }
    const file = parseSidecar(text, sidecar).sidecar?.article.file ?? /^\s+file:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(text)?.[1];
    if (file === basename(path)) return `the article of ${sidecar}`;
  }
  return undefined;
}

export interface OutputOptions {
  /** Replace an existing file (the CLI's --force). Without it, an existing file is an error. */
  overwrite?: boolean;
  /** Files never to replace, whatever `overwrite` says. */
  protect?: ProtectedFiles;
}

/** The error for a destination that exists and may not be replaced. */
export class OutputExistsError extends Error {}

function refuse(protect: ProtectedFiles | undefined, path: string): void {
  const what = protect?.reason(path);
  if (what) throw new OutputExistsError(`refusing to write over ${path}: it is ${what}`);
}

/** An export destination: `commit` moves the finished output into place, `abort` removes it. */
export interface NodeExportOutput extends ExportOutput {
  commit(): Promise<void>;
  abort(): Promise<void>;
}

function temporaryName(destination: string): string {
  return join(dirname(destination), `.${basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
}

/** Output is written in pieces of about 256 KB: few system calls, little memory. */
const FLUSH_AT = 1 << 18;

/**
 * Moves the finished `temporary` file to `target`, never over an existing file unless `overwrite`:
 * a hard link fails when the target exists, atomically; where links are not supported, the
 * target's absence is checked just before the rename.
 */
async function moveIntoPlace(temporary: string, target: string, destination: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(temporary, target);
    return;
  }
  const exists = () => new OutputExistsError(`${destination} already exists; give --force to replace it`);
  try {
    await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists();
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EMLINK' && code !== 'EOPNOTSUPP') throw error;
    if (await stat(target).catch(() => undefined)) throw exists();
    await rename(temporary, target);
    return;
  }
  await unlink(temporary);
}

/**
 * One output file, written in chunks to a temporary file and moved to `destination` on commit.
 * An existing file is replaced only with `overwrite`, and a protected one never.
 */
export async function createFileOutput(destination: string, options: OutputOptions = {}): Promise<NodeExportOutput> {
  const target = resolve(destination);
  const overwrite = options.overwrite ?? false;
  refuse(options.protect, target);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputExistsError(`${destination} is a folder; give the path of a file`);
  if (existing && !overwrite) throw new OutputExistsError(`${destination} already exists; give --force to replace it`);
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryName(target);
  const handle: FileHandle = await open(temporary, 'wx');
  let buffer = '';
  let closed = false;
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    // Synchronous, like the reads: the export has nothing to do while a chunk is written.
    const bytes = Buffer.from(chunk, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(handle.fd, bytes, written);
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
      // The export has read the workspace by now: check again, against everything it read.
      refuse(options.protect, target);
      await moveIntoPlace(temporary, target, destination, overwrite);
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
 * into it, replacing files of the same name and leaving other files there alone. A protected file
 * is never replaced: the commit then moves nothing.
 */
export async function createFolderOutput(destination: string, options: Pick<OutputOptions, 'protect'> = {}): Promise<NodeExportOutput> {
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
      const files = await filesUnder(staging);
      for (const file of files) refuse(options.protect, join(target, ...file.split('/')));
      for (const file of files) {
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
