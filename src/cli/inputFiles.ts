// Reading an input file of the command line: only a regular file, and only up to a size. The type
// and size are checked on the opened file, before a byte is read, so that /dev/zero, a FIFO or a
// 2 GB file is refused with a message instead of hanging the command or exhausting its memory.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';

const MB = 1024 * 1024;

/** How large a kind of input may be, and what it is called in the message that refuses a larger one. */
export interface SizeLimit {
  bytes: number;
  what: string;
}

/** Articles (`recognize FILE`, the articles an export reads): some 600 times the longest news article. */
export const ARTICLE_LIMIT: SizeLimit = { bytes: 64 * MB, what: 'an article' };
/** Fact files: room for some 50,000 mentions, beyond any article's. */
export const FACT_FILE_LIMIT: SizeLimit = { bytes: 16 * MB, what: 'a fact file' };
/** Files an import reads (a peer tool's export, a --labels file): a large annotated corpus in one file. */
export const IMPORT_LIMIT: SizeLimit = { bytes: 256 * MB, what: 'a file to import' };
/** Knowledge-base files (`--kb`, the workspace's): a few hundred thousand entities. */
export const KNOWLEDGE_BASE_LIMIT: SizeLimit = { bytes: 64 * MB, what: 'a knowledge base' };

/**
 * The file's bytes; or why not: `missing` when there is no such file, `link` when it is a symbolic
 * link not followed, `unreadable` when reading failed (permission denied, an I/O error) rather
 * than being refused.
 */
export type InputRead = { ok: true; bytes: Buffer } | { ok: false; missing?: boolean; link?: boolean; unreadable?: boolean; reason: string };

/** "12.5 MB", "2.0 GB". */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * MB ? `${+(bytes / 1024 / MB).toFixed(1)} GB` : `${+(bytes / MB).toFixed(1)} MB`;
}

/** What a file that is not a regular file is, for a message ("a FIFO (named pipe)"). */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

/** A file-system error's reason, without the path Node puts in its message. */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && typeof e.syscall === 'string') return /^[A-Z0-9_]+: (.*?), /.exec(e.message)?.[1] ?? e.code;
  return e instanceof Error ? e.message : String(error);
}

/** Where the end of a file is looked for: one buffer for every read. */
const probe = Buffer.allocUnsafe(64 * 1024);

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** Opening a FIFO without it waits for a writer. */
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

function refusal(error: unknown): InputRead {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true, reason: 'does not exist' };
  if (code === 'ELOOP' || code === 'EMLINK') return { ok: false, link: true, reason: 'is a symbolic link' };
  if (code === 'ENXIO') return { ok: false, reason: 'is a socket, not a file' };
  if (code === 'EISDIR') return { ok: false, reason: 'is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, unreadable: true, reason: 'cannot be read: permission denied' };
  return { ok: false, unreadable: true, reason: `cannot be read: ${reasonOf(error)}` };
}

/**
 * The bytes of the regular file at `path`, at most `limit.bytes` of them. With `followLinks: false`, a
 * symbolic link is not opened: it comes back as `link`.
 */
export function readInputFile(path: string, limit: SizeLimit, options: { followLinks?: boolean } = {}): InputRead {
  const follow = options.followLinks ?? true;
  let fd: number;
  try {
    if (!follow && NO_FOLLOW === 0 && lstatSync(path).isSymbolicLink()) return { ok: false, link: true, reason: 'is a symbolic link' };
    fd = openSync(path, constants.O_RDONLY | NON_BLOCKING | (follow ? 0 : NO_FOLLOW));
  } catch (error) {
    return refusal(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: `is ${kindOf(stats)}, not a file` };
    const tooLarge = (size: number): InputRead => ({ ok: false, reason: `is ${formatSize(size)}, more than the ${formatSize(limit.bytes)} ${limit.what} may have` });
    if (stats.size > limit.bytes) return tooLarge(stats.size);
    const bytes = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    while (filled < stats.size) {
      const n = readSync(fd, bytes, filled, stats.size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    // On to the end, past the size fstat gave: a file may grow meanwhile, and some (in /proc) say
    // they are empty; but never past the limit.
    const parts = [bytes.subarray(0, filled)];
    let total = filled;
    for (;;) {
      const n = readSync(fd, probe, 0, probe.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit.bytes) return tooLarge(total);
      parts.push(Buffer.from(probe.subarray(0, n)));
    }
    return { ok: true, bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, total) };
  } catch (error) {
    return refusal(error);
  } finally {
    closeSync(fd);
  }
}
