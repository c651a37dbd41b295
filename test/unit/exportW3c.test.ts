import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { runExport } from '../../src/core/export/index';
import { encodePath, entityUrn } from '../../src/core/export/entities';
import { ANNOTATION_CONTEXT, type Annotation, articleIri, type TextTarget } from '../../src/core/export/w3c';
import { KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { annotatedArticles } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';
import { DEFAULT_KNOWLEDGE_BASE_FILE, withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';
import { JsonTestRunner, URI } from './w3cTestSuite';

// Compiled to out/test/unit; the fixtures stay in the repository, among them a copy of the W3C
// Web Annotation test suite (its JSON Schema assertions, under the W3C test suite licence).
const REPO = join(__dirname, '../../..');
const WORKSPACE = join(REPO, 'test/fixtures/export/workspace');
const SUITE = join(REPO, 'test/fixtures/w3c-web-annotation-tests');

class MemoryOutput implements ExportOutput {
  text = '';
  async write(chunk: string): Promise<void> {
    this.text += chunk;
  }
  async writeFile(): Promise<void> {
    assert.fail('the W3C export writes one file');
  }
}

async function exportW3c(): Promise<{ collection: { [key: string]: unknown }; text: string; total: number }> {
  const file = join(WORKSPACE, DEFAULT_KNOWLEDGE_BASE_FILE);
  const { knowledgeBase } = withWorkspaceFile(readFileSync(file, 'utf8'), file, new KnowledgeBase([]));
  const output = new MemoryOutput();
  const result = await runExport('w3c', annotatedArticles(new NodeWorkspaceFiles(WORKSPACE)), knowledgeBase, output);
  return { collection: JSON.parse(output.text), text: output.text, total: result.records };
}

function items(collection: { [key: string]: unknown }): Annotation[] {
  return (collection.first as { items: Annotation[] }).items;
}

function targets(annotation: Annotation): TextTarget[] {
  return Array.isArray(annotation.target) ? annotation.target : [annotation.target];
}

const ARTICLE_PREFIX = 'urn:news-annotator:article:';

function articleTextOf(source: string): string {
  assert.ok(source.startsWith(ARTICLE_PREFIX), source);
  const path = decodeURIComponent(source.slice(ARTICLE_PREFIX.length));
  return readFileSync(join(WORKSPACE, ...path.split('/')), 'utf8');
}

describe('export w3c', () => {
  it('writes an AnnotationCollection with its total and a first page of annotations', async () => {
    const { collection, total } = await exportW3c();
    assert.equal(collection['@context'], ANNOTATION_CONTEXT);
    assert.equal(collection.type, 'AnnotationCollection');
    assert.match(String(collection.id), URI);
    const page = collection.first as { type: string; items: unknown[]; startIndex: number };
    assert.equal(page.type, 'AnnotationPage');
    assert.equal(page.startIndex, 0);
    assert.equal(collection.total, page.items.length);
    assert.equal(total, page.items.length);
    const ids = items(collection).map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'annotation ids are unique');
  });

  it('links entities to Wikidata where the knowledge base can, else to a stable urn, and dates to their ISO value', async () => {
    const list = items((await exportW3c()).collection);
    const putin = list.find((a) => a.motivation === 'identifying' && a.body.some((b) => b.type === 'TextualBody' && b.value === 'Vladimir Putin'));
    assert.ok(putin);
    assert.deepEqual(putin.body[0], { type: 'SpecificResource', source: 'http://www.wikidata.org/entity/Q7747', purpose: 'identifying' });
    const xNews = list.find((a) => a.body.some((b) => b.type === 'TextualBody' && b.value === '𝕏 News 𠀋'));
    assert.ok(xNews);
    assert.deepEqual(xNews.body[0], { type: 'SpecificResource', source: 'urn:news-annotator:entity:organization:x-news', purpose: 'identifying' });
    const date = list.find((a) => a.motivation === 'tagging');
    assert.ok(date);
    assert.deepEqual(date.body[0], { type: 'TextualBody', value: '2023-11-23', format: 'text/plain', purpose: 'tagging' });
    const fact = list.find((a) => a.motivation === 'describing' && a.body[0].type === 'TextualBody' && a.body[0].value === 'Nikol Pashinyan was absent from CSTO summit, Minsk 2023 "without Armenia"');
    assert.ok(fact, 'facts are annotations on their evidence too');
    assert.equal(targets(fact).length, 2);
    // The fact as the fact file has it, but its evidence, for a program to read back.
    const fields = fact.body.find((b) => b.type === 'TextualBody' && b.format === 'application/json');
    assert.ok(fields && fields.type === 'TextualBody');
    assert.deepEqual(JSON.parse(fields.value), { id: 'f-e84581104e', type: 'attendance', person: 'person:nikol-pashinyan', event: 'event:csto-summit-2023-minsk', status: 'absent' });
  });

  it('percent-encodes the article path in ids and sources', async () => {
    const list = items((await exportW3c()).collection);
    const social = list.filter((a) => a.id.includes('social/'));
    assert.ok(social.length > 0);
    for (const a of social) {
      assert.match(a.id, /^urn:news-annotator:annotation:articles\/social\/post%20%F0%9D%95%8F\.txt#[mf]-[0-9a-z]+$/);
      for (const t of targets(a)) assert.equal(t.source, articleIri('articles/social/post 𝕏.txt'));
    }
    assert.equal(encodePath('a b/c#d?e%f/ü.txt'), 'a%20b/c%23d%3Fe%25f/%C3%BC.txt');
    assert.equal(entityUrn('person:vladimir-putin'), 'urn:news-annotator:entity:person:vladimir-putin');
  });

  it('gives selectors whose quote is the text at their code-point position', async () => {
    const list = items((await exportW3c()).collection);
    let checked = 0;
    let astral = 0;
    for (const annotation of list) {
      for (const target of targets(annotation)) {
        const text = Array.from(articleTextOf(target.source));
        const [quote, position] = target.selector;
        assert.equal(quote.type, 'TextQuoteSelector');
        assert.equal(position.type, 'TextPositionSelector');
        assert.equal(text.slice(position.start, position.end).join(''), quote.exact, annotation.id);
        assert.ok(text.slice(0, position.start).join('').endsWith(quote.prefix ?? ''), `${annotation.id} prefix`);
        assert.ok(text.slice(position.end).join('').startsWith(quote.suffix ?? ''), `${annotation.id} suffix`);
        if (/[\u{10000}-\u{10FFFF}]/u.test(text.slice(0, position.end).join(''))) astral++;
        checked++;
      }
    }
    assert.ok(checked >= list.length);
    assert.ok(astral >= 7, 'the fixture has characters outside the BMP before and inside quotes');
  });

  describe('conformance with the W3C Web Annotation test suite', function () {
    let runner: JsonTestRunner;
    before(function () {
      assert.ok(existsSync(join(SUITE, 'annotations/annotationMusts.test')), `the W3C Web Annotation tests are at ${SUITE}`);
      runner = new JsonTestRunner(SUITE);
    });

    it('passes every MUST assertion of annotationMusts.test, for every annotation', async () => {
      assert.ok(runner.count('annotations/annotationMusts.test') >= 50);
      const list = items((await exportW3c()).collection);
      for (const annotation of list) assert.deepEqual(runner.run('annotations/annotationMusts.test', annotation), [], annotation.id);
    });

    it('passes the collection and page MUST assertions', async () => {
      const { collection } = await exportW3c();
      assert.deepEqual(runner.run('collections/collectionMusts.test', collection), []);
      assert.deepEqual(runner.run('collections/pages/pageMusts.test', collection), []);
    });

    it('reads condition objects, overrides and nested lists as the suite describes them', () => {
      const id = 'annotations/3.1-annotationIdValidated.json';
      const type = 'annotations/3.1-annotationTypeValidated.json';
      const target = 'annotations/3.1-targetKeyFound.json';
      const either = [{ title: 'id or type', compareWith: 'or', assertions: [id, type] }];
      assert.deepEqual(runner.runList(either, { type: 'Annotation' }), []);
      assert.equal(runner.runList(either, { type: 'Note' }).length, 1);
      assert.equal(runner.runList([{ ...either[0], compareWith: 'and' }], { type: 'Annotation' }).length, 1);
      // Expecting the opposite result turns a pass into a failure.
      assert.equal(runner.runList([{ assertionFile: id, expectedResult: 'invalid' }], { id: 'urn:x:y' }).length, 1);
      // A failure that skips ends its own list only.
      const nested = [[{ assertionFile: target, onUnexpectedResult: 'failAndSkip' }, id], type];
      assert.equal(runner.runList(nested, {}).length, 2);
      assert.equal(runner.runList([{ assertionFile: target, onUnexpectedResult: 'failAndAbort' }, id, type], {}).length, 1);
      assert.equal(runner.runList([{ assertionFile: target, onUnexpectedResult: 'passAndContinue' }, id], {}).length, 1);
    });

    it('fails the assertions for annotations that break the model', async () => {
      const [annotation] = items((await exportW3c()).collection);
      const broken: unknown[] = [
        { ...annotation, '@context': 'http://example.org/context' },
        { ...annotation, id: 'not a uri' },
        { ...annotation, type: 'Note' },
        { ...annotation, target: undefined },
        { ...annotation, bodyValue: 'both body and bodyValue' },
        { ...annotation, target: { ...targets(annotation)[0], selector: [{ type: 'TextQuoteSelector' }] } },
        { ...annotation, target: { ...targets(annotation)[0], selector: [{ type: 'TextPositionSelector', start: -1, end: 'x' }] } },
      ];
      for (const value of broken) assert.notDeepEqual(runner.run('annotations/annotationMusts.test', JSON.parse(JSON.stringify(value))), [], JSON.stringify(value).slice(0, 200));
    });
  });
});
