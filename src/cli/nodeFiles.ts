// The core's file interfaces over node:fs, for the command line. Outputs are written beside their
// destination under a temporary name and moved into place only when the export has succeeded, so
// a failed export never leaves half a file behind; an existing file is replaced only when asked,
// and a fact file, an article or a knowledge base never.
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { type BigIntStats, type Dirent, lstatSync, realpathSync, statSync, writeSync } from 'node:fs';
import { link, lstat, mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { decodeText, InvalidTextError } from '../core/text/articleText';
import { isFactFilePath, factFilePathsFor } from '../core/factFile/schema';
import { isSkippedFolder } from '../core/factFile/paths';
import { parseFactFile } from '../core/factFile/store';
import { type ExportOutput, RefusedFileError, type WorkspaceFiles } from '../core/workspace/files';
import { DEFAULT_KNOWLEDGE_BASE_FILE } from '../core/knowledgeBase/workspaceFile';
import { ARTICLE_LIMIT, FACT_FILE_LIMIT, type InputRead, KNOWLEDGE_BASE_LIMIT, kindOf, readInputFile, reasonOf } from './inputFiles';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `path` is `folder` or lies below it (both absolute and resolved). */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path (no symbolic links left in it), or undefined when there is nothing there. */
function realPathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'ELOOP') throw new Error('is a loop of symbolic links');
    throw error;
  }
}

/**
 * A workspace folder on disk. Paths are relative to it, with forward slashes. Nothing outside it is
 * read: a symbolic link (to a file, or to a folder on the way) is followed only when where it
 * leads is inside the workspace folder too; the listing does not go into linked folders at all.
 * Only regular files are read, and only up to a size (see ./inputFiles).
 */
export class NodeWorkspaceFiles implements WorkspaceFiles {
  readonly root: string;
  private realRootPath?: string;
  /** Real paths of the folders files were read from. */
  private readonly realFolders = new Map<string, string | undefined>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  private get realRoot(): string {
    this.realRootPath ??= realPathOf(this.root) ?? this.root;
    return this.realRootPath;
  }

  /**
   * The linked folders the last `listFactFiles` did not enter because they lead outside the
   * workspace, as paths relative to it: whatever fact files lie there are not read.
   */
  linkedFoldersOutside: string[] = [];

