// How an article's fact file is named: every .txt article keeps the name it always had, two
// articles beside each other never get the same name, and a file named the earlier way keeps
// serving the article it names.
import * as assert from 'node:assert/strict';
import { articleFileNamedIn, articlesNamedBy, chooseFactFilePath, factFilePathFor, factFilePathsFor, isWorkspaceFactFilePath } from '../../src/core/factFile/paths';

describe('fact file names', () => {
  it('keeps X.facts.yaml for X.txt, and the extension of every other article', () => {
    assert.equal(factFilePathFor('seeds/001_59ba21db933ddaec.txt'), 'seeds/001_59ba21db933ddaec.facts.yaml');
    assert.equal(factFilePathFor('a.txt'), 'a.facts.yaml');
    assert.equal(factFilePathFor('news/a.md'), 'news/a.md.facts.yaml');
    assert.equal(factFilePathFor('news/a.article.txt'), 'news/a.article.facts.yaml');
    assert.equal(factFilePathFor('v1.2/a'), 'v1.2/a.facts.yaml');
  });

  it('gives different names to the articles of one folder that differ only in their extension', () => {
    const names = ['a.txt', 'a.md', 'a.html', 'a.TXT', 'a.text', 'a.txt.md', 'a.md.bak'];
    const factFiles = names.map(factFilePathFor);
    assert.equal(new Set(factFiles).size, names.length, factFiles.join(', '));
  });

  it('lists the earlier name only where it differs', () => {
    assert.deepEqual(factFilePathsFor('d/a.txt'), ['d/a.facts.yaml']);
    assert.deepEqual(factFilePathsFor('d/a.md'), ['d/a.md.facts.yaml', 'd/a.facts.yaml']);
    assert.deepEqual(factFilePathsFor('d/a'), ['d/a.facts.yaml']);
    // A dot in a folder's name is not an extension.
    assert.deepEqual(factFilePathsFor('v1.2/a'), ['v1.2/a.facts.yaml']);
  });

  describe('choosing the fact file of an article', () => {
    const found = (...entries: [string, string | undefined][]) => new Map(entries);

    it('uses the earlier name while that file names the article, and only then', () => {
      assert.equal(chooseFactFilePath('d/a.md', found(['d/a.facts.yaml', 'a.md'])), 'd/a.facts.yaml');
      // It names another article (a.txt's own fact file), or cannot be told: a.md gets its own.
      assert.equal(chooseFactFilePath('d/a.md', found(['d/a.facts.yaml', 'a.txt'])), 'd/a.md.facts.yaml');
      assert.equal(chooseFactFilePath('d/a.md', found(['d/a.facts.yaml', undefined])), 'd/a.md.facts.yaml');
      assert.equal(chooseFactFilePath('d/a.md', found()), 'd/a.md.facts.yaml');
    });

    it('prefers the own name when both files exist', () => {
      assert.equal(chooseFactFilePath('d/a.md', found(['d/a.md.facts.yaml', 'a.md'], ['d/a.facts.yaml', 'a.md'])), 'd/a.md.facts.yaml');
    });

    it('gives a .txt article its own name whatever that file names (the writer then refuses a file of another article)', () => {
      assert.equal(chooseFactFilePath('d/a.txt', found(['d/a.facts.yaml', 'a.md'])), 'd/a.facts.yaml');
    });
  });

  it('names the articles that would take a fact file as their own', () => {
    assert.deepEqual(articlesNamedBy('d/a.facts.yaml'), ['d/a.txt', 'd/a']);
    assert.deepEqual(articlesNamedBy('d/a.md.facts.yaml'), ['d/a.md.txt', 'd/a.md']);
    for (const article of ['d/a.txt', 'd/a.md', 'd/a']) assert.ok(articlesNamedBy(factFilePathFor(article)).includes(article), article);
    assert.deepEqual(articlesNamedBy('d/a.yaml'), []);
  });

  it('reads the article a fact file names even when the file does not parse', () => {
    assert.equal(articleFileNamedIn('schema: news-annotator/facts@1\narticle:\n  file: a.md\n  language: en\n'), 'a.md');
    assert.equal(articleFileNamedIn('article:\r\n  file: "a b.md"  # the article\r\nmentions: [\n'), 'a b.md');
    assert.equal(articleFileNamedIn("article: {file: a.md}\n"), undefined);
    assert.equal(articleFileNamedIn('file: a.md\n'), undefined);
  });

  it('counts as a workspace fact file one outside node_modules and outside every dot folder', () => {
    for (const path of ['a.facts.yaml', 'drafts/a.facts.yaml', 'x/y/a.md.facts.yaml', '.a.facts.yaml', 'v1.2/a.facts.yaml']) assert.ok(isWorkspaceFactFilePath(path), path);
    for (const path of ['.drafts/a.facts.yaml', 'x/.git/a.facts.yaml', 'node_modules/p/a.facts.yaml', 'x/node_modules/a.facts.yaml', 'drafts/a.yaml']) {
      assert.ok(!isWorkspaceFactFilePath(path), path);
    }
  });
});
