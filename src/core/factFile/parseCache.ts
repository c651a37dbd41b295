// Reading a fact file through a YAML parser and validating it is most of the time a large workspace
// takes to open (see the workspace benchmark). What it gives is a pure function of the file's
// bytes, so it is kept in a cache keyed by a SHA-256 of those bytes (and of the schema that read
// them): an unchanged file is parsed once, ever, and read back as JSON, far faster. A changed file
// has another key, so a stale entry is never used. A file laid out as the writer lays it out is
// read by its own reader (layoutReader.ts) about as fast as hashing it and reading its entry would
// be, and writing 10,000 entries cost a first opening more than all its parsing: such files are
// neither looked up nor kept. Only valid fact files are kept; an invalid one is parsed every time,
// so its problems stay exact.
import { z } from 'zod';
import { sha256Hex } from '../text/sha256';
import { readFactFileAsWritten } from './layoutReader';
import { FactFile, FACT_FILE_SCHEMA } from './schema';
import { type ParsedFactFile, parseFactFile } from './store';

/** Where the cache's entries live: a folder on disk for the CLI and the extension, or nothing. */
export interface ParseCacheStore {
  /** The entry stored under `key`, or undefined. */
  read(key: string): Promise<string | undefined>;
  write(key: string, value: string): Promise<void>;
  /** SHA-256 of a text as hex, when the platform has a synchronous one (much faster for many small files). */
  sha256?(text: string): string;
}

/**
 * Bumped when the parse gives another result for the same bytes in a way the schema below does not
 * show (a change to the `yaml` options, say): entries of the old version are then never read.
 */
const CACHE_FORMAT = 1;

/** `schemaFingerprint()`, computed once: it depends on the code alone. */
let fingerprint: string | undefined;
/** The schema the entries were validated with, as text: a changed schema gives new keys. */
function schemaFingerprint(): string {
  fingerprint ??= `${CACHE_FORMAT}|${FACT_FILE_SCHEMA}|${JSON.stringify(z.toJSONSchema(FactFile, { io: 'output', unrepresentable: 'any' }))}`;
  return fingerprint;
}

export interface ReadFactFile extends ParsedFactFile {
  /** True when the result came from the cache rather than the parser. */
  fromCache: boolean;
  /** The cache's key for the text, when there is a cache. */
  key?: string;
}

/** Parses fact files, through the cache when there is one. */
export class FactFileReader {
  /** The schema fingerprint, hashed once: it starts every key. */
  private schemaHash?: string;

  constructor(private readonly store?: ParseCacheStore) {}

  private async keyOf(text: string): Promise<string> {
    const sha256 = this.store?.sha256 ? (t: string) => this.store!.sha256!(t) : sha256Hex;
    this.schemaHash ??= await sha256(schemaFingerprint());
    return sha256(`${this.schemaHash}\0${text}`);
  }

  async parse(text: string, file: string): Promise<ReadFactFile> {
    const written = readFactFileAsWritten(text);
    if (written) return { factFile: written, problems: [], fromCache: false };
    if (!this.store) return { ...parseFactFile(text, file, { layoutReader: false }), fromCache: false };
    const key = await this.keyOf(text);
    const hit = await this.lookUp(key);
    if (hit) return { factFile: hit, problems: [], fromCache: true, key };
    const parsed = parseFactFile(text, file, { layoutReader: false });
    // Not waited for: the caller has its answer, and an entry is only ever read once it is whole.
    if (parsed.factFile) this.track(this.keep(key, parsed.factFile));
    return { ...parsed, fromCache: false, key };
  }

  /** Records what a text just written parses to, so that reading it back costs nothing (the writer's layout costs little already). */
  async remember(text: string, factFile: FactFile): Promise<void> {
    if (this.store && !readFactFileAsWritten(text)) await this.keep(await this.keyOf(text), factFile);
  }

  private readonly writing = new Set<Promise<void>>();
  private track(write: Promise<void>): void {
    this.writing.add(write);
    void write.finally(() => this.writing.delete(write));
  }

  /** Waits for the entries being written. */
  async flush(): Promise<void> {
    await Promise.all([...this.writing]);
  }

  private async lookUp(key: string): Promise<FactFile | undefined> {
    let stored: string | undefined;
    try {
      stored = await this.store!.read(key);
    } catch {
      return undefined;
    }
    if (stored === undefined) return undefined;
    try {
      const value = JSON.parse(stored) as FactFile;
      // A damaged entry (a full disk, a half-written file) is a miss, never a wrong answer.
      return value && typeof value === 'object' && value.schema === FACT_FILE_SCHEMA ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private async keep(key: string, factFile: FactFile): Promise<void> {
    try {
      await this.store!.write(key, JSON.stringify(factFile));
    } catch {
      // A cache that cannot be written only costs the next reader a parse.
    }
  }
}
