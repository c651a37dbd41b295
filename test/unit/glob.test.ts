// Which files the patterns of `newsAnnotator.articleFiles` name: matched against the whole path, as
// VS Code matches them when it opens a file.
import * as assert from 'node:assert/strict';
import { candidatesGlob, globMatcher } from '../../src/core/workspace/glob';

describe('article file patterns', () => {
  it('names the articles of the default patterns, in a folder called seeds and below', () => {
    const seeds = globMatcher('**/seeds/*.txt');
    assert.ok(seeds('/tmp/run/seeds/001_59ba21db933ddaec.txt'), 'a folder opened as the workspace that is itself called seeds');
    assert.ok(seeds('/work/news/seeds/a.txt'));
    assert.ok(!seeds('/work/news/seeds/deeper/a.txt'), '* stays within a folder');
    assert.ok(!seeds('/work/news/myseeds/a.txt'), 'a folder name is matched whole');
    assert.ok(!seeds('/work/news/seeds/a.facts.yaml'));
    const articles = globMatcher('**/articles/**/*.txt');
    assert.ok(articles('/w/articles/a.txt'));
    assert.ok(articles('/w/articles/it/2024/a.txt'));
    assert.ok(!articles('/w/articles.txt'));
    const named = globMatcher('**/*.article.txt');
    assert.ok(named('/w/x/report.article.txt'));
    assert.ok(!named('/w/x/report.txt'));
  });

  it('reads braces, character classes and patterns without a folder', () => {
    const either = globMatcher('**/news/*.{txt,md}');
    assert.ok(either('/w/news/a.md') && either('/w/news/a.txt') && !either('/w/news/a.yaml'));
    assert.ok(globMatcher('*.txt')('/w/deep/down/a.txt'), 'a pattern without a slash names files by name');
    assert.ok(globMatcher('**/day[0-9].txt')('/w/day7.txt'));
    assert.ok(!globMatcher('**/day[!0-9].txt')('/w/day7.txt'));
    assert.ok(globMatcher('**/a+b (1).txt')('/w/a+b (1).txt'), 'other characters are themselves');
  });

  it('searches for every file a pattern may name', () => {
    assert.equal(candidatesGlob('**/seeds/*.txt'), '**/*.txt');
    assert.equal(candidatesGlob('**/articles/**'), '**/*');
    assert.equal(candidatesGlob('*.article.txt'), '**/*.article.txt');
  });
});