  async listFactFiles(): Promise<string[]> {
    const found: string[] = [];
    const linkedOutside: string[] = [];
    const walk = async (dir: string, prefix: string): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.isDirectory()) {
          // Linked folders are not entered (a link back up would never end): a Dirent of a link is not a directory.
          if (isSkippedFolder(entry.name)) continue;
          await walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        } else if (isFactFilePath(entry.name)) {
          // Links and special files too: reading them says what they are, rather than skip them unsaid.
          found.push(`${prefix}${entry.name}`);
        } else if (entry.isSymbolicLink() && !isSkippedFolder(entry.name) && this.leadsToFolderOutside(join(dir, entry.name))) {
          // Nor is a linked folder skipped unsaid when what it holds would have been read.
          linkedOutside.push(`${prefix}${entry.name}`);
        }
      }
    };
    await walk(this.root, '');
    this.linkedFoldersOutside = linkedOutside.sort(compareText);
    return found.sort(compareText);
  }

  /** Whether the link at `path` leads to a folder outside the root. */
  private leadsToFolderOutside(path: string): boolean {
    if (!statOrUndefined(path)?.isDirectory()) return false;
    let target: string | undefined;
    try {
      target = realPathOf(path);
    } catch {
      return false;
    }
    return target !== undefined && !isWithin(this.realRoot, target);
  }

  /** The real path of a folder inside the root, or undefined when it does not exist. */
  private realFolder(dir: string): string | undefined {
    if (!this.realFolders.has(dir)) this.realFolders.set(dir, realPathOf(dir));
    return this.realFolders.get(dir);
  }

  /** Why a folder whose real path is outside the root is: the first linked folder on the way to it. */
  private linkedFolderReason(dir: string): string {
    const segments = relative(this.root, dir).split(sep);
    for (let k = 1; k <= segments.length; k++) {
      const path = join(this.root, ...segments.slice(0, k));
      if (statOrUndefined(path, false)?.isSymbolicLink()) return `lies under ${segments.slice(0, k).join('/')}, a symbolic link that leads outside the workspace`;
    }
    return 'lies in a folder outside the workspace';
  }

  /**
   * The file's text, or undefined when it does not exist; throws `InvalidTextError` when it is not
   * UTF-8, and `RefusedFileError` for a path that leaves the root, a link that leads out of it, a
   * file that is not a regular file or is too large.
   */
  async readText(path: string): Promise<string | undefined> {
    const full = resolve(this.root, ...path.split('/'));
    if (full === this.root || !isWithin(this.root, full)) throw new RefusedFileError(path, 'is outside the workspace');
    const limit = isFactFilePath(path) ? FACT_FILE_LIMIT : path === DEFAULT_KNOWLEDGE_BASE_FILE ? KNOWLEDGE_BASE_LIMIT : ARTICLE_LIMIT;
    let read: InputRead;
    try {
      const folder = this.realFolder(dirname(full));
      if (folder === undefined) return undefined;
      if (!isWithin(this.realRoot, folder)) throw new RefusedFileError(path, this.linkedFolderReason(dirname(full)));
      // Synchronous on purpose: for the small files of a workspace it is several times faster than
      // fs/promises (one call instead of open, stat, read and close round trips), and the command
      // line has nothing else to do meanwhile.
      read = readInputFile(join(folder, basename(full)), limit, { followLinks: false });
      if (!read.ok && read.link) {
        const target = realPathOf(full);
        if (target === undefined) return undefined;
        if (!isWithin(this.realRoot, target)) throw new RefusedFileError(path, 'is a symbolic link that leads outside the workspace');
        read = readInputFile(target, limit, { followLinks: false });
      }
    } catch (error) {
      if (error instanceof RefusedFileError) throw error;
      // A loop of links is refused; anything else is a failure to read, said without the path.
      if (typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw new RefusedFileError(path, (error as Error).message);
      throw new Error(reasonOf(error));
    }
    if (!read.ok) {
      if (read.missing) return undefined;
      if (read.unreadable) throw new Error(read.reason.replace(/^cannot be read: /, ''));
      throw new RefusedFileError(path, read.reason);
    }
    const bytes = read.bytes;
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

function statOrUndefined(path: string, followLinks = true): BigIntStats | undefined {
  try {
    return followLinks ? statSync(path, { bigint: true }) : lstatSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

/**
 * The real path of `path` (absolute), links resolved as far as something exists: a file not created
 * yet is named by the real path of its folder, so that another spelling of the path does not get
 * past a check by name.
 */
function realPathAsFarAsItExists(path: string): string {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync.native(at), ...missing);
    } catch {
      if (dirname(at) === at) return path;
      missing.unshift(basename(at));
    }
  }
}

/**
 * Files an export must never replace: the workspace's fact files, articles and knowledge base. An
 * existing one is known by identity (device and inode), so that another spelling of the path, a
 * symbolic link or a case-insensitive file system does not get past; one that does not exist yet
 * (the workspace's knowledge base before its first entity) by its real path, so that the export
 * does not create it either. Any file named *.facts.yaml counts, and the article a fact file
 * beside it names.
 */
export class ProtectedFiles {
  private readonly byIdentity = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** Protects the file at `path`, there or not yet; `what` says what it is, for the message ("the article a.txt"). */
  add(path: string, what: string): void {
    const stats = statOrUndefined(path);
    if (stats?.isFile() && !this.byIdentity.has(identity(stats))) this.byIdentity.set(identity(stats), what);
    const real = realPathAsFarAsItExists(resolve(path));
    if (!this.byPath.has(real)) this.byPath.set(real, what);
  }

  /** What `path` is when it must not be written over ("the article a.txt"), or undefined when it may be. */
  reason(path: string): string | undefined {
    if (isFactFilePath(path)) return 'a fact file (*.facts.yaml)';
    const stats = statOrUndefined(path);
    return (stats && this.byIdentity.get(identity(stats))) ?? this.byPath.get(realPathAsFarAsItExists(resolve(path))) ?? annotatedBy(path);
  }
}

/**
 * When a file is the article of the fact file beside it (of another workspace, say), what it is:
 * "the article of a.facts.yaml", whether the article is there or missing. A fact file too broken
 * to read still names its article on a `file:` line.
 */
function annotatedBy(path: string): string | undefined {
  // Its own fact file, or one named the way earlier versions named them (see factFilePathsFor).
  for (const factFile of factFilePathsFor(path)) {
    const read = readInputFile(factFile, FACT_FILE_LIMIT);
    if (!read.ok) continue;
    const text = read.bytes.toString('utf8');
    const file = parseFactFile(text, factFile).factFile?.article.file ?? /^\s+file:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(text)?.[1];
    if (file === basename(path)) return `the article of ${factFile}`;
  }
  return undefined;
}

export interface OutputOptions {
  /** Replace an existing file (the CLI's --force). Without it, an existing file is an error. */
  overwrite?: boolean;
  /** Files never to replace, whatever `overwrite` says. */
  protect?: ProtectedFiles;
}

/** The error for a destination the export will not write: nothing was written. */
export class OutputRefusedError extends Error {}

/** The error for a destination that exists and may not be replaced. */
export class OutputExistsError extends OutputRefusedError {}

/** The error for an output that could not be written; its message names no temporary file. */
export class OutputFailedError extends Error {}

function refuse(protect: ProtectedFiles | undefined, path: string): void {
  const what = protect?.reason(path);
  if (what) throw new OutputExistsError(`refusing to write over ${path}: it is ${what}`);
}

/** What is at `path` itself (a link is not followed), or undefined when nothing is. */
async function lstatOrUndefined(path: string) {
  return lstat(path).catch(() => undefined);
}

/**
 * Refuses a destination that exists and is not a regular file: an export replaces only files,
 * never a link (nor where it leads), a device, a FIFO or a socket, whatever --force says.
 */
async function refuseSpecial(path: string, shown: string): Promise<void> {
  const existing = await lstatOrUndefined(path);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    throw new OutputRefusedError(`${shown} is ${kindOf(existing)}: an export replaces only a regular file; give another path`);
  }
}

