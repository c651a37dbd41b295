// An article with a great many mentions is exported a piece at a time: no format's writer makes
// the article's whole output, or all its records, before writing; and what it writes in pieces is
// what it would write at once.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityResolver } from '../../src/core/export/entities';
import { type ExportFormat, runExport } from '../../src/core/export/index';
import { jsonLine } from '../../src/core/export/json';
import { jsonlLine, jsonlRecord } from '../../src/core/export/jsonl';
import { prepareArticle } from '../../src/core/export/prepare';
import { parseFactFile } from '../../src/core/factFile/store';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { AnnotatedArticle } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';

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

describe('export of a long article, a piece at a time', () => {
  it('JSON Lines written in pieces is the record as one line', () => {
    const context = { entities: new EntityResolver(bundledKnowledgeBase()), output: new ChunkOutput(), collectionId: 'urn:x' };
    for (const name of SEEDS) {
      const article = prepareArticle(seedArticle(name));
      assert.ok(article.mentions.length > 0);
      assert.equal([...jsonlLine(article, context)].join(''), `${jsonLine(jsonlRecord(article, context))}\n`, name);
    }
    // Line separators in a path and a quote are escaped alike in pieces.
    const odd = seedArticle(SEEDS[0]);
    const withSeparators = prepareArticle({ ...odd, path: 'seeds/a\u2028b.txt' });
    assert.equal([...jsonlLine(withSeparators, context)].join(''), `${jsonLine(jsonlRecord(withSeparators, context))}\n`);
  });

  for (const format of ['jsonl', 'w3c', 'conll'] as ExportFormat[]) {
    it(`${format}: no write holds more than a small part of the output of an article of 3,000 mentions`, async () => {
      const long = repeated(seedArticle(SEEDS[0]), 40);
      const output = new ChunkOutput();
      const result = await runExport(format, [long], bundledKnowledgeBase(), output);
      assert.ok(result.mentions > 2500, `${result.mentions} mentions written`);
      const total = output.chunks.reduce((sum, c) => sum + c.length, 0);
      const largest = Math.max(...output.chunks.map((c) => c.length));
      assert.ok(largest * 50 < total, `${format}: the largest write is ${largest} of ${total} UTF-16 units`);
    });
  }
});
