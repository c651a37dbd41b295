// The recognizer's findings per open article, computed once per document version and shared by
// every feature that needs them: semantic tokens, diagnostics, quick fixes, hovers, decorations.
// Articles over the size limit are left alone, with a message, so the editor never stalls.
import * as vscode from 'vscode';
import type { Mention } from '../core/recognizer/mention';
import type { KnowledgeBaseService } from './knowledgeBaseService';

export const ARTICLE_LANGUAGE = 'news-article';

interface Entry {
  version: number;
  fallbackYear: number | undefined;
  mentions: Mention[];
}

export class ArticleAnalysis implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when every article's findings are stale, as when the knowledge base changes. */
  readonly onDidInvalidate = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  /**
   * The year for dates without one when the dateline has none either: the publication date the
   * article's sidecar records. Set once the sidecars are known.
   */
  publicationYear: (uri: vscode.Uri) => number | undefined = () => undefined;

  /** Articles already told they are too large, so the message shows once per article. */
  private readonly toldTooLarge = new Set<string>();

  constructor(private readonly knowledgeBase: KnowledgeBaseService) {
    this.disposables = [
      this.changed,
      knowledgeBase.onDidChange(() => {
        this.cache.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('newsAnnotator.maxArticleSizeMB')) return;
        this.cache.clear();
        this.toldTooLarge.clear();
        this.changed.fire();
      }),
    ];
  }

  /** True when an article is over the `newsAnnotator.maxArticleSizeMB` limit and is not analysed. */
  isTooLarge(document: vscode.TextDocument): boolean {
    const limitMB = vscode.workspace.getConfiguration('newsAnnotator').get<number>('maxArticleSizeMB', 4);
    // UTF-16 units, not bytes: close enough for a guard, and known without copying the text.
    return textLength(document) > limitMB * 1024 * 1024;
  }

  mentions(document: vscode.TextDocument): Mention[] {
    const key = document.uri.toString();
    const fallbackYear = this.publicationYear(document.uri);
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.fallbackYear === fallbackYear) return cached.mentions;
    if (this.isTooLarge(document)) {
      this.tellTooLarge(document);
      this.cache.set(key, { version: document.version, fallbackYear, mentions: [] });
      return [];
    }
    const mentions = this.knowledgeBase.recognizer.recognize(document.getText(), { fallbackYear });
    this.cache.set(key, { version: document.version, fallbackYear, mentions });
    return mentions;
  }

  private tellTooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    const sizeMB = (textLength(document) / 1024 / 1024).toFixed(1);
    const limitMB = vscode.workspace.getConfiguration('newsAnnotator').get<number>('maxArticleSizeMB', 4);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is {1} MB: highlighting and annotation are off for articles over {2} MB, so that the editor stays responsive (setting newsAnnotator.maxArticleSizeMB).', vscode.workspace.asRelativePath(document.uri), sizeMB, limitMB),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function textLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
