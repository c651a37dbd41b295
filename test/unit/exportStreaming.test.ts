// An article with a great many mentions is exported a piece at a time: no format's writer makes
// the article's whole output, or all its records, before writing; and what it writes in pieces is
// what it would write at once.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityResolver } from '../../src/core/export/entities';
import { type ExportFormat, runExport } from '../../src/core/export/index';
import { jsonLine } from '../../src/core/export/json';
import { jsonlExporter, jsonlRecord } from '../../src/core/export/jsonl';
import { type PreparedArticle, type PreparedMention, prepareArticle } from '../../src/core/export/prepare';
import { parseFactFile } from '../../src/core/factFile/store';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { AnnotatedArticle } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';
import { prng } from '../fuzz/editScripts';
import { randomText } from './hostileText';

const REPO = join(__dirname, '../../..');
const SEEDS = ['000_3208a376056ee470', '001_59ba21db933ddaec', '002_ef37a1a118df8b80', '003_4e930db99411c7ec', '004_7eca8a9e25d36329'];

function seedArticle(name: string): AnnotatedArticle {
  const factFilePath = `seeds/${name}.facts.yaml`;
  const { factFile } = parseFactFile(readFileSync(join(REPO, factFilePath), 'utf8'), factFilePath);
  assert.ok(factFile, factFilePath);
  return { path: `seeds/${name}.txt`, factFilePath, text: readFileSync(join(REPO, `seeds/${name}.txt`), 'utf8'), factFile };
}

/** The article's text `copies` times over, each copy with its mentions (ids made unique); the facts of the first copy. */
function repeated(article: AnnotatedArticle, copies: number): AnnotatedArticle {
  const piece = `${article.text}\n\n`;
  const mentions = [];
  for (let copy = 0; copy < copies; copy++) {
    const at = copy * piece.length;
    for (const m of article.factFile.mentions) mentions.push({ ...m, id: copy === 0 ? m.id : `${m.id}${copy}`, start: m.start + at, end: m.end + at });
  }
  return { ...article, text: piece.repeat(copies), factFile: { ...article.factFile, mentions } };
}

/** Every chunk the writer hands over, kept apart. */
class ChunkOutput implements ExportOutput {
  readonly chunks: string[] = [];
  readonly files = new Map<string, string>();
  async write(chunk: string): Promise<void> {
    this.chunks.push(chunk);
  }
  async writeFile(relativePath: string, content: string): Promise<void> {
    this.files.set(relativePath, content);
  }
}

/** The bytes handed over, copied (the writer fills its buffer again), read as strict UTF-8. */
class BytesOutput implements ExportOutput {
  readonly chunks: Buffer[] = [];
  async write(chunk: string): Promise<void> {
    this.chunks.push(Buffer.from(chunk, 'utf8'));
  }
  async writeBytes(chunk: Uint8Array): Promise<void> {
    this.chunks.push(Buffer.from(chunk));
  }
  async writeFile(relativePath: string): Promise<void> {
    throw new Error(`one file expected, not ${relativePath}`);
  }
  text(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(this.chunks));
  }
}

describe('export of a long article, a piece at a time', () => {
  it('JSON Lines, written as text or as bytes, is each record as JSON.stringify writes it on one line', async () => {
    const articles = SEEDS.map((name) => seedArticle(name));
    // Line separators in a path and a quote are escaped.
    const odd = seedArticle(SEEDS[0]);
    articles.push({ ...odd, path: 'seeds/a\u2028b.txt', text: odd.text.replace(/ /g, '\u2029') });
    const context = { entities: new EntityResolver(bundledKnowledgeBase()), output: new ChunkOutput(), collectionId: 'urn:x' };
    const expected = articles.map((article) => `${jsonLine(jsonlRecord(prepareArticle(article), context))}\n`).join('');
    assert.ok(expected.includes('\\u2029') && expected.includes('\\u2028'));
    const text = new ChunkOutput();
    await runExport('jsonl', articles, bundledKnowledgeBase(), text);
    assert.equal(text.chunks.join(''), expected);
    const bytes = new BytesOutput();
    await runExport('jsonl', articles, bundledKnowledgeBase(), bytes);
    assert.equal(bytes.text(), expected);
  });

  it('JSON Lines of random mentions, facts and entities is what JSON.stringify writes', async () => {
    const random = prng(0x1d);
    const kb = bundledKnowledgeBase();
    const seed = prepareArticle(seedArticle(SEEDS[1]));
    const known = [...new Set(seed.mentions.map((m) => m.entity).filter((id) => id !== undefined))];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    for (let k = 0; k < 200; k++) {
      const mentions: PreparedMention[] = seed.mentions.map((m) => ({
        ...m,
        kind: random() < 0.1 ? 'date' : m.kind,
        entity: random() < 0.2 ? undefined : random() < 0.2 ? `person:${randomText(random)}` : pick(known),
        date: random() < 0.5 ? undefined : randomText(random),
        quote: randomText(random),
        prefix: randomText(random),
        suffix: randomText(random),
        start: Math.floor(random() * 2 ** (random() < 0.1 ? 53 : 20)),
        codePointEnd: random() < 0.05 ? 1.5 : m.codePointEnd,
      }));
      const article: PreparedArticle = { ...seed, path: randomText(random), mentions: random() < 0.1 ? [] : mentions, facts: random() < 0.1 ? [] : seed.facts };
      const context = { entities: new EntityResolver(kb), output: new BytesOutput(), collectionId: 'urn:x' };
      const exporter = jsonlExporter(context);
      await exporter.article(article);
      await exporter.end();
      assert.equal(context.output.text(), `${jsonLine(jsonlRecord(article, context))}\n`, `article ${k}`);
    }
  });

  for (const format of ['jsonl', 'w3c', 'conll'] as ExportFormat[]) {
    // Long enough for JSON Lines' chunks of 64 KiB to be a small part of it.
    it(`${format}: no write holds more than a small part of the output of an article of 15,000 mentions`, async () => {
      const long = repeated(seedArticle(SEEDS[0]), 200);
      const output = new ChunkOutput();
      const result = await runExport(format, [long], bundledKnowledgeBase(), output);
      assert.ok(result.mentions > 12_500, `${result.mentions} mentions written`);
      const total = output.chunks.reduce((sum, c) => sum + c.length, 0);
      const largest = Math.max(...output.chunks.map((c) => c.length));
      assert.ok(largest * 50 < total, `${format}: the largest write is ${largest} of ${total} UTF-16 units`);
    });
  }
});
