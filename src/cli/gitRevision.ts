// A workspace as it was at a git revision, read with git itself: `git ls-tree` lists the files of
// the workspace's folder at that commit, `git cat-file --batch` reads them. Git runs as a child process with
// its arguments given one by one, never through a shell; the revision is checked to name a commit
// before anything else is asked. Only the files under the workspace's folder in that commit are read.
import { isUtf8 } from 'node:buffer';
import { type ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { isFactFilePath } from '../core/factFile/schema';
import { isWorkspaceFactFilePath } from '../core/factFile/paths';
import { DEFAULT_KNOWLEDGE_BASE_FILE } from '../core/knowledgeBase/workspaceFile';
import { decodeText, InvalidTextError } from '../core/text/articleText';
import { RefusedFileError, type WorkspaceFiles } from '../core/workspace/files';
import { ARTICLE_LIMIT, FACT_FILE_LIMIT, formatSize, KNOWLEDGE_BASE_LIMIT } from './inputFiles';

/** Git could not be run, or refused what it was asked; the message says which, in words. */
export class GitError extends Error {}

/** Git's output for `args`, run in `folder`; throws `GitError` with git's own message when it fails. */
function git(folder: string, args: readonly string[], maxBuffer = 64 * 1024 * 1024): Buffer {
  try {
    return execFileSync('git', ['-C', folder, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new GitError('git is not installed, or not on the PATH');
    const said = e.stderr?.toString('utf8').trim().split('\n')[0];
    throw new GitError(said || e.message);
  }
}

/** The repository that holds `folder`, and the folder's path inside it (`seeds/`, or empty at the top). */
export function repositoryOf(folder: string): { root: string; prefix: string } {
  let root: string;
  try {
    root = git(folder, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch (error) {
    throw new GitError(`${folder} is not in a git repository (${(error as Error).message})`);
  }
  const prefix = git(folder, ['rev-parse', '--show-prefix']).toString('utf8').trim();
  return { root, prefix };
}

/** The commit `revision` names in the repository; throws `GitError` when it names none. */
export function resolveCommit(root: string, revision: string): string {
  const notARevision = () => new GitError(`${revision} is not a revision of the repository at ${root} (a branch, tag or commit, such as main or HEAD~1)`);
  // An argument that starts with a dash would be read by git as an option.
  if (revision === '' || revision.startsWith('-')) throw notARevision();
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).toString('utf8').trim();
  } catch {
    throw notARevision();
  }
}

/** An object asked of `git cat-file --batch`, waiting for its answer. */
interface Request {
  object: string;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Reads objects through one `git cat-file --batch` instead of one git per file: each object id is
 * written on its stdin, and git answers in the same order with `<id> <type> <size>`, a line end,
 * the bytes and a line end.
 */
class BatchReader {
  private child?: ChildProcessByStdio<Writable, Readable, null>;
  private readonly waiting: Request[] = [];
  /** The part of a header line read so far. */
  private header = Buffer.alloc(0);
  /** The object being read: its bytes, and how many have come (its final line end included). */
  private body?: { bytes: Buffer; filled: number };

  constructor(private readonly root: string) {}

  read(object: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = this.started();
      this.waiting.push({ object, resolve, reject });
      child.stdin.write(`${object}\n`);
    });
  }

  /** Ends git's input: it exits once it has answered. */
  close(): void {
    this.child?.stdin.end();
  }

  private started(): ChildProcessByStdio<Writable, Readable, null> {
    if (this.child) return this.child;
    const child = spawn('git', ['-C', this.root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    child.stdout.on('data', (chunk: Buffer) => this.take(chunk));
    const failAll = (error: Error) => {
      for (const request of this.waiting.splice(0)) request.reject(error);
    };
    child.on('error', (error: NodeJS.ErrnoException) => failAll(error.code === 'ENOENT' ? new GitError('git is not installed, or not on the PATH') : error));
    child.on('close', () => failAll(new GitError('git cat-file stopped before it answered')));
    child.stdin.on('error', () => {});
    this.child = child;
    return child;
  }

  private take(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.body) {
        const { bytes } = this.body;
        const n = Math.min(bytes.length + 1 - this.body.filled, chunk.length - at);
        // The object's bytes, then the line end git puts after them.
        chunk.copy(bytes, this.body.filled, at, at + Math.min(n, bytes.length - this.body.filled));
        this.body.filled += n;
        at += n;
        if (this.body.filled === bytes.length + 1) {
          this.body = undefined;
          this.waiting.shift()?.resolve(bytes);
        }
        continue;
      }
      const end = chunk.indexOf(0x0a, at);
      if (end < 0) {
        this.header = Buffer.concat([this.header, chunk.subarray(at)]);
        return;
      }
      const line = Buffer.concat([this.header, chunk.subarray(at, end)]).toString('utf8');
      this.header = Buffer.alloc(0);
      at = end + 1;
      const [, type, size] = line.split(' ');
      if (type === 'missing' || size === undefined) {
        const request = this.waiting.shift();
        request?.reject(new GitError(`git has no object ${request.object}`));
      } else this.body = { bytes: Buffer.allocUnsafe(Number(size)), filled: 0 };
    }
  }
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
}

/** The workspace's files at one commit, for the core's readers. Paths are relative to the workspace folder. */
export class GitRevisionFiles implements WorkspaceFiles {
  private readonly entries = new Map<string, TreeEntry>();
  private readonly objects: BatchReader;

  /**
   * Lists the files under `prefix` at `commit` (a full object id, from `resolveCommit`); throws
   * `GitError` when the folder is not in that commit.
   */
  constructor(
    private readonly root: string,
    commit: string,
    prefix: string,
    private readonly label: string,
  ) {
    this.objects = new BatchReader(root);
    let listing: string;
    try {
      listing = git(root, ['ls-tree', '-r', '-l', '-z', `${commit}:${prefix}`], 1024 * 1024 * 1024).toString('utf8');
    } catch {
      throw new GitError(`${prefix === '' ? 'the workspace' : prefix} is not in ${label}`);
    }
    for (const line of listing.split('\0')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const [mode, type, object, size] = line.slice(0, tab).split(/ +/);
      this.entries.set(line.slice(tab + 1), { mode, type, object, size: Number(size) });
    }
  }

  /** Lets the git that reads the files end; call it when done reading. */
  close(): void {
    this.objects.close();
  }

  async listFactFiles(): Promise<string[]> {
    return [...this.entries.keys()].filter(isWorkspaceFactFilePath).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async readText(path: string): Promise<string | undefined> {
    const entry = this.entries.get(path);
    if (entry === undefined) return undefined;
    if (entry.mode === '120000') throw new RefusedFileError(path, `is a symbolic link in ${this.label}; it is not read`);
    if (entry.type !== 'blob') throw new RefusedFileError(path, `is ${entry.type === 'commit' ? 'a submodule' : 'not a file'} in ${this.label}`);
    const limit = isFactFilePath(path) ? FACT_FILE_LIMIT : path === DEFAULT_KNOWLEDGE_BASE_FILE ? KNOWLEDGE_BASE_LIMIT : ARTICLE_LIMIT;
    if (entry.size > limit.bytes) throw new RefusedFileError(path, `is ${formatSize(entry.size)}, more than the ${formatSize(limit.bytes)} ${limit.what} may have`);
    const bytes = await this.objects.read(entry.object);
    if (isUtf8(bytes)) return bytes.toString('utf8');
    const decoded = decodeText(bytes, path);
    if (!decoded.ok) throw new InvalidTextError(decoded.problem);
    return decoded.text;
  }
}
