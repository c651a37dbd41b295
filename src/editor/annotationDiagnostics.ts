// Recognized mentions not annotated yet carry a light diagnostic (a hint by default), so that the
// lightbulb offers the quick fixes and the Problems view can list what is left to do.
import * as vscode from 'vscode';
import { articleState } from './annotationModel';
import { isArticle, onArticleViewChanged } from './articleEvents';
import { typeLabel } from './labels';
import type { Services } from './services';

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
  const length = document.getText().length;
  return (services.sidecars.current(document)?.mentions ?? [])
    .filter((m) => m.orphaned)
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

function diagnosticsFor(services: Services, document: vscode.TextDocument, severity: vscode.DiagnosticSeverity | undefined): vscode.Diagnostic[] {
  const diagnostics: vscode.Diagnostic[] = orphanDiagnostics(services, document);
  if (severity === undefined) return diagnostics;
  for (const { mention, state } of articleState(services, document).statuses) {
    if (state !== 'pending') continue;
    const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
    const message =
      mention.type === 'candidate'
        ? vscode.l10n.t('“{0}” looks like a name (after “{1}”) that the knowledge base does not know', mention.text, mention.role ?? '')
        : mention.type === 'date'
          ? vscode.l10n.t('Recognized date {0}, not annotated yet', mention.iso ?? mention.text)
          : vscode.l10n.t('Recognized {0}: {1}, not annotated yet', typeLabel(mention.type), mention.name ?? mention.text);
    const diagnostic = new vscode.Diagnostic(range, message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = mention.type === 'candidate' ? CANDIDATE : UNANNOTATED;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const collection = vscode.languages.createDiagnosticCollection('news-annotator-mentions');
  context.subscriptions.push(collection);
  const redraw = (document: vscode.TextDocument) => {
    const setting = vscode.workspace.getConfiguration('newsAnnotator').get<string>('unannotatedSeverity', 'hint');
    const severity = SEVERITIES[setting];
    collection.set(document.uri, diagnosticsFor(services, document, severity));
  };
  onArticleViewChanged(context, services, redraw);
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.unannotatedSeverity')) vscode.workspace.textDocuments.filter(isArticle).forEach(redraw);
    }),
  );
}
