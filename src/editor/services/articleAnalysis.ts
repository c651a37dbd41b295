// The recognizer's findings per open article, computed once per document version and shared by
// every feature that needs them: semantic tokens, diagnostics, quick fixes, hovers, decorations.
// An edit is recognized piece by piece: only the pieces of text it touched are read again (see
// core/recognizer/incremental.ts). Articles over the size limit are left alone, with a message, so
// the editor never stalls.
//
// What the features may rely on, from one version of a document to the next (the memo contract):
// - a piece of text that did not change is the same RecognizedPiece object, wherever it moved;
// - a piece that stands where it stood is the same PlacedPiece, with the same mention objects;
// - a piece that stays on the same lines keeps its `lineKey`, and so its ranges here
//   (`rangesOf`, and `ranges` for those pieces) are the same vscode.Range objects.
// What is made from these (semantic tokens per piece, ranges and diagnostics per piece or per
// range) is kept by them, in the object that owns it (this class, the tokens provider, the
// diagnostics), and is made again only for what an edit touched. Break the identities and every
// keystroke rebuilds everything for the whole article: nothing fails, the editor only slows down,
// which only the benchmarks show. test/unit/memoContract.test.ts holds the recognizer to it, and
// test/integration/suite/memo.test.ts this class.
import * as vscode from 'vscode';
import { ArticleRecognition, IncrementalRecognizer, piecePositions, type PlacedPiece, type TextChange } from '../../core/recognizer/incremental';
import type { Mention } from '../../core/recognizer/mention';
import { publicationOptions } from '../../core/recognizer/recognizer';
import type { KnowledgeBaseService } from './knowledgeBaseService';

const NOTHING = new ArticleRecognition([], undefined, true);

/** Where the publication date of an article comes from (the open fact files). */
export interface PublicationDates {
  publicationDate(article: vscode.Uri): string | undefined;
}

/**
 * An article's text as the extension last saw it, kept up to date from change events: asking the
 * document for its text joins all its lines, milliseconds for a long article at every version.
 */
interface TrackedText {
  version: number;
  text: string;
  /** Where the text differs from the one last recognized, if known. */
  change?: TextChange;
}

interface Entry {
  version: number;
  published: string | undefined;
  recognition: ArticleRecognition;
  /** Follows the article's versions; dropped with the knowledge base it was built on. */
  incremental?: IncrementalRecognizer;
}

