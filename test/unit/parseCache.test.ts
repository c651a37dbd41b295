import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFactFileAsWritten } from '../../src/core/factFile/layoutReader';
import { type ParseCacheStore, FactFileReader } from '../../src/core/factFile/parseCache';
import { parseFactFile } from '../../src/core/factFile/store';
import { DiskParseCache } from '../../src/node/diskParseCache';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const HOSTILE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'hostile', 'fact-files');

function seedFactFiles(): { file: string; text: string }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.facts.yaml'))
    .map((file) => ({ file: `seeds/${file}`, text: readFileSync(join(SEEDS, file), 'utf8') }));
}

/** The seeds' fact files edited by hand (a comment the writer does not write): parsed by a YAML parser, and cached. */
function handEditedFactFiles(): { file: string; text: string }[] {
  return seedFactFiles().map(({ file, text }) => ({ file, text: text.replace(/\nmentions:/, '\n# checked by hand\nmentions:') }));
}

/** A store in memory that counts what it is asked. */
class MemoryStore implements ParseCacheStore {
  readonly entries = new Map<string, string>();
  reads = 0;
  writes = 0;
  async read(key: string) {
    this.reads++;
    return this.entries.get(key);
  }
  async write(key: string, value: string) {
    this.writes++;
    this.entries.set(key, value);
  }
}

describe('parse cache of fact files', () => {
  it('gives, from the cache, exactly what parsing gives, for every seed edited by hand', async () => {
    const store = new MemoryStore();
    const reader = new FactFileReader(store);
    for (const { file, text } of handEditedFactFiles()) {
      assert.equal(readFactFileAsWritten(text), undefined, `${file} is not in the writer's layout`);
      const first = await reader.parse(text, file);
      const again = await reader.parse(text, file);
      assert.equal(first.fromCache, false, file);
      assert.equal(again.fromCache, true, file);
      assert.deepStrictEqual(again.factFile, parseFactFile(text, file).factFile, file);
      assert.deepEqual(again.problems, []);
    }
    assert.equal(store.writes, seedFactFiles().length);
  });

  it('neither looks up nor keeps a file in the writer\'s layout, read as fast as its entry would be', async () => {
    const store = new MemoryStore();
    const reader = new FactFileReader(store);
    for (const { file, text } of seedFactFiles()) {
      for (let k = 0; k < 2; k++) {
        const read = await reader.parse(text, file);
        assert.equal(read.fromCache, false, file);
        assert.deepStrictEqual(read.factFile, parseFactFile(text, file, { fastReader: false }).factFile, file);
      }
      await reader.remember(text, parseFactFile(text, file).factFile!);
    }
    assert.deepEqual([store.reads, store.writes], [0, 0]);
  });

  it('never answers for changed bytes: one character more is another key', async () => {
    const store = new MemoryStore();
    const reader = new FactFileReader(store);
    const [{ file, text }] = handEditedFactFiles();
    await reader.parse(text, file);
    const edited = text.replace(/start: (\d+)/, (_, n: string) => `start: ${Number(n) + 1}`);
    const read = await reader.parse(edited, file);
    assert.equal(read.fromCache, false);
    assert.deepStrictEqual(read.factFile, parseFactFile(edited, file).factFile);
    assert.ok(read.key);
    assert.notEqual(read.key, (await reader.parse(text, file)).key);
  });

  it('keeps no invalid file, so its problems are found again with their lines', async () => {
    const store = new MemoryStore();
    const reader = new FactFileReader(store);
    const names = readdirSync(HOSTILE).filter((f) => f.endsWith('.yaml'));
    assert.ok(names.length > 5, 'the hostile fixtures are there');
    let invalid = 0;
    let asWritten = 0;
    for (const name of names) {
      const text = readFileSync(join(HOSTILE, name), 'utf8');
      const expected = parseFactFile(text, name);
      for (let k = 0; k < 2; k++) {
        const read = await reader.parse(text, name);
        assert.deepEqual(read.problems, expected.problems, name);
        assert.deepStrictEqual(read.factFile, expected.factFile, name);
      }
      if (!expected.factFile) invalid++;
      if (readFactFileAsWritten(text)) asWritten++;
    }
    assert.ok(invalid > 0);
    assert.equal(store.entries.size, names.length - invalid - asWritten);
  });

  it('treats a damaged entry as a miss and parses the file', async () => {
    const store = new MemoryStore();
    const reader = new FactFileReader(store);
    const [{ file, text }] = handEditedFactFiles();
    const { key } = await reader.parse(text, file);
    for (const damage of ['{"schema": "news-annotator/fa', 'null', '{"schema": "something/else@9"}']) {
      store.entries.set(key!, damage);
      const read = await reader.parse(text, file);
      assert.equal(read.fromCache, false, damage);
      assert.deepStrictEqual(read.factFile, parseFactFile(text, file).factFile);
    }
  });

  it('still parses when the store fails to read or write', async () => {
    const failing: ParseCacheStore = {
      read: () => Promise.reject(new Error('EIO')),
      write: () => Promise.reject(new Error('ENOSPC')),
    };
    const [{ file, text }] = handEditedFactFiles();
    const read = await new FactFileReader(failing).parse(text, file);
    assert.deepStrictEqual(read.factFile, parseFactFile(text, file).factFile);
  });

  it('remembers a text just written, so reading it back is a hit', async () => {
    const store = new MemoryStore();
    const reader = new FactFileReader(store);
    const [{ file, text }] = handEditedFactFiles();
    const factFile = parseFactFile(text, file).factFile!;
    await reader.remember(text, factFile);
    assert.equal((await reader.parse(text, file)).fromCache, true);
  });

  describe('on disk', () => {
    let folder: string;
    beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'na-parse-cache-'))));
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('reads back what it wrote, and nothing for a key it does not have', async () => {
      const cache = new DiskParseCache(folder);
      const key = 'ab'.repeat(32);
      assert.equal(await cache.read(key), undefined);
      await cache.write(key, '{"x":1}');
      assert.equal(await cache.read(key), '{"x":1}');
      assert.deepEqual(readdirSync(join(folder, 'ab')), [`${key.slice(2)}.json`], 'no temporary file is left behind');
    });

    it('writes again after its folder was deleted', async () => {
      const cache = new DiskParseCache(folder);
      const key = 'cd'.repeat(32);
      await cache.write(key, '1');
      rmSync(folder, { recursive: true, force: true });
      await cache.write(key, '2');
      assert.equal(await cache.read(key), '2');
    });

    it('prunes old entries a scan did not use, and keeps the rest', async () => {
      const cache = new DiskParseCache(folder);
      const [used, unused, recent] = ['a1', 'b2', 'c3'].map((p) => p.repeat(32));
      for (const key of [used, unused, recent]) await cache.write(key, '{}');
      const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
      for (const key of [used, unused]) utimesSync(join(folder, key.slice(0, 2), `${key.slice(2)}.json`), old, old);
      writeFileSync(join(folder, 'b2', 'stray.tmp'), 'half');
      utimesSync(join(folder, 'b2', 'stray.tmp'), old, old);
      assert.equal(await cache.prune(new Set([used])), 2);
      assert.equal(await cache.read(used), '{}');
      assert.equal(await cache.read(unused), undefined);
      assert.equal(await cache.read(recent), '{}');
    });
  });
});