/** Runs a file-system step on the output, turning its error into one that names no temporary path. */
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OutputRefusedError || error instanceof OutputFailedError) throw error;
    throw new OutputFailedError(`${what}: ${reasonOf(error)}`);
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

/** Output is written in pieces of about 256 KB: few system calls, little memory. */
const FLUSH_AT = 1 << 18;

/**
 * Moves the finished `temporary` file to `target`, never over an existing file unless `overwrite`
 * (and then only over a regular file): a hard link fails when the target exists, atomically;
 * where links are not supported, the target's absence is checked just before the rename.
 */
async function moveIntoPlace(temporary: string, target: string, destination: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await refuseSpecial(target, destination);
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
    if (await lstatOrUndefined(target)) throw exists();
    await rename(temporary, target);
    return;
  }
  await unlink(temporary);
}

/**
 * One output file, written in chunks to a temporary file and moved to `destination` on commit.
 * An existing file is replaced only with `overwrite`, and a protected one, or anything that is
 * not a regular file, never. Errors name `destination`, never the temporary file.
 */
export async function createFileOutput(destination: string, options: OutputOptions = {}): Promise<NodeExportOutput> {
  const target = resolve(destination);
  const overwrite = options.overwrite ?? false;
  refuse(options.protect, target);
  const existing = await lstatOrUndefined(target);
  if (existing?.isDirectory() || (existing?.isSymbolicLink() && (await stat(target).catch(() => undefined))?.isDirectory())) {
    throw new OutputExistsError(`${destination} is a folder; give the path of a file`);
  }
  await refuseSpecial(target, destination);
  if (existing && !overwrite) throw new OutputExistsError(`${destination} already exists; give --force to replace it`);
  await step(`cannot create the folder of ${destination}`, () => mkdir(dirname(target), { recursive: true }));
  const temporary = temporaryName(target);
  const handle: FileHandle = await step(`cannot write ${destination}`, () => open(temporary, 'wx'));
  let buffer = '';
  let closed = false;
  // Synchronous, like the reads: the export has nothing to do while a chunk is written.
  const writeAll = (bytes: Uint8Array) => {
    for (let written = 0; written < bytes.length; ) written += writeSync(handle.fd, bytes, written);
  };
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    writeAll(Buffer.from(chunk, 'utf8'));
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(chunk: string) {
      buffer += chunk;
      if (buffer.length >= FLUSH_AT) await step(`cannot write ${destination}`, flush);
    },
    async writeBytes(chunk: Uint8Array) {
      await step(`cannot write ${destination}`, async () => {
        await flush();
        writeAll(chunk);
      });
    },
    async writeFile(relativePath: string) {
      throw new Error(`this export writes one file, not ${relativePath}`);
    },
    async commit() {
      await step(`cannot write ${destination}`, async () => {
        await flush();
        await close();
      });
      // The export has read the workspace by now: check again, against everything it read.
      refuse(options.protect, target);
      await step(`cannot move the export into place at ${destination}`, () => moveIntoPlace(temporary, target, destination, overwrite));
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
  if (path === root || !isWithin(root, path)) throw new OutputFailedError(`refusing to write ${relativePath} outside the output folder`);
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
 * Refuses to move `file` (a path below the output folder `target`) into place when that would
 * replace something other than a regular file, or write through a linked folder to somewhere
 * else.
 */
async function refuseInFolder(target: string, file: string, destination: string): Promise<void> {
  const segments = file.split('/');
  for (let k = 1; k < segments.length; k++) {
    const folder = await lstatOrUndefined(join(target, ...segments.slice(0, k)));
    if (!folder) return;
    if (!folder.isDirectory()) {
      throw new OutputRefusedError(`${join(destination, ...segments.slice(0, k))} is ${folder.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}: the export writes only into folders of its own`);
    }
  }
  const shown = join(destination, ...segments);
  if ((await lstatOrUndefined(join(target, ...segments)))?.isDirectory()) throw new OutputRefusedError(`${shown} is a folder: the export would replace it with a file`);
  await refuseSpecial(join(target, ...segments), shown);
}

/**
 * A folder of output files (brat), staged in a temporary folder beside `destination`. On commit the
 * staged folder becomes `destination` when that does not exist yet; otherwise its files are moved
 * into it, replacing regular files of the same name and leaving other files there alone. A
 * protected file, a link, a device, a FIFO or a socket is never replaced: the commit then moves
 * nothing. Errors name `destination` and the file, never the staging folder.
 */
export async function createFolderOutput(destination: string, options: Pick<OutputOptions, 'protect'> = {}): Promise<NodeExportOutput> {
  const target = resolve(destination);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputRefusedError(`${destination} exists and is not a folder`);
  await step(`cannot create the folder of ${destination}`, () => mkdir(dirname(target), { recursive: true }));
  const staging = temporaryName(target);
  await step(`cannot create ${destination}`, () => mkdir(staging));
  return {
    async write() {
      throw new Error('this export writes a folder of files, not one file');
    },
    async writeFile(relativePath: string, content: string) {
      const path = inside(staging, relativePath);
      await step(`cannot write ${relativePath} in ${destination}`, async () => {
        await mkdir(dirname(path), { recursive: true });
        let handle: FileHandle;
        try {
          handle = await open(path, 'wx');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputFailedError(`the export wrote ${relativePath} in ${destination} twice`);
          throw error;
        }
        try {
          await handle.writeFile(content, 'utf8');
        } finally {
          await handle.close();
        }
      });
    },
    async commit() {
      if (!(await stat(target).catch(() => undefined))) {
        await step(`cannot move the export into place at ${destination}`, () => rename(staging, target));
        return;
      }
      const files = await step(`cannot read the staged export of ${destination}`, () => filesUnder(staging));
      for (const file of files) {
        refuse(options.protect, join(target, ...file.split('/')));
        await refuseInFolder(target, file, destination);
      }
      for (const file of files) {
        const to = join(target, ...file.split('/'));
        await step(`cannot move ${file} into ${destination}`, async () => {
          await mkdir(dirname(to), { recursive: true });
          await rename(join(staging, ...file.split('/')), to);
        });
      }
      await rm(staging, { recursive: true, force: true });
    },
    async abort() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
