// The W3C Web Annotation reader: annotations written by hand from the Web Annotation Data Model
// (a page, JSON Lines), and the W3C export of the annotated seeds read back.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { runExport } from '../../src/core/export/index';
import type { ImportedDocument } from '../../src/core/import/document';
import { IMPORT_FORMATS } from '../../src/core/import/formats/index';
import { readW3c } from '../../src/core/import/formats/w3c';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { CodePointIndex } from '../../src/core/text/codePoints';
import { type AnnotatedArticle, annotatedArticles } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';
import { JsonTestRunner, W3C_SUITE } from './w3cTestSuite';

const REPO = join(__dirname, '../../..');
const FIXTURE = join(REPO, 'test/fixtures/import/w3c');

function fixture(name: string): { path: string; text: string } {
  return { path: `w3c/${name}`, text: readFileSync(join(FIXTURE, name), 'utf8') };
}

class TextOutput implements ExportOutput {
  text = '';
  async write(chunk: string): Promise<void> {
    this.text += chunk;
  }
  async writeFile(): Promise<void> {
    throw new Error('W3C writes one file');
  }
}

describe('import: W3C Web Annotation', () => {
  describe('an AnnotationPage written by hand', () => {
    let documents: ImportedDocument[];
    let minsk: ImportedDocument;
    before(() => {
      documents = readW3c([fixture('page.jsonld')]);
      minsk = documents.find((d) => d.name === 'minsk.txt')!;
    });

    it('is made of annotations that pass every MUST assertion of the W3C test suite', () => {
      const runner = new JsonTestRunner(W3C_SUITE);
      const page = JSON.parse(fixture('page.jsonld').text) as { items: object[] };
      for (const annotation of page.items) assert.deepEqual(runner.run('annotations/annotationMusts.test', { '@context': 'http://www.w3.org/ns/anno.jsonld', ...annotation }), [], JSON.stringify(annotation));
      const [line] = fixture('lines.jsonl').text.split('\n');
      assert.deepEqual(runner.run('annotations/annotationMusts.test', JSON.parse(line)), []);
    });

    it('is the reader named w3c; a document per target source, named by its last segment', () => {
      assert.equal(IMPORT_FORMATS.w3c, readW3c);
      assert.deepEqual(
        documents.filter((d) => d.name !== undefined).map((d) => d.name),
        ['minsk.txt', 'yerevan.html'],
      );
      assert.equal(minsk.text, undefined);
    });

    it('reads text-quote selectors, text-position selectors (kept in code points), Wikidata bodies and labels', () => {
      const byId = new Map(minsk.spans.map((s) => [s.sourceId, s]));
      assert.deepEqual(byId.get('http://example.org/anno/1'), { sourceId: 'http://example.org/anno/1', label: '', quote: 'Putin', prefix: 'Minsk: ', suffix: ' and Lukashenko', wikidata: 'Q7747' });
      assert.deepEqual(byId.get('http://example.org/anno/2'), { sourceId: 'http://example.org/anno/2', label: 'PER', quote: 'Lukashenko', codePointStart: 20, codePointEnd: 30 });
      assert.deepEqual(byId.get('http://example.org/anno/3'), { sourceId: 'http://example.org/anno/3', label: 'GPE', codePointStart: 3, codePointEnd: 8, wikidata: 'Q2280', note: 'the capital' });
      // One annotation on two documents: a span in each.
      assert.equal(byId.get('http://example.org/anno/6#target-2')?.quote, 'CSTO');
      assert.equal(documents.find((d) => d.name === 'yerevan.html')!.spans[0].sourceId, 'http://example.org/anno/6#target-1');
    });

    it('reports what it cannot read, naming the file and the item: a whole resource as target, another selector', () => {
      const problems = documents.flatMap((d) => d.problems);
      assert.ok(problems.some((p) => p === 'w3c/page.jsonld, item 4: its target is a whole resource, not a span of text; left out'), problems.join('\n'));
      assert.ok(problems.some((p) => p.startsWith('w3c/page.jsonld, item 5: a "CssSelector" is not read')), problems.join('\n'));
      assert.equal(documents.flatMap((d) => d.spans).length, 5);
    });
  });

  it('JSON Lines: an annotation a line; a bad line, a reversed position and a collection whose page is elsewhere are reported by line', () => {
    const documents = readW3c([fixture('lines.jsonl')]);
    const doc = documents.find((d) => d.name === 'a b.txt')!;
    assert.deepEqual(doc.spans, [{ sourceId: 'urn:x:1', label: 'LOC', quote: 'Astana' }]);
    const problems = documents.flatMap((d) => d.problems);
    for (const start of ['w3c/lines.jsonl:2: a TextPositionSelector', 'w3c/lines.jsonl:3: not JSON', 'w3c/lines.jsonl:4: an AnnotationCollection whose first page is not in the file (urn:x:c/page/1)']) {
      assert.ok(problems.some((p) => p.startsWith(start)), `${start}:\n${problems.join('\n')}`);
    }
  });

  it('never throws on bad input', () => {
    for (const text of ['', '[]', '{}', 'null', '[1, "x", {"target": 3}]', '{"type": "Annotation", "target": {"source": "s", "selector": [null, {"type": "TextPositionSelector", "start": "a"}]}}', '{"items": 5}', '{"body": {"format": "application/json", "value": "{"}, "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "x"}}}']) {
      const documents = readW3c([{ path: 'x.json', text }]);
      assert.ok(Array.isArray(documents), text);
    }
  });

  describe('the W3C export of the annotated seeds, read back', () => {
    const articles: AnnotatedArticle[] = [];
    let documents: ImportedDocument[];
    before(async () => {
      for await (const article of annotatedArticles(new NodeWorkspaceFiles(join(REPO, 'seeds')), () => assert.fail('a seed fact file was skipped'))) articles.push(article);
      const output = new TextOutput();
      await runExport('w3c', articles, bundledKnowledgeBase(), output);
      documents = readW3c([{ path: 'seeds.jsonld', text: output.text }]);
    });

    it('gives every mention back: quote, context, code-point offsets, and the entity (its Wikidata id where it has one) or date', () => {
      const kb = bundledKnowledgeBase();
      assert.deepEqual(documents.flatMap((d) => d.problems), []);
      for (const article of articles) {
        const doc = documents.find((d) => d.name === article.path)!;
        assert.ok(doc, article.path);
        const index = new CodePointIndex(article.text);
        const read = doc.spans.map((s) => [s.quote, s.codePointStart, s.codePointEnd, s.wikidata ?? s.entity ?? s.date, s.label].join('|')).sort();
        const written = article.factFile.mentions
          .map((m) => [m.quote, index.toCodePoint(m.start), index.toCodePoint(m.end), kb.get(m.entity ?? '')?.wikidata ?? m.entity ?? m.date, m.entity?.split(':')[0] ?? 'date'].join('|'))
          .sort();
        assert.deepEqual(read, written, article.path);
        for (const span of doc.spans) {
          const m = article.factFile.mentions.find((x) => span.sourceId!.endsWith(`#${x.id}`))!;
          assert.ok(article.text.slice(0, m.start).endsWith(span.prefix ?? ''), `${m.id} prefix`);
          assert.ok(article.text.slice(m.end).startsWith(span.suffix ?? ''), `${m.id} suffix`);
        }
      }
    });

    it('gives every fact back: its kind, fields and evidence', () => {
      let facts = 0;
      for (const article of articles) {
        const doc = documents.find((d) => d.name === article.path)!;
        const mentionOf = (sourceId: string) => sourceId.slice(sourceId.lastIndexOf('#') + 1);
        const read = doc.facts.map((f) => ({ id: f.sourceId, type: f.kind, ...f.fields, evidence: f.evidence.map(mentionOf).sort() }));
        const written = article.factFile.facts.map((fact) => ({ ...fact, evidence: [...new Set(fact.evidence)].sort() }));
        const key = (f: object) => JSON.stringify(Object.entries(f).sort());
        assert.deepEqual(read.map(key).sort(), written.map(key).sort(), article.path);
        facts += read.length;
      }
      assert.ok(facts >= 60, `${facts} facts`);
    });
  });
});
