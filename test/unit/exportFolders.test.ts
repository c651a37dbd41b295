// The editor's export reads every folder of a multi-root workspace, each under its name, as the
// editor names files there; a single folder's paths have no prefix.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { annotatedArticles } from '../../src/core/workspace/articles';
import type { WorkspaceFiles } from '../../src/core/workspace/files';
import { FoldersAsOne } from '../../src/editor/export/folders';

class MemoryFiles implements WorkspaceFiles {
  constructor(private readonly files: Record<string, string>) {}

  async listFactFiles(): Promise<string[]> {
    return Object.keys(this.files).filter((p) => p.endsWith('.facts.yaml')).sort();
  }

  async readText(path: string): Promise<string | undefined> {
    return this.files[path];
  }
}

/** A folder with one article, `a.txt`, and its fact file. */
function folderWithArticle(text: string): MemoryFiles {
  const factFile = {
    schema: 'news-annotator/facts@1',
    article: { file: 'a.txt', textHash: `sha256:${createHash('sha256').update(text).digest('hex')}` },
    mentions: [],
    facts: [],
    rejections: [],
  };
  return new MemoryFiles({ 'a.txt': text, 'sub/b.txt': text, 'a.facts.yaml': JSON.stringify(factFile) });
}

describe('the export over the folders of a workspace', () => {
  it('reads every folder, each under its name', async () => {
    const files = new FoldersAsOne([
      { name: 'rome', files: folderWithArticle('Roma, 1 marzo.') },
      { name: 'moscow', files: folderWithArticle('MOSCOW, March 1.') },
    ]);
    assert.deepEqual(await files.listFactFiles(), ['moscow/a.facts.yaml', 'rome/a.facts.yaml']);
    assert.equal(await files.readText('rome/sub/b.txt'), 'Roma, 1 marzo.');
    assert.equal(await files.readText('paris/a.txt'), undefined);
    const articles = [];
    for await (const article of annotatedArticles(files)) articles.push([article.path, article.text]);
    assert.deepEqual(articles, [
      ['moscow/a.txt', 'MOSCOW, March 1.'],
      ['rome/a.txt', 'Roma, 1 marzo.'],
    ]);
  });

  it('gives the paths of a single folder without its name', async () => {
    const files = new FoldersAsOne([{ name: 'rome', files: folderWithArticle('Roma, 1 marzo.') }]);
    assert.deepEqual(await files.listFactFiles(), ['a.facts.yaml']);
    assert.equal(await files.readText('a.txt'), 'Roma, 1 marzo.');
  });
});
