// The recognizer's findings per open article, computed once per document version and shared by
// every feature that needs them (semantic tokens today; hovers, diagnostics and quick fixes next).
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

  constructor(private readonly knowledgeBase: KnowledgeBaseService) {
    this.disposables = [
      this.changed,
      knowledgeBase.onDidChange(() => {
        this.cache.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    ];
  }

  mentions(document: vscode.TextDocument): Mention[] {
    const key = document.uri.toString();
    const fallbackYear = this.publicationYear(document.uri);
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.fallbackYear === fallbackYear) return cached.mentions;
    const mentions = this.knowledgeBase.recognizer.recognize(document.getText(), { fallbackYear });
    this.cache.set(key, { version: document.version, fallbackYear, mentions });
    return mentions;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
