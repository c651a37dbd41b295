// The fact files of the articles open in editors, whole: what the highlights, the hover cards and
// the quick fixes show. While an article is edited its annotations follow the text in memory
// (resolved once per document version, core/reanchor/resolve.ts); when it is saved, the fact file
// records what the edit touched. The index reads the files; this keeps the whole of those an open
// article may have.
import * as vscode from 'vscode';
import { chooseFactFilePath, factFilePathsFor, fileNameOf } from '../../core/factFile/paths';
import type { FactFile } from '../../core/factFile/schema';
import { textHash } from '../../core/factFile/ids';
import { anchorEdits, resolveAnchors, resolvedFactFile } from '../../core/reanchor/resolve';
import { ARTICLE_LANGUAGE } from '../shell/contributions';
import { workspacePath } from '../workspace/paths';
import { type FactFileIndex, type FactFileRead, isFactFile } from './factFileIndex';
import type { FactFileWriter, WriteResult } from './writer';

export class OpenFactFiles implements vscode.Disposable {
  /** The whole fact files of the articles open in editors, by workspace path. */
  private readonly whole = new Map<string, FactFile>();
  /** The articles open in editors, by URI, with the fact files they may have. */
  private readonly openArticles = new Map<string, vscode.Uri[]>();
  /** How many open articles may have each fact file: those are kept whole. */
  private readonly wanted = new Map<string, number>();
  /** Each stored fact file re-anchored to its article's text, for one document version. */
  private readonly anchored = new WeakMap<FactFile, { version: number; uri: string; factFile: FactFile }>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly index: FactFileIndex,
    private readonly writer: FactFileWriter,
  ) {
    this.disposables = [
      index.onDidRead((read) => this.learn(read)),
      // The whole fact file of an article is read when the article opens and dropped when it closes.
      vscode.workspace.onDidOpenTextDocument((document) => this.articleOpened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (!isFactFile(document.uri)) this.articleClosed(document);
      }),
    ];
    for (const document of vscode.workspace.textDocuments) this.articleOpened(document);
  }

  private learn({ key, factFile }: FactFileRead): void {
    if (!factFile) this.whole.delete(key);
    else if (this.wanted.has(key)) this.whole.set(key, factFile);
  }

  private articleOpened(document: vscode.TextDocument): void {
    if (document.languageId !== ARTICLE_LANGUAGE) return;
    const article = document.uri.toString();
    if (this.openArticles.has(article)) return;
    const candidates = factFilePathsFor(document.uri.path).map((path) => document.uri.with({ path }));
    this.openArticles.set(article, candidates);
    for (const uri of candidates) {
      const key = workspacePath(uri);
      this.wanted.set(key, (this.wanted.get(key) ?? 0) + 1);
      // A parse-cache hit in the usual case: the scan has read the file already, or will.
      if (!this.whole.has(key)) void this.index.refresh(uri);
    }
  }

  private articleClosed(document: vscode.TextDocument): void {
    const candidates = this.openArticles.get(document.uri.toString());
    if (!candidates) return;
    this.openArticles.delete(document.uri.toString());
    for (const uri of candidates) {
      const key = workspacePath(uri);
      const count = (this.wanted.get(key) ?? 1) - 1;
      if (count > 0) this.wanted.set(key, count);
      else {
        this.wanted.delete(key);
        this.whole.delete(key);
        this.index.release(uri);
      }
    }
  }

  /**
   * The fact file of an article as far as is known now (see chooseFactFilePath): its own name, or
   * the name earlier versions gave while that file names the article. The writer asks the disk.
   */
  factFileUri(article: vscode.Uri): vscode.Uri {
    const candidates = factFilePathsFor(article.path);
    if (candidates.length === 1) return article.with({ path: candidates[0] });
    const existing = new Map<string, string | undefined>();
    for (const path of candidates) {
      const uri = article.with({ path });
      const whole = this.whole.get(workspacePath(uri));
      const named = whole?.article.file ?? this.index.articleOf(uri);
      if (whole || this.index.has(uri)) existing.set(path, named && fileNameOf(named));
    }
    return article.with({ path: chooseFactFilePath(article.path, existing) });
  }

  /**
   * The fact file last read for an article open in an editor, without touching the disk (for
   * providers); undefined while it is being read, for articles that are not open, and when the
   * file names another article (a fact file serves only the article it names).
   */
  cached(article: vscode.Uri): FactFile | undefined {
    const factFile = this.whole.get(workspacePath(this.factFileUri(article)));
    return factFile?.article.file === fileNameOf(article.path) ? factFile : undefined;
  }

  /** The date (a day, a month or a year) the article's fact file records it was published on, if any. */
  publicationDate(article: vscode.Uri): string | undefined {
    return this.cached(article)?.article.published;
  }

  /**
   * The article's fact file with its mentions where they are in the document's current text, in memory:
   * what the highlights, hovers and quick fixes show while the article is being edited. Computed
   * once per document version; the file itself changes only when the article is saved.
   */
  current(document: vscode.TextDocument): FactFile | undefined {
    const stored = this.cached(document.uri);
    if (!stored) return undefined;
    const known = this.anchored.get(stored);
    if (known && known.version === document.version && known.uri === document.uri.toString()) return known.factFile;
    const text = document.getText();
    const factFile = resolvedFactFile(text, stored);
    this.anchored.set(stored, { version: document.version, uri: document.uri.toString(), factFile });
    return factFile;
  }

  /**
   * After an article is saved: records in the fact file the mentions and rejections the edit touched
   * (a new quote or context, or found orphaned), with the hash of the saved text, as one undoable
   * edit like any annotation.
   */
  async updateAnchors(document: vscode.TextDocument): Promise<WriteResult | undefined> {
    const stored = this.cached(document.uri);
    if (!stored || !vscode.workspace.isTrusted) return undefined;
    const text = document.getText();
    const hash = await textHash(text);
    if (hash === stored.article.textHash && resolveAnchors(text, stored.mentions, stored.rejections, { all: true }).held) return undefined;
    // Should the file be gone by the time this is written, it is made again with what it said of its article.
    const describe = async () => ({ ...stored.article, textHash: hash });
    return this.writer.write(document, (factFile) => (factFile ? anchorEdits(text, factFile, hash) : []), describe);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
