// Recognized mentions not annotated yet carry a light diagnostic (a hint by default), so that the
// lightbulb offers the quick fixes and the Problems view can list what is left to do.
import * as vscode from 'vscode';
import type { Mention } from '../../core/recognizer/mention';
import type { ArticleStates } from './articleState';
import { textLength } from '../services/articleAnalysis';
import { isArticle, onArticleViewChanged } from './articleEvents';
import { typeLabel } from '../ui/labels';
import type { Services } from '../services/services';
import { linesPerBand, sameSlot, slotsOf } from './diagnosticBands';

export const DIAGNOSTIC_SOURCE = 'News Annotator';
export const UNANNOTATED = 'unannotated';
export const CANDIDATE = 'candidate';
export const ORPHANED = 'orphaned';

const SEVERITIES: Record<string, vscode.DiagnosticSeverity | undefined> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
  off: undefined,
};


/** Annotations whose quote is gone from the text: flagged at their old place, whatever the severity setting. */
function orphanDiagnostics(services: Services, document: vscode.TextDocument): vscode.Diagnostic[] {
  const orphans = (services.openFactFiles.current(document)?.mentions ?? []).filter((m) => m.orphaned);
  if (orphans.length === 0) return [];
  const length = textLength(document);
  return orphans
    .map((m) => {
      const at = document.positionAt(Math.min(m.start, length));
      const diagnostic = new vscode.Diagnostic(
        document.lineAt(at.line).range,
        vscode.l10n.t('The annotation of “{0}” ({1}) was not found in the text any more: select where it is now and re-attach it with the quick fix, or remove it.', m.quote, m.entity ?? m.date ?? ''),
        vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = ORPHANED;
      return diagnostic;
    });
}

/** The diagnostics of the mentions still to annotate, kept by the ranges and pieces they were made for. */
class MentionDiagnostics {
  /**
   * The diagnostic of a pending mention, by its range: ranges that stayed where they were are the
   * same objects from one version to the next (see ArticleAnalysis), and so are their diagnostics.
   */
  private readonly diagnosticOfRange = new WeakMap<vscode.Range, vscode.Diagnostic>();
  /** Each piece's diagnostics when all its mentions are pending, by the piece's `lineKey` and severity. */
  private readonly diagnosticsOfPiece = new WeakMap<object, { severity: vscode.DiagnosticSeverity; diagnostics: vscode.Diagnostic[] }>();

  constructor(
    private readonly services: Services,
    private readonly states: ArticleStates,
  ) {}

  of(document: vscode.TextDocument, severity: vscode.DiagnosticSeverity | undefined): vscode.Diagnostic[] {
    const { analysis, openFactFiles } = this.services;
    const diagnostics: vscode.Diagnostic[] = orphanDiagnostics(this.services, document);
    if (severity === undefined) return diagnostics;
    const factFile = openFactFiles.current(document);
    if (!factFile || (factFile.mentions.length === 0 && factFile.rejections.length === 0)) {
      // Nothing recorded: every mention is pending, piece after piece (the common case while reading
      // a new article, and the cheap one: a piece that did not move keeps its diagnostics).
      for (const placed of analysis.recognition(document).pieces) {
        let known = this.diagnosticsOfPiece.get(placed.lineKey);
        if (!known || known.severity !== severity) {
          const ranges = analysis.rangesOf(placed);
          known = { severity, diagnostics: placed.piece.mentions.map((mention, k) => this.mentionDiagnostic(mention, ranges[k], severity)) };
          this.diagnosticsOfPiece.set(placed.lineKey, known);
        }
        for (const diagnostic of known.diagnostics) diagnostics.push(diagnostic);
      }
      return diagnostics;
    }
    const { statuses } = this.states.of(document);
    const ranges = this.states.ranges(document);
    statuses.forEach(({ mention, state }, k) => {
      if (state === 'pending') diagnostics.push(this.mentionDiagnostic(mention, ranges[k], severity));
    });
    return diagnostics;
  }

  private mentionDiagnostic(mention: Mention, range: vscode.Range, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const known = this.diagnosticOfRange.get(range);
    if (known && known.severity === severity) return known;
    const message =
      mention.type === 'candidate'
        ? mention.role
          ? vscode.l10n.t('“{0}” looks like a name (beside the role “{1}”) that the knowledge base does not know', mention.text, mention.role)
          : vscode.l10n.t('“{0}” looks like a person’s name that the knowledge base does not know', mention.text)
        : mention.type === 'date'
          ? vscode.l10n.t('Recognized date {0}, not annotated yet', mention.iso ?? mention.text)
          : vscode.l10n.t('Recognized {0}: {1}, not annotated yet', typeLabel(mention.type), mention.name ?? mention.text);
    const diagnostic = new vscode.Diagnostic(range, message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = mention.type === 'candidate' ? CANDIDATE : UNANNOTATED;
    this.diagnosticOfRange.set(range, diagnostic);
    return diagnostic;
  }
}

/**
 * One collection's worth of diagnostics kept in several collections, a band of an article's lines
 * in each (see diagnosticBands.ts): every diagnostic is shown, and a change sends across only the
 * bands it changed.
 */
class BandedDiagnostics implements vscode.Disposable {
  private readonly collections: vscode.DiagnosticCollection[] = [];
  /** What each article's bands were last given, and the lines per band they were cut with. */
  private readonly sent = new Map<string, { linesPerBand: number; slots: vscode.Diagnostic[][] }>();

  constructor(private readonly name: string) {}

  private collection(k: number): vscode.DiagnosticCollection {
    while (this.collections.length <= k) {
      const n = this.collections.length;
      this.collections.push(vscode.languages.createDiagnosticCollection(n === 0 ? this.name : `${this.name}-${n}`));
    }
    return this.collections[k];
  }

  set(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): void {
    const key = document.uri.toString();
    const before = this.sent.get(key);
    const lines = linesPerBand(diagnostics.length, document.lineCount, before?.linesPerBand);
    const slots = slotsOf(diagnostics, (d) => d.range.start.line, document.lineCount, lines);
    slots.forEach((slot, k) => {
      if (sameSlot(before?.slots[k], slot) || (!before?.slots[k] && slot.length === 0)) return;
      this.collection(k).set(document.uri, slot);
    });
    // A band left with none was never given a collection of its own, unless it had some before.
    for (let k = slots.length; k < (before?.slots.length ?? 0); k++) this.collections[k]?.delete(document.uri);
    this.sent.set(key, { linesPerBand: lines, slots });
  }

  delete(uri: vscode.Uri): void {
    if (!this.sent.delete(uri.toString())) return;
    for (const collection of this.collections) collection.delete(uri);
  }

  dispose(): void {
    for (const collection of this.collections) collection.dispose();
  }
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  const collection = new BandedDiagnostics('news-annotator-mentions');
  const mentionDiagnostics = new MentionDiagnostics(services, states);
  context.subscriptions.push(collection);
  // The setting, read once and again when it changes.
  let setting: string | undefined;
  const redraw = (document: vscode.TextDocument) => {
    setting ??= vscode.workspace.getConfiguration('newsAnnotator').get<string>('unannotatedSeverity', 'hint');
    collection.set(document, mentionDiagnostics.of(document, SEVERITIES[setting]));
  };
  onArticleViewChanged(context, services, redraw);
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsAnnotator.unannotatedSeverity')) return;
      setting = undefined;
      vscode.workspace.textDocuments.filter(isArticle).forEach(redraw);
    }),
  );
}