export class ArticleAnalysis implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly texts = new Map<string, TrackedText>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when every article's findings are stale, as when the knowledge base changes. */
  readonly onDidInvalidate = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  /** Articles already told they are too large, so the message shows once per article. */
  private readonly toldTooLarge = new Set<string>();
  /** `newsAnnotator.maxArticleSizeMB`, read once and again when it changes. */
  private limitMB: number | undefined;
  /** Each recognition's ranges, in the order of its mentions. */
  private readonly rangesOfRecognition = new WeakMap<ArticleRecognition, vscode.Range[]>();
  /** A piece's ranges, by its `lineKey`: the same while the piece stays on the same lines, even when its offset changes. */
  private readonly rangesOfPiece = new WeakMap<object, vscode.Range[]>();

  constructor(
    private readonly knowledgeBase: KnowledgeBaseService,
    /**
     * The article's publication date, as its fact file records it: its year for dates without one
     * when the dateline has none either, its day for weekdays.
     */
    private readonly publicationDates: PublicationDates,
  ) {
    this.disposables = [
      this.changed,
      knowledgeBase.onDidChange(() => {
        this.cache.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.texts.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('newsAnnotator.maxArticleSizeMB')) return;
        this.limitMB = undefined;
        this.cache.clear();
        this.toldTooLarge.clear();
        this.changed.fire();
      }),
    ];
  }

  private maxArticleSizeMB(): number {
    this.limitMB ??= vscode.workspace.getConfiguration('newsAnnotator').get<number>('maxArticleSizeMB', 4);
    return this.limitMB;
  }

  /** True when an article is over the `newsAnnotator.maxArticleSizeMB` limit and is not analysed. */
  isTooLarge(document: vscode.TextDocument): boolean {
    // UTF-16 units, not bytes: close enough for a guard, and known without copying the text.
    return textLength(document) > this.maxArticleSizeMB() * 1024 * 1024;
  }

  mentions(document: vscode.TextDocument): Mention[] {
    return this.recognition(document).mentions;
  }

  /** What the recognizer found in the document's current version, piece by piece. */
  recognition(document: vscode.TextDocument): ArticleRecognition {
    const key = document.uri.toString();
    const published = this.publicationDates.publicationDate(document.uri);
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.published === published) return cached.recognition;
    if (this.isTooLarge(document)) {
      this.tellTooLarge(document);
      this.cache.set(key, { version: document.version, published, recognition: NOTHING });
      return NOTHING;
    }
    const incremental = cached?.incremental ?? new IncrementalRecognizer(this.knowledgeBase.recognizer);
    const { text, change } = this.textOf(document);
    const recognition = incremental.recognize(text, publicationOptions(published), cached?.incremental ? change : undefined);
    this.cache.set(key, { version: document.version, published, recognition, incremental });
    return recognition;
  }

  /**
   * Each mention's range in the document, in the order of `mentions`. Ranges that did not move
   * are the same objects as in the version before (see the memo contract above).
   */
  ranges(document: vscode.TextDocument): vscode.Range[] {
    const recognition = this.recognition(document);
    let ranges = this.rangesOfRecognition.get(recognition);
    if (!ranges) {
      ranges = [];
      for (const placed of recognition.pieces) for (const range of this.rangesOf(placed)) ranges.push(range);
      this.rangesOfRecognition.set(recognition, ranges);
    }
    return ranges;
  }

  /** The ranges of one piece's mentions, where the piece stands. */
  rangesOf({ piece, line, lineKey }: PlacedPiece): vscode.Range[] {
    let ranges = this.rangesOfPiece.get(lineKey);
    if (!ranges) {
      const { spans } = piecePositions(piece);
      ranges = piece.mentions.map((_, k) => new vscode.Range(line + spans[4 * k], spans[4 * k + 1], line + spans[4 * k + 2], spans[4 * k + 3]));
      this.rangesOfPiece.set(lineKey, ranges);
    }
    return ranges;
  }

  /** The document's text, and where it changed since it was last recognized, if known. */
  private textOf(document: vscode.TextDocument): { text: string; change?: TextChange } {
    const key = document.uri.toString();
    const tracked = this.texts.get(key);
    // The length check guards against a change this copy missed or applied differently.
    if (tracked && tracked.version === document.version && tracked.text.length === textLength(document)) {
      const { change } = tracked;
      tracked.change = undefined;
      return { text: tracked.text, change };
    }
    const text = document.getText();
    this.texts.set(key, { version: document.version, text });
    return { text };
  }

  /** Applies an edit to the copy of an article's text, and notes where the text changed. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const tracked = this.texts.get(key);
    if (!tracked || e.document.version === tracked.version) return;
    // No content change, yet a new version: the line breaks changed (CRLF, LF). Read it again.
    if (e.contentChanges.length === 0) {
      this.texts.delete(key);
      return;
    }
    let { text, change } = tracked;
    // Each change applies to the text the ones before it left, as the document applies them.
    for (const { rangeOffset, rangeLength, text: inserted } of e.contentChanges) {
      text = text.slice(0, rangeOffset) + inserted + text.slice(rangeOffset + rangeLength);
      change = change ? mergeChanges(change, rangeOffset, rangeLength, inserted.length) : { start: rangeOffset, oldEnd: rangeOffset + rangeLength, newEnd: rangeOffset + inserted.length };
    }
    this.texts.set(key, { version: e.document.version, text, change });
  }

  private tellTooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    const sizeMB = (textLength(document) / 1024 / 1024).toFixed(1);
    const limitMB = this.maxArticleSizeMB();
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is {1} MB: highlighting and annotation are off for articles over {2} MB, so that the editor stays responsive (setting newsAnnotator.maxArticleSizeMB).', vscode.workspace.asRelativePath(document.uri), sizeMB, limitMB),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Where a text differs from an older one, after it was changed where `change` says and then
 * [offset, offset + removed) of the result was replaced by `inserted` units.
 */
function mergeChanges(change: TextChange, offset: number, removed: number, inserted: number): TextChange {
  const newEnd = Math.max(change.newEnd, offset + removed) + inserted - removed;
  const delta = change.newEnd - change.oldEnd + inserted - removed;
  return { start: Math.min(change.start, offset), oldEnd: newEnd - delta, newEnd };
}

/** The document's length in UTF-16 units, known without copying the text. */
export function textLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
