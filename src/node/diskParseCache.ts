// The parse cache's entries as files in a folder of the user's (never the workspace's): the CLI's
// cache folder, or the extension's global storage. One file per entry under a folder named by the
// key's first two hex digits; written under a temporary name and renamed into place, so a reader
// never sees half an entry. `prune` deletes entries older than PRUNE_AFTER_DAYS that a scan did not use.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, stat, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ParseCacheStore } from '../core/factFile/parseCache';

export const PRUNE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The CLI's default cache folder: $XDG_CACHE_HOME/news-annotator, else ~/.cache/news-annotator. */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'news-annotator', 'parsed-fact-files');
}

export class DiskParseCache implements ParseCacheStore {
  constructor(readonly folder: string) {}

  sha256(text: string): string {
    return createHash('sha256').update(text, 'utf8').digest('hex');
  }

  private pathOf(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  async read(key: string): Promise<string | undefined> {
    // Synchronous on purpose: an entry is a few kilobytes, read far faster than through the round
    // trips of fs/promises; callers read a few at a time and yield between.
    try {
      return readFileSync(this.pathOf(key), 'utf8');
    } catch {
      return undefined;
    }
  }

  private readonly shards = new Set<string>();

  async write(key: string, value: string): Promise<void> {
    // Synchronous too, for the same reason as reading, and for memory: entries written through
    // fs/promises during a first scan of a large workspace left the process holding many times
    // their size in freed buffers.
    const path = this.pathOf(key);
    const shard = key.slice(0, 2);
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    for (let attempt = 0; ; attempt++) {
      if (!this.shards.has(shard)) {
        mkdirSync(join(this.folder, shard), { recursive: true });
        this.shards.add(shard);
      }
      try {
        writeFileSync(temporary, value, 'utf8');
        renameSync(temporary, path);
        return;
      } catch (error) {
        rmSync(temporary, { force: true });
        // The folder went away meanwhile (the cache was cleared): make it again, once.
        this.shards.delete(shard);
        if (attempt > 0 || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }

  /**
   * Deletes entries (and stray temporary files) written more than `days` ago, except those in
   * `inUse` (the keys a scan just read); returns how many went. An entry another workspace still
   * needs is only parsed again the next time that workspace is opened.
   */
  async prune(inUse: ReadonlySet<string>, days = PRUNE_AFTER_DAYS): Promise<number> {
    const before = Date.now() - days * DAY_MS;
    let removed = 0;
    let shards: string[];
    try {
      shards = await readdir(this.folder);
    } catch {
      return 0;
    }
    for (const shard of shards) {
      let names: string[];
      try {
        names = await readdir(join(this.folder, shard));
      } catch {
        continue;
      }
      for (const name of names) {
        if (name.endsWith('.json') && inUse.has(`${shard}${name.slice(0, -'.json'.length)}`)) continue;
        const path = join(this.folder, shard, name);
        try {
          if ((await stat(path)).mtimeMs < before) {
            await unlink(path);
            removed++;
          }
        } catch {
          // Gone already, or another process has it: leave it.
        }
      }
    }
    return removed;
  }
}
